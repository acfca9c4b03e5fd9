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

/** A value with its secrets left out (Undefined when all of it is) and with them masked. */
struct Redacted
{
    QJsonValue kept;
    QJsonValue masked;
};

/** Finds the secrets in values, and gives each back with them left out and masked. */
class Walk
{
public:
    Walk(const SchemaSet &schemas, RequestSecrets &found)
        : m_schemas(schemas)
        , m_found(found)
    {}

    Redacted redact(const Applicable &applicable,
                    const QJsonValue &value,
                    const QString &place,
                    int depth = 0)
    {
        if (secretBySchema(applicable))
            return secret(value, place);
        if (depth >= kMaxDepth)
            return {value, value};
        if (value.isObject()) {
            QJsonObject kept;
            QJsonObject masked;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const Redacted member = redact(memberSchemas(m_schemas, applicable, it.key()),
                                               it.value(),
                                               JsonPointer::append(place, it.key()),
                                               depth + 1);
                if (!member.kept.isUndefined())
                    kept.insert(it.key(), member.kept);
                masked.insert(it.key(), member.masked);
            }
            return {kept, masked};
        }
        if (value.isArray()) {
            QJsonArray kept;
            QJsonArray masked;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const Redacted item = redact(itemSchemas(m_schemas, applicable, i),
                                             array.at(i),
                                             JsonPointer::append(place, i),
                                             depth + 1);
                // An array keeps its length: a secret item is kept as null.
                kept.append(item.kept.isUndefined() ? QJsonValue(QJsonValue::Null) : item.kept);
                masked.append(item.masked);
            }
            return {kept, masked};
        }
        return {value, value};
    }

    /** A value secret as a whole: found, left out, masked. */
    Redacted secret(const QJsonValue &value, const QString &place)
    {
        if (!m_found.places.contains(place))
            m_found.places.append(place);
        leaves(value, 0);
        return {QJsonValue(QJsonValue::Undefined), QJsonValue(QString::fromUtf8(secretMask()))};
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
            const bool secretByPlace
                = parameter ? isSecretParameter(*parameter)
                            : location == ParameterLocation::Cookie || isSecretName(it.key());
            Applicable applicable;
            if (parameter && !secretByPlace)
                gather(schemas, parameterSchema(*parameter, schemas), applicable);
            const Redacted redacted = secretByPlace ? walk.secret(it.value(), place)
                                                    : walk.redact(applicable, it.value(), place);
            if (!redacted.kept.isUndefined())
                kept.insert(it.key(), redacted.kept);
            masked.insert(it.key(), redacted.masked);
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
        const Redacted body = walk.redact(applicable, values.body, QStringLiteral("body"));
        found.kept.body = body.kept;
        found.masked.body = body.masked;
    }
    found.values.removeAll(QByteArray());
    return found;
}

} // namespace Oxa
