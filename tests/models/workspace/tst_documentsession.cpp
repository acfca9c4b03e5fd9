// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The console's open document: opened, reloaded, refused, closed; the question about
// references asked once per document and remembered; the document replaced let go.
#include "schema/schemaset.h"
#include "support/privatehome.h"
#include "support/testdocuments.h"
#include "workspace/documentsession.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kDocument
    = "openapi: 3.1.0\ninfo: {title: Open, version: '1'}\npaths:\n"
      "  /a: {get: {operationId: getA, responses: {'200': {description: ok}}}}\n";

/** The arguments of the last documentChanged. */
std::shared_ptr<const OpenDocument> lastDocument(const QSignalSpy &spy)
{
    return spy.isEmpty() ? nullptr : spy.back().at(0).value<std::shared_ptr<const OpenDocument>>();
}

} // namespace

class TestDocumentSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        OxaTest::usePrivateHome(m_home, u"tst_documentsession"_s);
    }

    void opensReloadsAndCloses()
    {
        OxaTest::DocumentFolder folder;
        const QString path = folder.write(u"api.yaml"_s, kDocument);
        DocumentSession session;
        QSignalSpy changed(&session, &DocumentSession::documentChanged);
        QSignalSpy finished(&session, &DocumentSession::loadFinished);
        QSignalSpy started(&session, &DocumentSession::loadStarted);
        session.open(path, CatalogLoader::Mode::Document);
        QVERIFY(session.isLoading());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.back().at(0).toBool(), true);
        QCOMPARE(changed.size(), 1);
        auto first = lastDocument(changed);
        QVERIFY(first && first == session.document());
        QCOMPARE(first->catalog->operations().size(), 1);
        QVERIFY(first->schemas);
        QVERIFY(first->usage);
        QVERIFY(first->searchIndex);
        QCOMPARE(first->location, path);
        QCOMPARE(first->mode, CatalogLoader::Mode::Document);
        QVERIFY(!first->discovered);
        QCOMPARE(changed.back().at(1).toBool(), false);
        QCOMPARE(started.back().at(2).toBool(), false);

        // Reloaded: a new document, said to be the same one; the old one let go.
        std::weak_ptr<const OpenDocument> previous = first;
        std::weak_ptr<const Catalog> previousCatalog = first->catalog;
        changed.clear();
        session.reload();
        QCOMPARE(started.back().at(2).toBool(), true);
        QVERIFY(finished.wait(20000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.back().at(1).toBool(), true);
        QVERIFY(lastDocument(changed) != first);
        QCOMPARE(lastDocument(changed)->location, path);
        QVERIFY(!lastDocument(changed).get()->catalog->operations().isEmpty());
        QVERIFY(previous.lock()); // this test still holds it…
        first.reset();
        QTRY_VERIFY(!previousCatalog.lock()); // …and once it lets go, nobody does
        QVERIFY(!previous.lock());

        // A document that cannot be opened leaves the open one open.
        QSignalSpy failed(&session, &DocumentSession::loadFailed);
        session.open(folder.path(u"missing.yaml"_s), CatalogLoader::Mode::Document);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.back().at(0).toBool(), false);
        QCOMPARE(failed.size(), 1);
        QVERIFY(session.document());
        QCOMPARE(session.document()->location, path);

        session.close();
        QVERIFY(!session.document());
        QVERIFY(!lastDocument(changed));
        session.reload(); // nothing to reload
        QVERIFY(!session.isLoading());
    }

    void referencesAreAskedOnceAndRemembered()
    {
        OxaTest::DocumentFolder folder;
        folder.write(u"shared/common.yaml"_s, "Error: {description: failed}\n");
        const QString path
            = folder.write(u"api/api.yaml"_s,
                           "openapi: 3.0.0\ninfo: {title: Refs, version: '1'}\n"
                           "paths:\n  /a:\n    get:\n      responses:\n"
                           "        '500': {$ref: '../shared/common.yaml#/Error'}\n");
        const QUrl url = QUrl::fromLocalFile(path);
        QCOMPARE(referencePolicy(url), ReferencePolicy::Ask);
        DocumentSession session;
        QList<QList<QUrl>> asked;
        std::function<void(bool)> pending;
        session.setReferenceQuestion([&](const QList<QUrl> &places, std::function<void(bool)> a) {
            asked << places;
            pending = std::move(a); // answered later
        });
        QSignalSpy finished(&session, &DocumentSession::loadFinished);
        QSignalSpy changed(&session, &DocumentSession::documentChanged);
        session.open(path, CatalogLoader::Mode::Document);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
        QCOMPARE(asked.front().size(), 1);
        QVERIFY(asked.front().front().path().endsWith(u"/shared/common.yaml"_s));
        QVERIFY(finished.isEmpty()); // until the answer comes
        QVERIFY(session.document()); // shown meanwhile, without the reference
        QVERIFY(!session.document()->catalog->document().forbiddenLocations().isEmpty());

        pending(true);
        QCOMPARE(referencePolicy(url), ReferencePolicy::Allow);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.wait(20000)); // the load with the references followed
        QCOMPARE(changed.size(), 2);
        QVERIFY(session.document()->catalog->document().forbiddenLocations().isEmpty());
        QCOMPARE(session.document()->catalog->operations().front().responses.front().description,
                 u"failed"_s);
        // Remembered: opened again, nothing asked.
        session.open(path, CatalogLoader::Mode::Document);
        QVERIFY(finished.wait(20000));
        QCOMPARE(asked.size(), 1);
        setReferencePolicy(url, ReferencePolicy::Ask);
        QCOMPARE(referencePolicy(url), ReferencePolicy::Ask);
    }

    void cancelled()
    {
        OxaTest::DocumentFolder folder;
        const QString path = folder.write(u"api.yaml"_s, kDocument);
        DocumentSession session;
        QSignalSpy finished(&session, &DocumentSession::loadFinished);
        QSignalSpy cancelled(&session, &DocumentSession::loadCancelled);
        session.open(path, CatalogLoader::Mode::Document);
        session.cancel();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.front().at(0).toBool(), false);
        QVERIFY(!session.isLoading());
        QTest::qWait(200); // the cancelled job's outcome is dropped
        QVERIFY(!session.document());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestDocumentSession)
#include "tst_documentsession.moc"
