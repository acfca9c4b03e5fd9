// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// request/ turns what a person entered into requests: the values of a form, and (later) their
// serialization, authentication and sending.

#include "catalog/operation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Oxa {

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
 * Whether a parameter's value is a secret by its place (cookies) or its name (token, key,
 * secret, password, session, authorization, credential, signature): never stored or logged.
 */
bool isSecretParameter(const Parameter &parameter);

/**
 * The schema of a parameter: its own, or that of its single content media type; `pointer` is
 * set to where it is. Invalid when the parameter has neither.
 */
NodeRef parameterSchema(const Parameter &parameter, QString *pointer);

} // namespace Oxa
