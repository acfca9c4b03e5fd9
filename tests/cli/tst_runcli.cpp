// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// End to end: the workflows that ship run with `oxa-cli run` against `oxa-cli mock`, the demo's
// and the OXA fixture's; the exit statuses, --json, --trace and --har; `oxa-cli validate` on an
// Arazzo document.
#include "request/environment.h"
#include "support/mockprocess.h"
#include "support/privatehome.h"
#include "support/testdocuments.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environment()
{
    return OxaTest::cliEnvironment();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run oxaCli(const QStringList &arguments, const QHash<QString, QString> &variables = {})
{
    QProcess process;
    QProcessEnvironment withVariables = environment();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        withVariables.insert(it.key(), it.value());
    process.setProcessEnvironment(withVariables);
    process.start(QStringLiteral(OXA_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/** Writes `text` to `name` in `dir`; its path. */
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qWarning("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

QStringList demoRun(const QString &url, const QString &workflow)
{
    return {u"run"_s,
            u"--demo"_s,
            workflow,
            u"--server"_s,
            url,
            u"--secret-env"_s,
            u"demoKey=DEMO_KEY"_s,
            u"--non-interactive"_s,
            u"--no-history"_s};
}

} // namespace

class TestRunCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triageAnAlert();
    void triageFailsClosedWithoutAPerson();
    void enrichAnIocList();
    void containAndVerifyWritesItsRecord();
    void replaysARecordOffline();
    void badInputsAndBadDocuments();
    void theOxaWorkflowRunsOnTheFixture();
    void anEnvironmentPerSource();
    void validateReadsArazzo();
};

void TestRunCli::triageAnAlert()
{
    OxaTest::MockProcess mock({u"--demo"_s}, environment());
    QVERIFY(!mock.url().isEmpty());
    const Run run = oxaCli(demoRun(mock.url(), u"triage-alert"_s)
                           + QStringList{u"--input"_s,
                                         u"alertId=al-00001"_s,
                                         u"--input"_s,
                                         u"hostToIsolate=lt-117.corp.example"_s,
                                         u"--yes"_s,
                                         u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"status").toString(), u"succeeded"_s);
    QCOMPARE(json.value(u"workflowId").toString(), u"triageAlert"_s);
    QVERIFY(json.value(u"error").isNull());
    QStringList steps;
    for (const QJsonValue &step : json.value(u"steps").toArray())
        steps.append(step.toObject().value(u"stepId").toString());
    // The demo's alert has a suspicious address: its host is isolated before the case opens.
    QCOMPARE(steps, (QStringList{u"readAlert"_s, u"enrich"_s, u"isolate"_s, u"openCase"_s}));
    const QJsonObject isolate = json.value(u"steps").toArray().at(2).toObject();
    QCOMPARE(isolate.value(u"statusCode").toInt(), 202);
    QCOMPARE(isolate.value(u"attempts").toInt(), 1);
    QVERIFY(isolate.value(u"criteria").toArray().at(0).toObject().value(u"passed").toBool());
    QVERIFY(!json.value(u"outputs").toObject().value(u"caseId").toString().isEmpty());
    QVERIFY2(mock.logged("/hosts/lt-117.corp.example/isolate → 202"), mock.log().constData());
}

void TestRunCli::triageFailsClosedWithoutAPerson()
{
    OxaTest::MockProcess mock({u"--demo"_s}, environment());
    // No value for the prompt: exit 6 before the isolation.
    Run run = oxaCli(demoRun(mock.url(), u"triage-alert"_s)
                     + QStringList{u"--input"_s, u"alertId=al-00001"_s});
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.err.contains("--input hostToIsolate="));
    // A value, and no --yes: exit 6, nothing sent to the host.
    run = oxaCli(demoRun(mock.url(), u"triage-alert"_s)
                 + QStringList{u"--input"_s,
                               u"alertId=al-00001"_s,
                               u"--input"_s,
                               u"hostToIsolate=lt-117.corp.example"_s});
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.err.contains("add --yes"));
    QVERIFY(!mock.log().contains("/isolate"));
}

void TestRunCli::enrichAnIocList()
{
    OxaTest::MockProcess mock({u"--demo"_s}, environment());
    const Run run = oxaCli(demoRun(mock.url(), u"enrich-ioc-list"_s)
                           + QStringList{u"--inputs"_s,
                                         uR"({"addresses": ["203.0.113.66", "198.51.100.7"]})"_s,
                                         u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject outputs = run.json().value(u"outputs").toObject();
    QCOMPARE(outputs.value(u"verdicts").toArray(), (QJsonArray{u"malicious"_s, u"benign"_s}));
    QCOMPARE(run.json().value(u"steps").toArray().size(), 1);
    QCOMPARE(run.json().value(u"steps").toArray().at(0).toObject().value(u"items").toInt(), 2);
}

void TestRunCli::containAndVerifyWritesItsRecord()
{
    OxaTest::MockProcess mock({u"--demo"_s}, environment());
    QTemporaryDir dir;
    const QString trace = dir.filePath(u"run.json"_s);
    const QString har = dir.filePath(u"run.har"_s);
    const Run run = oxaCli(demoRun(mock.url(), u"contain-and-verify"_s)
                           + QStringList{u"--input"_s,
                                         u"address=203.0.113.66"_s,
                                         u"--input"_s,
                                         u"reason=C2 beacon"_s,
                                         u"--yes"_s,
                                         u"--trace"_s,
                                         trace,
                                         u"--har"_s,
                                         har});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("ok   block"));
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"status").toString(), u"done"_s);
    QFile traceFile(trace);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(traceFile.readAll()).object();
    QCOMPARE(record.value(u"format").toString(), u"oxa-run/1"_s);
    QCOMPARE(record.value(u"steps").toArray().size(), 2);
    // The key never reaches the record, whose request headers are masked.
    QVERIFY(!QJsonDocument(record).toJson().contains("demo-key"));
    QFile harFile(har);
    QVERIFY(harFile.open(QIODevice::ReadOnly));
    const QJsonObject log
        = QJsonDocument::fromJson(harFile.readAll()).object().value(u"log").toObject();
    QCOMPARE(log.value(u"version").toString(), u"1.2"_s);
    QCOMPARE(log.value(u"entries").toArray().size(), 2);
    QVERIFY(!QJsonDocument(log).toJson().contains("demo-key"));
}

// A trainer records a run, then replays it without a back-end: the same requests match the
// record, other inputs drift where they should.
void TestRunCli::replaysARecordOffline()
{
    QTemporaryDir dir;
    const QString trace = dir.filePath(u"triage.json"_s);
    const QStringList inputs{u"--input"_s,
                             u"alertId=al-00001"_s,
                             u"--input"_s,
                             u"hostToIsolate=lt-117.corp.example"_s};
    {
        OxaTest::MockProcess mock({u"--demo"_s}, environment());
        const Run recorded = oxaCli(demoRun(mock.url(), u"triage-alert"_s) + inputs
                                    + QStringList{u"--yes"_s, u"--trace"_s, trace});
        QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
    }
    const QStringList replay{u"run"_s,
                             u"--demo"_s,
                             u"triage-alert"_s,
                             u"--replay"_s,
                             trace,
                             u"--no-history"_s,
                             u"--json"_s};
    Run run = oxaCli(replay + inputs);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(u"drift").toArray(), QJsonArray());
    QCOMPARE(run.json().value(u"steps").toArray().size(), 4);
    run = oxaCli(
        replay
        + QStringList{u"--input"_s, u"alertId=al-00002"_s, u"--input"_s, u"hostToIsolate=db-9"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray drift = run.json().value(u"drift").toArray();
    QCOMPARE(drift.size(), 4);
    QVERIFY(drift.at(0).toString().contains(u"/alerts/al-00002"));
    QVERIFY(drift.at(1).toString().startsWith(u"isolate: the path"));
    // Not a record: refused.
    QFile other(dir.filePath(u"other.json"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("{}");
    other.close();
    QCOMPARE(oxaCli({u"run"_s, u"--demo"_s, u"triage-alert"_s, u"--replay"_s, other.fileName()})
                 .exitCode,
             64);
}

void TestRunCli::badInputsAndBadDocuments()
{
    OxaTest::MockProcess mock({u"--demo"_s}, environment());
    Run run = oxaCli(demoRun(mock.url(), u"triage-alert"_s)
                     + QStringList{u"--input"_s, u"alertId=42"_s});
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.err.contains("do not match its schema"));
    QVERIFY(!mock.log().contains("/alerts/"));
    run = oxaCli({u"run"_s, u"--demo"_s, u"no-such-flow"_s});
    QCOMPARE(run.exitCode, 64);
    QTemporaryDir dir;
    QFile broken(dir.filePath(u"broken.arazzo.yaml"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("arazzo: 1.0.1\ninfo: {title: T, version: '1'}\nsourceDescriptions: [{name: s, "
                 "url: nowhere.yaml}]\n"
                 "workflows: [{workflowId: w, steps: [{stepId: a, operationId: x}]}]\n");
    broken.close();
    run = oxaCli({u"run"_s, broken.fileName()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("could not be loaded"));
    QVERIFY(run.err.contains("[arazzo.unresolved]"));
    QVERIFY(run.err.contains("1 workflow"));
}

void TestRunCli::theOxaWorkflowRunsOnTheFixture()
{
    const QString fixture = OxaTest::oxaFixturePath();
    if (fixture.isEmpty())
        QSKIP("../shared/fixtures/oxa is absent");
    OxaTest::MockProcess mock({fixture}, environment());
    QVERIFY(!mock.url().isEmpty());
    const Run run
        = oxaCli({u"run"_s,
                  QStringLiteral(OXA_SOURCE_DIR
                                 "/resources/workflows/oxa-alert-countermeasures.arazzo.yaml"),
                  u"--source"_s,
                  u"oxa="_s + fixture,
                  u"--server"_s,
                  mock.url(),
                  u"--non-interactive"_s,
                  u"--no-history"_s,
                  u"--json"_s});
    QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
    const QJsonObject outputs = run.json().value(u"outputs").toObject();
    QVERIFY(!outputs.value(u"alert").toString().isEmpty());
    QVERIFY(outputs.value(u"countermeasures").isArray());
    QVERIFY(mock.logged("/countermeasures"));
}

void TestRunCli::anEnvironmentPerSource()
{
    // Two back-ends of the same kind, each behind its own console environment and key: a
    // workflow that reads from one and the other sends each call, and each key, to its own.
    QTemporaryDir dir;
    const QString description
        = writeFile(dir,
                    u"edr.yaml"_s,
                    "openapi: 3.1.0\ninfo: {title: EDR, version: '1'}\n"
                    "security: [{key: []}]\n"
                    "components: {securitySchemes: {key: {type: http, scheme: bearer}}}\n"
                    "paths:\n"
                    "  /ping: {get: {operationId: ping, responses: {'200': {description: ok,"
                    " content: {application/json: {example: {up: true}}}}}}}\n"
                    "  /pong: {get: {operationId: pong, responses: {'200': {description: ok,"
                    " content: {application/json: {example: {up: true}}}}}}}\n");
    const QString workflow
        = writeFile(dir,
                    u"two.arazzo.yaml"_s,
                    "arazzo: 1.0.1\ninfo: {title: Two, version: '1'}\n"
                    "sourceDescriptions:\n"
                    "  - {name: left, url: edr.yaml, type: openapi}\n"
                    "  - {name: right, url: edr.yaml, type: openapi}\n"
                    "workflows:\n  - workflowId: both\n    steps:\n"
                    "      - {stepId: a, operationId: $sourceDescriptions.left.ping}\n"
                    "      - {stepId: b, operationId: $sourceDescriptions.right.pong}\n");
    OxaTest::MockProcess left({description}, environment());
    OxaTest::MockProcess right({description}, environment());
    QVERIFY(!left.url().isEmpty() && !right.url().isEmpty());
    const QDir home(OxaTest::cliHome().path());
    QVERIFY(QDir().mkpath(home.filePath(u"config/OXA Console"_s)));
    {
        QSettings settings(home.filePath(u"config/OXA Console/oxa-console.conf"_s),
                           QSettings::IniFormat);
        Oxa::Environment leftLab;
        leftLab.name = u"Left lab"_s;
        leftLab.baseUrl = left.url();
        Oxa::Environment rightLab;
        rightLab.name = u"Right lab"_s;
        rightLab.baseUrl = right.url();
        QVERIFY(Oxa::EnvironmentStore(settings).save({leftLab, rightLab}));
    }
    const auto run = [&workflow](const QStringList &more) {
        return oxaCli(QStringList{u"run"_s,
                                  workflow,
                                  u"--non-interactive"_s,
                                  u"--no-history"_s,
                                  u"--json"_s}
                          + more,
                      {{u"LEFT_KEY"_s, u"left-key"_s},
                       {u"RIGHT_KEY"_s, u"right-key"_s},
                       {u"OXA_CONSOLE_KEYCHAIN"_s, u"off"_s}});
    };
    const QStringList perSource{u"--env"_s,
                                u"Left lab"_s,
                                u"--env"_s,
                                u"right=Right lab"_s,
                                u"--secret-env"_s,
                                u"key=LEFT_KEY"_s};
    // The right source's environment has no key of its own: its call is not sent without one
    // (the left key is not lent to another back-end).
    const Run keyless = run(perSource);
    QVERIFY2(keyless.exitCode != 0, keyless.out.constData());
    QVERIFY(left.logged("/ping"));
    QVERIFY(!right.log().contains("/pong"));
    // With the right source's own key, each call goes to its own back-end.
    const Run done = run(perSource + QStringList{u"--secret-env"_s, u"right:key=RIGHT_KEY"_s});
    QVERIFY2(done.exitCode == 0, QByteArray(done.err + done.out).constData());
    QVERIFY(right.logged("/pong"));
    QVERIFY(!left.log().contains("/pong"));
    QVERIFY(!right.log().contains("/ping"));
    // --server for one source wins over its environment's URL.
    const Run moved = run(perSource
                          + QStringList{u"--secret-env"_s,
                                        u"right:key=RIGHT_KEY"_s,
                                        u"--server"_s,
                                        u"right="_s + left.url()});
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QVERIFY(left.logged("/pong"));
    // Wrong scopes and names are said, and nothing is sent.
    const Run noSource
        = run({u"--env"_s, u"Left lab"_s, u"--secret-env"_s, u"middle:key=LEFT_KEY"_s});
    QCOMPARE(noSource.exitCode, 64);
    QVERIFY2(noSource.err.contains("middle is not a source"), noSource.err.constData());
    const Run noEnvironment = run({u"--env"_s, u"right=Middle lab"_s});
    QCOMPARE(noEnvironment.exitCode, 64);
    QVERIFY(noEnvironment.err.contains("Middle lab"));
    QVERIFY(noEnvironment.err.contains("Right lab"));
    const Run noScope = run({u"--secret-env"_s, u"right:key=RIGHT_KEY"_s});
    QCOMPARE(noScope.exitCode, 64);
    QVERIFY(noScope.err.contains("--env right=NAME"));
}

void TestRunCli::validateReadsArazzo()
{
    Run run
        = oxaCli({u"validate"_s,
                  QStringLiteral(OXA_SOURCE_DIR "/resources/workflows/triage-alert.arazzo.yaml"),
                  u"--source"_s,
                  u"demo="_s + QStringLiteral(OXA_DEMO_DOCUMENT)});
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(run.out.contains("loaded, 1 workflow"));
    QTemporaryDir dir;
    QFile bad(dir.filePath(u"bad.arazzo.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"arazzo": "1.0.1", "info": {"title": "T", "version": "1"},
  "sourceDescriptions": [{"name": "s", "url": "s.yaml"}],
  "workflows": [{"workflowId": "w", "steps": [{"stepId": "a", "operationId": "x",
     "successCriteria": [{"condition": "$statusCode = 200"}]}]}]})");
    bad.close();
    run = oxaCli({u"validate"_s, bad.fileName()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("bad.arazzo.json:4:40: error: The condition"));
    QVERIFY(run.out.contains("[arazzo.criterion]"));
    run = oxaCli({u"validate"_s, bad.fileName(), u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"kind").toString(), u"arazzo"_s);
    QCOMPARE(json.value(u"workflows").toInt(), 1);
    bool found = false;
    for (const QJsonValue &d : json.value(u"diagnostics").toArray())
        found = found || d.toObject().value(u"code").toString() == u"arazzo.criterion";
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_runcli.moc"
