// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/workflowrunner.h"

#include "call/calldriver.h"
#include "catalog/classification.h"
#include "document/jsonpointer.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "request/requestcheck.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"
#include "schema/schemavalidator.h"
#include "workflow/valueschema.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <cmath>

namespace Oxa {

namespace {

constexpr qint64 kMaxRetryDelayMs = 24ll * 3600 * 1000; // a day: a Retry-After beyond is a fault

bool setAt(QJsonValue &target,
           const std::vector<std::string> &tokens,
           size_t index,
           const QJsonValue &value)
{
    if (index == tokens.size()) {
        target = value;
        return true;
    }
    const QString token = QString::fromStdString(tokens[index]);
    if (target.isObject()) {
        QJsonObject object = target.toObject();
        QJsonValue child = object.value(token);
        if (child.isUndefined() && index + 1 < tokens.size())
            return false;
        if (!setAt(child, tokens, index + 1, value))
            return false;
        object.insert(token, child);
        target = object;
        return true;
    }
    if (target.isArray()) {
        QJsonArray array = target.toArray();
        bool ok = false;
        const qsizetype at = token == u"-" ? array.size() : token.toLongLong(&ok);
        if ((token != u"-" && !ok) || at < 0 || at > array.size())
            return false;
        QJsonValue child = at < array.size() ? array.at(at) : QJsonValue();
        if (!setAt(child, tokens, index + 1, value))
            return false;
        if (at == array.size())
            array.append(child);
        else
            array[at] = child;
        target = array;
        return true;
    }
    return false;
}

Embedding embeddingFor(const QString &mediaType)
{
    const QString type = mediaType.section(u';', 0, 0).trimmed().toLower();
    if (type.endsWith(u"json"))
        return Embedding::Json;
    if (type.endsWith(u"xml"))
        return Embedding::Xml;
    if (type == u"application/x-www-form-urlencoded")
        return Embedding::Form;
    return Embedding::Plain;
}

QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers)
        out.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return out;
}

QString criterionTypeName(Criterion::Type type)
{
    switch (type) {
    case Criterion::Type::Regex:
        return QStringLiteral("regex");
    case Criterion::Type::JsonPath:
        return QStringLiteral("jsonpath");
    case Criterion::Type::XPath:
        return QStringLiteral("xpath");
    default:
        return QStringLiteral("simple");
    }
}

CriterionRecord evaluateCriterion(const ArazzoCriterion &criterion, const ExpressionScope &scope)
{
    CriterionRecord record;
    record.condition = criterion.condition;
    record.context = criterion.context;
    record.type = criterionTypeName(criterion.type);
    if (!criterion.compiled) {
        record.error = WorkflowRunner::tr("The criterion does not compile.");
        return record;
    }
    const CriterionResult result = criterion.compiled->evaluate(scope);
    record.passed = result.passed;
    record.error = result.error;
    for (const Observed &observed : result.observed)
        record.observed.append(QJsonObject{{QStringLiteral("expression"), observed.expression},
                                           {QStringLiteral("value"), observed.value}});
    return record;
}

} // namespace

QDateTime httpDate(const QByteArray &text)
{
    // RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient
    // must still read.
    static const QRegularExpression imf(QStringLiteral(
        "^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(QStringLiteral(
        "^[A-Za-z]+, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(QStringLiteral(
        "^[A-Za-z]{3} ([A-Za-z]{3}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    static const QStringList months{QStringLiteral("Jan"),
                                    QStringLiteral("Feb"),
                                    QStringLiteral("Mar"),
                                    QStringLiteral("Apr"),
                                    QStringLiteral("May"),
                                    QStringLiteral("Jun"),
                                    QStringLiteral("Jul"),
                                    QStringLiteral("Aug"),
                                    QStringLiteral("Sep"),
                                    QStringLiteral("Oct"),
                                    QStringLiteral("Nov"),
                                    QStringLiteral("Dec")};
    const QString value = QString::fromLatin1(text);
    int day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0;
    if (const auto m = imf.match(value); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = int(months.indexOf(m.captured(2))) + 1;
        year = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const auto n = rfc850.match(value); n.hasMatch()) {
        day = n.captured(1).toInt();
        month = int(months.indexOf(n.captured(2))) + 1;
        year = n.captured(3).toInt();
        year += year < 70 ? 2000 : 1900; // two-digit years, as RFC 9110 says to read them
        hour = n.captured(4).toInt();
        minute = n.captured(5).toInt();
        second = n.captured(6).toInt();
    } else if (const auto a = asctime.match(value); a.hasMatch()) {
        month = int(months.indexOf(a.captured(1))) + 1;
        day = a.captured(2).toInt();
        hour = a.captured(3).toInt();
        minute = a.captured(4).toInt();
        second = a.captured(5).toInt();
        year = a.captured(6).toInt();
    } else {
        return {};
    }
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

void RunClock::wait(qint64 ms, QObject *context, std::function<void()> then)
{
    QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, ms)), context, std::move(then));
}

std::optional<qint64> retryAfterDelay(const HeaderList &headers, const QDateTime &now)
{
    const QByteArray value = headerValue(headers, "Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(qMin<qint64>(seconds * 1000, kMaxRetryDelayMs));
    const QDateTime when = httpDate(value);
    if (!when.isValid())
        return std::nullopt;
    return qBound<qint64>(0, now.msecsTo(when), kMaxRetryDelayMs);
}

/** What a step's expressions saw of its call, kept for the actions' criteria. */
struct WorkflowRunner::CallView
{
    MessageView request;
    MessageView response;
    QString url;
    QString method;
    std::optional<int> status;
    bool answered = false;
};

struct WorkflowRunner::Frame
{
    const WorkflowSources *sources = nullptr;
    const ArazzoWorkflow *workflow = nullptr;
    QJsonObject inputs;
    QJsonObject outputs;
    QHash<QString, QJsonObject> steps;
    int index = 0;
    int depth = 0;
    Done done;
    QHash<QString, int> retries;              ///< "stepId/action name" → retries used
    QHash<QString, QList<QJsonObject>> items; ///< x-oxa-foreach outputs per item, by step
    QHash<QString, QList<int>> failedItems;   ///< x-oxa-foreach items to run again, by step
};

struct WorkflowRunner::Attempt
{
    const ArazzoStep *step = nullptr;
    int number = 1;
    qint64 waited = 0;
    bool ok = true;
    QString error;
    std::shared_ptr<CallView> last;
    QList<StepRecord> records;
    QJsonArray items; ///< x-oxa-foreach: the items
    QList<int> pending;
};

WorkflowRunner::WorkflowRunner(CallDriver *driver, QObject *parent)
    : QObject(parent)
    , m_driver(driver)
{
    connect(driver, &CallDriver::started, this, [this](quint64 id, const PreparedCall &call) {
        if (m_running && call.runId == m_record.runId)
            m_callInFlight = id;
    });
}

WorkflowRunner::~WorkflowRunner()
{
    if (m_running && m_driver && m_callInFlight)
        m_driver->cancel(m_callInFlight);
}

ExpressionScope WorkflowRunner::scopeOf(const Frame &frame,
                                        const QJsonObject *inputs,
                                        const CallView *view) const
{
    ExpressionScope scope;
    if (view) {
        scope.url = view->url;
        scope.method = view->method;
        scope.statusCode = view->status;
        scope.request = view->method.isEmpty() ? nullptr : &view->request;
        scope.response = view->answered ? &view->response : nullptr;
    }
    scope.inputs = inputs ? inputs : &frame.inputs;
    scope.outputs = &frame.outputs;
    scope.steps = &frame.steps;
    scope.workflows = &m_workflows;
    scope.sources = &m_sourceValues;
    scope.components = &frame.sources->document().components();
    return scope;
}

RunClock &WorkflowRunner::clock() const
{
    return m_options.clock ? *m_options.clock : m_wallClock;
}

void WorkflowRunner::start(std::shared_ptr<const WorkflowSources> sources, const RunOptions &options)
{
    m_sources = std::move(sources);
    m_options = options;
    m_record = RunRecord();
    m_record.runId = options.runId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                             : options.runId;
    m_record.document = m_sources->document().url().toString(QUrl::RemoveUserInfo);
    m_record.status = QStringLiteral("running");
    m_record.started = clock().now();
    for (auto it = options.inputs.begin(); it != options.inputs.end(); ++it)
        m_record.inputs.insert(it.key(),
                               options.secretInputs.contains(it.key())
                                   ? QJsonValue(QStringLiteral("••••"))
                                   : it.value());
    m_workflows.clear();
    m_sourceValues.clear();
    for (const ArazzoSource &source : m_sources->document().sources()) {
        m_sourceValues.insert(source.name,
                              QJsonObject{{QStringLiteral("name"), source.name},
                                          {QStringLiteral("url"), source.url},
                                          {QStringLiteral("type"), source.type}});
    }
    m_stepsRun = 0;
    m_cancelled = m_neededPerson = m_noAnswer = m_inputsRefused = false;
    m_pauseRequested = false;
    m_resume = {};
    m_retry = {};
    m_unansweredPrompt.clear();
    m_keepProblem.clear();
    m_callInFlight = 0;
    m_running = true;
    const quint64 generation = ++m_generation;

    const ArazzoDocument &document = m_sources->document();
    const ArazzoWorkflow *workflow = nullptr;
    if (options.workflowId.isEmpty() && document.workflows().size() == 1)
        workflow = &document.workflows().front();
    else
        workflow = document.workflow(options.workflowId);
    m_record.workflowId = workflow ? workflow->workflowId : options.workflowId;
    // finished() never comes before start() returns.
    QTimer::singleShot(0, this, [this, generation, workflow] {
        if (!alive(generation))
            return;
        if (!workflow) {
            QStringList ids;
            for (const ArazzoWorkflow &each : m_sources->document().workflows())
                ids.append(each.workflowId);
            finishRun(false,
                      m_options.workflowId.isEmpty()
                          ? tr("The document has %n workflow(s): choose one of %1.",
                               nullptr,
                               int(ids.size()))
                                .arg(ids.join(u", "))
                          : tr("There is no workflow \"%1\" (there are: %2).")
                                .arg(m_options.workflowId, ids.join(u", ")));
            return;
        }
        if (m_options.runTimeoutMs > 0) {
            clock().wait(m_options.runTimeoutMs, this, [this, generation] {
                if (alive(generation)) {
                    if (m_driver && m_callInFlight)
                        m_driver->cancel(m_callInFlight);
                    finishRun(false,
                              tr("The run took longer than %1 s and was stopped.")
                                  .arg(m_options.runTimeoutMs / 1000.0));
                }
            });
        }
        keep();
        runWorkflow(m_sources.get(),
                    workflow,
                    m_options.inputs,
                    0,
                    [this](bool ok, const QString &error) { finishRun(ok, error); });
    });
}

void WorkflowRunner::keep()
{
    CallSession *session = m_driver ? m_driver->session() : nullptr;
    if (!session)
        return;
    const QString problem
        = m_record.keep(session->history(), session->audit(), m_options.environment.name);
    if (m_keepProblem.isEmpty())
        m_keepProblem = problem;
}

void WorkflowRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_driver && m_callInFlight)
        m_driver->cancel(m_callInFlight);
    finishRun(false, tr("The run was cancelled."));
}

void WorkflowRunner::pause()
{
    if (m_running)
        m_pauseRequested = true;
}

void WorkflowRunner::resume()
{
    m_pauseRequested = false;
    go(m_resume);
}

void WorkflowRunner::step()
{
    if (!m_running)
        return;
    m_pauseRequested = true;
    go(m_resume);
}

bool WorkflowRunner::retryStep()
{
    if (!m_running || !m_retry)
        return false;
    go(m_retry);
    return true;
}

void WorkflowRunner::hold(const QString &workflowId,
                          const QString &stepId,
                          std::function<void()> resume,
                          std::function<void()> retry)
{
    m_resume = std::move(resume);
    m_retry = std::move(retry);
    Q_EMIT paused(workflowId, stepId, bool(m_retry));
}

void WorkflowRunner::go(std::function<void()> continuation)
{
    if (!m_running || !continuation)
        return;
    // Taken before it runs: it may pause again.
    m_resume = {};
    m_retry = {};
    Q_EMIT resumed();
    continuation();
}

void WorkflowRunner::runWorkflow(const WorkflowSources *sources,
                                 const ArazzoWorkflow *workflow,
                                 const QJsonObject &inputs,
                                 int depth,
                                 Done done)
{
    if (depth > m_options.maxDepth) {
        done(false, tr("Workflows call one another deeper than %1 levels.").arg(m_options.maxDepth));
        return;
    }
    // Inputs first, before anything is sent.
    if (!workflow->inputs.isUndefined()) {
        const ArazzoDocument &document = sources->document();
        const QStringList problems = ValueSchema(document.sharedTree(),
                                                 document.url().toString(),
                                                 workflow->inputsPointer,
                                                 workflow->inputs)
                                         .problems(inputs);
        if (!problems.isEmpty()) {
            m_inputsRefused = m_inputsRefused || depth == 0;
            done(false,
                 tr("The inputs of \"%1\" do not match its schema: %2")
                     .arg(workflow->workflowId, problems.join(u"; ")));
            return;
        }
    }
    auto frame = std::make_shared<Frame>();
    frame->sources = sources;
    frame->workflow = workflow;
    frame->inputs = inputs;
    frame->depth = depth;
    frame->done = std::move(done);
    runDependencies(frame, 0, [this, frame](bool ok, const QString &error) {
        if (!ok) {
            finishWorkflow(frame, false, error);
            return;
        }
        nextStep(frame);
    });
}

void WorkflowRunner::runDependencies(const std::shared_ptr<Frame> &frame, int index, Done done)
{
    const QStringList &dependsOn = frame->workflow->dependsOn;
    while (index < dependsOn.size()) {
        const WorkflowSources::Target target = frame->sources->workflow(dependsOn.at(index));
        if (!target.workflow) {
            done(false, target.problem);
            return;
        }
        if (m_workflows.contains(target.workflow->workflowId)) {
            ++index;
            continue;
        }
        const quint64 generation = m_generation;
        runWorkflow(target.sources,
                    target.workflow,
                    frame->inputs,
                    frame->depth + 1,
                    [this,
                     frame,
                     index,
                     done,
                     generation,
                     id = target.workflow->workflowId](bool ok, const QString &error) {
                        if (!alive(generation))
                            return;
                        if (!ok) {
                            done(false,
                                 tr("\"%1\" depends on \"%2\", which failed: %3")
                                     .arg(frame->workflow->workflowId, id, error));
                            return;
                        }
                        runDependencies(frame, index + 1, done);
                    });
        return;
    }
    done(true, QString());
}

void WorkflowRunner::nextStep(const std::shared_ptr<Frame> &frame)
{
    if (!m_running)
        return;
    if (frame->index >= frame->workflow->steps.size()) {
        finishWorkflow(frame, true, QString());
        return;
    }
    if (m_options.pauseBetweenStepsMs > 0 && m_stepsRun > 0) {
        const quint64 generation = m_generation;
        const QString stepId = frame->workflow->steps.at(frame->index).stepId;
        Q_EMIT waiting(stepId, m_options.pauseBetweenStepsMs, tr("the presenter's pause"));
        clock().wait(m_options.pauseBetweenStepsMs, this, [this, frame, generation] {
            if (alive(generation))
                runStep(frame, 1, 0);
        });
        return;
    }
    runStep(frame, 1, 0);
}

void WorkflowRunner::runStep(const std::shared_ptr<Frame> &frame, int attemptNumber, qint64 waited)
{
    if (!m_running)
        return;
    if (m_pauseRequested) {
        hold(frame->workflow->workflowId,
             frame->workflow->steps.at(frame->index).stepId,
             [this, frame, attemptNumber, waited] { startStep(frame, attemptNumber, waited); },
             {});
        return;
    }
    startStep(frame, attemptNumber, waited);
}

void WorkflowRunner::startStep(const std::shared_ptr<Frame> &frame, int attemptNumber, qint64 waited)
{
    if (!m_running)
        return;
    if (++m_stepsRun > m_options.maxSteps) {
        finishRun(false,
                  tr("Stopped after %1 step attempts (--max-steps): does a goto or a retry loop?")
                      .arg(m_options.maxSteps));
        return;
    }
    auto attempt = std::make_shared<Attempt>();
    attempt->step = &frame->workflow->steps.at(frame->index);
    attempt->number = attemptNumber;
    attempt->waited = waited;
    // Started from the moment a person may be asked for its values.
    Q_EMIT stepStarted(frame->workflow->workflowId, attempt->step->stepId, attemptNumber, -1);
    askPrompts(frame, attempt, 0);
}

void WorkflowRunner::askPrompts(const std::shared_ptr<Frame> &frame,
                                const std::shared_ptr<Attempt> &attempt,
                                int index)
{
    const ArazzoStep &step = *attempt->step;
    while (index < step.prompts.size() && frame->inputs.contains(step.prompts.at(index).name))
        ++index;
    if (index >= step.prompts.size()) {
        runItems(frame, attempt);
        return;
    }
    const ArazzoPrompt &prompt = step.prompts.at(index);
    Interaction *interaction = m_driver ? m_driver->interaction() : nullptr;
    const auto declined = [this, &step, &prompt] {
        m_neededPerson = true;
        m_unansweredPrompt = prompt.name;
        finishRun(false,
                  tr("The step \"%1\" asks for \"%2\", and no value was given.")
                      .arg(step.stepId, prompt.name));
    };
    if (!interaction) {
        declined();
        return;
    }
    ValuePrompt question;
    question.name = prompt.name;
    question.title = prompt.title.isEmpty() ? prompt.name : prompt.title;
    question.description = prompt.description;
    question.schema = prompt.schema;
    const quint64 generation = m_generation;
    interaction->promptValue(
        question, [this, frame, attempt, index, generation](std::optional<QJsonValue> value) {
            if (!alive(generation))
                return;
            const ArazzoPrompt &asked = attempt->step->prompts.at(index);
            if (!value) {
                m_neededPerson = true;
                m_unansweredPrompt = asked.name;
                finishRun(false,
                          tr("The step \"%1\" asks for \"%2\", and no value was given.")
                              .arg(attempt->step->stepId, asked.name));
                return;
            }
            const QStringList problems
                = ValueSchema(nullptr,
                              QStringLiteral("https://oxa.invalid/prompt.json"),
                              QString(),
                              asked.schema)
                      .problems(*value);
            if (!problems.isEmpty()) {
                finishRun(false,
                          tr("The value given for \"%1\" does not match its schema: %2")
                              .arg(asked.name, problems.join(u"; ")));
                return;
            }
            frame->inputs.insert(asked.name, *value);
            askPrompts(frame, attempt, index + 1);
        });
}

void WorkflowRunner::runItems(const std::shared_ptr<Frame> &frame,
                              const std::shared_ptr<Attempt> &attempt)
{
    const ArazzoStep &step = *attempt->step;
    if (!step.foreach) {
        const quint64 generation = m_generation;
        runOnce(frame, attempt, -1, [this, frame, attempt, generation](StepRecord record) {
            if (!alive(generation))
                return;
            attempt->ok = record.status == u"succeeded";
            attempt->error = record.error;
            attempt->records.append(record);
            stepDone(frame, attempt);
        });
        return;
    }
    // x-oxa-foreach: the items, then each in turn (on a retry, only those that failed).
    const ExpressionScope scope = scopeOf(*frame, nullptr, nullptr);
    const auto expression = RuntimeExpression::parse(step.foreach->items);
    const auto items = expression ? expression->evaluate(scope)
                                  : Result<QJsonValue>(tl::unexpected<Error>(expression.error()));
    StepRecord failure;
    failure.workflowId = frame->workflow->workflowId;
    failure.stepId = step.stepId;
    failure.attempt = attempt->number;
    failure.status = QStringLiteral("failed");
    failure.started = clock().now();
    if (!items || !items->isArray()) {
        failure.error = items ? tr("x-oxa-foreach: %1 is not an array.").arg(step.foreach->items)
                              : items.error().message;
    } else if (items->toArray().size() > step.foreach->maxItems) {
        failure.error = tr("x-oxa-foreach: %1 has %2 items, more than maxItems (%3).")
                            .arg(step.foreach->items)
                            .arg(items->toArray().size())
                            .arg(step.foreach->maxItems);
    }
    if (!failure.error.isEmpty()) {
        attempt->ok = false;
        attempt->error = failure.error;
        attempt->records.append(failure);
        stepDone(frame, attempt);
        return;
    }
    attempt->items = items->toArray();
    QList<QJsonObject> &results = frame->items[step.stepId];
    if (attempt->number == 1 || results.size() != attempt->items.size()) {
        results = QList<QJsonObject>(attempt->items.size());
        for (qsizetype i = 0; i < attempt->items.size(); ++i)
            attempt->pending.append(int(i));
    } else {
        attempt->pending = frame->failedItems.value(step.stepId);
    }
    frame->failedItems[step.stepId].clear();
    const quint64 generation = m_generation;
    auto runNext = std::make_shared<std::function<void()>>();
    // The function holds itself weakly (a strong hold would be a cycle, never freed); the call
    // in flight holds it strongly until its item ends.
    const std::weak_ptr<std::function<void()>> self = runNext;
    *runNext = [this, frame, attempt, generation, self] {
        const auto next = self.lock();
        if (!next)
            return;
        if (!alive(generation))
            return;
        const ArazzoStep &current = *attempt->step;
        if (attempt->pending.isEmpty()) {
            // Outputs: each one an array in the items' order (null where an item failed).
            QJsonObject outputs;
            const QList<QJsonObject> &all = frame->items.value(current.stepId);
            for (const ArazzoOutput &output : current.outputs) {
                QJsonArray values;
                for (const QJsonObject &item : all)
                    values.append(item.contains(output.name) ? item.value(output.name)
                                                             : QJsonValue(QJsonValue::Null));
                outputs.insert(output.name, values);
            }
            frame->steps.insert(current.stepId, outputs);
            if (!frame->failedItems.value(current.stepId).isEmpty()) {
                attempt->ok = false;
                attempt->error = tr("%n item(s) failed.",
                                    nullptr,
                                    int(frame->failedItems.value(current.stepId).size()));
            }
            stepDone(frame, attempt);
            return;
        }
        const int item = attempt->pending.takeFirst();
        runOnce(frame, attempt, item, [this, frame, attempt, item, next](StepRecord record) {
            if (record.status == u"succeeded")
                frame->items[attempt->step->stepId][item] = record.outputs;
            else
                frame->failedItems[attempt->step->stepId].append(item);
            if (record.status == u"succeeded" && item >= m_options.detailedItems) {
                record.request
                    = QJsonObject{{QStringLiteral("method"), record.request.value(u"method")},
                                  {QStringLiteral("url"), record.request.value(u"url")}};
                record.response
                    = QJsonObject{{QStringLiteral("status"), record.response.value(u"status")}};
                for (CriterionRecord &criterion : record.criteria)
                    criterion.observed = QJsonArray();
            }
            attempt->records.append(record);
            // The last item is told with the action the step takes, in stepDone().
            if (!attempt->pending.isEmpty())
                Q_EMIT stepFinished(record);
            (*next)();
        });
    };
    (*runNext)();
}

void WorkflowRunner::runOnce(const std::shared_ptr<Frame> &frame,
                             const std::shared_ptr<Attempt> &attempt,
                             int item,
                             std::function<void(StepRecord)> done)
{
    const ArazzoStep &step = *attempt->step;
    auto record = std::make_shared<StepRecord>();
    record->workflowId = frame->workflow->workflowId;
    record->stepId = step.stepId;
    record->attempt = attempt->number;
    record->item = item;
    record->started = clock().now();
    record->waitedMs = attempt->waited;
    auto view = std::make_shared<CallView>();
    attempt->last = view;
    // The inputs the step sees: the workflow's, with the item of an x-oxa-foreach.
    auto inputs = std::make_shared<QJsonObject>(frame->inputs);
    if (item >= 0)
        inputs->insert(step.foreach->as, attempt->items.at(item));
    const auto scopeFor
        = [this, frame, inputs, view] { return scopeOf(*frame, inputs.get(), view.get()); };
    const auto fail = [record, done](const QString &error) {
        record->status = QStringLiteral("failed");
        record->error = error;
        done(*record);
    };
    // Success criteria and outputs, once the call (or the sub-workflow) is over.
    const auto conclude = [this,
                           frame,
                           attempt,
                           record,
                           scopeFor,
                           done,
                           view](bool defaultSuccess, const QJsonObject &fallbackOutputs) {
        const ArazzoStep &current = *attempt->step;
        const ExpressionScope scope = scopeFor();
        bool ok = true;
        if (current.successCriteria.isEmpty()) {
            ok = defaultSuccess;
            if (!ok && record->error.isEmpty()) {
                record->error
                    = view->status
                          ? tr("HTTP %1, and the step has no successCriteria: a 2xx was expected.")
                                .arg(*view->status)
                          : tr("No answer came.");
            }
        }
        for (const ArazzoCriterion &criterion : current.successCriteria) {
            const CriterionRecord evaluated = evaluateCriterion(criterion, scope);
            record->criteria.append(evaluated);
            if (!evaluated.passed) {
                ok = false;
                if (record->error.isEmpty())
                    record->error = evaluated.error.isEmpty()
                                        ? tr("Not met: %1").arg(criterion.condition)
                                        : evaluated.error;
            }
        }
        if (ok) {
            QJsonObject outputs = current.outputs.isEmpty() ? fallbackOutputs : QJsonObject();
            for (const ArazzoOutput &output : current.outputs) {
                const auto value = Expressions::resolve(output.value, scope);
                if (!value) {
                    ok = false;
                    record->error = tr("Output \"%1\": %2").arg(output.name, value.error().message);
                    break;
                }
                outputs.insert(output.name, *value);
            }
            record->outputs = outputs;
            if (ok && !current.foreach)
                frame->steps.insert(current.stepId, outputs);
        }
        record->status = ok ? QStringLiteral("succeeded") : QStringLiteral("failed");
        record->durationMs = record->started.msecsTo(clock().now());
        done(*record);
    };

    const WorkflowSources::Target target = frame->sources->target(step);
    if (!target.problem.isEmpty()) {
        fail(target.problem);
        return;
    }
    const ExpressionScope before = scopeFor();
    const QList<ArazzoParameter> parameters = frame->workflow->parametersOf(step);

    // A sub-workflow: the parameters are its inputs.
    if (target.workflow) {
        record->target = target.workflow->workflowId;
        QJsonObject subInputs;
        for (const ArazzoParameter &parameter : parameters) {
            const auto value = Expressions::resolve(parameter.value, before);
            if (!value) {
                fail(tr("Parameter \"%1\": %2").arg(parameter.name, value.error().message));
                return;
            }
            subInputs.insert(parameter.name, *value);
        }
        const quint64 generation = m_generation;
        runWorkflow(target.sources,
                    target.workflow,
                    subInputs,
                    frame->depth + 1,
                    [this,
                     generation,
                     conclude,
                     record,
                     id = target.workflow->workflowId](bool ok, const QString &error) {
                        if (!alive(generation))
                            return;
                        if (!ok)
                            record->error = error;
                        conclude(ok, m_workflows.value(id).outputs);
                    });
        return;
    }

    // An operation: the values, checked against the document before anything is asked or sent.
    const Operation &operation = *target.operation;
    record->target = operation.key;
    RequestValues values;
    for (const ArazzoParameter &parameter : parameters) {
        const auto value = Expressions::resolve(parameter.value, before);
        if (!value) {
            fail(tr("Parameter \"%1\": %2").arg(parameter.name, value.error().message));
            return;
        }
        ParameterLocation location = ParameterLocation::Query;
        if (parameter.in == u"path")
            location = ParameterLocation::Path;
        else if (parameter.in == u"header")
            location = ParameterLocation::Header;
        else if (parameter.in == u"cookie")
            location = ParameterLocation::Cookie;
        values.at(location).insert(parameter.name, *value);
    }
    if (step.requestBody) {
        const ArazzoRequestBody &body = *step.requestBody;
        values.mediaType = body.contentType;
        if (values.mediaType.isEmpty() && operation.requestBody) {
            if (const MediaType *preferred = preferredMedia(operation.requestBody->content))
                values.mediaType = preferred->name;
        }
        QJsonValue payload;
        if (body.payload.isString()
            && !RuntimeExpression::looksLikeExpression(body.payload.toString())) {
            const Embedding embedding = embeddingFor(values.mediaType);
            const auto text = Expressions::substitute(body.payload.toString(), before, embedding);
            if (!text) {
                fail(tr("Request body: %1").arg(text.error().message));
                return;
            }
            payload = *text;
            if (embedding == Embedding::Json) {
                QString problem;
                const auto parsed = parseJsonText(*text, &problem);
                if (!parsed) {
                    fail(tr("Request body: not JSON once its expressions are replaced (%1).")
                             .arg(problem));
                    return;
                }
                payload = *parsed;
            }
        } else if (!body.payload.isUndefined()) {
            const auto resolved = Expressions::resolve(body.payload, before);
            if (!resolved) {
                fail(tr("Request body: %1").arg(resolved.error().message));
                return;
            }
            payload = *resolved;
        }
        for (const ArazzoReplacement &replacement : body.replacements) {
            const auto value = Expressions::resolve(replacement.value, before);
            const auto tokens = JsonPointer::parse(replacement.target.toStdString());
            if (!value) {
                fail(tr("Replacement %1: %2").arg(replacement.target, value.error().message));
                return;
            }
            if (!tokens || !setAt(payload, *tokens, 0, *value)) {
                fail(tr("Replacement %1: there is no such place in the payload.")
                         .arg(replacement.target));
                return;
            }
        }
        values.body = payload;
    }
    const WorkflowSources::Source *source = target.source;
    const QList<RequestProblem> problems = RequestCheck(*source->schemas, operation).check(values);
    if (!problems.isEmpty()) {
        QStringList texts;
        for (const RequestProblem &problem : problems)
            texts.append(problem.text());
        record->request = QJsonObject{{QStringLiteral("values"), values.toJson()}};
        fail(tr("Not sent: %1").arg(texts.join(u"; ")));
        return;
    }

    CallRequest request;
    request.catalog = source->catalog;
    request.schemas = source->schemas;
    request.operationKey = operation.key;
    request.values = values;
    request.environment
        = m_options.environments.value(source->declared.name, m_options.environment);
    if (m_options.stepTimeoutMs > 0)
        request.environment.totalTimeoutMs
            = int(qMin<qint64>(request.environment.totalTimeoutMs, m_options.stepTimeoutMs));
    request.runId = m_record.runId;
    request.stepId = step.stepId;
    request.confirm = step.confirm;
    if (!m_driver) {
        fail(tr("No call engine."));
        return;
    }
    const quint64 generation = m_generation;
    const qsizetype maxBody = m_options.maxRecordedBody;
    // Arazzo: a request parameter, a header too, is read only when the operation declares it
    // (what the console adds on its own cannot be reached).
    QList<QPair<ParameterLocation, QString>> declared;
    for (const Parameter &parameter : operation.parameters)
        declared.append({parameter.location, parameter.name});
    m_driver->run(
        request,
        [this, generation, view, record, conclude, fail, values, maxBody, declared](
            const CallEnd &end) {
            if (!alive(generation))
                return;
            m_callInFlight = 0;
            if (end.stop) {
                if (*end.stop == CallStop::Refused || *end.stop == CallStop::NoSecret
                    || *end.stop == CallStop::SecretsNotEnough
                    || *end.stop == CallStop::NoEnvironment) {
                    m_neededPerson = true;
                    record->status = QStringLiteral("failed");
                    record->error = end.why.isEmpty() ? tr("Not confirmed.") : end.why;
                    if (*end.stop == CallStop::Refused)
                        record->error = tr("Not sent: the call was not confirmed.");
                    // A person was needed and did not say yes: the run stops here, whatever the
                    // failure actions say (they never route around a refusal).
                    m_record.steps.append(*record);
                    Q_EMIT stepFinished(*record);
                    finishRun(false, tr("The step \"%1\": %2").arg(record->stepId, record->error));
                    return;
                }
                fail(end.why);
                return;
            }
            const CallOutcome &outcome = *end.outcome;
            const Exchange &shown = outcome.shown;
            record->historyId = outcome.historyId;
            if (outcome.call.confirm)
                record->confirmed = outcome.call.targetText();
            view->url = shown.url.toString(QUrl::RemoveUserInfo);
            view->method = QString::fromLatin1(shown.method);
            for (const auto &[location, declaredName] : declared) {
                const auto copy = [&declaredName](const QJsonObject &from, auto &to) {
                    if (const auto it = from.constFind(declaredName); it != from.constEnd())
                        to.insert(declaredName, it.value());
                };
                switch (location) {
                case ParameterLocation::Query:
                    copy(values.query, view->request.query);
                    break;
                case ParameterLocation::Path:
                    copy(values.path, view->request.path);
                    break;
                case ParameterLocation::Header:
                    for (const auto &[name, value] : shown.requestHeaders) {
                        if (QString::fromLatin1(name).compare(declaredName, Qt::CaseInsensitive)
                            == 0)
                            view->request.headers.append({name, value});
                    }
                    break;
                default:
                    break;
                }
            }
            view->request.bodyValue = values.body;
            view->request.hasBody = !values.body.isUndefined();
            record->request
                = QJsonObject{{QStringLiteral("method"), view->method},
                              {QStringLiteral("url"), view->url},
                              {QStringLiteral("headers"), headersJson(shown.requestHeaders)},
                              {QStringLiteral("mediaType"), values.mediaType}};
            if (!values.body.isUndefined()) {
                const QByteArray sent = QString::fromUtf8(outcome.call.body(false)).toUtf8();
                record->request.insert(QStringLiteral("body"),
                                       QString::fromUtf8(sent.left(maxBody)));
            }
            if (shown.status == 0) {
                m_noAnswer = true;
                record->error = shown.error ? shown.error->message : tr("No answer came.");
                record->response = QJsonObject{{QStringLiteral("status"), 0},
                                               {QStringLiteral("error"), record->error}};
                conclude(false, {});
                return;
            }
            view->answered = true;
            view->status = shown.status;
            view->response.headers = shown.responseHeaders;
            view->response.bodyTree = outcome.body.tree;
            view->response.hasBody = shown.bodySize > 0 || !shown.body.isEmpty();
            if (!outcome.body.tree)
                view->response.bodyText = shown.body.left(16 * 1024 * 1024);
            QJsonValue recordedBody;
            if (outcome.body.tree && outcome.body.tree->root() && shown.body.size() <= maxBody)
                recordedBody = toQJsonValue(*outcome.body.tree->root());
            else
                recordedBody = QString::fromUtf8(shown.body.left(maxBody));
            record->response
                = QJsonObject{{QStringLiteral("status"), shown.status},
                              {QStringLiteral("reason"), QString::fromLatin1(shown.reason)},
                              {QStringLiteral("headers"), headersJson(shown.responseHeaders)},
                              {QStringLiteral("mediaType"),
                               QString::fromLatin1(
                                   headerValue(shown.responseHeaders, "Content-Type"))},
                              {QStringLiteral("body"), recordedBody},
                              {QStringLiteral("truncated"),
                               shown.truncated || shown.body.size() > maxBody}};
            // What the check against the document found: warnings, kept beside the answer.
            QJsonArray checked;
            for (const ValidationError &problem : outcome.check.problems) {
                if (checked.size() == 20)
                    break;
                checked.append(QJsonObject{{QStringLiteral("pointer"), problem.instancePointer},
                                           {QStringLiteral("keyword"), problem.keyword},
                                           {QStringLiteral("message"), problem.message}});
            }
            QJsonObject check{{QStringLiteral("problems"), checked}};
            if (!outcome.check.note.isEmpty())
                check.insert(QStringLiteral("note"), outcome.check.note);
            record->response.insert(QStringLiteral("check"), check);
            conclude(shown.status >= 200 && shown.status < 300 ? true : !m_options.successOn2xx, {});
        });
}

void WorkflowRunner::stepDone(const std::shared_ptr<Frame> &frame,
                              const std::shared_ptr<Attempt> &attempt)
{
    if (!m_running)
        return;
    const ArazzoStep &step = *attempt->step;
    const ArazzoWorkflow &workflow = *frame->workflow;
    const std::shared_ptr<CallView> view
        = attempt->last ? attempt->last : std::make_shared<CallView>();
    const ExpressionScope scope = scopeOf(*frame, nullptr, view.get());

    const auto matches = [&](const ArazzoAction &action, StepRecord &into) {
        bool all = true;
        for (const ArazzoCriterion &criterion : action.criteria) {
            const CriterionRecord evaluated = evaluateCriterion(criterion, scope);
            into.criteria.append(evaluated);
            all = all && evaluated.passed;
        }
        return all;
    };
    StepRecord &last = attempt->records.last();
    const auto publish = [this, &attempt](const QString &action, const QString &name) {
        this->publish(*attempt, action, name);
    };
    const quint64 generation = m_generation;
    const auto gotoTarget = [&](const ArazzoAction &action) {
        if (!action.stepId.isEmpty()) {
            frame->index = workflow.stepIndex(action.stepId);
            publish(u"goto:" + action.stepId, action.name);
            nextStep(frame);
            return;
        }
        const WorkflowSources::Target target = frame->sources->workflow(action.workflowId);
        publish(u"goto-workflow:" + action.workflowId, action.name);
        if (!target.workflow) {
            finishWorkflow(frame, false, target.problem);
            return;
        }
        runWorkflow(target.sources,
                    target.workflow,
                    frame->inputs,
                    frame->depth + 1,
                    [this, frame, generation](bool ok, const QString &error) {
                        if (alive(generation))
                            finishWorkflow(frame, ok, error);
                    });
    };

    if (attempt->ok) {
        for (const ArazzoAction &action : workflow.successActionsOf(step)) {
            if (!matches(action, last))
                continue;
            if (action.type == ArazzoAction::Type::End) {
                publish(QStringLiteral("end"), action.name);
                finishWorkflow(frame, true, QString());
            } else {
                gotoTarget(action);
            }
            return;
        }
        publish(QStringLiteral("next"), QString());
        ++frame->index;
        nextStep(frame);
        return;
    }

    for (const ArazzoAction &action : workflow.failureActionsOf(step)) {
        const QString key = step.stepId + u'/' + action.name;
        // An exhausted retry gives way to the next failure action.
        if (action.type == ArazzoAction::Type::Retry
            && frame->retries.value(key) >= action.effectiveRetryLimit())
            continue;
        if (!matches(action, last))
            continue;
        switch (action.type) {
        case ArazzoAction::Type::End:
            failWorkflow(frame,
                         attempt,
                         QStringLiteral("end"),
                         action.name,
                         tr("The step \"%1\" failed (%2); the action \"%3\" ends the workflow.")
                             .arg(step.stepId, attempt->error, action.name));
            return;
        case ArazzoAction::Type::Goto:
            gotoTarget(action);
            return;
        case ArazzoAction::Type::Retry: {
            ++frame->retries[key];
            // The answer's Retry-After wins over retryAfter (Arazzo 1.0.1, Failure Action Object).
            const auto asked = view->answered
                                   ? retryAfterDelay(view->response.headers, clock().now())
                                   : std::nullopt;
            const qint64 delay
                = asked ? *asked : qint64(std::llround(action.retryAfter.value_or(0) * 1000));
            publish(QStringLiteral("retry"), action.name);
            const QString why = asked ? tr("the answer's Retry-After")
                                      : tr("retryAfter of \"%1\"").arg(action.name);
            const int next = attempt->number + 1;
            const auto again = [this, frame, generation, delay, next, why, stepId = step.stepId] {
                if (!alive(generation))
                    return;
                Q_EMIT waiting(stepId, delay, why);
                clock().wait(delay, this, [this, frame, generation, next, delay] {
                    if (alive(generation))
                        runStep(frame, next, delay);
                });
            };
            // A retry that names a step or a workflow runs it first, then comes back.
            if (!action.workflowId.isEmpty()) {
                const WorkflowSources::Target target = frame->sources->workflow(action.workflowId);
                if (!target.workflow) {
                    finishWorkflow(frame, false, target.problem);
                    return;
                }
                runWorkflow(target.sources,
                            target.workflow,
                            frame->inputs,
                            frame->depth + 1,
                            [this, frame, generation, again](bool ok, const QString &error) {
                                if (!alive(generation))
                                    return;
                                if (!ok) {
                                    finishWorkflow(frame, false, error);
                                    return;
                                }
                                again();
                            });
                return;
            }
            if (!action.stepId.isEmpty()) {
                auto side = std::make_shared<Frame>(*frame);
                side->index = workflow.stepIndex(action.stepId);
                side->done = {};
                auto sideAttempt = std::make_shared<Attempt>();
                sideAttempt->step = &workflow.steps.at(side->index);
                runOnce(side,
                        sideAttempt,
                        -1,
                        [this, frame, side, generation, again](StepRecord record) {
                            if (!alive(generation))
                                return;
                            m_record.steps.append(record);
                            Q_EMIT stepFinished(record);
                            frame->steps = side->steps;
                            if (record.status != u"succeeded") {
                                finishWorkflow(frame, false, record.error);
                                return;
                            }
                            again();
                        });
                return;
            }
            again();
            return;
        }
        }
    }
    failWorkflow(frame,
                 attempt,
                 QStringLiteral("fail"),
                 QString(),
                 tr("The step \"%1\" failed: %2").arg(step.stepId, attempt->error));
}

void WorkflowRunner::publish(Attempt &attempt, const QString &action, const QString &name)
{
    StepRecord &last = attempt.records.last();
    last.action = action;
    last.actionName = name;
    // The items of an x-oxa-foreach were told as they ended; the last one is told here.
    for (const StepRecord &each : std::as_const(attempt.records)) {
        if (!attempt.step->foreach || &each == &last)
            Q_EMIT stepFinished(each);
    }
    m_record.steps.append(attempt.records);
}

void WorkflowRunner::failWorkflow(const std::shared_ptr<Frame> &frame,
                                  const std::shared_ptr<Attempt> &attempt,
                                  const QString &action,
                                  const QString &name,
                                  const QString &error)
{
    if (!m_options.holdOnFailure && !m_pauseRequested) {
        publish(*attempt, action, name);
        finishWorkflow(frame, false, error);
        return;
    }
    // The record says that the run waited for a person here; what they chose comes next: a new
    // attempt, or the end of the workflow.
    publish(*attempt, QStringLiteral("hold"), QString());
    const quint64 generation = m_generation;
    hold(
        frame->workflow->workflowId,
        attempt->step->stepId,
        [this, frame, error, generation] {
            if (alive(generation))
                finishWorkflow(frame, false, error);
        },
        [this, frame, attempt, generation] {
            if (alive(generation))
                startStep(frame, attempt->number + 1, 0);
        });
}

void WorkflowRunner::finishWorkflow(const std::shared_ptr<Frame> &frame,
                                    bool ok,
                                    const QString &error)
{
    if (!m_running)
        return;
    QString problem = error;
    if (ok) {
        const ExpressionScope scope = scopeOf(*frame, nullptr, nullptr);
        for (const ArazzoOutput &output : frame->workflow->outputs) {
            const auto value = Expressions::resolve(output.value, scope);
            if (!value) {
                ok = false;
                problem = tr("Workflow output \"%1\": %2").arg(output.name, value.error().message);
                break;
            }
            frame->outputs.insert(output.name, *value);
        }
    }
    m_workflows.insert(frame->workflow->workflowId, WorkflowValues{frame->inputs, frame->outputs});
    if (frame->depth == 0)
        m_record.outputs = frame->outputs;
    if (frame->done)
        frame->done(ok, problem);
}

void WorkflowRunner::finishRun(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_pauseRequested = false;
    m_resume = {};
    m_retry = {};
    m_record.status = m_cancelled ? QStringLiteral("cancelled")
                      : ok        ? QStringLiteral("succeeded")
                                  : QStringLiteral("failed");
    m_record.error = ok ? QString() : error;
    m_record.finished = clock().now();
    keep();
    Q_EMIT finished(m_record);
}

} // namespace Oxa
