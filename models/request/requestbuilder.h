// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "request/requestvalues.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Oxa {

class Schema;
class SchemaSet;

/** A request ready for the network: nothing left to look up in the document. */
struct BuiltRequest
{
    struct Part
    {
        QByteArray name;
        QByteArray contentType;
        QByteArray data;
        QString file; ///< the part's content is this file (read when sending)
    };

    QByteArray method; ///< "GET", "POST"…
    QUrl url;
    /** Headers in order: parameters, then Cookie, then Content-Type. Never Authorization. */
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString bodyFile;  ///< an octet-stream body: this file
    QList<Part> parts; ///< multipart/form-data

    bool hasBody() const { return !body.isEmpty() || !bodyFile.isEmpty() || !parts.isEmpty(); }
    /** The value of a header (case-insensitive), or an empty array. */
    QByteArray header(const QByteArray &name) const;
};

/**
 * Turns an operation and the values of its form into a request, as OpenAPI 3 says: the server
 * (a URL the user typed, else the operation's first server with its variables' defaults; a
 * relative one against the document's location), the path template filled with percent-encoded
 * values, the query, header and cookie parameters in their styles (`content` parameters as JSON
 * text), and the body in its media type: JSON, `application/x-www-form-urlencoded` (with the
 * `encoding` object), `multipart/form-data` (binary fields as files), text, or a file for
 * anything else. Headers named Accept, Content-Type or Authorization are ignored as parameters,
 * as the specification says, and a header value with a line break is refused. Pure; any thread.
 */
class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)

public:
    /**
     * `baseUrl`: a server URL typed by the user, or empty for the operation's. `schemas` (may be
     * null) gives object properties their declared order and tells binary multipart fields.
     * Returns an Error naming the parameter or the reason when the request cannot be built.
     */
    static Result<BuiltRequest> build(const Operation &operation,
                                      const RequestValues &values,
                                      const QString &baseUrl,
                                      const QUrl &documentUrl = QUrl(),
                                      SchemaSet *schemas = nullptr);

    /** The URL of a server with its variables set (values given, else defaults). */
    static QString serverUrl(const Server &server, const QHash<QString, QString> &variables = {});
};

} // namespace Oxa
