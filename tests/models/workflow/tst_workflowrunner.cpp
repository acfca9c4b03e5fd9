// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The runner against a loopback server answering canned sequences, with a clock that records
// the waits instead of sleeping: actions, retries and Retry-After, criteria, outputs, inputs,
// prompts, confirmations, x-oxa-foreach, sub-workflows and dependsOn, clause by clause.
#include "call/calldriver.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "request/secretstore.h"
#include "support/httptestserver.h"
#include "support/testdocuments.h"
#include "workflow/replayserver.h"
#include "workflow/workflowrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;
using Answer = OxaTest::HttpTestServer::Answer;

namespace {

const QByteArray kApi = R"(openapi: 3.1.0
info: {title: Lab, version: '1'}
paths:
  /alerts/{id}:
    get:
      operationId: getAlert
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: the alert}}
  /lookup:
    get:
      operationId: lookup
      parameters: [{name: ip, in: query, required: true, schema: {type: string}}]
      responses: {'200': {description: a verdict}}
  /actions/{id}:
    get:
      operationId: getAction
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: its state}}
  /hosts/{host}/isolate:
    post:
      operationId: isolateHost
      x-oxa-risk: response
      parameters: [{name: host, in: path, required: true, schema: {type: string}}]
      responses: {'202': {description: isolating}}
  /cases:
    post:
      operationId: createCase
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [title]
              properties: {title: {type: string}, findings: {type: array}, note: {type: string}}
      responses: {'201': {description: created}}
)";

Answer json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    answer.headers = std::move(headers);
    return answer;
}

/** Waits nothing: records each wait and goes on at once. */
class TestClock final : public RunClock
{
public:
    QDateTime now() const override { return m_now; }
    void wait(qint64 ms, QObject *context, std::function<void()> then) override
    {
        waits.append(ms);
        m_now = m_now.addMSecs(ms);
        QTimer::singleShot(0, context, std::move(then));
    }
    QList<qint64> waits;

private:
    QDateTime m_now = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
};

class Fixture
{
public:
    Fixture()
        : history(dir.filePath(u"history.sqlite"_s))
        , audit(dir.filePath(u"audit.jsonl"_s))
        , secrets(SecretStore::Backend::Memory)
        , session(&secrets)
        , driver(&session, &script)
        , runner(&driver)
    {
        session.setHistory(&history);
        session.setAudit(&audit);
        write(u"lab.yaml"_s, kApi);
        options.environment.name = u"Lab"_s;
        options.environment.baseUrl = server.url(QString()).toString();
        options.clock = &clock;
    }

    void write(const QString &name, const QByteArray &text)
    {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
    }

    /** Runs the only (or the named) workflow of `steps` to its end. */
    RunRecord run(const QByteArray &workflows, const QByteArray &components = {})
    {
        write(u"flow.arazzo.yaml"_s,
              "arazzo: 1.0.1\ninfo: {title: T, version: '1'}\n"
              "sourceDescriptions: [{name: lab, url: lab.yaml, type: openapi}]\n"
              "workflows:\n"
                  + workflows + components);
        const auto loaded = ArazzoDocument::load(dir.filePath(u"flow.arazzo.yaml"_s));
        diagnostics = loaded.diagnostics;
        if (!loaded.document)
            return {};
        sources = WorkflowSources::load(loaded.document);
        diagnostics += sources->diagnostics();
        QSignalSpy finished(&runner, &WorkflowRunner::finished);
        runner.start(sources, options);
        if (!finished.wait(20000))
            qWarning("the run never ended");
        return runner.record();
    }

    QStringList actions(const RunRecord &record) const
    {
        QStringList out;
        for (const StepRecord &step : record.steps)
            out.append(step.stepId + u':' + step.status + u':' + step.action);
        return out;
    }

    QTemporaryDir dir;
    OxaTest::HttpTestServer server;
    HistoryStore history;
    AuditLog audit;
    SecretStore secrets;
    CallSession session;
    ScriptedInteraction script;
    CallDriver driver;
    WorkflowRunner runner;
    TestClock clock;
    RunOptions options;
    Diagnostics diagnostics;
    std::shared_ptr<const WorkflowSources> sources;
};

} // namespace

class TestWorkflowRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsCarryValuesAndTheRecordSaysWhatHappened();
    void inputsAreValidatedBeforeAnythingIsSent();
    void withoutCriteriaA2xxSucceeds();
    void aFailureWithoutActionEndsTheWorkflowFailed();
    void retryLimitDefaultsToOneRetry();
    void retryLimitIsExhaustedBeforeTheNextFailureAction();
    void aRetryCanRunAStepFirst();
    void retryAfterHeaderWins_data();
    void retryAfterHeaderWins();
    void successActionsEndAndGoto();
    void aGotoLoopStopsAtMaxSteps();
    void criteriaThatFindNothingFailTheStep();
    void confirmationsAreNeverRoutedAround();
    void promptsAreAskedAndValidated();
    void foreachRunsEachItemAndRetriesOnlyFailures();
    void requestBodiesWithTemplatesAndReplacements();
    void subWorkflowsAndDependencies();
    void aPresenterPausesBetweenSteps();
    void componentsAreScopedToTheirDocument();
    void onlyDeclaredRequestParametersCanBeRead();
    void cancelStopsTheRun();
    void pauseAndStepStopBeforeAStep();
    void aHeldFailureCanBeRetriedOrLetGo();
    void cancelEndsAPausedRun();
    void stepsKnowTheirExchangeInTheHistory();
    void aReplayAsksAPersonOnlyWhatARunAsks();
    void retryAfterReadsSecondsAndDates_data();
    void retryAfterReadsSecondsAndDates();
};

void TestWorkflowRunner::stepsCarryValuesAndTheRecordSaysWhatHappened()
{
    Fixture f;
    f.server.answer("/alerts/a-1",
                    json(200, R"({"id": "a-1", "observables": [{"value": "203.0.113.7"}]})"));
    f.server.answer("/lookup", json(200, R"({"verdict": "malicious", "score": 97})"));
    f.options.inputs = QJsonObject{{u"alertId"_s, u"a-1"_s}};
    const RunRecord record = f.run(R"(  - workflowId: triage
    inputs: {type: object, required: [alertId], properties: {alertId: {type: string}}}
    steps:
      - stepId: read
        operationId: getAlert
        parameters: [{name: id, in: path, value: $inputs.alertId}]
        successCriteria: [{condition: $statusCode == 200}]
        outputs: {ip: '$response.body#/observables/0/value'}
      - stepId: enrich
        operationId: lookup
        parameters: [{name: ip, in: query, value: $steps.read.outputs.ip}]
        successCriteria:
          - condition: $response.body#/verdict == 'MALICIOUS'
          - {context: $response.body, condition: '$[?@ > 90]', type: jsonpath}
        outputs: {verdict: $response.body#/verdict}
    outputs: {verdict: $steps.enrich.outputs.verdict, ip: $steps.read.outputs.ip}
)");
    QVERIFY2(f.diagnostics.isEmpty(), qPrintable(f.diagnostics.value(0).message));
    QVERIFY2(record.status == u"succeeded", qPrintable(record.error));
    QCOMPARE(f.server.requests, (QList<QByteArray>{"/alerts/a-1", "/lookup?ip=203.0.113.7"}));
    QCOMPARE(record.outputs,
             (QJsonObject{{u"verdict"_s, u"malicious"_s}, {u"ip"_s, u"203.0.113.7"_s}}));
    QCOMPARE(f.actions(record), (QStringList{u"read:succeeded:next"_s, u"enrich:succeeded:next"_s}));
    const StepRecord &enrich = record.steps.at(1);
    QCOMPARE(enrich.target, u"GET /lookup"_s);
    QCOMPARE(enrich.request.value(u"method").toString(), u"GET"_s);
    QCOMPARE(enrich.response.value(u"status").toInt(), 200);
    QCOMPARE(enrich.response.value(u"body").toObject().value(u"score"), QJsonValue(97));
    // The answer was checked against its document (which declares no body schema: nothing to say).
    QVERIFY(enrich.response.value(u"check").toObject().value(u"problems").toArray().isEmpty());
    QVERIFY(enrich.response.contains(u"check"));
    QCOMPARE(enrich.criteria.size(), 2);
    QVERIFY(enrich.criteria.at(0).passed);
    QCOMPARE(enrich.criteria.at(0).observed.at(0).toObject().value(u"value"),
             QJsonValue(u"malicious"_s));
    QCOMPARE(enrich.criteria.at(1).type, u"jsonpath"_s);
    // The calls are in the history with the run's and the step's ids.
    const auto exchanges = f.history.ofRun(record.runId);
    QCOMPARE(exchanges.size(), 2);
    QCOMPARE(exchanges.at(1).context.stepId, u"enrich"_s);
    // The run is kept beside its exchanges, and its start and end are in the audit chain.
    const auto kept = f.history.run(record.runId);
    QVERIFY(kept);
    QCOMPARE(kept->status, u"succeeded"_s);
    QCOMPARE(kept->digest, record.digest());
    QCOMPARE(QJsonDocument::fromJson(kept->record).object(), record.toJson());
    QFile auditFile(f.audit.path());
    QVERIFY(auditFile.open(QIODevice::ReadOnly));
    const QByteArray audited = auditFile.readAll();
    QVERIFY2(audited.contains(QByteArray("run " + record.runId.toUtf8() + " started")),
             audited.constData());
    QVERIFY(audited.contains(QByteArray("record sha256:" + record.digest().toUtf8())));
    QVERIFY(AuditLog::verify(f.audit.path()).ok());
    QVERIFY(f.runner.keepProblem().isEmpty());
    // The record reads back as written, and its digest is stable.
    const RunRecord again = RunRecord::fromJson(record.toJson());
    QCOMPARE(again.toJson(), record.toJson());
    QCOMPARE(again.digest(), record.digest());
    const QJsonObject har = record.toHar();
    QCOMPARE(har.value(u"log").toObject().value(u"version").toString(), u"1.2"_s);
    QCOMPARE(har.value(u"log").toObject().value(u"entries").toArray().size(), 2);
}

void TestWorkflowRunner::inputsAreValidatedBeforeAnythingIsSent()
{
    Fixture f;
    f.options.inputs = QJsonObject{{u"alertId"_s, 42}};
    const RunRecord record = f.run(R"(  - workflowId: triage
    inputs: {$ref: '#/components/inputs/alert'}
    steps:
      - {stepId: read, operationId: getAlert, parameters: [{name: id, in: path, value: $inputs.alertId}]}
)",
                                   "components:\n  inputs:\n    alert: {type: object, required: "
                                   "[alertId], properties: {alertId: {type: string}}}\n");
    QCOMPARE(record.status, u"failed"_s);
    QVERIFY2(record.error.contains(u"do not match its schema"), qPrintable(record.error));
    QVERIFY2(record.error.contains(u"/alertId"), qPrintable(record.error));
    QVERIFY(f.server.requests.isEmpty());
}

void TestWorkflowRunner::withoutCriteriaA2xxSucceeds()
{
    Fixture f;
    f.server.answer("/alerts/a", json(204, ""));
    const RunRecord ok = f.run("  - {workflowId: w, steps: [{stepId: s, operationId: getAlert, "
                               "parameters: [{name: id, in: path, value: a}]}]}\n");
    QCOMPARE(ok.status, u"succeeded"_s);
    f.options.successOn2xx = false; // configurable: any answer succeeds
    f.server.answer("/alerts/a", json(404, "{}"));
    const RunRecord anyAnswer
        = f.run("  - {workflowId: w, steps: [{stepId: s, operationId: getAlert, parameters: "
                "[{name: id, in: path, value: a}]}]}\n");
    QCOMPARE(anyAnswer.status, u"succeeded"_s);
}

void TestWorkflowRunner::aFailureWithoutActionEndsTheWorkflowFailed()
{
    Fixture f;
    f.server.answer("/alerts/a", json(404, R"({"error": "gone"})"));
    const RunRecord record = f.run(
        "  - {workflowId: w, steps: [{stepId: s, operationId: getAlert, parameters: [{name: id, "
        "in: path, value: a}]},"
        " {stepId: t, operationId: lookup, parameters: [{name: ip, in: query, value: x}]}]}\n");
    QCOMPARE(record.status, u"failed"_s);
    QCOMPARE(f.actions(record), QStringList{u"s:failed:fail"_s});
    QVERIFY(record.error.contains(u"HTTP 404"));
    QCOMPARE(f.server.requests.size(), 1);
}

// "If not specified then a single retry SHALL be attempted."
void TestWorkflowRunner::retryLimitDefaultsToOneRetry()
{
    Fixture f;
    f.server.sequence("/actions/x",
                      {json(503, "{}"), json(503, "{}"), json(200, R"({"state": "done"})")});
    const QByteArray flow
        = "  - workflowId: w\n    steps:\n      - stepId: poll\n        operationId: getAction\n"
          "        parameters: [{name: id, in: path, value: x}]\n"
          "        successCriteria: [{condition: $response.body#/state == 'done'}]\n"
          "        onFailure: [{name: again, type: retry, retryAfter: 2%1}]\n";
    const RunRecord once = f.run(QString::fromLatin1(flow).arg(QString()).toLatin1());
    QCOMPARE(once.status, u"failed"_s);
    QCOMPARE(f.actions(once), (QStringList{u"poll:failed:retry"_s, u"poll:failed:fail"_s}));
    QCOMPARE(f.clock.waits, QList<qint64>{2000});
    QCOMPARE(once.steps.at(1).attempt, 2);
    QCOMPARE(once.steps.at(1).waitedMs, 2000);

    Fixture g;
    g.server.sequence("/actions/x",
                      {json(503, "{}"), json(503, "{}"), json(200, R"({"state": "done"})")});
    const RunRecord thrice = g.run(QString::fromLatin1(flow).arg(u", retryLimit: 5"_s).toLatin1());
    QCOMPARE(thrice.status, u"succeeded"_s);
    QCOMPARE(g.actions(thrice),
             (QStringList{u"poll:failed:retry"_s, u"poll:failed:retry"_s, u"poll:succeeded:next"_s}));
    QCOMPARE(g.clock.waits, (QList<qint64>{2000, 2000}));
}

// "The retryLimit MUST be exhausted prior to executing subsequent failure actions."
void TestWorkflowRunner::retryLimitIsExhaustedBeforeTheNextFailureAction()
{
    Fixture f;
    f.server.answer("/actions/x", json(503, "{}"));
    f.server.answer("/lookup", json(200, "{}"));
    const RunRecord record = f.run(R"(  - workflowId: w
    failureActions: [{name: fallback, type: goto, stepId: other}]
    steps:
      - stepId: poll
        operationId: getAction
        parameters: [{name: id, in: path, value: x}]
        onFailure:
          - {name: notFound, type: end, criteria: [{condition: $statusCode == 404}]}
          - {name: again, type: retry, retryAfter: 0, retryLimit: 2}
      - stepId: other
        operationId: lookup
        parameters: [{name: ip, in: query, value: x}]
)");
    QCOMPARE(f.actions(record),
             (QStringList{u"poll:failed:retry"_s,
                          u"poll:failed:retry"_s,
                          u"poll:failed:goto:other"_s,
                          u"other:succeeded:next"_s}));
    QCOMPARE(record.steps.at(2).actionName, u"fallback"_s); // the workflow's, after the step's
    QCOMPARE(record.status, u"succeeded"_s);
}

// "If a stepId or workflowId are specified, then the reference is executed and the context is
// returned, after which the current step is retried."
void TestWorkflowRunner::aRetryCanRunAStepFirst()
{
    Fixture f;
    f.server.sequence("/alerts/a", {json(401, "{}"), json(200, R"({"id": "a"})")});
    f.server.answer("/lookup", json(200, R"({"verdict": "renewed"})"));
    const RunRecord record = f.run(R"(  - workflowId: w
    steps:
      - stepId: read
        operationId: getAlert
        parameters: [{name: id, in: path, value: a}]
        onFailure: [{name: relogin, type: retry, stepId: login, retryAfter: 0, criteria: [{condition: $statusCode == 401}]}]
        onSuccess: [{name: done, type: end}]
      - stepId: login
        operationId: lookup
        parameters: [{name: ip, in: query, value: token}]
        outputs: {token: $response.body#/verdict}
)");
    QCOMPARE(record.status, u"succeeded"_s);
    QCOMPARE(f.server.requests, (QList<QByteArray>{"/alerts/a", "/lookup?ip=token", "/alerts/a"}));
    QCOMPARE(f.actions(record),
             (QStringList{u"read:failed:retry"_s, u"login:succeeded:"_s, u"read:succeeded:end"_s}));
}

void TestWorkflowRunner::retryAfterHeaderWins_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("wait");
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
    QTest::newRow("HTTP-date") << QByteArray("Sat, 05 Dec 2026 10:00:30 GMT") << qint64(30000);
    QTest::newRow("unreadable: retryAfter") << QByteArray("soon") << qint64(1500);
}

void TestWorkflowRunner::retryAfterHeaderWins()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, wait);
    Fixture f;
    f.server.sequence("/lookup", {json(429, "{}", {{"Retry-After", retryAfter}}), json(200, "{}")});
    const RunRecord record = f.run(R"(  - workflowId: w
    steps:
      - stepId: s
        operationId: lookup
        parameters: [{name: ip, in: query, value: x}]
        onFailure: [{name: limited, type: retry, retryAfter: 1.5, criteria: [{condition: $statusCode == 429}]}]
)");
    QCOMPARE(record.status, u"succeeded"_s);
    QCOMPARE(f.clock.waits, QList<qint64>{wait});
}

void TestWorkflowRunner::successActionsEndAndGoto()
{
    Fixture f;
    f.server.answer("/lookup", json(200, R"({"verdict": "benign"})"));
    f.server.answer("/alerts/a", json(200, "{}"));
    const RunRecord record = f.run(R"(  - workflowId: w
    steps:
      - stepId: look
        operationId: lookup
        parameters: [{name: ip, in: query, value: x}]
        onSuccess:
          - {name: bad, type: goto, stepId: isolate, criteria: [{condition: $response.body#/verdict == 'malicious'}]}
          - {name: clean, type: goto, stepId: close, criteria: [{condition: $response.body#/verdict == 'benign'}]}
      - {stepId: isolate, operationId: isolateHost, parameters: [{name: host, in: path, value: h}]}
      - stepId: close
        operationId: getAlert
        parameters: [{name: id, in: path, value: a}]
        onSuccess: [{name: stop, type: end}]
      - {stepId: never, operationId: lookup, parameters: [{name: ip, in: query, value: y}]}
)");
    QCOMPARE(record.status, u"succeeded"_s);
    QCOMPARE(f.actions(record),
             (QStringList{u"look:succeeded:goto:close"_s, u"close:succeeded:end"_s}));
    QCOMPARE(record.steps.at(0).actionName, u"clean"_s);
    QCOMPARE(record.steps.at(0).criteria.size(),
             2); // the first action's criterion, then the second's
}

void TestWorkflowRunner::aGotoLoopStopsAtMaxSteps()
{
    Fixture f;
    f.server.answer("/lookup", json(200, "{}"));
    f.options.maxSteps = 5;
    const RunRecord record = f.run("  - {workflowId: w, steps: [{stepId: s, operationId: lookup, "
                                   "parameters: [{name: ip, in: query, value: x}],"
                                   " onSuccess: [{name: loop, type: goto, stepId: s}]}]}\n");
    QCOMPARE(record.status, u"failed"_s);
    QVERIFY(record.error.contains(u"--max-steps"));
    QCOMPARE(f.server.requests.size(), 5);
}

// "An expression that finds nothing is an error on that step, not a null."
void TestWorkflowRunner::criteriaThatFindNothingFailTheStep()
{
    Fixture f;
    f.server.answer("/lookup", json(200, R"({"verdict": "benign"})"));
    const RunRecord record
        = f.run("  - {workflowId: w, steps: [{stepId: s, operationId: lookup, parameters: [{name: "
                "ip, in: query, value: x}],"
                " successCriteria: [{condition: '$response.body#/score == null'}]}]}\n");
    QCOMPARE(record.status, u"failed"_s);
    QVERIFY(record.steps.at(0).criteria.at(0).error.contains(u"finds nothing"));
    QVERIFY(record.error.contains(u"finds nothing"));
}

void TestWorkflowRunner::confirmationsAreNeverRoutedAround()
{
    Fixture f;
    f.server.answer("/hosts/h/isolate", json(202, "{}"));
    f.server.answer("/lookup", json(200, "{}"));
    const QByteArray flow = R"(  - workflowId: w
    steps:
      - stepId: isolate
        operationId: isolateHost
        parameters: [{name: host, in: path, value: h}]
        onFailure: [{name: anyway, type: goto, stepId: read}]
      - stepId: read
        operationId: lookup
        x-oxa-confirm: true
        parameters: [{name: ip, in: query, value: x}]
)";
    const RunRecord refused = f.run(flow);
    QCOMPARE(refused.status, u"failed"_s);
    QVERIFY(f.runner.neededAPerson());
    QVERIFY(f.server.requests.isEmpty()); // the goto did not run either
    QCOMPARE(f.script.count(u"confirm"_s), 1);

    f.script.confirms = true;
    const RunRecord confirmed = f.run(flow);
    QCOMPARE(confirmed.status, u"succeeded"_s);
    QCOMPARE(f.script.count(u"confirm"_s),
             3); // the response action, then the read marked x-oxa-confirm
    // The record says what was confirmed, in the words the person read.
    QCOMPARE(confirmed.steps.size(), 2);
    QVERIFY2(confirmed.steps.at(0).confirmed.contains(u"host h"),
             qPrintable(confirmed.steps.at(0).confirmed));
    QVERIFY(!confirmed.steps.at(1).confirmed.isEmpty());
    QCOMPARE(StepRecord::fromJson(confirmed.steps.at(0).toJson()).confirmed,
             confirmed.steps.at(0).confirmed);
}

void TestWorkflowRunner::promptsAreAskedAndValidated()
{
    Fixture f;
    f.server.answer("/hosts/web-01/isolate", json(202, "{}"));
    f.script.confirms = true;
    const QByteArray flow = R"(  - workflowId: w
    steps:
      - stepId: isolate
        operationId: isolateHost
        x-oxa-prompt: {name: host, title: Which host?, schema: {type: string, pattern: '^[a-z0-9-]+$'}}
        parameters: [{name: host, in: path, value: $inputs.host}]
)";
    const RunRecord unanswered = f.run(flow);
    QCOMPARE(unanswered.status, u"failed"_s);
    QVERIFY(f.runner.neededAPerson());
    QCOMPARE(f.runner.unansweredPrompt(), u"host"_s);
    QVERIFY(unanswered.error.contains(u"\"host\""));
    f.script.values.insert(u"host"_s, u"web 01"_s);
    QVERIFY(f.run(flow).error.contains(u"does not match its schema"));
    f.script.values.insert(u"host"_s, u"web-01"_s);
    QCOMPARE(f.run(flow).status, u"succeeded"_s);
    QCOMPARE(f.server.requests, QList<QByteArray>{"/hosts/web-01/isolate"});
    // An input given beforehand answers the prompt: nobody is asked.
    const qsizetype asked = f.script.count(u"prompt"_s);
    f.options.inputs = QJsonObject{{u"host"_s, u"db-02"_s}};
    f.server.answer("/hosts/db-02/isolate", json(202, "{}"));
    QCOMPARE(f.run(flow).status, u"succeeded"_s);
    QCOMPARE(f.script.count(u"prompt"_s), asked);
}

void TestWorkflowRunner::foreachRunsEachItemAndRetriesOnlyFailures()
{
    Fixture f;
    f.server.answer("/lookup", json(200, R"({"verdict": "benign"})"));
    f.server.sequence("/lookup?ip=b", {json(500, "{}"), json(200, R"({"verdict": "malicious"})")});
    f.options.inputs = QJsonObject{{u"list"_s, QJsonArray{u"a"_s, u"b"_s, u"c"_s}}};
    const RunRecord record = f.run(R"(  - workflowId: w
    steps:
      - stepId: each
        operationId: lookup
        x-oxa-foreach: {items: $inputs.list, as: ip}
        parameters: [{name: ip, in: query, value: $inputs.ip}]
        onFailure: [{name: again, type: retry, retryAfter: 0}]
        outputs: {verdict: $response.body#/verdict}
    outputs: {verdicts: $steps.each.outputs.verdict}
)");
    QVERIFY2(record.status == u"succeeded",
             qPrintable(record.error + QString::fromUtf8(QJsonDocument(record.toJson()).toJson())));
    QCOMPARE(f.server.requests,
             (QList<QByteArray>{"/lookup?ip=a", "/lookup?ip=b", "/lookup?ip=c", "/lookup?ip=b"}));
    QCOMPARE(record.outputs.value(u"verdicts"),
             QJsonValue(QJsonArray{u"benign"_s, u"malicious"_s, u"benign"_s}));
    QCOMPARE(record.steps.size(), 4);
    QCOMPARE(record.steps.at(1).item, 1);
    QCOMPARE(record.steps.at(1).status, u"failed"_s);
    QCOMPARE(record.steps.at(3).item, 1);
    QCOMPARE(record.steps.at(3).attempt, 2);
}

void TestWorkflowRunner::requestBodiesWithTemplatesAndReplacements()
{
    Fixture f;
    f.server.answer("/cases", json(201, R"({"id": "c-9"})"));
    f.options.inputs = QJsonObject{{u"title"_s, u"Phish \"urgent\""_s},
                                   {u"ips"_s, QJsonArray{u"203.0.113.7"_s}}};
    const RunRecord record = f.run(R"(  - workflowId: w
    steps:
      - stepId: open
        operationId: createCase
        requestBody:
          contentType: application/json
          payload: '{"title": "{$inputs.title}", "note": "seen {$statusCode}"}'
        successCriteria: [{condition: $statusCode == 201}]
      - stepId: again
        operationId: createCase
        requestBody:
          payload: {title: $inputs.title, findings: $inputs.ips}
          replacements: [{target: /note, value: 'case {$steps.open.outputs.id}'}]
    )"
                                   "\n");
    // "$statusCode" has no value before the call: the first step fails without sending.
    QCOMPARE(record.status, u"failed"_s);
    QVERIFY(record.error.contains(u"$statusCode finds nothing"));
    QVERIFY(f.server.requests.isEmpty());

    const RunRecord fixed = f.run(R"(  - workflowId: w
    steps:
      - stepId: open
        operationId: createCase
        requestBody:
          contentType: application/json
          payload: '{"title": "{$inputs.title}"}'
        outputs: {id: $response.body#/id}
      - stepId: again
        operationId: createCase
        requestBody:
          payload: {title: $inputs.title, findings: $inputs.ips}
          replacements: [{target: /note, value: 'case {$steps.open.outputs.id}'}]
)");
    QCOMPARE(fixed.status, u"succeeded"_s);
    QCOMPARE(QJsonDocument::fromJson(f.server.bodies.at(0)).object(),
             (QJsonObject{{u"title"_s, u"Phish \"urgent\""_s}}));
    QCOMPARE(QJsonDocument::fromJson(f.server.bodies.at(1)).object(),
             (QJsonObject{{u"title"_s, u"Phish \"urgent\""_s},
                          {u"findings"_s, QJsonArray{u"203.0.113.7"_s}},
                          {u"note"_s, u"case c-9"_s}}));
}

void TestWorkflowRunner::subWorkflowsAndDependencies()
{
    Fixture f;
    f.server.answer("/lookup", json(200, R"({"verdict": "benign"})"));
    f.server.answer("/alerts/a", json(200, R"({"id": "a"})"));
    f.options.workflowId = u"triage"_s;
    const RunRecord record = f.run(R"(  - workflowId: prepare
    steps:
      - {stepId: p, operationId: getAlert, parameters: [{name: id, in: path, value: a}], outputs: {id: $response.body#/id}}
    outputs: {alert: $steps.p.outputs.id}
  - workflowId: enrich
    inputs: {type: object, required: [ip], properties: {ip: {type: string}}}
    steps:
      - {stepId: e, operationId: lookup, parameters: [{name: ip, in: query, value: $inputs.ip}], outputs: {verdict: $response.body#/verdict}}
    outputs: {verdict: $steps.e.outputs.verdict}
  - workflowId: triage
    dependsOn: [prepare]
    steps:
      - stepId: sub
        workflowId: enrich
        parameters: [{name: ip, value: 198.51.100.4}]
    outputs: {verdict: $steps.sub.outputs.verdict, alert: $workflows.prepare.outputs.alert}
)");
    QCOMPARE(record.status, u"succeeded"_s);
    QCOMPARE(f.server.requests, (QList<QByteArray>{"/alerts/a", "/lookup?ip=198.51.100.4"}));
    QCOMPARE(record.outputs, (QJsonObject{{u"verdict"_s, u"benign"_s}, {u"alert"_s, u"a"_s}}));
}

void TestWorkflowRunner::aPresenterPausesBetweenSteps()
{
    // A pause before each step but the first, said as a wait, on the run's clock.
    Fixture f;
    f.server.answer("/alerts/a", json(200, "{}"));
    f.options.pauseBetweenStepsMs = 1500;
    QSignalSpy waiting(&f.runner, &WorkflowRunner::waiting);
    const RunRecord record = f.run(R"(  - workflowId: w
    steps:
      - {stepId: one, operationId: getAlert, parameters: [{name: id, in: path, value: a}]}
      - {stepId: two, operationId: getAlert, parameters: [{name: id, in: path, value: a}]}
      - {stepId: three, operationId: getAlert, parameters: [{name: id, in: path, value: a}]}
)");
    QCOMPARE(record.status, u"succeeded"_s);
    QCOMPARE(f.clock.waits, (QList<qint64>{1500, 1500}));
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.at(0).at(0).toString(), u"two"_s);
    QCOMPARE(f.server.requests.size(), 3);
}

void TestWorkflowRunner::componentsAreScopedToTheirDocument()
{
    // Two documents each name a component "ip": a step reads its own document's, also when the
    // workflow it belongs to is run from the other document.
    Fixture f;
    f.server.answer("/lookup", json(200, R"({"verdict": "benign"})"));
    f.write(u"other.arazzo.yaml"_s,
            "arazzo: 1.0.1\ninfo: {title: Other, version: '1'}\n"
            "sourceDescriptions: [{name: lab, url: lab.yaml, type: openapi}]\n"
            "workflows:\n  - workflowId: theirs\n    steps:\n"
            "      - stepId: o\n        operationId: lookup\n"
            "        parameters: [{reference: $components.parameters.ip}]\n"
            "components:\n  parameters:\n"
            "    ip: {name: ip, in: query, value: 192.0.2.2}\n");
    f.write(u"flow.arazzo.yaml"_s,
            "arazzo: 1.0.1\ninfo: {title: T, version: '1'}\n"
            "sourceDescriptions:\n  - {name: lab, url: lab.yaml, type: openapi}\n"
            "  - {name: other, url: other.arazzo.yaml, type: arazzo}\n"
            "workflows:\n  - workflowId: ours\n    steps:\n"
            "      - stepId: m\n        operationId: $sourceDescriptions.lab.lookup\n"
            "        parameters: [{reference: $components.parameters.ip}]\n"
            "      - stepId: t\n        workflowId: $sourceDescriptions.other.theirs\n"
            "components:\n  parameters:\n"
            "    ip: {name: ip, in: query, value: 198.51.100.1}\n");
    const auto loaded = ArazzoDocument::load(f.dir.filePath(u"flow.arazzo.yaml"_s));
    QVERIFY(loaded.document);
    const auto sources = WorkflowSources::load(loaded.document);
    QVERIFY2(countSeverity(loaded.diagnostics + sources->diagnostics(), Diagnostic::Severity::Error)
                 == 0,
             qPrintable(OxaTest::describe(loaded.diagnostics + sources->diagnostics())));
    QSignalSpy finished(&f.runner, &WorkflowRunner::finished);
    f.runner.start(sources, f.options);
    QVERIFY(finished.wait(20000));
    QCOMPARE(f.runner.record().status, u"succeeded"_s);
    QCOMPARE(f.server.requests,
             (QList<QByteArray>{"/lookup?ip=198.51.100.1", "/lookup?ip=192.0.2.2"}));
}

void TestWorkflowRunner::onlyDeclaredRequestParametersCanBeRead()
{
    // Arazzo: request parameters, headers included, can be read only when the operation
    // declares them; what the console adds on its own (Accept, User-Agent) cannot be read.
    Fixture f;
    f.server.answer("/lookup", json(200, R"({"verdict": "benign"})"));
    RunRecord record = f.run(R"(  - workflowId: w
    steps:
      - stepId: declared
        operationId: lookup
        parameters: [{name: ip, in: query, value: 198.51.100.4}]
        successCriteria: [{condition: $request.query.ip == '198.51.100.4'}]
)");
    QCOMPARE(record.status, u"succeeded"_s);
    const auto refused = [&f](const QByteArray &condition) {
        const RunRecord failed = f.run("  - workflowId: w\n    steps:\n"
                                       "      - stepId: s\n        operationId: lookup\n"
                                       "        parameters: [{name: ip, in: query, value: a},"
                                       " {name: extra, in: query, value: b},"
                                       " {name: X-Trace, in: header, value: c}]\n"
                                       "        successCriteria: [{condition: \""
                                       + condition + "\"}]\n");
        return failed.status == u"failed" && !failed.steps.isEmpty()
               && failed.steps.constLast().status == u"failed";
    };
    QVERIFY(refused("$request.query.extra == 'b'"));
    QVERIFY(refused("$request.header.X-Trace == 'c'"));
    QVERIFY(refused("$request.header.Accept != ''"));
    QVERIFY(!refused("$request.query.ip == 'a'"));
}

void TestWorkflowRunner::cancelStopsTheRun()
{
    Fixture f;
    Answer silent;
    silent.silent = true;
    f.server.answer("/lookup", silent);
    QSignalSpy finished(&f.runner, &WorkflowRunner::finished);
    QObject::connect(
        &f.driver,
        &CallDriver::started,
        &f.runner,
        [&f] { f.runner.cancel(); },
        Qt::QueuedConnection);
    const RunRecord record = f.run("  - {workflowId: w, steps: [{stepId: s, operationId: lookup, "
                                   "parameters: [{name: ip, in: query, value: x}]}]}\n");
    QCOMPARE(record.status, u"cancelled"_s);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!f.runner.isRunning());
}

namespace {

const QByteArray kThreeSteps = R"(  - workflowId: w
    steps:
      - {stepId: one, operationId: getAlert, parameters: [{name: id, in: path, value: a}]}
      - {stepId: two, operationId: getAlert, parameters: [{name: id, in: path, value: a}]}
      - {stepId: three, operationId: getAlert, parameters: [{name: id, in: path, value: a}]}
)";

} // namespace

void TestWorkflowRunner::pauseAndStepStopBeforeAStep()
{
    // Paused before the first step: nothing is sent until a person says so; Step runs one step
    // and pauses before the next; Continue runs to the end.
    Fixture f;
    f.server.answer("/alerts/a", json(200, "{}"));
    QSignalSpy paused(&f.runner, &WorkflowRunner::paused);
    QSignalSpy finished(&f.runner, &WorkflowRunner::finished);
    QStringList seen;
    QObject::connect(&f.runner,
                     &WorkflowRunner::paused,
                     &f.runner,
                     [&](const QString &, const QString &stepId, bool failed) {
                         QVERIFY(!failed);
                         seen.append(stepId + u'@' + QString::number(f.server.requests.size()));
                         QVERIFY(f.runner.isPaused());
                         QVERIFY(!f.runner.isHoldingFailure());
                         QVERIFY(!f.runner.retryStep());
                         // Step once, then continue to the end.
                         if (seen.size() == 1)
                             QTimer::singleShot(0, &f.runner, [&f] { f.runner.step(); });
                         else
                             QTimer::singleShot(0, &f.runner, [&f] { f.runner.resume(); });
                     });
    f.write(u"flow.arazzo.yaml"_s,
            "arazzo: 1.0.1\ninfo: {title: T, version: '1'}\n"
            "sourceDescriptions: [{name: lab, url: lab.yaml, type: openapi}]\n"
            "workflows:\n"
                + kThreeSteps);
    const auto loaded = ArazzoDocument::load(f.dir.filePath(u"flow.arazzo.yaml"_s));
    QVERIFY(loaded.document);
    f.runner.start(WorkflowSources::load(loaded.document), f.options);
    f.runner.pause();
    QVERIFY(finished.wait(20000));
    QCOMPARE(f.runner.record().status, u"succeeded"_s);
    QCOMPARE(seen, (QStringList{u"one@0"_s, u"two@1"_s}));
    QCOMPARE(f.server.requests.size(), 3);
    QVERIFY(!f.runner.isPaused());
}

void TestWorkflowRunner::aHeldFailureCanBeRetriedOrLetGo()
{
    // A failure that would end the run waits for a person: Retry step sends it again (a new
    // attempt, the record saying that the run held), Continue lets the failure end the run.
    const QByteArray flow = R"(  - workflowId: w
    steps:
      - {stepId: one, operationId: getAlert, parameters: [{name: id, in: path, value: a}]}
      - {stepId: two, operationId: lookup, parameters: [{name: ip, in: query, value: x}]}
)";
    {
        Fixture f;
        f.options.holdOnFailure = true;
        f.server.answer("/alerts/a", json(200, "{}"));
        f.server.sequence("/lookup", {json(500, "{}"), json(200, "{}")});
        QSignalSpy paused(&f.runner, &WorkflowRunner::paused);
        QObject::connect(&f.runner, &WorkflowRunner::paused, &f.runner, [&f](auto, auto, bool failed) {
            QVERIFY(failed);
            QVERIFY(f.runner.isHoldingFailure());
            QTimer::singleShot(0, &f.runner, [&f] { QVERIFY(f.runner.retryStep()); });
        });
        const RunRecord record = f.run(flow);
        QCOMPARE(record.status, u"succeeded"_s);
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.at(0).at(1).toString(), u"two"_s);
        QCOMPARE(f.actions(record),
                 (QStringList{u"one:succeeded:next"_s,
                              u"two:failed:hold"_s,
                              u"two:succeeded:next"_s}));
        QCOMPARE(record.steps.at(2).attempt, 2);
        QCOMPARE(f.server.requests.size(), 3);
    }
    {
        Fixture f;
        f.options.holdOnFailure = true;
        f.server.answer("/alerts/a", json(200, "{}"));
        f.server.answer("/lookup", json(500, "{}"));
        QObject::connect(&f.runner, &WorkflowRunner::paused, &f.runner, [&f] {
            QTimer::singleShot(0, &f.runner, [&f] { f.runner.resume(); });
        });
        const RunRecord record = f.run(flow);
        QCOMPARE(record.status, u"failed"_s);
        QVERIFY(record.error.contains(u"HTTP 500"));
        QCOMPARE(f.actions(record), (QStringList{u"one:succeeded:next"_s, u"two:failed:hold"_s}));
        QCOMPARE(f.server.requests.size(), 2);
    }
    {
        // Without it, a failure ends the run as before: nothing waits.
        Fixture f;
        f.server.answer("/alerts/a", json(200, "{}"));
        f.server.answer("/lookup", json(500, "{}"));
        QSignalSpy paused(&f.runner, &WorkflowRunner::paused);
        const RunRecord record = f.run(flow);
        QCOMPARE(f.actions(record), (QStringList{u"one:succeeded:next"_s, u"two:failed:fail"_s}));
        QCOMPARE(paused.size(), 0);
    }
}

void TestWorkflowRunner::cancelEndsAPausedRun()
{
    Fixture f;
    f.server.answer("/alerts/a", json(200, "{}"));
    QObject::connect(&f.runner, &WorkflowRunner::paused, &f.runner, [&f] {
        QTimer::singleShot(0, &f.runner, [&f] { f.runner.cancel(); });
    });
    QObject::connect(&f.runner, &WorkflowRunner::stepFinished, &f.runner, [&f] {
        f.runner.pause();
    });
    const RunRecord record = f.run(kThreeSteps);
    QCOMPARE(record.status, u"cancelled"_s);
    QCOMPARE(record.steps.size(), 1);
    QCOMPARE(f.server.requests.size(), 1);
    QVERIFY(!f.runner.isPaused());
    f.runner.resume(); // nothing left to resume: no effect
    QCOMPARE(f.server.requests.size(), 1);
}

void TestWorkflowRunner::stepsKnowTheirExchangeInTheHistory()
{
    Fixture f;
    f.server.answer("/alerts/a", json(200, R"({"id": "a"})"));
    const RunRecord record = f.run(kThreeSteps);
    QCOMPARE(record.steps.size(), 3);
    const QList<HistoryRecord> kept = f.history.ofRun(record.runId);
    QCOMPARE(kept.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(record.steps.at(i).historyId, kept.at(i).id);
        QCOMPARE(StepRecord::fromJson(record.steps.at(i).toJson()).historyId, kept.at(i).id);
    }
}

void TestWorkflowRunner::aReplayAsksAPersonOnlyWhatARunAsks()
{
    // Secrets stand in (never read from a keychain, never asked); the environment is the
    // replay's; confirmations and prompts go to the person, or without one are given / declined.
    const auto ask = [](Interaction &interaction) {
        QStringList answers;
        interaction.confirmCall(PreparedCall(), [&](bool yes) {
            answers << (yes ? u"confirmed"_s : u"refused"_s);
        });
        interaction.giveSecret(MissingSecret(), Environment(), [&](std::optional<GivenSecret> given) {
            answers << (given && given->secret.value == "replay" && !given->remember
                            ? u"stand-in"_s
                            : u"other secret"_s);
        });
        ValuePrompt prompt;
        prompt.name = u"host"_s;
        interaction.promptValue(prompt, [&](std::optional<QJsonValue> value) {
            answers << (value ? value->toString() : u"no value"_s);
        });
        interaction.chooseEnvironment(EnvironmentQuestion(), [&](std::optional<QString> name) {
            answers << (name ? u"servers:"_s + *name : u"declined"_s);
        });
        interaction.allowReferences({QUrl(u"https://example.org/x.yaml"_s)}, [&](bool yes) {
            answers << (yes ? u"followed"_s : u"not followed"_s);
        });
        return answers;
    };
    ReplayInteraction alone;
    QCOMPARE(ask(alone),
             (QStringList{u"confirmed"_s,
                          u"stand-in"_s,
                          u"no value"_s,
                          u"servers:"_s,
                          u"not followed"_s}));
    ScriptedInteraction person;
    person.confirms = false;
    person.values.insert(u"host"_s, u"ws-042"_s);
    ReplayInteraction withPerson(&person);
    QCOMPARE(ask(withPerson),
             (QStringList{u"refused"_s,
                          u"stand-in"_s,
                          u"ws-042"_s,
                          u"servers:"_s,
                          u"not followed"_s}));
    QCOMPARE(person.count(u"confirm"_s), 1);
    QCOMPARE(person.count(u"prompt"_s), 1);
    QCOMPARE(person.count(u"references"_s), 1);
    QCOMPARE(person.count(u"secret"_s), 0);
    QCOMPARE(person.count(u"environment"_s), 0);
}

void TestWorkflowRunner::retryAfterReadsSecondsAndDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("IMF-fixdate") << QByteArray("Sat, 05 Dec 2026 10:01:00 GMT") << qint64(60000);
    QTest::newRow("RFC 850") << QByteArray("Saturday, 05-Dec-26 10:00:10 GMT") << qint64(10000);
    QTest::newRow("asctime") << QByteArray("Sat Dec  5 10:00:05 2026") << qint64(5000);
    QTest::newRow("a zone that is not GMT")
        << QByteArray("Sat, 05 Dec 2026 10:01:00 CET") << qint64(-1);
    QTest::newRow("a date in the past") << QByteArray("Sat, 05 Dec 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("words") << QByteArray("later") << qint64(-1);
    QTest::newRow("a year") << QByteArray("31536000") << qint64(24ll * 3600 * 1000);
}

void TestWorkflowRunner::retryAfterReadsSecondsAndDates()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    const auto delay = retryAfterDelay({{"retry-after", value}}, now);
    QCOMPARE(delay.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestWorkflowRunner)
#include "tst_workflowrunner.moc"
