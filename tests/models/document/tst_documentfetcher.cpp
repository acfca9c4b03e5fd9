// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/documentfetcher.h"
#include "document/specdocument.h"
#include "document/specloader.h"
#include "support/httptestserver.h"
#include "support/testdocuments.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <thread>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

class TestDocumentFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downloadsADocument();
    void httpErrorsAreErrors();
    void sizeLimitFromTheAnnouncedLength();
    void sizeLimitWhileStreaming();
    void silentServerHitsTheDeadline();
    void followsRedirects();
    void cancel();
    void remoteDocumentWithReferences();
    void filesUnderTheLimit();
};

void TestDocumentFetcher::downloadsADocument()
{
    HttpTestServer server;
    server.answer("/openapi.yaml", {200, "openapi: 3.0.0\n", "application/yaml", {}, false, 0});
    DefaultDocumentFetcher fetcher;
    const auto fetched = fetcher.fetch(server.url(u"/openapi.yaml"_s), 1024, 10, nullptr);
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QCOMPARE(fetched->bytes, QByteArray("openapi: 3.0.0\n"));
    QCOMPARE(fetched->contentType, u"application/yaml"_s);
}

void TestDocumentFetcher::httpErrorsAreErrors()
{
    HttpTestServer server;
    server.answer("/forbidden", {403, "no", "text/plain", {}, false, 0});
    DefaultDocumentFetcher fetcher;
    const auto missing = fetcher.fetch(server.url(u"/missing"_s), 1024, 10, nullptr);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::Http);
    QVERIFY(missing.error().message.contains(u"404"_s));
    QCOMPARE(fetcher.fetch(server.url(u"/forbidden"_s), 1024, 10, nullptr).error().code,
             Error::Code::Http);
    const auto refused = fetcher.fetch(QUrl(u"http://127.0.0.1:9/nothing"_s), 1024, 10, nullptr);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Network);
    const auto scheme = fetcher.fetch(QUrl(u"ftp://127.0.0.1/x"_s), 1024, 10, nullptr);
    QCOMPARE(scheme.error().code, Error::Code::Unsupported);
}

void TestDocumentFetcher::sizeLimitFromTheAnnouncedLength()
{
    HttpTestServer server;
    server.answer("/big", {200, QByteArray(10'000, 'a'), "application/json", {}, false, 0});
    DefaultDocumentFetcher fetcher;
    const auto fetched = fetcher.fetch(server.url(u"/big"_s), 4096, 10, nullptr);
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().code, Error::Code::Limit);
    QCOMPARE(fetched.error().diagnostic, DiagnosticCode::DocumentTooLarge);
}

void TestDocumentFetcher::sizeLimitWhileStreaming()
{
    HttpTestServer server;
    server.answer("/endless", {200, {}, "application/json", {}, false, 8 * 1024 * 1024});
    DefaultDocumentFetcher fetcher;
    const auto fetched = fetcher.fetch(server.url(u"/endless"_s), 256 * 1024, 10, nullptr);
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().code, Error::Code::Limit);
}

void TestDocumentFetcher::silentServerHitsTheDeadline()
{
    HttpTestServer server;
    server.answer("/silent", {200, {}, {}, {}, true, 0});
    DefaultDocumentFetcher fetcher;
    QElapsedTimer timer;
    timer.start();
    const auto fetched = fetcher.fetch(server.url(u"/silent"_s), 1024, 1, nullptr);
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().code, Error::Code::Network);
    QVERIFY(timer.elapsed() < 10'000);
}

void TestDocumentFetcher::followsRedirects()
{
    HttpTestServer server;
    server.answer("/old",
                  {301,
                   {},
                   "text/plain",
                   {{"Location", server.url(u"/new.json"_s).toEncoded()}},
                   false,
                   0});
    server.answer("/new.json", {200, "{}", "application/json", {}, false, 0});
    server.answer("/loop",
                  {302,
                   {},
                   "text/plain",
                   {{"Location", server.url(u"/loop"_s).toEncoded()}},
                   false,
                   0});
    DefaultDocumentFetcher fetcher;
    const auto fetched = fetcher.fetch(server.url(u"/old"_s), 1024, 10, nullptr);
    QVERIFY(fetched);
    QCOMPARE(fetched->url, server.url(u"/new.json"_s)); // references resolve against where it ended
    // A redirect loop ends with an error after about ten hops (Qt re-sends a few requests on
    // fresh keep-alive connections, so the server may count a handful more).
    const auto loop = fetcher.fetch(server.url(u"/loop"_s), 1024, 10, nullptr);
    QVERIFY(!loop);
    QCOMPARE(loop.error().code, Error::Code::Network);
    QVERIFY(server.requests.count("/loop") >= 10);
    QVERIFY(server.requests.count("/loop") < 30);
}

void TestDocumentFetcher::cancel()
{
    HttpTestServer server;
    server.answer("/silent", {200, {}, {}, {}, true, 0});
    std::atomic_bool cancelled = false;
    QTimer::singleShot(200, [&cancelled] { cancelled = true; });
    DefaultDocumentFetcher fetcher;
    QElapsedTimer timer;
    timer.start();
    const auto fetched = fetcher.fetch(server.url(u"/silent"_s), 1024, 30, &cancelled);
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().code, Error::Code::Cancelled);
    QVERIFY(timer.elapsed() < 5'000);
}

void TestDocumentFetcher::remoteDocumentWithReferences()
{
    HttpTestServer server;
    HttpTestServer other(QHostAddress(u"127.0.0.2"_s)); // another origin
    server.answer("/api/openapi.yaml",
                  {200,
                   "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n"
                   "    Near: {$ref: 'schemas/near.yaml'}\n"
                   "    Far: {$ref: '"
                       + other.url(u"/far.yaml"_s).toEncoded() + "'}\n",
                   "application/yaml",
                   {},
                   false,
                   0});
    server.answer("/api/schemas/near.yaml",
                  {200, "type: string\n", "application/yaml", {}, false, 0});
    other.answer("/far.yaml", {200, "type: integer\n", "application/yaml", {}, false, 0});

    const LoadResult result = SpecLoader::load(server.url(u"/api/openapi.yaml"_s));
    QVERIFY(result.document);
    QCOMPARE(result.document->sources().size(), size_t(1));
    QCOMPARE(count(result.diagnostics, DiagnosticCode::RemoteRefForbidden), 2);
    QCOMPARE(server.requests, QList<QByteArray>{"/api/openapi.yaml"}); // not even its neighbour
    QVERIFY(other.requests.isEmpty());

    LoadOptions options;
    options.allowRemoteRefs = true;
    const LoadResult allowed = SpecLoader::load(server.url(u"/api/openapi.yaml"_s), options);
    QVERIFY2(allowed.diagnostics.isEmpty(), qPrintable(describe(allowed.diagnostics)));
    QCOMPARE(allowed.document->sources().size(), size_t(3));
    QCOMPARE(other.requests, QList<QByteArray>{"/far.yaml"});
}

void TestDocumentFetcher::filesUnderTheLimit()
{
    DocumentFolder folder;
    const QString path = folder.write(u"a.json"_s, QByteArray(2048, ' ') + "{}");
    DefaultDocumentFetcher fetcher;
    QVERIFY(fetcher.fetch(QUrl::fromLocalFile(path), 4096, 10, nullptr));
    const auto tooLarge = fetcher.fetch(QUrl::fromLocalFile(path), 1024, 10, nullptr);
    QVERIFY(!tooLarge);
    QCOMPARE(tooLarge.error().diagnostic, DiagnosticCode::DocumentTooLarge);
}

QTEST_GUILESS_MAIN(TestDocumentFetcher)
#include "tst_documentfetcher.moc"
