// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace Oxa {

/**
 * Writes JSON text in the order the caller chooses (QJsonObject sorts keys, which the CLI's
 * canonical output cannot have). Single-line output uses the separators ", " and ": ", the
 * form that Python's json.dumps writes, so that other tools can compare byte for byte.
 * Strings are written as UTF-8 without escaping non-ASCII characters; NaN and infinities,
 * which JSON cannot express, are written as null. Not thread-safe; cheap to create.
 */
class JsonWriter
{
public:
    enum class Style { SingleLine, Indented };

    explicit JsonWriter(Style style = Style::SingleLine);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /** The next member's name; must be followed by exactly one value or container. */
    void key(QStringView name);
    void key(std::string_view utf8Name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char *latin1) = delete; // say which encoding: QStringView or std::string_view
    void value(std::string_view utf8Text);
    void value(bool b);
    void value(qint64 n);
    void value(int n) { value(qint64(n)); }
    void value(double d);
    void null();

    /** Appends already-serialised JSON (trusted, produced by another JsonWriter). */
    void raw(const QByteArray &json);

    /** The text written so far, with a final newline when every container is closed. */
    QByteArray finish();

private:
    void beforeValue();
    void writeString(std::string_view utf8);
    void newline();

    struct Level
    {
        bool object = false;
        bool empty = true;
    };

    QByteArray m_out;
    std::vector<Level> m_levels;
    Style m_style;
    bool m_afterKey = false;
};

} // namespace Oxa
