// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "request/environment.h"
#include "workflow/runrecord.h"
#include "workflow/workflowsources.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace Oxa {

class CallDriver;

/** Time as the runner sees it: tests replace it to run retries and Retry-After without waiting. */
class RunClock
{
public:
    virtual ~RunClock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    /** Calls `then` (in `context`'s thread) after `ms` milliseconds, unless `context` is gone. */
    virtual void wait(qint64 ms, QObject *context, std::function<void()> then);
};

/** What a run is asked to do. */
struct RunOptions
{
    QString workflowId; ///< empty: the document's only workflow
    QJsonObject inputs;
    QSet<QString> secretInputs; ///< inputs kept out of the record (given from variables)
    /** Where each source's calls go, by source name; `environment` for the others. */
    QHash<QString, Environment> environments;
    Environment environment;
    int maxSteps = 1000;      ///< step attempts in the whole run: a goto loop ends here
    int maxDepth = 8;         ///< sub-workflows within sub-workflows
    qint64 stepTimeoutMs = 0; ///< 0: the environment's own deadline
    qint64 runTimeoutMs = 0;  ///< 0: none
    /** A pause before each step but the first (a presenter's, so that a room can follow). */
    qint64 pauseBetweenStepsMs = 0;
    /**
     * A step whose failure would end the run waits for a person instead (paused() with `failed`):
     * retryStep() runs it again, resume() lets the failure end the run. Stepping holds too.
     */
    bool holdOnFailure = false;
    /** A step without successCriteria succeeds on a 2xx answer (off: on any answer). */
    bool successOn2xx = true;
    /**
     * x-oxa-foreach items recorded in full (headers, bodies, what criteria saw); the items after
     * them keep their status, URL, outputs and timing when they succeed, so that a 10,000-item
     * run keeps a bounded record. Failed items are always recorded in full.
     */
    int detailedItems = 100;
    /** Bytes of each body kept in the record. */
    qsizetype maxRecordedBody = 256 * 1024;
    QString runId;             ///< empty: one is made
    RunClock *clock = nullptr; ///< not owned; null: the wall clock
};

/**
 * Runs an Arazzo workflow (Arazzo 1.0.1): inputs validated against `inputs` before anything is
 * sent, `dependsOn` first, then the steps in order. Each step that calls an operation is one
 * call through the CallDriver (environments, keychain secrets, the confirmation rule, history
 * and audit with the run's and the step's ids, the answer checked against its document), after
 * RequestCheck. Success criteria (a 2xx without any), then the first matching success or
 * failure action, the step's own before the workflow's: end, goto a step or a workflow, retry
 * after retryAfter or the answer's Retry-After (seconds or HTTP-date), at most retryLimit
 * times (one when absent) before the next failure action. No matching failure action ends the
 * workflow as failed; so does a failure action `end`. The console's x-oxa-confirm,
 * x-oxa-prompt and x-oxa-foreach are honoured. Asynchronous; one run at a time per runner.
 */
class WorkflowRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowRunner)

public:
    WorkflowRunner(CallDriver *driver, QObject *parent = nullptr);
    ~WorkflowRunner() override;

    /** Starts a run; finished() comes once, never before start() returns. */
    void start(std::shared_ptr<const WorkflowSources> sources, const RunOptions &options);
    /** Stops the run: the call in flight is cancelled, the run ends as cancelled. */
    void cancel();
    bool isRunning() const { return m_running; }

    /**
     * Stops before the next step attempt (nothing more is sent; the call in flight, if any,
     * ends first); paused() says where. A wait under way (a retry's, the presenter's) ends
     * first too.
     */
    void pause();
    /** Goes on after a pause, or lets a held failure end the run. */
    void resume();
    /** Runs the next step attempt, then pauses again (pauses when running). */
    void step();
    /** Runs again the step whose failure is held (a new attempt); false when none is. */
    bool retryStep();
    /** Whether the run is paused (before a step, or on a held failure). */
    bool isPaused() const { return bool(m_resume); }
    /** Whether the pause is a held failure, which retryStep() can try again. */
    bool isHoldingFailure() const { return bool(m_retry); }
    const RunRecord &record() const { return m_record; }
    /** Why the run needed a person and could not have one (a refused confirmation, a prompt). */
    bool neededAPerson() const { return m_neededPerson; }
    /** The x-oxa-prompt nobody answered, when that is why the run stopped. */
    QString unansweredPrompt() const { return m_unansweredPrompt; }
    /** Whether the run's own inputs did not match the workflow's schema (nothing was sent). */
    bool inputsRefused() const { return m_inputsRefused; }
    /** Why the run could not be kept in the history or the audit log; empty when it was. */
    const QString &keepProblem() const { return m_keepProblem; }
    /** Whether a call got no answer at all (transport failure). */
    bool hadNoAnswer() const { return m_noAnswer; }

Q_SIGNALS:
    void stepStarted(const QString &workflowId, const QString &stepId, int attempt, int item);
    void stepFinished(const Oxa::StepRecord &step);
    void waiting(const QString &stepId, qint64 milliseconds, const QString &why);
    void finished(const Oxa::RunRecord &record);
    /** The run stopped before `stepId` (or after it failed, `failed`), for resume() or step(). */
    void paused(const QString &workflowId, const QString &stepId, bool failed);
    void resumed();

private:
    struct Frame;
    struct Attempt;
    struct CallView;
    using Done = std::function<void(bool ok, const QString &error)>;

    void runWorkflow(const WorkflowSources *sources,
                     const ArazzoWorkflow *workflow,
                     const QJsonObject &inputs,
                     int depth,
                     Done done);
    void runDependencies(const std::shared_ptr<Frame> &frame, int index, Done done);
    void nextStep(const std::shared_ptr<Frame> &frame);
    void runStep(const std::shared_ptr<Frame> &frame, int attempt, qint64 waited);
    void startStep(const std::shared_ptr<Frame> &frame, int attempt, qint64 waited);
    /** Records the attempt's steps with the action it takes (stepFinished for each). */
    void publish(Attempt &attempt, const QString &action, const QString &name);
    /** The failure of a step ends its workflow: now, or once a person let it (holdOnFailure). */
    void failWorkflow(const std::shared_ptr<Frame> &frame,
                      const std::shared_ptr<Attempt> &attempt,
                      const QString &action,
                      const QString &name,
                      const QString &error);
    void hold(const QString &workflowId,
              const QString &stepId,
              std::function<void()> resume,
              std::function<void()> retry);
    /** Takes the continuation of a pause and runs it. */
    void go(std::function<void()> continuation);
    void askPrompts(const std::shared_ptr<Frame> &frame,
                    const std::shared_ptr<Attempt> &attempt,
                    int index);
    void runItems(const std::shared_ptr<Frame> &frame, const std::shared_ptr<Attempt> &attempt);
    void runOnce(const std::shared_ptr<Frame> &frame,
                 const std::shared_ptr<Attempt> &attempt,
                 int item,
                 std::function<void(StepRecord)> done);
    void stepDone(const std::shared_ptr<Frame> &frame, const std::shared_ptr<Attempt> &attempt);
    void finishWorkflow(const std::shared_ptr<Frame> &frame, bool ok, const QString &error);
    void finishRun(bool ok, const QString &error);
    /** What expressions see in a frame: its values, and the call of a step when there is one. */
    ExpressionScope scopeOf(const Frame &frame,
                            const QJsonObject *inputs,
                            const CallView *view) const;
    bool alive(quint64 generation) const { return m_running && generation == m_generation; }
    RunClock &clock() const;

    QPointer<CallDriver> m_driver;
    std::shared_ptr<const WorkflowSources> m_sources;
    RunOptions m_options;
    RunRecord m_record;
    QHash<QString, WorkflowValues> m_workflows;
    QHash<QString, QJsonObject> m_sourceValues;
    int m_stepsRun = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pauseRequested = false;
    std::function<void()> m_resume; ///< what resume() does; set while paused
    std::function<void()> m_retry;  ///< what retryStep() does; set while a failure is held
    bool m_neededPerson = false;
    QString m_unansweredPrompt;
    bool m_noAnswer = false;
    bool m_inputsRefused = false;
    QString m_keepProblem;
    void keep();
    quint64 m_generation = 0;
    quint64 m_callInFlight = 0;
    mutable RunClock m_wallClock; ///< the clock when RunOptions names none
};

/**
 * The delay an answer's Retry-After asks for, in milliseconds (RFC 9110 §10.2.3: seconds, or an
 * HTTP-date against `now`); nothing when it has none or it does not read.
 */
std::optional<qint64> retryAfterDelay(const HeaderList &headers, const QDateTime &now);
/** An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate, RFC 850, asctime) in UTC; invalid when it is none. */
QDateTime httpDate(const QByteArray &text);

} // namespace Oxa
