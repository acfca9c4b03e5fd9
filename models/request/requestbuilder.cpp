// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "requestbuilder.h"

#include "core/headers.h"
#include "document/jsonpointer.h"
#include "request/parameterstyle.h"
#include "schema/fieldshape.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Oxa {

namespace {

/** The compiled schema of a node, or nullptr without a schema set. */
const Schema *compiled(SchemaSet *schemas, const NodeRef &node, const QString &pointer)
{
    return schemas && node ? schemas->compile(node, pointer) : nullptr;
}

/** An object schema's property names in declared order (allOf parts included). */
QStringList propertyOrder(SchemaSet *schemas, const Schema *schema)
{
    QStringList names;
    if (!schemas || !schema)
        return names;
    for (const Schema::Property &p : objectProperties(describeField(*schemas, schema)))
        names << QString::fromUtf8(p.name.data(), qsizetype(p.name.size()));
    return names;
}

struct Styled
{
    ParameterStyle style;
    bool explode;
    bool allowReserved;
};

Styled styleOf(const Parameter &p)
{
    const auto named = parameterStyleNamed(p.style);
    const ParameterStyle style = named.value_or(defaultParameterStyle(p.location));
    // The catalog keeps `explode` as written, or false: the default depends on the style.
    const bool explode = p.style.isEmpty() && !p.explode ? defaultExplode(style) : p.explode;
    return {style, explode, p.allowReserved};
}

} // namespace

QByteArray BuiltRequest::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

QString RequestBuilder::serverUrl(const Server &server, const QHash<QString, QString> &variables)
{
    QString url = server.url;
    for (const ServerVariable &v : server.variables)
        url.replace(u'{' + v.name + u'}', variables.value(v.name, v.defaultValue));
    return url;
}

Result<BuiltRequest> RequestBuilder::build(const Operation &operation,
                                           const RequestValues &values,
                                           const QString &baseUrl,
                                           const QUrl &documentUrl,
                                           SchemaSet *schemas)
{
    BuiltRequest request;
    request.method = operation.method.toUpper().toLatin1();

    // The server: typed, else declared; relative ones against the document's own location.
    QString server = baseUrl.trimmed();
    if (server.isEmpty() && !operation.servers.isEmpty())
        server = serverUrl(operation.servers.front());
    QUrl base(server);
    if (base.isRelative() && (documentUrl.scheme() == u"http" || documentUrl.scheme() == u"https"))
        base = documentUrl.resolved(base);
    if (base.isRelative() || base.host().isEmpty()
        || (base.scheme() != u"http" && base.scheme() != u"https"))
        return makeError(Error::Code::Unsupported,
                         server.isEmpty()
                             ? tr("The document names no server: type the back-end's base URL.")
                             : tr("The server %1 is not an http or https URL.").arg(server));

    // Path, query, headers, cookies.
    QString path = operation.path;
    QStringList query;
    QStringList cookies;
    for (const Parameter &p : operation.parameters) {
        const QJsonValue value = values.at(p.location).value(p.name);
        const bool missing = value.isUndefined();
        if (missing) {
            if (p.location == ParameterLocation::Path)
                return makeError(Error::Code::Unsupported,
                                 tr("The path parameter %1 has no value.").arg(p.name));
            continue;
        }
        QString pointer;
        const Schema *schema = compiled(schemas, parameterSchema(p, &pointer), pointer);
        const QStringList order = propertyOrder(schemas, schema);
        const Styled styled = styleOf(p);
        QString text;
        if (!p.content.isEmpty()) {
            // A `content` parameter: its value as JSON text.
            const QString json = QString::fromUtf8(compactJson(value));
            const ParameterEncoding encoding = p.location == ParameterLocation::Header
                                                   ? ParameterEncoding::None
                                                   : ParameterEncoding::Percent;
            text = p.location == ParameterLocation::Path || p.location == ParameterLocation::Header
                       ? percentEncode(json, encoding)
                       : percentEncode(p.name, encoding) + u'=' + percentEncode(json, encoding);
        } else {
            const ParameterEncoding encoding
                = p.location == ParameterLocation::Header ? ParameterEncoding::None
                  : styled.allowReserved && p.location == ParameterLocation::Query
                      ? ParameterEncoding::AllowReserved
                      : ParameterEncoding::Percent;
            text = serializeParameter(p.name, value, styled.style, styled.explode, encoding, order);
        }
        switch (p.location) {
        case ParameterLocation::Path:
            path.replace(u'{' + p.name + u'}', text);
            break;
        case ParameterLocation::Query:
            if (!text.isEmpty())
                query << text;
            break;
        case ParameterLocation::Header:
            if (isIgnoredHeader(p))
                break;
            if (text.contains(u'\r') || text.contains(u'\n'))
                return makeError(
                    Error::Code::Unsupported,
                    tr("The header %1 holds a line break, which would start another header.")
                        .arg(p.name));
            request.headers.append({p.name.toLatin1(), text.toUtf8()});
            break;
        case ParameterLocation::Cookie:
            if (!text.isEmpty())
                cookies << text;
            break;
        }
    }
    static const QRegularExpression unfilled(QStringLiteral("\\{[^}/]+\\}"));
    if (const auto match = unfilled.match(path); match.hasMatch())
        return makeError(Error::Code::Unsupported,
                         tr("The path parameter %1 has no value.")
                             .arg(match.captured().mid(1).chopped(1)));
    if (!cookies.isEmpty())
        request.headers.append(
            {QByteArrayLiteral("Cookie"), cookies.join(QStringLiteral("; ")).toUtf8()});

    QString basePath = base.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    QUrl url = base;
    url.setPath(basePath + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query.join(u'&'),
                     QUrl::TolerantMode); // encodes what a query cannot hold (| [ ])
    request.url = url;

    // The body.
    if (operation.requestBody && !values.body.isUndefined()) {
        const RequestBody &body = *operation.requestBody;
        const MediaType *media = requestMedia(body, values.mediaType);
        const QString type = media ? media->name : QStringLiteral("application/json");
        const QString pointer = media ? mediaSchemaPointer(body.pointer, media->name) : QString();
        const Schema *schema = media ? compiled(schemas, media->schema, pointer) : nullptr;
        QByteArray contentType; // none for multipart: the writer adds its boundary
        switch (mediaKindOf(type)) {
        case MediaKind::Json:
            contentType
                = type.contains(u'*') ? QByteArrayLiteral("application/json") : type.toLatin1();
            request.body = compactJson(values.body);
            break;
        case MediaKind::Form: {
            contentType = type.toLatin1();
            const QJsonObject object = values.body.toObject();
            QStringList order = propertyOrder(schemas, schema);
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!order.contains(it.key()))
                    order << it.key();
            }
            QStringList fields;
            for (const QString &name : order) {
                if (!object.contains(name))
                    continue;
                // The encoding object may give a property its own style.
                const NodeRef encoding
                    = media ? media->encoding.get(name.toStdString()) : NodeRef();
                const auto style = parameterStyleNamed(scalarText(encoding.get("style")))
                                       .value_or(ParameterStyle::Form);
                const NodeRef explodeNode = encoding.get("explode");
                const bool explode = explodeNode && explodeNode->isBool() ? explodeNode->toBool()
                                                                          : defaultExplode(style);
                const NodeRef reservedNode = encoding.get("allowReserved");
                const ParameterEncoding chars = reservedNode && reservedNode->toBool()
                                                    ? ParameterEncoding::AllowReserved
                                                    : ParameterEncoding::Percent;
                const QJsonValue value = object.value(name);
                const QString text
                    = value.isObject() || value.isArray()
                          ? serializeParameter(name, value, style, explode, chars)
                          : serializeParameter(name, value, ParameterStyle::Form, true, chars);
                if (!text.isEmpty())
                    fields << text;
            }
            request.body = fields.join(u'&').toUtf8();
            break;
        }
        case MediaKind::Multipart: {
            const QJsonObject object = values.body.toObject();
            const FieldDescription description
                = schemas && schema ? describeField(*schemas, schema) : FieldDescription();
            QStringList order = propertyOrder(schemas, schema);
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!order.contains(it.key()))
                    order << it.key();
            }
            for (const QString &name : order) {
                if (!object.contains(name))
                    continue;
                const QJsonValue value = object.value(name);
                BuiltRequest::Part part;
                part.name = name.toUtf8();
                const NodeRef encoding
                    = media ? media->encoding.get(name.toStdString()) : NodeRef();
                const QString declared = scalarText(encoding.get("contentType"));
                bool binary = false;
                for (const Schema::Property &p : objectProperties(description)) {
                    if (QString::fromUtf8(p.name.data(), qsizetype(p.name.size())) == name
                        && schemas)
                        binary = describeField(*schemas, p.schema).shape == FieldShape::File;
                }
                if (binary) {
                    part.file = value.toString();
                    part.contentType = declared.isEmpty()
                                           ? QByteArrayLiteral("application/octet-stream")
                                           : declared.toLatin1();
                } else if (value.isString()) {
                    part.data = value.toString().toUtf8();
                    part.contentType = declared.isEmpty()
                                           ? QByteArrayLiteral("text/plain; charset=utf-8")
                                           : declared.toLatin1();
                } else {
                    part.data = compactJson(value);
                    part.contentType = declared.isEmpty() ? QByteArrayLiteral("application/json")
                                                          : declared.toLatin1();
                }
                request.parts.append(part);
            }
            break;
        }
        case MediaKind::Text:
            contentType = type.contains(QStringLiteral("charset"))
                              ? type.toLatin1()
                              : (type + QStringLiteral("; charset=utf-8")).toLatin1();
            request.body = values.body.isString() ? values.body.toString().toUtf8()
                                                  : compactJson(values.body);
            break;
        case MediaKind::Binary:
            contentType = type.contains(u'*') ? QByteArrayLiteral("application/octet-stream")
                                              : type.toLatin1();
            request.bodyFile = values.body.toString();
            break;
        }
        if (!contentType.isEmpty())
            request.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    }
    return request;
}

} // namespace Oxa
