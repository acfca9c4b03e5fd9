// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// ApiClient against local servers: 127.0.0.1 and 127.0.0.2 are two origins.
#include "request/apiclient.h"
#include "support/httptestserver.h"
#include "testconfig.h"

#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Oxa;
using OxaTest::HttpTestServer;

namespace {

const QByteArray kSecret = "s3cret-t0ken-value";

BuiltRequest get(const QUrl &url)
{
    BuiltRequest request;
    request.method = "GET";
    request.url = url;
    return request;
}

Credentials credentials()
{
    Credentials c;
    c.headers.append({QByteArray("Authorization"), QByteArray("Bearer " + kSecret)});
    c.headers.append({QByteArray("X-API-Key"), kSecret});
    c.query.append({QStringLiteral("api_key"), QString::fromLatin1(kSecret)});
    c.cookies.append({QByteArray("session"), kSecret});
    return c;
}

Exchange run(ApiClient &client, const BuiltRequest &request, const Credentials &c = {})
{
    QSignalSpy done(&client, &ApiClient::finished);
    const quint64 id = client.send(request, c);
    if (!done.wait(20000))
        qWarning("no answer");
    Exchange e = done.isEmpty() ? Exchange() : done.front().at(1).value<Exchange>();
    if (!done.isEmpty() && done.front().at(0).toULongLong() != id)
        qWarning("another call finished");
    return e;
}

bool leaks(const QByteArray &text)
{
    return text.contains(kSecret) || text.contains(kSecret.toBase64())
           || text.contains(QUrl::toPercentEncoding(QString::fromLatin1(kSecret)));
}

/** An HTTPS server with the self-signed certificate of tests/data/tls (CN and IP 127.0.0.1). */
class TlsServer
{
public:
    explicit TlsServer(bool requireClientCertificate = false)
    {
        QFile cert(QStringLiteral(OXA_TEST_DATA_DIR "/tls/cert.pem"));
        QFile key(QStringLiteral(OXA_TEST_DATA_DIR "/tls/key.pem"));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            qFatal("no test certificate");
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        certificate = QSslCertificate(cert.readAll());
        config.setLocalCertificate(certificate);
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        if (requireClientCertificate) {
            config.setPeerVerifyMode(QSslSocket::VerifyPeer);
            config.setCaCertificates({certificate});
        }
        m_server.setSslConfiguration(config);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                                  "6\r\n\r\nsecure");
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_server.serverPort()));
    }
    QString digest() const
    {
        return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    }
    QSslCertificate certificate;

private:
    QSslServer m_server;
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsWithCredentials()
    {
        HttpTestServer server;
        server.answer("/alerts", {200, R"([{"id": 1}])", "application/json", {}, false, 0, 0});
        ApiClient client;
        BuiltRequest request = get(server.url(QStringLiteral("/alerts?limit=5")));
        request.headers.append({QByteArray("X-Request-Id"), QByteArray("r-1")});
        const Exchange e = run(client, request, credentials());
        QVERIFY2(!e.error, qPrintable(e.error ? e.error->message : QString()));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.body, QByteArray(R"([{"id": 1}])"));
        QVERIFY(e.firstByteMs >= 0);
        const QByteArray head = server.heads.value(0);
        QVERIFY(head.startsWith(QByteArray("GET /alerts?limit=5&api_key=" + kSecret + " HTTP/1.1")));
        QVERIFY(head.contains(QByteArray("Authorization: Bearer " + kSecret)));
        QVERIFY(head.contains("X-Request-Id: r-1"));
        QVERIFY(head.contains(QByteArray("Cookie: session=" + kSecret)));
    }

    void credentialsStayWithTheirOrigin_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("methodAfter");
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d GET", status) << status << QByteArray("GET") << QByteArray("GET");
            const QByteArray after = status == 307 || status == 308 ? "POST" : "GET";
            QTest::addRow("%d POST", status) << status << QByteArray("POST") << after;
        }
    }

    void credentialsStayWithTheirOrigin()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, methodAfter);
        HttpTestServer first(QHostAddress(QStringLiteral("127.0.0.1")));
        HttpTestServer other(QHostAddress(QStringLiteral("127.0.0.2")));
        const QByteArray target = other.url(QStringLiteral("/landing")).toEncoded();
        first.answer("/start", {status, "", "text/plain", {{"Location", target}}, false, 0, 0});
        other.answer("/landing", {200, "ok", "text/plain", {}, false, 0, 0});
        ApiClient client;
        BuiltRequest request = get(first.url(QStringLiteral("/start")));
        request.method = method;
        // A secret the form sent as a header parameter: it stays with its origin too.
        request.headers.append({QByteArray("X-Api-Key"), kSecret});
        if (method == "POST") {
            request.body = R"({"host": "web-01"})";
            request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        }
        const Exchange e = run(client, request, credentials());
        QVERIFY2(!e.error, qPrintable(e.error ? e.error->message : QString()));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.redirects.size(), 1);
        QVERIFY(leaks(first.heads.value(0))); // the first origin gets them
        QCOMPARE(other.heads.size(), 1);
        const QByteArray landed = other.heads.front() + other.bodies.front();
        QVERIFY2(!leaks(landed), landed.constData());
        QVERIFY(landed.startsWith(QByteArray(methodAfter + ' ')));
        if (methodAfter == "POST")
            QCOMPARE(other.bodies.front(), QByteArray(R"({"host": "web-01"})"));
        else
            QVERIFY(other.bodies.front().isEmpty());
    }

    void sameOriginRedirectKeepsThem()
    {
        HttpTestServer server;
        server.answer("/a", {302, "", "text/plain", {{"Location", "/b"}}, false, 0, 0});
        server.answer("/b", {200, "b", "text/plain", {}, false, 0, 0});
        ApiClient client;
        const Exchange e = run(client, get(server.url(QStringLiteral("/a"))), credentials());
        QCOMPARE(e.status, 200);
        QCOMPARE(server.heads.size(), 2);
        QVERIFY(server.heads.at(1).contains(QByteArray("Authorization: Bearer " + kSecret)));
    }

    void redirectLimitsAndDowngrades()
    {
        HttpTestServer server;
        server.answer("/loop", {302, "", "text/plain", {{"Location", "/loop"}}, false, 0, 0});
        ApiClient client;
        Exchange e = run(client, get(server.url(QStringLiteral("/loop"))));
        QVERIFY(e.error);
        QCOMPARE(e.error->code, Error::Code::Limit);
        QCOMPARE(server.heads.size(), 11); // the first request and ten redirects
        server.answer("/file",
                      {302, "", "text/plain", {{"Location", "file:///etc/passwd"}}, false, 0, 0});
        e = run(client, get(server.url(QStringLiteral("/file"))));
        QVERIFY(e.error);
        QCOMPARE(e.error->code, Error::Code::Forbidden);
    }

    void deadlines()
    {
        HttpTestServer server;
        server.answer("/silent", {200, "", "text/plain", {}, true, 0, 0});
        server.answer("/trickle", {200, QByteArray(200, 'x'), "text/plain", {}, false, 0, 100});
        ApiClient client;
        ClientPolicy policy;
        policy.inactivityTimeoutMs = 500;
        policy.totalTimeoutMs = 1500;
        client.setPolicy(policy);
        Exchange e = run(client, get(server.url(QStringLiteral("/silent"))));
        QVERIFY(e.error);
        QCOMPARE(e.error->code, Error::Code::Limit);
        QVERIFY(e.totalMs < 5000);
        // A byte every 100 ms keeps the inactivity timer quiet: the overall deadline ends it.
        e = run(client, get(server.url(QStringLiteral("/trickle"))));
        QVERIFY(e.error);
        QCOMPARE(e.error->code, Error::Code::Limit);
        QVERIFY2(e.totalMs >= 1400 && e.totalMs < 5000, qPrintable(QString::number(e.totalMs)));
    }

    void largeBodiesGoToAFileAndStopAtTheCap()
    {
        HttpTestServer server;
        server.answer("/big", {200, "", "application/octet-stream", {}, false, 4 * 1024 * 1024, 0});
        ApiClient client;
        ClientPolicy policy;
        policy.maxMemoryBody = 64 * 1024;
        policy.maxBody = 1024 * 1024;
        client.setPolicy(policy);
        const Exchange e = run(client, get(server.url(QStringLiteral("/big"))));
        QVERIFY(e.truncated);
        QCOMPARE(e.bodySize, policy.maxBody);
        QCOMPARE(e.body.size(), policy.maxMemoryBody);
        QVERIFY(!e.bodyFile.isEmpty());
        QCOMPARE(QFile(e.bodyFile).size(), policy.maxBody);
    }

    void tlsErrorsAbortUnlessTheCertificateIsTrusted()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        TlsServer server;
        ApiClient client;
        Exchange e = run(client, get(server.url()), credentials());
        QVERIFY(e.error);
        QCOMPARE(e.error->code, Error::Code::Forbidden);
        QCOMPARE(e.certificateDigest, server.digest());
        QVERIFY(!e.tlsErrors.isEmpty());
        QVERIFY(e.error->message.contains(server.digest()));
        QVERIFY(e.body.isEmpty());
        // Another certificate trusted: still refused.
        ClientPolicy policy;
        policy.trustedCertificates << QString(64, u'0');
        client.setPolicy(policy);
        e = run(client, get(server.url()));
        QVERIFY(e.error);
        // This very certificate trusted: the call goes through.
        policy.trustedCertificates << server.digest().toUpper();
        client.setPolicy(policy);
        e = run(client, get(server.url()));
        QVERIFY2(!e.error, qPrintable(e.error ? e.error->message : QString()));
        QCOMPARE(e.status, 200);
        QCOMPARE(e.body, QByteArray("secure"));
    }

    void guardsAgainstHugeOrNumerousHeaders()
    {
        HttpTestServer server;
        QByteArray many = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n";
        for (int i = 0; i < 5000; ++i)
            many += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
        server.answer("/many", {200, "", "", {}, false, 0, 0, many + "\r\n"});
        const QByteArray huge = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Huge: "
                                + QByteArray(2 * 1024 * 1024, 'h') + "\r\n\r\n";
        server.answer("/huge", {200, "", "", {}, false, 0, 0, huge});
        // A head that never ends, one byte every 50 ms.
        server.answer("/slowhead",
                      {200, "", "", {}, false, 0, 50, "HTTP/1.1 200 OK\r\n" + QByteArray(4000, 'z')});
        ApiClient client;
        ClientPolicy policy;
        policy.inactivityTimeoutMs = 500;
        policy.totalTimeoutMs = 1500;
        client.setPolicy(policy);
        for (const char *path : {"/many", "/huge"}) {
            const Exchange e = run(client, get(server.url(QString::fromLatin1(path))));
            QVERIFY2(e.error, path);
            QVERIFY2(e.responseHeaders.size() <= policy.maxResponseHeaders, path);
            qsizetype bytes = 0;
            for (const auto &[name, value] : e.responseHeaders)
                bytes += name.size() + value.size();
            QVERIFY2(bytes <= policy.maxResponseHeaderBytes, path);
            QVERIFY2(e.totalMs < 5000, path);
        }
        const Exchange e = run(client, get(server.url(QStringLiteral("/slowhead"))));
        QVERIFY(e.error);
        QCOMPARE(e.error->code, Error::Code::Limit);
        QVERIFY2(e.totalMs < 5000, qPrintable(QString::number(e.totalMs)));
    }

    void extraAuthoritiesAndClientCertificates()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        TlsServer server(true);
        ApiClient client;
        ClientPolicy policy;
        // Trusted through an extra certificate authority: the test certificate is its own.
        policy.caCertificates = {server.certificate};
        client.setPolicy(policy);
        Exchange e = run(client, get(server.url()));
        QVERIFY(e.error); // the server wants a client certificate
        QFile key(QStringLiteral(OXA_TEST_DATA_DIR "/tls/key.pem"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        policy.clientCertificate = server.certificate;
        policy.clientKey = QSslKey(key.readAll(), QSsl::Rsa);
        client.setPolicy(policy);
        e = run(client, get(server.url()));
        QVERIFY2(!e.error, qPrintable(e.error ? e.error->message : QString()));
        QCOMPARE(e.body, QByteArray("secure"));
        QVERIFY(e.tlsErrors.isEmpty());
    }

    void throughAProxy()
    {
        HttpTestServer proxy;
        proxy.answer("http://backend.invalid/alerts",
                     {200, "[]", "application/json", {}, false, 0, 0});
        ApiClient client;
        ClientPolicy policy;
        policy.proxy = QNetworkProxy(QNetworkProxy::HttpProxy,
                                     QStringLiteral("127.0.0.1"),
                                     quint16(proxy.url(QString()).port()));
        client.setPolicy(policy);
        const Exchange e = run(client, get(QUrl(QStringLiteral("http://backend.invalid/alerts"))));
        QVERIFY2(!e.error, qPrintable(e.error ? e.error->message : QString()));
        QCOMPARE(e.body, QByteArray("[]"));
        QCOMPARE(proxy.requests, QList<QByteArray>{"http://backend.invalid/alerts"});
    }

    void cancelAtAnyTime()
    {
        HttpTestServer server;
        server.answer("/silent", {200, "", "text/plain", {}, true, 0, 0});
        ApiClient client;
        QSignalSpy done(&client, &ApiClient::finished);
        const quint64 id = client.send(get(server.url(QStringLiteral("/silent"))));
        QVERIFY(client.isRunning(id));
        QTimer::singleShot(100, &client, [&] { client.cancel(id); });
        QVERIFY(done.wait(5000));
        const Exchange e = done.front().at(1).value<Exchange>();
        QVERIFY(e.error);
        QCOMPARE(e.error->code, Error::Code::Cancelled);
        QVERIFY(!client.isRunning(id));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
