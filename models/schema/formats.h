// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <string_view>

namespace Oxa {

class JsonNode;

/**
 * Checks of the `format` values analysts meet in security APIs: date-time, date, time (RFC 3339),
 * email, hostname (RFC 1123), ipv4, ipv6, uri, uri-reference, uuid, regex, json-pointer, byte
 * (base64), the hash shapes md5, sha1, sha256 and sha512, and OpenAPI's int32 and int64 ranges.
 * Pure functions, any thread.
 */
namespace Formats {

enum class Verdict : quint8 { Valid, Invalid, NotApplicable };

/**
 * The value against the format: NotApplicable for a format we do not check and for a value of
 * another type (formats of strings say nothing about numbers, and int32 nothing about strings).
 */
Verdict check(std::string_view format, const JsonNode &value);

bool isDateTime(std::string_view text);
bool isDate(std::string_view text);
bool isTime(std::string_view text);
bool isEmail(std::string_view text);
bool isHostname(std::string_view text);
bool isIpv4(std::string_view text);
bool isIpv6(std::string_view text);
bool isUri(std::string_view text);
bool isUriReference(std::string_view text);
bool isUuid(std::string_view text);
bool isRegex(std::string_view text);
bool isJsonPointer(std::string_view text);
bool isBase64(std::string_view text);
/** Exactly `digits` hexadecimal digits. */
bool isHex(std::string_view text, size_t digits);

} // namespace Formats
} // namespace Oxa
