// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "requestcheck.h"

#include "document/jsontree.h"
#include "schema/examplegenerator.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

namespace Oxa {

namespace {

SchemaValidator::Options requestOptions(int maxErrors)
{
    SchemaValidator::Options options;
    options.direction = SchemaValidator::Direction::Request;
    options.maxErrors = maxErrors;
    return options;
}

/** The value of the first named example (`examples: {name: {value: …}}`), if any. */
const JsonNode *firstNamedExample(const NodeRef &examples)
{
    if (!examples || !examples->isObject())
        return nullptr;
    for (const JsonMember &member : examples.members()) {
        if (const JsonNode *value = member.value.get("value"))
            return value;
    }
    return nullptr;
}

} // namespace

QString RequestProblem::where() const
{
    QString out = in;
    if (!name.isEmpty())
        out += u' ' + name;
    if (!pointer.isEmpty())
        out += u' ' + pointer;
    return out;
}

QString RequestProblem::text() const
{
    return where() + QStringLiteral(": ") + message;
}

QJsonObject RequestProblem::toJson() const
{
    QJsonObject out{{QStringLiteral("in"), in}, {QStringLiteral("message"), message}};
    if (!name.isEmpty())
        out.insert(QStringLiteral("name"), name);
    if (!pointer.isEmpty())
        out.insert(QStringLiteral("pointer"), pointer);
    return out;
}

RequestCheck::RequestCheck(SchemaSet &schemas, const Operation &operation, int maxErrors)
    : m_schemas(schemas)
    , m_operation(operation)
    , m_validator(schemas, requestOptions(maxErrors))
{}

bool RequestCheck::isRequired(const Parameter &parameter)
{
    return parameter.required || parameter.location == ParameterLocation::Path;
}

const Schema *RequestCheck::schemaOf(const Parameter &parameter) const
{
    return parameterSchema(parameter, m_schemas);
}

const Schema *RequestCheck::bodySchema(const QString &mediaType) const
{
    if (!m_operation.requestBody)
        return nullptr;
    const MediaType *media = requestMedia(*m_operation.requestBody, mediaType);
    if (!media || !media->schema)
        return nullptr;
    return m_schemas.compile(media->schema,
                             mediaSchemaPointer(m_operation.requestBody->pointer, media->name));
}

bool RequestCheck::checksBody(const QString &mediaType)
{
    const MediaKind kind = mediaKindOf(mediaType);
    return kind != MediaKind::Text && kind != MediaKind::Binary;
}

QList<ValidationError> RequestCheck::parameterErrors(const Parameter &parameter,
                                                     const QJsonValue &value) const
{
    const Schema *schema = schemaOf(parameter);
    if (!schema)
        return {};
    return m_validator.validate(*schema, *treeOf(value)->root());
}

QList<ValidationError> RequestCheck::bodyErrors(const QString &mediaType, const JsonNode &body) const
{
    const QString type = mediaType.isEmpty() && m_operation.requestBody
                                 && !m_operation.requestBody->content.isEmpty()
                             ? m_operation.requestBody->content.front().name
                             : mediaType;
    const Schema *schema = checksBody(type) ? bodySchema(type) : nullptr;
    if (!schema)
        return {};
    return m_validator.validate(*schema, body);
}

QList<ValidationError> RequestCheck::bodyErrors(const QString &mediaType,
                                                const QJsonValue &body) const
{
    return bodyErrors(mediaType, *treeOf(body)->root());
}

QList<RequestProblem> RequestCheck::check(const RequestValues &values) const
{
    return parameterProblems(values) + bodyProblems(values);
}

QList<RequestProblem> RequestCheck::parameterProblems(const RequestValues &values) const
{
    QList<RequestProblem> problems;
    for (const Parameter &parameter : m_operation.parameters) {
        if (isIgnoredHeader(parameter))
            continue;
        const QString in = QString::fromLatin1(parameterLocationName(parameter.location));
        const QJsonValue value = values.at(parameter.location).value(parameter.name);
        if (value.isUndefined()) {
            if (isRequired(parameter))
                problems.append({in, parameter.name, QString(), tr("is required")});
            continue;
        }
        for (const ValidationError &error : parameterErrors(parameter, value))
            problems.append({in, parameter.name, error.instancePointer, error.message});
    }
    return problems;
}

QList<RequestProblem> RequestCheck::bodyProblems(const RequestValues &values) const
{
    QList<RequestProblem> problems;
    if (!m_operation.requestBody)
        return problems;
    const QString body = QStringLiteral("body");
    if (values.body.isUndefined()) {
        if (m_operation.requestBody->required)
            problems.append({body, QString(), QString(), tr("is required")});
        return problems;
    }
    for (const ValidationError &error : bodyErrors(values.mediaType, values.body))
        problems.append({body, QString(), error.instancePointer, error.message});
    return problems;
}

QJsonValue RequestCheck::parameterExample(const Parameter &parameter) const
{
    // Optional parameters only with what the document suggests: an example or a default.
    const Schema *schema = schemaOf(parameter);
    if (parameter.example)
        return toQJsonValue(*parameter.example.node);
    if (const JsonNode *named = firstNamedExample(parameter.examples))
        return toQJsonValue(*named);
    if (schema && schema->defaultValue)
        return toQJsonValue(*schema->defaultValue);
    if (schema && isRequired(parameter)) {
        ExampleGenerator::Options options;
        options.direction = SchemaValidator::Direction::Request;
        return ExampleGenerator(m_schemas, options).generate(*schema);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue RequestCheck::bodyExample(const QString &mediaType) const
{
    if (!m_operation.requestBody)
        return QJsonValue(QJsonValue::Undefined);
    const MediaType *media = requestMedia(*m_operation.requestBody, mediaType);
    const Schema *schema = bodySchema(mediaType);
    if (!media || !schema)
        return QJsonValue(QJsonValue::Undefined);
    // The document's own example first, when its schema accepts it.
    if (media->example && m_validator.isValid(*schema, *media->example.node))
        return toQJsonValue(*media->example.node);
    if (media->examples && media->examples->isObject()) {
        for (const JsonMember &member : media->examples.members()) {
            const JsonNode *value = member.value.get("value");
            if (value && m_validator.isValid(*schema, *value))
                return toQJsonValue(*value);
        }
    }
    ExampleGenerator::Options options;
    options.direction = SchemaValidator::Direction::Request;
    return ExampleGenerator(m_schemas, options).generate(*schema);
}

RequestValues RequestCheck::example(const QString &mediaType) const
{
    RequestValues values;
    for (const Parameter &parameter : m_operation.parameters) {
        if (isIgnoredHeader(parameter))
            continue;
        const QJsonValue example = parameterExample(parameter);
        if (!example.isUndefined() && !example.isNull())
            values.at(parameter.location).insert(parameter.name, example);
    }
    if (m_operation.requestBody) {
        const MediaType *media = requestMedia(*m_operation.requestBody, mediaType);
        values.mediaType = media ? media->name : mediaType;
        values.body = bodyExample(values.mediaType);
    }
    return values;
}

} // namespace Oxa
