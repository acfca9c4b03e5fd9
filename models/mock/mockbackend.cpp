// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockbackend.h"

#include "core/logging.h"
#include "core/secrets.h"
#include "mock/httpmethod.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Oxa {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

/** An injected timeout keeps its connection this long, then lets it go. */
constexpr int kTimeoutHoldMs = 120'000;

} // namespace

QString MockLogEntry::shownTarget() const
{
    return QString::fromUtf8(maskedUrl(QUrl(QString::fromUtf8(target)), {}));
}

QJsonObject MockLogEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("target"), shownTarget()},
                       {QStringLiteral("elapsed_ms"), elapsedMs}};
    object.insert(QStringLiteral("status"), status ? QJsonValue(status) : QJsonValue());
    if (!operationKey.isEmpty())
        object.insert(QStringLiteral("operation"), operationKey);
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    return object;
}

QString MockLogEntry::line() const
{
    QString text = at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) + u' '
                   + QString::fromLatin1(method) + u' ' + shownTarget() + u' ' + QChar(0x2192)
                   + u' ' + (status ? QString::number(status) : QStringLiteral("(no answer)"));
    if (!operationKey.isEmpty())
        text += QStringLiteral("  ") + operationKey;
    text += QStringLiteral("  %1 ms").arg(elapsedMs);
    if (!note.isEmpty())
        text += QStringLiteral("  (") + note + u')';
    return text;
}

class MockBackend::Server : public QAbstractHttpServer
{
public:
    explicit Server(MockBackend *backend)
        : QAbstractHttpServer(backend)
        , m_backend(backend)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QElapsedTimer clock;
        clock.start();
        MockRequest mock;
        mock.method = methodName(request.method());
        const QUrl url = request.url();
        mock.target = url.path(QUrl::FullyEncoded).toUtf8();
        if (url.hasQuery())
            mock.target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
        mock.headers = request.headers();
        mock.body = request.body();
        const bool close = mock.header("Connection").toLower() == "close";

        MockLogEntry entry;
        entry.at = QDateTime::currentDateTime();
        entry.method = mock.method;
        entry.target = mock.target;

        const MockAnswer answer = m_backend->m_service->handle(mock);
        entry.operationKey = answer.operationKey;
        entry.note = answer.note;
        // The path only: a query may carry a key.
        qCDebug(lcMock,
                "%s %s: %s %d%s",
                mock.method.constData(),
                mock.target.left(mock.target.indexOf('?')).constData(),
                qUtf8Printable(answer.operationKey),
                answer.reply.status,
                answer.note.isEmpty() ? "" : qUtf8Printable(QString(u", " + answer.note)));
        QPointer<QTcpSocket> guarded(socket);
        if (answer.fate == MockAnswer::Fate::Timeout) {
            QTimer::singleShot(kTimeoutHoldMs, socket, [guarded] {
                if (guarded)
                    guarded->disconnectFromHost();
            });
            entry.elapsedMs = clock.elapsed();
            Q_EMIT m_backend->served(entry);
            return true;
        }
        const MockReply &reply = answer.reply;
        QByteArray bytes;
        bytes.reserve(reply.body.size() + 256);
        bytes += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
                 + "\r\n";
        if (!reply.contentType.isEmpty())
            bytes += "Content-Type: " + reply.contentType + "\r\n";
        const bool bodyless = reply.status == 204 || reply.status == 304 || mock.method == "HEAD";
        if (!bodyless || mock.method == "HEAD")
            bytes += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto &[name, value] : answer.headers)
            bytes += name + ": " + value + "\r\n";
        if (!reply.exampleName.isEmpty())
            bytes += "X-Mock-Example: " + reply.exampleName.toUtf8() + "\r\n";
        bytes += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        if (!bodyless)
            bytes += reply.body;
        entry.status = reply.status;
        auto send = [this, guarded, bytes, close, entry, clock]() mutable {
            if (guarded) {
                guarded->write(bytes);
                if (close)
                    guarded->disconnectFromHost();
            }
            entry.elapsedMs = clock.elapsed();
            Q_EMIT m_backend->served(entry);
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, this, send);
        else
            send();
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->disconnectFromHost();
    }

private:
    MockBackend *m_backend;
};

MockBackend::MockBackend(std::shared_ptr<const Catalog> catalog,
                         std::shared_ptr<SchemaSet> schemas,
                         MockOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_service(
          std::make_unique<MockService>(std::move(catalog), std::move(schemas), std::move(options)))
{
    qRegisterMetaType<Oxa::MockLogEntry>();
}

MockBackend::~MockBackend()
{
    delete m_server; // its sockets go before the service they call
}

Result<quint16> MockBackend::listen(const QHostAddress &address, quint16 port)
{
    if (m_server)
        return m_port;
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return makeError(Error::Code::Network,
                         tr("The mock back-end cannot listen on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(reason));
    }
    m_server = new Server(this);
    m_server->bind(tcp);
    m_address = address;
    m_port = tcp->serverPort();
    return m_port;
}

QUrl MockBackend::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool any = m_address == QHostAddress(QHostAddress::Any)
                     || m_address == QHostAddress(QHostAddress::AnyIPv4)
                     || m_address == QHostAddress(QHostAddress::AnyIPv6);
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    url.setPath(m_service->basePath());
    return url;
}

} // namespace Oxa
