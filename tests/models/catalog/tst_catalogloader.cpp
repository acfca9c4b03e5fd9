// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalogloader.h"
#include "support/httptestserver.h"
#include "support/testdocuments.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAFileOffTheGuiThread()
    {
        DocumentFolder folder;
        const QString path = folder.write(u"api.yaml"_s, browsingDocument());
        CatalogLoader loader;
        QSignalSpy stages(&loader, &CatalogLoader::stageChanged);
        QSignalSpy finished(&loader, &CatalogLoader::finished);
        QThread *gui = QThread::currentThread();
        QThread *worker = nullptr;
        connect(
            &loader,
            &CatalogLoader::stageChanged,
            this,
            [&](LoadStage) { worker = QThread::currentThread(); },
            Qt::DirectConnection);
        loader.start(path, CatalogLoader::Mode::Document);
        QVERIFY(loader.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!loader.isRunning());
        QVERIFY(worker && worker != gui);
        const auto outcome = finished.front().front().value<CatalogLoadOutcome>();
        QVERIFY(outcome.load.catalog);
        QCOMPARE(outcome.load.catalog->operations().size(), 8);
        // The views' indexes are prepared on the worker too.
        QVERIFY(outcome.schemaUsage);
        QVERIFY(outcome.searchIndex);
        QCOMPARE(outcome.searchIndex->catalog(), outcome.load.catalog);
        QCOMPARE(outcome.searchIndex->texts().size(), size_t(8));
        QCOMPARE(outcome.location, path);
        QCOMPARE(outcome.documentUrl, QUrl::fromLocalFile(path));
        QVERIFY(!outcome.discovered);
        QList<LoadStage> seen;
        for (const QList<QVariant> &args : stages)
            seen << args.front().value<LoadStage>();
        QCOMPARE(seen,
                 (QList<LoadStage>{LoadStage::Reading,
                                   LoadStage::Parsing,
                                   LoadStage::ResolvingReferences,
                                   LoadStage::BuildingCatalog}));
    }

    void aNewLoadReplacesTheRunningOne()
    {
        DocumentFolder folder;
        const QString first = folder.write(u"first.yaml"_s, browsingDocument());
        const QString second
            = folder.write(u"second.yaml"_s,
                           "openapi: 3.0.0\ninfo: {title: Second, version: '1'}\npaths: {}\n");
        CatalogLoader loader;
        QSignalSpy finished(&loader, &CatalogLoader::finished);
        loader.start(first, CatalogLoader::Mode::Document);
        loader.start(second, CatalogLoader::Mode::Document);
        QVERIFY(finished.wait(10000));
        QTest::qWait(100); // the first one's outcome, if it were delivered, would arrive now
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.front().front().value<CatalogLoadOutcome>().location, second);
    }

    void cancelDropsTheOutcome()
    {
        HttpTestServer server;
        server.answer("/slow.json", {200, {}, "application/json", {}, true, 0});
        CatalogLoader loader;
        QSignalSpy finished(&loader, &CatalogLoader::finished);
        loader.start(server.url(u"/slow.json"_s).toString(), CatalogLoader::Mode::Document);
        QTest::qWait(50);
        loader.cancel();
        QVERIFY(!loader.isRunning());
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
    }

    void destroyingWhileLoadingWaitsForTheWorker()
    {
        HttpTestServer server;
        server.answer("/slow.json", {200, {}, "application/json", {}, true, 0});
        QElapsedTimer timer;
        timer.start();
        {
            CatalogLoader loader;
            loader.start(server.url(u"/slow.json"_s).toString(), CatalogLoader::Mode::Document);
            QTest::qWait(50);
        }
        // The worker noticed the cancellation instead of waiting for the 30 s network deadline.
        QVERIFY(timer.elapsed() < 10000);
    }

    void discoversABackend()
    {
        HttpTestServer server;
        server.answer(
            "/swagger.json",
            {200,
             R"({"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}})",
             "application/json",
             {},
             false,
             0});
        CatalogLoader loader;
        QSignalSpy attempts(&loader, &CatalogLoader::attempted);
        QSignalSpy finished(&loader, &CatalogLoader::finished);
        loader.start(server.url(u"/"_s).toString(), CatalogLoader::Mode::Backend);
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.front().front().value<CatalogLoadOutcome>();
        QVERIFY(outcome.discovered);
        QVERIFY(outcome.load.catalog);
        QCOMPARE(outcome.load.catalog->operations().size(), 1);
        QCOMPARE(outcome.documentUrl, server.url(u"/swagger.json"_s));
        QCOMPARE(attempts.size(), outcome.attempts.size());
        QVERIFY(attempts.last().front().value<DiscoveryAttempt>().found);
    }

    void forbiddenLocationsAreListed()
    {
        DocumentFolder folder;
        const QString path = folder.write(u"api.yaml"_s, R"(openapi: 3.0.0
info: {title: Refs, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'https://schemas.example/common.json#/Thing'}
        '404': {$ref: 'https://schemas.example/common.json#/NotFound'}
        '500': {$ref: '../outside.yaml#/Error'}
)");
        CatalogLoader loader;
        QSignalSpy finished(&loader, &CatalogLoader::finished);
        loader.start(path, CatalogLoader::Mode::Document);
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.front().front().value<CatalogLoadOutcome>();
        QVERIFY(outcome.load.catalog);
        const QList<QUrl> forbidden = outcome.load.catalog->document().forbiddenLocations();
        QCOMPARE(forbidden.size(), 2);
        // Each document once, however many references point into it.
        QVERIFY(forbidden.contains(QUrl(u"https://schemas.example/common.json"_s)));
        const QUrl outside
            = QUrl::fromLocalFile(QFileInfo(path).dir().absoluteFilePath(u"../outside.yaml"_s))
                  .adjusted(QUrl::NormalizePathSegments);
        QVERIFY2(forbidden.contains(outside), qPrintable(outside.toString()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
