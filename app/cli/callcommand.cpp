// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-cli call DOCUMENT OPERATION: one call through the call engine (CallDriver), its
// questions answered by the command line: --yes confirms, secrets come from variables.
#include "call/calldriver.h"
#include "call/interaction.h"
#include "cli/callsetup.h"
#include "cli/documentcommand.h"
#include "core/application.h"
#include "core/fuzzymatch.h"
#include "document/jsontree.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "request/requestcheck.h"
#include "request/secretstore.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace Oxa::Cli {

namespace {

class CallCommand final : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("call"); }
    int run(const QStringList &arguments) override;

private:
    /** The operation named on the command line (a key or an operationId), or why not. */
    Result<const Operation *> operationNamed(const QString &wanted) const;
    void printOutcome(const CallOutcome &outcome, bool json) const;
};

Result<const Operation *> CallCommand::operationNamed(const QString &wanted) const
{
    const Catalog &catalog = *m_loaded.catalog;
    const Operation *operation = catalog.operationByKey(wanted);
    if (!operation) {
        const auto byId = catalog.operationsById(wanted);
        if (byId.size() > 1)
            return makeError(Error::Code::Unsupported,
                             tr("%1 names several operations: use 'METHOD /path'.").arg(wanted));
        operation = byId.value(0);
    }
    if (!operation) {
        QStringList names;
        for (const Operation &candidate : catalog.operations())
            names << (candidate.operationId.isEmpty() || candidate.operationIdSynthesised
                          ? candidate.key
                          : candidate.operationId);
        const QStringList closest = closestNames(wanted, names);
        if (!closest.isEmpty())
            return makeError(Error::Code::Unsupported,
                             tr("No operation %1 in %2. Did you mean %3?")
                                 .arg(wanted, m_location, closest.join(tr(" or "))));
        return makeError(Error::Code::Unsupported,
                         tr("No operation %1 in %2.").arg(wanted, m_location));
    }
    return operation;
}

int CallCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Calls an operation and prints the response body. The values are checked against the "
           "document first (--no-check sends them anyway). Exit status: 0 for 2xx (and 1xx, 3xx), "
           "3 for 4xx or values the document refuses, 4 for 5xx, 5 when no answer came, 6 when a "
           "call that must be confirmed "
           "(a response or destructive operation, or anything but a read in production) is made "
           "without --yes. Secrets come from the keychain (with --env) or from environment "
           "variables, never from the command line. Every call is kept in the console's history, "
           "and every call that is not a read in its audit log."));
    CallSetup setup;
    const QCommandLineOption
        param(QStringLiteral("param"),
              tr("A parameter, name=value (location:name=value when a name is used twice)."),
              tr("name=value"));
    const QCommandLineOption body(QStringLiteral("body"),
                                  tr("The body: JSON text, or @file."),
                                  tr("json"));
    const QCommandLineOption
        mediaType(QStringLiteral("media-type"),
                  tr("The body's media type (else JSON, or the first declared)."),
                  tr("type"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Confirm a response or destructive operation."));
    const QCommandLineOption noCheck(QStringLiteral("no-check"),
                                     tr("Send the values even when the document refuses them."));
    setup.addOptions(parser, tr("Base URL of the back-end (else the document's server)."));
    parser.addOptions({param, body, mediaType, yes, noCheck});
    if (const auto exit
        = load(parser,
               arguments,
               tr("Usage: oxa-cli call DOCUMENT OPERATION [--server URL] [--env NAME] "
                  "[--param name=value]… [--body JSON|@file] [--header 'K: V'] "
                  "[--bearer-env VAR] [--yes] [--no-check] [--json]"),
               2,
               true,
               {{QStringLiteral("operation"), tr("An operationId, or 'METHOD /path'.")}}))
        return *exit;
    const auto named = operationNamed(parser.positionalArguments().at(1));
    if (!named)
        return usage(named.error().message);
    const Operation *operation = *named;
    // The values, typed by their schemas.
    auto schemas = std::make_shared<SchemaSet>(m_loaded.catalog->documentPointer());
    RequestValues values;
    for (const QString &assignment : parser.values(param)) {
        if (const auto assigned = assignParameter(*operation, *schemas, assignment, values);
            !assigned)
            return usage(assigned.error().message);
    }
    values.mediaType = parser.value(mediaType);
    if (values.mediaType.isEmpty() && operation->requestBody) {
        if (const MediaType *preferred = preferredMedia(operation->requestBody->content))
            values.mediaType = preferred->name;
    }
    if (parser.isSet(body)) {
        QString text = parser.value(body);
        if (text.startsWith(u'@')) {
            QFile file(text.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return usage(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            text = QString::fromUtf8(file.readAll());
        }
        QString error;
        const auto parsed = parseJsonText(text, &error);
        // A JSON body that does not parse is refused where it breaks, never sent as a string;
        // another media type (text, a form) takes the text itself.
        const bool json
            = values.mediaType.isEmpty() || mediaKindOf(values.mediaType) == MediaKind::Json;
        if (!parsed && json) {
            print(stderr,
                  tr("Not sent: --body is not valid JSON (%1). %2")
                          .arg(values.mediaType.isEmpty() ? QStringLiteral("application/json")
                                                          : values.mediaType,
                               error)
                      + u'\n');
            return ExitClientError;
        }
        values.body = parsed ? *parsed : QJsonValue(text);
    }
    // The values against the document, before anything is asked or sent.
    if (!parser.isSet(noCheck)) {
        const QList<RequestProblem> problems = RequestCheck(*schemas, *operation).check(values);
        if (!problems.isEmpty()) {
            QJsonArray list;
            for (const RequestProblem &problem : problems) {
                print(stderr, problem.text() + u'\n');
                list.append(problem.toJson());
            }
            print(stderr,
                  tr("Not sent: %n problem(s) with these values; --no-check sends them anyway.",
                     nullptr,
                     int(problems.size()))
                      + u'\n');
            if (parser.isSet(m_json))
                write(stdout,
                      QJsonDocument(QJsonObject{{QStringLiteral("problems"), list}})
                              .toJson(QJsonDocument::Compact)
                          + '\n');
            return ExitClientError;
        }
    }
    // The environment, the secrets and the session, as every command that calls sets them up.
    if (const auto exit = setup.prepare(parser,
                                        m_loaded.catalog->securitySchemes(),
                                        parser.value(setup.server),
                                        parser.value(setup.env)))
        return *exit;
    const Environment &environment = setup.environment;

    // The command line answers the questions: --yes confirms, no secret is asked for.
    ScriptedInteraction answers;
    answers.confirms = parser.isSet(yes);
    CallDriver driver(setup.session.get(), &answers);
    QEventLoop loop;
    CallEnd end;
    CallRequest request;
    request.catalog = m_loaded.catalog;
    request.schemas = schemas;
    request.operationKey = operation->key;
    request.values = values;
    request.environment = environment;
    driver.run(request, [&](const CallEnd &e) {
        end = e;
        loop.quit();
    });
    loop.exec();
    if (end.stop == CallStop::NoSecret || end.stop == CallStop::SecretsNotEnough) {
        QStringList names;
        for (const MissingSecret &m : end.call->missing)
            names << (m.scheme.isEmpty() ? tr("the environment's key") : m.scheme);
        return usage(tr("No secret for %1: give it with --secret-env SCHEME=VARIABLE (or "
                        "--bearer-env), or keep it in the keychain from the console.")
                         .arg(names.join(QStringLiteral(", "))));
    }
    if (end.stop == CallStop::Refused) {
        const QString risk = QString::fromLatin1(riskName(operation->risk));
        print(stderr,
              (environment.production
                   ? tr("%1 (%2 %3) is a %4 operation on the production environment %5: add --yes "
                        "to call it.")
                         .arg(operation->operationId,
                              operation->method,
                              operation->path,
                              risk,
                              environment.name)
                   : tr("%1 (%2 %3) is a %4 operation: add --yes to call it.")
                         .arg(operation->operationId, operation->method, operation->path, risk))
                  + u'\n');
        return ExitRefused;
    }
    if (end.stop)
        return usage(end.why);
    const CallOutcome &outcome = *end.outcome;
    if (!outcome.recordProblem.isEmpty())
        print(stderr, outcome.recordProblem + u'\n');
    printOutcome(outcome, parser.isSet(m_json));
    const Exchange &exchange = outcome.exchange;
    if (exchange.error && exchange.status == 0)
        return ExitTransport;
    if (exchange.status >= 500)
        return ExitServerError;
    if (exchange.status >= 400)
        return ExitClientError;
    return ExitOk;
}

void CallCommand::printOutcome(const CallOutcome &outcome, bool json) const
{
    // What is shown has its secrets masked, as everywhere: a terminal is often a log.
    const Exchange &exchange = outcome.shown;
    if (json) {
        QJsonObject headers;
        for (const auto &[name, value] : exchange.responseHeaders)
            headers.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
        // The body as the session parsed it, once.
        const std::optional<QJsonValue> parsedBody
            = outcome.body.tree ? std::optional(toQJsonValue(*outcome.body.tree->root()))
                                : std::nullopt;
        QJsonObject out{{QStringLiteral("status"), exchange.status},
                        {QStringLiteral("url"), exchange.url.toString(QUrl::RemoveUserInfo)},
                        {QStringLiteral("headers"), headers},
                        {QStringLiteral("timing"),
                         QJsonObject{{QStringLiteral("firstByteMs"), exchange.firstByteMs},
                                     {QStringLiteral("totalMs"), exchange.totalMs}}},
                        {QStringLiteral("body"),
                         parsedBody ? *parsedBody : QJsonValue(QString::fromUtf8(exchange.body))}};
        if (exchange.error)
            out.insert(QStringLiteral("error"), exchange.error->message);
        if (exchange.truncated)
            out.insert(QStringLiteral("truncated"), true);
        QJsonArray problems;
        for (const ValidationError &problem : outcome.check.problems)
            problems.append(QJsonObject{{QStringLiteral("pointer"), problem.instancePointer},
                                        {QStringLiteral("keyword"), problem.keyword},
                                        {QStringLiteral("message"), problem.message}});
        QJsonObject check{{QStringLiteral("problems"), problems}};
        if (!outcome.check.note.isEmpty())
            check.insert(QStringLiteral("note"), outcome.check.note);
        if (!outcome.check.schemaPointer.isEmpty())
            check.insert(QStringLiteral("schema"), outcome.check.schemaPointer);
        out.insert(QStringLiteral("check"), check);
        write(stdout, QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n');
    } else {
        write(stdout, exchange.body);
        if (outcome.body.tree && !exchange.body.endsWith('\n'))
            write(stdout, "\n"); // JSON ends its line; other bodies stay byte for byte
        if (exchange.error)
            print(stderr, exchange.error->message + u'\n');
        else if (exchange.status >= 400)
            // Stdout holds the body, maybe nothing: the status is said where a person looks.
            print(stderr,
                  tr("HTTP %1 %2")
                          .arg(exchange.status)
                          .arg(QString::fromLatin1(exchange.reason))
                          .trimmed()
                      + u'\n');
    }
}

} // namespace

std::unique_ptr<Command> makeCallCommand()
{
    return std::make_unique<CallCommand>();
}

} // namespace Oxa::Cli
