// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "formats.h"

#include "document/jsontree.h"

#include <QRegularExpression>

#include <cmath>

namespace Oxa::Formats {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/** `count` digits at `at` as a number, or -1. */
int digits(std::string_view text, size_t at, size_t count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

/** Time of day with offset: HH:MM:SS[.frac](Z|+HH:MM|-HH:MM). */
bool isFullTime(std::string_view text)
{
    const int hour = digits(text, 0, 2);
    const int minute = digits(text, 3, 2);
    const int second = digits(text, 6, 2);
    if (hour < 0 || minute < 0 || second < 0 || text[2] != ':' || text[5] != ':')
        return false;
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    size_t at = 8;
    if (at < text.size() && text[at] == '.') {
        const size_t start = ++at;
        while (at < text.size() && isDigit(text[at]))
            ++at;
        if (at == start)
            return false;
    }
    if (at >= text.size())
        return false;
    int offsetMinutes = 0;
    if (text[at] == 'Z' || text[at] == 'z') {
        if (at + 1 != text.size())
            return false;
    } else if (text[at] == '+' || text[at] == '-') {
        const int oh = digits(text, at + 1, 2);
        const int om = digits(text, at + 4, 2);
        if (oh < 0 || om < 0 || text[at + 3] != ':' || at + 6 != text.size() || oh > 23 || om > 59)
            return false;
        offsetMinutes = (text[at] == '+' ? 1 : -1) * (oh * 60 + om);
    } else {
        return false;
    }
    if (second == 60) {
        // A leap second exists only at 23:59:60 UTC.
        int utc = hour * 60 + minute - offsetMinutes;
        utc = ((utc % 1440) + 1440) % 1440;
        return utc == 23 * 60 + 59;
    }
    return true;
}

bool isHostnameLabel(std::string_view label)
{
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
        return false;
    for (char c : label) {
        if (!isAlpha(c) && !isDigit(c) && c != '-')
            return false;
    }
    // RFC 1123 shape only: Punycode ("xn--") labels are not decoded and checked against IDNA2008.
    return true;
}

bool isUnreserved(char c)
{
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

bool isSubDelim(char c)
{
    return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos;
}

/** Characters of `text` from `allowed` or percent-encoded. */
bool onlyUriCharacters(std::string_view text, std::string_view extra)
{
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size() || !isHexDigit(text[i + 1]) || !isHexDigit(text[i + 2]))
                return false;
            i += 2;
            continue;
        }
        if (isUnreserved(c) || isSubDelim(c) || extra.find(c) != std::string_view::npos)
            continue;
        return false;
    }
    return true;
}

bool isAuthority(std::string_view authority)
{
    std::string_view host = authority;
    if (const size_t at = host.rfind('@'); at != std::string_view::npos) {
        if (!onlyUriCharacters(host.substr(0, at), ":"))
            return false;
        host = host.substr(at + 1);
    }
    if (!host.empty() && host.front() == '[') {
        const size_t close = host.find(']');
        if (close == std::string_view::npos)
            return false;
        const std::string_view literal = host.substr(1, close - 1);
        if (!isIpv6(literal) && !(literal.size() > 1 && (literal[0] == 'v' || literal[0] == 'V')))
            return false;
        host = host.substr(close + 1);
        if (!host.empty() && host.front() != ':')
            return false;
    }
    if (const size_t colon = host.rfind(':'); colon != std::string_view::npos) {
        for (char c : host.substr(colon + 1)) {
            if (!isDigit(c))
                return false;
        }
        host = host.substr(0, colon);
    }
    return onlyUriCharacters(host, "");
}

/** The part after "scheme:" (or a whole relative reference). */
bool isHierarchicalPart(std::string_view rest)
{
    std::string_view fragment;
    if (const size_t hash = rest.find('#'); hash != std::string_view::npos) {
        fragment = rest.substr(hash + 1);
        rest = rest.substr(0, hash);
        if (!onlyUriCharacters(fragment, ":@/?"))
            return false;
    }
    if (const size_t question = rest.find('?'); question != std::string_view::npos) {
        if (!onlyUriCharacters(rest.substr(question + 1), ":@/?"))
            return false;
        rest = rest.substr(0, question);
    }
    if (rest.substr(0, 2) == "//") {
        rest.remove_prefix(2);
        const size_t slash = rest.find('/');
        if (!isAuthority(rest.substr(0, slash)))
            return false;
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    }
    return onlyUriCharacters(rest, ":@/");
}

} // namespace

bool isDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

bool isTime(std::string_view text)
{
    return text.size() >= 9 && isFullTime(text);
}

bool isDateTime(std::string_view text)
{
    if (text.size() < 20 || (text[10] != 'T' && text[10] != 't'))
        return false;
    return isDate(text.substr(0, 10)) && isFullTime(text.substr(11));
}

bool isHostname(std::string_view text)
{
    if (text.empty() || text.size() > 253)
        return false;
    size_t start = 0;
    while (true) {
        const size_t dot = text.find('.', start);
        const std::string_view label = text.substr(start, dot - start);
        if (!isHostnameLabel(label))
            return false;
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

bool isIpv4(std::string_view text)
{
    int parts = 0;
    size_t at = 0;
    while (true) {
        size_t end = at;
        while (end < text.size() && isDigit(text[end]))
            ++end;
        const size_t length = end - at;
        if (length == 0 || length > 3 || (length > 1 && text[at] == '0'))
            return false;
        if (digits(text, at, length) > 255)
            return false;
        ++parts;
        if (end == text.size())
            return parts == 4;
        if (text[end] != '.' || parts == 4)
            return false;
        at = end + 1;
    }
}

bool isIpv6(std::string_view text)
{
    if (text.empty() || text.size() > 45)
        return false;
    int groups = 0;
    bool compressed = false;
    size_t at = 0;
    if (text.substr(0, 2) == "::") {
        compressed = true;
        at = 2;
        if (at == text.size())
            return true;
    } else if (text.front() == ':') {
        return false;
    }
    while (at < text.size()) {
        size_t end = at;
        while (end < text.size() && isHexDigit(text[end]))
            ++end;
        if (end < text.size() && text[end] == '.') {
            // An embedded IPv4 address ends the text and counts for two groups.
            if (!isIpv4(text.substr(at)))
                return false;
            groups += 2;
            break;
        }
        if (end == at || end - at > 4)
            return false;
        ++groups;
        if (end == text.size())
            break;
        if (text[end] != ':')
            return false;
        if (end + 1 < text.size() && text[end + 1] == ':') {
            if (compressed)
                return false;
            compressed = true;
            at = end + 2;
            if (at == text.size())
                break;
        } else {
            at = end + 1;
            if (at == text.size())
                return false;
        }
    }
    return compressed ? groups < 8 : groups == 8;
}

bool isEmail(std::string_view text)
{
    const size_t at = text.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == text.size())
        return false;
    const std::string_view local = text.substr(0, at);
    const std::string_view domain = text.substr(at + 1);
    if (local.size() > 64)
        return false;
    if (local.front() == '"') {
        if (local.size() < 2 || local.back() != '"')
            return false;
    } else {
        if (local.front() == '.' || local.back() == '.'
            || local.find("..") != std::string_view::npos)
            return false;
        for (char c : local) {
            if (!isAlpha(c) && !isDigit(c)
                && std::string_view("!#$%&'*+-/=?^_`{|}~.").find(c) == std::string_view::npos)
                return false;
        }
    }
    if (domain.front() == '[' && domain.back() == ']') {
        const std::string_view literal = domain.substr(1, domain.size() - 2);
        if (literal.substr(0, 5) == "IPv6:")
            return isIpv6(literal.substr(5));
        return isIpv4(literal);
    }
    return isHostname(domain);
}

bool isUri(std::string_view text)
{
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || !isAlpha(text[0]))
        return false;
    for (char c : text.substr(0, colon)) {
        if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    return isHierarchicalPart(text.substr(colon + 1));
}

bool isUriReference(std::string_view text)
{
    if (isUri(text))
        return true;
    // A relative reference: its first segment holds no ":".
    const size_t firstSlash = text.find_first_of("/?#");
    if (text.substr(0, firstSlash).find(':') != std::string_view::npos)
        return false;
    return isHierarchicalPart(text);
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !isHexDigit(text[i]))
            return false;
    }
    return true;
}

bool isRegex(std::string_view text)
{
    return QRegularExpression(QString::fromUtf8(text.data(), qsizetype(text.size()))).isValid();
}

bool isJsonPointer(std::string_view text)
{
    if (text.empty())
        return true;
    if (text.front() != '/')
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '~' && (i + 1 >= text.size() || (text[i + 1] != '0' && text[i + 1] != '1')))
            return false;
    }
    return true;
}

bool isBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return false;
    size_t padding = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '=') {
            ++padding;
            continue;
        }
        if (padding > 0)
            return false;
        if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '/')
            return false;
    }
    return padding <= 2;
}

bool isHex(std::string_view text, size_t count)
{
    if (text.size() != count)
        return false;
    for (char c : text) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

namespace {

enum class Format : quint8 {
    Unknown,
    DateTime,
    Date,
    Time,
    Email,
    Hostname,
    Ipv4,
    Ipv6,
    Uri,
    UriReference,
    Uuid,
    Regex,
    JsonPointer,
    Byte,
    Md5,
    Sha1,
    Sha256,
    Sha512,
    Int32,
    Int64,
};

Format formatOf(std::string_view name)
{
    static const struct
    {
        std::string_view name;
        Format format;
    } formats[] = {
        {"date-time", Format::DateTime},
        {"date", Format::Date},
        {"time", Format::Time},
        {"email", Format::Email},
        {"hostname", Format::Hostname},
        {"ipv4", Format::Ipv4},
        {"ipv6", Format::Ipv6},
        {"uri", Format::Uri},
        {"uri-reference", Format::UriReference},
        {"uuid", Format::Uuid},
        {"regex", Format::Regex},
        {"json-pointer", Format::JsonPointer},
        {"byte", Format::Byte},
        {"md5", Format::Md5},
        {"sha1", Format::Sha1},
        {"sha-1", Format::Sha1},
        {"sha256", Format::Sha256},
        {"sha-256", Format::Sha256},
        {"sha512", Format::Sha512},
        {"sha-512", Format::Sha512},
        {"int32", Format::Int32},
        {"int64", Format::Int64},
    };
    for (const auto &entry : formats) {
        if (entry.name == name)
            return entry.format;
    }
    return Format::Unknown;
}

Verdict verdict(bool valid)
{
    return valid ? Verdict::Valid : Verdict::Invalid;
}

} // namespace

Verdict check(std::string_view format, const JsonNode &value)
{
    const Format f = formatOf(format);
    if (f == Format::Int32 || f == Format::Int64) {
        if (!value.isNumber())
            return Verdict::NotApplicable;
        const double d = value.toDouble();
        if (value.isInteger() || d == std::floor(d)) {
            if (f == Format::Int32)
                return verdict(d >= -2147483648.0 && d <= 2147483647.0);
            return verdict(value.isInteger()
                           || (d >= -9.223372036854775808e18 && d < 9.223372036854775808e18));
        }
        return Verdict::NotApplicable; // a fraction is the `type` keyword's business
    }
    if (!value.isString() || f == Format::Unknown)
        return Verdict::NotApplicable;
    const std::string_view text = value.stringView();
    switch (f) {
    case Format::DateTime:
        return verdict(isDateTime(text));
    case Format::Date:
        return verdict(isDate(text));
    case Format::Time:
        return verdict(isTime(text));
    case Format::Email:
        return verdict(isEmail(text));
    case Format::Hostname:
        return verdict(isHostname(text));
    case Format::Ipv4:
        return verdict(isIpv4(text));
    case Format::Ipv6:
        return verdict(isIpv6(text));
    case Format::Uri:
        return verdict(isUri(text));
    case Format::UriReference:
        return verdict(isUriReference(text));
    case Format::Uuid:
        return verdict(isUuid(text));
    case Format::Regex:
        return verdict(isRegex(text));
    case Format::JsonPointer:
        return verdict(isJsonPointer(text));
    case Format::Byte:
        return verdict(isBase64(text));
    case Format::Md5:
        return verdict(isHex(text, 32));
    case Format::Sha1:
        return verdict(isHex(text, 40));
    case Format::Sha256:
        return verdict(isHex(text, 64));
    case Format::Sha512:
        return verdict(isHex(text, 128));
    default:
        return Verdict::NotApplicable;
    }
}

} // namespace Oxa::Formats
