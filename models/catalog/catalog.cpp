// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog.h"

#include "core/enumnames.h"
#include "core/logging.h"
#include "document/jsonpointer.h"
#include "document/swaggerconverter.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace Oxa {

namespace {

constexpr std::string_view Methods[]
    = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

bool isExtension(std::string_view key)
{
    return key.size() >= 2 && key[0] == 'x' && key[1] == '-';
}

QString text(const NodeRef &node)
{
    return node && node->isString() ? node->toString() : QString();
}

bool flag(const NodeRef &node)
{
    return node && node->toBool();
}

/** Sort key of a response code: specific codes, then their range, …, then "default". */
std::pair<double, QString> responseOrder(const QString &code)
{
    bool numeric = false;
    const int value = code.toInt(&numeric);
    if (numeric)
        return {double(value), code};
    if (code.size() == 3 && code.at(0).isDigit()
        && code.mid(1).compare(u"XX", Qt::CaseInsensitive) == 0)
        return {code.at(0).digitValue() * 100 + 99.5, code};
    if (code == u"default")
        return {1000.0, code};
    return {999.0, code};
}

QString synthesiseOperationId(const QString &method, const QString &path)
{
    auto capitalised = [](QStringView text) {
        QString out;
        bool upper = true;
        for (QChar c : text) {
            if (!c.isLetterOrNumber()) {
                upper = true;
                continue;
            }
            out += upper ? c.toUpper() : c;
            upper = false;
        }
        return out;
    };
    QString id = method.toLower();
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment.startsWith(u'{') && segment.endsWith(u'}'))
            id += u"By" + capitalised(QStringView(segment).mid(1, segment.size() - 2));
        else
            id += capitalised(segment);
    }
    if (id == method.toLower())
        id += u"Root";
    return id;
}

/** Two parameters are the same when their name and location are (OpenAPI's rule). */
bool sameParameter(const Parameter &a, const Parameter &b)
{
    return a.name == b.name && a.location == b.location;
}

QStringList templateNames(const QString &path)
{
    QStringList names;
    qsizetype at = 0;
    while ((at = path.indexOf(u'{', at)) >= 0) {
        const qsizetype end = path.indexOf(u'}', at);
        if (end < 0)
            break;
        names << path.mid(at + 1, end - at - 1);
        at = end + 1;
    }
    return names;
}

} // namespace

QString SchemaSummary::text() const
{
    QString out = referenceName.isEmpty()
                      ? type
                      : (type.isEmpty() || type == u"object" ? referenceName : type);
    if (!format.isEmpty())
        out += QStringLiteral(" (%1)").arg(format);
    if (nullable)
        out += Catalog::tr(", nullable");
    return out;
}

namespace {

constexpr NamedValue<ParameterLocation> kLocations[] = {
    {ParameterLocation::Path, "path"},
    {ParameterLocation::Query, "query"},
    {ParameterLocation::Header, "header"},
    {ParameterLocation::Cookie, "cookie"},
};

} // namespace

const char *parameterLocationName(ParameterLocation location)
{
    return nameOf(kLocations, location, "query");
}

std::optional<ParameterLocation> parameterLocationNamed(QStringView name)
{
    return valueNamed(kLocations, name);
}

QStringList Operation::requestBodyContentTypes() const
{
    QStringList types;
    if (requestBody)
        for (const MediaType &media : requestBody->content)
            types << media.name;
    return types;
}

QString mediaSchemaPointer(const QString &owner, const QString &mediaName)
{
    return JsonPointer::append(JsonPointer::append(owner, u"content"), mediaName)
           + QStringLiteral("/schema");
}

const MediaType *mediaForContentType(const QList<MediaType> &content, QStringView contentType)
{
    const QString type = contentType.split(u';').front().trimmed().toString().toLower();
    const QString family = type.section(u'/', 0, 0) + QStringLiteral("/*");
    for (const QString &wanted : {type, family, QStringLiteral("*/*")}) {
        if (wanted.isEmpty())
            continue;
        for (const MediaType &media : content) {
            if (QStringView(media.name)
                    .split(u';')
                    .front()
                    .trimmed()
                    .compare(wanted, Qt::CaseInsensitive)
                == 0)
                return &media;
        }
    }
    return nullptr;
}

const SecurityScheme *Catalog::securityScheme(QStringView name) const
{
    for (const SecurityScheme &scheme : m_securitySchemes) {
        if (scheme.name == name)
            return &scheme;
    }
    return nullptr;
}

const Response *Operation::responseFor(int status) const
{
    const QString code = QString::number(status);
    const QString range = code.left(1) + QStringLiteral("XX");
    for (const QString &wanted : {code, range, QStringLiteral("default")}) {
        for (const Response &response : responses) {
            if (response.code.compare(wanted, Qt::CaseInsensitive) == 0)
                return &response;
        }
    }
    return nullptr;
}

QStringList Operation::responseCodes() const
{
    QStringList codes;
    for (const Response &response : responses)
        codes << response.code;
    return codes;
}

const Operation *Catalog::operationByKey(QStringView key) const
{
    const auto it = m_byKey.constFind(key.toString());
    return it == m_byKey.cend() ? nullptr : &m_operations.at(*it);
}

const Operation *Catalog::operationAt(QStringView pointer) const
{
    if (!pointer.startsWith(u"/paths/"))
        return nullptr;
    for (int segments : {3, 2}) {
        const auto it = m_byPointer.constFind(JsonPointer::prefix(pointer, segments).toString());
        if (it != m_byPointer.cend())
            return &m_operations.at(*it);
    }
    return nullptr;
}

QList<const Operation *> Catalog::operationsById(QStringView operationId) const
{
    QList<const Operation *> found;
    for (const Operation &operation : m_operations)
        if (operation.operationId == operationId)
            found << &operation;
    return found;
}

/** Fills a Catalog; one instance per build. */
class CatalogBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CatalogBuilder)

public:
    CatalogBuilder(Catalog &catalog, const LoadLimits &limits, Diagnostics &diagnostics)
        : m_catalog(catalog)
        , m_document(*catalog.m_document)
        , m_limits(limits)
        , m_diagnostics(diagnostics)
    {}

    void run();

private:
    /** A path item whose $ref target is merged under its own members (its own win). */
    struct PathItem
    {
        NodeRef local;
        NodeRef target;
        NodeRef get(std::string_view key) const
        {
            if (local && key != "$ref")
                if (NodeRef own = local.get(key))
                    return own;
            return target ? target.get(key) : NodeRef{};
        }
    };

    void note(Diagnostic::Severity severity,
              DiagnosticCode code,
              const QString &message,
              const QString &pointer,
              const NodeRef &at);
    NodeRef resolve(const NodeRef &node) const { return m_document.resolve(node); }
    void readInfo();
    void readServers(const NodeRef &list, QList<Server> &servers) const;
    void readSecuritySchemes();
    void readSecurity(const NodeRef &list, const QString &pointer, QList<SecurityRequirement> &out);
    void readTags();
    void readPaths(const NodeRef &paths, const QString &base, bool webhooks);
    bool addOperation(Operation operation, bool webhook);
    Operation buildOperation(const QString &method,
                             const QString &path,
                             const NodeRef &node,
                             const PathItem &item,
                             const QList<Parameter> &inherited,
                             const QString &pointer,
                             bool webhook);
    QList<Parameter> collectParameters(const NodeRef &list,
                                       const QString &listPointer,
                                       bool inherited);
    void checkUndeclaredPathParameters(const QList<Parameter> &parameters,
                                       const QString &path,
                                       const NodeRef &at);
    std::optional<Parameter> buildParameter(const NodeRef &raw,
                                            const QString &pointer,
                                            bool inherited);
    QList<MediaType> readContent(const NodeRef &content);
    Response buildResponse(const QString &code, const NodeRef &raw, const QString &pointer);
    SchemaSummary summarise(const NodeRef &schema, int depth = 0) const;
    void classify(Operation &operation, const NodeRef &node);
    void finish();

    Catalog &m_catalog;
    const SpecDocument &m_document;
    const LoadLimits &m_limits;
    Diagnostics &m_diagnostics;
    QSet<const JsonNode *> m_reportedParameters;
    bool m_limitReported = false;
};

void CatalogBuilder::note(Diagnostic::Severity severity,
                          DiagnosticCode code,
                          const QString &message,
                          const QString &pointer,
                          const NodeRef &at)
{
    m_diagnostics.append(m_document.diagnostic(severity, code, message, pointer, at));
}

void CatalogBuilder::readInfo()
{
    DocumentInfo &info = m_catalog.m_info;
    const NodeRef root = m_document.root();
    const NodeRef infoNode = root.get("info");
    info.title = text(infoNode.get("title"));
    info.version = scalarText(infoNode.get("version"));
    info.summary = text(infoNode.get("summary"));
    info.description = text(infoNode.get("description"));
    info.specVersion = m_document.version();
    info.specVersionText = m_document.versionText();
    if (!infoNode || !infoNode->isObject())
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::MissingField,
             tr("The document has no info object (title and version)"),
             QString(),
             root);
    else if (info.title.isEmpty())
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::MissingField,
             tr("The document has no title"),
             QStringLiteral("/info"),
             infoNode);
}

void CatalogBuilder::readServers(const NodeRef &list, QList<Server> &servers) const
{
    if (!list || !list->isArray())
        return;
    for (const JsonNode &item : list->items()) {
        const NodeRef server{list.source, &item};
        if (!item.isObject())
            continue;
        Server out;
        out.url = text(server.get("url"));
        out.description = text(server.get("description"));
        const NodeRef variables = server.get("variables");
        for (const JsonMember &member : variables.members()) {
            const NodeRef variable{list.source, &member.value};
            ServerVariable v;
            v.name = member.keyString();
            v.defaultValue = scalarText(variable.get("default"));
            v.description = text(variable.get("description"));
            const NodeRef values = variable.get("enum");
            if (values && values->isArray())
                for (const JsonNode &value : values.items())
                    v.enumValues << scalarText(NodeRef{list.source, &value});
            out.variables << v;
        }
        servers << out;
    }
}

void CatalogBuilder::readSecuritySchemes()
{
    const NodeRef schemes = m_document.root().get("components").get("securitySchemes");
    for (const JsonMember &member : schemes.members()) {
        const NodeRef node = resolve(NodeRef{schemes.source, &member.value});
        if (!node || !node->isObject())
            continue;
        SecurityScheme scheme;
        scheme.name = member.keyString();
        scheme.type = text(node.get("type"));
        scheme.description = text(node.get("description"));
        scheme.scheme = text(node.get("scheme"));
        scheme.bearerFormat = text(node.get("bearerFormat"));
        scheme.in = text(node.get("in"));
        scheme.parameterName = text(node.get("name"));
        scheme.openIdConnectUrl = text(node.get("openIdConnectUrl"));
        const NodeRef flows = node.get("flows");
        for (const JsonMember &flowMember : flows.members()) {
            const NodeRef flowNode{flows.source, &flowMember.value};
            OAuthFlow flow;
            flow.type = flowMember.keyString();
            flow.authorizationUrl = text(flowNode.get("authorizationUrl"));
            flow.tokenUrl = text(flowNode.get("tokenUrl"));
            flow.refreshUrl = text(flowNode.get("refreshUrl"));
            const NodeRef scopes = flowNode.get("scopes");
            for (const JsonMember &scope : scopes.members())
                flow.scopes << qMakePair(scope.keyString(), scope.value.toString());
            scheme.flows << flow;
        }
        m_catalog.m_securitySchemes << scheme;
    }
}

void CatalogBuilder::readSecurity(const NodeRef &list,
                                  const QString &pointer,
                                  QList<SecurityRequirement> &out)
{
    if (!list || !list->isArray())
        return;
    const auto items = list->items();
    for (quint32 i = 0; i < items.size(); ++i) {
        SecurityRequirement requirement;
        for (const JsonMember &member : items[i].members()) {
            const QString name = member.keyString();
            QStringList scopes;
            for (const JsonNode &scope : member.value.items())
                scopes << scope.toString();
            requirement.schemes << qMakePair(name, scopes);
            const bool known
                = std::any_of(m_catalog.m_securitySchemes.cbegin(),
                              m_catalog.m_securitySchemes.cend(),
                              [&name](const SecurityScheme &s) { return s.name == name; });
            if (!known)
                note(Diagnostic::Severity::Warning,
                     DiagnosticCode::UnknownSecurityScheme,
                     tr("The security requirement names \"%1\", which is not a declared security "
                        "scheme")
                         .arg(name),
                     JsonPointer::append(JsonPointer::append(pointer, qsizetype(i)), name),
                     NodeRef{list.source, &member.value});
        }
        out << requirement;
    }
}

void CatalogBuilder::readTags()
{
    const NodeRef tags = m_document.root().get("tags");
    if (!tags || !tags->isArray())
        return;
    const auto items = tags->items();
    for (quint32 i = 0; i < items.size(); ++i) {
        const NodeRef node{tags.source, &items[i]};
        Tag tag;
        tag.name = text(node.get("name"));
        if (tag.name.isEmpty())
            continue;
        tag.description = text(node.get("description"));
        tag.declared = true;
        const QString pointer = JsonPointer::append(QStringLiteral("/tags"), qsizetype(i));
        if (const NodeRef capability = node.get("x-oxa-capability")) {
            tag.capability = capabilityFromName(text(capability));
            if (!tag.capability)
                note(Diagnostic::Severity::Warning,
                     DiagnosticCode::UnknownCapability,
                     tr("x-oxa-capability \"%1\" is not one of enrichment, response, telemetry, "
                        "administration, other")
                         .arg(scalarText(capability)),
                     JsonPointer::append(pointer, u"x-oxa-capability"),
                     capability);
        }
        if (const NodeRef risk = node.get("x-oxa-risk")) {
            tag.risk = riskFromName(text(risk));
            if (!tag.risk)
                note(Diagnostic::Severity::Warning,
                     DiagnosticCode::UnknownRisk,
                     tr("x-oxa-risk \"%1\" is not one of read, write, response, destructive")
                         .arg(scalarText(risk)),
                     JsonPointer::append(pointer, u"x-oxa-risk"),
                     risk);
        }
        m_catalog.m_tags << tag;
    }
}

SchemaSummary CatalogBuilder::summarise(const NodeRef &schema, int depth) const
{
    SchemaSummary summary;
    if (!schema || depth > 4)
        return summary;
    NodeRef node = schema;
    if (const ResolvedRef *ref = m_document.reference(schema.node)) {
        const qsizetype slash = ref->location.lastIndexOf(u'/');
        if (ref->location.contains(u"/schemas/") || ref->location.contains(u"/definitions/"))
            summary.referenceName = ref->location.mid(slash + 1)
                                        .replace(QStringLiteral("~1"), QStringLiteral("/"))
                                        .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (ref->status != RefStatus::Resolved) {
            summary.type = tr("unresolved");
            return summary;
        }
        node = ref->target;
        summary.nullable = flag(schema.get("nullable"));
    }
    if (!node->isObject())
        return summary;

    QStringList types;
    const NodeRef type = node.get("type");
    if (type && type->isString()) {
        types << type->toString();
    } else if (type && type->isArray()) {
        for (const JsonNode &t : type->items())
            types << t.toString();
    }
    if (types.removeAll(QStringLiteral("null")) > 0)
        summary.nullable = true;
    if (flag(node.get("nullable")) || flag(node.get("x-nullable")))
        summary.nullable = true;

    // anyOf/oneOf [X, {type: null}] is "X or null".
    if (types.isEmpty()) {
        for (std::string_view combinator : {"anyOf", "oneOf"}) {
            const NodeRef list = node.get(combinator);
            if (!list || !list->isArray() || list->size() != 2)
                continue;
            int nullIndex = -1;
            for (quint32 i = 0; i < 2; ++i) {
                const JsonNode *t = list->at(i)->get("type");
                if (t
                    && (t->equals("null")
                        || (t->isArray() && t->size() == 1 && t->at(0)->equals("null"))))
                    nullIndex = int(i);
            }
            if (nullIndex >= 0) {
                SchemaSummary inner
                    = summarise(NodeRef{list.source, list->at(quint32(1 - nullIndex))}, depth + 1);
                inner.nullable = true;
                if (inner.referenceName.isEmpty())
                    inner.referenceName = summary.referenceName;
                return inner;
            }
        }
    }
    if (types.isEmpty()) {
        if (node.get("properties") || node.get("additionalProperties"))
            types << QStringLiteral("object");
        else if (node.get("items") || node.get("prefixItems"))
            types << QStringLiteral("array");
        else if (node.get("allOf"))
            types << QStringLiteral("allOf");
        else if (node.get("oneOf"))
            types << QStringLiteral("oneOf");
        else if (node.get("anyOf"))
            types << QStringLiteral("anyOf");
        else if (const NodeRef constant = node.get("const"))
            types << QString::fromLatin1(JsonNode::typeName(constant->type()));
    }
    if (types.size() == 1 && types.front() == u"array") {
        const NodeRef items = node.get("items");
        if (items && items->isObject()) {
            const SchemaSummary inner = summarise(items, depth + 1);
            const QString itemType
                = !inner.referenceName.isEmpty() ? inner.referenceName : inner.type;
            types.front() = QStringLiteral("array<%1>")
                                .arg(itemType.isEmpty() ? QStringLiteral("any") : itemType);
        }
    }
    summary.type = types.join(u'|');
    summary.format = text(node.get("format"));
    const NodeRef values = node.get("enum");
    if (values && values->isArray()) {
        for (const JsonNode &value : values.items()) {
            if (value.isNull()) {
                summary.nullable = true;
                continue;
            }
            if (summary.enumValues.size() < 50)
                summary.enumValues << scalarText(NodeRef{values.source, &value});
        }
    }
    return summary;
}

QList<MediaType> CatalogBuilder::readContent(const NodeRef &content)
{
    QList<MediaType> list;
    if (!content || !content->isObject())
        return list;
    for (const JsonMember &member : content->members()) {
        const NodeRef media = resolve(NodeRef{content.source, &member.value});
        MediaType out;
        out.name = member.keyString();
        if (media && media->isObject()) {
            out.schema = media.get("schema");
            out.schemaSummary = summarise(out.schema);
            out.example = media.get("example");
            out.examples = media.get("examples");
            out.encoding = media.get("encoding");
        }
        list << out;
    }
    return list;
}

std::optional<Parameter> CatalogBuilder::buildParameter(const NodeRef &raw,
                                                        const QString &pointer,
                                                        bool inherited)
{
    const NodeRef node = resolve(raw);
    if (!node)
        return std::nullopt; // a broken reference, already reported
    if (!node->isObject()) {
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::UnexpectedType,
             tr("A parameter must be an object; this one is ignored"),
             pointer,
             raw);
        return std::nullopt;
    }
    Parameter parameter;
    parameter.pointer = pointer;
    parameter.inherited = inherited;
    parameter.name = text(node.get("name"));
    const QString in = text(node.get("in"));
    if (parameter.name.isEmpty() || in.isEmpty()) {
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::InvalidParameter,
             tr("A parameter needs a name and a location (in); this one is ignored"),
             pointer,
             raw);
        return std::nullopt;
    }
    if (const auto location = parameterLocationNamed(in)) {
        parameter.location = *location;
    } else {
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::InvalidParameter,
             in == u"body" || in == u"formData" ? tr("Parameter \"%1\" is in \"%2\", which only "
                                                     "Swagger 2.0 knows (OpenAPI 3 uses a request "
                                                     "body); it is ignored")
                                                      .arg(parameter.name, in)
                                                : tr("Parameter \"%1\" is in \"%2\", which is not "
                                                     "path, query, header or cookie; it is ignored")
                                                      .arg(parameter.name, in),
             JsonPointer::append(pointer, u"in"),
             node.get("in"));
        return std::nullopt;
    }
    parameter.required = flag(node.get("required"));
    parameter.deprecated = flag(node.get("deprecated"));
    parameter.allowEmptyValue = flag(node.get("allowEmptyValue"));
    parameter.description = text(node.get("description"));
    parameter.allowReserved = flag(node.get("allowReserved"));
    parameter.example = node.get("example");
    parameter.examples = node.get("examples");

    const bool queryLike = parameter.location == ParameterLocation::Query
                           || parameter.location == ParameterLocation::Cookie;
    QString style = queryLike ? QStringLiteral("form") : QStringLiteral("simple");
    std::optional<bool> explode;
    const bool firstReport = !m_reportedParameters.contains(node.node);
    m_reportedParameters.insert(node.node);

    if (const NodeRef schema = node.get("schema")) {
        parameter.schema = schema;
    } else if (const NodeRef content = node.get("content")) {
        parameter.content = readContent(content);
        if (!parameter.content.isEmpty()) {
            parameter.schema = parameter.content.front().schema;
        }
    } else if (auto legacy
               = SwaggerConverter::legacyParameter(m_catalog.m_synthetic->arena(), *node.node)) {
        // Swagger 2 in an OpenAPI 3 document: read type, format, enum, default… as a schema.
        parameter.schema = NodeRef{node.source, m_catalog.m_synthetic->store(legacy->schema)};
        parameter.swaggerStyle = true;
        if (!legacy->style.empty())
            style = QString::fromLatin1(legacy->style.data(), qsizetype(legacy->style.size()));
        explode = legacy->explode;
        if (firstReport) {
            note(Diagnostic::Severity::Info,
                 DiagnosticCode::SwaggerStyleParameter,
                 tr("Parameter \"%1\" is written in the Swagger 2 style (type without schema); it "
                    "is read "
                    "as a schema")
                     .arg(parameter.name),
                 pointer,
                 node);
            if (legacy->nullableExtension)
                note(Diagnostic::Severity::Info,
                     DiagnosticCode::NullableNormalised,
                     tr("Parameter \"%1\": x-nullable is read as nullable").arg(parameter.name),
                     JsonPointer::append(pointer, u"x-nullable"),
                     node.get("x-nullable"));
            if (legacy->tabSeparated)
                note(Diagnostic::Severity::Warning,
                     DiagnosticCode::InvalidParameter,
                     tr("Parameter \"%1\": collectionFormat tsv has no OpenAPI 3 equivalent; "
                        "values are "
                        "joined with commas")
                         .arg(parameter.name),
                     JsonPointer::append(pointer, u"collectionFormat"),
                     node.get("collectionFormat"));
        }
    } else if (firstReport) {
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::MissingField,
             tr("Parameter \"%1\" has neither a schema nor content; any value is accepted")
                 .arg(parameter.name),
             pointer,
             node);
    }
    if (const NodeRef explicitStyle = node.get("style"); explicitStyle && explicitStyle->isString())
        style = explicitStyle->toString();
    parameter.style = style;
    if (const NodeRef explicitExplode = node.get("explode");
        explicitExplode && explicitExplode->isBool())
        explode = explicitExplode->toBool();
    parameter.explode = explode.value_or(style == u"form");
    parameter.schemaSummary = summarise(parameter.schema);

    if (parameter.location == ParameterLocation::Path && !parameter.required) {
        parameter.required = true;
        if (firstReport)
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::InvalidParameter,
                 tr("Path parameter \"%1\" is not marked required; path parameters always are")
                     .arg(parameter.name),
                 pointer,
                 node);
    }
    return parameter;
}

Response CatalogBuilder::buildResponse(const QString &code,
                                       const NodeRef &raw,
                                       const QString &pointer)
{
    Response response;
    response.code = code;
    response.pointer = pointer;
    const NodeRef node = resolve(raw);
    if (!node || !node->isObject())
        return response;
    response.description = text(node.get("description"));
    response.content = readContent(node.get("content"));
    const NodeRef headers = node.get("headers");
    for (const JsonMember &member : headers.members()) {
        const NodeRef headerNode = resolve(NodeRef{headers.source, &member.value});
        if (!headerNode || !headerNode->isObject())
            continue;
        Header header;
        header.name = member.keyString();
        header.description = text(headerNode.get("description"));
        header.required = flag(headerNode.get("required"));
        header.deprecated = flag(headerNode.get("deprecated"));
        header.schema = headerNode.get("schema");
        if (!header.schema) {
            if (auto legacy = SwaggerConverter::legacyParameter(m_catalog.m_synthetic->arena(),
                                                                *headerNode.node))
                header.schema
                    = NodeRef{headerNode.source, m_catalog.m_synthetic->store(legacy->schema)};
        }
        header.schemaSummary = summarise(header.schema);
        response.headers << header;
    }
    const NodeRef links = node.get("links");
    for (const JsonMember &member : links.members()) {
        const NodeRef linkNode = resolve(NodeRef{links.source, &member.value});
        if (!linkNode || !linkNode->isObject())
            continue;
        Link link;
        link.name = member.keyString();
        link.operationId = text(linkNode.get("operationId"));
        link.operationRef = text(linkNode.get("operationRef"));
        link.description = text(linkNode.get("description"));
        link.parameters = linkNode.get("parameters");
        link.requestBody = linkNode.get("requestBody");
        response.links << link;
    }
    return response;
}

void CatalogBuilder::classify(Operation &operation, const NodeRef &node)
{
    ClassificationInput input;
    input.method = operation.method;
    input.path = operation.path;
    input.operationId = operation.operationId;
    input.summary = operation.summary;
    input.tags = operation.tags;
    if (const NodeRef capability = node.get("x-oxa-capability")) {
        input.capability = capabilityFromName(text(capability));
        if (!input.capability)
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::UnknownCapability,
                 tr("x-oxa-capability \"%1\" is not one of enrichment, response, telemetry, "
                    "administration, "
                    "other; the heuristics decide")
                     .arg(scalarText(capability)),
                 JsonPointer::append(operation.pointer, u"x-oxa-capability"),
                 capability);
    }
    if (const NodeRef risk = node.get("x-oxa-risk")) {
        input.risk = riskFromName(text(risk));
        if (!input.risk)
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::UnknownRisk,
                 tr("x-oxa-risk \"%1\" is not one of read, write, response, destructive; the "
                    "heuristics "
                    "decide")
                     .arg(scalarText(risk)),
                 JsonPointer::append(operation.pointer, u"x-oxa-risk"),
                 risk);
    }
    for (const QString &name : operation.tags) {
        for (const Tag &tag : m_catalog.m_tags) {
            if (tag.name != name)
                continue;
            if (tag.capability && !input.tagCapability) {
                input.tagCapability = tag.capability;
                input.tagWithCapability = name;
            }
            if (tag.risk && !input.tagRisk) {
                input.tagRisk = tag.risk;
                input.tagWithRisk = name;
            }
        }
    }
    const Classification result = OperationClassifier::classify(input);
    operation.capability = result.capability;
    operation.risk = result.risk;
    operation.capabilityReason = result.capabilityReason;
    operation.riskReason = result.riskReason;
}

QList<Parameter> CatalogBuilder::collectParameters(const NodeRef &list,
                                                   const QString &listPointer,
                                                   bool inherited)
{
    QList<Parameter> out;
    if (!list || !list->isArray())
        return out;
    const auto items = list->items();
    for (quint32 i = 0; i < items.size(); ++i) {
        const QString at = JsonPointer::append(listPointer, qsizetype(i));
        auto parameter = buildParameter(NodeRef{list.source, &items[i]}, at, inherited);
        if (!parameter)
            continue;
        const auto duplicate = std::find_if(out.cbegin(), out.cend(), [&](const Parameter &p) {
            return sameParameter(p, *parameter);
        });
        if (duplicate != out.cend()) {
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::DuplicateParameter,
                 tr("Parameter \"%1\" in %2 is declared twice; the first declaration is used")
                     .arg(parameter->name,
                          QLatin1String(parameterLocationName(parameter->location))),
                 at,
                 NodeRef{list.source, &items[i]});
            continue;
        }
        out << *parameter;
    }
    return out;
}

void CatalogBuilder::checkUndeclaredPathParameters(const QList<Parameter> &parameters,
                                                   const QString &path,
                                                   const NodeRef &at)
{
    const QStringList names = templateNames(path);
    for (const Parameter &parameter : parameters) {
        if (parameter.location == ParameterLocation::Path && !names.contains(parameter.name))
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::UndeclaredPathParameter,
                 tr("Path parameter \"%1\" does not appear in the path %2").arg(parameter.name, path),
                 parameter.pointer,
                 at);
    }
}

Operation CatalogBuilder::buildOperation(const QString &method,
                                         const QString &path,
                                         const NodeRef &raw,
                                         const PathItem &item,
                                         const QList<Parameter> &inherited,
                                         const QString &pointer,
                                         bool webhook)
{
    Operation operation;
    operation.webhook = webhook;
    operation.method = method.toUpper();
    operation.path = path;
    operation.key = operation.method + u' ' + path;
    operation.pointer = pointer;
    const NodeRef node = resolve(raw);
    operation.node = node;
    if (!node || !node->isObject())
        return operation;
    operation.operationId = text(node.get("operationId"));
    operation.summary = text(node.get("summary"));
    operation.description = text(node.get("description"));
    operation.deprecated = flag(node.get("deprecated"));
    if (const NodeRef tags = node.get("tags"); tags && tags->isArray())
        for (const JsonNode &tag : tags->items())
            if (tag.isString())
                operation.tags << tag.toString();

    // Parameters: the operation's, then the path item's that it does not override (same name
    // and location), as Swagger UI does. The path item's were read once, by readPaths().
    operation.parameters = collectParameters(node.get("parameters"),
                                             JsonPointer::append(pointer, u"parameters"),
                                             false);
    for (const Parameter &parameter : inherited) {
        const bool overridden
            = std::any_of(operation.parameters.cbegin(),
                          operation.parameters.cend(),
                          [&](const Parameter &own) { return sameParameter(own, parameter); });
        if (!overridden)
            operation.parameters << parameter;
    }
    if (!operation.webhook) {
        const QStringList names = templateNames(path);
        for (const QString &name : names) {
            const bool declared
                = std::any_of(operation.parameters.cbegin(),
                              operation.parameters.cend(),
                              [&](const Parameter &p) {
                                  return p.location == ParameterLocation::Path && p.name == name;
                              });
            if (!declared)
                note(Diagnostic::Severity::Warning,
                     DiagnosticCode::MissingPathParameter,
                     tr("The path has {%1}, but %2 declares no path parameter of that name")
                         .arg(name, operation.key),
                     pointer,
                     node);
        }
        QList<Parameter> own = operation.parameters;
        own.removeIf([](const Parameter &p) { return p.inherited; });
        checkUndeclaredPathParameters(own, path, node);
    }

    if (const NodeRef body = resolve(node.get("requestBody")); body && body->isObject()) {
        RequestBody requestBody;
        requestBody.description = text(body.get("description"));
        requestBody.required = flag(body.get("required"));
        requestBody.content = readContent(body.get("content"));
        requestBody.pointer = JsonPointer::append(pointer, u"requestBody");
        operation.requestBody = requestBody;
    }

    const NodeRef responses = node.get("responses");
    for (const JsonMember &member : responses.members()) {
        if (isExtension(member.key()))
            continue;
        operation.responses << buildResponse(member.keyString(),
                                             NodeRef{responses.source, &member.value},
                                             JsonPointer::append(JsonPointer::append(pointer,
                                                                                     u"responses"),
                                                                 member.key()));
    }
    std::stable_sort(operation.responses.begin(),
                     operation.responses.end(),
                     [](const Response &a, const Response &b) {
                         return responseOrder(a.code) < responseOrder(b.code);
                     });
    if (!responses && m_document.version() != SpecVersion::OpenApi31)
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::MissingField,
             tr("%1 has no responses").arg(operation.key),
             pointer,
             node);

    if (const NodeRef security = node.get("security"); security && security->isArray())
        readSecurity(security, JsonPointer::append(pointer, u"security"), operation.security);
    else
        operation.security = m_catalog.m_security;

    readServers(node.get("servers"), operation.servers);
    if (operation.servers.isEmpty())
        readServers(item.get("servers"), operation.servers);
    if (operation.servers.isEmpty())
        operation.servers = m_catalog.m_servers;
    if (operation.servers.isEmpty())
        operation.servers << Server{QStringLiteral("/"), QString(), {}};

    const NodeRef callbacks = node.get("callbacks");
    for (const JsonMember &member : callbacks.members()) {
        const NodeRef callback = resolve(NodeRef{callbacks.source, &member.value});
        for (const JsonMember &expression : callback.members()) {
            if (isExtension(expression.key()))
                continue;
            const NodeRef pathItem = resolve(NodeRef{callback.source, &expression.value});
            for (std::string_view callbackMethod : Methods) {
                const NodeRef callbackOperation = resolve(pathItem.get(callbackMethod));
                if (!callbackOperation)
                    continue;
                CallbackOperation out;
                out.name = member.keyString();
                out.expression = expression.keyString();
                out.method
                    = QString::fromLatin1(callbackMethod.data(), qsizetype(callbackMethod.size()))
                          .toUpper();
                out.summary = text(callbackOperation.get("summary"));
                out.pointer = JsonPointer::append(
                    JsonPointer::append(JsonPointer::append(JsonPointer::append(pointer,
                                                                                u"callbacks"),
                                                            member.key()),
                                        expression.key()),
                    callbackMethod);
                operation.callbacks << out;
            }
        }
    }
    return operation;
}

bool CatalogBuilder::addOperation(Operation operation, bool webhook)
{
    const qsizetype total = m_catalog.m_operations.size() + m_catalog.m_webhooks.size();
    if (total >= qsizetype(m_limits.maxOperations)) {
        if (!m_limitReported) {
            m_limitReported = true;
            note(Diagnostic::Severity::Error,
                 DiagnosticCode::OperationLimit,
                 tr("The document has more than %1 operations (the limit); the rest are left out")
                     .arg(m_limits.maxOperations),
                 operation.pointer,
                 operation.node);
        }
        return false;
    }
    operation.webhook = webhook;
    (webhook ? m_catalog.m_webhooks : m_catalog.m_operations) << std::move(operation);
    return true;
}

void CatalogBuilder::readPaths(const NodeRef &paths, const QString &base, bool webhooks)
{
    if (!paths)
        return;
    if (!paths->isObject()) {
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::UnexpectedType,
             tr("%1 must be an object").arg(base),
             base,
             paths);
        return;
    }
    for (const JsonMember &member : paths->members()) {
        if (isExtension(member.key()))
            continue;
        const QString path = member.keyString();
        const QString pointer = JsonPointer::append(base, path);
        const NodeRef local{paths.source, &member.value};
        if (!local->isObject())
            continue;
        PathItem item{local, {}};
        if (const JsonNode *ref = local->get("$ref"); ref && ref->isString()) {
            item.target = resolve(local);
            if (!item.target)
                continue; // broken, already reported
        }
        if (!webhooks && !path.startsWith(u'/'))
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::UnexpectedType,
                 tr("The path \"%1\" does not start with \"/\"").arg(path),
                 pointer,
                 local);
        // Read once for all the item's operations, so that their problems are reported once.
        const QList<Parameter> inherited
            = collectParameters(item.get("parameters"),
                                JsonPointer::append(pointer, u"parameters"),
                                true);
        if (!webhooks)
            checkUndeclaredPathParameters(inherited, path, local);
        for (std::string_view method : Methods) {
            const NodeRef operationNode = item.get(method);
            if (!operationNode)
                continue;
            if (!addOperation(buildOperation(QString::fromLatin1(method.data(),
                                                                 qsizetype(method.size())),
                                             path,
                                             operationNode,
                                             item,
                                             inherited,
                                             JsonPointer::append(pointer, method),
                                             webhooks),
                              webhooks))
                return;
        }
    }
}

void CatalogBuilder::finish()
{
    auto byPathThenMethod = [](const Operation &a, const Operation &b) {
        if (a.path != b.path)
            return a.path < b.path;
        return a.method < b.method;
    };
    std::stable_sort(m_catalog.m_operations.begin(), m_catalog.m_operations.end(), byPathThenMethod);
    std::stable_sort(m_catalog.m_webhooks.begin(), m_catalog.m_webhooks.end(), byPathThenMethod);

    // operationIds: duplicates are reported, missing ones synthesised from method and path.
    QHash<QString, const Operation *> seen;
    for (QList<Operation> *list : {&m_catalog.m_operations, &m_catalog.m_webhooks}) {
        for (const Operation &operation : std::as_const(*list)) {
            if (operation.operationId.isEmpty())
                continue;
            if (const Operation *first = seen.value(operation.operationId)) {
                note(Diagnostic::Severity::Warning,
                     DiagnosticCode::DuplicateOperationId,
                     tr("operationId \"%1\" is also used by %2; calls by operationId are ambiguous")
                         .arg(operation.operationId, first->key),
                     JsonPointer::append(operation.pointer, u"operationId"),
                     operation.node.get("operationId"));
                continue;
            }
            seen.insert(operation.operationId, &operation);
        }
    }
    for (QList<Operation> *list : {&m_catalog.m_operations, &m_catalog.m_webhooks}) {
        for (Operation &operation : *list) {
            if (!operation.operationId.isEmpty())
                continue;
            const QString base = synthesiseOperationId(operation.method, operation.path);
            QString id = base;
            for (int n = 2; seen.contains(id); ++n)
                id = base + u'_' + QString::number(n);
            operation.operationId = id;
            operation.operationIdSynthesised = true;
            seen.insert(id, &operation);
            note(Diagnostic::Severity::Info,
                 DiagnosticCode::SynthesisedOperationId,
                 tr("%1 has no operationId; it is called \"%2\" here").arg(operation.key, id),
                 operation.pointer,
                 operation.node);
        }
    }
    for (QList<Operation> *list : {&m_catalog.m_operations, &m_catalog.m_webhooks})
        for (Operation &operation : *list)
            classify(operation, operation.node);

    // Tags used by operations but not declared still group operations.
    QSet<QString> known;
    for (const Tag &tag : std::as_const(m_catalog.m_tags))
        known.insert(tag.name);
    for (const Operation &operation : std::as_const(m_catalog.m_operations)) {
        for (const QString &name : operation.tags) {
            if (!known.contains(name)) {
                known.insert(name);
                m_catalog.m_tags << Tag{name, QString(), std::nullopt, std::nullopt, false};
            }
        }
    }
    for (qsizetype i = 0; i < m_catalog.m_operations.size(); ++i) {
        const Operation &operation = m_catalog.m_operations.at(i);
        m_catalog.m_byKey.insert(operation.key, i);
        m_catalog.m_byPointer.insert(operation.pointer, i);
        // The path item leads to its first operation.
        const QString pathItem = JsonPointer::prefix(operation.pointer, 2).toString();
        if (!m_catalog.m_byPointer.contains(pathItem))
            m_catalog.m_byPointer.insert(pathItem, i);
    }
}

void CatalogBuilder::run()
{
    const NodeRef root = m_document.root();
    readInfo();
    readServers(root.get("servers"), m_catalog.m_servers);
    readSecuritySchemes();
    readSecurity(root.get("security"), QStringLiteral("/security"), m_catalog.m_security);
    readTags();
    readPaths(root.get("paths"), QStringLiteral("/paths"), false);
    readPaths(root.get("webhooks"), QStringLiteral("/webhooks"), true);
    readPaths(root.get("x-webhooks"), QStringLiteral("/x-webhooks"), true);
    if (!root.get("paths") && !root.get("webhooks")
        && m_document.version() != SpecVersion::OpenApi31)
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::MissingField,
             tr("The document has no paths"),
             QString(),
             root);
    finish();
}

CatalogLoad Catalog::load(const QString &location, const LoadOptions &options)
{
    return fromLoadResult(SpecLoader::load(location, options), options);
}

CatalogLoad Catalog::fromLoadResult(LoadResult loaded, const LoadOptions &options)
{
    if (options.progress && loaded.document)
        options.progress(LoadStage::BuildingCatalog);
    CatalogLoad result;
    result.diagnostics = std::move(loaded.diagnostics);
    result.cancelled = loaded.cancelled;
    QElapsedTimer clock;
    clock.start();
    if (loaded.document)
        result.catalog = build(std::move(loaded.document), options.limits, result.diagnostics);
    qCDebug(lcLoad,
            "catalog: %lld operations in %lld ms, %lld diagnostics%s",
            result.catalog ? qlonglong(result.catalog->operations().size()) : 0LL,
            qlonglong(clock.elapsed()),
            qlonglong(result.diagnostics.size()),
            result.cancelled ? ", cancelled"
            : result.catalog ? ""
                             : ", not loaded");
    return result;
}

std::shared_ptr<const Catalog> Catalog::build(std::shared_ptr<const SpecDocument> document,
                                              const LoadLimits &limits,
                                              Diagnostics &diagnostics)
{
    auto catalog = std::make_shared<Catalog>();
    catalog->m_document = std::move(document);
    catalog->m_synthetic = std::make_shared<JsonTree>(QByteArray(), SourceFormat::Json);
    CatalogBuilder builder(*catalog, limits, diagnostics);
    builder.run();
    sortDiagnostics(diagnostics);
    return catalog;
}

} // namespace Oxa
