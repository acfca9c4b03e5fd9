// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringView>

namespace Oxa {

enum class SourceSyntax : quint8 { Json, Yaml };

/** A highlighted stretch of one line. */
struct SourceToken
{
    enum class Kind : quint8 { Key, String, Number, Keyword, Punctuation, Comment, Reference };
    int start = 0;
    int length = 0;
    Kind kind = Kind::String;

    friend bool operator==(const SourceToken &, const SourceToken &) = default;
};

/**
 * Splits one line of JSON or YAML into highlighted tokens, without looking at other lines (so a
 * view can highlight only what it shows): keys, strings, numbers, true/false/null, punctuation,
 * YAML comments, and the value of `$ref` as a reference. Lines longer than `maxLength` are
 * left plain.
 */
QList<SourceToken> tokenizeSourceLine(QStringView line, SourceSyntax syntax, int maxLength = 20000);

} // namespace Oxa
