// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonreader.h"

#include "document/containerstack.h"
#include "document/jsontree.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string>

namespace Oxa {

namespace {

// Bytes that end the fast scan of a string: the quote, the backslash and control characters.
constexpr auto makeStringStops()
{
    std::array<bool, 256> stops{};
    for (int c = 0; c < 0x20; ++c)
        stops[c] = true;
    stops['"'] = true;
    stops['\\'] = true;
    return stops;
}
constexpr auto StringStops = makeStringStops();

class Reader
{
public:
    Reader(JsonTree &tree, const LoadLimits &limits, Diagnostics &findings)
        : m_tree(tree)
        , m_limits(limits)
        , m_stack(tree, findings)
        , m_begin(tree.text().constData())
        , m_end(m_begin + tree.text().size())
        , m_p(m_begin)
    {}

    Result<void> run();

private:
    quint32 offsetOf(const char *p) const { return quint32(p - m_begin); }
    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    tl::unexpected<Error> fail(const QString &message,
                               const char *at,
                               Error::Code code = Error::Code::Parse) const
    {
        return makeError(code,
                         message,
                         qint64(at - m_begin),
                         code == Error::Code::Limit ? DiagnosticCode::DepthLimit
                                                    : DiagnosticCode::JsonSyntax);
    }
    QString describeHere() const;
    Result<JsonNode> readString(std::string_view &out);
    Result<JsonNode> readNumber();
    Result<JsonNode> readLiteral();
    Result<void> readKey(bool firstInObject);

    JsonTree &m_tree;
    const LoadLimits &m_limits;
    ContainerStack m_stack;
    const char *m_begin;
    const char *m_end;
    const char *m_p;
    std::string m_scratch;
};

QString Reader::describeHere() const
{
    if (m_p >= m_end)
        return JsonReader::tr("end of text");
    const auto c = static_cast<unsigned char>(*m_p);
    if (c >= 0x20 && c < 0x7f)
        return JsonReader::tr("'%1'").arg(QLatin1Char(char(c)));
    return JsonReader::tr("byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
}

Result<JsonNode> Reader::readString(std::string_view &out)
{
    const char *start = m_p; // at the opening quote
    const char *p = m_p + 1;
    while (p < m_end && !StringStops[static_cast<unsigned char>(*p)])
        ++p;
    if (p < m_end && *p == '"') {
        out = std::string_view(start + 1, size_t(p - start - 1));
        m_p = p + 1;
        return JsonNode::makeString(out, offsetOf(start));
    }
    // Slow path: escapes (or an error) ahead.
    m_scratch.assign(start + 1, p);
    while (true) {
        if (p >= m_end)
            return fail(JsonReader::tr("Unterminated string"), start);
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"')
            break;
        if (c < 0x20)
            return fail(JsonReader::tr("Control character 0x%1 inside a string (escape it)")
                            .arg(c, 2, 16, QLatin1Char('0')),
                        p);
        if (c != '\\') {
            m_scratch += char(c);
            ++p;
            continue;
        }
        if (p + 1 >= m_end)
            return fail(JsonReader::tr("Unterminated string"), start);
        const char escape = p[1];
        p += 2;
        switch (escape) {
        case '"':
            m_scratch += '"';
            break;
        case '\\':
            m_scratch += '\\';
            break;
        case '/':
            m_scratch += '/';
            break;
        case 'b':
            m_scratch += '\b';
            break;
        case 'f':
            m_scratch += '\f';
            break;
        case 'n':
            m_scratch += '\n';
            break;
        case 'r':
            m_scratch += '\r';
            break;
        case 't':
            m_scratch += '\t';
            break;
        case 'u': {
            auto hex4 = [&](const char *at, char32_t &value) {
                if (m_end - at < 4)
                    return false;
                value = 0;
                for (int i = 0; i < 4; ++i) {
                    const char h = at[i];
                    value <<= 4;
                    if (h >= '0' && h <= '9')
                        value |= char32_t(h - '0');
                    else if (h >= 'a' && h <= 'f')
                        value |= char32_t(h - 'a' + 10);
                    else if (h >= 'A' && h <= 'F')
                        value |= char32_t(h - 'A' + 10);
                    else
                        return false;
                }
                return true;
            };
            char32_t code = 0;
            if (!hex4(p, code))
                return fail(JsonReader::tr("Invalid \\u escape: four hexadecimal digits expected"),
                            p - 2);
            p += 4;
            if (code >= 0xD800 && code <= 0xDBFF) {
                char32_t low = 0;
                if (m_end - p >= 6 && p[0] == '\\' && p[1] == 'u' && hex4(p + 2, low)
                    && low >= 0xDC00 && low <= 0xDFFF) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                } else {
                    code = 0xFFFD; // a lone high surrogate cannot be written as UTF-8
                }
            } else if (code >= 0xDC00 && code <= 0xDFFF) {
                code = 0xFFFD;
            }
            if (code < 0x80) {
                m_scratch += char(code);
            } else if (code < 0x800) {
                m_scratch += char(0xC0 | (code >> 6));
                m_scratch += char(0x80 | (code & 0x3F));
            } else if (code < 0x10000) {
                m_scratch += char(0xE0 | (code >> 12));
                m_scratch += char(0x80 | ((code >> 6) & 0x3F));
                m_scratch += char(0x80 | (code & 0x3F));
            } else {
                m_scratch += char(0xF0 | (code >> 18));
                m_scratch += char(0x80 | ((code >> 12) & 0x3F));
                m_scratch += char(0x80 | ((code >> 6) & 0x3F));
                m_scratch += char(0x80 | (code & 0x3F));
            }
            break;
        }
        default:
            return fail(JsonReader::tr("Invalid escape sequence '\\%1'").arg(QLatin1Char(escape)),
                        p - 2);
        }
    }
    m_p = p + 1;
    out = m_tree.arena().copyString(m_scratch);
    return JsonNode::makeString(out, offsetOf(start));
}

Result<JsonNode> Reader::readNumber()
{
    const char *start = m_p;
    const char *p = m_p;
    bool negative = false;
    if (*p == '-') {
        negative = true;
        ++p;
    }
    auto isDigit = [this](const char *at) { return at < m_end && *at >= '0' && *at <= '9'; };
    if (!isDigit(p))
        return fail(JsonReader::tr("Invalid number: a digit must follow '-'"), start);
    bool integral = true;
    bool overflow = false;
    quint64 magnitude = 0;
    if (*p == '0') {
        ++p;
        if (isDigit(p))
            return fail(JsonReader::tr("Invalid number: leading zeros are not allowed"), start);
    } else {
        while (isDigit(p)) {
            const unsigned digit = unsigned(*p - '0');
            if (magnitude > (quint64(1) << 63) / 10 + 1)
                overflow = true;
            else
                magnitude = magnitude * 10 + digit;
            ++p;
        }
    }
    if (p < m_end && *p == '.') {
        integral = false;
        ++p;
        if (!isDigit(p))
            return fail(JsonReader::tr("Invalid number: a digit must follow the decimal point"),
                        start);
        while (isDigit(p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!isDigit(p))
            return fail(JsonReader::tr("Invalid number: the exponent has no digits"), start);
        while (isDigit(p))
            ++p;
    }
    m_p = p;
    const quint64 limit = negative ? (quint64(1) << 63) : (quint64(1) << 63) - 1;
    if (integral && !overflow && magnitude <= limit) {
        const qint64 value = negative ? qint64(0 - magnitude) : qint64(magnitude);
        return JsonNode::makeInteger(value, offsetOf(start));
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(start, p, value);
    if (end != p && ec != std::errc::result_out_of_range)
        return fail(JsonReader::tr("Invalid number"), start);
    if (ec == std::errc::result_out_of_range) {
        // Too large a magnitude becomes infinity, too small becomes zero, as JavaScript does.
        bool tiny = false;
        for (const char *q = start; q < p; ++q) {
            if (*q == 'e' || *q == 'E') {
                tiny = q + 1 < p && q[1] == '-';
                break;
            }
        }
        value = tiny ? 0.0 : (negative ? -HUGE_VAL : HUGE_VAL);
    }
    return JsonNode::makeDouble(value, offsetOf(start));
}

Result<JsonNode> Reader::readLiteral()
{
    const char *start = m_p;
    auto matches = [this](std::string_view word) {
        return size_t(m_end - m_p) >= word.size()
               && std::memcmp(m_p, word.data(), word.size()) == 0;
    };
    if (matches("true")) {
        m_p += 4;
        return JsonNode::makeBool(true, offsetOf(start));
    }
    if (matches("false")) {
        m_p += 5;
        return JsonNode::makeBool(false, offsetOf(start));
    }
    if (matches("null")) {
        m_p += 4;
        return JsonNode::makeNull(offsetOf(start));
    }
    return fail(JsonReader::tr("Unexpected %1 where a value was expected").arg(describeHere()),
                start);
}

Result<void> Reader::run()
{
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    skipWhitespace();
    if (m_p >= m_end)
        return fail(JsonReader::tr("The document is empty"), m_p);

    JsonNode value;
    while (true) {
        // Read one value; containers open a frame and continue with their first element.
        skipWhitespace();
        if (m_p >= m_end)
            return fail(JsonReader::tr("Unexpected end of text where a value was expected"), m_p);
        const char c = *m_p;
        if (c == '{' || c == '[') {
            if (m_stack.depth() >= m_limits.maxDepth)
                return fail(JsonReader::tr("Nesting is deeper than the limit of %1 levels")
                                .arg(m_limits.maxDepth),
                            m_p,
                            Error::Code::Limit);
            m_stack.open(c == '{', offsetOf(m_p));
            ++m_p;
            skipWhitespace();
            if (m_p < m_end && *m_p == (c == '{' ? '}' : ']')) {
                ++m_p;
                value = m_stack.close();
            } else {
                if (c == '{') {
                    if (auto key = readKey(true); !key)
                        return key;
                }
                continue;
            }
        } else if (c == '"') {
            std::string_view ignored;
            auto string = readString(ignored);
            if (!string)
                return tl::unexpected(string.error());
            value = *string;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            auto number = readNumber();
            if (!number)
                return tl::unexpected(number.error());
            value = *number;
        } else {
            auto literal = readLiteral();
            if (!literal)
                return tl::unexpected(literal.error());
            value = *literal;
        }

        // A value is complete: store it in its container, then find what comes next.
        while (true) {
            if (m_stack.isEmpty()) {
                skipWhitespace();
                if (m_p < m_end)
                    return fail(JsonReader::tr("Unexpected %1 after the end of the document")
                                    .arg(describeHere()),
                                m_p);
                m_tree.setRoot(value);
                return {};
            }
            const bool inObject = m_stack.topIsObject();
            m_stack.add(value);
            skipWhitespace();
            if (m_p >= m_end)
                return fail(inObject ? JsonReader::tr("Unexpected end of text: '}' expected")
                                     : JsonReader::tr("Unexpected end of text: ']' expected"),
                            m_p);
            const char next = *m_p;
            if (next == ',') {
                ++m_p;
                if (inObject) {
                    if (auto key = readKey(false); !key)
                        return key;
                }
                break;
            }
            if (next == (inObject ? '}' : ']')) {
                ++m_p;
                value = m_stack.close();
                continue;
            }
            return fail(inObject ? JsonReader::tr("Unexpected %1 where ',' or '}' was expected")
                                       .arg(describeHere())
                                 : JsonReader::tr("Unexpected %1 where ',' or ']' was expected")
                                       .arg(describeHere()),
                        m_p);
        }
    }
}

Result<void> Reader::readKey(bool firstInObject)
{
    skipWhitespace();
    if (m_p >= m_end || *m_p != '"') {
        return fail(firstInObject ? JsonReader::tr("Unexpected %1 where a key or '}' was expected")
                                        .arg(describeHere())
                                  : JsonReader::tr("Unexpected %1 where a key was expected")
                                        .arg(describeHere()),
                    m_p);
    }
    const char *keyStart = m_p;
    std::string_view key;
    if (auto string = readString(key); !string)
        return tl::unexpected(string.error());
    m_stack.setKey(key, offsetOf(keyStart));
    skipWhitespace();
    if (m_p >= m_end || *m_p != ':')
        return fail(JsonReader::tr("Unexpected %1 where ':' was expected").arg(describeHere()), m_p);
    ++m_p;
    return {};
}

} // namespace

Result<void> JsonReader::read(JsonTree &tree, const LoadLimits &limits, Diagnostics &findings)
{
    if (quint64(tree.text().size()) >= quint64(std::numeric_limits<quint32>::max()))
        return makeError(Error::Code::Limit,
                         tr("The document is larger than 4 GiB"),
                         -1,
                         DiagnosticCode::DocumentTooLarge);
    Reader reader(tree, limits, findings);
    return reader.run();
}

} // namespace Oxa
