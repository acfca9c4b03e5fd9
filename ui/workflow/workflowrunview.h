// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "form/fieldeditor.h"
#include "workflow/runrecord.h"
#include "workflow/workflowsources.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace Oxa {

class CallDriver;
class EnvironmentList;
class ExchangeView;
class ReplayInteraction;
class ReplayServer;
struct RunOptions;
class HistoryStore;
class ValueSchema;
class WorkflowRunner;

/**
 * Runs the workflow shown, through the console's call engine: where each source's calls go
 * (an environment, or the description's own servers), the workflow's inputs as a form drawn by
 * the form engine from their schema and checked by it; Run, Pause and Continue, Step (one step
 * attempt at a time), Retry step (a failure held for a person), Cancel; the waits counted down;
 * and the trace as it comes — a line per step attempt with its status, answer and action, the
 * selected one's request, criteria (with the values they saw), outputs and error below, and its
 * exchange in the inspector. Confirmations and prompts are the window's (its Interaction).
 */
class WorkflowRunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowRunView)

public:
    explicit WorkflowRunView(QWidget *parent = nullptr);
    ~WorkflowRunView() override;

    /** The call engine and the environments the runs use (the window's; not owned). */
    void setCalls(CallDriver *calls, EnvironmentList *environments);
    /** The workflow to run (null: none); the form is drawn again for its inputs. */
    void setWorkflow(std::shared_ptr<const WorkflowSources> sources, const ArazzoWorkflow *workflow);

    /** Starts a run with the form's inputs; false (and said) when they are not valid. */
    bool run();
    void cancel();
    /** Pauses the run before its next step, or goes on when it is paused. */
    void pauseOrContinue();
    /** Runs one step attempt and pauses; starts a run paused before its first step. */
    void stepOnce();
    /** Sends again the step whose failure is held. */
    void retryStep();
    bool isPaused() const;
    /**
     * Plays the run shown back offline (the engine's replay server), paused before its first
     * step; false (and said) when there is none to play or the server cannot listen.
     */
    bool replay();
    bool canReplay() const;
    QPushButton *replayButton() const { return m_replayButton; }
    bool isRunning() const;
    /** The last run's record (its steps so far while it runs). */
    const RunRecord &record() const;

    /** The inputs' editor (null without inputs), the environment of a source, the trace. */
    FieldEditor *inputsEditor() const { return m_inputs; }
    QComboBox *environmentOf(const QString &source) const;
    QTreeWidget *trace() const { return m_trace; }
    QPlainTextEdit *details() const { return m_details; }
    QLabel *status() const { return m_status; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *stepButton() const { return m_stepButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    /** A failure that would end the run waits for Retry step or Continue. */
    QCheckBox *holdOnFailure() const { return m_holdOnFailure; }
    /** The selected step's exchange, as the inspector shows any call. */
    ExchangeView *exchange() const { return m_exchange; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    /** For a room: a pause between steps, and larger cards (the mode zooms the diagram). */
    QCheckBox *presenter() const { return m_presenter; }
    /** The runs of this workflow kept in the history, newest first: choosing one shows it. */
    QComboBox *earlierRuns() const { return m_earlier; }
    /** Shows a kept run's trace (its steps, on the diagram too); false when it is not kept. */
    bool showKeptRun(const QString &runId);
    /** The run shown (the one running, the last one, or a kept one): what Export… saves (its
     *  record, its HAR, or its PDF report). */
    const RunRecord &shownRun() const { return m_shown; }

Q_SIGNALS:
    void stepStarted(const QString &stepId);
    /** A wait before a step, told again each second with what is left of it. */
    void stepWaiting(const QString &stepId, qint64 milliseconds);
    /** The run paused before `stepId`, or after it failed (`failed`: Retry step can help). */
    void stepPaused(const QString &stepId, bool failed);
    void stepFinished(const Oxa::StepRecord &step);
    void runStarted();
    void runFinished(const Oxa::RunRecord &record);
    /** A trace line was chosen: its step. */
    void stepChosen(const QString &stepId);
    /** A kept run was chosen: the diagram shows its steps as they ended. */
    void keptRunShown(const Oxa::RunRecord &record);
    void presenterChanged(bool on);

private:
    void fillEnvironments();
    void listenTo(WorkflowRunner *runner);
    void start(const RunOptions &options, bool paused);
    void addTraceLine(const StepRecord &step);
    void showDetails();
    void updateButtons();
    void fillEarlierRuns();
    void showTrace(const RunRecord &record);
    void showExchange(const StepRecord &step);
    /** The window's history (null when it has none). */
    HistoryStore *history() const;
    void tickWait();
    void stopWait();

    CallDriver *m_calls = nullptr;
    EnvironmentList *m_environments = nullptr;
    WorkflowRunner *m_runner = nullptr;     ///< the one running or last run
    WorkflowRunner *m_liveRunner = nullptr; ///< through the window's call engine
    /** A replay's: its own engine, whose secrets stand in, around the window's questions. */
    std::unique_ptr<ReplayInteraction> m_replayInteraction;
    CallDriver *m_replayDriver = nullptr;
    WorkflowRunner *m_replayRunner = nullptr;
    std::unique_ptr<ReplayServer> m_replayServer;
    QPushButton *m_replayButton = nullptr;
    std::shared_ptr<const WorkflowSources> m_sources;
    const ArazzoWorkflow *m_workflow = nullptr;
    std::unique_ptr<ValueSchema> m_inputSchema;
    FormContext m_context;
    QFormLayout *m_where = nullptr;
    QHash<QString, QComboBox *> m_environmentBoxes;
    QScrollArea *m_inputArea = nullptr;
    FieldEditor *m_inputs = nullptr;
    QLabel *m_noInputs = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_stepButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QCheckBox *m_holdOnFailure = nullptr;
    bool m_startPaused = false;
    QTimer *m_waitTimer = nullptr;
    QString m_waitStep;
    QString m_waitWhy;
    qint64 m_waitEnd = 0; ///< ms since the epoch
    QLabel *m_status = nullptr;
    QTreeWidget *m_trace = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    ExchangeView *m_exchange = nullptr;
    QComboBox *m_earlier = nullptr;
    QCheckBox *m_presenter = nullptr;
    QPushButton *m_exportButton = nullptr;
    QList<StepRecord> m_steps;
    RunRecord m_shown;
};

} // namespace Oxa
