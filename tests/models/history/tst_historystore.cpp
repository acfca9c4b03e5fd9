// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "history/historystore.h"
#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Oxa;

namespace {

const QByteArray kSecret = "Zk9vX2JhcjpzM2NyZXQ-token";

/** Every byte of every file in the folder. */
QByteArray allFiles(const QString &dir)
{
    QByteArray out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            out += file.readAll();
    }
    return out;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndFinds()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        Exchange e;
        e.method = "POST";
        e.url = QUrl(QStringLiteral("https://xdr.example/hosts/web-01/isolate"));
        e.status = 202;
        e.totalMs = 84;
        e.firstByteMs = 80;
        e.body = R"({"state": "isolating"})";
        e.bodySize = e.body.size();
        e.requestHeaders = {{"Content-Type", "application/json"}};
        e.responseHeaders = {{"Content-Type", "application/json"}};
        BuiltRequest request;
        request.body = R"({"reason": "beacon"})";
        const auto id = store.record(e,
                                     request,
                                     {QStringLiteral("Lab"),
                                      QStringLiteral("POST /hosts/{id}/isolate"),
                                      QStringLiteral("isolateHost"),
                                      QStringLiteral("response"),
                                      QStringLiteral("response")},
                                     {});
        QVERIFY(id);
        const auto r = store.get(*id);
        QVERIFY(r);
        QCOMPARE(r->status, 202);
        QCOMPARE(r->context.operationId, QStringLiteral("isolateHost"));
        QCOMPARE(r->requestBody, request.body);
        QCOMPARE(r->responseBody, e.body);
        QCOMPARE(r->durationMs, 84);
        e.url = QUrl(QStringLiteral("https://xdr.example/alerts"));
        HistoryContext production;
        production.environment = QStringLiteral("Production");
        production.operationKey = QStringLiteral("GET /alerts");
        QVERIFY(store.record(e, request, production, {}));
        QCOMPARE(store.search(QString()).size(), 2);
        QCOMPARE(store.search(QStringLiteral("isolate")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("Production")).value(0).url,
                 QStringLiteral("https://xdr.example/alerts"));
        QCOMPARE(store.search(QStringLiteral("100%_")).size(), 0); // LIKE wildcards are literal
    }

    void secretsNeverReachTheFiles()
    {
        QTemporaryDir dir;
        {
            HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
            Exchange e;
            e.method = "GET";
            e.url = QUrl(QStringLiteral("https://xdr.example/alerts?api_key=")
                         + QString::fromLatin1(kSecret));
            e.requestHeaders = {{"Authorization", "Bearer " + kSecret},
                                {"X-Note", "basic " + QByteArray("user:" + kSecret).toBase64()},
                                {"Cookie", "session=abc"}};
            e.responseHeaders = {{"Set-Cookie", "session=def"}};
            e.body = "echo: " + kSecret + " / "
                     + QUrl::toPercentEncoding(QString::fromLatin1(kSecret));
            BuiltRequest request;
            request.body = "token=" + kSecret;
            QVERIFY(store.record(e, request, {}, {kSecret, "user:" + kSecret}));
            const auto r = store.search(QString()).value(0);
            QVERIFY(r.url.contains(QStringLiteral("api_key=••••")));
            QVERIFY(r.requestHeaders.contains(R"(["Authorization","••••"])"));
            QVERIFY(r.requestHeaders.contains(R"(["Cookie","••••"])"));
        }
        const QByteArray files = allFiles(dir.path());
        QVERIFY(!files.isEmpty());
        QVERIFY(!files.contains(kSecret));
        QVERIFY(!files.contains(kSecret.toBase64()));
        QVERIFY(!files.contains(QByteArray("user:" + kSecret).toBase64()));
        QVERIFY(!files.contains(QUrl::toPercentEncoding(QString::fromLatin1(kSecret))));
        QVERIFY(!files.contains("session=abc"));
    }

    void survivesKillDuringWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const auto written = [&] {
            return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        };
        for (int round = 1; round <= 3; ++round) {
            const qint64 start = written();
            QProcess writer;
            writer.start(QStringLiteral(OXA_HISTORY_WRITER_PATH), {path});
            QVERIFY(writer.waitForStarted());
            // Killed once this round's writer put several records through the write-ahead log.
            QTRY_VERIFY_WITH_TIMEOUT(written() > start + 400'000, 30000);
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            HistoryStore store(path);
            QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
            QCOMPARE(store.integrity(), QStringLiteral("ok"));
            QVERIFY(store.count() > 0);
            const qint64 before = store.count();
            QVERIFY(store.record(Exchange(), BuiltRequest(), {}, {}));
            QCOMPARE(store.count(), before + 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
