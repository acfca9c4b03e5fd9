// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-cli run FILE: an Arazzo workflow through the workflow runner, each step a call through the
// call engine; a person in the loop on a terminal, flags otherwise.
#include "call/calldriver.h"
#include "call/interaction.h"
#include "catalog/catalogreport.h"
#include "cli/callsetup.h"
#include "cli/command.h"
#include "cli/sourceoptions.h"
#include "schema/jsonvalues.h"
#include "workflow/demoworkflows.h"
#include "workflow/replayserver.h"
#include "workflow/workflowrunner.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace Oxa::Cli {

namespace {

/**
 * Questions asked on the terminal: a confirmation shows the resolved request (its secrets
 * masked) and takes "yes"; a prompt takes a line (JSON when it reads as JSON). Secrets are
 * never typed here: they come from the keychain or variables.
 */
class TerminalInteraction final : public Interaction
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit TerminalInteraction(bool yes)
        : m_yes(yes)
    {}

    void confirmCall(const PreparedCall &call, std::function<void(bool)> answer) override
    {
        if (m_yes) {
            answer(true);
            return;
        }
        const Operation *operation = call.operation();
        QString text
            = tr("This step acts on %1 (%2):")
                  .arg(call.environment.name.isEmpty() ? tr("the back-end") : call.environment.name,
                       operation ? QString::fromLatin1(riskName(operation->risk)) : QString())
              + u"\n  " + QString::fromLatin1(call.shownRequest.method) + u' '
              + call.url(false).toString() + u'\n';
        for (const auto &[name, value] : call.headers(false))
            text += u"  " + QString::fromLatin1(name) + u": " + QString::fromUtf8(value) + u'\n';
        const QByteArray body = call.body(false);
        if (!body.isEmpty())
            text += u"  " + QString::fromUtf8(body.left(4096)) + u'\n';
        Command::print(stderr, text + tr("Send it? Type yes to send: "));
        answer(readLine().trimmed().compare(u"yes", Qt::CaseInsensitive) == 0);
    }
    void giveSecret(const MissingSecret &,
                    const Environment &,
                    std::function<void(std::optional<GivenSecret>)> answer) override
    {
        answer(std::nullopt);
    }
    void allowReferences(const QList<QUrl> &, std::function<void(bool)> answer) override
    {
        answer(false);
    }
    void promptValue(const ValuePrompt &prompt,
                     std::function<void(std::optional<QJsonValue>)> answer) override
    {
        QString text = prompt.title;
        if (!prompt.description.isEmpty())
            text += u" (" + prompt.description + u')';
        Command::print(stderr, text + u": ");
        const QString line = readLine().trimmed();
        if (line.isEmpty()) {
            answer(std::nullopt);
            return;
        }
        QString ignored;
        const auto parsed = prompt.schema.toObject().value(u"type").toString() == u"string"
                                ? std::nullopt
                                : parseJsonText(line, &ignored);
        answer(parsed ? *parsed : QJsonValue(line));
    }
    void chooseEnvironment(const EnvironmentQuestion &,
                           std::function<void(std::optional<QString>)> answer) override
    {
        answer(QString()); // the document's own servers, as oxa-cli call does
    }

private:
    static QString readLine()
    {
        QTextStream in(stdin);
        return in.readLine();
    }
    bool m_yes;
};

/** One line per step as it ends, for people watching a terminal. */
QString stepLine(const StepRecord &step)
{
    QString line
        = (step.status == u"succeeded" ? QStringLiteral("  ok   ") : QStringLiteral("  FAIL "))
          + step.stepId;
    if (step.item >= 0)
        line += u'[' + QString::number(step.item) + u']';
    if (step.attempt > 1)
        line += Cli::CallSetup::tr(" (attempt %1)").arg(step.attempt);
    if (!step.target.isEmpty())
        line += u"  " + step.target;
    if (const int status = step.response.value(u"status").toInt(); status > 0)
        line += u"  HTTP " + QString::number(status);
    line += u"  " + QString::number(step.durationMs) + u" ms";
    if (!step.action.isEmpty() && step.action != u"next")
        line += u"  → " + step.action;
    if (!step.error.isEmpty() && step.status != u"succeeded")
        line += u"\n       " + step.error;
    return line;
}

/** The run as --json prints it: one entry per step, its attempts counted. */
QJsonObject summary(const RunRecord &record)
{
    QJsonArray steps;
    for (qsizetype i = 0; i < record.steps.size(); ++i) {
        const StepRecord &step = record.steps.at(i);
        // Attempts and items of one step visit, in a row, are one entry.
        int attempts = step.attempt;
        int items = step.item >= 0 ? 1 : 0;
        qsizetype last = i;
        while (last + 1 < record.steps.size() && record.steps.at(last + 1).stepId == step.stepId
               && record.steps.at(last + 1).workflowId == step.workflowId
               && (record.steps.at(last + 1).attempt > record.steps.at(last).attempt
                   || record.steps.at(last + 1).item > record.steps.at(last).item)) {
            ++last;
            attempts = qMax(attempts, record.steps.at(last).attempt);
            items += record.steps.at(last).item >= 0 && record.steps.at(last).attempt == 1;
        }
        const StepRecord &end = record.steps.at(last);
        QJsonArray criteria;
        for (const CriterionRecord &criterion : end.criteria)
            criteria.append(QJsonObject{{QStringLiteral("condition"), criterion.condition},
                                        {QStringLiteral("passed"), criterion.passed}});
        QJsonObject entry{{QStringLiteral("stepId"), step.stepId},
                          {QStringLiteral("workflowId"), step.workflowId},
                          {QStringLiteral("status"), end.status},
                          {QStringLiteral("attempts"), attempts},
                          {QStringLiteral("statusCode"),
                           end.response.contains(u"status") ? end.response.value(u"status")
                                                            : QJsonValue()},
                          {QStringLiteral("outputs"), end.outputs},
                          {QStringLiteral("criteria"), criteria},
                          {QStringLiteral("action"), end.action}};
        if (items > 0)
            entry.insert(QStringLiteral("items"), items);
        if (!end.error.isEmpty())
            entry.insert(QStringLiteral("error"), end.error);
        steps.append(entry);
        i = last;
    }
    return QJsonObject{{QStringLiteral("runId"), record.runId},
                       {QStringLiteral("workflowId"), record.workflowId},
                       {QStringLiteral("status"), record.status},
                       {QStringLiteral("outputs"), record.outputs},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("error"),
                        record.error.isEmpty() ? QJsonValue() : QJsonValue(record.error)}};
}

/** "2 workflows", for the last line of a diagnostics report. */
QString workflowCount(const ArazzoDocument *document)
{
    const int count = document ? int(document->workflows().size()) : 0;
    return QCoreApplication::translate("Cli", "%n workflow(s)", nullptr, count);
}

class RunCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("run"); }
    int run(const QStringList &arguments) override;
};

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs an Arazzo workflow, each step a call through the console's call engine. Exit "
           "status: 0 when it succeeded, 3 when it failed (a criterion, an action), 5 when a call "
           "got no answer, 6 when a person had to confirm or answer and nobody did, 2 when the "
           "document or its sources cannot be read or are invalid, 64 for wrong options or "
           "inputs. Secrets come from the keychain (--env) or from variables (--secret-env, "
           "--input-env), never from the command line."));
    CallSetup setup;
    const QCommandLineOption workflow(QStringLiteral("workflow"),
                                      tr("The workflow to run (else the only one)."),
                                      tr("id"));
    const QCommandLineOption input(
        QStringLiteral("input"),
        tr("An input: name=value (JSON when it reads as JSON and the input is not a string)."),
        tr("name=value"));
    const QCommandLineOption inputs(QStringLiteral("inputs"),
                                    tr("The inputs as a JSON object, or @file.json."),
                                    tr("json"));
    const QCommandLineOption inputEnv(
        QStringLiteral("input-env"),
        tr("A secret input from an environment variable: name=VARIABLE (kept out of the record)."),
        tr("name=variable"));
    const SourceOptions sourceFlags;
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Confirm the steps that must be confirmed (response and "
                                    "destructive operations, x-oxa-confirm)."));
    const QCommandLineOption nonInteractive(
        QStringLiteral("non-interactive"),
        tr("Never ask on the terminal: what is not answered by --yes and --input fails closed."));
    const QCommandLineOption
        maxSteps(QStringLiteral("max-steps"),
                 tr("Most step attempts in the run (default %1): a goto loop ends there.")
                     .arg(RunOptions{}.maxSteps),
                 tr("count"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds the whole run may take."),
                                     tr("seconds"));
    const QCommandLineOption stepTimeout(QStringLiteral("step-timeout"),
                                         tr("Seconds each call may take."),
                                         tr("seconds"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the run as one JSON object."));
    const QCommandLineOption
        replay(QStringLiteral("replay"),
               tr("Run offline against a run record's answers (from --trace), and say where the "
                  "requests drift from the recorded ones."),
               tr("record"));
    const QCommandLineOption
        demo(QStringLiteral("demo"),
             tr("Run a built-in workflow of the demo back-end instead of a FILE: %1.")
                 .arg(DemoWorkflows::names().join(u", ")),
             tr("name"));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   tr("Write the run record (JSON) to this file."),
                                   tr("file"));
    const QCommandLineOption har(QStringLiteral("har"),
                                 tr("Write the exchanges as HAR 1.2 to this file."),
                                 tr("file"));
    setup.env.setDescription(
        tr("A console environment (base URL, headers, deadlines, TLS, proxy, confirmation policy, "
           "keychain secrets): NAME for every source, or SOURCE=NAME for one source's calls."));
    setup.secretEnv.setDescription(
        tr("The secret of a security scheme from an environment variable: SCHEME=VARIABLE, or "
           "SOURCE:SCHEME=VARIABLE for the environment of one source given by --env SOURCE=NAME "
           "(basic: user:password)."));
    setup.addOptions(parser,
                     tr("Where the calls go: a base URL for every source, or SOURCE=URL for one."));
    sourceFlags.addOptions(parser);
    parser.addOptions({workflow,
                       input,
                       inputs,
                       inputEnv,
                       yes,
                       nonInteractive,
                       maxSteps,
                       timeout,
                       stepTimeout,
                       json,
                       trace,
                       har,
                       demo,
                       replay});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("An Arazzo document (JSON or YAML)."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, helpText(parser));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != (parser.isSet(demo) ? 0 : 1))
        return usage(tr("Usage: oxa-cli run FILE|--demo NAME [--workflow ID] [--input name=value]… "
                        "[--inputs @file.json] "
                        "[--input-env name=VAR]… [--env [SOURCE=]NAME]… [--server [SOURCE=]URL]… "
                        "[--yes] "
                        "[--non-interactive] [--max-steps N] [--timeout S] [--json] [--trace FILE] "
                        "[--har FILE]"));
    const auto positiveNumber = [&](const QCommandLineOption &option, qint64 &target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value <= 0)
            return false;
        target = qint64(value);
        return true;
    };

    // The document, its sources and every step's target, before anything else.
    QString location;
    if (parser.isSet(demo)) {
        const auto written = DemoWorkflows::write(parser.value(demo));
        if (!written)
            return usage(written.error().message);
        location = *written;
    } else {
        location = parser.positionalArguments().constFirst();
    }
    const auto loaded = ArazzoDocument::load(location);
    WorkflowSourceOptions sourceOptions;
    if (const auto exit = sourceFlags.apply(parser, sourceOptions))
        return *exit;
    Diagnostics diagnostics = loaded.diagnostics;
    std::shared_ptr<const WorkflowSources> sources;
    if (loaded.document) {
        sources = WorkflowSources::load(loaded.document, sourceOptions);
        diagnostics += sources->diagnostics();
        sortDiagnostics(diagnostics);
    }
    if (!loaded.document || countSeverity(diagnostics, Diagnostic::Severity::Error) > 0) {
        print(stderr,
              CatalogReport::diagnosticsText(location,
                                             bool(loaded.document),
                                             0,
                                             diagnostics,
                                             false,
                                             workflowCount(loaded.document.get())));
        return ExitNotLoaded;
    }
    const ArazzoDocument &document = *loaded.document;

    RunOptions options;
    options.workflowId = parser.value(workflow);
    const ArazzoWorkflow *chosen = options.workflowId.isEmpty() && document.workflows().size() == 1
                                       ? &document.workflows().front()
                                       : document.workflow(options.workflowId);
    if (!chosen) {
        QStringList ids;
        for (const ArazzoWorkflow &each : document.workflows())
            ids.append(each.workflowId);
        return usage(
            options.workflowId.isEmpty()
                ? tr("Choose a workflow with --workflow: %1.").arg(ids.join(u", "))
                : tr("No workflow %1 (there are: %2).").arg(options.workflowId, ids.join(u", ")));
    }

    // Inputs: --inputs, then each --input (typed by the workflow's schema), then the secret ones.
    if (parser.isSet(inputs)) {
        QString text = parser.value(inputs);
        if (text.startsWith(u'@')) {
            QFile file(text.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return usage(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            text = QString::fromUtf8(file.readAll());
        }
        QString problem;
        const auto parsed = parseJsonText(text, &problem);
        if (!parsed || !parsed->isObject())
            return usage(tr("--inputs is a JSON object: %1").arg(problem));
        options.inputs = parsed->toObject();
    }
    const QJsonObject properties = chosen->inputs.toObject().value(u"properties").toObject();
    for (const QString &pair : parser.values(input)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return usage(tr("--input needs name=value: %1").arg(pair));
        const QString name = pair.left(equals);
        const QString text = pair.mid(equals + 1);
        QString ignored;
        const bool isString
            = properties.value(name).toObject().value(u"type").toString() == u"string";
        const auto parsed = isString ? std::nullopt : parseJsonText(text, &ignored);
        options.inputs.insert(name, parsed ? *parsed : QJsonValue(text));
    }
    for (const QString &pair : parser.values(inputEnv)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return usage(tr("--input-env needs name=VARIABLE: %1").arg(pair));
        const QByteArray value = qgetenv(pair.mid(equals + 1).toLocal8Bit().constData());
        if (value.isEmpty())
            return usage(
                tr("The environment variable %1 is empty or not set.").arg(pair.mid(equals + 1)));
        options.inputs.insert(pair.left(equals), QString::fromUtf8(value));
        options.secretInputs.insert(pair.left(equals));
    }
    qint64 steps = options.maxSteps;
    qint64 runSeconds = 0;
    qint64 stepSeconds = 0;
    if (!positiveNumber(maxSteps, steps) || !positiveNumber(timeout, runSeconds)
        || !positiveNumber(stepTimeout, stepSeconds))
        return usage(tr("--max-steps, --timeout and --step-timeout need a positive number."));
    options.maxSteps = int(qMin<qint64>(steps, 1'000'000));
    options.runTimeoutMs = runSeconds * 1000;
    options.stepTimeoutMs = stepSeconds * 1000;

    // Where the calls go: --env and --server, each for every source or SOURCE=… for one.
    const auto scoped = [&document](const QString &value, bool url) -> std::optional<qsizetype> {
        const qsizetype equals = value.indexOf(u'=');
        const qsizetype scheme = url ? value.indexOf(u"://") : -1;
        if (equals <= 0 || (scheme >= 0 && scheme < equals))
            return std::nullopt;
        // An environment may have '=' in its name: only a source's name makes it a scope.
        if (!url && !document.source(value.left(equals)))
            return std::nullopt;
        return equals;
    };
    QString everywhere;
    QString everywhereEnvironment;
    QHash<QString, QString> serverOf;
    QHash<QString, QString> environmentOf;
    for (const QString &value : parser.values(setup.server)) {
        if (const auto equals = scoped(value, true)) {
            const QString name = value.left(*equals);
            if (!document.source(name))
                return usage(tr("--server %1: the document has no source %2.").arg(value, name));
            serverOf.insert(name, value.mid(*equals + 1));
        } else {
            everywhere = value;
        }
    }
    for (const QString &value : parser.values(setup.env)) {
        if (const auto equals = scoped(value, false))
            environmentOf.insert(value.left(*equals), value.mid(*equals + 1));
        else
            everywhereEnvironment = value;
    }
    QList<SecurityScheme> schemes;
    QStringList sourceNames;
    for (const WorkflowSources::Source &each : sources->sources()) {
        sourceNames.append(each.declared.name);
        if (each.catalog)
            schemes += each.catalog->securitySchemes();
    }
    if (const auto exit
        = setup.prepare(parser, schemes, everywhere, everywhereEnvironment, environmentOf.keys()))
        return *exit;
    options.environment = setup.environment;
    for (const QString &name : sourceNames) {
        if (!environmentOf.contains(name) && !serverOf.contains(name))
            continue;
        // A source's own environment, or the run's with that source's URL; --header for all.
        Environment environment = setup.environment;
        if (environmentOf.contains(name)) {
            if (const auto exit = CallSetup::findEnvironment(environmentOf.value(name), environment))
                return *exit;
            environment.defaultHeaders = setup.extraHeaders + environment.defaultHeaders;
            setup.keepScopedSecrets(name, environment);
        }
        if (serverOf.contains(name))
            environment.baseUrl = serverOf.value(name);
        options.environments.insert(name, environment);
    }

    // A replay: every source's calls go to the record played back on loopback, where nothing
    // can act on a real estate; confirmations are given and secrets stand in.
    std::unique_ptr<ReplayServer> replayServer;
    if (parser.isSet(replay)) {
        QFile file(parser.value(replay));
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const QJsonObject recorded = QJsonDocument::fromJson(file.readAll()).object();
        if (recorded.value(u"format").toString() != u"oxa-run/1")
            return usage(tr("%1 is not a run record (oxa-cli run --trace writes them).")
                             .arg(file.fileName()));
        replayServer = std::make_unique<ReplayServer>(RunRecord::fromJson(recorded));
        if (const auto listening = replayServer->listen(); !listening)
            return usage(listening.error().message);
        options.environment.baseUrl = replayServer->baseUrl().toString();
        options.environments.clear();
    }

    // Who answers: a person at a terminal, or the flags alone.
    const bool interactive
        = !parser.isSet(nonInteractive) && isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
    ScriptedInteraction scripted;
    scripted.confirms = parser.isSet(yes) || replayServer;
    scripted.chosenEnvironment = QString();
    TerminalInteraction terminal(parser.isSet(yes));
    Interaction *person = interactive ? static_cast<Interaction *>(&terminal) : &scripted;
    // A replay asks a person only what a run asks (confirmations, prompts): secrets stand in.
    ReplayInteraction replaying(person);
    CallDriver driver(setup.session.get(), replayServer ? &replaying : person);
    WorkflowRunner runner(&driver);
    const bool quiet = parser.isSet(json);
    QObject::connect(&runner,
                     &WorkflowRunner::stepFinished,
                     &runner,
                     [quiet](const StepRecord &step) {
                         if (!quiet)
                             print(stderr, stepLine(step) + u'\n');
                     });
    QObject::connect(&runner,
                     &WorkflowRunner::waiting,
                     &runner,
                     [quiet](const QString &stepId, qint64 ms, const QString &why) {
                         if (!quiet)
                             print(stderr,
                                   tr("       waiting %1 s before %2 again (%3)")
                                           .arg(ms / 1000.0)
                                           .arg(stepId, why)
                                       + u'\n');
                     });
    QEventLoop loop;
    QObject::connect(&runner, &WorkflowRunner::finished, &loop, &QEventLoop::quit);
    if (!quiet)
        print(stderr, tr("Running %1 from %2").arg(chosen->workflowId, location) + u'\n');
    runner.start(sources, options);
    loop.exec();
    const RunRecord &record = runner.record();

    QStringList drift;
    if (replayServer) {
        drift = replayServer->drift();
        if (replayServer->unused() > 0)
            drift.append(
                tr("%n recorded answer(s) were not asked for.", nullptr, replayServer->unused()));
    }
    if (!runner.keepProblem().isEmpty())
        print(stderr, runner.keepProblem() + u'\n');
    for (const auto &[option, asHar] : {std::pair{&trace, false}, std::pair{&har, true}}) {
        if (!parser.isSet(*option))
            continue;
        if (const QString problem = record.save(parser.value(*option), asHar); !problem.isEmpty())
            print(stderr, tr("Cannot write %1: %2").arg(parser.value(*option), problem) + u'\n');
    }
    if (quiet) {
        QJsonObject out = summary(record);
        if (replayServer)
            out.insert(QStringLiteral("drift"), QJsonArray::fromStringList(drift));
        writeLine(stdout, QJsonDocument(out).toJson(QJsonDocument::Compact));
    } else {
        if (!record.error.isEmpty())
            print(stderr, record.error + u'\n');
        print(stderr, tr("%1: %2").arg(record.workflowId, record.status) + u'\n');
        if (replayServer) {
            for (const QString &line : std::as_const(drift))
                print(stderr, tr("drift: %1").arg(line) + u'\n');
            if (drift.isEmpty())
                print(stderr, tr("The requests match the record.") + u'\n');
        }
        if (!record.outputs.isEmpty())
            writeLine(stdout, QJsonDocument(record.outputs).toJson(QJsonDocument::Indented));
    }
    if (record.status == u"succeeded")
        return ExitOk;
    if (runner.inputsRefused())
        return ExitUsage;
    if (runner.neededAPerson()) {
        if (!interactive && !quiet)
            print(stderr,
                  (runner.unansweredPrompt().isEmpty()
                       ? tr("A person had to confirm: add --yes.")
                       : tr("A person had to give \"%1\": add --input %1=VALUE.")
                             .arg(runner.unansweredPrompt()))
                      + u'\n');
        return ExitRefused;
    }
    if (runner.hadNoAnswer())
        return ExitTransport;
    return ExitClientError;
}

} // namespace

std::unique_ptr<Command> makeRunCommand()
{
    return std::make_unique<RunCommand>();
}

} // namespace Oxa::Cli
