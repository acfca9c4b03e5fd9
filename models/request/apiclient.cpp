// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "apiclient.h"

#include "core/headers.h"
#include "core/secrets.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrlQuery>

namespace Oxa {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https" ? 443 : 80)
                  == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

struct ApiClient::Call
{
    quint64 id = 0;
    BuiltRequest request;
    Credentials credentials;
    QUrl origin;
    QPointer<QNetworkReply> reply;
    QElapsedTimer clock;
    QTimer *deadline = nullptr;
    QTemporaryFile *file = nullptr;
    Exchange exchange;
    int redirects = 0;
    bool oversizedHeaders = false; ///< not kept: only the error says how many there were
    std::function<void(const Exchange &)> done;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<Oxa::Exchange>();
    m_network->setStrictTransportSecurityEnabled(true);
    // Redirects are ours to follow (see redirected()).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void ApiClient::setPolicy(const ClientPolicy &policy)
{
    m_policy = policy;
    // Connections keep the TLS configuration they were opened with.
    m_network->clearConnectionCache();
    m_network->setProxy(policy.proxy ? *policy.proxy : QNetworkProxy(QNetworkProxy::DefaultProxy));
}

ApiClient::~ApiClient()
{
    const auto ids = m_calls.keys();
    for (quint64 id : ids) {
        if (QNetworkReply *reply = m_calls.value(id)->reply)
            reply->disconnect(this);
    }
}

quint64 ApiClient::send(const BuiltRequest &request, const Credentials &credentials)
{
    return send(request, credentials, {});
}

quint64 ApiClient::send(const BuiltRequest &request,
                        const Credentials &credentials,
                        std::function<void(const Exchange &)> done)
{
    auto call = std::make_shared<Call>();
    call->done = std::move(done);
    call->id = m_next++;
    call->request = request;
    call->credentials = credentials;
    call->origin = request.url;
    call->exchange.method = request.method;
    call->clock.start();
    call->deadline = new QTimer(this);
    call->deadline->setSingleShot(true);
    const quint64 id = call->id;
    connect(call->deadline, &QTimer::timeout, this, [this, id] {
        finish(id,
               Error{Error::Code::Limit,
                     tr("No complete answer after %1 s: the request was stopped.")
                         .arg(m_policy.totalTimeoutMs / 1000.0),
                     {},
                     -1,
                     0,
                     0,
                     DiagnosticCode::ReadFailed});
    });
    call->deadline->start(m_policy.totalTimeoutMs);
    m_calls.insert(id, call);
    // Started from the event loop: finished() never comes before send() returns.
    QTimer::singleShot(0, this, [this, id] {
        if (const auto pending = m_calls.value(id))
            start(*pending);
    });
    return id;
}

void ApiClient::cancel(quint64 id)
{
    if (m_calls.contains(id))
        finish(id,
               Error{Error::Code::Cancelled,
                     tr("Cancelled."),
                     {},
                     -1,
                     0,
                     0,
                     DiagnosticCode::ReadFailed});
}

void ApiClient::start(Call &call)
{
    const bool trusted = sameOrigin(call.request.url, call.origin);
    QUrl url = call.request.url;
    if (trusted && !call.credentials.query.isEmpty()) {
        QUrlQuery query(url);
        for (const auto &[name, value] : call.credentials.query)
            query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(name)),
                               QString::fromUtf8(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_policy.http2);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_policy.inactivityTimeoutMs);
    if (url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_policy.caCertificates.isEmpty())
            tls.addCaCertificates(m_policy.caCertificates);
        if (!m_policy.clientCertificate.isNull()) {
            tls.setLocalCertificate(m_policy.clientCertificate);
            tls.setPrivateKey(m_policy.clientKey);
        }
        request.setSslConfiguration(tls);
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QByteArray> cookies;
    for (const auto &[name, value] : call.request.headers) {
        if (!trusted && isSecretName(QString::fromLatin1(name)))
            continue; // never to another origin
        if (name.compare("Cookie", Qt::CaseInsensitive) == 0)
            cookies << value;
        else
            headers.append({name, value});
    }
    if (trusted) {
        headers += call.credentials.headers;
        for (const auto &[name, value] : call.credentials.cookies)
            cookies << name + '=' + value;
    }
    if (!cookies.isEmpty())
        headers.append({QByteArrayLiteral("Cookie"), cookies.join("; ")});
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    call.exchange.url = url;
    call.exchange.requestHeaders = headers;

    QNetworkReply *reply = nullptr;
    const QByteArray method = call.request.method;
    if (!call.request.parts.isEmpty()) {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const BuiltRequest::Part &p : call.request.parts) {
            QHttpPart part;
            QByteArray disposition = "form-data; name=\"" + p.name + '"';
            if (!p.file.isEmpty()) {
                auto *file = new QFile(p.file, multipart);
                if (!file->open(QIODevice::ReadOnly)) {
                    delete multipart;
                    finish(call.id,
                           Error{Error::Code::Io,
                                 tr("Cannot read %1: %2").arg(p.file, file->errorString()),
                                 {},
                                 -1,
                                 0,
                                 0,
                                 DiagnosticCode::ReadFailed});
                    return;
                }
                disposition += "; filename=\"" + QFileInfo(p.file).fileName().toUtf8() + '"';
                part.setBodyDevice(file);
            } else {
                part.setBody(p.data);
            }
            part.setRawHeader("Content-Disposition", disposition);
            part.setRawHeader("Content-Type", p.contentType);
            multipart->append(part);
        }
        reply = m_network->sendCustomRequest(request, method, multipart);
        multipart->setParent(reply);
    } else if (!call.request.bodyFile.isEmpty()) {
        auto *file = new QFile(call.request.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString problem = file->errorString();
            delete file;
            finish(call.id,
                   Error{Error::Code::Io,
                         tr("Cannot read %1: %2").arg(call.request.bodyFile, problem),
                         {},
                         -1,
                         0,
                         0,
                         DiagnosticCode::ReadFailed});
            return;
        }
        reply = m_network->sendCustomRequest(request, method, file);
        file->setParent(reply);
    } else if (!call.request.body.isEmpty()) {
        reply = m_network->sendCustomRequest(request, method, call.request.body);
    } else {
        reply = m_network->sendCustomRequest(request, method);
    }
    call.reply = reply;
    const quint64 id = call.id;
    connect(reply, &QNetworkReply::sslErrors, this, [this, id, reply](const QList<QSslError> &errors) {
        const auto active = m_calls.value(id);
        if (!active || active->reply != reply)
            return;
        // Trusted: the very certificate the user accepted for this environment, nothing else.
        const QSslCertificate peer
            = errors.isEmpty() ? QSslCertificate() : errors.front().certificate();
        const QString digest = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
        bool allTrusted
            = !peer.isNull() && m_policy.trustedCertificates.contains(digest, Qt::CaseInsensitive);
        for (const QSslError &error : errors) {
            active->exchange.tlsErrors << error.errorString();
            if (error.certificate() != peer)
                allTrusted = false;
        }
        active->exchange.certificateDigest = digest;
        if (allTrusted)
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply] {
        const auto active = m_calls.value(id);
        if (!active || active->reply != reply)
            return;
        const auto received = reply->rawHeaderPairs();
        qsizetype bytes = 0;
        for (const auto &[name, value] : received)
            bytes += name.size() + value.size();
        if (received.size() <= m_policy.maxResponseHeaders
            && bytes <= m_policy.maxResponseHeaderBytes)
            return;
        active->oversizedHeaders = true;
        finish(id,
               Error{Error::Code::Limit,
                     tr("The answer's headers are too large (%1 lines, %2 bytes): the request was "
                        "stopped.")
                         .arg(received.size())
                         .arg(bytes),
                     {},
                     -1,
                     0,
                     0,
                     DiagnosticCode::ReadFailed});
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] {
        const auto active = m_calls.value(id);
        if (!active || active->reply != reply)
            return;
        Exchange &e = active->exchange;
        if (e.firstByteMs < 0)
            e.firstByteMs = active->clock.elapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
            reply->readAll(); // a redirect's body is not the answer
            return;
        }
        QByteArray chunk = reply->readAll();
        if (e.bodySize + chunk.size() > m_policy.maxBody) {
            chunk.truncate(m_policy.maxBody - e.bodySize);
            e.truncated = true;
        }
        if (!active->file && e.body.size() + chunk.size() > m_policy.maxMemoryBody) {
            // Larger than memory should hold: the whole body goes to a file.
            active->file = new QTemporaryFile(this);
            if (active->file->open())
                active->file->write(e.body);
            e.body.truncate(m_policy.maxMemoryBody);
        }
        if (active->file) {
            active->file->write(chunk);
            if (e.body.size() < m_policy.maxMemoryBody)
                e.body += chunk.left(m_policy.maxMemoryBody - e.body.size());
        } else {
            e.body += chunk;
        }
        e.bodySize += chunk.size();
        if (e.truncated) {
            reply->disconnect(this);
            reply->abort();
            finish(id);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] {
        const auto active = m_calls.value(id);
        if (!active || active->reply != reply)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
            redirected(*active, reply);
            return;
        }
        std::optional<Error> error;
        if (reply->error() == QNetworkReply::OperationCanceledError && status != 0
            && reply->rawHeaderPairs().isEmpty()) {
            // Qt 6.4 gives up on a head beyond its own limits and says "cancelled", with the
            // status line read and no header kept.
            error = Error{Error::Code::Limit,
                          tr("The answer's headers could not be read: too many, too large, or too "
                             "slow. The request was stopped."),
                          {},
                          -1,
                          0,
                          0,
                          DiagnosticCode::ReadFailed};
        } else if (reply->error() != QNetworkReply::NoError && status == 0) {
            const bool timeout = reply->error() == QNetworkReply::OperationCanceledError
                                 || reply->error() == QNetworkReply::TimeoutError;
            const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
            error = Error{
                timeout ? Error::Code::Limit
                : tls   ? Error::Code::Forbidden
                        : Error::Code::Network,
                timeout ? tr("No data for %1 s: the request was stopped.")
                              .arg(m_policy.inactivityTimeoutMs / 1000.0)
                : tls
                    ? tr("The server's certificate is not trusted (%1). Its SHA-256 digest is %2.")
                          .arg(active->exchange.tlsErrors.join(QStringLiteral("; ")),
                               active->exchange.certificateDigest)
                    : reply->errorString(),
                {},
                -1,
                0,
                0,
                DiagnosticCode::ReadFailed};
        }
        finish(id, error);
    });
}

void ApiClient::redirected(Call &call, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl next = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    reply->deleteLater();
    if (call.redirects >= m_policy.maxRedirects) {
        finish(call.id,
               Error{Error::Code::Limit,
                     tr("More than %1 redirects: the request was stopped.")
                         .arg(m_policy.maxRedirects),
                     {},
                     -1,
                     0,
                     0,
                     DiagnosticCode::ReadFailed});
        return;
    }
    if ((next.scheme() != u"http" && next.scheme() != u"https")
        || (reply->url().scheme() == u"https" && next.scheme() == u"http")) {
        finish(call.id,
               Error{Error::Code::Forbidden,
                     tr("A redirect to %1 was refused: it is not as safe as %2.")
                         .arg(next.toDisplayString(), reply->url().toDisplayString()),
                     {},
                     -1,
                     0,
                     0,
                     DiagnosticCode::ReadFailed});
        return;
    }
    ++call.redirects;
    call.exchange.redirects << call.exchange.url;
    // 303, and 301/302 after anything but GET or HEAD, go on as a GET without body.
    const bool toGet = status == 303
                       || ((status == 301 || status == 302) && call.request.method != "GET"
                           && call.request.method != "HEAD");
    if (toGet) {
        call.request.method = "GET";
        call.request.body.clear();
        call.request.bodyFile.clear();
        call.request.parts.clear();
        removeHeader(call.request.headers, "Content-Type");
    }
    call.request.url = next;
    call.exchange.body.clear();
    call.exchange.bodySize = 0;
    start(call);
}

void ApiClient::finish(quint64 id, std::optional<Error> error)
{
    const auto call = m_calls.take(id);
    if (!call)
        return;
    call->deadline->stop();
    call->deadline->deleteLater();
    Exchange &e = call->exchange;
    if (QNetworkReply *reply = call->reply) {
        e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        e.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        if (!call->oversizedHeaders)
            e.responseHeaders = reply->rawHeaderPairs();
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    if (call->file) {
        call->file->flush();
        e.bodyFile = call->file->fileName();
    }
    e.totalMs = call->clock.elapsed();
    e.error = std::move(error);
    if (call->done)
        call->done(e);
    Q_EMIT finished(id, e);
}

} // namespace Oxa
