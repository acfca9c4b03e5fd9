// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Oxa {

class JsonNode;

/** RFC 6901 JSON pointers: escaping, parsing and evaluation over JsonNode trees. */
namespace JsonPointer {

/** The token with "~" written "~0" and "/" written "~1". */
QString escape(QStringView token);
std::string escape(std::string_view token);

/** The token as written in a pointer, "~1" back to "/" and "~0" back to "~". */
QString unescape(QStringView token);

/**
 * The name of the component a pointer lies in, or an empty string: "Alert" for
 * "/components/schemas/Alert/properties/id" with `prefix` "/components/schemas/". A leading "#"
 * (a URI fragment) is ignored.
 */
QString componentName(QStringView pointer, QStringView prefix);

/**
 * The pointer made of the first `tokens` tokens of `pointer`, escaped as written:
 * "/paths/~1alerts" for ("/paths/~1alerts/get/responses", 2). The whole pointer when it has
 * fewer tokens.
 */
QStringView prefix(QStringView pointer, int tokens);

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
 * Member lookups in constant time for large objects (components/schemas of a big document),
 * each object indexed on its first lookup. Lives as long as the trees it indexes; one thread.
 */
class MemberIndex
{
public:
    /** The member's value, or nullptr. Small objects are scanned, large ones indexed. */
    const JsonNode *get(const JsonNode &object, std::string_view key);

private:
    std::unordered_map<const JsonNode *, std::unordered_map<std::string_view, const JsonNode *>>
        m_objects;
};

/**
 * The node at the tokens below `root`, or nullptr when a step is missing. Array steps must be
 * decimal indexes without leading zeros ("-" never exists). With an index, lookups in large
 * objects do not scan them.
 */
const JsonNode *evaluate(const JsonNode *root,
                         const std::vector<std::string> &tokens,
                         MemberIndex *memberIndex = nullptr);

/**
 * Decodes the fragment of a URI reference ("%7B" becomes "{") into the pointer it names.
 * Returns nothing when the percent-encoding is broken.
 */
std::optional<std::string> fromUriFragment(std::string_view fragment);

/** The fragment spelling of a pointer: characters a URI fragment cannot hold are percent-encoded. */
QString toUriFragment(const QString &pointer);

} // namespace JsonPointer
} // namespace Oxa
