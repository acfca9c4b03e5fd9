// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/classification.h"
#include "document/specdocument.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Oxa {

/** A short description of a schema, for lists and summaries (the form compiles the full one). */
struct SchemaSummary
{
    QString type; ///< "string", "array<string>", "Pet", "string|integer", or empty
    QString format;
    QString referenceName; ///< "Pet" for a reference to #/components/schemas/Pet
    QStringList enumValues;
    bool nullable = false;

    /** "string (uuid)", "array<Pet>, nullable"… */
    QString text() const;
};

enum class ParameterLocation : quint8 { Path, Query, Header, Cookie };

/** "path", "query", "header", "cookie". */
const char *parameterLocationName(ParameterLocation location);
/** The location OpenAPI's `in` names ("path", "query", "header", "cookie"); nothing otherwise. */
std::optional<ParameterLocation> parameterLocationNamed(QStringView name);

struct MediaType
{
    QString name;
    NodeRef schema;
    SchemaSummary schemaSummary;
    NodeRef example;
    NodeRef examples;
    NodeRef encoding;
};

/**
 * Where a media type's schema lies: `owner` (a response's or a request body's pointer), then
 * "content", the media type's name escaped, and "schema". SchemaSet compiles under this name.
 */
QString mediaSchemaPointer(const QString &owner, const QString &mediaName);

struct MediaType;

/**
 * The declared media type a message of this Content-Type falls under, the most specific first:
 * the exact type, then its family ("text" and a star), then any ("*" and "*"), whatever their
 * order in `content`;
 * parameters (";charset=…") and case are ignored. Null when none does. The call's check of an
 * answer and the mock's check of a request both match with it.
 */
const MediaType *mediaForContentType(const QList<MediaType> &content, QStringView contentType);

struct Parameter
{
    QString name;
    ParameterLocation location = ParameterLocation::Query;
    bool required = false;
    bool deprecated = false;
    bool allowEmptyValue = false;
    QString description;
    /** The schema; synthesised from Swagger-2-style keywords when the document had none. */
    NodeRef schema;
    SchemaSummary schemaSummary;
    QString style;
    bool explode = false;
    bool allowReserved = false;
    /** Instead of a schema: one media type describing the value. */
    QList<MediaType> content;
    NodeRef example;
    NodeRef examples;
    /** Where the parameter is used (…/parameters/2), for jumping to it. */
    QString pointer;
    /** Declared on the path item, not on the operation. */
    bool inherited = false;
    /** Written in the Swagger 2 style (type and friends without a schema). */
    bool swaggerStyle = false;
};

struct RequestBody
{
    QString description;
    bool required = false;
    QList<MediaType> content;
    QString pointer;
};

struct Header
{
    QString name;
    QString description;
    bool required = false;
    bool deprecated = false;
    NodeRef schema;
    SchemaSummary schemaSummary;
};

struct Link
{
    QString name;
    QString operationId;
    QString operationRef;
    QString description;
    NodeRef parameters;
    NodeRef requestBody;
};

struct Response
{
    QString code; ///< "200", "4XX" or "default"
    QString description;
    QList<MediaType> content;
    QList<Header> headers;
    QList<Link> links;
    QString pointer;
};

/** All of its schemes must be satisfied; an empty requirement means "anonymous is fine". */
struct SecurityRequirement
{
    QList<QPair<QString, QStringList>> schemes; ///< scheme name and scopes
};

struct ServerVariable
{
    QString name;
    QString defaultValue;
    QStringList enumValues;
    QString description;
};

struct Server
{
    QString url;
    QString description;
    QList<ServerVariable> variables;
};

struct CallbackOperation
{
    QString name;
    QString expression;
    QString method;
    QString summary;
    QString pointer;
};

/** One callable operation: method and path, everything needed to call it, and its OXA class. */
struct Operation
{
    QString key;    ///< "GET /alerts/{uuid}": unique in a catalog
    QString method; ///< upper case
    QString path;
    QString operationId;
    bool operationIdSynthesised = false;
    QString summary;
    QString description;
    QStringList tags;
    bool deprecated = false;
    /** The operation's parameters, then the path item's that it does not override. */
    QList<Parameter> parameters;
    std::optional<RequestBody> requestBody;
    /** Sorted: numeric codes and ranges in order, "default" last. */
    QList<Response> responses;
    /** The operation's requirements, or the document's when it declares none. */
    QList<SecurityRequirement> security;
    /** Operation servers, else path item servers, else document servers, else "/". */
    QList<Server> servers;
    QList<CallbackOperation> callbacks;
    Capability capability = Capability::Other;
    Risk risk = Risk::Read;
    QString capabilityReason;
    QString riskReason;
    QString pointer; ///< "/paths/~1alerts~1{uuid}/get", or "/webhooks/…" for a webhook
    NodeRef node;
    bool webhook = false;

    QStringList requestBodyContentTypes() const;
    QStringList responseCodes() const;
    /** The response declared for a status: the exact code, then its class ("4XX"), then default. */
    const Response *responseFor(int status) const;
};

struct OAuthFlow
{
    QString type; ///< implicit, password, clientCredentials, authorizationCode
    QString authorizationUrl;
    QString tokenUrl;
    QString refreshUrl;
    QList<QPair<QString, QString>> scopes;
};

struct SecurityScheme
{
    QString name;
    QString type; ///< apiKey, http, oauth2, openIdConnect, mutualTLS
    QString description;
    QString scheme;       ///< http: basic, bearer…
    QString bearerFormat; ///< http bearer
    QString in;           ///< apiKey: header, query, cookie
    QString parameterName;
    QString openIdConnectUrl;
    QList<OAuthFlow> flows;
};

struct Tag
{
    QString name;
    QString description;
    std::optional<Capability> capability;
    std::optional<Risk> risk;
    bool declared = false; ///< in the document's tags list (or only used by operations)
};

} // namespace Oxa
