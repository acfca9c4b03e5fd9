// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "callsession.h"

#include "catalog/catalog.h"
#include "core/headers.h"
#include "core/logging.h"
#include "core/secrets.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "request/requestsecrets.h"
#include "request/secretstore.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

namespace Oxa {

namespace {

/**
 * Why an environment looks like another back-end's: its base URL is on none of the hosts the
 * document's absolute servers name. Empty when it matches one, or when the document names none
 * (relative servers, variables), or the environment has no base URL.
 */
QString serverMismatch(const Catalog &catalog, const Environment &environment)
{
    const QUrl base(environment.baseUrl);
    if (environment.baseUrl.isEmpty() || !base.isValid() || base.host().isEmpty())
        return QString();
    QStringList hosts;
    for (const Server &server : catalog.servers()) {
        const QUrl url(server.url);
        if (server.url.contains(u'{') || url.isRelative() || url.host().isEmpty())
            continue;
        if (url.host().compare(base.host(), Qt::CaseInsensitive) == 0
            && url.port(url.scheme() == u"https" ? 443 : 80)
                   == base.port(base.scheme() == u"https" ? 443 : 80))
            return QString();
        hosts << url.authority();
    }
    if (hosts.isEmpty())
        return QString();
    return QCoreApplication::translate(
               "Oxa::CallSession", "%1 sends to %2, which is not a server of this document (%3).")
        .arg(environment.name.isEmpty()
                 ? QCoreApplication::translate("Oxa::CallSession", "The environment")
                 : environment.name,
             base.authority(),
             hosts.join(QStringLiteral(", ")));
}

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

const Operation *PreparedCall::operation() const
{
    return catalog ? catalog->operationByKey(operationKey) : nullptr;
}

QString PreparedCall::targetText() const
{
    const Operation *op = operation();
    const QString what = !op                          ? operationKey
                         : !op->summary.isEmpty()     ? op->summary
                         : !op->operationId.isEmpty() ? op->operationId
                                                      : op->key;
    QStringList targets;
    const QJsonObject path = storedValues.value(u"path").toObject();
    for (auto it = path.begin(); it != path.end(); ++it)
        targets.append(CallSession::tr("%1 %2").arg(it.key(), valueText(it.value(), 200)));
    const QString where
        = environment.name.isEmpty() ? CallSession::tr("the document's server") : environment.name;
    return targets.isEmpty() ? CallSession::tr("%1, in %2").arg(what, where)
                             : CallSession::tr("%1: %2, in %3")
                                   .arg(what, targets.join(QStringLiteral(", ")), where);
}

QUrl PreparedCall::url(bool reveal) const
{
    QUrl out = reveal ? request.url : shownRequest.url;
    if (!credentials.query.isEmpty()) {
        QUrlQuery query(out);
        for (const auto &[name, value] : credentials.query)
            query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(name)),
                               reveal ? QString::fromUtf8(QUrl::toPercentEncoding(value))
                                      : QString::fromUtf8(secretMask()));
        out.setQuery(query);
    }
    return reveal ? out : QUrl::fromEncoded(maskedUrl(out, secrets));
}

QList<QPair<QByteArray, QByteArray>> PreparedCall::headers(bool reveal) const
{
    QList<QPair<QByteArray, QByteArray>> out = reveal ? request.headers : shownRequest.headers;
    out += credentials.headers;
    QList<QByteArray> cookies;
    for (const auto &[name, value] : credentials.cookies)
        cookies << name + '=' + value;
    if (!cookies.isEmpty())
        out.append({QByteArrayLiteral("Cookie"), cookies.join("; ")});
    return reveal ? out : maskedHeaders(out, secrets);
}

QByteArray PreparedCall::body(bool reveal) const
{
    return reveal ? request.body : maskSecrets(shownRequest.body, secrets);
}

QList<BuiltRequest::Part> PreparedCall::parts(bool reveal) const
{
    if (reveal)
        return request.parts;
    QList<BuiltRequest::Part> out = shownRequest.parts;
    for (BuiltRequest::Part &part : out)
        part.data = maskSecrets(part.data, secrets);
    return out;
}

Exchange maskedExchange(const PreparedCall &call, const Exchange &exchange)
{
    const QList<QByteArray> &secrets = call.secrets;
    Exchange shown = exchange;
    shown.url = QUrl::fromEncoded(maskedUrl(exchange.url, secrets));
    for (QUrl &url : shown.redirects)
        url = QUrl::fromEncoded(maskedUrl(url, secrets));
    shown.requestHeaders = maskedHeaders(exchange.requestHeaders, secrets);
    for (auto &[name, value] : shown.requestHeaders) {
        // A header whose value is secret by its schema alone, however short.
        if (const QByteArray masked = call.shownRequest.header(name); masked.contains(secretMask()))
            value = masked;
    }
    shown.responseHeaders = maskedHeaders(exchange.responseHeaders, secrets);
    shown.body = maskSecrets(exchange.body, secrets);
    if (shown.error)
        shown.error->message
            = QString::fromUtf8(maskSecrets(exchange.error->message.toUtf8(), secrets));
    return shown;
}

ResponseCheck checkResponse(const Operation &operation, SchemaSet &schemas, const Exchange &exchange)
{
    return checkResponse(operation, schemas, exchange, parseBody(exchange));
}

ResponseCheck checkResponse(const Operation &operation,
                            SchemaSet &schemas,
                            const Exchange &exchange,
                            const ParsedBody &body)
{
    ResponseCheck check;
    if (exchange.status == 0)
        return check; // no answer: the error says why
    const Response *response = operation.responseFor(exchange.status);
    if (!response) {
        check.note
            = QCoreApplication::translate(
                  "Oxa::CallSession", "The document declares no response %1 for this operation.")
                  .arg(exchange.status);
        return check;
    }
    if (response->content.isEmpty())
        return check;
    const QByteArray contentType = headerValue(exchange.responseHeaders, "Content-Type");
    if (exchange.bodySize == 0 && exchange.body.isEmpty()) {
        check.note = QCoreApplication::translate("Oxa::CallSession", "The answer has no body.");
        return check;
    }
    const MediaType *media
        = mediaForContentType(response->content, QString::fromLatin1(contentType));
    if (!media) {
        QStringList declared;
        for (const MediaType &m : response->content)
            declared << m.name;
        check.note = QCoreApplication::translate(
                         "Oxa::CallSession",
                         "The answer's type %1 is not one the document declares for %2 (%3).")
                         .arg(contentType.isEmpty()
                                  ? QCoreApplication::translate("Oxa::CallSession", "(none)")
                                  : QString::fromLatin1(contentType),
                              response->code,
                              declared.join(QStringLiteral(", ")));
        return check;
    }
    if (!media->schema) {
        check.note = QCoreApplication::translate("Oxa::CallSession",
                                                 "The document gives no schema for %1 %2.")
                         .arg(response->code, media->name);
        return check;
    }
    if (mediaKindOf(QString::fromLatin1(contentType)) != MediaKind::Json) {
        check.note
            = QCoreApplication::translate("Oxa::CallSession",
                                          "Only JSON bodies are checked against their schema.");
        return check;
    }
    if (exchange.truncated) {
        check.note = QCoreApplication::translate("Oxa::CallSession",
                                                 "The body is too large to be checked here.");
        return check;
    }
    check.schemaPointer = mediaSchemaPointer(response->pointer, media->name);
    if (!body.tree) {
        check.problems.append(
            {QString(),
             check.schemaPointer,
             QStringLiteral("json"),
             QCoreApplication::translate("Oxa::CallSession", "The body is not valid JSON: %1")
                 .arg(body.problem)});
        return check;
    }
    const Schema *schema = schemas.compile(media->schema, check.schemaPointer);
    if (!schema)
        return check;
    SchemaValidator::Options options;
    options.direction = SchemaValidator::Direction::Response;
    options.maxErrors = 100;
    check.problems = SchemaValidator(schemas, options).validate(*schema, *body.tree->root());
    return check;
}

QString CallOutcome::curlCommand(bool reveal) const
{
    // The first URL asked, with the headers that went there (a redirect may have dropped some).
    const Exchange &sent = reveal ? exchange : shown;
    const QUrl url = sent.redirects.isEmpty() ? sent.url : sent.redirects.front();
    QStringList parts{QStringLiteral("curl")};
    if (call.request.method != "GET")
        parts << QStringLiteral("-X") << QString::fromLatin1(call.request.method);
    parts << shellQuoted(QString::fromUtf8(url.toEncoded(QUrl::RemoveUserInfo)));
    for (const auto &[name, value] : sent.requestHeaders)
        parts << QStringLiteral("-H")
              << shellQuoted(QString::fromLatin1(name) + QStringLiteral(": ")
                             + QString::fromUtf8(value));
    for (const BuiltRequest::Part &part : call.parts(reveal)) {
        parts << QStringLiteral("-F")
              << shellQuoted(
                     QString::fromUtf8(part.name) + u'='
                     + (part.file.isEmpty() ? QString::fromUtf8(part.data) : u'@' + part.file));
    }
    if (!call.request.bodyFile.isEmpty())
        parts << QStringLiteral("--data-binary") << shellQuoted(u'@' + call.request.bodyFile);
    else if (const QByteArray data = call.body(reveal); !data.isEmpty())
        parts << QStringLiteral("--data-raw") << shellQuoted(QString::fromUtf8(data));
    return parts.join(u' ');
}

// --- CallSession

struct CallSession::Channel
{
    Environment environment;
    ApiClient *client = nullptr;
    TokenProvider *tokens = nullptr;
};

CallSession::CallSession(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    qRegisterMetaType<Oxa::CallOutcome>();
}

CallSession::~CallSession() = default;

CallSession::Channel &CallSession::channel(const Environment &environment,
                                           const ClientPolicy &policy)
{
    auto &slot = m_channels[environment.name];
    if (!slot || !(slot->environment == environment)) {
        if (slot) {
            // Tokens and connections of the old profile go; its calls still finish.
            ApiClient *old = slot->client;
            connect(old, &ApiClient::finished, old, [old] {
                if (old->isIdle())
                    old->deleteLater();
            });
            if (old->isIdle())
                old->deleteLater();
        }
        slot = std::make_shared<Channel>();
        slot->environment = environment;
        slot->client = new ApiClient(this);
        slot->tokens = new TokenProvider(slot->client, slot->client);
    }
    slot->client->setPolicy(policy);
    return *slot;
}

QByteArray CallSession::encodeSecret(const SchemeSecret &secret)
{
    QJsonObject out;
    const auto put = [&out](const char *name, const QByteArray &value) {
        if (!value.isEmpty())
            out.insert(QLatin1String(name), QString::fromUtf8(value));
    };
    put("value", secret.value);
    put("user", secret.user);
    put("password", secret.password);
    put("clientId", secret.clientId);
    put("clientSecret", secret.clientSecret);
    if (!secret.scopes.isEmpty())
        out.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(secret.scopes));
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

SchemeSecret CallSession::decodeSecret(const QByteArray &stored)
{
    SchemeSecret secret;
    const QJsonDocument json = QJsonDocument::fromJson(stored);
    if (!json.isObject()) {
        secret.value = stored; // a bare key, as another tool may have stored it
        return secret;
    }
    const QJsonObject o = json.object();
    const auto get
        = [&o](const char *name) { return o.value(QLatin1String(name)).toString().toUtf8(); };
    secret.value = get("value");
    secret.user = get("user");
    secret.password = get("password");
    secret.clientId = get("clientId");
    secret.clientSecret = get("clientSecret");
    for (const QJsonValue &scope : o.value(QStringLiteral("scopes")).toArray())
        secret.scopes << scope.toString();
    return secret;
}

void CallSession::keepSecret(const Environment &environment,
                             const QString &scheme,
                             const SchemeSecret &secret,
                             bool remember,
                             std::function<void(bool, const QString &)> done)
{
    const bool own
        = scheme == MissingSecret::kEnvironmentKey || scheme == MissingSecret::kKeyPassphrase;
    const QByteArray stored = own ? secret.value : encodeSecret(secret);
    if (remember) {
        m_secrets->write(environment.secretKey(scheme), stored, std::move(done));
        return;
    }
    m_secrets->keepForSession(environment.secretKey(scheme), stored);
    if (done)
        done(false, QString());
}

/** What prepare() gathers, step by step, before it answers. */
struct CallSession::Preparing
{
    PreparedCall call;
    Prepared done;
    QHash<QString, QByteArray> stored;    ///< scheme → what the keychain gave
    QHash<QString, SchemeSecret> secrets; ///< the security schemes' secrets, decoded
    QHash<QString, AccessToken> tokens;
    int pending = 0;
    std::optional<Error> failure;
};

void CallSession::answer(const std::shared_ptr<Preparing> &state, const Result<PreparedCall> &result)
{
    // From the event loop: never before prepare() returns.
    QTimer::singleShot(0, this, [done = state->done, result] { done(result); });
}

void CallSession::prepare(std::shared_ptr<const Catalog> catalog,
                          std::shared_ptr<SchemaSet> schemas,
                          const QString &operationKey,
                          const RequestValues &values,
                          const Environment &environment,
                          Prepared done)
{
    auto state = std::make_shared<Preparing>();
    state->done = std::move(done);
    PreparedCall &call = state->call;
    call.catalog = std::move(catalog);
    call.schemas = std::move(schemas);
    call.operationKey = operationKey;
    call.environment = environment;
    const Operation *operation = call.operation();
    if (!operation) {
        answer(state,
               makeError(Error::Code::Unsupported,
                         QCoreApplication::translate("Oxa::CallSession",
                                                     "The document has no operation %1.")
                             .arg(operationKey)));
        return;
    }
    auto built = RequestBuilder::build(*operation,
                                       values,
                                       environment.baseUrl,
                                       call.catalog->document().main().url(),
                                       call.schemas.get());
    if (!built) {
        answer(state, makeError(built.error().code, built.error().message));
        return;
    }
    call.request = std::move(*built);
    // The secrets of the values: masked in what is shown and kept, left out of what is stored.
    const RequestSecrets secrets = requestSecrets(*operation, *call.schemas, values);
    call.secrets = secrets.values;
    call.storedValues = secrets.kept.toJson();
    auto shown = RequestBuilder::build(*operation,
                                       secrets.masked,
                                       environment.baseUrl,
                                       call.catalog->document().main().url(),
                                       call.schemas.get());
    call.shownRequest = shown ? std::move(*shown) : call.request;
    for (BuiltRequest *request : {&call.request, &call.shownRequest}) {
        for (const auto &[name, value] : environment.defaultHeaders) {
            if (request->header(name).isNull())
                request->headers.append({name, value});
        }
    }
    call.confirm = needsConfirmation(*operation, environment);
    // Said in a confirmation, not a reason for one: a staging URL is often none of the
    // document's servers. (The console adds the stronger warning, which is.)
    if (const QString warning = serverMismatch(*call.catalog, environment); !warning.isEmpty())
        call.environmentWarnings << warning;
    readSecrets(state);
}

void CallSession::readSecrets(const std::shared_ptr<Preparing> &state)
{
    const Operation *operation = state->call.operation();
    const Environment &environment = state->call.environment;
    QStringList wanted;
    for (const SecurityRequirement &requirement : operation->security) {
        for (const auto &[name, scopes] : requirement.schemes) {
            if (!wanted.contains(name))
                wanted << name;
        }
    }
    if (!environment.keyHeader.isEmpty())
        wanted << MissingSecret::kEnvironmentKey;
    if (!environment.clientCertificate.isEmpty())
        wanted << MissingSecret::kKeyPassphrase;
    if (wanted.isEmpty()) {
        QTimer::singleShot(0, this, [this, state] { decodeSecrets(state); });
        return;
    }
    state->pending = int(wanted.size());
    QPointer<CallSession> self(this);
    for (const QString &scheme : std::as_const(wanted)) {
        m_secrets->read(environment.secretKey(scheme),
                        [self, state, scheme](std::optional<QByteArray> secret, const QString &) {
                            if (secret && !secret->isEmpty())
                                state->stored.insert(scheme, *secret);
                            if (--state->pending == 0 && self)
                                QTimer::singleShot(0, self, [self, state] {
                                    self->decodeSecrets(state);
                                });
                        });
    }
}

void CallSession::decodeSecrets(const std::shared_ptr<Preparing> &state)
{
    PreparedCall &call = state->call;
    const Environment &environment = call.environment;
    const QByteArray passphrase = state->stored.value(MissingSecret::kKeyPassphrase);
    auto policy = environment.clientPolicy(passphrase);
    if (policy) {
        call.policy = *policy;
    } else if (passphrase.isEmpty() && !environment.clientCertificate.isEmpty()
               && policy.error().code == Error::Code::Parse) {
        // The key may be one that needs its passphrase: ask for it.
        call.missing.append({MissingSecret::kKeyPassphrase, QStringLiteral("passphrase"), {}});
    } else {
        answer(state, makeError(policy.error().code, policy.error().message));
        return;
    }
    call.secrets << passphrase;
    for (auto it = state->stored.cbegin(); it != state->stored.cend(); ++it) {
        if (it.key() == MissingSecret::kEnvironmentKey || it.key() == MissingSecret::kKeyPassphrase)
            continue;
        const SchemeSecret secret = decodeSecret(it.value());
        state->secrets.insert(it.key(), secret);
        call.secrets << secret.value << secret.password << secret.clientSecret;
        if (!secret.password.isEmpty())
            call.secrets << secret.user + ':' + secret.password;
    }
    fetchTokens(state);
}

void CallSession::fetchTokens(const std::shared_ptr<Preparing> &state)
{
    // OAuth2 and OpenID Connect schemes with a client: their tokens, all at once.
    const PreparedCall &call = state->call;
    QList<const SecurityScheme *> schemes;
    for (auto it = state->secrets.cbegin(); it != state->secrets.cend(); ++it) {
        const SecurityScheme *scheme = call.catalog->securityScheme(it.key());
        if (scheme && isTokenScheme(*scheme) && !it->clientId.isEmpty())
            schemes << scheme;
    }
    if (schemes.isEmpty() || !call.missing.isEmpty()) {
        conclude(state);
        return;
    }
    TokenProvider *tokens = channel(call.environment, call.policy).tokens;
    state->pending = int(schemes.size());
    QPointer<CallSession> self(this);
    for (const SecurityScheme *scheme : std::as_const(schemes)) {
        tokens->token(*scheme,
                      state->secrets.value(scheme->name),
                      [self, state, name = scheme->name](const Result<AccessToken> &token) {
                          if (token)
                              state->tokens.insert(name, *token);
                          else if (!state->failure)
                              state->failure
                                  = Error{token.error().code,
                                          QCoreApplication::translate("Oxa::CallSession",
                                                                      "No token for %1: %2")
                                              .arg(name, token.error().message),
                                          {},
                                          -1,
                                          0,
                                          0,
                                          DiagnosticCode::ReadFailed};
                          if (--state->pending == 0 && self)
                              self->conclude(state);
                      });
    }
}

void CallSession::conclude(const std::shared_ptr<Preparing> &state)
{
    PreparedCall &call = state->call;
    if (state->failure) {
        answer(state, Result<PreparedCall>(tl::unexpected(*state->failure)));
        return;
    }
    const Operation *operation = call.operation();
    for (const AccessToken &token : std::as_const(state->tokens))
        call.secrets << token.token << token.refreshToken;
    const auto credentials
        = credentialsFor(*operation, *call.catalog, state->secrets, state->tokens);
    if (credentials) {
        call.credentials = *credentials;
    } else {
        // The first requirement that is not anonymous: what it lacks is asked for.
        for (const SecurityRequirement &requirement : operation->security) {
            for (const auto &[name, scopes] : requirement.schemes) {
                const SecurityScheme *scheme = call.catalog->securityScheme(name);
                if (scheme && state->secrets.value(name).isEmpty())
                    call.missing.append({name, secretKind(*scheme), scheme->description});
            }
            if (!requirement.schemes.isEmpty())
                break;
        }
        if (call.missing.isEmpty()) {
            answer(state, makeError(credentials.error().code, credentials.error().message));
            return;
        }
    }
    const Environment &environment = call.environment;
    if (!environment.keyHeader.isEmpty()) {
        const QByteArray key = state->stored.value(MissingSecret::kEnvironmentKey);
        const bool bearer
            = environment.keyHeader.compare(u"Authorization", Qt::CaseInsensitive) == 0;
        if (key.isEmpty()) {
            call.missing.append({MissingSecret::kEnvironmentKey,
                                 bearer ? QStringLiteral("bearer") : QStringLiteral("apiKey"),
                                 {}});
        } else {
            call.credentials.headers.append(
                {environment.keyHeader.toLatin1(), bearer ? "Bearer " + key : key});
            call.secrets << key;
        }
    }
    call.secrets.removeAll(QByteArray());
    answer(state, call);
}

quint64 CallSession::send(const PreparedCall &call)
{
    Channel &ch = channel(call.environment, call.policy);
    const quint64 id = m_next++;
    QPointer<CallSession> self(this);
    const quint64 clientId = ch.client->send(call.request,
                                             call.credentials,
                                             [self, id, call](const Exchange &exchange) {
                                                 if (!self)
                                                     return;
                                                 self->parseAndCheck(id, call, exchange);
                                             });
    m_running.insert(id, {ch.client, clientId});
    qCDebug(lcCall,
            "#%llu %s: %s %s%s",
            id,
            qUtf8Printable(call.operationKey),
            call.request.method.constData(),
            call.url().toEncoded().constData(),
            call.runId.isEmpty()
                ? ""
                : qUtf8Printable(QStringLiteral(" (run %1, step %2)").arg(call.runId, call.stepId)));
    return id;
}

void CallSession::parseAndCheck(quint64 id, const PreparedCall &call, const Exchange &exchange)
{
    // Off this thread, once for all who read it: the check, the views, oxa-cli's --json. The
    // watcher, a child of the session, dies with it; the worker then finishes unheard.
    auto promise = std::make_shared<QPromise<CallOutcome>>();
    auto *watcher = new QFutureWatcher<CallOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            recorded(id, watcher->result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, call, exchange] {
        CallOutcome outcome;
        outcome.call = call;
        outcome.exchange = exchange;
        outcome.shown = maskedExchange(call, exchange);
        const ParsedBody raw = parseBody(exchange);
        outcome.body = outcome.shown.body == exchange.body ? raw : parseBody(outcome.shown);
        const Operation *operation = call.operation();
        if (operation && call.schemas)
            outcome.check = checkResponse(*operation, *call.schemas, exchange, raw);
        promise->addResult(outcome);
        promise->finish();
    });
}

void CallSession::recorded(quint64 id, CallOutcome outcome)
{
    m_running.remove(id);
    const PreparedCall &call = outcome.call;
    const Exchange &exchange = outcome.exchange;
    const Operation *operation = call.operation();
    const Exchange &shown = outcome.shown;
    QStringList problems;
    if (m_history) {
        HistoryContext context;
        context.environment = call.environment.name;
        context.operationKey = call.operationKey;
        if (operation) {
            context.operationId = operation->operationId;
            context.capability = QString::fromLatin1(capabilityName(operation->capability));
            context.risk = QString::fromLatin1(riskName(operation->risk));
        }
        context.values = call.storedValues;
        context.runId = call.runId;
        context.stepId = call.stepId;
        const auto recorded = m_history->record(shown, call.shownRequest, context, call.secrets);
        if (recorded)
            outcome.historyId = *recorded;
        else
            problems << recorded.error().message;
    }
    QString auditProblem;
    audited(call,
            exchange.status,
            exchange.error ? QStringLiteral("failed: ") + exchange.error->message
                           : QStringLiteral("sent"),
            &auditProblem);
    if (!auditProblem.isEmpty())
        problems << auditProblem;
    outcome.recordProblem = problems.join(u'\n');
    if (!outcome.recordProblem.isEmpty())
        qCWarning(lcHistory, "%s", qUtf8Printable(outcome.recordProblem));
    qCDebug(lcCall,
            "#%llu %s: %d in %lld ms, %lld bytes%s",
            id,
            qUtf8Printable(call.operationKey),
            shown.status,
            shown.totalMs,
            shown.bodySize,
            shown.error ? qUtf8Printable(QString(QStringLiteral(", ") + shown.error->message)) : "");
    Q_EMIT finished(id, outcome);
}

void CallSession::audited(const PreparedCall &call,
                          int status,
                          const QString &outcome,
                          QString *problem)
{
    const Operation *operation = call.operation();
    if (!m_audit || !operation || operation->risk == Risk::Read)
        return;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.environment = call.environment.name;
    entry.operationKey = call.operationKey;
    entry.operationId = operation->operationId;
    entry.risk = QString::fromLatin1(riskName(operation->risk));
    entry.method = QString::fromLatin1(call.request.method);
    entry.url = call.url().toString();
    entry.status = status;
    entry.outcome = QString::fromUtf8(maskSecrets(outcome.toUtf8(), call.secrets));
    if (const auto appended = m_audit->append(entry); !appended && problem)
        *problem = appended.error().message;
}

void CallSession::refuse(const PreparedCall &call)
{
    audited(call, 0, QStringLiteral("refused by the user"), nullptr);
}

void CallSession::cancel(quint64 id)
{
    const auto it = m_running.constFind(id);
    if (it != m_running.constEnd() && it->first)
        it->first->cancel(it->second);
}

} // namespace Oxa
