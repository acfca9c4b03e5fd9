// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "requestvalues.h"

#include "core/secrets.h"
#include "document/jsonpointer.h"

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

bool isSecretParameter(const Parameter &parameter)
{
    return parameter.location == ParameterLocation::Cookie || isSecretName(parameter.name);
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

} // namespace Oxa
