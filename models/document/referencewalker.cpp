// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "referencewalker.h"

#include "document/jsonpointer.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Oxa {

namespace {

constexpr std::string_view Methods[]
    = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

// Where a subschema may stand in a schema, and in which shape.
constexpr std::string_view SchemaMaps[]
    = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"};
constexpr std::string_view SchemaLists[] = {"allOf", "anyOf", "oneOf", "prefixItems"};
constexpr std::string_view SchemaSingles[] = {"additionalProperties",
                                              "additionalItems",
                                              "not",
                                              "if",
                                              "then",
                                              "else",
                                              "contains",
                                              "propertyNames",
                                              "unevaluatedItems",
                                              "unevaluatedProperties",
                                              "contentSchema"};

bool isExtension(std::string_view key)
{
    return key.size() >= 2 && key[0] == 'x' && key[1] == '-';
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

ReferenceWalker::ReferenceWalker(SpecDocument &document,
                                 const LoadOptions &options,
                                 DocumentLoader loader)
    : m_document(document)
    , m_options(options)
    , m_loader(std::move(loader))
    , m_openApi31(document.version() == SpecVersion::OpenApi31)
{}

bool ReferenceWalker::run()
{
    const NodeRef root = m_document.root();
    m_stack.push_back(
        Item{root.source, root.node, addPath(Path{}), -1, Kind::Document, Shape::Single, false});
    quint64 steps = 0;
    while (!m_stack.empty()) {
        if ((++steps & 0xFFF) == 0 && m_options.cancel && m_options.cancel->load())
            return false;
        const Item item = m_stack.back();
        m_stack.pop_back();
        process(item);
    }
    markCircularReferences();
    return true;
}

int ReferenceWalker::addPath(Path path)
{
    m_paths.push_back(std::move(path));
    return int(m_paths.size() - 1);
}

QString ReferenceWalker::pointerOf(int path) const
{
    std::vector<const Path *> chain;
    for (int at = path; at >= 0; at = m_paths[size_t(at)].parent)
        chain.push_back(&m_paths[size_t(at)]);
    QString pointer;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Path &step = **it;
        if (step.type == 0)
            pointer = step.prefix;
        else if (step.type == 1)
            pointer = JsonPointer::append(pointer, step.key);
        else
            pointer = JsonPointer::append(pointer, qsizetype(step.index));
    }
    return pointer;
}

void ReferenceWalker::push(const Item &parent,
                           const JsonNode *node,
                           Kind kind,
                           Shape shape,
                           std::string_view key,
                           bool skipExtensions)
{
    if (!node || !(node->isObject() || (shape == Shape::List && node->isArray())))
        return;
    Path path;
    path.parent = parent.path;
    path.key = key;
    path.type = 1;
    m_stack.push_back(Item{
        parent.source, node, addPath(std::move(path)), parent.owner, kind, shape, skipExtensions});
}

void ReferenceWalker::pushIndex(const Item &parent, const JsonNode *node, Kind kind, quint32 index)
{
    if (!node || !node->isObject())
        return;
    Path path;
    path.parent = parent.path;
    path.index = index;
    path.type = 2;
    m_stack.push_back(
        Item{parent.source, node, addPath(std::move(path)), parent.owner, kind, Shape::Single, false});
}

int ReferenceWalker::vertexOf(const JsonNode *node,
                              const SourceDocument *source,
                              const QString &pointer)
{
    const auto [it, inserted] = m_vertexIds.try_emplace(node, int(m_vertices.size()));
    if (inserted)
        m_vertices.push_back(Vertex{NodeRef{source, node}, pointer});
    return it->second;
}

void ReferenceWalker::process(const Item &item)
{
    if (item.node->isObject() && handleReference(item))
        return;
    switch (item.shape) {
    case Shape::List:
        if (item.node->isArray()) {
            const auto items = item.node->items();
            for (quint32 i = 0; i < items.size(); ++i)
                pushIndex(item, &items[i], item.kind, i);
        }
        return;
    case Shape::Map:
        for (const JsonMember &member : item.node->members()) {
            if (item.skipExtensions && isExtension(member.key()))
                continue;
            push(item, &member.value, item.kind, Shape::Single, member.key());
        }
        return;
    case Shape::ComponentMap:
        // Every component is a vertex of the reference graph, walked once even when referenced.
        for (const JsonMember &member : item.node->members()) {
            const JsonNode *entry = &member.value;
            if (!entry->isObject() || !m_visited.insert(entry).second)
                continue;
            Path path;
            path.parent = item.path;
            path.key = member.key();
            path.type = 1;
            const int pathIndex = addPath(std::move(path));
            const int vertex = vertexOf(entry, item.source, pointerOf(pathIndex));
            m_stack.push_back(
                Item{item.source, entry, pathIndex, vertex, item.kind, Shape::Single, false});
        }
        return;
    case Shape::Single:
        walkChildren(item);
        return;
    }
}

bool ReferenceWalker::handleReference(const Item &item)
{
    const JsonNode *refValue = item.node->get("$ref");
    if (!refValue || !refValue->isString())
        return false;

    const bool allowedHere = item.shape == Shape::Single && item.kind != Kind::Document
                             && item.kind != Kind::Components && item.kind != Kind::Operation
                             && item.kind != Kind::MediaType && item.kind != Kind::Encoding;
    if (!allowedHere) {
        report(Diagnostic::Severity::Warning,
               DiagnosticCode::RefNotAllowedHere,
               tr("OpenAPI does not allow a $ref here; it is followed anyway"),
               item.source,
               JsonPointer::append(pointerOf(item.path), u"$ref"),
               refValue);
    }

    const Target target = resolve(item.source, refValue->stringView(), 0);
    ResolvedRef record;
    record.text = refValue->toString();
    record.location = target.location;
    record.status = target.status;
    record.target = target.node;
    m_document.m_references.insert(item.node, record);

    if (target.status == RefStatus::Resolved) {
        const int vertex = vertexOf(target.node.node, target.node.source, target.pointer);
        m_edges.push_back(Edge{item.owner, vertex, item.node});
        if (m_visited.insert(target.node.node).second) {
            Path root;
            root.prefix = target.pointer;
            m_stack.push_back(Item{target.node.source,
                                   target.node.node,
                                   addPath(std::move(root)),
                                   vertex,
                                   item.kind,
                                   item.shape,
                                   item.skipExtensions});
        }
    } else {
        const DiagnosticCode code = [&] {
            switch (target.status) {
            case RefStatus::Forbidden:
                return target.forbiddenCode;
            case RefStatus::DocumentFailed:
                return DiagnosticCode::ExternalDocumentFailed;
            case RefStatus::CircularChain:
                return DiagnosticCode::CircularRefChain;
            case RefStatus::HopLimit:
                return DiagnosticCode::RefHopLimit;
            case RefStatus::Invalid:
                return DiagnosticCode::InvalidRef;
            case RefStatus::Unsupported:
                return DiagnosticCode::UnsupportedRef;
            default:
                return DiagnosticCode::DanglingRef;
            }
        }();
        const auto severity = target.status == RefStatus::Unsupported
                                  ? Diagnostic::Severity::Warning
                                  : Diagnostic::Severity::Error;
        report(severity,
               code,
               target.problem,
               item.source,
               JsonPointer::append(pointerOf(item.path), u"$ref"),
               refValue);
    }

    // A path item's siblings merge with its target; OpenAPI 3.1 schemas apply their siblings
    // beside the target. Elsewhere siblings of a $ref have no meaning.
    if (item.shape != Shape::Single)
        return true;
    if (item.kind == Kind::PathItem || (item.kind == Kind::Schema && m_openApi31))
        return false;
    for (const JsonMember &member : item.node->members()) {
        const std::string_view key = member.key();
        if (key == "$ref" || key == "summary" || key == "description" || isExtension(key))
            continue;
        if (item.kind == Kind::Schema)
            break; // OpenAPI 3.0 ignores them; too common to be worth a note each time
        report(Diagnostic::Severity::Info,
               DiagnosticCode::RefSiblingsIgnored,
               tr("\"%1\" beside a $ref is ignored").arg(member.keyString()),
               item.source,
               JsonPointer::append(pointerOf(item.path), member.key()),
               &member.value);
        break;
    }
    return true;
}

void ReferenceWalker::walkMapping(const Item &item, const JsonNode *mapping)
{
    // discriminator.mapping: values are schema names or references to schemas.
    if (!mapping || !mapping->isObject())
        return;
    const QString base
        = JsonPointer::append(JsonPointer::append(pointerOf(item.path), u"discriminator"),
                              u"mapping");
    for (const JsonMember &member : mapping->members()) {
        if (!member.value.isString())
            continue;
        const std::string_view value = member.value.stringView();
        const bool looksLikeReference
            = value.find('#') != std::string_view::npos || value.find('/') != std::string_view::npos
              || value.ends_with(".json") || value.ends_with(".yaml") || value.ends_with(".yml");
        Target target;
        if (looksLikeReference) {
            target = resolve(item.source, value, 0);
        } else {
            const std::string asReference = "#/components/schemas/" + JsonPointer::escape(value);
            target = resolve(&m_document.main(), asReference, 0);
        }
        if (target.status == RefStatus::Resolved) {
            if (m_visited.insert(target.node.node).second) {
                const int vertex = vertexOf(target.node.node, target.node.source, target.pointer);
                Path root;
                root.prefix = target.pointer;
                m_stack.push_back(Item{target.node.source,
                                       target.node.node,
                                       addPath(std::move(root)),
                                       vertex,
                                       Kind::Schema,
                                       Shape::Single,
                                       false});
            }
            continue;
        }
        report(Diagnostic::Severity::Error,
               DiagnosticCode::DanglingRef,
               tr("The discriminator maps \"%1\" to %2, which cannot be resolved: %3")
                   .arg(member.keyString(), fromUtf8(value), target.problem),
               item.source,
               JsonPointer::append(base, member.key()),
               &member.value);
    }
}

void ReferenceWalker::walkSchema(const Item &item)
{
    const JsonNode &schema = *item.node;
    for (std::string_view key : SchemaMaps)
        push(item, schema.get(key), Kind::Schema, Shape::Map, key);
    for (std::string_view key : SchemaLists)
        push(item, schema.get(key), Kind::Schema, Shape::List, key);
    for (std::string_view key : SchemaSingles)
        push(item, schema.get(key), Kind::Schema, Shape::Single, key);
    if (const JsonNode *items = schema.get("items"))
        push(item, items, Kind::Schema, items->isArray() ? Shape::List : Shape::Single, "items");
    if (const JsonNode *discriminator = schema.get("discriminator"))
        walkMapping(item, discriminator->get("mapping"));
}

void ReferenceWalker::walkChildren(const Item &item)
{
    const JsonNode &node = *item.node;
    switch (item.kind) {
    case Kind::Document:
        push(item, node.get("paths"), Kind::PathItem, Shape::Map, "paths", true);
        push(item, node.get("webhooks"), Kind::PathItem, Shape::Map, "webhooks", true);
        push(item, node.get("x-webhooks"), Kind::PathItem, Shape::Map, "x-webhooks", true);
        push(item, node.get("components"), Kind::Components, Shape::Single, "components");
        return;
    case Kind::Components: {
        static constexpr std::pair<std::string_view, Kind> Sections[] = {
            {"schemas", Kind::Schema},
            {"responses", Kind::Response},
            {"parameters", Kind::Parameter},
            {"examples", Kind::Example},
            {"requestBodies", Kind::RequestBody},
            {"headers", Kind::Header},
            {"securitySchemes", Kind::SecurityScheme},
            {"links", Kind::Link},
            {"callbacks", Kind::Callback},
            {"pathItems", Kind::PathItem},
        };
        for (const auto &[key, kind] : Sections)
            push(item, node.get(key), kind, Shape::ComponentMap, key);
        return;
    }
    case Kind::PathItem:
        for (std::string_view method : Methods)
            push(item, node.get(method), Kind::Operation, Shape::Single, method);
        push(item, node.get("parameters"), Kind::Parameter, Shape::List, "parameters");
        return;
    case Kind::Operation:
        push(item, node.get("parameters"), Kind::Parameter, Shape::List, "parameters");
        push(item, node.get("requestBody"), Kind::RequestBody, Shape::Single, "requestBody");
        push(item, node.get("responses"), Kind::Response, Shape::Map, "responses", true);
        push(item, node.get("callbacks"), Kind::Callback, Shape::Map, "callbacks");
        return;
    case Kind::Parameter:
    case Kind::Header:
        push(item, node.get("schema"), Kind::Schema, Shape::Single, "schema");
        push(item, node.get("content"), Kind::MediaType, Shape::Map, "content");
        push(item, node.get("examples"), Kind::Example, Shape::Map, "examples");
        if (!node.get("schema")) // Swagger-2-style parameter: its items are a schema too
            push(item, node.get("items"), Kind::Schema, Shape::Single, "items");
        return;
    case Kind::RequestBody:
        push(item, node.get("content"), Kind::MediaType, Shape::Map, "content");
        return;
    case Kind::MediaType:
        push(item, node.get("schema"), Kind::Schema, Shape::Single, "schema");
        push(item, node.get("examples"), Kind::Example, Shape::Map, "examples");
        push(item, node.get("encoding"), Kind::Encoding, Shape::Map, "encoding");
        return;
    case Kind::Encoding:
        push(item, node.get("headers"), Kind::Header, Shape::Map, "headers");
        return;
    case Kind::Response:
        push(item, node.get("headers"), Kind::Header, Shape::Map, "headers");
        push(item, node.get("content"), Kind::MediaType, Shape::Map, "content");
        push(item, node.get("links"), Kind::Link, Shape::Map, "links");
        return;
    case Kind::Callback:
        for (const JsonMember &member : node.members()) {
            if (!isExtension(member.key()))
                push(item, &member.value, Kind::PathItem, Shape::Single, member.key());
        }
        return;
    case Kind::Schema:
        walkSchema(item);
        return;
    case Kind::Example:
    case Kind::Link:
    case Kind::SecurityScheme:
        return;
    }
}

ReferenceWalker::Target ReferenceWalker::resolve(const SourceDocument *from,
                                                 std::string_view text,
                                                 quint32 hops)
{
    // Only whole chains are remembered: a result reached part-way down a chain would hide how
    // many hops it took from the start.
    const std::string key(text);
    if (hops == 0) {
        const auto &memo = m_memo[from];
        if (const auto it = memo.find(key); it != memo.end())
            return it->second;
    }
    const std::string progressKey = std::to_string(quintptr(from)) + '\n' + key;
    if (!m_inProgress.insert(progressKey).second) {
        Target circular;
        circular.status = RefStatus::CircularChain;
        return circular;
    }
    Target target = resolveOnce(from, text, hops);
    m_inProgress.erase(progressKey);
    // Set at every level of the chain as it unwinds, so that it names the reference reported.
    if (target.status == RefStatus::CircularChain)
        target.problem = tr("%1 leads back to itself through other references without reaching "
                            "a value")
                             .arg(fromUtf8(text));
    if (hops == 0)
        m_memo[from].emplace(key, target);
    return target;
}

ReferenceWalker::Target ReferenceWalker::resolveOnce(const SourceDocument *from,
                                                     std::string_view text,
                                                     quint32 hops)
{
    Target target;
    const QString shown = fromUtf8(text);
    const size_t hash = text.find('#');
    const std::string_view uriPart = text.substr(0, hash);
    const std::string_view fragment
        = hash == std::string_view::npos ? std::string_view() : text.substr(hash + 1);

    const SourceDocument *source = from;
    if (!uriPart.empty()) {
        const QUrl relative(fromUtf8(uriPart), QUrl::StrictMode);
        if (!relative.isValid()) {
            target.status = RefStatus::Invalid;
            target.problem = tr("%1 is not a valid reference").arg(shown);
            return target;
        }
        QUrl absolute = from->url().resolved(relative);
        absolute.setFragment(QString());
        const QString scheme = absolute.scheme().toLower();
        if (!absolute.isLocalFile() && scheme != u"http" && scheme != u"https") {
            target.status = RefStatus::Unsupported;
            target.problem = tr("%1 uses the \"%2\" scheme; only files and http(s) are followed")
                                 .arg(shown, scheme);
            return target;
        }
        if (const auto reason = forbiddenReason(absolute)) {
            target.status = RefStatus::Forbidden;
            target.problem = *reason;
            target.forbiddenCode = absolute.isLocalFile() ? DiagnosticCode::ExternalRefForbidden
                                                          : DiagnosticCode::RemoteRefForbidden;
            if (!m_document.m_forbiddenLocations.contains(absolute))
                m_document.m_forbiddenLocations.append(absolute);
            return target;
        }
        const auto loaded = documentAt(absolute);
        if (!loaded) {
            target.status = RefStatus::DocumentFailed;
            target.problem = tr("%1 cannot be resolved: %2").arg(shown, loaded.error().message);
            return target;
        }
        source = *loaded;
    }

    const JsonNode *root
        = source == &m_document.main() ? m_document.root().node : source->tree().root();
    const JsonNode *node = root;
    QString pointer;
    if (!fragment.empty()) {
        if (fragment.front() != '/') {
            target.status = RefStatus::Unsupported;
            target.problem
                = tr("%1 names an anchor; plain-name fragments are not resolved").arg(shown);
            return target;
        }
        const auto decoded = JsonPointer::fromUriFragment(fragment);
        const auto tokens = decoded ? JsonPointer::parse(*decoded) : std::nullopt;
        if (!tokens) {
            target.status = RefStatus::Invalid;
            target.problem = tr("%1 is not a valid JSON pointer").arg(shown);
            return target;
        }
        for (const std::string &token : *tokens)
            pointer = JsonPointer::append(pointer, std::string_view(token));
        node = JsonPointer::evaluate(root, *tokens, &m_memberIndex);
    }
    const QString sourceName = m_document.displayName(source);
    target.pointer = pointer;
    target.location = sourceName + u'#' + pointer;
    if (!node) {
        // Name the first step that fails: that is what the author has to fix.
        const auto tokens = JsonPointer::parse(*JsonPointer::fromUriFragment(fragment));
        QString reached;
        const JsonNode *at = root;
        QString missing;
        for (const std::string &token : *tokens) {
            const JsonNode *next = JsonPointer::evaluate(at, {token}, &m_memberIndex);
            if (!next) {
                missing = QString::fromStdString(token);
                break;
            }
            reached = JsonPointer::append(reached, std::string_view(token));
            at = next;
        }
        const QString where = (sourceName.isEmpty() ? QString() : sourceName + u'#')
                              + (reached.isEmpty() ? QStringLiteral("/") : reached);
        target.status = RefStatus::Dangling;
        target.problem = tr("%1 cannot be resolved: %2 has no \"%3\"").arg(shown, where, missing);
        return target;
    }

    // The target may itself be a reference: follow the chain to a value.
    if (const JsonNode *next = node->isObject() ? node->get("$ref") : nullptr;
        next && next->isString()) {
        if (hops + 1 >= m_options.limits.maxRefHops) {
            target.status = RefStatus::HopLimit;
            target.problem = tr("%1 goes through more than %2 references (the limit)")
                                 .arg(shown)
                                 .arg(m_options.limits.maxRefHops);
            return target;
        }
        return resolve(source, next->stringView(), hops + 1);
    }
    target.node = NodeRef{source, node};
    target.status = RefStatus::Resolved;
    return target;
}

std::optional<QString> ReferenceWalker::forbiddenReason(const QUrl &target) const
{
    const QUrl &mainUrl = m_document.main().url();
    const bool mainIsRemote = !mainUrl.isLocalFile();
    if (target.isLocalFile()) {
        if (mainIsRemote)
            return tr("%1 is a local file, and a downloaded document may not read local files")
                .arg(target.toLocalFile());
        if (m_options.allowFilesOutsideFolder)
            return std::nullopt;
        const QString folder = QFileInfo(mainUrl.toLocalFile()).canonicalPath();
        const QFileInfo info(target.toLocalFile());
        const QString path
            = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
        if (!folder.isEmpty() && path.startsWith(folder + u'/'))
            return std::nullopt;
        return tr("%1 is outside the document's folder; allow references outside it to follow it")
            .arg(target.toLocalFile());
    }
    // http(s): every fetch beyond the document the user chose needs consent, even one beside
    // a downloaded document.
    if (m_options.allowRemoteRefs)
        return std::nullopt;
    return tr("%1 is a remote (http) reference; allow remote references to follow it")
        .arg(target.toDisplayString());
}

Result<const SourceDocument *> ReferenceWalker::documentAt(const QUrl &url)
{
    const QString key = url.toString(QUrl::FullyEncoded);
    if (const auto it = m_documents.constFind(key); it != m_documents.cend())
        return *it;
    Result<const SourceDocument *> loaded;
    if (url == m_document.main().url()) {
        loaded = &m_document.main();
    } else if (m_document.sources().size() > m_options.limits.maxReferencedDocuments) {
        loaded = makeError(Error::Code::Limit,
                           tr("more than %1 documents are referenced (the limit)")
                               .arg(m_options.limits.maxReferencedDocuments),
                           -1,
                           DiagnosticCode::DocumentCountLimit);
    } else {
        loaded = m_loader(url);
    }
    m_documents.insert(key, loaded);
    if (!loaded) {
        const QString name = url.isLocalFile() ? url.toLocalFile() : url.toDisplayString();
        report(Diagnostic::Severity::Error,
               loaded.error().diagnostic == DiagnosticCode::DocumentCountLimit
                   ? DiagnosticCode::DocumentCountLimit
                   : DiagnosticCode::ExternalDocumentFailed,
               tr("The referenced document %1 could not be loaded: %2")
                   .arg(name, loaded.error().message),
               nullptr,
               QString(),
               nullptr);
    }
    return loaded;
}

void ReferenceWalker::markCircularReferences()
{
    // Tarjan's strongly connected components, iteratively, over the reference graph.
    const size_t vertexCount = m_vertices.size();
    const int count = int(vertexCount);
    std::vector<std::vector<int>> adjacency(vertexCount);
    for (const Edge &edge : m_edges)
        if (edge.from >= 0)
            adjacency[size_t(edge.from)].push_back(edge.to);
    std::vector<int> index(vertexCount, -1);
    std::vector<int> low(vertexCount, 0);
    std::vector<int> component(vertexCount, -1);
    std::vector<bool> onStack(vertexCount, false);
    std::vector<int> stack;
    int nextIndex = 0;
    int components = 0;
    struct Frame
    {
        int vertex;
        size_t next;
    };
    for (int start = 0; start < count; ++start) {
        if (index[size_t(start)] >= 0)
            continue;
        std::vector<Frame> frames{{start, 0}};
        index[size_t(start)] = low[size_t(start)] = nextIndex++;
        stack.push_back(start);
        onStack[size_t(start)] = true;
        while (!frames.empty()) {
            Frame &frame = frames.back();
            const auto &out = adjacency[size_t(frame.vertex)];
            if (frame.next < out.size()) {
                const int to = out[frame.next++];
                if (index[size_t(to)] < 0) {
                    index[size_t(to)] = low[size_t(to)] = nextIndex++;
                    stack.push_back(to);
                    onStack[size_t(to)] = true;
                    frames.push_back({to, 0});
                } else if (onStack[size_t(to)]) {
                    low[size_t(frame.vertex)]
                        = std::min(low[size_t(frame.vertex)], index[size_t(to)]);
                }
                continue;
            }
            const int vertex = frame.vertex;
            if (low[size_t(vertex)] == index[size_t(vertex)]) {
                int member = -1;
                do {
                    member = stack.back();
                    stack.pop_back();
                    onStack[size_t(member)] = false;
                    component[size_t(member)] = components;
                } while (member != vertex);
                ++components;
            }
            frames.pop_back();
            if (!frames.empty()) {
                const int parent = frames.back().vertex;
                low[size_t(parent)] = std::min(low[size_t(parent)], low[size_t(vertex)]);
            }
        }
    }

    const auto componentCount = size_t(components);
    std::vector<bool> recursive(componentCount, false);
    for (const Edge &edge : m_edges) {
        if (edge.from < 0 || component[size_t(edge.from)] != component[size_t(edge.to)])
            continue;
        recursive[size_t(component[size_t(edge.to)])] = true;
        auto it = m_document.m_references.find(edge.reference);
        if (it != m_document.m_references.end())
            it->circular = true;
    }
    // One note per cycle, naming its members.
    std::vector<std::vector<int>> members(componentCount);
    for (int v = 0; v < count; ++v)
        if (recursive[size_t(component[size_t(v)])])
            members[size_t(component[size_t(v)])].push_back(v);
    for (auto &cycle : members) {
        if (cycle.empty())
            continue;
        QStringList names;
        for (int v : cycle)
            names << m_document.displayName(m_vertices[size_t(v)].node.source) + u'#'
                         + m_vertices[size_t(v)].pointer;
        names.sort();
        const int first = cycle.front();
        QStringList shown = names.mid(0, 6);
        if (names.size() > 6)
            shown << tr("and %n more", nullptr, int(names.size() - 6));
        report(Diagnostic::Severity::Info,
               DiagnosticCode::RecursiveSchema,
               names.size() == 1
                   ? tr("%1 refers to itself (a recursive structure)").arg(names.front())
                   : tr("These refer to each other in a cycle (a recursive structure): %1")
                         .arg(shown.join(u", ")),
               m_vertices[size_t(first)].node.source,
               m_vertices[size_t(first)].pointer,
               m_vertices[size_t(first)].node.node);
    }
}

void ReferenceWalker::report(Diagnostic::Severity severity,
                             DiagnosticCode code,
                             const QString &message,
                             const SourceDocument *source,
                             const QString &pointer,
                             const JsonNode *at)
{
    m_document.m_diagnostics.append(
        m_document.diagnostic(severity, code, message, pointer, NodeRef{source, at}));
}

} // namespace Oxa
