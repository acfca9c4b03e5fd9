// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// End to end: `oxa-cli mock` serves the demo document and the OXA fixture, `oxa-cli call`
// calls operations of every capability against it.
#include "support/mockprocess.h"
#include "support/privatehome.h"
#include "support/testdocuments.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QTemporaryDir &home()
{
    return OxaTest::cliHome();
}

QProcessEnvironment environment()
{
    return OxaTest::cliEnvironment();
}

/** `oxa-cli mock` in the background, with this test's private home. */
class Mock : public OxaTest::MockProcess
{
public:
    explicit Mock(const QStringList &arguments)
        : MockProcess(arguments, environment())
    {}
};

struct Call
{
    int exitCode = -1;
    QJsonObject json; ///< --json output
    QByteArray err;

    int status() const { return json.value(u"status").toInt(); }
    QJsonArray problems() const
    {
        return json.value(u"check").toObject().value(u"problems").toArray();
    }
    QJsonValue body() const { return json.value(u"body"); }
};

Call call(const QString &document, const QString &server, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(OXA_CLI_PATH),
                  QStringList{u"call"_s, document} + arguments
                      + QStringList{u"--server"_s, server, u"--json"_s});
    if (!process.waitForFinished(60'000))
        qFatal("oxa-cli call did not finish");
    Call c;
    c.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    c.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    c.err = process.readAllStandardError();
    return c;
}

const QString kDemo = QStringLiteral(OXA_DEMO_DOCUMENT);
const QStringList kKey{u"--bearer-env"_s, u"DEMO_KEY"_s};

} // namespace

class TestMockCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoEveryCapability_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::newRow("enrichment: an IP")
            << QStringList{u"lookupIp"_s, u"--param"_s, u"ip=203.0.113.66"_s} << 200;
        QTest::newRow("enrichment: a hash")
            << QStringList{u"lookupFileHash"_s,
                           u"--param"_s,
                           u"hash=44d88612fea8a8f36de82e1278abb02f"_s}
            << 200;
        QTest::newRow("enrichment: a URL")
            << QStringList{u"lookupUrl"_s,
                           u"--param"_s,
                           u"url=https://secure-paypa1.example.org/verify"_s}
            << 200;
        QTest::newRow("enrichment: bulk")
            << QStringList{u"bulkLookup"_s,
                           u"--body"_s,
                           uR"({"indicators": ["203.0.113.66", "login-update.example.net"]})"_s}
            << 200;
        QTest::newRow("enrichment: context")
            << QStringList{u"observableContext"_s, u"--param"_s, u"value=203.0.113.66"_s} << 200;
        QTest::newRow("telemetry: events") << QStringList{u"eventsOverTime"_s} << 200;
        QTest::newRow("telemetry: severities") << QStringList{u"alertsBySeverity"_s} << 200;
        QTest::newRow("telemetry: rules")
            << QStringList{u"topRules"_s, u"--param"_s, u"limit=5"_s} << 200;
        QTest::newRow("alerts") << QStringList{u"listAlerts"_s, u"--param"_s, u"severity=high"_s}
                                << 200;
        QTest::newRow("response: isolate") << QStringList{u"isolateHost"_s,
                                                          u"--param"_s,
                                                          u"host_id=ws-042.corp.example"_s,
                                                          u"--body"_s,
                                                          uR"({"reason": "beacon"})"_s,
                                                          u"--yes"_s}
                                           << 202;
        QTest::newRow("response: block")
            << QStringList{u"blockIp"_s,
                           u"--body"_s,
                           uR"({"ip": "203.0.113.66", "reason": "C2 server"})"_s,
                           u"--yes"_s}
            << 202;
        QTest::newRow("response: countermeasure")
            << QStringList{u"activateCountermeasure"_s,
                           u"--param"_s,
                           u"countermeasure_id=cm-ransomware-lockdown"_s,
                           u"--body"_s,
                           uR"({"reason": "outbreak"})"_s,
                           u"--yes"_s}
            << 202;
    }
    void demoEveryCapability()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        static Mock mock({kDemo});
        QVERIFY(!mock.url().isEmpty());
        QVERIFY(mock.url().startsWith(u"http://127.0.0.1:"_s));
        const Call c = call(kDemo, mock.url(), arguments + kKey);
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(c.status(), status);
        QVERIFY2(c.problems().isEmpty(), QJsonDocument(c.problems()).toJson().constData());
        QVERIFY(c.body().isObject());
        // One line per request in the mock's log.
        const QByteArray logged = " → " + QByteArray::number(status);
        QVERIFY(mock.log().contains(logged));
    }

    void demoChecksRequestsAndConfirmation()
    {
        Mock mock({kDemo});
        QVERIFY(!mock.url().isEmpty());
        // No key: oxa-cli names the scheme and sends nothing (the mock's 401 is
        // tst_mockservice's).
        const QByteArray quiet = mock.log();
        Call c = call(kDemo, mock.url(), {u"lookupIp"_s, u"--param"_s, u"ip=203.0.113.66"_s});
        QCOMPARE(c.exitCode, 64);
        QVERIFY(c.err.contains("demoKey"));
        QCOMPARE(mock.log(), quiet);
        // A hash that is not one: oxa-cli says so and sends nothing…
        const QByteArray unsent = mock.log();
        c = call(kDemo,
                 mock.url(),
                 QStringList{u"lookupFileHash"_s, u"--param"_s, u"hash=xyz"_s} + kKey);
        QCOMPARE(c.exitCode, 3);
        QVERIFY2(c.err.contains("path hash"), c.err.constData());
        QVERIFY(c.err.contains("--no-check"));
        QCOMPARE(c.json.value(u"problems").toArray().at(0).toObject().value(u"name"),
                 QJsonValue(u"hash"_s));
        QCOMPARE(mock.log(), unsent);
        // …and, sent anyway, the mock answers 400, the problem naming the parameter.
        c = call(kDemo,
                 mock.url(),
                 QStringList{u"lookupFileHash"_s, u"--param"_s, u"hash=xyz"_s, u"--no-check"_s}
                     + kKey);
        QCOMPARE(c.exitCode, 3);
        QCOMPARE(c.status(), 400);
        QCOMPARE(c.body().toObject().value(u"errors").toArray().at(0).toObject().value(u"name"),
                 QJsonValue(u"hash"_s));
        // A response operation without --yes is refused before anything is sent.
        const QByteArray before = mock.log();
        c = call(kDemo,
                 mock.url(),
                 QStringList{u"isolateHost"_s,
                             u"--param"_s,
                             u"host_id=ws-042.corp.example"_s,
                             u"--body"_s,
                             uR"({"reason": "beacon"})"_s}
                     + kKey);
        QCOMPARE(c.exitCode, 6);
        QVERIFY(c.err.contains("--yes"));
        QCOMPARE(mock.log(), before);
    }

    void demoIsBuiltIn()
    {
        // `--demo` serves the console's demo from the resources of oxa_models: no file given.
        Mock mock({u"--demo"_s});
        QVERIFY(!mock.url().isEmpty());
        const Call c = call(kDemo,
                            mock.url(),
                            QStringList{u"lookupIp"_s, u"--param"_s, u"ip=203.0.113.66"_s} + kKey);
        QVERIFY2(c.exitCode == 0, c.err.constData());
        QCOMPARE(c.status(), 200);
        // Written where the console writes it, the same text as the source's.
        QFile written(home().filePath(u"data/oxa-console/demo/oxa-demo.yaml"_s));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QFile source(kDemo);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), source.readAll());
        // A document and --demo at once: which one?
        QProcess both;
        both.setProcessEnvironment(environment());
        both.start(QStringLiteral(OXA_CLI_PATH), {u"mock"_s, kDemo, u"--demo"_s});
        QVERIFY(both.waitForFinished(20'000));
        QCOMPARE(both.exitCode(), 64);
    }

    void jsonLogAndDescription()
    {
        // --json: JSON Lines, the first saying where, then one per request, secrets masked.
        Mock mock({u"--demo"_s, u"--json"_s});
        QVERIFY(!mock.url().isEmpty());
        // The description is served beside the operations, its first server the mock itself:
        // a client that loads it calls the mock without being told where.
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(OXA_CLI_PATH),
                      QStringList{u"call"_s,
                                  mock.url() + u"/openapi.json"_s,
                                  u"lookupIp"_s,
                                  u"--param"_s,
                                  u"ip=198.51.100.23"_s,
                                  u"--json"_s}
                          + kKey);
        QVERIFY(process.waitForFinished(60'000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonObject answer = QJsonDocument::fromJson(out).object();
        QCOMPARE(answer.value(u"status").toInt(), 200);
        QCOMPARE(answer.value(u"body").toObject().value(u"indicator").toString(),
                 u"198.51.100.23"_s);
        QVERIFY(out.endsWith('\n'));

        QTRY_VERIFY_WITH_TIMEOUT(mock.log().count('\n') >= 3, 10'000);
        const QList<QByteArray> lines = mock.log().trimmed().split('\n');
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(u"url").toString(), mock.url());
        QCOMPARE(first.value(u"description").toString(), mock.url() + u"/openapi.json"_s);
        QCOMPARE(first.value(u"operations").toInt(), 24);
        QJsonObject described = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(described.value(u"note").toString(), u"description"_s);
        QJsonObject looked = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(looked.value(u"status").toInt(), 200);
        QCOMPARE(looked.value(u"operation").toString(), u"GET /enrichment/ip/{ip}"_s);
        QVERIFY(looked.value(u"target").toString().endsWith(u"/enrichment/ip/198.51.100.23"_s));
        QVERIFY(QDateTime::fromString(looked.value(u"at").toString(), Qt::ISODateWithMs).isValid());
    }

    void statefulCaseRoundTrip()
    {
        Mock mock({kDemo, u"--stateful"_s});
        QVERIFY(!mock.url().isEmpty());
        Call c = call(kDemo,
                      mock.url(),
                      QStringList{u"createCase"_s,
                                  u"--body"_s,
                                  uR"({"title": "Beacon on ws-042", "severity": "high"})"_s}
                          + kKey);
        QCOMPARE(c.status(), 201);
        QVERIFY(c.problems().isEmpty());
        const QString id = c.body().toObject().value(u"case_id").toString();
        QVERIFY(!id.isEmpty());
        const QStringList item{u"--param"_s, u"case_id="_s + id};

        c = call(kDemo, mock.url(), QStringList{u"getCase"_s} + item + kKey);
        QCOMPARE(c.status(), 200);
        QCOMPARE(c.body().toObject().value(u"title").toString(), u"Beacon on ws-042"_s);
        QCOMPARE(c.body().toObject().value(u"status").toString(), u"open"_s);

        c = call(kDemo,
                 mock.url(),
                 QStringList{u"updateCase"_s, u"--body"_s, uR"({"status": "closed"})"_s} + item
                     + kKey);
        QCOMPARE(c.status(), 200);
        c = call(kDemo, mock.url(), QStringList{u"listCases"_s} + kKey);
        const QJsonObject first = c.body().toObject().value(u"items").toArray().at(0).toObject();
        QCOMPARE(first.value(u"case_id").toString(), id);
        QCOMPARE(first.value(u"status").toString(), u"closed"_s);

        // Deleting is destructive: confirmed, then gone.
        QCOMPARE(call(kDemo, mock.url(), QStringList{u"deleteCase"_s} + item + kKey).exitCode, 6);
        c = call(kDemo, mock.url(), QStringList{u"deleteCase"_s, u"--yes"_s} + item + kKey);
        QCOMPARE(c.status(), 204);
        c = call(kDemo, mock.url(), QStringList{u"getCase"_s} + item + kKey);
        QCOMPARE(c.status(), 404);
        QVERIFY(mock.log().contains("(deleted before)"));
    }

    void oxaFixture_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::newRow("enrichment") << QStringList{u"get_alerts_resource"_s} << 200;
        QTest::newRow("telemetry") << QStringList{u"get_alerts_statistics_resource"_s} << 200;
        QTest::newRow("administration") << QStringList{u"get_jwks_resource"_s} << 200;
        QTest::newRow("response")
            << QStringList{u"patch_activate_countermeasure_resource"_s,
                           u"--param"_s,
                           u"countermeasure_uuid=6f1c2b9e-8d4a-4c3e-9b7f-000000000001"_s,
                           u"--yes"_s}
            << 200;
    }
    void oxaFixture()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        const QString oxa = OxaTest::oxaFixturePath();
        if (!QFile::exists(oxa))
            QSKIP("The shared fixtures are not beside the checkout.");
        static Mock mock({oxa});
        QVERIFY(!mock.url().isEmpty());
        const Call c = call(oxa, mock.url(), arguments);
        QVERIFY2(c.exitCode == 0, c.err.constData());
        QCOMPARE(c.status(), status);
        QVERIFY2(c.problems().isEmpty(), QJsonDocument(c.problems()).toJson().constData());
    }

    void unloadableDocumentAndBadOptions()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(OXA_CLI_PATH), {u"mock"_s, kDemo, u"--error-rate"_s, u"2"_s});
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitCode(), 64);
        process.start(QStringLiteral(OXA_CLI_PATH), {u"mock"_s, home().filePath(u"missing.yaml"_s)});
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMockCli)
#include "tst_mockcli.moc"
