// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflowrunview.h"

#include "appearance.h"
#include "call/calldriver.h"
#include "call/callsession.h"
#include "call/exchangeview.h"
#include "history/historystore.h"
#include "request/environmentlist.h"
#include "runreport.h"
#include "safetext.h"
#include "savefile.h"
#include "schema/fieldshape.h"
#include "schema/jsonvalues.h"
#include "workflow/replayserver.h"
#include "workflow/valueschema.h"
#include "workflow/workflowrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Oxa {

namespace {

constexpr qint64 kPresenterPauseMs = 1500;

enum TraceColumn { StepColumn, AttemptColumn, StatusColumn, HttpColumn, ActionColumn, TimeColumn };

QString statusText(const QString &status)
{
    if (status == u"succeeded")
        return WorkflowRunView::tr("succeeded");
    if (status == u"failed")
        return WorkflowRunView::tr("failed");
    if (status == u"skipped")
        return WorkflowRunView::tr("skipped");
    if (status == u"cancelled")
        return WorkflowRunView::tr("cancelled");
    return status;
}

/** Characters of a value in a step's details. */
constexpr qsizetype kDetailValue = 400;

} // namespace

WorkflowRunView::WorkflowRunView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workflowRunView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_where = new QFormLayout;
    layout->addLayout(m_where);

    m_inputArea = new QScrollArea(this);
    m_inputArea->setObjectName(QStringLiteral("workflowInputs"));
    m_inputArea->setWidgetResizable(true);
    m_inputArea->setFrameShape(QFrame::NoFrame);
    m_noInputs = plainLabel(tr("This workflow takes no inputs."), this);

    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("workflowRun"));
    m_runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runButton->setToolTip(tr("Run the workflow with these inputs (Ctrl+R). Response and "
                               "destructive steps are confirmed first."));
    m_stepButton = new QPushButton(tr("Step"), this);
    m_stepButton->setObjectName(QStringLiteral("workflowStep"));
    m_stepButton->setShortcut(QKeySequence(Qt::Key_F10));
    m_stepButton->setToolTip(tr("Run one step, then pause before the next (F10). Before a run, "
                                "starts one that pauses before its first step."));
    m_pauseButton = new QPushButton(tr("Pause"), this);
    m_pauseButton->setObjectName(QStringLiteral("workflowPause"));
    m_pauseButton->setShortcut(QKeySequence(Qt::Key_F8));
    m_pauseButton->setToolTip(tr("Pause before the next step, or go on (F8). Nothing is sent "
                                 "while the run is paused."));
    m_retryButton = new QPushButton(tr("Retry Step"), this);
    m_retryButton->setObjectName(QStringLiteral("workflowRetryStep"));
    m_retryButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_retryButton->setToolTip(tr("Send the failed step again, as a new attempt "
                                 "(Ctrl+Shift+R)."));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("workflowCancel"));
    m_status = new ElidedLabel(this);
    m_status->setObjectName(QStringLiteral("workflowRunStatus"));
    m_presenter = new QCheckBox(tr("Presenter"), this);
    m_presenter->setObjectName(QStringLiteral("workflowPresenter"));
    m_presenter->setToolTip(tr("For a room: larger cards, and %1 s between steps so that "
                               "everyone can follow.")
                                .arg(double(kPresenterPauseMs) / 1000.0));
    m_holdOnFailure = new QCheckBox(tr("Wait on failure"), this);
    m_holdOnFailure->setObjectName(QStringLiteral("workflowHoldOnFailure"));
    m_holdOnFailure->setToolTip(tr("When a step's failure would end the run, wait: Retry Step "
                                   "sends it again, Continue lets the run end."));
    // In rows, so that the pane stays narrow beside the diagram (1024 pixels, in French too).
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stepButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto *failures = new QHBoxLayout;
    failures->addWidget(m_retryButton);
    failures->addWidget(m_holdOnFailure);
    failures->addStretch(1);
    auto *options = new QHBoxLayout;
    options->addWidget(m_presenter);
    options->addWidget(m_status, 1);
    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(250);

    // The runs kept in the history, and the export of the one shown.
    auto *kept = new QHBoxLayout;
    m_earlier = new QComboBox(this);
    m_earlier->setObjectName(QStringLiteral("workflowEarlierRuns"));
    m_earlier->setAccessibleName(tr("Earlier runs"));
    m_earlier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("workflowExport"));
    m_exportButton->setToolTip(tr("Save the run shown as the console's JSON record (secrets "
                                  "masked), or as HAR 1.2 for other tools."));
    kept->addWidget(plainLabel(tr("Runs:"), this));
    kept->addWidget(m_earlier, 1);
    kept->addWidget(m_exportButton);
    m_replayButton = new QPushButton(tr("Replay"), this);
    m_replayButton->setObjectName(QStringLiteral("workflowReplay"));
    m_replayButton->setToolTip(tr("Play the run shown back offline, one step at a time, from its "
                                  "recorded answers: nothing reaches a back-end. For training."));
    kept->addWidget(m_replayButton);
    connect(m_replayButton, &QPushButton::clicked, this, &WorkflowRunView::replay);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_inputArea, 1);
    topLayout->addWidget(m_noInputs);
    topLayout->addLayout(buttons);
    topLayout->addLayout(failures);
    topLayout->addLayout(options);
    topLayout->addLayout(kept);
    m_trace = new QTreeWidget(split);
    m_trace->setObjectName(QStringLiteral("workflowTrace"));
    m_trace->setAccessibleName(tr("Run trace"));
    m_trace->setRootIsDecorated(false);
    m_trace->setUniformRowHeights(true);
    m_trace->setHeaderLabels(
        {tr("Step"), tr("Try"), tr("Status"), tr("HTTP"), tr("Action"), tr("Time")});
    m_trace->setItemDelegate(new SafeToolTipDelegate(m_trace));
    // Sized once from the header's words, not to contents: measuring every line again as each
    // one arrives would not keep up with a thousand steps a second.
    m_trace->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_trace->header()->setStretchLastSection(true);
    const QFontMetrics metrics(m_trace->font());
    m_trace->setColumnWidth(StepColumn,
                            metrics.horizontalAdvance(QStringLiteral("stepIdentifier[99]")));
    m_trace->setColumnWidth(AttemptColumn, metrics.horizontalAdvance(QStringLiteral("Try99")));
    m_trace->setColumnWidth(StatusColumn, metrics.horizontalAdvance(QStringLiteral("succeeded__")));
    m_trace->setColumnWidth(HttpColumn, metrics.horizontalAdvance(QStringLiteral("HTTP__")));
    m_trace->setColumnWidth(ActionColumn,
                            metrics.horizontalAdvance(QStringLiteral("goto:step (name)")));
    // The selected step: what the run did with it, and its exchange in the inspector.
    m_detailTabs = new QTabWidget(split);
    m_detailTabs->setObjectName(QStringLiteral("workflowStepTabs"));
    m_details = new QPlainTextEdit(m_detailTabs);
    m_details->setObjectName(QStringLiteral("workflowStepDetails"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Step details"));
    // The inspector needs more width than the pane has beside the diagram: it scrolls.
    auto *exchangeArea = new QScrollArea(m_detailTabs);
    exchangeArea->setWidgetResizable(true);
    exchangeArea->setFrameShape(QFrame::NoFrame);
    m_exchange = new ExchangeView(exchangeArea);
    m_exchange->setObjectName(QStringLiteral("workflowStepExchange"));
    exchangeArea->setWidget(m_exchange);
    m_detailTabs->addTab(m_details, tr("Step"));
    m_detailTabs->addTab(exchangeArea, tr("Exchange"));
    split->addWidget(top);
    split->addWidget(m_trace);
    split->addWidget(m_detailTabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    layout->addWidget(split, 1);

    connect(m_runButton, &QPushButton::clicked, this, &WorkflowRunView::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &WorkflowRunView::cancel);
    connect(m_pauseButton, &QPushButton::clicked, this, &WorkflowRunView::pauseOrContinue);
    connect(m_stepButton, &QPushButton::clicked, this, &WorkflowRunView::stepOnce);
    connect(m_retryButton, &QPushButton::clicked, this, &WorkflowRunView::retryStep);
    connect(m_waitTimer, &QTimer::timeout, this, &WorkflowRunView::tickWait);
    connect(m_trace, &QTreeWidget::currentItemChanged, this, &WorkflowRunView::showDetails);
    connect(m_presenter, &QCheckBox::toggled, this, &WorkflowRunView::presenterChanged);
    connect(m_earlier, &QComboBox::activated, this, [this](int index) {
        const QString runId = m_earlier->itemData(index).toString();
        if (!runId.isEmpty() && runId != m_shown.runId)
            showKeptRun(runId);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        SaveFile::save(this,
                       tr("Export the Run"),
                       tr("%1-run.json").arg(m_shown.workflowId),
                       tr("Run record (*.json);;HAR 1.2 (*.har);;PDF report (*.pdf)"),
                       [this](const QString &path, const QString &filter) {
                           const auto is = [&](QStringView suffix) {
                               return filter.contains(suffix)
                                      || path.endsWith(suffix, Qt::CaseInsensitive);
                           };
                           if (is(u".pdf"))
                               return RunReport::write(path, m_shown, history());
                           return m_shown.save(path, is(u".har"));
                       });
    });
    updateButtons();
}

WorkflowRunView::~WorkflowRunView()
{
    if (m_runner)
        m_runner->cancel();
    // Before the replay's questions and server they use go.
    delete m_replayRunner;
    delete m_replayDriver;
}

void WorkflowRunView::setCalls(CallDriver *calls, EnvironmentList *environments)
{
    m_calls = calls;
    m_environments = environments;
    delete m_liveRunner;
    m_liveRunner = new WorkflowRunner(calls, this);
    m_runner = m_liveRunner;
    listenTo(m_liveRunner);
    connect(environments, &EnvironmentList::changed, this, &WorkflowRunView::fillEnvironments);
    fillEnvironments();
    updateButtons();
}

void WorkflowRunView::listenTo(WorkflowRunner *runner)
{
    connect(runner,
            &WorkflowRunner::stepStarted,
            this,
            [this](const QString &workflowId, const QString &stepId) {
                stopWait();
                if (m_workflow && workflowId == m_workflow->workflowId)
                    Q_EMIT stepStarted(stepId);
                m_status->setText(tr("Running %1…").arg(stepId));
            });
    connect(runner,
            &WorkflowRunner::waiting,
            this,
            [this](const QString &stepId, qint64 milliseconds, const QString &why) {
                // Counted down where the person looks: the status line and the step's card.
                m_waitStep = stepId;
                m_waitWhy = why;
                m_waitEnd = QDateTime::currentMSecsSinceEpoch() + milliseconds;
                tickWait();
                m_waitTimer->start();
            });
    connect(runner,
            &WorkflowRunner::paused,
            this,
            [this](const QString &workflowId, const QString &stepId, bool failed) {
                stopWait();
                m_status->setText(failed ? tr("%1 failed: Retry Step sends it again, Continue "
                                              "lets the run end.")
                                               .arg(stepId)
                                         : tr("Paused before %1.").arg(stepId));
                if (m_workflow && workflowId == m_workflow->workflowId)
                    Q_EMIT stepPaused(stepId, failed);
                updateButtons();
            });
    connect(runner, &WorkflowRunner::resumed, this, &WorkflowRunView::updateButtons);
    connect(runner, &WorkflowRunner::stepFinished, this, [this](const StepRecord &step) {
        addTraceLine(step);
        if (m_workflow && step.workflowId == m_workflow->workflowId)
            Q_EMIT stepFinished(step);
    });
    connect(runner, &WorkflowRunner::finished, this, [this](const RunRecord &record) {
        stopWait();
        m_shown = record;
        fillEarlierRuns();
        const qint64 ms = record.started.msecsTo(record.finished);
        m_status->setText(record.status == u"succeeded"
                              ? tr("Succeeded in %1 s.").arg(double(ms) / 1000.0, 0, 'f', 2)
                          : record.error.isEmpty()
                              ? tr("%1.").arg(statusText(record.status))
                              : tr("%1: %2").arg(statusText(record.status), record.error));
        if (m_replayServer) {
            // What the replay found that differs from the record: the lesson's point, often.
            QStringList drift = m_replayServer->drift();
            if (m_replayServer->unused() > 0)
                drift << tr("%n recorded answer(s) were not asked for.",
                            nullptr,
                            m_replayServer->unused());
            m_status->setText(drift.isEmpty()
                                  ? tr("Replayed: %1. The requests match the record.")
                                        .arg(statusText(record.status))
                                  : tr("Replayed: %1. %n difference(s) from the record.",
                                       nullptr,
                                       int(drift.size()))
                                        .arg(statusText(record.status)));
            m_status->setToolTip(plainToolTip(drift.join(u'\n')));
            m_replayServer.release()->deleteLater();
        } else {
            m_status->setToolTip(plainToolTip(m_status->text()));
        }
        updateButtons();
        Q_EMIT runFinished(record);
    });
}

void WorkflowRunView::setWorkflow(std::shared_ptr<const WorkflowSources> sources,
                                  const ArazzoWorkflow *workflow)
{
    if (isRunning())
        cancel();
    m_sources = std::move(sources);
    m_workflow = m_sources ? workflow : nullptr;
    m_trace->clear();
    m_steps.clear();
    m_details->clear();
    m_exchange->clear();
    m_status->clear();
    // The inputs' form, from their schema, by the form engine.
    delete m_inputs;
    m_inputs = nullptr;
    m_inputSchema.reset();
    if (m_workflow && !m_workflow->inputs.isUndefined()) {
        const ArazzoDocument &document = m_sources->document();
        m_inputSchema = std::make_unique<ValueSchema>(document.sharedTree(),
                                                      document.url().toString(),
                                                      m_workflow->inputsPointer,
                                                      m_workflow->inputs);
        if (m_inputSchema->schema()) {
            m_context.schemas = &m_inputSchema->schemas();
            m_inputs = createFieldEditor(m_context,
                                         describeField(m_inputSchema->schemas(),
                                                       m_inputSchema->schema()),
                                         0,
                                         m_inputArea);
            m_inputs->setObjectName(QStringLiteral("workflowInputsEditor"));
            m_inputArea->setWidget(m_inputs);
        }
    }
    m_inputArea->setVisible(m_inputs != nullptr);
    m_noInputs->setVisible(m_workflow && !m_inputs);
    fillEnvironments();
    updateButtons();
}

void WorkflowRunView::fillEnvironments()
{
    // One line per description the workflow calls: where its calls go.
    while (m_where->rowCount() > 0)
        m_where->removeRow(0);
    m_environmentBoxes.clear();
    if (!m_sources || !m_environments)
        return;
    for (const WorkflowSources::Source &source : m_sources->sources()) {
        if (!source.catalog)
            continue;
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("environmentOf_") + source.declared.name);
        box->addItem(tr("its description's servers"), QString());
        for (const Environment &environment : m_environments->environments())
            box->addItem(environment.production ? tr("%1 (production)").arg(environment.name)
                                                : environment.name,
                         environment.name);
        // The window's environment serves the description it has open; others start on
        // their own servers.
        if (m_environments->isChosen() && !m_environments->currentName().isEmpty())
            box->setCurrentIndex(qMax(0, box->findData(m_environments->currentName())));
        box->setAccessibleName(tr("Environment of %1").arg(source.declared.name));
        m_where->addRow(tr("Calls of %1 go to:").arg(source.declared.name), box);
        m_environmentBoxes.insert(source.declared.name, box);
    }
}

QComboBox *WorkflowRunView::environmentOf(const QString &source) const
{
    return m_environmentBoxes.value(source);
}

bool WorkflowRunView::run()
{
    if (!m_workflow || !m_runner || isRunning())
        return false;
    QJsonObject inputs;
    if (m_inputs) {
        const QJsonValue value = m_inputs->value();
        const QStringList problems
            = m_inputSchema->problems(value.isUndefined() ? QJsonValue(QJsonObject()) : value);
        m_inputs->setMessages(problems);
        if (!problems.isEmpty()) {
            m_status->setText(tr("The inputs are not valid: %1").arg(problems.join(u"; ")));
            return false;
        }
        inputs = value.toObject();
    }
    RunOptions options;
    options.workflowId = m_workflow->workflowId;
    options.inputs = inputs;
    if (m_presenter->isChecked())
        options.pauseBetweenStepsMs = kPresenterPauseMs;
    options.holdOnFailure = m_holdOnFailure->isChecked();
    for (auto it = m_environmentBoxes.cbegin(); it != m_environmentBoxes.cend(); ++it) {
        Environment environment;
        const QString name = it.value()->currentData().toString();
        for (const Environment &each : m_environments->environments()) {
            if (each.name == name)
                environment = each;
        }
        options.environments.insert(it.key(), environment);
    }
    m_runner = m_liveRunner;
    start(options, std::exchange(m_startPaused, false));
    return true;
}

void WorkflowRunView::start(const RunOptions &options, bool paused)
{
    m_trace->clear();
    m_steps.clear();
    m_details->clear();
    m_shown = RunRecord();
    m_status->setText(tr("Starting…"));
    m_exchange->clear();
    m_runner->start(m_sources, options);
    if (paused)
        m_runner->pause();
    updateButtons();
    Q_EMIT runStarted();
}

bool WorkflowRunView::canReplay() const
{
    return m_workflow && m_liveRunner && !isRunning() && !m_shown.steps.isEmpty()
           && m_shown.workflowId == m_workflow->workflowId;
}

bool WorkflowRunView::replay()
{
    if (!canReplay())
        return false;
    // The run shown, played back on loopback: its answers in its order, whatever the requests,
    // which are compared with the recorded ones. Paused before the first step, for a trainer.
    auto server = std::make_unique<ReplayServer>(m_shown);
    if (const auto listening = server->listen(); !listening) {
        m_status->setText(listening.error().message);
        return false;
    }
    // Made for each replay: the window's questions are asked by whoever asks them now.
    delete m_replayRunner;
    delete m_replayDriver;
    m_replayInteraction = std::make_unique<ReplayInteraction>(m_calls->interaction());
    m_replayDriver = new CallDriver(m_calls->session(), m_replayInteraction.get(), this);
    m_replayRunner = new WorkflowRunner(m_replayDriver, this);
    listenTo(m_replayRunner);
    RunOptions options;
    options.workflowId = m_workflow->workflowId;
    options.inputs = m_shown.inputs;
    options.holdOnFailure = m_holdOnFailure->isChecked();
    if (m_presenter->isChecked())
        options.pauseBetweenStepsMs = kPresenterPauseMs;
    Environment replaying;
    replaying.name = tr("Replay of %1").arg(Appearance::timestamp(m_shown.started));
    replaying.baseUrl = server->baseUrl().toString();
    options.environment = replaying;
    m_replayServer = std::move(server);
    m_runner = m_replayRunner;
    start(options, true);
    m_status->setText(tr("Replaying the run of %1 offline: Step or Continue.")
                          .arg(Appearance::timestamp(m_shown.started)));
    return true;
}

void WorkflowRunView::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void WorkflowRunView::pauseOrContinue()
{
    if (!isRunning())
        return;
    if (m_runner->isPaused()) {
        m_runner->resume();
    } else {
        m_runner->pause();
        m_status->setText(tr("Pausing before the next step…"));
    }
    updateButtons();
}

void WorkflowRunView::stepOnce()
{
    if (!isRunning()) {
        m_startPaused = true;
        if (!run())
            m_startPaused = false;
        return;
    }
    m_runner->step();
    updateButtons();
}

void WorkflowRunView::retryStep()
{
    if (isRunning())
        m_runner->retryStep();
    updateButtons();
}

bool WorkflowRunView::isPaused() const
{
    return m_runner && m_runner->isPaused();
}

void WorkflowRunView::tickWait()
{
    const qint64 left = qMax<qint64>(0, m_waitEnd - QDateTime::currentMSecsSinceEpoch());
    m_status->setText(tr("%1: waiting %2 s (%3)")
                          .arg(m_waitStep)
                          .arg(double(left) / 1000.0, 0, 'f', left >= 10000 ? 0 : 1)
                          .arg(m_waitWhy));
    Q_EMIT stepWaiting(m_waitStep, left);
    if (left == 0)
        m_waitTimer->stop();
}

void WorkflowRunView::stopWait()
{
    m_waitTimer->stop();
    m_waitStep.clear();
}

bool WorkflowRunView::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

const RunRecord &WorkflowRunView::record() const
{
    static const RunRecord none;
    return m_runner ? m_runner->record() : none;
}

void WorkflowRunView::addTraceLine(const StepRecord &step)
{
    m_steps.append(step);
    const QString name = step.item >= 0 ? tr("%1 [%2]").arg(step.stepId).arg(step.item)
                         : step.workflowId == (m_workflow ? m_workflow->workflowId : QString())
                             ? step.stepId
                             : tr("%1 › %2").arg(step.workflowId, step.stepId);
    const int http = step.response.value(u"status").toInt();
    auto *item = new QTreeWidgetItem(m_trace,
                                     {name,
                                      QString::number(step.attempt),
                                      statusText(step.status),
                                      http > 0 ? QString::number(http) : QString(),
                                      step.actionName.isEmpty()
                                          ? step.action
                                          : tr("%1 (%2)").arg(step.action, step.actionName),
                                      tr("%1 ms").arg(step.durationMs)});
    item->setData(StepColumn, Qt::UserRole, int(m_steps.size() - 1));
    if (step.status == u"failed")
        item->setForeground(StatusColumn, QColor(0xc6, 0x28, 0x28));
    if (!step.error.isEmpty())
        item->setToolTip(StatusColumn, plainToolTip(step.error));
    m_trace->scrollToItem(item);
}

void WorkflowRunView::showDetails()
{
    const QTreeWidgetItem *item = m_trace->currentItem();
    const int index = item ? item->data(StepColumn, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_steps.size()) {
        m_details->clear();
        return;
    }
    const StepRecord &step = m_steps.at(index);
    QStringList lines;
    lines << tr("%1 — %2, attempt %3").arg(step.stepId, statusText(step.status)).arg(step.attempt);
    if (!step.target.isEmpty())
        lines << tr("Calls: %1").arg(step.target);
    if (!step.request.isEmpty())
        lines << tr("Request: %1 %2")
                     .arg(step.request.value(u"method").toString(),
                          step.request.value(u"url").toString());
    if (step.response.contains(u"status"))
        lines << tr("Answer: %1").arg(step.response.value(u"status").toInt());
    if (!step.confirmed.isEmpty())
        lines << tr("Confirmed: %1").arg(step.confirmed);
    if (step.waitedMs > 0)
        lines << tr("Waited %1 s before this attempt.").arg(double(step.waitedMs) / 1000.0);
    for (const CriterionRecord &criterion : step.criteria) {
        lines << tr("%1 %2").arg(criterion.passed ? QStringLiteral("✓") : QStringLiteral("✗"),
                                 criterion.condition);
        for (const QJsonValue &seen : criterion.observed) {
            const QJsonObject o = seen.toObject();
            lines << tr("    %1 = %2")
                         .arg(o.value(u"expression").toString(),
                              valueText(o.value(u"value"), kDetailValue));
        }
        if (!criterion.error.isEmpty())
            lines << tr("    %1").arg(criterion.error);
    }
    for (auto it = step.outputs.begin(); it != step.outputs.end(); ++it)
        lines << tr("Output %1 = %2").arg(it.key(), valueText(it.value(), kDetailValue));
    if (!step.action.isEmpty())
        lines << tr("Then: %1")
                     .arg(step.actionName.isEmpty()
                              ? step.action
                              : tr("%1 (%2)").arg(step.action, step.actionName));
    if (!step.error.isEmpty())
        lines << tr("Error: %1").arg(step.error);
    m_details->setPlainText(lines.join(u'\n'));
    showExchange(step);
    Q_EMIT stepChosen(step.stepId);
}

void WorkflowRunView::showExchange(const StepRecord &step)
{
    // The history's row holds the whole exchange; the record's copy (bounded) serves a run
    // the history does not have.
    if (step.request.value(u"method").toString().isEmpty()) {
        m_exchange->clear();
        return;
    }
    const QString runId = isRunning() ? m_runner->record().runId : m_shown.runId;
    m_exchange->showRecord(step.exchangeRecord(runId, history()));
}

HistoryStore *WorkflowRunView::history() const
{
    return m_calls && m_calls->session() ? m_calls->session()->history() : nullptr;
}

void WorkflowRunView::fillEarlierRuns()
{
    m_earlier->clear();
    HistoryStore *history = this->history();
    if (!m_workflow || !history) {
        m_earlier->addItem(tr("none kept"));
        return;
    }
    const QList<HistoryStore::RunEntry> runs
        = history->runs(QStringLiteral("workflow"), m_workflow->workflowId);
    if (runs.isEmpty())
        m_earlier->addItem(tr("none kept yet"));
    for (const HistoryStore::RunEntry &run : runs) {
        const qint64 ms = run.finished.isValid() ? run.started.msecsTo(run.finished) : -1;
        m_earlier->addItem(ms >= 0 ? tr("%1 · %2 · %3 s")
                                         .arg(Appearance::timestamp(run.started),
                                              statusText(run.status))
                                         .arg(double(ms) / 1000.0, 0, 'f', 1)
                                   : tr("%1 · %2").arg(Appearance::timestamp(run.started),
                                                       statusText(run.status)),
                           run.runId);
    }
    m_earlier->setCurrentIndex(qMax(0, m_earlier->findData(m_shown.runId)));
}

bool WorkflowRunView::showKeptRun(const QString &runId)
{
    const auto entry = history() ? history()->run(runId) : std::nullopt;
    if (!entry || isRunning())
        return false;
    m_shown = RunRecord::fromJson(QJsonDocument::fromJson(entry->record).object());
    showTrace(m_shown);
    m_status->setText(tr("A kept run: %1, %2.")
                          .arg(Appearance::timestamp(entry->started), statusText(entry->status)));
    m_earlier->setCurrentIndex(qMax(0, m_earlier->findData(runId)));
    updateButtons();
    Q_EMIT keptRunShown(m_shown);
    return true;
}

void WorkflowRunView::showTrace(const RunRecord &record)
{
    m_trace->clear();
    m_steps.clear();
    m_details->clear();
    for (const StepRecord &step : record.steps)
        addTraceLine(step);
}

void WorkflowRunView::updateButtons()
{
    m_exportButton->setEnabled(!m_shown.runId.isEmpty() && !isRunning());
    m_replayButton->setEnabled(canReplay());
    const bool running = isRunning();
    const bool paused = running && m_runner->isPaused();
    m_runButton->setEnabled(m_workflow && m_runner && !running);
    m_cancelButton->setEnabled(running);
    m_stepButton->setEnabled(m_workflow && m_runner && (!running || paused));
    m_pauseButton->setEnabled(running);
    m_pauseButton->setText(paused ? tr("Continue") : tr("Pause"));
    m_pauseButton->setShortcut(QKeySequence(Qt::Key_F8));
    m_retryButton->setEnabled(paused && m_runner->isHoldingFailure());
    if (m_inputs)
        m_inputs->setEnabled(!running);
}

} // namespace Oxa
