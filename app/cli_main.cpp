// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "call/callsession.h"
#include "catalog/catalog.h"
#include "catalog/catalogreport.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "mock/mockbackend.h"
#include "request/apiclient.h"
#include "request/authentication.h"
#include "request/environment.h"
#include "request/requestbuilder.h"
#include "request/secretstore.h"
#include "schema/fieldshape.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace Oxa;

namespace {

// Exit statuses, stable for scripts.
constexpr int ExitOk = 0;
constexpr int ExitLoadedWithErrors = 1;
constexpr int ExitNotLoaded = 2;
constexpr int ExitUsage = 64;
// oxa-cli call: by the answer's status class, or why there was none.
constexpr int ExitClientError = 3; // 4xx
constexpr int ExitServerError = 4; // 5xx
constexpr int ExitTransport = 5;   // no answer: network, deadline, TLS
constexpr int ExitRefused = 6;     // a response or destructive operation without --yes

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    int run(const QStringList &arguments);

private:
    struct Prepared
    {
        QString location;
        CatalogLoad loaded;
    };

    void addLoadOptions(QCommandLineParser &parser);
    /** Parses a command's arguments and loads its document; an exit status when it cannot go on. */
    std::optional<int> prepare(QCommandLineParser &parser,
                               const QStringList &arguments,
                               const QString &usageLine,
                               Prepared &prepared,
                               int positionals = 1);
    std::optional<LoadOptions> loadOptions(const QCommandLineParser &parser);
    int inspect(const QStringList &arguments);
    int validate(const QStringList &arguments);
    int call(const QStringList &arguments);
    int audit(const QStringList &arguments);
    int mock(const QStringList &arguments);
    int usage(const QString &message);
    static void write(FILE *stream, const QByteArray &bytes)
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
        std::fflush(stream);
    }
    static void print(FILE *stream, const QString &text) { write(stream, text.toUtf8()); }

    QCommandLineOption m_json{QStringLiteral("json"), tr("Print JSON instead of text.")};
    QCommandLineOption
        m_remote{QStringLiteral("allow-remote-refs"),
                 tr("Follow references to http(s) URLs (otherwise only files beside the "
                    "document are read).")};
    QCommandLineOption
        m_outside{QStringLiteral("allow-outside-refs"),
                  tr("Follow references to local files outside the document's folder.")};
    QCommandLineOption m_maxSize{QStringLiteral("max-size"),
                                 tr("Largest document, in bytes (default %1).")
                                     .arg(LoadLimits{}.maxDocumentBytes),
                                 tr("bytes")};
    QCommandLineOption m_maxDepth{QStringLiteral("max-depth"),
                                  tr("Deepest nesting (default %1).").arg(LoadLimits{}.maxDepth),
                                  tr("levels")};
    QCommandLineOption m_maxAliases{QStringLiteral("max-aliases"),
                                    tr("Most nodes YAML aliases may add (default %1).")
                                        .arg(LoadLimits{}.maxAliasExpansion),
                                    tr("nodes")};
    QCommandLineOption m_maxRefHops{QStringLiteral("max-ref-hops"),
                                    tr("Longest chain of references (default %1).")
                                        .arg(LoadLimits{}.maxRefHops),
                                    tr("hops")};
    QCommandLineOption m_maxOperations{QStringLiteral("max-operations"),
                                       tr("Most operations (default %1).")
                                           .arg(LoadLimits{}.maxOperations),
                                       tr("count")};
    QCommandLineOption m_maxDocuments{QStringLiteral("max-documents"),
                                      tr("Most referenced documents (default %1).")
                                          .arg(LoadLimits{}.maxReferencedDocuments),
                                      tr("count")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"),
                                 tr("Seconds to wait for a remote document (default %1).")
                                     .arg(LoadLimits{}.networkTimeoutSeconds),
                                 tr("seconds")};
    QCommandLineOption m_allNotes{QStringLiteral("all-notes"),
                                  tr("List every note, not a count per kind.")};
};

int Cli::usage(const QString &message)
{
    print(stderr, message + u'\n');
    return ExitUsage;
}

void Cli::addLoadOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOptions({m_json,
                       m_remote,
                       m_outside,
                       m_maxSize,
                       m_maxDepth,
                       m_maxAliases,
                       m_maxRefHops,
                       m_maxOperations,
                       m_maxDocuments,
                       m_timeout});
    parser.addPositionalArgument(QStringLiteral("document"), tr("A file path or an http(s) URL."));
}

std::optional<LoadOptions> Cli::loadOptions(const QCommandLineParser &parser)
{
    LoadOptions options;
    options.allowRemoteRefs = parser.isSet(m_remote);
    options.allowFilesOutsideFolder = parser.isSet(m_outside);
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, auto &target) {
        if (!parser.isSet(option))
            return;
        bool valid = false;
        const qlonglong value = parser.value(option).toLongLong(&valid);
        if (!valid || value <= 0) {
            print(stderr,
                  tr("--%1 needs a positive number").arg(option.names().constFirst()) + u'\n');
            ok = false;
            return;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
    };
    number(m_maxSize, options.limits.maxDocumentBytes);
    number(m_maxDepth, options.limits.maxDepth);
    number(m_maxAliases, options.limits.maxAliasExpansion);
    number(m_maxRefHops, options.limits.maxRefHops);
    number(m_maxOperations, options.limits.maxOperations);
    number(m_maxDocuments, options.limits.maxReferencedDocuments);
    number(m_timeout, options.limits.networkTimeoutSeconds);
    if (!ok)
        return std::nullopt;
    return options;
}

std::optional<int> Cli::prepare(QCommandLineParser &parser,
                                const QStringList &arguments,
                                const QString &usageLine,
                                Prepared &prepared,
                                int positionals)
{
    addLoadOptions(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionals)
        return usage(usageLine);
    const auto options = loadOptions(parser);
    if (!options)
        return ExitUsage;
    prepared.location = parser.positionalArguments().constFirst();
    prepared.loaded = Catalog::load(prepared.location, *options);
    return std::nullopt;
}

int Cli::inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the operations of an OpenAPI description: method, path, "
           "parameters, bodies, responses, OXA capability and risk."));
    Prepared prepared;
    if (const auto exit
        = prepare(parser,
                  arguments,
                  tr("Usage: oxa-cli inspect DOCUMENT [--json] [--allow-remote-refs]"),
                  prepared))
        return *exit;
    const CatalogLoad &loaded = prepared.loaded;
    if (!loaded.catalog) {
        print(stderr,
              CatalogReport::diagnosticsText(prepared.location, false, 0, loaded.diagnostics, false));
        return ExitNotLoaded;
    }
    if (parser.isSet(m_json))
        write(stdout, CatalogReport::catalogJson(*loaded.catalog));
    else
        print(stdout, CatalogReport::catalogText(*loaded.catalog, loaded.diagnostics));
    return ExitOk;
}

int Cli::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists every diagnostic of an OpenAPI description. Exit status: 0 "
           "without errors, 1 when it loaded with errors, 2 when it could not be "
           "loaded."));
    parser.addOption(m_allNotes);
    Prepared prepared;
    if (const auto exit
        = prepare(parser,
                  arguments,
                  tr("Usage: oxa-cli validate DOCUMENT [--json] [--allow-remote-refs]"),
                  prepared))
        return *exit;
    const CatalogLoad &loaded = prepared.loaded;
    const bool ok = bool(loaded.catalog);
    const qsizetype operations = ok ? loaded.catalog->operations().size() : 0;
    if (parser.isSet(m_json))
        write(stdout, CatalogReport::diagnosticsJson(ok, operations, loaded.diagnostics));
    else
        print(stdout,
              CatalogReport::diagnosticsText(prepared.location,
                                             ok,
                                             operations,
                                             loaded.diagnostics,
                                             parser.isSet(m_allNotes)));
    if (!ok)
        return ExitNotLoaded;
    return countSeverity(loaded.diagnostics, Diagnostic::Severity::Error) > 0 ? ExitLoadedWithErrors
                                                                              : ExitOk;
}

int Cli::call(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Calls an operation and prints the response body. Exit status: 0 for 2xx (and 1xx, 3xx), "
        "3 for 4xx, 4 for 5xx, 5 when no answer came, 6 when a call that must be confirmed "
        "(a response or destructive operation, or anything but a read in production) is made "
        "without --yes. Secrets come from the keychain (with --env) or from environment "
        "variables, never from the command line. Every call is kept in the console's history, "
        "and every call that is not a read in its audit log."));
    const QCommandLineOption env(QStringLiteral("env"),
                                 tr("A console environment: its base URL, headers, deadlines, TLS "
                                    "files, proxy, confirmation policy and keychain secrets."),
                                 tr("name"));
    const QCommandLineOption keyEnv(QStringLiteral("key-env"),
                                    tr("The environment's own key (sent in the header its profile "
                                       "names) from this environment variable."),
                                    tr("variable"));
    const QCommandLineOption noHistory(QStringLiteral("no-history"),
                                       tr("Keep this call out of the history (the audit log still "
                                          "records a call that is not a read)."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Base URL of the back-end (else the document's server)."),
                                    tr("url"));
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
    const QCommandLineOption header(QStringLiteral("header"),
                                    tr("An extra header, 'Name: value'."),
                                    tr("header"));
    const QCommandLineOption
        bearerEnv(QStringLiteral("bearer-env"),
                  tr("A bearer token from this environment variable, for the document's bearer "
                     "schemes (or as 'Authorization: Bearer' when it declares none)."),
                  tr("variable"));
    const QCommandLineOption secretEnv(QStringLiteral("secret-env"),
                                       tr("The secret of a security scheme from an environment "
                                          "variable: SCHEME=VARIABLE (basic: user:password)."),
                                       tr("scheme=variable"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Confirm a response or destructive operation."));
    parser.addOptions(
        {server, env, param, body, mediaType, header, bearerEnv, secretEnv, keyEnv, yes, noHistory});
    parser.addPositionalArgument(QStringLiteral("operation"),
                                 tr("An operationId, or 'METHOD /path'."));
    Prepared prepared;
    if (const auto exit
        = prepare(parser,
                  arguments,
                  tr("Usage: oxa-cli call DOCUMENT OPERATION [--server URL] [--env NAME] "
                     "[--param name=value]… [--body JSON|@file] [--header 'K: V'] "
                     "[--bearer-env VAR] [--yes] [--json]"),
                  prepared,
                  2))
        return *exit;
    const CatalogLoad &loaded = prepared.loaded;
    if (!loaded.catalog) {
        print(stderr,
              CatalogReport::diagnosticsText(prepared.location, false, 0, loaded.diagnostics, false));
        return ExitNotLoaded;
    }
    const Catalog &catalog = *loaded.catalog;
    const QString wanted = parser.positionalArguments().at(1);
    const Operation *operation = catalog.operationByKey(wanted);
    if (!operation) {
        const auto byId = catalog.operationsById(wanted);
        if (byId.size() > 1)
            return usage(tr("%1 names several operations: use 'METHOD /path'.").arg(wanted));
        operation = byId.value(0);
    }
    if (!operation)
        return usage(tr("No operation %1 in %2.").arg(wanted, prepared.location));
    // The values, typed by their schemas.
    auto schemas = std::make_shared<SchemaSet>(catalog.documentPointer());
    RequestValues values;
    for (const QString &assignment : parser.values(param)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return usage(tr("--param needs name=value: %1").arg(assignment));
        QString name = assignment.left(equals);
        QString location;
        if (const qsizetype colon = name.indexOf(u':'); colon > 0) {
            location = name.left(colon);
            name = name.mid(colon + 1);
        }
        const Parameter *found = nullptr;
        for (const Parameter &p : operation->parameters) {
            if (p.name == name
                && (location.isEmpty()
                    || location == QString::fromLatin1(parameterLocationName(p.location))))
                found = found ? found : &p;
        }
        if (!found)
            return usage(tr("%1 has no parameter %2.").arg(wanted, name));
        QString pointer;
        const NodeRef node = parameterSchema(*found, &pointer);
        const Schema *schema = node ? schemas->compile(node, pointer) : nullptr;
        values.at(found->location)
            .insert(name,
                    valueFromText(describeField(*schemas, schema), assignment.mid(equals + 1)));
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
        // Not JSON: the text itself (a text or form body).
        values.body = parsed ? *parsed : QJsonValue(text);
    }
    values.mediaType = parser.value(mediaType);
    if (values.mediaType.isEmpty() && operation->requestBody) {
        for (const MediaType &m : operation->requestBody->content) {
            if (mediaKindOf(m.name) == MediaKind::Json) {
                values.mediaType = m.name;
                break;
            }
        }
        if (values.mediaType.isEmpty() && !operation->requestBody->content.isEmpty())
            values.mediaType = operation->requestBody->content.front().name;
    }
    // The environment: a console profile, or one made of the options.
    Environment environment;
    environment.name = QStringLiteral("oxa-cli");
    if (parser.isSet(env)) {
        QSettings settings(QStringLiteral("OXA Console"), QStringLiteral("oxa-console"));
        const QList<Environment> known = EnvironmentStore(settings).load();
        QStringList names;
        bool found = false;
        for (const Environment &e : known) {
            names << e.name;
            if (e.name == parser.value(env)) {
                environment = e;
                found = true;
            }
        }
        if (!found)
            return usage(tr("No environment %1 (known: %2).")
                             .arg(parser.value(env),
                                  names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }
    if (parser.isSet(server))
        environment.baseUrl = parser.value(server);
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    for (const QString &line : parser.values(header)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.contains(u'\r') || line.contains(u'\n'))
            return usage(tr("--header needs 'Name: value': %1").arg(line));
        extraHeaders.append(
            {line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    environment.defaultHeaders = extraHeaders + environment.defaultHeaders;

    // Secrets: the keychain (for a console environment), or variables for this run only.
    SecretStore secrets(parser.isSet(env) ? SecretStore::Backend::Keychain
                                          : SecretStore::Backend::Memory);
    for (const QString &pair : parser.values(secretEnv)) {
        const QString scheme = pair.section(u'=', 0, 0);
        const QByteArray secret = qgetenv(pair.section(u'=', 1).toLocal8Bit().constData());
        if (secret.isEmpty())
            return usage(
                tr("The environment variable %1 is empty or not set.").arg(pair.section(u'=', 1)));
        SchemeSecret s;
        s.value = secret;
        const qsizetype colon = secret.indexOf(':');
        s.user = s.clientId = colon < 0 ? secret : secret.left(colon);
        s.password = s.clientSecret = colon < 0 ? QByteArray() : secret.mid(colon + 1);
        secrets.keepForSession(environment.secretKey(scheme), CallSession::encodeSecret(s));
    }
    if (parser.isSet(bearerEnv)) {
        const QByteArray token = qgetenv(parser.value(bearerEnv).toLocal8Bit().constData());
        if (token.isEmpty())
            return usage(
                tr("The environment variable %1 is empty or not set.").arg(parser.value(bearerEnv)));
        // The document's bearer schemes take it; a document without one gets it as the
        // environment's key, in Authorization.
        bool schemes = false;
        for (const SecurityScheme &scheme : loaded.catalog->securitySchemes()) {
            if (scheme.type == u"http"
                && scheme.scheme.compare(u"bearer", Qt::CaseInsensitive) == 0) {
                SchemeSecret s;
                s.value = token;
                secrets.keepForSession(environment.secretKey(scheme.name),
                                       CallSession::encodeSecret(s));
                schemes = true;
            }
        }
        if (!schemes) {
            environment.keyHeader = QStringLiteral("Authorization");
            secrets.keepForSession(environment.secretKey(MissingSecret::kEnvironmentKey), token);
        }
    }

    if (parser.isSet(keyEnv)) {
        const QByteArray key = qgetenv(parser.value(keyEnv).toLocal8Bit().constData());
        if (key.isEmpty())
            return usage(
                tr("The environment variable %1 is empty or not set.").arg(parser.value(keyEnv)));
        if (environment.keyHeader.isEmpty())
            return usage(tr("--key-env needs an environment whose profile names a key header."));
        secrets.keepForSession(environment.secretKey(MissingSecret::kEnvironmentKey), key);
    }
    CallSession session(&secrets);
    std::optional<HistoryStore> history;
    if (!parser.isSet(noHistory)) {
        history.emplace(HistoryStore::defaultPath());
        if (history->problem().isEmpty())
            session.setHistory(&*history);
        else
            print(stderr, history->problem() + u'\n');
    }
    AuditLog audit(AuditLog::defaultPath());
    session.setAudit(&audit);

    QEventLoop loop;
    std::optional<Result<PreparedCall>> ready;
    session.prepare(loaded.catalog,
                    schemas,
                    operation->key,
                    values,
                    values.toJson(),
                    environment,
                    [&](const Result<PreparedCall> &r) {
                        ready = r;
                        loop.quit();
                    });
    loop.exec();
    if (!*ready)
        return usage(ready->error().message);
    const PreparedCall &call = **ready;
    if (!call.missing.isEmpty()) {
        QStringList names;
        for (const MissingSecret &m : call.missing)
            names << (m.scheme.isEmpty() ? tr("the environment's key") : m.scheme);
        return usage(tr("No secret for %1: give it with --secret-env SCHEME=VARIABLE (or "
                        "--bearer-env), or keep it in the keychain from the console.")
                         .arg(names.join(QStringLiteral(", "))));
    }
    if (call.confirm && !parser.isSet(yes)) {
        session.refuse(call);
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
    CallOutcome outcome;
    QObject::connect(&session, &CallSession::finished, &loop, [&](quint64, const CallOutcome &o) {
        outcome = o;
        loop.quit();
    });
    session.send(call);
    loop.exec();
    if (!outcome.recordProblem.isEmpty())
        print(stderr, outcome.recordProblem + u'\n');
    const Exchange &exchange = outcome.exchange;

    if (parser.isSet(m_json)) {
        QJsonObject headers;
        for (const auto &[name, value] : exchange.responseHeaders)
            headers.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
        QString error;
        const auto parsedBody = parseJsonText(QString::fromUtf8(exchange.body), &error);
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
        if (exchange.error)
            print(stderr, exchange.error->message + u'\n');
    }
    if (exchange.error && exchange.status == 0)
        return ExitTransport;
    if (exchange.status >= 500)
        return ExitServerError;
    if (exchange.status >= 400)
        return ExitClientError;
    return ExitOk;
}

int Cli::audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks or exports the audit log of calls that change something. verify: exit 0 when "
           "every entry chains to the one before it, 1 when an entry was changed, inserted or "
           "deleted. export: the entries as JSON Lines, or CSV with --csv."));
    parser.addHelpOption();
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Export as CSV."));
    parser.addOption(csv);
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify or export."));
    parser.addPositionalArgument(QStringLiteral("log"),
                                 tr("The audit log (default %1).").arg(AuditLog::defaultPath()));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2
        || (positional.first() != u"verify" && positional.first() != u"export"))
        return usage(tr("Usage: oxa-cli audit verify|export [LOG] [--csv]"));
    const QString path = positional.value(1, AuditLog::defaultPath());
    if (positional.first() == u"export") {
        if (parser.isSet(csv)) {
            const auto text = AuditLog::toCsv(path);
            if (!text) {
                print(stderr, text.error().message + u'\n');
                return ExitNotLoaded;
            }
            write(stdout, *text);
            return ExitOk;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            print(stderr,
                  tr("Cannot read the audit log %1: %2").arg(path, file.errorString()) + u'\n');
            return ExitNotLoaded;
        }
        write(stdout, file.readAll());
        return ExitOk;
    }
    const AuditVerification v = AuditLog::verify(path);
    if (v.firstBroken == 0) {
        print(stderr, v.problem + u'\n');
        return ExitNotLoaded;
    }
    if (!v.ok()) {
        print(stdout, v.problem + u'\n');
        return ExitLoadedWithErrors;
    }
    print(stdout,
          tr("%1: %n entries, the chain holds.", nullptr, int(v.entries)).arg(path)
              + (v.incompleteTail
                     ? u' ' + tr("The last line was cut by a crash; it never completed.")
                     : QString())
              + u'\n');
    return ExitOk;
}

int Cli::mock(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves an OpenAPI description as a mock back-end: requests are checked against "
           "their operation, answers come from the document's examples or are generated from "
           "its schemas. One line per request is printed. Stop it with Ctrl+C."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("The port (default 4010; 0 picks a free one)."),
                                  tr("port"),
                                  QStringLiteral("4010"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("The address to listen on (default 127.0.0.1). Another "
                                     "address exposes the mock to the network."),
                                  tr("address"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the generated values (default 1)."),
                                  tr("number"),
                                  QStringLiteral("1"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     tr("Delay before each answer, in milliseconds."),
                                     tr("ms"));
    const QCommandLineOption stateful(QStringLiteral("stateful"),
                                      tr("Keep what is created: it can be read back, changed "
                                         "and deleted by id."));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       tr("Share of requests answered 500 (0 to 1)."),
                                       tr("share"));
    const QCommandLineOption throttleRate(QStringLiteral("throttle-rate"),
                                          tr("Share of requests answered 429 with Retry-After "
                                             "(0 to 1)."),
                                          tr("share"));
    const QCommandLineOption timeoutRate(QStringLiteral("timeout-rate"),
                                         tr("Share of requests never answered (0 to 1)."),
                                         tr("share"));
    const QCommandLineOption noValidation(QStringLiteral("no-validation"),
                                          tr("Answer requests without checking them."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Do not log requests."));
    parser.addOptions({port,
                       host,
                       seed,
                       latency,
                       stateful,
                       errorRate,
                       throttleRate,
                       timeoutRate,
                       noValidation,
                       quiet});
    Prepared prepared;
    if (const auto exit = prepare(parser,
                                  arguments,
                                  tr("Usage: oxa-cli mock DOCUMENT [--port N] [--seed S] "
                                     "[--latency MS] [--stateful]"),
                                  prepared))
        return *exit;
    const CatalogLoad &loaded = prepared.loaded;
    if (!loaded.catalog) {
        print(stderr,
              CatalogReport::diagnosticsText(prepared.location, false, 0, loaded.diagnostics, false));
        return ExitNotLoaded;
    }
    MockOptions options;
    options.stateful = parser.isSet(stateful);
    options.validateRequests = !parser.isSet(noValidation);
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(tr("--seed needs a whole number: %1").arg(parser.value(seed)));
    if (parser.isSet(latency)) {
        options.latencyMs = parser.value(latency).toInt(&ok);
        if (!ok || options.latencyMs < 0 || options.latencyMs > 600'000)
            return usage(
                tr("--latency needs milliseconds, 0 to 600000: %1").arg(parser.value(latency)));
    }
    for (const auto &[option, target] : {std::pair{&errorRate, &options.errorRate},
                                         std::pair{&throttleRate, &options.throttleRate},
                                         std::pair{&timeoutRate, &options.timeoutRate}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parser.value(*option).toDouble(&ok);
        if (!ok || *target < 0 || *target > 1)
            return usage(tr("--%1 needs a share between 0 and 1: %2")
                             .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (options.errorRate + options.throttleRate + options.timeoutRate > 1)
        return usage(tr("The error, throttle and timeout rates add up to more than 1."));
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return usage(tr("--port needs a number from 0 to 65535: %1").arg(parser.value(port)));
    const auto portNumber = quint16(portValue);
    const QHostAddress address(parser.value(host));
    if (address.isNull())
        return usage(tr("--host needs an IP address: %1").arg(parser.value(host)));

    auto schemas = std::make_shared<SchemaSet>(loaded.catalog->documentPointer());
    MockBackend backend(loaded.catalog, schemas, options);
    const auto listening = backend.listen(address, portNumber);
    if (!listening) {
        print(stderr, listening.error().message + u'\n');
        return ExitTransport;
    }
    const Catalog &catalog = *loaded.catalog;
    const int errors = int(countSeverity(loaded.diagnostics, Diagnostic::Severity::Error));
    if (errors)
        print(stderr,
              tr("%1: %n error(s) in the document; oxa-cli validate lists them.", nullptr, errors)
                      .arg(prepared.location)
                  + u'\n');
    if (!address.isLoopback())
        print(stderr,
              tr("Warning: listening on %1, other machines can reach this mock.")
                      .arg(address.toString())
                  + u'\n');
    print(stdout,
          tr("Serving %1 (%n operation(s)) at %2", nullptr, int(catalog.operations().size()))
                  .arg(catalog.info().title.isEmpty() ? prepared.location : catalog.info().title,
                       backend.baseUrl().toString())
              + u'\n');
    if (!parser.isSet(quiet)) {
        QObject::connect(&backend, &MockBackend::served, &backend, [](const MockLogEntry &entry) {
            print(stdout, entry.line() + u'\n');
        });
    }
    return QCoreApplication::exec();
}

int Cli::run(const QStringList &arguments)
{
    const QString help
        = tr("Usage: oxa-cli COMMAND [options]\n\n"
             "Commands:\n"
             "  inspect DOCUMENT   list the operations of an OpenAPI description\n"
             "  validate DOCUMENT  list its diagnostics (exit 0, 1 with errors, 2 unreadable)\n"
             "  call DOCUMENT OPERATION  call an operation and print its response\n"
             "  audit verify|export [LOG]  check the audit log's chain, or export it\n"
             "  mock DOCUMENT      serve it as a mock back-end on loopback\n\n"
             "oxa-cli COMMAND --help describes the options of a command.\n");
    if (arguments.size() < 2)
        return usage(help);
    const QString command = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == u"inspect")
        return inspect(rest);
    if (command == u"validate")
        return validate(rest);
    if (command == u"call")
        return call(rest);
    if (command == u"audit")
        return audit(rest);
    if (command == u"mock")
        return mock(rest);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        print(stdout, help);
        return ExitOk;
    }
    if (command == u"--version" || command == u"-v") {
        print(stdout, QStringLiteral("oxa-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    return usage(tr("Unknown command \"%1\".").arg(command) + u"\n\n" + help);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oxa-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OXA_VERSION));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // Without a translation for the locale, English: its file spells the plural forms.
    if (translator.load(QLocale(),
                        QStringLiteral("oxa-console"),
                        QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/oxa-console_en.qm")))
        QCoreApplication::installTranslator(&translator);
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
