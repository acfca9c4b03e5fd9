// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the end-to-end secret tests share: an operation with a secret in every place a request
// can carry one, and every spelling a secret may take in a file.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace OxaTest {

/**
 * The path item of POST /sessions (operationId openSession, x-oxa-risk write), indented to go
 * under `paths:`: a query `api_key`, a header `X-Session-Token`, a cookie `sid`, a harmless
 * query `note`, and a JSON body with `user`, `password` (format: password) and `recovery`
 * (writeOnly).
 */
inline QByteArray sessionsPathItem()
{
    return R"(  /sessions:
    post:
      operationId: openSession
      x-oxa-risk: write
      parameters:
        - {name: api_key, in: query, schema: {type: string}}
        - {name: X-Session-Token, in: header, schema: {type: string}}
        - {name: sid, in: cookie, schema: {type: string}}
        - {name: note, in: query, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                user: {type: string}
                password: {type: string, format: password}
                recovery: {type: string, writeOnly: true}
      responses:
        '201': {description: opened, content: {application/json: {schema: {type: object}}}}
)";
}

/** Every spelling a secret may take in a file: raw, percent-encoded, base64 and base64url. */
inline QList<QByteArray> secretSpellings(const QByteArray &secret)
{
    return {secret,
            QUrl::toPercentEncoding(QString::fromUtf8(secret)),
            secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

} // namespace OxaTest
