// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Oxa {

class JsonNode;

/** RFC 6901 JSON pointers: escaping, parsing and evaluation over JsonNode trees. */
namespace JsonPointer {

/** The token with "~" written "~0" and "/" written "~1". */
QString escape(QStringView token);
std::string escape(std::string_view token);

/** `pointer` + "/" + the escaped token. */
QString append(const QString &pointer, QStringView token);
QString append(const QString &pointer, std::string_view utf8Token);
QString append(const QString &pointer, qsizetype index);

/**
 * The unescaped tokens of a pointer ("" is the whole document). Returns nothing when the text is
 * not a pointer: it must be empty or start with "/", and "~" must be followed by "0" or "1".
 */
std::optional<std::vector<std::string>> parse(std::string_view pointer);

/**
 * The node at the tokens below `root`, or nullptr when a step is missing. Array steps must be
 * decimal indexes without leading zeros ("-" never exists).
 */
const JsonNode *evaluate(const JsonNode *root, const std::vector<std::string> &tokens);

/**
 * Decodes the fragment of a URI reference ("%7B" becomes "{") into the pointer it names.
 * Returns nothing when the percent-encoding is broken.
 */
std::optional<std::string> fromUriFragment(std::string_view fragment);

/** The fragment spelling of a pointer: characters a URI fragment cannot hold are percent-encoded. */
QString toUriFragment(const QString &pointer);

} // namespace JsonPointer
} // namespace Oxa
