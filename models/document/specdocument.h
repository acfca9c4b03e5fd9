// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diagnostic.h"
#include "document/jsontree.h"

#include <QHash>
#include <QJsonValue>
#include <QUrl>

#include <memory>
#include <vector>

namespace Oxa {

enum class SpecVersion : quint8 { Unknown, Swagger20, OpenApi30, OpenApi31 };

/** One parsed text: the main document or a document reached through a reference. */
class SourceDocument
{
public:
    SourceDocument(QUrl url, std::unique_ptr<JsonTree> tree)
        : m_url(std::move(url))
        , m_tree(std::move(tree))
    {}

    const QUrl &url() const { return m_url; }
    const JsonTree &tree() const { return *m_tree; }
    JsonTree &tree() { return *m_tree; }

private:
    QUrl m_url;
    std::unique_ptr<JsonTree> m_tree;
};

/** A node and the document it belongs to (for positions, and for resolving its references). */
struct NodeRef
{
    const SourceDocument *source = nullptr;
    const JsonNode *node = nullptr;

    bool isValid() const { return node != nullptr; }
    explicit operator bool() const { return isValid(); }
    const JsonNode *operator->() const { return node; }
    const JsonNode &operator*() const { return *node; }
    /** The member's value in the same document, or an invalid NodeRef. */
    NodeRef get(std::string_view key) const
    {
        return NodeRef{source, node ? node->get(key) : nullptr};
    }
    /** Members of an object node, empty for anything else (an invalid NodeRef included). */
    std::span<const JsonMember> members() const
    {
        return node ? node->members() : std::span<const JsonMember>();
    }
    /** Items of an array node, empty for anything else (an invalid NodeRef included). */
    std::span<const JsonNode> items() const
    {
        return node ? node->items() : std::span<const JsonNode>();
    }
    TextPosition position() const
    {
        return source && node ? source->tree().position(node->offset()) : TextPosition{};
    }
    friend bool operator==(const NodeRef &a, const NodeRef &b) { return a.node == b.node; }
};

enum class RefStatus : quint8 {
    Resolved,
    Dangling,       ///< the target does not exist
    Invalid,        ///< the reference text is malformed
    Forbidden,      ///< outside the document's folder, or remote, without permission
    DocumentFailed, ///< the referenced document could not be read or parsed
    CircularChain,  ///< $ref → $ref → … comes back to itself without reaching a value
    HopLimit,       ///< the chain is longer than LoadLimits::maxRefHops
    Unsupported,    ///< a form we do not resolve (plain-name fragments, other schemes)
};

/** What the loader found at the end of one `$ref`. */
struct ResolvedRef
{
    NodeRef target;   ///< the final, non-reference target when status is Resolved
    QString text;     ///< the $ref as written
    QString location; ///< the target as "#/pointer" in the main document, or "file-or-url#/pointer"
    RefStatus status = RefStatus::Dangling;
    /** The target leads back to this reference (a recursive schema): expand it lazily, once. */
    bool circular = false;
};

/**
 * A loaded OpenAPI description: its texts, the OpenAPI 3 view of it (Swagger 2.0 is converted),
 * every reference the loader resolved, and what it found on the way. Immutable once loaded, so
 * any thread may read it; built by SpecLoader.
 */
class SpecDocument
{
public:
    SpecVersion version() const { return m_version; }
    /** The version as written ("3.1.0", "2.0"), or empty. */
    const QString &versionText() const { return m_versionText; }
    const SourceDocument &main() const { return *m_sources.front(); }
    const std::vector<std::unique_ptr<SourceDocument>> &sources() const { return m_sources; }
    /** The OpenAPI 3 view of the document: the converted one for Swagger 2.0. */
    NodeRef root() const { return NodeRef{m_sources.front().get(), m_root}; }
    /** The root as written. */
    NodeRef originalRoot() const { return NodeRef{m_sources.front().get(), main().tree().root()}; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /**
     * Documents that references point to but the load options did not allow reading (files
     * outside the folder, http(s) URLs), in the order they were met: what to ask the user about.
     */
    const QList<QUrl> &forbiddenLocations() const { return m_forbiddenLocations; }

    /**
     * `at` itself when it is not a reference object; its final target when the loader resolved
     * it; an invalid NodeRef when the reference is broken (its diagnostic says why).
     */
    NodeRef resolve(NodeRef at) const;
    /** The loader's record for a reference object ({"$ref": …}), or nullptr. */
    const ResolvedRef *reference(const JsonNode *referenceObject) const;
    qsizetype referenceCount() const { return m_references.size(); }

    /**
     * The node with every reference replaced by its target, for display and export. A reference
     * that would recurse is kept as {"$ref": …, "x-oxa-circular": true}; a broken one as
     * {"$ref": …, "x-oxa-unresolved": true}. At most `maxNodes` nodes are produced (then
     * "x-oxa-truncated": true), so even a recursive or exponential schema returns quickly.
     */
    QJsonValue dereferenced(NodeRef node, int maxNodes = 100'000) const;

    /**
     * A diagnostic about a node of this document: its source named as displayName() names it,
     * its line and column those of `at` (0 when `at` is invalid).
     */
    Diagnostic diagnostic(Diagnostic::Severity severity,
                          DiagnosticCode code,
                          const QString &message,
                          const QString &pointer,
                          const NodeRef &at) const;

    /** How a source is named in diagnostics and locations: relative to the main document. */
    QString displayName(const SourceDocument *source) const;
    QString displayName(const QUrl &url) const;
    /** The source that displayName() calls `name` (the main document for ""), or nullptr. */
    const SourceDocument *sourceNamed(QStringView name) const;

private:
    friend class SpecLoader;
    friend class ReferenceWalker;

    std::vector<std::unique_ptr<SourceDocument>> m_sources;
    const JsonNode *m_root = nullptr;
    QHash<const JsonNode *, ResolvedRef> m_references;
    Diagnostics m_diagnostics;
    QList<QUrl> m_forbiddenLocations;
    QString m_versionText;
    SpecVersion m_version = SpecVersion::Unknown;
};

/**
 * The text of a scalar as written: strings as they are, numbers with their original spelling
 * (`swagger: 2.0` in YAML is "2.0", not 2), booleans "true"/"false", null empty.
 */
QString scalarText(const NodeRef &node);

} // namespace Oxa
