// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "history/auditlog.h"
#include "testconfig.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Oxa;

namespace {

AuditEntry entry(int i)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2026, 11, 23), QTime(10, 0, i % 60), Qt::UTC);
    e.environment = QStringLiteral("Production");
    e.operationKey = QStringLiteral("POST /hosts/{id}/isolate");
    e.operationId = QStringLiteral("isolateHost");
    e.risk = QStringLiteral("response");
    e.method = QStringLiteral("POST");
    e.url = QStringLiteral("https://xdr.example/hosts/web-%1/isolate").arg(i);
    e.status = 202;
    e.outcome = QStringLiteral("sent, \"confirmed\"");
    return e;
}

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = file.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

void writeLines(const QString &path, const QList<QByteArray> &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write");
    for (const QByteArray &line : content)
        file.write(line + '\n');
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit/audit.jsonl"));
        AuditLog log(path);
        for (int i = 0; i < 5; ++i)
            QVERIFY(log.append(entry(i)));
        const AuditVerification v = AuditLog::verify(path);
        QVERIFY2(v.ok(), qPrintable(v.problem));
        QCOMPARE(v.entries, 5);
        QVERIFY(
            lines(path).at(0).startsWith("{\"seq\": 1, \"time\": \"2026-11-23T10:00:00.000Z\""));
    }

    void tamperingIsFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog log(path);
        for (int i = 0; i < 5; ++i)
            QVERIFY(log.append(entry(i)));
        const QList<QByteArray> original = lines(path);

        // An edited entry.
        QList<QByteArray> edited = original;
        edited[2].replace("web-2", "web-9");
        writeLines(path, edited);
        AuditVerification v = AuditLog::verify(path);
        QCOMPARE(v.firstBroken, 3);
        QVERIFY(v.problem.contains(QStringLiteral("does not match its hash")));

        // An edited entry whose hash was recomputed: the next one no longer chains to it.
        // (Simulated by deleting an entry, which is what a careful forger's edit amounts to.)
        QList<QByteArray> deleted = original;
        deleted.removeAt(1);
        writeLines(path, deleted);
        v = AuditLog::verify(path);
        QCOMPARE(v.firstBroken, 2);
        QVERIFY(v.problem.contains(QStringLiteral("missing or changed")));

        // Reordered entries, and the last one removed (the chain still holds up to it).
        QList<QByteArray> reordered = original;
        reordered.swapItemsAt(3, 4);
        writeLines(path, reordered);
        QCOMPARE(AuditLog::verify(path).firstBroken, 4);
        writeLines(path, original.mid(0, 4));
        QVERIFY(AuditLog::verify(path).ok());
    }

    void cutLineIsReportedThenRepaired()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog log(path);
        QVERIFY(log.append(entry(1)));
        QVERIFY(log.append(entry(2)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"seq\": 3, \"time\": \"2026-11-23T10:"); // no newline: cut
        file.close();
        AuditVerification v = AuditLog::verify(path);
        QVERIFY(v.ok());
        QVERIFY(v.incompleteTail);
        QCOMPARE(v.entries, 2);
        QVERIFY(log.append(entry(3)));
        v = AuditLog::verify(path);
        QVERIFY2(v.ok(), qPrintable(v.problem));
        QVERIFY(!v.incompleteTail);
        QCOMPARE(v.entries, 3);
    }

    void survivesKillDuringWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        for (int round = 0; round < 3; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(OXA_AUDIT_WRITER_PATH), {path});
            QVERIFY(writer.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 20'000 * (round + 1), 20000);
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            const AuditVerification v = AuditLog::verify(path);
            QVERIFY2(v.ok(), qPrintable(v.problem));
            QVERIFY(v.entries > 0);
        }
        // The next session goes on from the last complete entry.
        const qsizetype before = AuditLog::verify(path).entries;
        QVERIFY(AuditLog(path).append(entry(0)));
        const AuditVerification after = AuditLog::verify(path);
        QVERIFY2(after.ok(), qPrintable(after.problem));
        QCOMPARE(after.entries, before + 1);
        QVERIFY(!after.incompleteTail);
    }

    void csvExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog log(path);
        QVERIFY(log.append(entry(7)));
        const auto csv = AuditLog::toCsv(path);
        QVERIFY(csv);
        const QList<QByteArray> rows = csv->split('\n');
        QCOMPARE(rows.at(0),
                 QByteArray("seq,time,environment,operation,operationId,risk,method,url,status,"
                            "outcome,prev,hash\r"));
        QVERIFY(rows.at(1).startsWith(
            "1,2026-11-23T10:00:07.000Z,Production,POST "
            "/hosts/{id}/isolate,isolateHost,response,POST,"
            "https://xdr.example/hosts/web-7/isolate,202,\"sent, \"\"confirmed\"\"\","));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
