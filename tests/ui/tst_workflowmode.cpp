// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The workflow mode in the window, offscreen: an Arazzo file opens there (its source matched
// with the description already open), the list, the diagram and the outline follow one
// another, the diagnostics jump to their step and line, and the modes switch from the keyboard.
#include "call/calldialogs.h"
#include "call/callsession.h"
#include "call/exchangeview.h"
#include "call/interaction.h"
#include "catalog/sourceview.h"
#include "consoleservices.h"
#include "diagnosticsdock.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "support/privatehome.h"
#include "support/testdocuments.h"
#include "testconfig.h"
#include "welcomepage.h"
#include "workflow/runreport.h"
#include "workflow/workflowdiagram.h"
#include "workflow/workflowmode.h"
#include "workflow/workflowrunview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

const QString kTriage
    = QStringLiteral(OXA_SOURCE_DIR "/resources/workflows/triage-alert.arazzo.yaml");

bool waitForWorkflows(MainWindow &window, bool expected = true)
{
    QSignalSpy finished(window.workflowMode(), &WorkflowMode::loadFinished);
    return finished.wait(30000) && finished.front().front().toBool() == expected;
}

} // namespace

class TestWorkflowMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        OxaTest::usePrivateHome(m_home, u"tst_workflowmode"_s);
        QApplication::setApplicationDisplayName(u"OXA Console"_s);
        QSettings().clear();
    }

    void opensBesideTheOpenDescription();
    void listDiagramAndOutlineFollowEachOther();
    void diagnosticsJumpToTheirStepAndLine();
    void modesSwitchFromTheKeyboard();
    void theWelcomePageOffersTheShippedWorkflows();
    void runsOnTheDemoWithItsTrace();
    void aPromptIsAFormFromItsSchema();
    void stepsPauseAndRetryFromTheRunView();
    void asksBeforeReadingSourcesElsewhere();
    void drillsIntoTheWorkflowsAStepCalls();

private:
    QTemporaryDir m_home;
};

void TestWorkflowMode::opensBesideTheOpenDescription()
{
    const StandardServices services;
    MainWindow window(services.handles());
    QSignalSpy catalogLoaded(&window, &MainWindow::loadFinished);
    window.openLocation(QStringLiteral(OXA_DEMO_DOCUMENT));
    QVERIFY(catalogLoaded.wait(30000));
    QCOMPARE(window.currentMode(), u"catalog"_s);
    // The workflow names oxa-demo.yaml beside it, which is not there: the open one is used.
    window.openLocation(kTriage);
    QCOMPARE(window.currentMode(), u"workflows"_s);
    QVERIFY(waitForWorkflows(window));
    WorkflowMode *mode = window.workflowMode();
    QCOMPARE(mode->workflowList()->count(), 1);
    QCOMPARE(mode->currentWorkflow(), u"triageAlert"_s);
    QVERIFY(mode->sources()->source(u"demo")->catalog == window.catalog());
    QCOMPARE(countSeverity(mode->diagnostics(), Diagnostic::Severity::Error), 0);
    QCOMPARE(mode->diagnostics().size(), 1); // the note that the open description is used
    QVERIFY(window.windowTitle().startsWith(u"Triage an alert"_s));
    // Every step has its card, with what it calls.
    const WorkflowGraph &graph = mode->diagram()->graph();
    QCOMPARE(graph.nodes.at(graph.nodeOf(u"isolate")).method, u"POST"_s);
    QVERIFY(!mode->diagram()->stepRect(u"openCase"_s).isEmpty());
    QCOMPARE(mode->outline()->topLevelItemCount(), mode->document()->workflows().at(0).steps.size());
    // The source tab holds the file's text.
    QTRY_VERIFY(mode->sourceView()->isReady());
}

void TestWorkflowMode::listDiagramAndOutlineFollowEachOther()
{
    const StandardServices services;
    MainWindow window(services.handles());
    window.openLocation(kTriage);
    QVERIFY(waitForWorkflows(window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WorkflowMode *mode = window.workflowMode();
    // A click on a card selects its step in the outline.
    WorkflowDiagram *diagram = mode->diagram();
    const QPoint card = diagram->mapFromScene(diagram->stepRect(u"enrich"_s).center());
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, card);
    QCOMPARE(mode->currentStep(), u"enrich"_s);
    QCOMPARE(mode->outline()->currentItem()->text(0), u"enrich"_s);
    // The outline's selection (even a line inside a step) selects the card.
    QTreeWidgetItem *openCase = mode->outline()->topLevelItem(3);
    mode->outline()->setCurrentItem(openCase->child(0));
    QCOMPARE(diagram->selectedStep(), openCase->text(0));
    // Up and Down move between the cards.
    diagram->setFocus();
    QTest::keyClick(diagram, Qt::Key_Up);
    QCOMPARE(mode->currentStep(), u"isolate"_s);
    QCOMPARE(mode->outline()->currentItem()->text(0), u"isolate"_s);
    // The outline says what the step does: its prompt, its criteria, its actions.
    QTreeWidgetItem *isolate = mode->outline()->currentItem();
    QStringList names;
    for (int i = 0; i < isolate->childCount(); ++i)
        names << isolate->child(i)->text(0);
    QVERIFY(names.contains(u"asks"_s));
    QVERIFY(names.contains(u"succeeds when"_s));
    // Actions read as the diagram's edges do.
    QTreeWidgetItem *enrich = mode->outline()->topLevelItem(1);
    QStringList actions;
    for (int i = 0; i < enrich->childCount(); ++i) {
        if (enrich->child(i)->text(0) == u"action")
            actions << enrich->child(i)->text(1);
    }
    QCOMPARE(actions.size(), 1);
    QVERIFY2(actions.at(0).startsWith(u"On success, go to openCase (nothingToContain), when"),
             qPrintable(actions.at(0)));
    // Activating a line shows it in the source.
    mode->outline()->setCurrentItem(isolate);
    Q_EMIT mode->outline()->itemActivated(isolate, 0);
    QCOMPARE(mode->pages()->currentWidget(), mode->sourceView());
    QTRY_VERIFY(mode->sourceView()->isReady());
    QTRY_COMPARE(mode->sourceView()->currentLine(),
                 mode->document()->position(u"/workflows/0/steps/2"_s).line);
}

void TestWorkflowMode::diagnosticsJumpToTheirStepAndLine()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"broken.arazzo.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("arazzo: 1.0.1\ninfo: {title: Broken, version: '1'}\n"
               "sourceDescriptions: [{name: s, url: s.yaml}]\n"
               "workflows:\n  - workflowId: w\n    steps:\n"
               "      - {stepId: a, operationId: x}\n"
               "      - stepId: b\n        operationId: y\n"
               "        successCriteria: [{condition: $statusCode = 200}]\n");
    file.close();
    const StandardServices services;
    MainWindow window(services.handles());
    window.openLocation(file.fileName());
    QVERIFY(waitForWorkflows(window));
    WorkflowMode *mode = window.workflowMode();
    QVERIFY(countSeverity(mode->diagnostics(), Diagnostic::Severity::Error) >= 1);
    DiagnosticsDock *dock = window.diagnosticsDock();
    QCOMPARE(dock->model()->rowCount(), mode->diagnostics().size());
    // The criterion's diagnostic: its step is selected, its line shown.
    int row = -1;
    for (int r = 0; r < dock->model()->rowCount(); ++r) {
        if (dock->model()
                ->index(r, 0)
                .data(DiagnosticModel::PointerRole)
                .toString()
                .contains(u"successCriteria"))
            row = r;
    }
    QVERIFY(row >= 0);
    Q_EMIT dock->view()->activated(dock->model()->index(row, 0));
    QCOMPARE(mode->currentStep(), u"b"_s);
    QTRY_VERIFY(mode->sourceView()->isReady());
    QTRY_COMPARE(mode->sourceView()->currentLine(), 10);
    // A file that is not Arazzo at all: nothing shown, the diagnostics say why.
    QFile bad(dir.filePath(u"bad.arazzo.yaml"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("arazzo: [\n");
    bad.close();
    window.openLocation(bad.fileName());
    QVERIFY(waitForWorkflows(window, false));
    QVERIFY(!mode->document());
    QVERIFY(dock->model()->rowCount() > 0);
}

void TestWorkflowMode::modesSwitchFromTheKeyboard()
{
    const StandardServices services;
    MainWindow window(services.handles());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.modeBar()->isVisible());
    QCOMPARE(window.currentMode(), u"catalog"_s);
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(window.currentMode(), u"workflows"_s);
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window.currentMode(), u"catalog"_s);
    // Reloading and closing act on the mode shown.
    window.openLocation(kTriage);
    QVERIFY(waitForWorkflows(window));
    window.reload();
    QVERIFY(waitForWorkflows(window));
    QCOMPARE(window.workflowMode()->currentWorkflow(), u"triageAlert"_s);
    QVERIFY(window.workflowMode()->runView()->runButton()->isEnabled());
    // The presenter's switch enlarges the cards.
    const qreal before = window.workflowMode()->diagram()->transform().m11();
    window.workflowMode()->runView()->presenter()->setChecked(true);
    QVERIFY(window.workflowMode()->diagram()->transform().m11() > before);
    window.workflowMode()->runView()->presenter()->setChecked(false);
    QCOMPARE(window.workflowMode()->diagram()->transform().m11(), before);
    // Closing leaves nothing to run.
    window.workflowMode()->close();
    QVERIFY(!window.workflowMode()->document());
    QVERIFY(!window.workflowMode()->runView()->runButton()->isEnabled());
    QVERIFY(!window.workflowMode()->runView()->inputsEditor());
}

void TestWorkflowMode::theWelcomePageOffersTheShippedWorkflows()
{
    const StandardServices services;
    MainWindow window(services.handles());
    // The workflow mode's empty page offers them too.
    auto *offer = window.workflowMode()->findChild<QPushButton *>(u"demoWorkflow_triage-alert"_s);
    QVERIFY(offer);
    offer->click();
    QVERIFY(waitForWorkflows(window));
    QCOMPARE(window.workflowMode()->currentWorkflow(), u"triageAlert"_s);
    auto *list = window.welcomePage()->findChild<QListWidget *>(u"demoWorkflows"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    for (int row = 0; row < list->count(); ++row) {
        Q_EMIT list->itemActivated(list->item(row));
        QVERIFY(waitForWorkflows(window));
        QCOMPARE(window.currentMode(), u"workflows"_s);
        // Written beside the demo's description: every step finds its operation.
        QVERIFY2(window.workflowMode()->diagnostics().isEmpty(),
                 qPrintable(window.workflowMode()->diagnostics().value(0).message));
        for (const WorkflowGraph::Node &node : window.workflowMode()->diagram()->graph().nodes)
            QVERIFY(node.kind != WorkflowGraph::Node::Kind::Unresolved);
    }
}

void TestWorkflowMode::runsOnTheDemoWithItsTrace()
{
    const StandardServices services;
    MainWindow window(services.handles());
    QSignalSpy catalogLoaded(&window, &MainWindow::loadFinished);
    window.startDemo();
    QVERIFY(catalogLoaded.wait(30000));
    window.openDemoWorkflow(u"triage-alert"_s);
    QVERIFY(waitForWorkflows(window));
    WorkflowMode *mode = window.workflowMode();
    WorkflowRunView *run = mode->runView();
    // The demo's source goes to the "Demo" environment the window has chosen.
    QVERIFY(run->environmentOf(u"demo"_s));
    QCOMPARE(run->environmentOf(u"demo"_s)->currentData().toString(), u"Demo"_s);
    ScriptedInteraction script;
    script.confirms = true;
    script.values.insert(u"hostToIsolate"_s, u"ws-042"_s);
    window.setInteraction(&script);
    // Inputs the schema refuses are said, and nothing is sent.
    QVERIFY(run->inputsEditor());
    run->inputsEditor()->setValue(QJsonObject{{u"alertId"_s, u"nope"_s}});
    QVERIFY(!run->run());
    QVERIFY(run->status()->text().contains(u"not valid"));
    QVERIFY(!run->inputsEditor()->messages().isEmpty());
    QCOMPARE(run->trace()->topLevelItemCount(), 0);
    // A run: the trace fills, the diagram lights up, the response step is confirmed.
    run->inputsEditor()->setValue(QJsonObject{{u"alertId"_s, u"al-00001"_s}});
    QSignalSpy finished(run, &WorkflowRunView::runFinished);
    QVERIFY(run->run());
    QVERIFY(!run->runButton()->isEnabled());
    QVERIFY(finished.wait(30000));
    const RunRecord record = finished.front().front().value<RunRecord>();
    QVERIFY2(record.status == u"succeeded"_s, qPrintable(record.error));
    QCOMPARE(run->trace()->topLevelItemCount(), record.steps.size());
    QCOMPARE(mode->diagram()->stepState(u"readAlert"_s), WorkflowDiagram::StepState::Succeeded);
    QCOMPARE(mode->diagram()->stepState(u"openCase"_s), WorkflowDiagram::StepState::Succeeded);
    // The demo alert's address is malicious: the isolation was asked for and confirmed.
    QCOMPARE(script.count(u"prompt"_s), 1);
    QVERIFY(script.count(u"confirm"_s) >= 1);
    QCOMPARE(mode->diagram()->stepState(u"isolate"_s), WorkflowDiagram::StepState::Succeeded);
    // The confirmation says in words what is acted on, and where.
    std::optional<PreparedCall> confirmedCall;
    for (const ScriptedInteraction::Asked &asked : script.asked()) {
        if (asked.kind == u"confirm")
            confirmedCall = asked.call;
    }
    QVERIFY(confirmedCall);
    QCOMPARE(confirmedCall->targetText(), u"Isolate a host: host_id ws-042, in Demo"_s);
    ConfirmCallDialog confirmation(*confirmedCall);
    QCOMPARE(confirmation.findChild<QLabel *>(u"confirmTarget"_s)->text(),
             confirmedCall->targetText());
    // …and it shows: the card's top edge is drawn green (the colour of success), not grey.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WorkflowDiagram *diagram = mode->diagram();
    diagram->selectStep(QString());
    const QRectF card = diagram->stepRect(u"readAlert"_s);
    diagram->ensureVisible(card);
    const QImage shot = diagram->viewport()->grab().toImage();
    const QColor edge = shot.pixelColor(diagram->mapFromScene(card.center().x(), card.top() - 1));
    QVERIFY2(edge.green() > edge.red() + 40 && edge.green() > edge.blue() + 20,
             qPrintable(edge.name()));
    // A line of the trace shows its criteria with what they saw, and selects its step.
    run->trace()->setCurrentItem(run->trace()->topLevelItem(0));
    QVERIFY(run->details()->toPlainText().contains(u"✓ $statusCode == 200"_s));
    QVERIFY(run->details()->toPlainText().contains(u"Output sourceIp"_s));
    QCOMPARE(mode->currentStep(), u"readAlert"_s);
    // The run is kept in the history with its calls.
    QVERIFY(run->runButton()->isEnabled());
    HistoryStore *history = window.callSession()->history();
    QVERIFY(history);
    QVERIFY(history->run(record.runId).has_value());
    QCOMPARE(history->ofRun(record.runId).size(), 4);
    // Kept runs are listed; an earlier one opens with its trace, and lights the diagram again.
    QCOMPARE(run->earlierRuns()->currentData().toString(), record.runId);
    diagram->clearStates();
    QVERIFY(run->showKeptRun(record.runId));
    QCOMPARE(run->trace()->topLevelItemCount(), record.steps.size());
    QCOMPARE(diagram->stepState(u"enrich"_s), WorkflowDiagram::StepState::Succeeded);
    // Exported as the console's record and as HAR; neither holds the demo's key.
    QTemporaryDir exports;
    const QString json = exports.filePath(u"run.json"_s);
    const QString har = exports.filePath(u"run.har"_s);
    QCOMPARE(run->shownRun().save(json, false), QString());
    QCOMPARE(run->shownRun().save(har, true), QString());
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray jsonText = jsonFile.readAll();
    QCOMPARE(QJsonDocument::fromJson(jsonText).object().value(u"format"_s).toString(),
             u"oxa-run/1"_s);
    QFile harFile(har);
    QVERIFY(harFile.open(QIODevice::ReadOnly));
    const QByteArray harText = harFile.readAll();
    QCOMPARE(QJsonDocument::fromJson(harText)
                 .object()
                 .value(u"log"_s)
                 .toObject()
                 .value(u"entries"_s)
                 .toArray()
                 .size(),
             4);
    QVERIFY(!jsonText.contains("demo-key") && !harText.contains("demo-key"));
    // The report for a ticket: the steps and their decisions, the confirmation in words, each
    // answer's records as the inspector tabulates them; a PDF.
    const QString html = RunReport::html(run->shownRun(), history);
    QVERIFY(html.contains(u"Run of triageAlert"_s));
    QVERIFY(html.contains(u"Confirmed by a person: Isolate a host: host_id ws-042, in Demo"_s));
    QVERIFY(html.contains(u"<td>$statusCode == 200</td><td>yes</td>"_s));
    QVERIFY(html.contains(u"goto:openCase (nothingToContain)"_s)
            || html.contains(u"<td>next</td>"_s));
    // the bulk look-up's results, one row per address (the alert's source is the first)
    QVERIFY2(html.contains(u"<th>indicator</th>"_s), qPrintable(html.left(4000)));
    QVERIFY(!html.contains(u"demo-key"_s));
    const QString pdf = exports.filePath(u"run.pdf"_s);
    QCOMPARE(RunReport::write(pdf, run->shownRun(), history), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
    QVERIFY(pdfFile.size() > 5000);
    // Without the history's rows, the record's own copies give the same tables.
    QCOMPARE(RunReport::html(run->shownRun(), nullptr).count(u"<h3>Records</h3>"_s),
             html.count(u"<h3>Records</h3>"_s));
    window.setInteraction(nullptr);
}

void TestWorkflowMode::aPromptIsAFormFromItsSchema()
{
    ValuePrompt prompt;
    prompt.name = u"hostToIsolate"_s;
    prompt.title = u"Which host should be isolated?"_s;
    prompt.schema = QJsonObject{{u"type"_s, u"string"_s},
                                {u"pattern"_s, u"^[a-z0-9-]+$"_s},
                                {u"maxLength"_s, 253}};
    ValuePromptDialog dialog(prompt);
    QCOMPARE(dialog.windowTitle(), prompt.title);
    QVERIFY(dialog.editor());
    // Nothing given, then a value the schema refuses: the dialog stays, and says why.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.editor()->messages().isEmpty());
    dialog.editor()->setValue(u"WS 042"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.editor()->messages().join(u' ').contains(u"pattern"));
    dialog.editor()->setValue(u"ws-042"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.value(), QJsonValue(u"ws-042"_s));
    // A number is asked as a number.
    prompt.schema = QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}};
    ValuePromptDialog count(prompt);
    count.editor()->setValue(3);
    count.accept();
    QCOMPARE(count.value(), QJsonValue(3));
    QCOMPARE(count.result(), int(QDialog::Accepted));
}

void TestWorkflowMode::stepsPauseAndRetryFromTheRunView()
{
    const StandardServices services;
    MainWindow window(services.handles());
    QSignalSpy catalogLoaded(&window, &MainWindow::loadFinished);
    window.startDemo();
    QVERIFY(catalogLoaded.wait(30000));
    window.openDemoWorkflow(u"triage-alert"_s);
    QVERIFY(waitForWorkflows(window));
    WorkflowMode *mode = window.workflowMode();
    WorkflowRunView *run = mode->runView();
    ScriptedInteraction script;
    script.confirms = true;
    script.values.insert(u"hostToIsolate"_s, u"ws-042"_s);
    window.setInteraction(&script);
    HistoryStore *history = window.callSession()->history();
    QVERIFY(history);
    run->inputsEditor()->setValue(QJsonObject{{u"alertId"_s, u"al-00001"_s}});

    // Step before a run starts one paused before its first step: nothing is sent yet.
    QSignalSpy paused(run, &WorkflowRunView::stepPaused);
    QSignalSpy finished(run, &WorkflowRunView::runFinished);
    QCOMPARE(run->stepButton()->shortcut(), QKeySequence(Qt::Key_F10));
    run->stepButton()->click();
    QVERIFY(paused.wait(30000));
    QCOMPARE(paused.back().at(0).toString(), u"readAlert"_s);
    QCOMPARE(paused.back().at(1).toBool(), false);
    QVERIFY(run->isPaused());
    const QString runId = run->record().runId;
    QVERIFY(history->ofRun(runId).isEmpty());
    QCOMPARE(run->pauseButton()->text(), u"Continue"_s);
    QVERIFY(run->stepButton()->isEnabled());
    QVERIFY(!run->retryButton()->isEnabled());
    QCOMPARE(mode->diagram()->stepState(u"readAlert"_s), WorkflowDiagram::StepState::Waiting);
    // Step: one call, then paused before the next step.
    run->stepButton()->click();
    QVERIFY(paused.wait(30000));
    QCOMPARE(paused.back().at(0).toString(), u"enrich"_s);
    QCOMPARE(history->ofRun(runId).size(), 1);
    QCOMPARE(mode->diagram()->stepState(u"readAlert"_s), WorkflowDiagram::StepState::Succeeded);
    // The step's exchange is in the inspector, as the history keeps it.
    run->trace()->setCurrentItem(run->trace()->topLevelItem(0));
    QVERIFY2(run->exchange()->statusText().contains(u"200"),
             qPrintable(run->exchange()->statusText()));
    QVERIFY(run->exchange()->body().contains("al-00001"));
    QVERIFY(!run->exchange()->body().contains("demo-key"));
    // Continue runs to the end.
    run->pauseButton()->click();
    QVERIFY(!run->isPaused());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.back().front().value<RunRecord>().status, u"succeeded"_s);
    QCOMPARE(run->pauseButton()->text(), u"Pause"_s);
    QVERIFY(!run->pauseButton()->isEnabled());
    // A kept run's step shows its exchange from the record when the history lost it.
    QVERIFY(bool(history->clear()));
    run->trace()->setCurrentItem(run->trace()->topLevelItem(1));
    QVERIFY(run->exchange()->statusText().contains(u"200"));

    // Replay: the run shown, played back offline from its record, paused before its first step.
    const RunRecord recorded = run->shownRun();
    QVERIFY(run->replayButton()->isEnabled());
    paused.clear();
    run->replayButton()->click();
    QVERIFY(run->isRunning());
    QVERIFY(paused.wait(30000));
    QCOMPARE(paused.back().at(0).toString(), u"readAlert"_s);
    const QString replayId = run->record().runId;
    QVERIFY(replayId != recorded.runId);
    run->pauseButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
    QCOMPARE(run->shownRun().status, u"succeeded"_s);
    QCOMPARE(run->shownRun().steps.size(), recorded.steps.size());
    QVERIFY2(run->status()->text().contains(u"match the record"), qPrintable(run->status()->text()));
    // Nothing reached the demo back-end: every call went to the replay, on another port.
    const QList<HistoryRecord> replayed = history->ofRun(replayId);
    QCOMPARE(replayed.size(), recorded.steps.size());
    const QUrl demo(recorded.steps.front().request.value(u"url"_s).toString());
    for (const HistoryRecord &call : replayed) {
        QCOMPARE(QUrl(call.url).host(), u"127.0.0.1"_s);
        QVERIFY(QUrl(call.url).port() != demo.port());
        QVERIFY(!call.requestHeaders.contains("demo-key"));
    }

    // Waiting on failure: a step whose criterion fails, and the run waits for a person.
    QTemporaryDir folder;
    QFile failing(folder.filePath(u"failing.arazzo.yaml"_s));
    QVERIFY(failing.open(QIODevice::WriteOnly));
    failing.write(R"(arazzo: 1.0.1
info: {title: Fails, version: '1'}
sourceDescriptions: [{name: demo, url: oxa-demo.yaml, type: openapi}]
workflows:
  - workflowId: failing
    steps:
      - stepId: readAlert
        operationId: getAlert
        parameters: [{name: alert_id, in: path, value: al-00001}]
        successCriteria: [{condition: $statusCode == 299}]
      - stepId: after
        operationId: getAlert
        parameters: [{name: alert_id, in: path, value: al-00002}]
)");
    failing.close();
    window.openWorkflow(failing.fileName());
    QVERIFY(waitForWorkflows(window));
    QCOMPARE(mode->runView(), run);
    run->holdOnFailure()->setChecked(true);
    paused.clear();
    QVERIFY(run->run());
    QVERIFY(paused.wait(30000));
    QCOMPARE(paused.back().at(0).toString(), u"readAlert"_s);
    QCOMPARE(paused.back().at(1).toBool(), true);
    QVERIFY(run->retryButton()->isEnabled());
    QCOMPARE(mode->diagram()->stepState(u"readAlert"_s), WorkflowDiagram::StepState::Failed);
    // Retry Step sends it again (attempt 2), which fails again and waits again; Continue ends.
    run->retryButton()->click();
    QVERIFY(paused.wait(30000));
    QCOMPARE(run->record().steps.size(), 2);
    QCOMPARE(run->record().steps.at(1).attempt, 2);
    QCOMPARE(run->record().steps.at(0).action, u"hold"_s);
    const qsizetype ended = finished.size();
    run->pauseButton()->click(); // the failure ends the run at once
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), ended + 1, 30000);
    QCOMPARE(finished.back().front().value<RunRecord>().status, u"failed"_s);
    QCOMPARE(run->trace()->topLevelItemCount(), 2);
    QCOMPARE(history->ofRun(run->record().runId).size(), 2); // "after" never ran
    run->holdOnFailure()->setChecked(false);
    window.openDemoWorkflow(u"triage-alert"_s);
    QVERIFY(waitForWorkflows(window));

    // A wait is counted down: the presenter's pause, told again as it runs out.
    run->inputsEditor()->setValue(QJsonObject{{u"alertId"_s, u"al-00001"_s}});
    run->presenter()->setChecked(true);
    QSignalSpy waiting(run, &WorkflowRunView::stepWaiting);
    QVERIFY(run->run());
    QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 3, 30000);
    const qsizetype before = finished.size();
    run->cancel(); // ends the run at once
    QCOMPARE(finished.size(), before + 1);
    QVERIFY(!run->isRunning());
    QCOMPARE(waiting.at(0).at(0).toString(), u"enrich"_s);
    for (qsizetype i = 1; i < waiting.size(); ++i)
        QVERIFY(waiting.at(i).at(1).toLongLong() <= waiting.at(i - 1).at(1).toLongLong());
    QVERIFY(waiting.back().at(1).toLongLong() < waiting.front().at(1).toLongLong());
    run->presenter()->setChecked(false);
    window.setInteraction(nullptr);
}

void TestWorkflowMode::asksBeforeReadingSourcesElsewhere()
{
    // A workflow whose description is outside its folder: read once a person says so, asked
    // once (a refusal is not asked again on reload), and only that source.
    OxaTest::DocumentFolder folder;
    folder.write(u"shared/lab.yaml"_s, OxaTest::browsingDocument());
    const QByteArray flow = R"(arazzo: 1.0.1
info: {title: Elsewhere, version: '1'}
sourceDescriptions: [{name: lab, url: ../shared/lab.yaml, type: openapi}]
workflows:
  - workflowId: read
    steps:
      - {stepId: one, operationId: listAlerts}
)";
    const StandardServices services;
    MainWindow window(services.handles());
    ScriptedInteraction script;
    window.setInteraction(&script);
    WorkflowMode *mode = window.workflowMode();
    window.openWorkflow(folder.write(u"flows/a.arazzo.yaml"_s, flow));
    QVERIFY(waitForWorkflows(window));
    QCOMPARE(script.count(u"references"_s), 1);
    QCOMPARE(script.asked().back().places, QList<QUrl>{folder.url(u"shared/lab.yaml"_s)});
    QVERIFY(!mode->runView()->environmentOf(u"lab"_s)); // not loaded: nothing to call
    mode->reload();
    QVERIFY(waitForWorkflows(window));
    QCOMPARE(script.count(u"references"_s), 1);

    script.allowsReferences = true;
    QSignalSpy finished(mode, &WorkflowMode::loadFinished);
    window.openWorkflow(folder.write(u"flows/b.arazzo.yaml"_s, flow));
    // Read as it is, asked, then read again with the source.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(script.count(u"references"_s), 2);
    QVERIFY(mode->runView()->environmentOf(u"lab"_s));
    window.setInteraction(nullptr);
}

void TestWorkflowMode::drillsIntoTheWorkflowsAStepCalls()
{
    // A step that calls a workflow opens it (Enter or a double-click on its card): one of the
    // document's, or one of an Arazzo source's, with its own source text; Back returns.
    OxaTest::DocumentFolder folder;
    folder.write(u"lab.yaml"_s, OxaTest::browsingDocument());
    folder.write(u"other.arazzo.yaml"_s, R"(arazzo: 1.0.1
info: {title: Other, version: '1'}
sourceDescriptions: [{name: lab, url: lab.yaml, type: openapi}]
workflows:
  - workflowId: elsewhere
    steps:
      - {stepId: far, operationId: getAlert, parameters: [{name: uuid, in: path, value: x}]}
)");
    const QString main = folder.write(u"main.arazzo.yaml"_s, R"(arazzo: 1.0.1
info: {title: Main, version: '1'}
sourceDescriptions:
  - {name: lab, url: lab.yaml, type: openapi}
  - {name: other, url: other.arazzo.yaml, type: arazzo}
workflows:
  - workflowId: top
    steps:
      - {stepId: list, operationId: listAlerts}
      - {stepId: callSub, workflowId: sub}
      - {stepId: callOther, workflowId: $sourceDescriptions.other.elsewhere}
  - workflowId: sub
    steps:
      - {stepId: inner, operationId: listAlerts}
)");
    const StandardServices services;
    MainWindow window(services.handles());
    window.openWorkflow(main);
    QVERIFY(waitForWorkflows(window));
    WorkflowMode *mode = window.workflowMode();
    WorkflowDiagram *diagram = mode->diagram();
    auto *back = mode->findChild<QPushButton *>(u"workflowBack"_s);
    QVERIFY(back);
    QCOMPARE(mode->shownWorkflow()->workflowId, u"top"_s);
    QVERIFY(!back->isVisibleTo(mode));
    // An operation's step opens nothing.
    QVERIFY(!mode->openCalledWorkflow(u"list"_s));
    // Enter on the card of a step that calls a workflow of the document.
    mode->selectStep(u"callSub"_s);
    QTest::keyClick(diagram, Qt::Key_Return);
    QCOMPARE(mode->shownWorkflow()->workflowId, u"sub"_s);
    QVERIFY(mode->canGoBack());
    QVERIFY(back->isVisibleTo(mode));
    QCOMPARE(back->text(), u"‹ top"_s);
    QCOMPARE(diagram->graph().nodes.front().stepId, u"inner"_s);
    QCOMPARE(mode->runView()->record().steps.size(), 0);
    back->click();
    QCOMPARE(mode->shownWorkflow()->workflowId, u"top"_s);
    QCOMPARE(mode->currentStep(), u"callSub"_s);
    // One of a nested Arazzo source: its diagram, its source text, its run.
    QVERIFY(mode->openCalledWorkflow(u"callOther"_s));
    QCOMPARE(mode->shownWorkflow()->workflowId, u"elsewhere"_s);
    QCOMPARE(diagram->graph().nodes.front().stepId, u"far"_s);
    auto *source = mode->findChild<SourceView *>();
    QVERIFY(source);
    QTRY_VERIFY(source->isReady());
    QVERIFY(source->editor()->toPlainText().contains(u"title: Other"_s));
    QVERIFY(mode->runView()->environmentOf(u"lab"_s));
    // A diagnostic's pointer is the main document's: back there.
    mode->goBack();
    QVERIFY(!mode->canGoBack());
    QTRY_VERIFY(source->isReady());
    QVERIFY(source->editor()->toPlainText().contains(u"title: Main"_s));
}

QTEST_MAIN(TestWorkflowMode)
#include "tst_workflowmode.moc"
