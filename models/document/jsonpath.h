// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Oxa {

class JsonNode;

/** One node a query selected, with its normalized path (RFC 9535 §2.7): "$['alerts'][0]". */
struct JsonPathMatch
{
    const JsonNode *node = nullptr;
    QString path;
};

/** Bounds on a query and on the work it may do, so that a hostile one ends with an error. */
struct JsonPathLimits
{
    qsizetype maxQueryBytes = 16 * 1024;
    /** Filters, parentheses and function calls nested in one another. */
    int maxNesting = 64;
    /** Nodes visited and compared by one evaluation (a `$..*..*..*` on a large body). */
    quint64 maxWork = 20'000'000;
};

/**
 * RFC 9535 JSONPath over JsonNode trees: parsed once (every well-formedness and well-typedness
 * rule of the RFC, the five standard functions, I-Regexp for match() and search()), evaluated
 * many times, from any thread. Nodelists keep document order; a descendant segment visits a
 * node before its descendants. Evaluation never recurses deeper than the query's own nesting,
 * so a deep document cannot exhaust the stack.
 */
class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    JsonPath();
    ~JsonPath();
    JsonPath(const JsonPath &);
    JsonPath &operator=(const JsonPath &);

    /**
     * The query, or an Error (Parse, or Limit) whose offset is the byte of the query at fault
     * and whose message says what was expected there.
     */
    static Result<JsonPath> parse(std::string_view query, const JsonPathLimits &limits = {});
    static Result<JsonPath> parse(const QString &query, const JsonPathLimits &limits = {});

    const std::string &text() const;
    /** A singular query selects at most one node: only name and index selectors, no "..". */
    bool isSingular() const;

    /** The selected nodes, or a Limit error when the evaluation exceeds maxWork. */
    Result<std::vector<const JsonNode *>> select(const JsonNode &root) const;
    /** The selected nodes with their normalized paths. */
    Result<std::vector<JsonPathMatch>> locate(const JsonNode &root) const;

    /** The normalized path step of a member name: ['a\'b'] (RFC 9535 §2.7). */
    static QString memberStep(std::string_view name);

    struct Query;

private:
    std::shared_ptr<const Query> m_query;
};

} // namespace Oxa
