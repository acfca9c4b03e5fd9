// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace Oxa {

/**
 * I-Regexp (RFC 9485), the interoperable regular expressions of JSONPath's match() and search():
 * checked against its grammar and written as an equivalent PCRE2 pattern for
 * QRegularExpression. Every literal character is escaped, "." becomes "any character but CR and
 * LF", character class escapes stay \p{..} / \P{..}. Outside a class, "^" and "$" anchor at the
 * start and end of the string: the grammar reads them as characters, but RFC 9485's own mapping
 * to ECMAScript (§5.4) keeps them as anchors, and so does the JSONPath compliance suite. Nothing
 * when the text is not an I-Regexp (a back-reference, \d, a lone "]", a repeat past 65535…).
 */
namespace IRegexp {

enum class Anchoring : quint8 {
    Whole,  ///< match(): the whole string must match
    Search, ///< search(): a match anywhere
};

std::optional<QString> toPcre(QStringView pattern, Anchoring anchoring);

} // namespace IRegexp
} // namespace Oxa
