// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/jsonpointer.h"
#include "document/specdocument.h"
#include "document/specloader.h"

#include <QCoreApplication>

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace Oxa {

/**
 * Visits every place of an OpenAPI 3 document where a reference may stand (path items,
 * operations, parameters, headers, bodies, media types, responses, examples, links, callbacks,
 * security schemes, schemas and their subschemas, discriminator mappings, and the components
 * that hold them), resolves each `$ref` once, loads referenced documents under the folder and
 * remote policies, marks references that recurse, and reports what is broken. Iterative, and
 * linear in the size of what it visits: every target is walked once however often it is named.
 * Internal to SpecLoader.
 */
class ReferenceWalker
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceWalker)

public:
    /** Loads and parses a referenced document; the walker remembers the outcome per URL. */
    using DocumentLoader = std::function<Result<const SourceDocument *>(const QUrl &url)>;

    ReferenceWalker(SpecDocument &document, const LoadOptions &options, DocumentLoader loader);

    /** Walks the whole document. Returns false when cancelled. */
    bool run();

private:
    enum class Kind : quint8 {
        Document,
        Components,
        PathItem,
        Operation,
        Parameter,
        Header,
        RequestBody,
        MediaType,
        Encoding,
        Response,
        Example,
        Link,
        Callback,
        SecurityScheme,
        Schema,
    };
    enum class Shape : quint8 { Single, Map, List, ComponentMap };

    struct Path
    {
        int parent = -1;
        quint32 index = 0;
        std::string_view key;
        QString prefix;  // a whole pointer, for the root of a walk
        quint8 type = 0; // 0 prefix, 1 key, 2 index
    };

    struct Item
    {
        const SourceDocument *source = nullptr;
        const JsonNode *node = nullptr;
        int path = -1;
        int owner = -1; // the graph vertex whose subtree this is, or -1
        Kind kind = Kind::Document;
        Shape shape = Shape::Single;
        bool skipExtensions = false;
    };

    struct Target
    {
        NodeRef node;
        QString pointer;
        QString location;
        QString problem; // why it failed, translated
        RefStatus status = RefStatus::Dangling;
        DiagnosticCode forbiddenCode = DiagnosticCode::ExternalRefForbidden;
    };

    struct Vertex
    {
        NodeRef node;
        QString pointer;
    };

    struct Edge
    {
        int from = -1;
        int to = -1;
        const JsonNode *reference = nullptr;
    };

    void process(const Item &item);
    bool handleReference(const Item &item);
    void walkChildren(const Item &item);
    void walkSchema(const Item &item);
    void walkMapping(const Item &item, const JsonNode *mapping);
    void push(const Item &parent,
              const JsonNode *node,
              Kind kind,
              Shape shape,
              std::string_view key,
              bool skipExtensions = false);
    void pushIndex(const Item &parent, const JsonNode *node, Kind kind, quint32 index);
    int addPath(Path path);
    QString pointerOf(int path) const;
    int vertexOf(const JsonNode *node, const SourceDocument *source, const QString &pointer);

    Target resolve(const SourceDocument *from, std::string_view text, quint32 hops);
    Target resolveOnce(const SourceDocument *from, std::string_view text, quint32 hops);
    std::optional<QString> forbiddenReason(const QUrl &target) const;
    Result<const SourceDocument *> documentAt(const QUrl &url);

    void markCircularReferences();
    void report(Diagnostic::Severity severity,
                DiagnosticCode code,
                const QString &message,
                const SourceDocument *source,
                const QString &pointer,
                const JsonNode *at);

    SpecDocument &m_document;
    const LoadOptions &m_options;
    DocumentLoader m_loader;
    std::vector<Item> m_stack;
    std::vector<Path> m_paths;
    std::unordered_set<const JsonNode *> m_visited;
    std::unordered_map<const JsonNode *, int> m_vertexIds;
    std::vector<Vertex> m_vertices;
    std::vector<Edge> m_edges;
    std::unordered_map<const SourceDocument *, std::unordered_map<std::string, Target>> m_memo;
    std::unordered_set<std::string> m_inProgress;
    QHash<QString, Result<const SourceDocument *>> m_documents;
    JsonPointer::MemberIndex m_memberIndex;
    bool m_openApi31 = false;
};

} // namespace Oxa
