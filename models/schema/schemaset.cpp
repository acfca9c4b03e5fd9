// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "schemaset.h"

#include "document/jsonpointer.h"
#include "document/specdocument.h"

#include <QUrl>

#include <unordered_map>

namespace Oxa {

namespace {

enum class Keyword : quint8 {
    Unknown,
    Schema,
    Id,
    IdDraft4,
    Anchor,
    DynamicAnchor,
    Ref,
    DynamicRef,
    Defs,
    Definitions,
    Type,
    Nullable,
    Enum,
    Const,
    Format,
    Minimum,
    Maximum,
    ExclusiveMinimum,
    ExclusiveMaximum,
    MultipleOf,
    MinLength,
    MaxLength,
    Pattern,
    PrefixItems,
    Items,
    AdditionalItems,
    Contains,
    MinContains,
    MaxContains,
    MinItems,
    MaxItems,
    UniqueItems,
    UnevaluatedItems,
    Properties,
    PatternProperties,
    AdditionalProperties,
    PropertyNames,
    UnevaluatedProperties,
    Required,
    DependentRequired,
    DependentSchemas,
    Dependencies,
    MinProperties,
    MaxProperties,
    AllOf,
    AnyOf,
    OneOf,
    Not,
    If,
    Then,
    Else,
    Discriminator,
    Title,
    Description,
    Default,
    Examples,
    Example,
    ReadOnly,
    WriteOnly,
    Deprecated,
    ContentMediaType,
};

Keyword keywordOf(std::string_view key)
{
    static const std::unordered_map<std::string_view, Keyword> keywords = {
        {"$schema", Keyword::Schema},
        {"$id", Keyword::Id},
        {"id", Keyword::IdDraft4},
        {"$anchor", Keyword::Anchor},
        {"$dynamicAnchor", Keyword::DynamicAnchor},
        {"$ref", Keyword::Ref},
        {"$dynamicRef", Keyword::DynamicRef},
        {"$defs", Keyword::Defs},
        {"definitions", Keyword::Definitions},
        {"type", Keyword::Type},
        {"nullable", Keyword::Nullable},
        {"enum", Keyword::Enum},
        {"const", Keyword::Const},
        {"format", Keyword::Format},
        {"minimum", Keyword::Minimum},
        {"maximum", Keyword::Maximum},
        {"exclusiveMinimum", Keyword::ExclusiveMinimum},
        {"exclusiveMaximum", Keyword::ExclusiveMaximum},
        {"multipleOf", Keyword::MultipleOf},
        {"minLength", Keyword::MinLength},
        {"maxLength", Keyword::MaxLength},
        {"pattern", Keyword::Pattern},
        {"prefixItems", Keyword::PrefixItems},
        {"items", Keyword::Items},
        {"additionalItems", Keyword::AdditionalItems},
        {"contains", Keyword::Contains},
        {"minContains", Keyword::MinContains},
        {"maxContains", Keyword::MaxContains},
        {"minItems", Keyword::MinItems},
        {"maxItems", Keyword::MaxItems},
        {"uniqueItems", Keyword::UniqueItems},
        {"unevaluatedItems", Keyword::UnevaluatedItems},
        {"properties", Keyword::Properties},
        {"patternProperties", Keyword::PatternProperties},
        {"additionalProperties", Keyword::AdditionalProperties},
        {"propertyNames", Keyword::PropertyNames},
        {"unevaluatedProperties", Keyword::UnevaluatedProperties},
        {"required", Keyword::Required},
        {"dependentRequired", Keyword::DependentRequired},
        {"dependentSchemas", Keyword::DependentSchemas},
        {"dependencies", Keyword::Dependencies},
        {"minProperties", Keyword::MinProperties},
        {"maxProperties", Keyword::MaxProperties},
        {"allOf", Keyword::AllOf},
        {"anyOf", Keyword::AnyOf},
        {"oneOf", Keyword::OneOf},
        {"not", Keyword::Not},
        {"if", Keyword::If},
        {"then", Keyword::Then},
        {"else", Keyword::Else},
        {"discriminator", Keyword::Discriminator},
        {"title", Keyword::Title},
        {"description", Keyword::Description},
        {"default", Keyword::Default},
        {"examples", Keyword::Examples},
        {"example", Keyword::Example},
        {"readOnly", Keyword::ReadOnly},
        {"writeOnly", Keyword::WriteOnly},
        {"deprecated", Keyword::Deprecated},
        {"contentMediaType", Keyword::ContentMediaType},
    };
    const auto it = keywords.find(key);
    return it == keywords.end() ? Keyword::Unknown : it->second;
}

bool isModern(SchemaDialect d)
{
    return d == SchemaDialect::Draft201909 || d == SchemaDialect::Draft202012;
}

bool isDraft4Like(SchemaDialect d)
{
    return d == SchemaDialect::Draft4 || d == SchemaDialect::OpenApi30;
}

/** Keywords of the validation vocabulary: ignored under a metaschema without it. */
bool isValidationKeyword(Keyword k)
{
    switch (k) {
    case Keyword::Type:
    case Keyword::Enum:
    case Keyword::Const:
    case Keyword::Minimum:
    case Keyword::Maximum:
    case Keyword::ExclusiveMinimum:
    case Keyword::ExclusiveMaximum:
    case Keyword::MultipleOf:
    case Keyword::MinLength:
    case Keyword::MaxLength:
    case Keyword::Pattern:
    case Keyword::MinContains:
    case Keyword::MaxContains:
    case Keyword::MinItems:
    case Keyword::MaxItems:
    case Keyword::UniqueItems:
    case Keyword::Required:
    case Keyword::DependentRequired:
    case Keyword::MinProperties:
    case Keyword::MaxProperties:
        return true;
    default:
        return false;
    }
}

/** The keyword whose value is a resource identifier in this dialect. */
std::string_view idKeyword(SchemaDialect d)
{
    switch (d) {
    case SchemaDialect::OpenApi30:
        return std::string_view();
    case SchemaDialect::Draft4:
        return "id";
    default:
        return "$id";
    }
}

/** Old dialects ignore every sibling of $ref, `$id` included. */
bool refHidesSiblings(SchemaDialect d, const JsonNode &node)
{
    return !isModern(d) && node.get("$ref") != nullptr;
}

std::optional<quint64> nonNegative(const JsonNode &value)
{
    if (!value.isNumber())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0) || d != std::floor(d))
        return std::nullopt;
    return d >= 1.8e19 ? std::numeric_limits<quint64>::max() : quint64(d);
}

std::optional<double> number(const JsonNode &value)
{
    if (!value.isNumber())
        return std::nullopt;
    return value.toDouble();
}

quint8 typeBit(std::string_view name)
{
    if (name == "string")
        return StringType;
    if (name == "integer")
        return IntegerType;
    if (name == "number")
        return NumberType | IntegerType;
    if (name == "boolean")
        return BooleanType;
    if (name == "object")
        return ObjectType;
    if (name == "array")
        return ArrayType;
    if (name == "null")
        return NullType;
    return 0;
}

QString withoutFragment(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QString refStatusProblem(RefStatus status, const QString &text)
{
    switch (status) {
    case RefStatus::Resolved:
        return QString();
    case RefStatus::Dangling:
        return SchemaSet::tr("The reference %1 points to nothing.").arg(text);
    case RefStatus::Invalid:
        return SchemaSet::tr("The reference %1 is malformed.").arg(text);
    case RefStatus::Forbidden:
        return SchemaSet::tr("The reference %1 leads to a document that was not read.").arg(text);
    case RefStatus::DocumentFailed:
        return SchemaSet::tr("The document of the reference %1 could not be read.").arg(text);
    case RefStatus::CircularChain:
        return SchemaSet::tr("The reference %1 leads back to itself.").arg(text);
    case RefStatus::HopLimit:
        return SchemaSet::tr("The reference %1 is a chain of references too long to follow.")
            .arg(text);
    case RefStatus::Unsupported:
        return SchemaSet::tr("The reference %1 has a form that is not supported.").arg(text);
    }
    return QString();
}

constexpr int kMaxScanDepth = 600;

/**
 * An ECMA-262 pattern in PCRE2's spelling: Unicode property escapes by their long names
 * (`\p{Letter}`, `\p{Script=Greek}`) become the short forms PCRE2 knows. Everything else is
 * the same in both engines for the patterns schemas use.
 */
QString pcrePattern(const QString &ecma)
{
    static const QHash<QString, QString> categories = {
        {QStringLiteral("Letter"), QStringLiteral("L")},
        {QStringLiteral("Cased_Letter"), QStringLiteral("L&")},
        {QStringLiteral("Uppercase_Letter"), QStringLiteral("Lu")},
        {QStringLiteral("Lowercase_Letter"), QStringLiteral("Ll")},
        {QStringLiteral("Titlecase_Letter"), QStringLiteral("Lt")},
        {QStringLiteral("Modifier_Letter"), QStringLiteral("Lm")},
        {QStringLiteral("Other_Letter"), QStringLiteral("Lo")},
        {QStringLiteral("Mark"), QStringLiteral("M")},
        {QStringLiteral("Number"), QStringLiteral("N")},
        {QStringLiteral("Decimal_Number"), QStringLiteral("Nd")},
        {QStringLiteral("digit"), QStringLiteral("Nd")},
        {QStringLiteral("Letter_Number"), QStringLiteral("Nl")},
        {QStringLiteral("Other_Number"), QStringLiteral("No")},
        {QStringLiteral("Punctuation"), QStringLiteral("P")},
        {QStringLiteral("punct"), QStringLiteral("P")},
        {QStringLiteral("Symbol"), QStringLiteral("S")},
        {QStringLiteral("Separator"), QStringLiteral("Z")},
        {QStringLiteral("Space_Separator"), QStringLiteral("Zs")},
        {QStringLiteral("Other"), QStringLiteral("C")},
        {QStringLiteral("Control"), QStringLiteral("Cc")},
        {QStringLiteral("cntrl"), QStringLiteral("Cc")},
    };
    if (!ecma.contains(QStringLiteral("\\p{")) && !ecma.contains(QStringLiteral("\\P{")))
        return ecma;
    QString out;
    out.reserve(ecma.size());
    for (qsizetype i = 0; i < ecma.size(); ++i) {
        const QChar c = ecma.at(i);
        if (c == u'\\' && i + 2 < ecma.size() && (ecma.at(i + 1) == u'p' || ecma.at(i + 1) == u'P')
            && ecma.at(i + 2) == u'{') {
            const qsizetype close = ecma.indexOf(u'}', i + 3);
            if (close > 0) {
                QString name = ecma.mid(i + 3, close - i - 3);
                if (const qsizetype equals = name.indexOf(u'='); equals >= 0)
                    name = name.mid(equals + 1); // Script=Greek, General_Category=Lu
                out += ecma.mid(i, 3) + categories.value(name, name) + u'}';
                i = close;
                continue;
            }
        }
        out += c;
        if (c == u'\\' && i + 1 < ecma.size())
            out += ecma.at(++i); // an escaped character is never the start of an escape
    }
    return out;
}

} // namespace

SchemaSet::SchemaSet(SchemaDialect defaultDialect)
    : m_defaultDialect(defaultDialect)
{}

SchemaSet::SchemaSet(std::shared_ptr<const SpecDocument> document)
    : m_document(std::move(document))
    , m_defaultDialect(m_document && m_document->version() == SpecVersion::OpenApi31
                           ? SchemaDialect::Draft202012
                           : SchemaDialect::OpenApi30)
{
    if (!m_document)
        return;
    if (m_defaultDialect == SchemaDialect::Draft202012) {
        const NodeRef dialect = m_document->root().get("jsonSchemaDialect");
        if (dialect && dialect->isString()) {
            if (const auto d = dialectOfMetaSchema(dialect->stringView()))
                m_defaultDialect = *d;
        }
    }
    for (const auto &source : m_document->sources()) {
        // The document itself is no schema: only its URL and root are registered, and `$id`s
        // inside it are looked for the first time a reference needs one.
        SchemaResource &resource = m_resources.emplace_back();
        resource.baseUri = withoutFragment(source->url());
        // The main document as OpenAPI 3 (a Swagger 2.0 one converted): where references land.
        resource.root
            = source.get() == &m_document->main() ? m_document->root().node : source->tree().root();
        resource.source = source.get();
        resource.tree = &source->tree();
        resource.dialect = m_defaultDialect;
        m_resourceByUri.insert(resource.baseUri, &resource);
        m_resourceBySource.insert(source.get(), &resource);
    }
}

SchemaSet::~SchemaSet() = default;

qsizetype SchemaSet::size() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_schemas.size());
}

void SchemaSet::addDocument(const QString &uri,
                            std::shared_ptr<const JsonTree> tree,
                            SchemaDialect dialect)
{
    std::lock_guard lock(m_mutex);
    const JsonTree *stored = tree.get();
    m_trees.push_back(std::move(tree));
    if (!stored->root())
        return;
    SchemaResource *resource = registerResource(withoutFragment(QUrl(uri)),
                                                nullptr,
                                                stored,
                                                stored->root(),
                                                QString(),
                                                dialect);
    scan(resource, *stored->root(), QString(), false, 0);
}

SchemaResource *SchemaSet::registerResource(const QString &uri,
                                            const SourceDocument *source,
                                            const JsonTree *tree,
                                            const JsonNode *root,
                                            const QString &rootPointer,
                                            SchemaDialect dialect,
                                            bool embedded)
{
    SchemaResource &resource = m_resources.emplace_back();
    resource.baseUri = uri;
    resource.root = root;
    resource.source = source;
    resource.tree = tree;
    resource.rootPointer = rootPointer;
    resource.dialect = dialect;
    if (const JsonNode *meta = root->get("$schema"); meta && meta->isString()) {
        if (const auto known = dialectOfMetaSchema(meta->stringView())) {
            resource.dialect = *known;
        } else if (const SchemaResource *custom
                   = m_resourceByUri.value(withoutFragment(QUrl(meta->toString())))) {
            // A custom metaschema: its own dialect, and its vocabularies.
            resource.dialect = custom->dialect;
            if (const JsonNode *vocabulary = custom->root->get("$vocabulary");
                vocabulary && vocabulary->isObject()) {
                bool validation = false;
                for (const JsonMember &m : vocabulary->members()) {
                    if (m.key().find("/vocab/validation") != std::string_view::npos)
                        validation = true;
                }
                resource.validationVocabulary = validation;
            }
        }
    }
    // The root's own identifier is its base URI (the URI it was registered under stays known).
    // Embedded resources come from scan(), which resolved their `$id` already.
    const std::string_view idKey = idKeyword(resource.dialect);
    if (const JsonNode *id = idKey.empty() || embedded || refHidesSiblings(resource.dialect, *root)
                                 ? nullptr
                                 : root->get(idKey);
        id && id->isString()) {
        const QString identified = withoutFragment(QUrl(uri).resolved(QUrl(id->toString())));
        if (!identified.isEmpty() && identified != uri) {
            m_resourceByUri.insert(uri, &resource);
            resource.baseUri = identified;
        }
    }
    m_resourceByUri.insert(resource.baseUri, &resource);
    m_resourceByNode[root] = &resource;
    return &resource;
}

void SchemaSet::scan(SchemaResource *resource,
                     const JsonNode &node,
                     const QString &pointer,
                     bool mapOfSchemas,
                     int depth)
{
    if (depth > kMaxScanDepth)
        return;
    if (node.isArray()) {
        quint32 index = 0;
        for (const JsonNode &item : node.items())
            scan(resource, item, JsonPointer::append(pointer, qsizetype(index++)), false, depth + 1);
        return;
    }
    if (!node.isObject())
        return;
    if (mapOfSchemas) {
        for (const JsonMember &m : node.members())
            scan(resource, m.value, JsonPointer::append(pointer, m.key()), false, depth + 1);
        return;
    }

    const SchemaDialect dialect = resource->dialect;
    const bool hidden = refHidesSiblings(dialect, node);
    const std::string_view idKey = idKeyword(dialect);
    if (const JsonNode *id = idKey.empty() || hidden ? nullptr : node.get(idKey);
        id && id->isString() && resource->root != &node) {
        const QUrl resolved = QUrl(resource->baseUri).resolved(QUrl(id->toString()));
        const QString fragment = resolved.fragment(QUrl::FullyDecoded);
        const QString uri = withoutFragment(resolved);
        if (uri != resource->baseUri)
            resource = registerResource(uri,
                                        resource->source,
                                        resource->tree,
                                        &node,
                                        pointer,
                                        dialect,
                                        true);
        if (!fragment.isEmpty() && !isModern(dialect))
            m_anchors.insert(uri + u'#' + fragment, Located{&node, resource, pointer});
    }
    if (isModern(dialect)) {
        if (const JsonNode *anchor = node.get("$anchor"); anchor && anchor->isString())
            m_anchors.insert(resource->baseUri + u'#' + anchor->toString(),
                             Located{&node, resource, pointer});
        if (const JsonNode *anchor = node.get("$dynamicAnchor");
            anchor && anchor->isString() && dialect == SchemaDialect::Draft202012) {
            m_anchors.insert(resource->baseUri + u'#' + anchor->toString(),
                             Located{&node, resource, pointer});
            resource->dynamicAnchors.emplace_back(anchor->stringView(), &node);
        }
    }
    for (const JsonMember &m : node.members()) {
        const Keyword k = keywordOf(m.key());
        switch (k) {
        case Keyword::Enum:
        case Keyword::Const:
        case Keyword::Default:
        case Keyword::Examples:
        case Keyword::Example:
            continue; // values, not schemas: a `$id` inside is data
        case Keyword::Properties:
        case Keyword::PatternProperties:
        case Keyword::Defs:
        case Keyword::Definitions:
        case Keyword::DependentSchemas:
        case Keyword::Dependencies:
            scan(resource, m.value, JsonPointer::append(pointer, m.key()), true, depth + 1);
            continue;
        default:
            scan(resource, m.value, JsonPointer::append(pointer, m.key()), false, depth + 1);
        }
    }
}

void SchemaSet::scanWholeDocumentOnce()
{
    if (m_documentScanned || !m_document)
        return;
    m_documentScanned = true;
    for (const auto &source : m_document->sources()) {
        SchemaResource *resource = m_resourceBySource.value(source.get());
        if (resource && resource->root)
            scan(resource, *resource->root, QString(), false, 0);
    }
}

QRegularExpression SchemaSet::pattern(std::string_view source, bool *valid)
{
    const QString text = QString::fromUtf8(source.data(), qsizetype(source.size()));
    auto it = m_patterns.constFind(text);
    if (it == m_patterns.constEnd()) {
        QRegularExpression re(pcrePattern(text));
        re.optimize();
        it = m_patterns.insert(text, re);
    }
    *valid = it->isValid();
    return *it;
}

const Schema *SchemaSet::compile(const SourceDocument *source,
                                 const JsonTree *tree,
                                 const JsonNode *node,
                                 const QString &pointer)
{
    std::lock_guard lock(m_mutex);
    SchemaResource *resource = nullptr;
    if (const auto it = m_resourceByNode.find(node); it != m_resourceByNode.end())
        resource = it->second;
    if (!resource && source)
        resource = m_resourceBySource.value(source);
    if (!resource) {
        // A node of a tree nobody registered (a synthesised schema): a resource of its own.
        resource = registerResource(QStringLiteral("https://oxa.invalid/schema/%1.json")
                                        .arg(m_resources.size()),
                                    source,
                                    tree,
                                    node,
                                    pointer,
                                    m_defaultDialect);
        scan(resource, *node, pointer, false, 0);
    }
    return compileLocked(resource, node, pointer);
}

const Schema *SchemaSet::compile(const NodeRef &node, const QString &pointer)
{
    return compile(node.source, node.source ? &node.source->tree() : nullptr, node.node, pointer);
}

const Schema *SchemaSet::compileDocument(const QString &uri)
{
    std::lock_guard lock(m_mutex);
    SchemaResource *resource = m_resourceByUri.value(withoutFragment(QUrl(uri)));
    if (!resource || !resource->root)
        return nullptr;
    return compileLocked(resource, resource->root, resource->rootPointer);
}

const Schema *SchemaSet::compileLocked(SchemaResource *resource,
                                       const JsonNode *node,
                                       const QString &pointer)
{
    if (const auto it = m_compiled.find(node); it != m_compiled.end())
        return it->second;
    if (const auto it = m_resourceByNode.find(node); it != m_resourceByNode.end())
        resource = it->second; // a subschema with its own $id
    Schema &s = m_schemas.emplace_back();
    m_compiled[node] = &s;
    s.source = resource->source;
    s.tree = resource->tree;
    s.node = node;
    s.pointer = pointer;
    s.resource = resource;
    s.dialect = resource->dialect;

    if (node->isBool()) {
        s.kind = node->toBool() ? Schema::Kind::AlwaysValid : Schema::Kind::AlwaysInvalid;
        return &s;
    }
    if (!node->isObject() || node->size() == 0) {
        s.kind = Schema::Kind::AlwaysValid;
        return &s;
    }

    const SchemaDialect d = s.dialect;
    const bool modern = isModern(d);
    const bool draft4 = isDraft4Like(d);
    const auto sub = [&](const JsonMember &m) {
        return compileLocked(resource, &m.value, JsonPointer::append(pointer, m.key()));
    };
    const auto subList = [&](const JsonMember &m, std::vector<const Schema *> &into) {
        const QString base = JsonPointer::append(pointer, m.key());
        qsizetype index = 0;
        for (const JsonNode &item : m.value.items())
            into.push_back(compileLocked(resource, &item, JsonPointer::append(base, index++)));
    };

    s.refHidesSiblings = refHidesSiblings(d, *node);
    bool exclusiveMinimumFlag = false;
    bool exclusiveMaximumFlag = false;
    const JsonNode *additionalItems = nullptr;
    const JsonMember *additionalItemsMember = nullptr;
    bool itemsIsArray = false;

    for (const JsonMember &m : node->members()) {
        const Keyword k = keywordOf(m.key());
        const JsonNode &v = m.value;
        if (k == Keyword::Unknown)
            continue;
        if (!resource->validationVocabulary && isValidationKeyword(k))
            continue;
        // Under an old dialect a $ref schema is its target: only annotations still speak.
        if (s.refHidesSiblings && k != Keyword::Ref && k != Keyword::Title
            && k != Keyword::Description && k != Keyword::ReadOnly && k != Keyword::WriteOnly
            && k != Keyword::Deprecated && k != Keyword::Example && k != Keyword::Examples
            && k != Keyword::Default)
            continue;
        switch (k) {
        case Keyword::Ref:
            if (v.isString())
                s.refText = v.stringView();
            break;
        case Keyword::DynamicRef:
            if (v.isString() && d == SchemaDialect::Draft202012)
                s.dynamicRefText = v.stringView();
            break;
        case Keyword::Type:
            if (v.isString()) {
                s.types = typeBit(v.stringView());
                s.typeDeclared = s.types != 0;
            } else if (v.isArray()) {
                quint8 bits = 0;
                for (const JsonNode &t : v.items())
                    bits |= typeBit(t.stringView());
                s.types = bits;
                s.typeDeclared = true;
            }
            if (!s.typeDeclared)
                s.types = AnyType;
            break;
        case Keyword::Nullable:
            if (d == SchemaDialect::OpenApi30)
                s.nullable = v.toBool();
            break;
        case Keyword::Enum:
            if (v.isArray())
                s.enumValues = &v;
            break;
        case Keyword::Const:
            if (!draft4)
                s.constValue = &v;
            break;
        case Keyword::Format:
            if (v.isString())
                s.format = v.stringView();
            break;
        case Keyword::Minimum:
            s.minimum = number(v);
            break;
        case Keyword::Maximum:
            s.maximum = number(v);
            break;
        case Keyword::ExclusiveMinimum:
            if (draft4)
                exclusiveMinimumFlag = v.toBool();
            else
                s.exclusiveMinimum = number(v);
            break;
        case Keyword::ExclusiveMaximum:
            if (draft4)
                exclusiveMaximumFlag = v.toBool();
            else
                s.exclusiveMaximum = number(v);
            break;
        case Keyword::MultipleOf:
            if (v.isNumber() && v.toDouble() > 0) {
                s.multipleOf = v.toDouble();
                s.multipleOfNode = &v;
            }
            break;
        case Keyword::MinLength:
            s.minLength = nonNegative(v);
            break;
        case Keyword::MaxLength:
            s.maxLength = nonNegative(v);
            break;
        case Keyword::Pattern:
            if (v.isString()) {
                bool valid = false;
                QRegularExpression re = pattern(v.stringView(), &valid);
                if (valid) {
                    s.pattern = re;
                    s.patternSource = v.stringView();
                }
            }
            break;
        case Keyword::PrefixItems:
            if (d == SchemaDialect::Draft202012 && v.isArray())
                subList(m, s.prefixItems);
            break;
        case Keyword::Items:
            if (v.isArray() && d != SchemaDialect::Draft202012) {
                subList(m, s.prefixItems);
                itemsIsArray = true;
            } else if (v.isObject() || v.isBool()) {
                s.items = sub(m);
            }
            break;
        case Keyword::AdditionalItems:
            if (d != SchemaDialect::Draft202012) {
                additionalItems = &v;
                additionalItemsMember = &m;
            }
            break;
        case Keyword::Contains:
            if (!draft4)
                s.contains = sub(m);
            break;
        case Keyword::MinContains:
            if (modern)
                s.minContains = nonNegative(v);
            break;
        case Keyword::MaxContains:
            if (modern)
                s.maxContains = nonNegative(v);
            break;
        case Keyword::MinItems:
            s.minItems = nonNegative(v);
            break;
        case Keyword::MaxItems:
            s.maxItems = nonNegative(v);
            break;
        case Keyword::UniqueItems:
            s.uniqueItems = v.toBool();
            break;
        case Keyword::UnevaluatedItems:
            if (modern)
                s.unevaluatedItems = sub(m);
            break;
        case Keyword::Properties: {
            const QString base = JsonPointer::append(pointer, m.key());
            for (const JsonMember &p : v.members())
                s.properties.push_back(
                    {p.key(),
                     compileLocked(resource, &p.value, JsonPointer::append(base, p.key()))});
            break;
        }
        case Keyword::PatternProperties: {
            const QString base = JsonPointer::append(pointer, m.key());
            for (const JsonMember &p : v.members()) {
                bool valid = false;
                QRegularExpression re = pattern(p.key(), &valid);
                if (!valid)
                    continue;
                s.patternProperties.push_back(
                    {re,
                     p.key(),
                     compileLocked(resource, &p.value, JsonPointer::append(base, p.key()))});
            }
            break;
        }
        case Keyword::AdditionalProperties:
            if (v.isObject() || v.isBool())
                s.additionalProperties = sub(m);
            break;
        case Keyword::PropertyNames:
            if (!draft4)
                s.propertyNames = sub(m);
            break;
        case Keyword::UnevaluatedProperties:
            if (modern)
                s.unevaluatedProperties = sub(m);
            break;
        case Keyword::Required:
            for (const JsonNode &r : v.items()) {
                if (r.isString())
                    s.required.push_back(r.stringView());
            }
            break;
        case Keyword::DependentRequired:
            if (modern) {
                for (const JsonMember &p : v.members()) {
                    Schema::Dependency &dep = s.dependencies.emplace_back();
                    dep.name = p.key();
                    for (const JsonNode &r : p.value.items())
                        dep.required.push_back(r.stringView());
                }
            }
            break;
        case Keyword::DependentSchemas:
            if (modern) {
                const QString base = JsonPointer::append(pointer, m.key());
                for (const JsonMember &p : v.members()) {
                    Schema::Dependency &dep = s.dependencies.emplace_back();
                    dep.name = p.key();
                    dep.schema
                        = compileLocked(resource, &p.value, JsonPointer::append(base, p.key()));
                }
            }
            break;
        case Keyword::Dependencies:
            if (!modern) {
                const QString base = JsonPointer::append(pointer, m.key());
                for (const JsonMember &p : v.members()) {
                    Schema::Dependency &dep = s.dependencies.emplace_back();
                    dep.name = p.key();
                    if (p.value.isArray()) {
                        for (const JsonNode &r : p.value.items())
                            dep.required.push_back(r.stringView());
                    } else {
                        dep.schema
                            = compileLocked(resource, &p.value, JsonPointer::append(base, p.key()));
                    }
                }
            }
            break;
        case Keyword::MinProperties:
            s.minProperties = nonNegative(v);
            break;
        case Keyword::MaxProperties:
            s.maxProperties = nonNegative(v);
            break;
        case Keyword::AllOf:
            subList(m, s.allOf);
            break;
        case Keyword::AnyOf:
            subList(m, s.anyOf);
            break;
        case Keyword::OneOf:
            subList(m, s.oneOf);
            break;
        case Keyword::Not:
            s.notSchema = sub(m);
            break;
        case Keyword::If:
            if (!draft4)
                s.ifSchema = sub(m);
            break;
        case Keyword::Then:
            if (!draft4)
                s.thenSchema = sub(m);
            break;
        case Keyword::Else:
            if (!draft4)
                s.elseSchema = sub(m);
            break;
        case Keyword::Discriminator:
            if (const JsonNode *name = v.get("propertyName"); name && name->isString())
                s.discriminatorProperty = name->stringView();
            if (const JsonNode *mapping = v.get("mapping")) {
                for (const JsonMember &p : mapping->members()) {
                    if (p.value.isString())
                        s.discriminatorMapping.push_back({p.key(), p.value.stringView()});
                }
            }
            break;
        case Keyword::Title:
            s.title = v.toString();
            break;
        case Keyword::Description:
            s.description = v.toString();
            break;
        case Keyword::Default:
            s.defaultValue = &v;
            break;
        case Keyword::Examples:
            for (const JsonNode &e : v.items())
                s.examples.push_back(&e);
            break;
        case Keyword::Example:
            s.examples.push_back(&v);
            break;
        case Keyword::ReadOnly:
            s.readOnly = v.toBool();
            break;
        case Keyword::WriteOnly:
            s.writeOnly = v.toBool();
            break;
        case Keyword::Deprecated:
            s.deprecated = v.toBool();
            break;
        case Keyword::ContentMediaType:
            if (v.isString())
                s.contentMediaType = v.stringView();
            break;
        default:
            break;
        }
    }

    if (s.nullable && s.typeDeclared)
        s.types |= NullType;
    if (exclusiveMinimumFlag && s.minimum) {
        s.exclusiveMinimum = s.minimum;
        s.minimum.reset();
    }
    if (exclusiveMaximumFlag && s.maximum) {
        s.exclusiveMaximum = s.maximum;
        s.maximum.reset();
    }
    // Old dialects: `additionalItems` speaks only after an `items` array.
    if (itemsIsArray && additionalItems
        && (additionalItems->isObject() || additionalItems->isBool()))
        s.items = sub(*additionalItemsMember);
    return &s;
}

std::optional<SchemaSet::Located> SchemaSet::locate(const QString &absoluteUri, QString *problem)
{
    const QUrl url(absoluteUri);
    const QString documentUri = withoutFragment(url);
    const QString fragment = url.hasFragment() ? url.fragment(QUrl::FullyEncoded) : QString();
    SchemaResource *resource = m_resourceByUri.value(documentUri);
    if (!resource && !m_documentScanned && m_document) {
        scanWholeDocumentOnce();
        resource = m_resourceByUri.value(documentUri);
    }
    if (!resource || !resource->root) {
        *problem = tr("No document or schema is known as %1.").arg(documentUri);
        return std::nullopt;
    }
    if (fragment.isEmpty())
        return Located{resource->root, resource, resource->rootPointer};
    if (!fragment.startsWith(u'/')) {
        const QString key = documentUri + u'#' + QUrl::fromPercentEncoding(fragment.toUtf8());
        auto it = m_anchors.constFind(key);
        if (it == m_anchors.constEnd() && !m_documentScanned && m_document) {
            scanWholeDocumentOnce();
            it = m_anchors.constFind(key);
        }
        if (it == m_anchors.constEnd()) {
            *problem = tr("No schema has the anchor %1.").arg(key);
            return std::nullopt;
        }
        return *it;
    }
    const auto decoded = JsonPointer::fromUriFragment(fragment.toStdString());
    const auto tokens = decoded ? JsonPointer::parse(*decoded) : std::nullopt;
    if (!tokens) {
        *problem = tr("The fragment of %1 is not a JSON pointer.").arg(absoluteUri);
        return std::nullopt;
    }
    // Walk step by step: a subschema with its own $id on the way becomes the base.
    const JsonNode *node = resource->root;
    SchemaResource *current = resource;
    QString pointer = resource->rootPointer;
    for (const std::string &token : *tokens) {
        const JsonNode *next = nullptr;
        if (node->isObject()) {
            next = node->get(token);
        } else if (node->isArray()) {
            const QString t = QString::fromStdString(token);
            bool ok = false;
            const uint index = t.toUInt(&ok);
            if (ok && (t == u"0" || !t.startsWith(u'0')))
                next = node->at(index);
        }
        if (!next) {
            *problem = tr("Nothing exists at %1.").arg(absoluteUri);
            return std::nullopt;
        }
        node = next;
        pointer = JsonPointer::append(pointer, std::string_view(token));
        if (const auto it = m_resourceByNode.find(node); it != m_resourceByNode.end())
            current = it->second;
    }
    return Located{node, current, pointer};
}

const Schema *SchemaSet::resolveLocked(const Schema &from,
                                       std::string_view reference,
                                       QString *problem)
{
    const QString text = QString::fromUtf8(reference.data(), qsizetype(reference.size()));
    // The loader already followed the references of an OpenAPI document: reuse its answer.
    if (m_document && reference == from.refText) {
        if (const ResolvedRef *record = m_document->reference(from.node)) {
            if (record->status != RefStatus::Resolved) {
                *problem = refStatusProblem(record->status, text);
                return nullptr;
            }
            SchemaResource *resource = m_resourceBySource.value(record->target.source);
            if (resource) {
                const qsizetype hash = record->location.indexOf(u'#');
                const QString pointer = hash < 0
                                            ? QString()
                                            : QString::fromStdString(
                                                JsonPointer::fromUriFragment(
                                                    record->location.sliced(hash + 1).toStdString())
                                                    .value_or(std::string()));
                return compileLocked(resource, record->target.node, pointer);
            }
        }
    }
    const QUrl base(from.resource ? from.resource->baseUri : QString());
    const QUrl target = base.resolved(QUrl(text));
    const auto located = locate(target.toString(QUrl::FullyEncoded), problem);
    if (!located)
        return nullptr;
    return compileLocked(located->resource, located->node, located->pointer);
}

const Schema *SchemaSet::resolveOnce(const Schema &schema,
                                     std::string_view text,
                                     std::atomic<const Schema *> &slot,
                                     std::atomic<bool> &failed,
                                     bool dynamic) const
{
    if (text.empty())
        return nullptr;
    // Resolved once, under the lock; afterwards read without it.
    if (const Schema *known = slot.load(std::memory_order_acquire))
        return known;
    if (failed.load(std::memory_order_acquire))
        return nullptr;
    std::lock_guard lock(m_mutex);
    if (const Schema *known = slot.load(std::memory_order_acquire))
        return known;
    if (failed.load(std::memory_order_acquire))
        return nullptr;
    QString problem;
    const Schema *resolved = const_cast<SchemaSet *>(this)->resolveLocked(schema, text, &problem);
    if (!resolved) {
        m_problems.insert(&schema, problem);
        failed.store(true, std::memory_order_release);
        return nullptr;
    }
    const size_t hash = text.find('#');
    if (dynamic && hash != std::string_view::npos && hash + 1 < text.size()
        && text[hash + 1] != '/') {
        // A $dynamicRef is dynamic only when its static target declares the same anchor.
        const std::string_view name = text.substr(hash + 1);
        const JsonNode *anchor = resolved->node ? resolved->node->get("$dynamicAnchor") : nullptr;
        if (anchor && anchor->stringView() == name) {
            schema.m_hasDynamicAnchorTarget = true;
            schema.m_dynamicAnchorName = name;
        }
    }
    slot.store(resolved, std::memory_order_release);
    return resolved;
}

const Schema *SchemaSet::target(const Schema &schema) const
{
    return resolveOnce(schema, schema.refText, schema.m_ref, schema.m_refFailed, false);
}

const Schema *SchemaSet::dynamicTarget(const Schema &schema) const
{
    return resolveOnce(schema,
                       schema.dynamicRefText,
                       schema.m_dynamicRef,
                       schema.m_dynamicRefFailed,
                       true);
}

QString SchemaSet::referenceProblem(const Schema &schema) const
{
    std::lock_guard lock(m_mutex);
    return m_problems.value(&schema);
}

const Schema *SchemaSet::dynamicAnchor(const SchemaResource *resource, std::string_view name) const
{
    if (!resource)
        return nullptr;
    for (const auto &[anchorName, node] : resource->dynamicAnchors) {
        if (anchorName == name) {
            std::lock_guard lock(m_mutex);
            auto *self = const_cast<SchemaSet *>(this);
            const Located located = self->m_anchors.value(
                resource->baseUri + u'#' + QString::fromUtf8(name.data(), qsizetype(name.size())));
            if (!located.node)
                return nullptr;
            return self->compileLocked(located.resource, located.node, located.pointer);
        }
    }
    return nullptr;
}

QString SchemaSet::discriminatorTag(const Schema &owner, const Schema &alternative) const
{
    if (owner.discriminatorProperty.empty())
        return QString();
    const Schema *target = alternative.refText.empty() ? &alternative : this->target(alternative);
    for (const Schema::Mapping &m : owner.discriminatorMapping) {
        const Schema *mapped = resolveUri(owner, m.reference);
        if (mapped && (mapped == &alternative || mapped == target))
            return QString::fromUtf8(m.value.data(), qsizetype(m.value.size()));
    }
    return target ? target->componentName() : QString();
}

const Schema *SchemaSet::discriminated(const Schema &owner, std::string_view tag) const
{
    for (const Schema::Mapping &m : owner.discriminatorMapping) {
        if (m.value == tag)
            return resolveUri(owner, m.reference);
    }
    // Without a mapping, the value names a component: the alternative that refers to it.
    const auto &alternatives = owner.oneOf.empty() ? owner.anyOf : owner.oneOf;
    const QString wanted = QString::fromUtf8(tag.data(), qsizetype(tag.size()));
    for (const Schema *alternative : alternatives) {
        const Schema *target = this->target(*alternative);
        if (target && target->componentName() == wanted)
            return alternative;
    }
    return nullptr;
}

const Schema *SchemaSet::resolveUri(const Schema &base, std::string_view reference) const
{
    std::lock_guard lock(m_mutex);
    auto *self = const_cast<SchemaSet *>(this);
    QString problem;
    // A bare name ("Dog") in a discriminator mapping names a component.
    if (reference.find_first_of("#/:.") == std::string_view::npos && m_document) {
        const QString pointer = QStringLiteral("#/components/schemas/")
                                + QString::fromUtf8(reference.data(), qsizetype(reference.size()));
        const QUrl target
            = QUrl(base.resource ? base.resource->baseUri : QString()).resolved(QUrl(pointer));
        if (const auto located = self->locate(target.toString(QUrl::FullyEncoded), &problem))
            return self->compileLocked(located->resource, located->node, located->pointer);
        return nullptr;
    }
    return self->resolveLocked(base, reference, &problem);
}

} // namespace Oxa
