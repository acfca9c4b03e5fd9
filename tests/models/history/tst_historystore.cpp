// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "history/historystore.h"
#include "support/testdocuments.h"
#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Oxa;

namespace {

const QByteArray kSecret = "Zk9vX2JhcjpzM2NyZXQ-token";

/** A history file as an older console wrote it: its table, one row, no user_version. */
bool writeOldHistory(const QString &path, const QString &columns, const QString &insert)
{
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open()
             && q.exec(
                 QStringLiteral(
                     "CREATE TABLE exchanges (id INTEGER PRIMARY KEY AUTOINCREMENT, started "
                     "TEXT NOT NULL, environment TEXT, operation_key TEXT, operation_id TEXT, "
                     "capability TEXT, risk TEXT, method TEXT, url TEXT, status INTEGER, "
                     "duration_ms INTEGER, first_byte_ms INTEGER, size INTEGER, error TEXT, "
                     "request_headers BLOB, request_body BLOB, response_headers BLOB, "
                     "response_body BLOB%1)")
                     .arg(columns))
             && q.exec(insert);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    return version;
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
        const auto id
            = store.record(e,
                           request,
                           {QStringLiteral("Lab"),
                            QStringLiteral("POST /hosts/{id}/isolate"),
                            QStringLiteral("isolateHost"),
                            QStringLiteral("response"),
                            QStringLiteral("response"),
                            QJsonObject{
                                {QStringLiteral("path"),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("web-01")}}}},
                            {},
                            {}},
                           {});
        QVERIFY(id);
        const auto r = store.get(*id);
        QVERIFY(r);
        QCOMPARE(r->status, 202);
        QCOMPARE(r->context.operationId, QStringLiteral("isolateHost"));
        QCOMPARE(r->requestBody, request.body);
        QCOMPARE(r->responseBody, e.body);
        QCOMPARE(r->durationMs, 84);
        // Back as an exchange, for the inspector and the check of the body.
        const Exchange back = r->exchange();
        QCOMPARE(back.method, QByteArray("POST"));
        QCOMPARE(back.url, e.url);
        QCOMPARE(back.status, 202);
        QCOMPARE(back.responseHeaders, e.responseHeaders);
        QCOMPARE(back.requestHeaders, e.requestHeaders);
        QCOMPARE(back.body, e.body);
        QCOMPARE(back.firstByteMs, 80);
        QVERIFY(!back.truncated);
        QVERIFY(!back.error);
        QCOMPARE(r->context.values.value(QStringLiteral("path"))
                     .toObject()
                     .value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("web-01")));
        e.url = QUrl(QStringLiteral("https://xdr.example/alerts"));
        HistoryContext production;
        production.environment = QStringLiteral("Production");
        production.operationKey = QStringLiteral("GET /alerts");
        production.risk = QStringLiteral("read");
        e.status = 503;
        QVERIFY(store.record(e, request, production, {}));
        e.status = 0;
        e.error = Error{Error::Code::Network, QStringLiteral("refused"), {}, -1, 0, 0, {}};
        QVERIFY(store.record(e, request, production, {}));
        const auto found = [&store](HistoryQuery query) { return store.search(query).size(); };
        QCOMPARE(found({}), 3);
        QCOMPARE(found({QStringLiteral("isolate"), {}, {}, 0, 500}), 1);
        QCOMPARE(store.search({QStringLiteral("Production"), {}, {}, 0, 500}).value(0).url,
                 QStringLiteral("https://xdr.example/alerts"));
        QCOMPARE(found({QStringLiteral("100%_"), {}, {}, 0, 500}), 0); // wildcards are literal
        QCOMPARE(found({{}, QStringLiteral("Lab"), {}, 0, 500}), 1);
        QCOMPARE(found({{}, {}, QStringLiteral("read"), 0, 500}), 2);
        QCOMPARE(found({{}, {}, {}, 2, 500}), 1);
        QCOMPARE(found({{}, {}, {}, 5, 500}), 1);
        QCOMPARE(found({{}, {}, {}, 4, 500}), 0);
        QCOMPARE(found({{}, {}, {}, -1, 500}), 1);
        QCOMPARE(found({QStringLiteral("alerts"), QStringLiteral("Production"), {}, 5, 500}), 1);
        QCOMPARE(found({{}, {}, {}, 0, 2}), 2);
        QCOMPARE(store.environments(),
                 (QStringList{QStringLiteral("Lab"), QStringLiteral("Production")}));
        // Cleared: nothing is found, and the bodies are gone from the files.
        QVERIFY(OxaTest::allFilesUnder(dir.path()).contains("isolating"));
        QVERIFY(store.clear());
        QCOMPARE(store.count(), 0);
        QVERIFY(store.environments().isEmpty());
        QVERIFY(!OxaTest::allFilesUnder(dir.path()).contains("isolating"));
        QVERIFY(store.record(e, request, production, {}));
        QCOMPARE(store.count(), 1);
    }

    void opensAHistoryOfTheFirstVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(
            writeOldHistory(path,
                            QString(),
                            QStringLiteral("INSERT INTO exchanges (started, url, status) VALUES "
                                           "('2026-11-01T10:00:00.000Z', 'https://old.example/', "
                                           "200)")));
        HistoryStore store(path);
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        QCOMPARE(store.search({}).value(0).url, QStringLiteral("https://old.example/"));
        QVERIFY(store.record(Exchange(), BuiltRequest(), {}, {}));
        QCOMPARE(store.count(), 2);
        QCOMPARE(userVersion(path), HistoryStore::schemaVersion());
    }

    // A run's record is kept beside its exchanges, replaced as the run goes on, and migrated
    // into a history written before runs were kept.
    void keepsRunsBesideTheirExchanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(writeOldHistory(path,
                                QString(),
                                QStringLiteral(
                                    "INSERT INTO exchanges (started, url, status) VALUES "
                                    "('2026-11-01T10:00:00.000Z', 'https://old.example/', 200)")));
        HistoryStore store(path);
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        HistoryStore::RunEntry entry;
        entry.runId = QStringLiteral("r-1");
        entry.kind = QStringLiteral("workflow");
        entry.name = QStringLiteral("triage");
        entry.status = QStringLiteral("running");
        entry.started = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
        entry.record = "{}";
        QVERIFY(store.saveRun(entry));
        entry.status = QStringLiteral("succeeded");
        entry.digest = QStringLiteral("ab12");
        entry.record = R"({"status": "succeeded"})";
        QVERIFY(store.saveRun(entry));
        const auto read = store.run(QStringLiteral("r-1"));
        QVERIFY(read);
        QCOMPARE(read->status, QStringLiteral("succeeded"));
        QCOMPARE(read->digest, QStringLiteral("ab12"));
        QCOMPARE(read->record, QByteArray(R"({"status": "succeeded"})"));
        QCOMPARE(read->started, entry.started);
        QVERIFY(!read->finished.isValid());
        QVERIFY(!store.run(QStringLiteral("r-2")));
        // A workflow's runs, newest first, without their records; another's are not among them.
        entry.runId = QStringLiteral("r-3");
        entry.started = entry.started.addSecs(60);
        QVERIFY(store.saveRun(entry));
        entry.runId = QStringLiteral("r-4");
        entry.name = QStringLiteral("contain");
        QVERIFY(store.saveRun(entry));
        const auto runs = store.runs(QStringLiteral("workflow"), QStringLiteral("triage"));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).runId, QStringLiteral("r-3"));
        QCOMPARE(runs.at(1).runId, QStringLiteral("r-1"));
        QVERIFY(runs.at(0).record.isEmpty());
        QCOMPARE(store.runs(QStringLiteral("workflow"), QStringLiteral("triage"), 1).size(), 1);
        QVERIFY(store.runs(QStringLiteral("batch"), QStringLiteral("triage")).isEmpty());
    }

    void opensAHistoryOfTheLastUncountedVersion()
    {
        // The format of milestone 1: request_values, and no user_version (0).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(writeOldHistory(
            path,
            QStringLiteral(", request_values BLOB"),
            QStringLiteral("INSERT INTO exchanges (started, url, status, request_values) VALUES "
                           "('2026-11-20T10:00:00.000Z', 'https://m1.example/', 201, "
                           "'{\"query\":{\"a\":1}}')")));
        QCOMPARE(userVersion(path), 0);
        {
            HistoryStore store(path);
            QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
            const HistoryRecord old = store.search({}).value(0);
            QCOMPARE(old.url, QStringLiteral("https://m1.example/"));
            QCOMPARE(old.context.values.value(u"query").toObject().value(u"a").toInt(), 1);
            QVERIFY(old.context.runId.isEmpty());
            // The room for runs: an exchange of a run, found by it.
            HistoryContext step;
            step.operationKey = QStringLiteral("GET /ip/{ip}");
            step.runId = QStringLiteral("run-7");
            step.stepId = QStringLiteral("lookUp");
            QVERIFY(store.record(Exchange(), BuiltRequest(), step, {}));
            const QList<HistoryRecord> found = store.ofRun(QStringLiteral("run-7"));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.front().context.stepId, QStringLiteral("lookUp"));
            QCOMPARE(store.count(), 2);
        }
        QCOMPARE(userVersion(path), HistoryStore::schemaVersion());
        // Opened again: nothing to do, nothing lost.
        HistoryStore again(path);
        QVERIFY(again.problem().isEmpty());
        QCOMPARE(again.count(), 2);
    }

    void leavesAHistoryOfANewerVersionAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store(path);
            QVERIFY(store.record(Exchange(), BuiltRequest(), {}, {}));
        }
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(HistoryStore::schemaVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        HistoryStore store(path);
        QVERIFY(store.problem().contains(QStringLiteral("newer")));
        QVERIFY(!store.record(Exchange(), BuiltRequest(), {}, {}));
        QCOMPARE(userVersion(path), HistoryStore::schemaVersion() + 1);
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
            const auto r = store.search({}).value(0);
            QVERIFY(r.url.contains(QStringLiteral("api_key=••••")));
            QVERIFY(r.requestHeaders.contains(R"(["Authorization","Bearer ••••"])"));
            QVERIFY(r.requestHeaders.contains(R"(["Cookie","••••"])"));
        }
        const QByteArray files = OxaTest::allFilesUnder(dir.path());
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
