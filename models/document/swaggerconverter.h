// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diagnostic.h"
#include "document/jsontree.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace Oxa {

/**
 * The schema and serialisation that a Swagger-2-style parameter means (`type`, `format`,
 * `items`, `enum`, `default`, `minimum`… and `collectionFormat` beside `name` and `in`, with no
 * `schema`), as OpenAPI 3 writes them.
 */
struct LegacyParameter
{
    JsonNode schema;
    /** "form", "simple", "spaceDelimited", "pipeDelimited", or empty for the default. */
    std::string_view style;
    std::optional<bool> explode;
    /** collectionFormat "tsv", which OpenAPI 3 cannot express (read as comma-separated). */
    bool tabSeparated = false;
    /** `x-nullable: true` was read as nullable. */
    bool nullableExtension = false;
};

/**
 * Converts Swagger 2.0 into the OpenAPI 3.0 model: `host`, `basePath` and `schemes` become
 * servers; `body` and `formData` parameters become request bodies with the `consumes` media
 * types; response schemas move into `content` for the `produces` media types;
 * `securityDefinitions` become security schemes; `definitions`, `parameters` and `responses`
 * become components, and local references are rewritten to match. Unchanged subtrees are
 * shared with the original, and converted nodes keep their original text positions.
 */
class SwaggerConverter
{
    Q_DECLARE_TR_FUNCTIONS(SwaggerConverter)

public:
    /** The OpenAPI 3 root for tree's Swagger 2.0 root, allocated in tree's arena. */
    static JsonNode convert(JsonTree &tree, const QUrl &url, Diagnostics &findings);

    /**
     * The schema of a parameter written in the Swagger 2 style, or nothing when the parameter
     * has no `type` (it then has `schema` or `content`, or is broken). `in` decides the default
     * style for arrays. Allocates in `arena`.
     */
    static std::optional<LegacyParameter> legacyParameter(JsonArena &arena,
                                                          const JsonNode &parameter);
};

} // namespace Oxa
