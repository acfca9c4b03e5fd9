// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace Oxa {

JsonWriter::JsonWriter(Style style)
    : m_style(style)
{
    m_out.reserve(4096);
}

void JsonWriter::newline()
{
    m_out.append('\n');
    m_out.append(qsizetype(m_levels.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    Q_ASSERT(!level.object); // an object member needs key() first
    if (!level.empty)
        m_out.append(m_style == Style::SingleLine ? ", " : ",");
    level.empty = false;
    if (m_style == Style::Indented)
        newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_levels.push_back({true, true});
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object);
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (m_style == Style::Indented && !empty)
        newline();
    m_out.append('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_levels.push_back({false, true});
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_levels.empty() && !m_levels.back().object);
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (m_style == Style::Indented && !empty)
        newline();
    m_out.append(']');
}

void JsonWriter::key(QStringView name)
{
    const QByteArray utf8 = name.toUtf8();
    key(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void JsonWriter::key(std::string_view utf8Name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object && !m_afterKey);
    Level &level = m_levels.back();
    if (!level.empty)
        m_out.append(m_style == Style::SingleLine ? ", " : ",");
    level.empty = false;
    if (m_style == Style::Indented)
        newline();
    writeString(utf8Name);
    m_out.append(": ");
    m_afterKey = true;
}

void JsonWriter::writeString(std::string_view utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    const char *run = utf8.data();
    const char *end = utf8.data() + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(escaped, sizeof escaped);
        }
        }
    }
    m_out.append(run, end - run);
    m_out.append('"');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    const QByteArray utf8 = text.toUtf8();
    writeString(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void JsonWriter::value(std::string_view utf8Text)
{
    beforeValue();
    writeString(utf8Text);
}

void JsonWriter::value(bool b)
{
    beforeValue();
    m_out.append(b ? "true" : "false");
}

void JsonWriter::value(qint64 n)
{
    beforeValue();
    m_out.append(QByteArray::number(n));
}

void JsonWriter::value(double d)
{
    beforeValue();
    if (!std::isfinite(d)) {
        m_out.append("null");
        return;
    }
    QByteArray text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    // Keep a double recognisable as one when it holds an integral value out of qint64's range.
    if (!text.contains('.') && !text.contains('e') && std::abs(d) >= 9.2e18)
        text.append(".0");
    m_out.append(text);
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_out.append(json);
}

QByteArray JsonWriter::finish()
{
    Q_ASSERT(m_levels.empty());
    m_out.append('\n');
    return std::exchange(m_out, QByteArray());
}

} // namespace Oxa
