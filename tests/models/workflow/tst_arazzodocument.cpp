// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/readertest.h"
#include "support/testdocuments.h"
#include "testconfig.h"
#include "workflow/arazzodocument.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

const QString kExamples = QStringLiteral(OXA_SHARED_FIXTURES_DIR "/arazzo/examples/1.0.0");

ArazzoDocument::Load parse(const QByteArray &yaml)
{
    return ArazzoDocument::fromBytes(yaml, QUrl(u"file:///work/flows/test.arazzo.yaml"_s));
}

/** A valid document with one workflow and one step, for tests to break one thing at a time. */
QByteArray minimal(const QByteArray &steps, const QByteArray &more = {})
{
    return "arazzo: 1.0.1\n"
           "info: {title: T, version: '1'}\n"
           "sourceDescriptions:\n"
           "  - {name: demo, url: oxa-demo.yaml, type: openapi}\n"
           "workflows:\n"
           "  - workflowId: triage\n"
           "    steps:\n"
           + steps + more;
}

qsizetype count(const Diagnostics &diagnostics, DiagnosticCode code)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(), [code](const Diagnostic &d) {
        return d.code == code;
    });
}

} // namespace

class TestArazzoDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledSchemaIsTheOfficialOne();
    void specificationExamplesRead_data();
    void specificationExamplesRead();
    void readsEveryField();
    void meaning_data();
    void meaning();
    void diagnosticsHaveLineAndColumn();
    void aBigDocumentSaysTheSame();
    void notArazzo();
    void version11FeaturesAreNamed();
    void mergesWorkflowParametersAndActions();
    void mutatedDocumentsNeverCrash();
};

void TestArazzoDocument::bundledSchemaIsTheOfficialOne()
{
    QFile fixture(QStringLiteral(OXA_SHARED_FIXTURES_DIR "/arazzo/schema/schema.json"));
    if (!fixture.open(QIODevice::ReadOnly))
        QSKIP("../shared/fixtures/arazzo is absent");
    QFile bundled(u":/oxa/schemas/arazzo-1.0.json"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QCOMPARE(bundled.readAll(), fixture.readAll());
}

void TestArazzoDocument::specificationExamplesRead_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(kExamples);
    for (const QString &name : examples.entryList({u"*arazzo*.yaml"_s}, QDir::Files))
        QTest::newRow(qPrintable(name)) << examples.filePath(name);
}

// The specification's own examples read without errors.
void TestArazzoDocument::specificationExamplesRead()
{
    if (!QDir(kExamples).exists())
        QSKIP("../shared/fixtures/arazzo is absent");
    QFETCH(QString, path);
    const auto load = ArazzoDocument::load(path);
    QVERIFY2(load.document, qPrintable(OxaTest::describe(load.diagnostics)));
    QVERIFY2(countSeverity(load.diagnostics, Diagnostic::Severity::Error) == 0,
             qPrintable(OxaTest::describe(load.diagnostics)));
    QVERIFY(!load.document->workflows().isEmpty());
    QVERIFY(!load.document->sources().isEmpty());
}

void TestArazzoDocument::readsEveryField()
{
    const auto load = parse(R"(arazzo: 1.0.1
info: {title: Triage, summary: S, description: D, version: '2'}
sourceDescriptions:
  - {name: demo, url: ../api/oxa-demo.yaml, type: openapi}
workflows:
  - workflowId: triage
    summary: Triage an alert
    inputs:
      type: object
      properties: {alertId: {type: string}, page: {$ref: '#/components/inputs/page'}}
    parameters:
      - {name: X-Tenant, in: header, value: blue}
    steps:
      - stepId: read
        operationId: getAlert
        parameters:
          - {name: id, in: path, value: $inputs.alertId}
          - {reference: $components.parameters.limit, value: 7}
        successCriteria:
          - condition: $statusCode == 200
          - {context: $response.body, condition: '$.observables[?@.type == ''ipv4'']', type: jsonpath}
        onFailure:
          - {name: again, type: retry, retryAfter: 2, criteria: [{condition: $statusCode == 503}]}
          - reference: $components.failureActions.stop
        outputs:
          observables: $response.body#/observables
      - stepId: isolate
        operationPath: '{$sourceDescriptions.demo.url}#/paths/~1hosts~1{id}~1isolate/post'
        x-oxa-confirm: true
        x-oxa-prompt: {name: host, title: Which host?, schema: {type: string, minLength: 1}}
        x-oxa-foreach: {items: $steps.read.outputs.observables, as: observable}
        requestBody:
          contentType: application/json
          payload: {host: $inputs.host, reason: 'alert {$inputs.alertId}'}
          replacements: [{target: /reason, value: $inputs.alertId}]
        onSuccess:
          - {name: done, type: end}
    outputs:
      isolated: $steps.isolate.outputs.id
components:
  inputs:
    page: {type: integer}
  parameters:
    limit: {name: limit, in: query, value: 5}
  failureActions:
    stop: {name: stop, type: end}
)");
    QVERIFY2(load.document, qPrintable(OxaTest::describe(load.diagnostics)));
    QVERIFY2(load.diagnostics.isEmpty(), qPrintable(OxaTest::describe(load.diagnostics)));
    const ArazzoDocument &document = *load.document;
    QCOMPARE(document.title(), u"Triage"_s);
    QCOMPARE(document.version(), u"1.0.1"_s);
    QCOMPARE(document.sourceUrl(document.sources().at(0)),
             QUrl(u"file:///work/api/oxa-demo.yaml"_s));
    const ArazzoWorkflow *workflow = document.workflow(u"triage");
    QVERIFY(workflow);
    QCOMPARE(workflow->steps.size(), 2);
    QCOMPARE(workflow->inputs.toObject().value(u"type"), QJsonValue(u"object"_s));
    const ArazzoStep &read = workflow->steps.at(0);
    QCOMPARE(read.operationId, u"getAlert"_s);
    QCOMPARE(read.parameters.size(), 2);
    QCOMPARE(read.parameters.at(1).name, u"limit"_s);
    QCOMPARE(read.parameters.at(1).in, u"query"_s);
    QCOMPARE(read.parameters.at(1).value, QJsonValue(7)); // the reference's own value wins
    QCOMPARE(read.successCriteria.size(), 2);
    QCOMPARE(read.successCriteria.at(1).type, Criterion::Type::JsonPath);
    QVERIFY(read.successCriteria.at(1).compiled);
    QCOMPARE(read.onFailure.size(), 2);
    QCOMPARE(read.onFailure.at(0).type, ArazzoAction::Type::Retry);
    QCOMPARE(read.onFailure.at(0).retryAfter, 2.0);
    QCOMPARE(read.onFailure.at(0).effectiveRetryLimit(), 1); // "a single retry SHALL be attempted"
    QCOMPARE(read.onFailure.at(1).name, u"stop"_s);
    QCOMPARE(read.onFailure.at(1).pointer, u"/components/failureActions/stop"_s);
    QCOMPARE(read.outputs.at(0).value, QJsonValue(u"$response.body#/observables"_s));
    const ArazzoStep &isolate = workflow->steps.at(1);
    QVERIFY(isolate.confirm);
    QCOMPARE(isolate.prompts.size(), 1);
    QCOMPARE(isolate.prompts.at(0).name, u"host"_s);
    QVERIFY(isolate.foreach);
    QCOMPARE(isolate.foreach->as, u"observable"_s);
    QVERIFY(isolate.requestBody);
    QCOMPARE(isolate.requestBody->replacements.size(), 1);
    QCOMPARE(workflow->outputs.at(0).name, u"isolated"_s);
}

void TestArazzoDocument::meaning_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pointer");

    QTest::newRow("duplicate stepId")
        << minimal("      - {stepId: a, operationId: x}\n      - {stepId: a, operationId: y}\n")
        << u"arazzo.duplicate-id"_s << u"/workflows/0/steps/1/stepId"_s;
    QTest::newRow("duplicate workflowId")
        << minimal("      - {stepId: a, operationId: x}\n",
                   "  - workflowId: triage\n    steps: [{stepId: b, operationId: y}]\n")
        << u"arazzo.duplicate-id"_s << u"/workflows/1/workflowId"_s;
    QTest::newRow("two targets") << minimal(
        "      - {stepId: a, operationId: x, workflowId: triage}\n")
                                 << u"arazzo.step-target"_s << u"/workflows/0/steps/0"_s;
    QTest::newRow("no target") << minimal("      - {stepId: a}\n") << u"arazzo.step-target"_s
                               << u"/workflows/0/steps/0"_s;
    QTest::newRow("unknown sub-workflow")
        << minimal("      - {stepId: a, workflowId: enrich}\n") << u"arazzo.unresolved"_s
        << u"/workflows/0/steps/0/workflowId"_s;
    QTest::newRow("unknown source")
        << minimal("      - {stepId: a, operationId: $sourceDescriptions.oxa.lookup}\n")
        << u"arazzo.unresolved"_s << u"/workflows/0/steps/0/operationId"_s;
    QTest::newRow("goto an absent step") << minimal(
        "      - {stepId: a, operationId: x, onSuccess: [{name: n, type: goto, stepId: zz}]}\n")
                                         << u"arazzo.goto-target"_s
                                         << u"/workflows/0/steps/0/onSuccess/0/stepId"_s;
    QTest::newRow("goto two targets")
        << minimal("      - {stepId: a, operationId: x, onSuccess: [{name: n, type: goto, stepId: "
                   "a, workflowId: triage}]}\n")
        << u"arazzo.goto-target"_s << u"/workflows/0/steps/0/onSuccess/0"_s;
    QTest::newRow("dependsOn cycle")
        << minimal("      - {stepId: a, operationId: x}\n    dependsOn: [enrich]\n",
                   "  - workflowId: enrich\n    dependsOn: [triage]\n    steps: [{stepId: b, "
                   "operationId: y}]\n")
        << u"arazzo.dependency-cycle"_s << u"/workflows/1/dependsOn"_s;
    QTest::newRow("dependsOn unknown")
        << minimal("      - {stepId: a, operationId: x}\n    dependsOn: [nothing]\n")
        << u"arazzo.unresolved"_s << u"/workflows/0/dependsOn/0"_s;
    QTest::newRow("bad expression in a parameter") << minimal(
        "      - {stepId: a, operationId: x, parameters: [{name: id, in: path, value: $steps.}]}\n")
                                                   << u"arazzo.expression"_s
                                                   << u"/workflows/0/steps/0/parameters/0/value"_s;
    QTest::newRow("bad embedded expression")
        << minimal("      - stepId: a\n        operationId: x\n        requestBody: {payload: {q: "
                   "'id {$inputs.}'}}\n")
        << u"arazzo.expression"_s << u"/workflows/0/steps/0/requestBody/payload"_s;
    QTest::newRow("bad output name")
        << minimal("      - {stepId: a, operationId: x, outputs: {'a b': $statusCode}}\n")
        << u"arazzo.output-name"_s << u"/workflows/0/steps/0/outputs/a b"_s;
    QTest::newRow("criterion type without context") << minimal(
        "      - {stepId: a, operationId: x, successCriteria: [{condition: '^2', type: regex}]}\n")
                                                    << u"arazzo.criterion"_s
                                                    << u"/workflows/0/steps/0/successCriteria/0"_s;
    QTest::newRow("regex that does not compile")
        << minimal("      - {stepId: a, operationId: x, successCriteria: [{context: $statusCode, "
                   "condition: '(2', type: regex}]}\n")
        << u"arazzo.criterion"_s << u"/workflows/0/steps/0/successCriteria/0/condition"_s;
    QTest::newRow("simple condition that does not read")
        << minimal("      - {stepId: a, operationId: x, successCriteria: [{condition: '$statusCode "
                   "= 200'}]}\n")
        << u"arazzo.criterion"_s << u"/workflows/0/steps/0/successCriteria/0/condition"_s;
    QTest::newRow("absent component")
        << minimal("      - {stepId: a, operationId: x, parameters: [{reference: "
                   "$components.parameters.nope}]}\n")
        << u"arazzo.component"_s << u"/workflows/0/steps/0/parameters/0/reference"_s;
    QTest::newRow("component of another kind") << minimal(
        "      - {stepId: a, operationId: x, onSuccess: [{reference: $components.parameters.p}]}\n",
        "components: {parameters: {p: {name: p, in: query, value: 1}}}\n")
                                               << u"arazzo.component"_s
                                               << u"/workflows/0/steps/0/onSuccess/0/reference"_s;
    QTest::newRow("absent input schema") << minimal(
        "      - {stepId: a, operationId: x}\n    inputs: {$ref: '#/components/inputs/nope'}\n")
                                         << u"arazzo.component"_s << u"/workflows/0/inputs/$ref"_s;
    QTest::newRow("parameter without in")
        << minimal("      - {stepId: a, operationId: x, parameters: [{name: id, value: 1}]}\n")
        << u"arazzo.parameter"_s << u"/workflows/0/steps/0/parameters/0"_s;
    QTest::newRow("same parameter twice")
        << minimal("      - {stepId: a, operationId: x, parameters: [{name: id, in: path, value: "
                   "1}, {name: id, in: path, value: 2}]}\n")
        << u"arazzo.parameter"_s << u"/workflows/0/steps/0/parameters/1"_s;
    QTest::newRow("structure: missing info")
        << QByteArray("arazzo: 1.0.1\nsourceDescriptions: [{name: a, url: b}]\n"
                      "workflows: [{workflowId: w, steps: [{stepId: s, operationId: o}]}]\n")
        << u"arazzo.schema"_s << u"/info"_s;
    QTest::newRow("structure: empty workflows")
        << QByteArray("arazzo: 1.0.1\ninfo: {title: T, version: '1'}\nsourceDescriptions: [{name: "
                      "a, url: b}]\nworkflows: []\n")
        << u"arazzo.schema"_s << u"/workflows"_s;
    QTest::newRow("unknown version")
        << QByteArray("arazzo: 2.0.0\ninfo: {title: T, version: '1'}\n") << u"arazzo.version"_s
        << u"/arazzo"_s;
    QTest::newRow("duplicate source name")
        << QByteArray("arazzo: 1.0.1\ninfo: {title: T, version: '1'}\nsourceDescriptions:\n  - "
                      "{name: demo, url: a.yaml}\n"
                      "  - {name: demo, url: b.yaml}\nworkflows: [{workflowId: w, steps: [{stepId: "
                      "s, operationId: x}]}]\n")
        << u"arazzo.duplicate-id"_s << u"/sourceDescriptions/1/name"_s;
    QTest::newRow("duplicate action name")
        << minimal("      - {stepId: a, operationId: x, onSuccess: [{name: n, type: end}, {name: "
                   "n, type: end}]}\n")
        << u"arazzo.duplicate-id"_s << u"/workflows/0/steps/0/onSuccess/1"_s;
    QTest::newRow("bad component name")
        << minimal("      - {stepId: a, operationId: x}\n",
                   "components: {parameters: {'a b': {name: p, in: query, value: 1}}}\n")
        << u"arazzo.output-name"_s << u"/components/parameters/a b"_s;
    QTest::newRow("foreach without an expression")
        << minimal("      - {stepId: a, operationId: x, x-oxa-foreach: {items: 'a, b'}}\n")
        << u"arazzo.extension"_s << u"/workflows/0/steps/0/x-oxa-foreach"_s;
}

void TestArazzoDocument::meaning()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    const auto load = parse(document);
    bool found = false;
    for (const Diagnostic &d : load.diagnostics)
        found = found
                || (QLatin1StringView(codeName(d.code)) == code && d.pointer == pointer
                    && d.isError());
    QVERIFY2(found, qPrintable(OxaTest::describe(load.diagnostics)));
}

void TestArazzoDocument::diagnosticsHaveLineAndColumn()
{
    const auto load = parse(minimal("      - stepId: a\n        operationId: x\n        outputs:\n "
                                    "         'bad name': $statusCode\n"));
    QVERIFY(load.document);
    QCOMPARE(load.diagnostics.size(), 1);
    QCOMPARE(load.diagnostics.at(0).code, DiagnosticCode::ArazzoOutputName);
    QCOMPARE(load.diagnostics.at(0).line, 11);
    QCOMPARE(load.diagnostics.at(0).column, 23);
}

void TestArazzoDocument::aBigDocumentSaysTheSame()
{
    // A big document's schema check runs beside the rest of the reading: what it says is the
    // same as for a small one, at the same places, in the same order.
    const QByteArray broken = "      - stepId: a\n        operationId: x\n        colour: red\n"
                              "      - stepId: a\n        operationId: y\n";
    QByteArray filler;
    for (int i = 0; filler.size() < 200 * 1024; ++i)
        filler += "      - stepId: s" + QByteArray::number(i)
                  + "\n        operationId: x\n"
                    "        successCriteria: [{condition: $statusCode == 200}]\n";
    const auto small = parse(minimal(broken));
    const auto big = parse(minimal(broken + filler));
    QVERIFY(small.document && big.document);
    QCOMPARE(big.document->workflows().at(0).steps.size(),
             small.document->workflows().at(0).steps.size() + filler.count("stepId"));
    const auto described = [](const Diagnostics &diagnostics) {
        QStringList out;
        for (const Diagnostic &d : diagnostics)
            out.append(u"%1:%2 %3 %4"_s.arg(d.line).arg(d.column).arg(d.pointer, d.message));
        return out;
    };
    QCOMPARE(described(big.diagnostics), described(small.diagnostics));
    QCOMPARE(count(big.diagnostics, DiagnosticCode::ArazzoSchema), 1);
    QCOMPARE(big.diagnostics.size(), 2);
}

void TestArazzoDocument::notArazzo()
{
    const auto openapi = parse("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n");
    QVERIFY(!openapi.document);
    QCOMPARE(openapi.diagnostics.size(), 1);
    QVERIFY(openapi.diagnostics.at(0).message.contains(u"not an Arazzo document"));
    const auto broken = parse("arazzo: [1.0.1\n");
    QVERIFY(!broken.document);
    QVERIFY(broken.diagnostics.at(0).line > 0);
    QVERIFY(ArazzoDocument::looksLikeArazzo("# a comment\narazzo: 1.0.1\n"));
    QVERIFY(ArazzoDocument::looksLikeArazzo(R"({"arazzo": "1.0.1"})"));
    QVERIFY(!ArazzoDocument::looksLikeArazzo("openapi: 3.1.0\ninfo: {title: arazzo: x}\n"));
}

void TestArazzoDocument::version11FeaturesAreNamed()
{
    const auto load = parse(R"(arazzo: 1.1.0
$self: https://example.test/flows/a.arazzo.yaml
info: {title: T, version: '1'}
sourceDescriptions:
  - {name: pets, url: pets.yaml, type: openapi}
  - {name: orders, url: orders-asyncapi.yaml, type: asyncapi}
workflows:
  - workflowId: buy
    steps:
      - {stepId: find, operationId: findPets}
      - {stepId: send, operationPath: '{$sourceDescriptions.orders.url}#/operations/placeOrder', action: send}
      - {stepId: confirm, operationId: $sourceDescriptions.orders.confirmOrder, action: receive, correlationId: $inputs.id, timeout: 6000}
)");
    QVERIFY2(load.document, qPrintable(OxaTest::describe(load.diagnostics)));
    QCOMPARE(countSeverity(load.diagnostics, Diagnostic::Severity::Error), 0);
    QCOMPARE(count(load.diagnostics, DiagnosticCode::ArazzoNotRun),
             6); // $self, asyncapi, 2 action, correlationId, timeout
    QVERIFY(load.document->isVersion11());
}

void TestArazzoDocument::mergesWorkflowParametersAndActions()
{
    const auto load
        = parse(minimal("      - stepId: a\n        operationId: x\n"
                        "        parameters: [{name: X-Tenant, in: header, value: red}]\n"
                        "        onFailure: [{name: stop, type: end}, {name: mine, type: end}]\n",
                        "    parameters: [{name: X-Tenant, in: header, value: blue}, {name: "
                        "X-Tenant, in: query, value: q}]\n"
                        "    failureActions: [{name: stop, type: retry}, {name: wait, type: retry, "
                        "retryAfter: 1}]\n"));
    QVERIFY2(load.document && load.diagnostics.isEmpty(),
             qPrintable(OxaTest::describe(load.diagnostics)));
    const ArazzoWorkflow &workflow = load.document->workflows().at(0);
    const auto parameters = workflow.parametersOf(workflow.steps.at(0));
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters.at(0).value, QJsonValue(u"red"_s)); // the step's wins over the workflow's
    QCOMPARE(parameters.at(1).in, u"query"_s); // a different place is another parameter
    const auto actions = workflow.failureActionsOf(workflow.steps.at(0));
    QStringList names;
    for (const auto &action : actions)
        names.append(action.name);
    QCOMPARE(names, (QStringList{u"stop"_s, u"mine"_s, u"wait"_s}));
    QCOMPARE(actions.at(0).type, ArazzoAction::Type::End);
}

// Every example, mangled at random, reads or is refused with diagnostics, never a crash.
void TestArazzoDocument::mutatedDocumentsNeverCrash()
{
    QFile file(kExamples + u"/pet-coupons.arazzo.yaml"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/fixtures/arazzo is absent");
    const QByteArray seed = file.readAll();
    int read = 0;
    OxaTest::forEachMutation(seed, ":{}[]-$#/.'\"\n x", 300, 16, [&](const QByteArray &text) {
        const auto load = parse(text);
        read += load.document != nullptr;
        for (const Diagnostic &d : load.diagnostics)
            QVERIFY(!d.message.isEmpty());
    });
    QVERIFY(read > 100);
}

QTEST_GUILESS_MAIN(TestArazzoDocument)
#include "tst_arazzodocument.moc"
