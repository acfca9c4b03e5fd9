// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/backenddiscovery.h"
#include "document/specdocument.h"
#include "support/httptestserver.h"

#include <QTest>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kDocument
    = R"({"openapi": "3.0.3", "info": {"title": "Found", "version": "1"}, "paths": {}})";

QStringList paths(const QList<QUrl> &urls)
{
    QStringList list;
    for (const QUrl &url : urls)
        list << url.path();
    return list;
}

} // namespace

class TestBackendDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidatesAtTheRoot()
    {
        const QList<QUrl> urls = BackendDiscovery::candidates(QUrl(u"https://xdr.example/"_s));
        QCOMPARE(urls.front(), QUrl(u"https://xdr.example/"_s));
        const QStringList list = paths(urls);
        for (const QString &expected : {u"/openapi.json"_s,
                                        u"/openapi.yaml"_s,
                                        u"/swagger.json"_s,
                                        u"/v3/api-docs"_s,
                                        u"/api-docs"_s,
                                        u"/.well-known/openapi.json"_s})
            QVERIFY2(list.contains(expected), qPrintable(expected));
        QCOMPARE(list.indexOf(u"/openapi.json"_s), 1);
        QCOMPARE(QStringList(list).removeDuplicates(), 0);
    }

    void candidatesUnderABasePath()
    {
        const QList<QUrl> urls
            = BackendDiscovery::candidates(QUrl(u"https://xdr.example/api/v2?x=1#top"_s));
        // The URL as given first (without its fragment), then its folder, then the root.
        QCOMPARE(urls.front(), QUrl(u"https://xdr.example/api/v2?x=1"_s));
        const QStringList list = paths(urls);
        QVERIFY(list.indexOf(u"/api/v2/openapi.json"_s) > 0);
        QVERIFY(list.indexOf(u"/openapi.json"_s)
                > list.indexOf(u"/api/v2/swagger/v1/swagger.json"_s));
        QVERIFY(!list.contains(u"/api/openapi.json/openapi.json"_s));
        for (const QUrl &url : urls.mid(1)) {
            QVERIFY(url.query().isEmpty());
            QCOMPARE(url.host(), u"xdr.example"_s);
        }
    }

    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("description");
        QTest::newRow("json") << QByteArray(R"({"openapi":"3.1.0"})") << true;
        QTest::newRow("json later")
            << QByteArray("{\n  \"info\": {},\n  \"openapi\": \"3.0.0\"}") << true;
        QTest::newRow("yaml") << QByteArray("openapi: 3.0.1\ninfo: {}") << true;
        QTest::newRow("yaml quoted") << QByteArray("openapi: '3.1.0'\n") << true;
        QTest::newRow("swagger") << QByteArray(R"({"swagger": "2.0"})") << true;
        QTest::newRow("html page")
            << QByteArray("<html><body>Swagger UI: openapi</body></html>") << false;
        QTest::newRow("json without version") << QByteArray(R"({"openapi_url": "/x"})") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void sniffing()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, description);
        QCOMPARE(BackendDiscovery::looksLikeDescription(text), description);
    }

    void findsTheFirstThatAnswers()
    {
        HttpTestServer server;
        server.answer("/api/", {200, "<html>console</html>", "text/html", {}, false, 0});
        server.answer("/api/openapi.json", {500, "oops", "text/plain", {}, false, 0});
        server.answer("/api/v3/api-docs", {200, kDocument, "application/json", {}, false, 0});
        QList<DiscoveryAttempt> reported;
        const BackendDiscovery::Outcome outcome
            = BackendDiscovery::discover(server.url(u"/api/"_s),
                                         LoadOptions{},
                                         [&](const DiscoveryAttempt &a) { reported << a; });
        QVERIFY(outcome.load.document);
        QCOMPARE(outcome.documentUrl, server.url(u"/api/v3/api-docs"_s));
        QCOMPARE(reported.size(), outcome.attempts.size());
        QVERIFY(outcome.attempts.last().found);
        QCOMPARE(outcome.attempts.first().url, server.url(u"/api/"_s));
        QVERIFY(outcome.attempts.first().outcome.contains(u"not with an OpenAPI"_s));
        QVERIFY(outcome.attempts[1].outcome.contains(u"500"_s));
        // Nothing after the one that answered.
        QCOMPARE(server.requests.last(), QByteArray("/api/v3/api-docs"));
        QCOMPARE(outcome.load.document->main().url(), server.url(u"/api/v3/api-docs"_s));
    }

    void nothingFound()
    {
        HttpTestServer server;
        const BackendDiscovery::Outcome outcome
            = BackendDiscovery::discover(server.url(u"/"_s), LoadOptions{});
        QVERIFY(!outcome.load.document);
        QVERIFY(outcome.documentUrl.isEmpty());
        QCOMPARE(outcome.attempts.size(), BackendDiscovery::candidates(server.url(u"/"_s)).size());
        for (const DiscoveryAttempt &attempt : outcome.attempts)
            QVERIFY(!attempt.found);
    }

    void cancelled()
    {
        HttpTestServer server;
        std::atomic_bool cancel{true};
        LoadOptions options;
        options.cancel = &cancel;
        const BackendDiscovery::Outcome outcome
            = BackendDiscovery::discover(server.url(u"/"_s), options);
        QVERIFY(outcome.load.cancelled);
        QVERIFY(server.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackendDiscovery)
#include "tst_backenddiscovery.moc"
