// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "requestvalues.h"

#include "core/secrets.h"
#include "document/jsonpointer.h"
#include "schema/fieldshape.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

#include <QCoreApplication>

namespace Oxa {

QJsonObject &RequestValues::at(ParameterLocation location)
{
    switch (location) {
    case ParameterLocation::Path:
        return path;
    case ParameterLocation::Query:
        return query;
    case ParameterLocation::Header:
        return header;
    case ParameterLocation::Cookie:
        break;
    }
    return cookie;
}

const QJsonObject &RequestValues::at(ParameterLocation location) const
{
    return const_cast<RequestValues *>(this)->at(location);
}

bool RequestValues::isEmpty() const
{
    return path.isEmpty() && query.isEmpty() && header.isEmpty() && cookie.isEmpty()
           && body.isUndefined();
}

QJsonObject RequestValues::toJson() const
{
    QJsonObject out{{QStringLiteral("path"), path},
                    {QStringLiteral("query"), query},
                    {QStringLiteral("header"), header},
                    {QStringLiteral("cookie"), cookie},
                    {QStringLiteral("mediaType"), mediaType}};
    if (!body.isUndefined())
        out.insert(QStringLiteral("body"), body);
    return out;
}

RequestValues RequestValues::fromJson(const QJsonObject &json)
{
    RequestValues values;
    values.path = json.value(QStringLiteral("path")).toObject();
    values.query = json.value(QStringLiteral("query")).toObject();
    values.header = json.value(QStringLiteral("header")).toObject();
    values.cookie = json.value(QStringLiteral("cookie")).toObject();
    values.mediaType = json.value(QStringLiteral("mediaType")).toString();
    values.body = json.value(QStringLiteral("body")); // Undefined when absent
    return values;
}

MediaKind mediaKindOf(const QString &mediaType)
{
    const QString type = mediaType.section(u';', 0, 0).trimmed().toLower();
    if (type.isEmpty() || type == u"application/json" || type.endsWith(QStringLiteral("+json"))
        || type == u"*/*" || type == u"application/*")
        return MediaKind::Json;
    if (type == u"application/x-www-form-urlencoded")
        return MediaKind::Form;
    if (type == u"multipart/form-data")
        return MediaKind::Multipart;
    if (type.startsWith(QStringLiteral("text/")))
        return MediaKind::Text;
    return MediaKind::Binary;
}

const MediaType *preferredMedia(const QList<MediaType> &content)
{
    for (const MediaType &media : content) {
        if (mediaKindOf(media.name) == MediaKind::Json)
            return &media;
    }
    return content.isEmpty() ? nullptr : &content.front();
}

Result<void> assignParameter(const Operation &operation,
                             SchemaSet &schemas,
                             const QString &argument,
                             RequestValues &values)
{
    const qsizetype equals = argument.indexOf(u'=');
    if (equals <= 0)
        return makeError(Error::Code::Unsupported,
                         QCoreApplication::translate("Oxa::RequestValues",
                                                     "A parameter is given as name=value: %1")
                             .arg(argument));
    QString name = argument.left(equals);
    std::optional<ParameterLocation> location;
    if (const qsizetype colon = name.indexOf(u':'); colon > 0) {
        location = parameterLocationNamed(QStringView(name).left(colon));
        if (location)
            name = name.mid(colon + 1);
    }
    const Parameter *found = nullptr;
    for (const Parameter &p : operation.parameters) {
        if (!found && p.name == name && (!location || *location == p.location))
            found = &p;
    }
    if (!found)
        return makeError(Error::Code::Unsupported,
                         QCoreApplication::translate("Oxa::RequestValues", "%1 has no parameter %2.")
                             .arg(operation.operationId.isEmpty() ? operation.key
                                                                  : operation.operationId,
                                  name));
    const Schema *schema = parameterSchema(*found, schemas);
    values.at(found->location)
        .insert(name, valueFromText(describeField(schemas, schema), argument.mid(equals + 1)));
    return {};
}

const MediaType *requestMedia(const RequestBody &body, const QString &mediaType)
{
    for (const MediaType &media : body.content) {
        if (media.name == mediaType)
            return &media;
    }
    return body.content.isEmpty() ? nullptr : &body.content.front();
}

bool isSecretParameter(const Parameter &parameter)
{
    return parameter.location == ParameterLocation::Cookie || isSecretName(parameter.name);
}

bool isIgnoredHeader(const Parameter &parameter)
{
    if (parameter.location != ParameterLocation::Header)
        return false;
    for (const QStringView name : {u"Accept", u"Content-Type", u"Authorization"}) {
        if (parameter.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

NodeRef parameterSchema(const Parameter &parameter, QString *pointer)
{
    if (parameter.schema) {
        *pointer = parameter.pointer + QStringLiteral("/schema");
        return parameter.schema;
    }
    if (!parameter.content.isEmpty()) {
        *pointer = JsonPointer::append(parameter.pointer + QStringLiteral("/content"),
                                       parameter.content.front().name)
                   + QStringLiteral("/schema");
        return parameter.content.front().schema;
    }
    return NodeRef();
}

const Schema *parameterSchema(const Parameter &parameter, SchemaSet &schemas)
{
    QString pointer;
    const NodeRef node = parameterSchema(parameter, &pointer);
    return node ? schemas.compile(node, pointer) : nullptr;
}

} // namespace Oxa
