// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Calls written as a workflow: a step per call, each value an earlier answer held turned into
// an output and an expression; the result is an Arazzo document that loads, validates and
// resolves against the description; a HAR log read back as calls of a catalog.
#include "catalog/catalog.h"
#include "document/specloader.h"
#include "testconfig.h"
#include "workflow/arazzodocument.h"
#include "workflow/workflowrecorder.h"
#include "workflow/workflowsources.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

const QString kDemo = QStringLiteral(OXA_SOURCE_DIR "/resources/demo/oxa-demo.yaml");

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

QList<RecordedCall> triage()
{
    RecordedCall read;
    read.operationKey = u"GET /alerts/{alert_id}"_s;
    read.operationId = u"getAlert"_s;
    read.values.path.insert(u"alert_id"_s, u"al-00001"_s);
    read.status = 200;
    read.response = json(R"({"alert_id": "al-00001", "severity": "high", "risk_score": 7,
        "src_ip": "203.0.113.7", "dst_ip": "198.51.100.4", "host": "ws-042",
        "tags": ["ok", "ws-042"]})");
    RecordedCall enrich;
    enrich.operationKey = u"POST /enrichment/bulk"_s;
    enrich.operationId = u"bulkLookup"_s;
    enrich.values.mediaType = u"application/json"_s;
    enrich.values.body = json(R"({"indicators": ["203.0.113.7", "198.51.100.4", "192.0.2.1"]})");
    enrich.status = 200;
    enrich.response = json(R"({"results": [{"indicator": "203.0.113.7", "verdict": "malicious"}],
        "summary": {"malicious": 1}})");
    RecordedCall isolate;
    isolate.operationKey = u"POST /hosts/{host_id}/isolate"_s;
    isolate.operationId = u"isolateHost"_s;
    isolate.values.path.insert(u"host_id"_s, u"ws-042"_s);
    isolate.values.query.insert(u"ok"_s, u"ok"_s); // too short to be followed
    isolate.status = 202;
    RecordedCall again = read; // the same operation twice: another stepId
    again.response = QJsonValue(QJsonValue::Undefined);
    return {read, enrich, isolate, again};
}

} // namespace

class TestWorkflowRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesFromEarlierAnswersBecomeExpressions();
    void theWorkflowLoadsAndResolvesAgainstItsDescription();
    void identifiersFromAnyWords_data();
    void identifiersFromAnyWords();
    void harEntriesBecomeCallsOfTheCatalog();
    void aCollectionGainsAWorkflowAndKeepsItsText();
};

void TestWorkflowRecorder::valuesFromEarlierAnswersBecomeExpressions()
{
    const QJsonObject workflow
        = WorkflowRecorder::workflow(triage(), u"demo"_s, u"triage"_s, u"Triage, recorded"_s);
    const QJsonArray steps = workflow.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 4);
    QStringList ids;
    for (const QJsonValue &step : steps)
        ids << step[u"stepId"_s].toString();
    QCOMPARE(ids, (QStringList{u"getAlert"_s, u"bulkLookup"_s, u"isolateHost"_s, u"getAlert2"_s}));
    // The look-up sends the alert's addresses: expressions; the third was in no answer.
    const QJsonArray indicators
        = steps.at(1)[u"requestBody"_s][u"payload"_s][u"indicators"_s].toArray();
    QCOMPARE(indicators,
             (QJsonArray{u"$steps.getAlert.outputs.src_ip"_s,
                         u"$steps.getAlert.outputs.dst_ip"_s,
                         u"192.0.2.1"_s}));
    QCOMPARE(steps.at(1)[u"requestBody"_s][u"contentType"_s].toString(), u"application/json"_s);
    // The isolation names the alert's host; "ok" is too short to mean anything.
    const QJsonArray parameters = steps.at(2)[u"parameters"_s].toArray();
    QCOMPARE(parameters.at(0).toObject(),
             (QJsonObject{{u"name"_s, u"host_id"_s},
                          {u"in"_s, u"path"_s},
                          {u"value"_s, u"$steps.getAlert.outputs.host"_s}}));
    QCOMPARE(parameters.at(1)[u"value"_s].toString(), u"ok"_s);
    // The second read of the same alert takes its id from the first answer.
    QCOMPARE(steps.at(3)[u"parameters"_s][0][u"value"_s].toString(),
             u"$steps.getAlert.outputs.alert_id"_s);
    // The outputs, where the values were: the shallowest place ("host", not "tags/1").
    QCOMPARE(steps.at(0)[u"outputs"_s].toObject(),
             (QJsonObject{{u"src_ip"_s, u"$response.body#/src_ip"_s},
                          {u"dst_ip"_s, u"$response.body#/dst_ip"_s},
                          {u"host"_s, u"$response.body#/host"_s},
                          {u"alert_id"_s, u"$response.body#/alert_id"_s}}));
    QVERIFY(!steps.at(1).toObject().contains(u"outputs"_s));
    QCOMPARE(steps.at(2)[u"successCriteria"_s][0][u"condition"_s].toString(),
             u"$statusCode == 202"_s);
    QCOMPARE(workflow.value(u"summary"_s).toString(), u"Triage, recorded"_s);
}

void TestWorkflowRecorder::theWorkflowLoadsAndResolvesAgainstItsDescription()
{
    if (!QFile::exists(kDemo))
        QSKIP("the demo description is not there");
    QTemporaryDir dir;
    QFile::copy(kDemo, dir.filePath(u"oxa-demo.yaml"_s));
    const QJsonObject document = WorkflowRecorder::document(triage(),
                                                            {u"demo"_s, u"oxa-demo.yaml"_s},
                                                            u"triage"_s,
                                                            QString());
    const QByteArray text = WorkflowRecorder::yaml(document);
    QVERIFY2(text.startsWith("arazzo: 1.0.1\ninfo:\n  title: triage\n"), text.constData());
    QVERIFY(text.contains("  - workflowId: triage\n    steps:\n      - stepId: getAlert\n"
                          "        operationId: getAlert\n        parameters:\n"));
    const QString path = dir.filePath(u"triage.arazzo.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const auto loaded = ArazzoDocument::load(path);
    QVERIFY(loaded.document);
    for (const Diagnostic &d : loaded.diagnostics)
        QVERIFY2(!d.isError() && d.severity != Diagnostic::Severity::Warning,
                 qPrintable(d.pointer + u": "_s + d.message));
    const auto sources = WorkflowSources::load(loaded.document);
    for (const Diagnostic &d : sources->diagnostics())
        QVERIFY2(!d.isError(), qPrintable(d.message));
    const ArazzoWorkflow &workflow = loaded.document->workflows().front();
    for (const ArazzoStep &step : workflow.steps)
        QVERIFY2(sources->target(step).operation, qPrintable(step.stepId));

    // Without an operationId, the step names its operation by path.
    QList<RecordedCall> byPath = triage().mid(0, 1);
    byPath[0].operationId.clear();
    const QJsonObject step
        = WorkflowRecorder::workflow(byPath, u"demo"_s, u"w"_s, QString())[u"steps"_s][0].toObject();
    QCOMPARE(step[u"stepId"_s].toString(), u"getAlertsAlertId"_s);
    QCOMPARE(step[u"operationPath"_s].toString(),
             u"{$sourceDescriptions.demo.url}#/paths/~1alerts~1{alert_id}/get"_s);
}

void TestWorkflowRecorder::identifiersFromAnyWords_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("identifier");
    QTest::newRow("operationId") << u"getAlert"_s << u"getAlert"_s;
    QTest::newRow("words") << u"Triage alert 42"_s << u"triageAlert42"_s;
    QTest::newRow("key") << u"GET /alerts/{alert_id}"_s << u"getAlertsAlertId"_s;
    QTest::newRow("digits first") << u"42 things"_s << u"step42Things"_s;
    QTest::newRow("nothing") << u"—"_s << u"step"_s;
}

void TestWorkflowRecorder::identifiersFromAnyWords()
{
    QFETCH(QString, words);
    QFETCH(QString, identifier);
    QCOMPARE(WorkflowRecorder::identifier(words, u"step"_s), identifier);
}

void TestWorkflowRecorder::harEntriesBecomeCallsOfTheCatalog()
{
    if (!QFile::exists(kDemo))
        QSKIP("the demo description is not there");
    const LoadResult loaded = SpecLoader::load(kDemo);
    QVERIFY(loaded.document);
    Diagnostics diagnostics;
    const auto catalog = Catalog::build(loaded.document, LoadLimits{}, diagnostics);
    const QJsonObject har = json(R"({"log": {"version": "1.2", "entries": [
      {"request": {"method": "GET", "url": "https://xdr.example/api/v1/alerts/al-00007?x=1",
                   "headers": [{"name": "Authorization", "value": "Bearer s3cret"},
                               {"name": "X-API-Key", "value": "k3y"}]},
       "response": {"status": 200, "content": {"mimeType": "application/json",
                    "text": "{\"alert_id\": \"al-00007\", \"host\": \"ws-007\"}"}}},
      {"request": {"method": "POST", "url": "https://xdr.example/api/v1/hosts/ws-007/isolate",
                   "postData": {"mimeType": "application/json; charset=utf-8",
                                "text": "{\"reason\": \"triage\"}"}},
       "response": {"status": 202, "content": {"encoding": "base64",
                    "text": "eyJhY3Rpb25faWQiOiAiYWMtMSJ9"}}},
      {"request": {"method": "GET", "url": "https://xdr.example/favicon.ico"},
       "response": {"status": 404, "content": {}}}
    ]}})")
                                .toObject();
    int skipped = -1;
    const QList<RecordedCall> calls = WorkflowRecorder::fromHar(har, catalog, &skipped);
    QCOMPARE(skipped, 1);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).operationKey, u"GET /alerts/{alert_id}"_s);
    QCOMPARE(calls.at(0).values.path.value(u"alert_id"_s).toString(), u"al-00007"_s);
    QVERIFY(calls.at(0).values.query.isEmpty());  // "x" is not the operation's
    QVERIFY(calls.at(0).values.header.isEmpty()); // credentials are never written
    QCOMPARE(calls.at(0).response[u"host"_s].toString(), u"ws-007"_s);
    QCOMPARE(calls.at(1).operationId, u"isolateHost"_s);
    QCOMPARE(calls.at(1).values.mediaType, u"application/json"_s);
    QCOMPARE(calls.at(1).values.body[u"reason"_s].toString(), u"triage"_s);
    QCOMPARE(calls.at(1).response[u"action_id"_s].toString(), u"ac-1"_s);
    QCOMPARE(calls.at(1).status, 202);
    // …and written as a workflow, the isolation names the host the alert gave.
    const QJsonObject workflow = WorkflowRecorder::workflow(calls, u"demo"_s, u"w"_s, QString());
    QCOMPARE(workflow[u"steps"_s][1][u"parameters"_s][0][u"value"_s].toString(),
             u"$steps.getAlert.outputs.host"_s);
    const QByteArray text = QJsonDocument(workflow).toJson();
    QVERIFY(!text.contains("s3cret") && !text.contains("k3y"));
}

void TestWorkflowRecorder::aCollectionGainsAWorkflowAndKeepsItsText()
{
    if (!QFile::exists(kDemo))
        QSKIP("the demo description is not there");
    QTemporaryDir dir;
    QVERIFY(QFile::copy(kDemo, dir.filePath(u"api/oxa-demo.yaml"_s.section(u'/', -1))));
    const LoadResult loaded = SpecLoader::load(dir.filePath(u"oxa-demo.yaml"_s));
    Diagnostics diagnostics;
    const auto catalog = Catalog::build(loaded.document, LoadLimits{}, diagnostics);
    QVERIFY(catalog);
    const QString path = dir.filePath(u"flows/saved.arazzo.yaml"_s);
    QDir().mkpath(dir.filePath(u"flows"_s));

    // A new file: a document whose source is the description, relative to the file.
    QString id = u"lookUp"_s;
    QCOMPARE(WorkflowRecorder::save(path, triage().mid(0, 1), *catalog, id, u"One look-up"_s),
             QString());
    QCOMPARE(id, u"lookUp"_s);
    auto first = ArazzoDocument::load(path);
    QVERIFY(first.document);
    QCOMPARE(first.document->sources().front().url, u"../oxa-demo.yaml"_s);
    const QString sourceName = first.document->sources().front().name;
    QCOMPARE(sourceName, WorkflowRecorder::identifier(catalog->info().title, u"api"_s));

    // A person's comments and order stay; the next one gets an id of its own.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text = "# My collection: keep this comment\n" + text + "components: {}\n# the end\n";
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    id = u"lookUp"_s;
    QCOMPARE(WorkflowRecorder::save(path, triage(), *catalog, id, QString()), QString());
    QCOMPARE(id, u"lookUp2"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    file.close();
    QVERIFY(saved.startsWith(text.left(text.indexOf("components:"))));
    QVERIFY(saved.endsWith("components: {}\n# the end\n"));
    const auto second = ArazzoDocument::load(path);
    QVERIFY(second.document);
    QCOMPARE(second.document->workflows().size(), 2);
    QCOMPARE(second.document->workflows().at(1).workflowId, u"lookUp2"_s);
    QCOMPARE(second.document->sources().size(), 1); // the same description: the same source
    for (const Diagnostic &d : second.diagnostics)
        QVERIFY2(!d.isError(), qPrintable(d.message));
    WorkflowSourceOptions outside; // the description is in the folder above
    outside.allowSourcesOutsideFolder = true;
    const auto sources = WorkflowSources::load(second.document, outside);
    for (const ArazzoStep &step : second.document->workflows().at(1).steps)
        QVERIFY2(sources->target(step).operation, qPrintable(step.stepId));

    // Another description: a source of its own is added beside the first.
    const QString other = dir.filePath(u"flows/other.arazzo.yaml"_s);
    QVERIFY(file.copy(other));
    QFile otherFile(other);
    QVERIFY(otherFile.open(QIODevice::ReadOnly));
    QByteArray otherText = otherFile.readAll().replace("../oxa-demo.yaml", "elsewhere.yaml");
    otherFile.close();
    QVERIFY(otherFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    otherFile.write(otherText);
    otherFile.close();
    id = u"third"_s;
    QCOMPARE(WorkflowRecorder::save(other, triage().mid(0, 1), *catalog, id, QString()), QString());
    const auto third = ArazzoDocument::load(other);
    QVERIFY(third.document);
    QCOMPARE(third.document->sources().size(), 2);
    QCOMPARE(third.document->sources().at(1).name, sourceName + u"2"_s);
    QCOMPARE(third.document->workflows().size(), 3);

    // Not an Arazzo document, or a flow-style list: said, and the file is left alone.
    const QString notArazzo = dir.filePath(u"notes.yaml"_s);
    QFile notes(notArazzo);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("just: notes\n");
    notes.close();
    id = u"x"_s;
    QVERIFY(WorkflowRecorder::save(notArazzo, triage(), *catalog, id, QString())
                .contains(u"not an Arazzo document"_s));
    const QString flow = dir.filePath(u"flow.arazzo.yaml"_s);
    QFile flowFile(flow);
    QVERIFY(flowFile.open(QIODevice::WriteOnly));
    const QByteArray flowText
        = "arazzo: 1.0.1\ninfo: {title: F, version: '1'}\nsourceDescriptions: "
          "[{name: oxaDemo, url: oxa-demo.yaml, type: openapi}]\nworkflows: "
          "[{workflowId: a, steps: [{stepId: s, operationId: getAlert}]}]\n";
    flowFile.write(flowText);
    flowFile.close();
    QVERIFY(!WorkflowRecorder::save(flow, triage(), *catalog, id, QString()).isEmpty());
    QVERIFY(flowFile.open(QIODevice::ReadOnly));
    QCOMPARE(flowFile.readAll(), flowText);
}

QTEST_GUILESS_MAIN(TestWorkflowRecorder)
#include "tst_workflowrecorder.moc"
