// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "request/requestbuilder.h"

#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Oxa {

/** What authenticates a request: sent only to the origin of the request's first URL. */
struct Credentials
{
    QList<QPair<QByteArray, QByteArray>> headers; ///< Authorization, an API-key header…
    QList<QPair<QString, QString>> query;         ///< an API key in the query
    QList<QPair<QByteArray, QByteArray>> cookies; ///< an API key in a cookie

    bool isEmpty() const { return headers.isEmpty() && query.isEmpty() && cookies.isEmpty(); }
};

/** Where our rules replace Qt's defaults (see ApiClient). */
struct ClientPolicy
{
    int maxRedirects = 10;
    /** No byte for this long (connecting included): the request fails. */
    int inactivityTimeoutMs = 30'000;
    /** The whole exchange, whatever the server trickles. */
    int totalTimeoutMs = 120'000;
    /** Bodies up to this size stay in memory; larger ones go to a temporary file. */
    qint64 maxMemoryBody = 16ll * 1024 * 1024;
    /** Larger bodies are cut here and the exchange says so. */
    qint64 maxBody = 1024ll * 1024 * 1024;
    /** HTTP/2 stays off: Debian's Qt 6.4.2 lacks the fix for CVE-2023-51714. */
    bool http2 = false;
    /**
     * SHA-256 digests (hex) of server certificates the user trusted for this environment: a
     * TLS error about exactly such a certificate is let through; any other aborts.
     */
    QStringList trustedCertificates;
    /** Certificate authorities trusted besides the system's (an environment's CA bundle). */
    QList<QSslCertificate> caCertificates;
    /** Presented when the server asks for one (mutual TLS). */
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    /** Unset: the system's proxy settings. */
    std::optional<QNetworkProxy> proxy;
    /** An answer with more header lines, or more header bytes, is refused. */
    qsizetype maxResponseHeaders = 256;
    qsizetype maxResponseHeaderBytes = 256 * 1024;
};

/** One request and its answer, as they happened. */
struct Exchange
{
    QByteArray method;
    QUrl url;                                            ///< the last URL asked (after redirects)
    QList<QUrl> redirects;                               ///< every URL asked before it
    QList<QPair<QByteArray, QByteArray>> requestHeaders; ///< as sent to the last URL
    int status = 0;                                      ///< 0 when no answer came
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray body;  ///< the body, or its first maxMemoryBody bytes when it went to a file
    QString bodyFile; ///< the whole body, when larger than maxMemoryBody (removed with the client)
    qint64 bodySize = 0;
    bool truncated = false; ///< cut at maxBody
    qint64 firstByteMs = -1;
    qint64 totalMs = 0;
    /** TLS errors met (the request was aborted unless the certificate was trusted). */
    QStringList tlsErrors;
    /** SHA-256 (hex) of the server's certificate when TLS complained: what the user may trust. */
    QString certificateDigest;
    std::optional<Error> error; ///< transport failure, deadline, cancel, limit
};

/**
 * Sends built requests on QNetworkAccessManager with our own policy where Qt's defaults are
 * unsafe: redirects are followed here (at most ClientPolicy::maxRedirects), and credentials
 * (the Credentials given, and any header whose name says it holds a secret: isSecretName())
 * never go to another origin than the first URL's; 303, and 301/302 after a POST, become a GET without body. An
 * inactivity and an overall deadline end a stalled or trickling exchange; large bodies stream
 * to a temporary file and are cut at maxBody; an answer whose headers are too many or too large
 * is refused; HTTP/2 is off and HSTS on; a TLS error aborts the call unless the server's
 * certificate is one the user trusted, or signed by an authority the policy adds. Any call can
 * be cancelled. GUI thread (or the thread it lives in).
 */
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setPolicy(const ClientPolicy &policy);
    const ClientPolicy &policy() const { return m_policy; }

    /** Starts a call; finished() comes with the same id, even on failure. */
    quint64 send(const BuiltRequest &request, const Credentials &credentials = {});
    /** The same, and `done` is called with the exchange just before finished() is emitted. */
    quint64 send(const BuiltRequest &request,
                 const Credentials &credentials,
                 std::function<void(const Exchange &)> done);
    void cancel(quint64 id);
    bool isRunning(quint64 id) const { return m_calls.contains(id); }
    bool isIdle() const { return m_calls.isEmpty(); }

Q_SIGNALS:
    void finished(quint64 id, const Oxa::Exchange &exchange);

private:
    struct Call;
    void start(Call &call);
    void redirected(Call &call, QNetworkReply *reply);
    void finish(quint64 id, std::optional<Error> error = std::nullopt);

    QNetworkAccessManager *m_network = nullptr;
    ClientPolicy m_policy;
    QHash<quint64, std::shared_ptr<Call>> m_calls;
    quint64 m_next = 1;
};

} // namespace Oxa

Q_DECLARE_METATYPE(Oxa::Exchange)
