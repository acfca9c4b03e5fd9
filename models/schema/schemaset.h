// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>

#include <deque>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace Oxa {

class SpecDocument;

/**
 * The compiled schemas of one document (or of a set of standalone JSON Schema documents): the
 * registry that resolves `$ref`, `$id`, `$anchor` and `$dynamicRef`, and the owner of every
 * compiled Schema. A schema is compiled once, with its inline subschemas; the target of a
 * reference is compiled the first time it is asked for, so opening one operation's form never
 * compiles the whole document, and a recursive schema is a cycle, never an expansion.
 *
 * Thread-safe: compile() and target() may be called from any thread; compiled schemas are
 * immutable once returned. Every Schema points into the documents' trees, so the set keeps its
 * documents alive and its schemas live as long as the set.
 */
class SchemaSet
{
    Q_DECLARE_TR_FUNCTIONS(SchemaSet)

public:
    /** An empty set for standalone documents added with addDocument(). */
    explicit SchemaSet(SchemaDialect defaultDialect = SchemaDialect::Draft202012);
    /**
     * The schemas of an OpenAPI document: 3.1 reads them as 2020-12, 3.0 and Swagger 2.0 as
     * OpenAPI 3.0. References the loader resolved follow its record (a dangling one stays
     * broken, with the loader's diagnostic); others ($id, anchors) are resolved here.
     */
    explicit SchemaSet(std::shared_ptr<const SpecDocument> document);
    ~SchemaSet();
    SchemaSet(const SchemaSet &) = delete;
    SchemaSet &operator=(const SchemaSet &) = delete;

    /**
     * Registers a JSON Schema document under an absolute URI (and under its root's `$id`), read
     * with `dialect` unless its root says `$schema`. The tree is kept as long as the set.
     */
    void addDocument(const QString &uri,
                     std::shared_ptr<const JsonTree> tree,
                     SchemaDialect dialect);

    /**
     * The compiled schema at `node`, a node of a registered document or of the OpenAPI
     * document (its synthesised schemas included). `pointer` names it in messages. Never null:
     * a node that is not a schema compiles to a schema that accepts anything.
     */
    const Schema *compile(const SourceDocument *source,
                          const JsonTree *tree,
                          const JsonNode *node,
                          const QString &pointer);
    const Schema *compile(const NodeRef &node, const QString &pointer);
    /** The root of a document added with addDocument(), or nullptr. */
    const Schema *compileDocument(const QString &uri);

    /** The target of a schema's `$ref`, compiled on first use; nullptr when it is broken. */
    const Schema *target(const Schema &schema) const;
    /** The static target of `$dynamicRef` (the dynamic one is the validator's business). */
    const Schema *dynamicTarget(const Schema &schema) const;
    /** Why target() is null: a translated sentence naming the reference. */
    QString referenceProblem(const Schema &schema) const;
    /**
     * The outermost schema with `$dynamicAnchor: name` in `resource`, compiled, or nullptr.
     * For the validator's dynamic scope.
     */
    const Schema *dynamicAnchor(const SchemaResource *resource, std::string_view name) const;
    /** Whether the schema's $dynamicRef names an anchor its static target declares dynamic. */
    static bool dynamicRefIsDynamic(const Schema &schema)
    {
        return schema.m_hasDynamicAnchorTarget;
    }
    static std::string_view dynamicAnchorName(const Schema &schema)
    {
        return schema.m_dynamicAnchorName;
    }

    /** The schema a discriminator mapping value or an implicit component name leads to. */
    const Schema *resolveUri(const Schema &base, std::string_view reference) const;

    /**
     * The discriminator's value that names `alternative` (one of `owner`'s oneOf/anyOf): the
     * mapping's key that leads to it or to what it refers to, else the name of the component
     * it refers to; empty when `owner` has no discriminator.
     */
    QString discriminatorTag(const Schema &owner, const Schema &alternative) const;
    /**
     * The schema a discriminator's value names: the mapping's target, else the alternative
     * that refers to the component of that name; null when none does.
     */
    const Schema *discriminated(const Schema &owner, std::string_view tag) const;

    SchemaDialect defaultDialect() const { return m_defaultDialect; }
    const SpecDocument *document() const { return m_document.get(); }
    /** Number of compiled schemas (for benchmarks and tests). */
    qsizetype size() const;

private:
    friend class SchemaCompiler;
    struct Located
    {
        const JsonNode *node = nullptr;
        SchemaResource *resource = nullptr;
        QString pointer;
    };

    const Schema *compileLocked(SchemaResource *resource,
                                const JsonNode *node,
                                const QString &pointer);
    SchemaResource *registerResource(const QString &uri,
                                     const SourceDocument *source,
                                     const JsonTree *tree,
                                     const JsonNode *root,
                                     const QString &rootPointer,
                                     SchemaDialect dialect,
                                     bool embedded = false);
    void scan(SchemaResource *resource,
              const JsonNode &node,
              const QString &pointer,
              bool mapOfSchemas,
              int depth);
    std::optional<Located> locate(const QString &absoluteUri, QString *problem);
    QRegularExpression pattern(std::string_view source, bool *valid);
    const Schema *resolveLocked(const Schema &from, std::string_view reference, QString *problem);
    const Schema *resolveOnce(const Schema &schema,
                              std::string_view text,
                              std::atomic<const Schema *> &slot,
                              std::atomic<bool> &failed,
                              bool dynamic) const;
    void scanWholeDocumentOnce();

    std::shared_ptr<const SpecDocument> m_document;
    std::vector<std::shared_ptr<const JsonTree>> m_trees;
    std::deque<SchemaResource> m_resources;
    QHash<QString, SchemaResource *> m_resourceByUri;
    std::unordered_map<const JsonNode *, SchemaResource *> m_resourceByNode;
    QHash<const SourceDocument *, SchemaResource *> m_resourceBySource;
    QHash<QString, QRegularExpression> m_patterns;
    QHash<QString, Located> m_anchors; // "uri#name"
    std::deque<Schema> m_schemas;
    std::unordered_map<const JsonNode *, Schema *> m_compiled;
    mutable QHash<const Schema *, QString> m_problems;
    mutable std::recursive_mutex m_mutex;
    SchemaDialect m_defaultDialect;
    bool m_documentScanned = false;
};

} // namespace Oxa
