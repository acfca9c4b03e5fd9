// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "requestsecrets.h"

#include "core/secrets.h"
#include "document/jsonpointer.h"
#include "schema/jsonvalues.h"
#include "schema/schema.h"
#include "schema/schemaset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Oxa {

namespace {

// Bounds on the walk: a body is a form's value, small, but a schema graph may be cyclic.
constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxApplicable = 256;

using Applicable = QList<const Schema *>;

/** The schemas that apply at one place: the schema, its references and its applicators. */
void gather(const SchemaSet &schemas, const Schema *schema, Applicable &out)
{
    if (!schema || schema->kind != Schema::Kind::Normal || out.contains(schema)
        || out.size() >= kMaxApplicable)
        return;
    out.append(schema);
    if (!schema->refText.empty())
        gather(schemas, schemas.target(*schema), out);
    if (!schema->dynamicRefText.empty())
        gather(schemas, schemas.dynamicTarget(*schema), out);
    for (const auto *list : {&schema->allOf, &schema->anyOf, &schema->oneOf}) {
        for (const Schema *sub : *list)
            gather(schemas, sub, out);
    }
    gather(schemas, schema->thenSchema, out);
    gather(schemas, schema->elseSchema, out);
}

bool secretBySchema(const Applicable &applicable)
{
    for (const Schema *schema : applicable) {
        if (schema->writeOnly || schema->format == "password")
            return true;
    }
    return false;
}

/** The schemas of a member, from every schema that applies to its object. */
Applicable memberSchemas(const SchemaSet &schemas, const Applicable &object, const QString &name)
{
    Applicable out;
    const QByteArray utf8 = name.toUtf8();
    const std::string_view key(utf8.constData(), size_t(utf8.size()));
    for (const Schema *schema : object) {
        bool matched = false;
        if (const Schema *property = schema->property(key)) {
            gather(schemas, property, out);
            matched = true;
        }
        for (const Schema::PatternSchema &pattern : schema->patternProperties) {
            if (pattern.pattern.match(name).hasMatch()) {
                gather(schemas, pattern.schema, out);
                matched = true;
            }
        }
        if (!matched)
            gather(schemas, schema->additionalProperties, out);
    }
    return out;
}

Applicable itemSchemas(const SchemaSet &schemas, const Applicable &array, qsizetype index)
{
    Applicable out;
    for (const Schema *schema : array) {
        if (index < qsizetype(schema->prefixItems.size()))
            gather(schemas, schema->prefixItems[size_t(index)], out);
        else
            gather(schemas, schema->items, out);
    }
    return out;
}

/** Finds secrets in one value, and gives it back with them left out or masked. */
class Walk
{
public:
    Walk(const SchemaSet &schemas, RequestSecrets &found)
        : m_schemas(schemas)
        , m_found(found)
    {}

    /** The value with its secret parts masked (`masked`) or left out; Undefined when all is. */
    QJsonValue redact(const Applicable &applicable,
                      const QJsonValue &value,
                      const QString &place,
                      bool masked,
                      int depth = 0)
    {
        if (secretBySchema(applicable)) {
            secret(value, place, masked);
            return masked ? maskOf(value) : QJsonValue(QJsonValue::Undefined);
        }
        if (depth >= kMaxDepth)
            return value;
        if (value.isObject()) {
            QJsonObject out;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QJsonValue member = redact(memberSchemas(m_schemas, applicable, it.key()),
                                                 it.value(),
                                                 JsonPointer::append(place, it.key()),
                                                 masked,
                                                 depth + 1);
                if (!member.isUndefined())
                    out.insert(it.key(), member);
            }
            return out;
        }
        if (value.isArray()) {
            QJsonArray out;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue item = redact(itemSchemas(m_schemas, applicable, i),
                                               array.at(i),
                                               JsonPointer::append(place, i),
                                               masked,
                                               depth + 1);
                out.append(item.isUndefined() ? QJsonValue(QJsonValue::Null) : item);
            }
            return out;
        }
        return value;
    }

    /** A value that is secret whatever its schema says (by its place or its name). */
    void secret(const QJsonValue &value, const QString &place, bool masked)
    {
        // Found on the first pass only: the second masks what the first found.
        if (masked)
            return;
        if (!m_found.places.contains(place))
            m_found.places.append(place);
        leaves(value, 0);
    }

    static QJsonValue maskOf(const QJsonValue &value)
    {
        Q_UNUSED(value)
        return QJsonValue(QString::fromUtf8(secretMask()));
    }

private:
    void leaves(const QJsonValue &value, int depth)
    {
        if (depth >= kMaxDepth)
            return;
        if (value.isObject()) {
            for (const QJsonValue &member : value.toObject())
                leaves(member, depth + 1);
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                leaves(item, depth + 1);
        } else if (value.isString()) {
            m_found.values.append(value.toString().toUtf8());
        } else if (value.isDouble() || value.isBool()) {
            m_found.values.append(compactJson(value));
        }
    }

    const SchemaSet &m_schemas;
    RequestSecrets &m_found;
};

const Parameter *parameterNamed(const Operation &operation,
                                ParameterLocation location,
                                const QString &name)
{
    for (const Parameter &p : operation.parameters) {
        if (p.location == location && p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace

RequestSecrets requestSecrets(const Operation &operation,
                              SchemaSet &schemas,
                              const RequestValues &values)
{
    RequestSecrets found;
    Walk walk(schemas, found);
    found.kept = values;
    found.masked = values;
    for (ParameterLocation location : {ParameterLocation::Path,
                                       ParameterLocation::Query,
                                       ParameterLocation::Header,
                                       ParameterLocation::Cookie}) {
        const QString where = QString::fromLatin1(parameterLocationName(location));
        const QJsonObject given = values.at(location);
        QJsonObject kept;
        QJsonObject masked;
        for (auto it = given.begin(); it != given.end(); ++it) {
            const Parameter *parameter = parameterNamed(operation, location, it.key());
            const QString place = JsonPointer::append(where, it.key());
            Applicable applicable;
            if (parameter) {
                QString pointer;
                const NodeRef node = parameterSchema(*parameter, &pointer);
                gather(schemas, node ? schemas.compile(node, pointer) : nullptr, applicable);
            }
            const bool secretByPlace
                = parameter ? isSecretParameter(*parameter)
                            : location == ParameterLocation::Cookie || isSecretName(it.key());
            if (secretByPlace) {
                walk.secret(it.value(), place, false);
                masked.insert(it.key(), Walk::maskOf(it.value()));
                continue;
            }
            const QJsonValue keptValue = walk.redact(applicable, it.value(), place, false);
            if (!keptValue.isUndefined())
                kept.insert(it.key(), keptValue);
            masked.insert(it.key(), walk.redact(applicable, it.value(), place, true));
        }
        found.kept.at(location) = kept;
        found.masked.at(location) = masked;
    }
    if (operation.requestBody && !values.body.isUndefined()) {
        Applicable applicable;
        if (const MediaType *media = requestMedia(*operation.requestBody, values.mediaType);
            media && media->schema) {
            gather(schemas,
                   schemas.compile(media->schema,
                                   mediaSchemaPointer(operation.requestBody->pointer, media->name)),
                   applicable);
        }
        found.kept.body = walk.redact(applicable, values.body, QStringLiteral("body"), false);
        found.masked.body = walk.redact(applicable, values.body, QStringLiteral("body"), true);
    }
    found.values.removeAll(QByteArray());
    return found;
}

} // namespace Oxa
