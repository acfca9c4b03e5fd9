// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// request/ turns what a person entered into requests: the values of a form, and (later) their
// serialization, authentication and sending.

#include "catalog/operation.h"
#include "core/error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace Oxa {

class Schema;
class SchemaSet;

/** The values of one request: parameters by location and name, the media type and the body. */
struct RequestValues
{
    QJsonObject path;
    QJsonObject query;
    QJsonObject header;
    QJsonObject cookie;
    QString mediaType;
    QJsonValue body = QJsonValue(QJsonValue::Undefined); ///< Undefined: no body

    QJsonObject &at(ParameterLocation location);
    const QJsonObject &at(ParameterLocation location) const;
    bool isEmpty() const;

    /** {"path", "query", "header", "cookie", "mediaType", "body"}; no "body" when Undefined. */
    QJsonObject toJson() const;
    static RequestValues fromJson(const QJsonObject &json);

    friend bool operator==(const RequestValues &, const RequestValues &) = default;
};

/** How a body of a media type is edited and sent. */
enum class MediaKind : quint8 {
    Json,      ///< application/json, */*+json, and the wildcards
    Form,      ///< application/x-www-form-urlencoded
    Multipart, ///< multipart/form-data
    Text,      ///< text/*
    Binary,    ///< anything else: the bytes of a file
};
MediaKind mediaKindOf(const QString &mediaType);

/**
 * The media type offered first when there is a choice (a form's body, oxa-cli call's, a mock's
 * answer): the first JSON one, else the first declared; null when there is none.
 */
const MediaType *preferredMedia(const QList<MediaType> &content);

/** The media type a body is sent as: the one named (exactly), else the first declared; null when none is. */
const MediaType *requestMedia(const RequestBody &body, const QString &mediaType);

/**
 * Whether a parameter's value is a secret by its place (cookies) or its name (token, key,
 * secret, password, session, authorization, credential, signature): never stored or logged.
 */
bool isSecretParameter(const Parameter &parameter);

/**
 * Whether OpenAPI ignores this parameter: a header named Accept, Content-Type or Authorization,
 * which the request's own fields say (the media types, the security schemes). Never sent,
 * never required, never checked.
 */
bool isIgnoredHeader(const Parameter &parameter);

/**
 * Puts one `name=value` argument (`location:name=value` when a name is used in two places)
 * into `values`, the text typed by the parameter's schema (a number, a boolean, a list…) as a
 * form would. An Error saying what is wrong when the argument has no `=` or the operation no
 * such parameter. oxa-cli call, run and batch read their --param with it.
 */
Result<void> assignParameter(const Operation &operation,
                             SchemaSet &schemas,
                             const QString &argument,
                             RequestValues &values);

/**
 * The schema of a parameter: its own, or that of its single content media type; `pointer` is
 * set to where it is. Invalid when the parameter has neither.
 */
NodeRef parameterSchema(const Parameter &parameter, QString *pointer);
/** The same, compiled by `schemas`; null when the parameter has none. */
const Schema *parameterSchema(const Parameter &parameter, SchemaSet &schemas);

} // namespace Oxa

Q_DECLARE_METATYPE(Oxa::RequestValues)
