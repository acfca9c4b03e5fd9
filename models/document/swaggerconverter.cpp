// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "swaggerconverter.h"

#include "document/jsonpointer.h"

#include <string>
#include <vector>

namespace Oxa {

namespace {

// Keywords a Swagger 2 parameter or header shares with a schema.
constexpr std::string_view SchemaKeywords[] = {"type",
                                               "format",
                                               "items",
                                               "default",
                                               "maximum",
                                               "exclusiveMaximum",
                                               "minimum",
                                               "exclusiveMinimum",
                                               "maxLength",
                                               "minLength",
                                               "pattern",
                                               "maxItems",
                                               "minItems",
                                               "uniqueItems",
                                               "enum",
                                               "multipleOf"};

constexpr std::string_view Methods[] = {"get", "put", "post", "delete", "options", "head", "patch"};

bool isExtension(std::string_view key)
{
    return key.size() >= 2 && key[0] == 'x' && key[1] == '-';
}

bool isOneOf(std::string_view key, std::initializer_list<std::string_view> keys)
{
    for (std::string_view k : keys)
        if (k == key)
            return true;
    return false;
}

class Converter
{
public:
    Converter(JsonTree &tree, const QUrl &url, Diagnostics &findings)
        : m_tree(tree)
        , m_arena(tree.arena())
        , m_url(url)
        , m_findings(findings)
        , m_root(*tree.root())
    {}

    JsonNode run();

private:
    JsonNode string(std::string_view text, quint32 offset = 0)
    {
        return makeArenaString(m_arena, text, offset);
    }
    JsonNode rewrite(const JsonNode &node);
    JsonNode rewrite(const JsonNode &node, bool &changed, int depth);
    JsonNode servers(const JsonNode *schemes, quint32 offset);
    JsonNode securityScheme(const JsonNode &definition);
    JsonNode parameter(const JsonNode &parameter);
    JsonNode response(const JsonNode &response, const JsonNode *produces);
    JsonNode header(const JsonNode &header);
    JsonNode operation(const JsonNode &operation,
                       const QString &pointer,
                       const std::vector<const JsonNode *> &pathBodyParameters);
    JsonNode pathItem(const JsonNode &item, const QString &pointer);
    std::optional<JsonNode> requestBody(const std::vector<const JsonNode *> &bodyOrForm,
                                        const JsonNode *consumes,
                                        quint32 offset);
    const JsonNode *resolveParameter(const JsonNode &parameter) const;
    void note(Diagnostic::Severity severity,
              DiagnosticCode code,
              const QString &message,
              const QString &pointer,
              quint32 offset);

    JsonTree &m_tree;
    JsonArena &m_arena;
    QUrl m_url;
    Diagnostics &m_findings;
    const JsonNode &m_root;
    mutable JsonPointer::MemberIndex m_memberIndex;
};

void Converter::note(Diagnostic::Severity severity,
                     DiagnosticCode code,
                     const QString &message,
                     const QString &pointer,
                     quint32 offset)
{
    const TextPosition position = m_tree.position(offset);
    m_findings.append(
        Diagnostic{severity, code, message, pointer, QString(), position.line, position.column});
}

/** The node with its local Swagger references rewritten; unchanged subtrees are shared. */
JsonNode Converter::rewrite(const JsonNode &node)
{
    bool changed = false;
    return rewrite(node, changed, 0);
}

JsonNode Converter::rewrite(const JsonNode &node, bool &changed, int depth)
{
    // Recursion follows the text's nesting, which a user may allow to be very deep: past this
    // depth subtrees are shared as written (a reference down there then reads as dangling).
    constexpr int MaxRewriteDepth = 2000;
    if (depth > MaxRewriteDepth)
        return node;
    if (node.isArray()) {
        std::vector<JsonNode> items;
        items.reserve(node.size());
        bool any = false;
        for (const JsonNode &item : node.items())
            items.push_back(rewrite(item, any, depth + 1));
        if (!any)
            return node;
        changed = true;
        return makeArenaArray(m_arena, items, node.offset());
    }
    if (!node.isObject())
        return node;
    JsonObjectBuilder builder(m_arena);
    bool any = false;
    for (const JsonMember &member : node.members()) {
        JsonNode value = member.value;
        if (member.key() == "$ref" && value.isString()) {
            const std::string_view ref = value.stringView();
            std::string replaced;
            if (ref.starts_with("#/definitions/")) {
                replaced = "#/components/schemas/" + std::string(ref.substr(14));
            } else if (ref.starts_with("#/responses/")) {
                replaced = "#/components/responses/" + std::string(ref.substr(12));
            } else if (ref.starts_with("#/parameters/")) {
                const JsonNode *target = resolveParameter(node);
                const bool body = target && target->get("in") && target->get("in")->equals("body");
                replaced
                    = std::string(body ? "#/components/requestBodies/" : "#/components/parameters/")
                      + std::string(ref.substr(13));
            }
            if (!replaced.empty()) {
                value = string(replaced, value.offset());
                any = true;
            }
        } else {
            value = rewrite(value, any, depth + 1);
        }
        builder.set(member.key(), value, member.keyOffset);
    }
    if (!any)
        return node;
    changed = true;
    return builder.build(node.offset());
}

const JsonNode *Converter::resolveParameter(const JsonNode &parameter) const
{
    const JsonNode *ref = parameter.get("$ref");
    if (!ref || !ref->isString())
        return &parameter;
    const std::string_view text = ref->stringView();
    if (!text.starts_with("#/"))
        return nullptr; // external: its location cannot be known here
    const auto decoded = JsonPointer::fromUriFragment(text.substr(1));
    const auto tokens = decoded ? JsonPointer::parse(*decoded) : std::nullopt;
    return tokens ? JsonPointer::evaluate(&m_root, *tokens, &m_memberIndex) : nullptr;
}

JsonNode Converter::servers(const JsonNode *schemes, quint32 offset)
{
    const JsonNode *host = m_root.get("host");
    const JsonNode *basePath = m_root.get("basePath");
    const std::string base
        = basePath && basePath->isString() ? std::string(basePath->stringView()) : std::string();
    std::vector<JsonNode> list;
    auto add = [&](const std::string &url) {
        JsonObjectBuilder server(m_arena);
        server.set("url", string(url, offset));
        list.push_back(server.build(offset));
    };
    if (!host || !host->isString()) {
        add(base.empty() ? std::string("/") : base);
        return makeArenaArray(m_arena, list, offset);
    }
    std::vector<std::string> names;
    if (schemes && schemes->isArray()) {
        for (const JsonNode &scheme : schemes->items())
            if (scheme.isString())
                names.emplace_back(scheme.stringView());
    }
    if (names.empty()) {
        // Swagger says: the scheme the description was fetched with.
        const QString scheme = m_url.scheme().toLower();
        names.push_back(scheme == u"http" || scheme == u"https" ? scheme.toStdString()
                                                                : std::string("https"));
    }
    for (const std::string &scheme : names)
        add(scheme + "://" + std::string(host->stringView()) + base);
    return makeArenaArray(m_arena, list, offset);
}

JsonNode Converter::securityScheme(const JsonNode &definition)
{
    JsonObjectBuilder scheme(m_arena);
    const JsonNode *type = definition.get("type");
    const quint32 offset = definition.offset();
    for (const JsonMember &member : definition.members()) {
        if (member.key() == "description" || isExtension(member.key()))
            scheme.set(member.key(), member.value, member.keyOffset);
    }
    if (type && type->equals("basic")) {
        scheme.set("type", string("http", type->offset()));
        scheme.set("scheme", string("basic", type->offset()));
    } else if (type && type->equals("oauth2")) {
        scheme.set("type", *type);
        const JsonNode *flow = definition.get("flow");
        const std::string_view name
            = !flow                         ? std::string_view("implicit")
              : flow->equals("application") ? std::string_view("clientCredentials")
              : flow->equals("accessCode")  ? std::string_view("authorizationCode")
                                            : flow->stringView();
        JsonObjectBuilder flowObject(m_arena);
        for (std::string_view key : {"authorizationUrl", "tokenUrl", "scopes"}) {
            if (const JsonNode *value = definition.get(key))
                flowObject.set(key, *value);
        }
        if (!flowObject.contains("scopes")) {
            JsonObjectBuilder empty(m_arena);
            flowObject.set("scopes", empty.build(offset));
        }
        JsonObjectBuilder flows(m_arena);
        flows.set(name, flowObject.build(flow ? flow->offset() : offset));
        scheme.set("flows", flows.build(offset));
    } else {
        for (const JsonMember &member : definition.members()) {
            if (isOneOf(member.key(), {"type", "name", "in"}))
                scheme.set(member.key(), member.value, member.keyOffset);
        }
    }
    return scheme.build(offset);
}

JsonNode Converter::header(const JsonNode &header)
{
    JsonObjectBuilder converted(m_arena);
    if (const JsonNode *description = header.get("description"))
        converted.set("description", *description);
    if (auto legacy = SwaggerConverter::legacyParameter(m_arena, header)) {
        converted.set("schema", rewrite(legacy->schema));
        if (!legacy->style.empty())
            converted.set("style", string(legacy->style, header.offset()));
    }
    for (const JsonMember &member : header.members())
        if (isExtension(member.key()))
            converted.set(member.key(), member.value, member.keyOffset);
    return converted.build(header.offset());
}

JsonNode Converter::parameter(const JsonNode &parameter)
{
    if (parameter.get("$ref"))
        return rewrite(parameter);
    JsonObjectBuilder converted(m_arena);
    for (const JsonMember &member : parameter.members()) {
        const std::string_view key = member.key();
        bool schemaKeyword = key == "collectionFormat";
        for (std::string_view keyword : SchemaKeywords)
            schemaKeyword = schemaKeyword || key == keyword;
        if (!schemaKeyword)
            converted.set(key, member.value, member.keyOffset);
    }
    if (auto legacy = SwaggerConverter::legacyParameter(m_arena, parameter)) {
        converted.set("schema", rewrite(legacy->schema));
        if (!legacy->style.empty())
            converted.set("style", string(legacy->style, parameter.offset()));
        if (legacy->explode)
            converted.set("explode", JsonNode::makeBool(*legacy->explode, parameter.offset()));
    }
    return converted.build(parameter.offset());
}

JsonNode Converter::response(const JsonNode &response, const JsonNode *produces)
{
    if (response.get("$ref"))
        return rewrite(response);
    JsonObjectBuilder converted(m_arena);
    for (const JsonMember &member : response.members()) {
        if (member.key() == "description" || isExtension(member.key()))
            converted.set(member.key(), member.value, member.keyOffset);
    }
    if (!converted.contains("description"))
        converted.set("description", string("", response.offset()));
    if (const JsonNode *headers = response.get("headers"); headers && headers->isObject()) {
        JsonObjectBuilder map(m_arena);
        for (const JsonMember &member : headers->members())
            map.set(member.key(),
                    member.value.isObject() ? header(member.value) : member.value,
                    member.keyOffset);
        converted.set("headers", map.build(headers->offset()));
    }
    const JsonNode *schema = response.get("schema");
    const JsonNode *examples = response.get("examples");
    if (schema) {
        JsonNode convertedSchema = rewrite(*schema);
        if (const JsonNode *type = schema->get("type"); type && type->equals("file")) {
            JsonObjectBuilder binary(m_arena);
            binary.set("type", string("string", type->offset()));
            binary.set("format", string("binary", type->offset()));
            convertedSchema = binary.build(schema->offset());
        }
        std::vector<std::string_view> types;
        if (produces && produces->isArray())
            for (const JsonNode &type : produces->items())
                if (type.isString())
                    types.push_back(type.stringView());
        if (types.empty())
            types.push_back("application/json");
        JsonObjectBuilder content(m_arena);
        for (std::string_view type : types) {
            JsonObjectBuilder media(m_arena);
            media.set("schema", convertedSchema);
            if (examples)
                if (const JsonNode *example = examples->get(type))
                    media.set("example", *example);
            content.set(type, media.build(schema->offset()));
        }
        converted.set("content", content.build(schema->offset()));
    }
    return converted.build(response.offset());
}

std::optional<JsonNode> Converter::requestBody(const std::vector<const JsonNode *> &bodyOrForm,
                                               const JsonNode *consumes,
                                               quint32 offset)
{
    if (bodyOrForm.empty())
        return std::nullopt;
    std::vector<std::string_view> types;
    if (consumes && consumes->isArray())
        for (const JsonNode &type : consumes->items())
            if (type.isString())
                types.push_back(type.stringView());

    const JsonNode *body = nullptr;
    for (const JsonNode *parameter : bodyOrForm)
        if (const JsonNode *in = parameter->get("in"); in && in->equals("body"))
            body = parameter;

    JsonObjectBuilder request(m_arena);
    if (body) {
        if (const JsonNode *description = body->get("description"))
            request.set("description", *description);
        if (const JsonNode *required = body->get("required"))
            request.set("required", *required);
        if (types.empty())
            types.push_back("application/json");
        const JsonNode *schemaNode = body->get("schema");
        const JsonNode schema
            = schemaNode ? rewrite(*schemaNode) : JsonObjectBuilder(m_arena).build(body->offset());
        JsonObjectBuilder content(m_arena);
        for (std::string_view type : types) {
            JsonObjectBuilder media(m_arena);
            media.set("schema", schema);
            content.set(type, media.build(body->offset()));
        }
        request.set("content", content.build(body->offset()));
        for (const JsonMember &member : body->members())
            if (isExtension(member.key()))
                request.set(member.key(), member.value, member.keyOffset);
        return request.build(body->offset());
    }

    // formData parameters: one object schema with a property per parameter.
    JsonObjectBuilder properties(m_arena);
    std::vector<JsonNode> required;
    bool hasFile = false;
    for (const JsonNode *parameter : bodyOrForm) {
        const JsonNode *name = parameter->get("name");
        if (!name || !name->isString())
            continue;
        JsonNode schema = JsonObjectBuilder(m_arena).build(parameter->offset());
        if (const JsonNode *type = parameter->get("type"); type && type->equals("file")) {
            hasFile = true;
            JsonObjectBuilder binary(m_arena);
            binary.set("type", string("string", type->offset()));
            binary.set("format", string("binary", type->offset()));
            if (const JsonNode *description = parameter->get("description"))
                binary.set("description", *description);
            schema = binary.build(parameter->offset());
        } else if (auto legacy = SwaggerConverter::legacyParameter(m_arena, *parameter)) {
            schema = legacy->schema;
            if (const JsonNode *description = parameter->get("description")) {
                JsonObjectBuilder described(m_arena);
                for (const JsonMember &member : schema.members())
                    described.set(member.key(), member.value, member.keyOffset);
                described.set("description", *description);
                schema = described.build(schema.offset());
            }
        }
        properties.set(name->stringView(), schema, name->offset());
        if (parameter->get("required") && parameter->get("required")->toBool())
            required.push_back(*name);
    }
    if (types.empty())
        types.push_back(hasFile ? std::string_view("multipart/form-data")
                                : std::string_view("application/x-www-form-urlencoded"));
    JsonObjectBuilder schema(m_arena);
    schema.set("type", string("object", offset));
    schema.set("properties", properties.build(offset));
    if (!required.empty())
        schema.set("required", makeArenaArray(m_arena, required, offset));
    const JsonNode schemaNode = schema.build(offset);
    JsonObjectBuilder content(m_arena);
    for (std::string_view type : types) {
        JsonObjectBuilder media(m_arena);
        media.set("schema", schemaNode);
        content.set(type, media.build(offset));
    }
    request.set("content", content.build(offset));
    if (!required.empty())
        request.set("required", JsonNode::makeBool(true, offset));
    return request.build(offset);
}

JsonNode Converter::operation(const JsonNode &operation,
                              const QString &pointer,
                              const std::vector<const JsonNode *> &pathBodyParameters)
{
    JsonObjectBuilder converted(m_arena);
    for (const JsonMember &member : operation.members()) {
        if (!isOneOf(member.key(), {"parameters", "consumes", "produces", "responses", "schemes"}))
            converted.set(member.key(), rewrite(member.value), member.keyOffset);
    }
    const JsonNode *consumes
        = operation.get("consumes") ? operation.get("consumes") : m_root.get("consumes");
    const JsonNode *produces
        = operation.get("produces") ? operation.get("produces") : m_root.get("produces");

    std::vector<JsonNode> parameters;
    std::vector<const JsonNode *> bodyOrForm;
    std::vector<std::pair<std::string_view, std::string_view>> ownNames;
    if (const JsonNode *list = operation.get("parameters"); list && list->isArray()) {
        const auto items = list->items();
        for (quint32 i = 0; i < items.size(); ++i) {
            const JsonNode &item = items[i];
            const JsonNode *resolved = resolveParameter(item);
            const JsonNode *in = resolved ? resolved->get("in") : nullptr;
            const JsonNode *name = resolved ? resolved->get("name") : nullptr;
            if (in && name)
                ownNames.emplace_back(name->stringView(), in->stringView());
            if (in && (in->equals("body") || in->equals("formData"))) {
                bodyOrForm.push_back(resolved); // inlined: the operation's consumes apply
                continue;
            }
            parameters.push_back(parameter(item));
        }
    }
    for (const JsonNode *inherited : pathBodyParameters) {
        const JsonNode *name = inherited->get("name");
        const JsonNode *in = inherited->get("in");
        bool overridden = false;
        for (const auto &[ownName, ownIn] : ownNames)
            overridden
                = overridden
                  || (name && in && ownName == name->stringView() && ownIn == in->stringView());
        if (!overridden)
            bodyOrForm.push_back(inherited);
    }
    int bodies = 0;
    for (const JsonNode *parameter : bodyOrForm)
        bodies += parameter->get("in") && parameter->get("in")->equals("body") ? 1 : 0;
    if (bodies > 0 && bodies != int(bodyOrForm.size())) {
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::InvalidParameter,
             SwaggerConverter::tr("An operation cannot have both body and formData parameters; the "
                                  "formData parameters are ignored"),
             JsonPointer::append(pointer, u"parameters"),
             operation.offset());
    }
    if (!parameters.empty())
        converted.set("parameters",
                      makeArenaArray(m_arena, parameters, operation.get("parameters")->offset()));
    if (auto body = requestBody(bodyOrForm, consumes, operation.offset()))
        converted.set("requestBody", *body);

    if (const JsonNode *responses = operation.get("responses"); responses && responses->isObject()) {
        JsonObjectBuilder map(m_arena);
        for (const JsonMember &member : responses->members()) {
            map.set(member.key(),
                    member.value.isObject() && !isExtension(member.key())
                        ? response(member.value, produces)
                        : member.value,
                    member.keyOffset);
        }
        converted.set("responses", map.build(responses->offset()));
    }
    if (const JsonNode *schemes = operation.get("schemes"))
        converted.set("servers", servers(schemes, schemes->offset()));
    return converted.build(operation.offset());
}

JsonNode Converter::pathItem(const JsonNode &item, const QString &pointer)
{
    if (!item.isObject())
        return item;
    JsonObjectBuilder converted(m_arena);
    std::vector<const JsonNode *> bodyParameters;
    std::vector<JsonNode> parameters;
    if (const JsonNode *list = item.get("parameters"); list && list->isArray()) {
        for (const JsonNode &parameterNode : list->items()) {
            const JsonNode *resolved = resolveParameter(parameterNode);
            const JsonNode *in = resolved ? resolved->get("in") : nullptr;
            if (in && (in->equals("body") || in->equals("formData")))
                bodyParameters.push_back(resolved);
            else
                parameters.push_back(parameter(parameterNode));
        }
    }
    for (const JsonMember &member : item.members()) {
        const std::string_view key = member.key();
        if (key == "parameters") {
            if (!parameters.empty())
                converted.set(key,
                              makeArenaArray(m_arena, parameters, member.value.offset()),
                              member.keyOffset);
            continue;
        }
        bool method = false;
        for (std::string_view name : Methods)
            method = method || key == name;
        if (method && member.value.isObject())
            converted.set(key,
                          operation(member.value, JsonPointer::append(pointer, key), bodyParameters),
                          member.keyOffset);
        else
            converted.set(key, rewrite(member.value), member.keyOffset);
    }
    return converted.build(item.offset());
}

JsonNode Converter::run()
{
    JsonObjectBuilder root(m_arena);
    const quint32 offset = m_root.offset();
    root.set("openapi", string("3.0.3", offset));
    for (const JsonMember &member : m_root.members()) {
        const std::string_view key = member.key();
        if (key == "info" || key == "tags" || key == "externalDocs" || key == "security"
            || isExtension(key))
            root.set(key, member.value, member.keyOffset);
    }
    root.set("servers",
             servers(m_root.get("schemes"),
                     m_root.get("host") ? m_root.get("host")->offset() : offset));

    if (const JsonNode *paths = m_root.get("paths"); paths && paths->isObject()) {
        JsonObjectBuilder converted(m_arena);
        for (const JsonMember &member : paths->members()) {
            converted.set(member.key(),
                          isExtension(member.key())
                              ? member.value
                              : pathItem(member.value,
                                         JsonPointer::append(QStringLiteral("/paths"),
                                                             member.key())),
                          member.keyOffset);
        }
        root.set("paths", converted.build(paths->offset()));
    }

    JsonObjectBuilder components(m_arena);
    if (const JsonNode *definitions = m_root.get("definitions");
        definitions && definitions->isObject())
        components.set("schemas", rewrite(*definitions));
    if (const JsonNode *responses = m_root.get("responses"); responses && responses->isObject()) {
        JsonObjectBuilder converted(m_arena);
        for (const JsonMember &member : responses->members())
            converted.set(member.key(),
                          response(member.value, m_root.get("produces")),
                          member.keyOffset);
        components.set("responses", converted.build(responses->offset()));
    }
    if (const JsonNode *parameters = m_root.get("parameters");
        parameters && parameters->isObject()) {
        JsonObjectBuilder plain(m_arena);
        JsonObjectBuilder bodies(m_arena);
        for (const JsonMember &member : parameters->members()) {
            const JsonNode *in = member.value.get("in");
            if (in && in->equals("body")) {
                const std::vector<const JsonNode *> one{&member.value};
                if (auto body = requestBody(one, m_root.get("consumes"), member.value.offset()))
                    bodies.set(member.key(), *body, member.keyOffset);
            } else if (!(in && in->equals("formData"))) {
                plain.set(member.key(), parameter(member.value), member.keyOffset);
            }
        }
        if (!plain.isEmpty())
            components.set("parameters", plain.build(parameters->offset()));
        if (!bodies.isEmpty())
            components.set("requestBodies", bodies.build(parameters->offset()));
    }
    if (const JsonNode *definitions = m_root.get("securityDefinitions");
        definitions && definitions->isObject()) {
        JsonObjectBuilder schemes(m_arena);
        for (const JsonMember &member : definitions->members())
            schemes.set(member.key(),
                        member.value.isObject() ? securityScheme(member.value) : member.value,
                        member.keyOffset);
        components.set("securitySchemes", schemes.build(definitions->offset()));
    }
    if (!components.isEmpty())
        root.set("components", components.build(offset));
    return root.build(offset);
}

} // namespace

JsonNode SwaggerConverter::convert(JsonTree &tree, const QUrl &url, Diagnostics &findings)
{
    Converter converter(tree, url, findings);
    return converter.run();
}

std::optional<LegacyParameter> SwaggerConverter::legacyParameter(JsonArena &arena,
                                                                 const JsonNode &parameter)
{
    if (!parameter.isObject() || !parameter.get("type"))
        return std::nullopt;
    LegacyParameter legacy;
    JsonObjectBuilder schema(arena);
    bool nullable = false;
    for (const JsonMember &member : parameter.members()) {
        for (std::string_view keyword : SchemaKeywords) {
            if (member.key() == keyword) {
                schema.set(member.key(), member.value, member.keyOffset);
                break;
            }
        }
        if ((member.key() == "x-nullable" || member.key() == "nullable") && member.value.toBool())
            nullable = true;
    }
    if (nullable) {
        schema.set("nullable", JsonNode::makeBool(true, parameter.offset()));
        legacy.nullableExtension = parameter.get("x-nullable") != nullptr;
    }
    legacy.schema = schema.build(parameter.offset());

    const JsonNode *type = parameter.get("type");
    if (type->equals("array")) {
        const JsonNode *format = parameter.get("collectionFormat");
        const JsonNode *in = parameter.get("in");
        const bool queryLike
            = !in || in->equals("query") || in->equals("cookie") || in->equals("formData");
        if (!format || format->equals("csv")) {
            legacy.style = queryLike ? "form" : "simple";
            legacy.explode = false;
        } else if (format->equals("multi")) {
            legacy.style = "form";
            legacy.explode = true;
        } else if (format->equals("ssv")) {
            legacy.style = "spaceDelimited";
            legacy.explode = false;
        } else if (format->equals("pipes")) {
            legacy.style = "pipeDelimited";
            legacy.explode = false;
        } else if (format->equals("tsv")) {
            legacy.style = queryLike ? "form" : "simple";
            legacy.explode = false;
            legacy.tabSeparated = true;
        }
    }
    return legacy;
}

} // namespace Oxa
