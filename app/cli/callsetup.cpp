// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "callsetup.h"

#include "cli/command.h"
#include "core/application.h"

#include <QSettings>

namespace Oxa::Cli {

CallSetup::CallSetup()
    : env(QStringLiteral("env"),
          tr("A console environment: its base URL, headers, deadlines, TLS files, proxy, "
             "confirmation policy and keychain secrets."),
          tr("name"))
    , keyEnv(QStringLiteral("key-env"),
             tr("The environment's own key (sent in the header its profile names) from this "
                "environment variable."),
             tr("variable"))
    , noHistory(QStringLiteral("no-history"),
                tr("Keep the calls out of the history (the audit log still records a call that "
                   "is not a read)."))
    , server(QStringLiteral("server"), QString(), tr("url"))
    , header(QStringLiteral("header"), tr("An extra header, 'Name: value'."), tr("header"))
    , bearerEnv(QStringLiteral("bearer-env"),
                tr("A bearer token from this environment variable, for the document's bearer "
                   "schemes (or as 'Authorization: Bearer' when it declares none)."),
                tr("variable"))
    , secretEnv(QStringLiteral("secret-env"),
                tr("The secret of a security scheme from an environment variable: "
                   "SCHEME=VARIABLE (basic: user:password)."),
                tr("scheme=variable"))
{}

void CallSetup::addOptions(QCommandLineParser &parser, const QString &serverHelp)
{
    server.setDescription(serverHelp);
    parser.addOptions({server, env, header, bearerEnv, secretEnv, keyEnv, noHistory});
}

std::optional<int> CallSetup::findEnvironment(const QString &name, Environment &into)
{
    QSettings settings(Application::organizationName(), Application::settingsName());
    QStringList names;
    for (const Environment &e : EnvironmentStore(settings).load()) {
        if (e.name == name) {
            into = e;
            return std::nullopt;
        }
        names << e.name;
    }
    return Command::usage(
        tr("No environment %1 (known: %2).")
            .arg(name, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
}

void CallSetup::keepScopedSecrets(const QString &scope, const Environment &target)
{
    for (const ScopedSecret &each : std::as_const(m_scopedSecrets)) {
        if (each.scope == scope)
            secrets->keepForSession(target.secretKey(each.scheme), each.encoded);
    }
}

std::optional<int> CallSetup::prepare(const QCommandLineParser &parser,
                                      const QList<SecurityScheme> &schemes,
                                      const QString &serverValue,
                                      const QString &environmentName,
                                      const std::optional<QStringList> &scopes)
{
    environment = Environment();
    environment.name = QStringLiteral("oxa-cli");
    if (!environmentName.isEmpty()) {
        if (const auto exit = findEnvironment(environmentName, environment))
            return exit;
    }
    if (!serverValue.isEmpty())
        environment.baseUrl = serverValue;
    extraHeaders.clear();
    for (const QString &line : parser.values(header)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.contains(u'\r') || line.contains(u'\n'))
            return Command::usage(tr("--header needs 'Name: value': %1").arg(line));
        extraHeaders.append(
            {line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    environment.defaultHeaders = extraHeaders + environment.defaultHeaders;

    // Secrets: the keychain (for a console environment), or variables for this run only.
    secrets = std::make_unique<SecretStore>(parser.isSet(env) ? SecretStore::Backend::Keychain
                                                              : SecretStore::Backend::Memory);
    const auto variable
        = [](const QString &name) { return qgetenv(name.toLocal8Bit().constData()); };
    m_scopedSecrets.clear();
    for (const QString &pair : parser.values(secretEnv)) {
        QString scheme = pair.section(u'=', 0, 0);
        const QByteArray secret = variable(pair.section(u'=', 1));
        if (secret.isEmpty())
            return Command::usage(
                tr("The environment variable %1 is empty or not set.").arg(pair.section(u'=', 1)));
        SchemeSecret s;
        s.value = secret;
        const qsizetype colon = secret.indexOf(':');
        s.user = s.clientId = colon < 0 ? secret : secret.left(colon);
        s.password = s.clientSecret = colon < 0 ? QByteArray() : secret.mid(colon + 1);
        // Scheme names have no colon (OpenAPI's component name pattern): one names a scope.
        if (const qsizetype scoped = scheme.indexOf(u':'); scoped >= 0) {
            const QString scope = scheme.left(scoped);
            if (!scopes)
                return Command::usage(
                    tr("--secret-env %1: SOURCE:SCHEME is for oxa-cli run.").arg(pair));
            if (!scopes->contains(scope))
                return Command::usage(
                    tr("--secret-env %1: %2 is not a source with an environment of its own "
                       "(--env %2=NAME).")
                        .arg(pair, scope));
            m_scopedSecrets.append({scope, scheme.mid(scoped + 1), CallSession::encodeSecret(s)});
            continue;
        }
        secrets->keepForSession(environment.secretKey(scheme), CallSession::encodeSecret(s));
    }
    if (parser.isSet(bearerEnv)) {
        const QByteArray token = variable(parser.value(bearerEnv));
        if (token.isEmpty())
            return Command::usage(
                tr("The environment variable %1 is empty or not set.").arg(parser.value(bearerEnv)));
        // The document's bearer schemes take it; a document without one gets it as the
        // environment's key, in Authorization.
        bool bearerSchemes = false;
        for (const SecurityScheme &scheme : schemes) {
            if (scheme.type == u"http"
                && scheme.scheme.compare(u"bearer", Qt::CaseInsensitive) == 0) {
                SchemeSecret s;
                s.value = token;
                secrets->keepForSession(environment.secretKey(scheme.name),
                                        CallSession::encodeSecret(s));
                bearerSchemes = true;
            }
        }
        if (!bearerSchemes) {
            environment.keyHeader = QStringLiteral("Authorization");
            secrets->keepForSession(environment.secretKey(MissingSecret::kEnvironmentKey), token);
        }
    }
    if (parser.isSet(keyEnv)) {
        const QByteArray key = variable(parser.value(keyEnv));
        if (key.isEmpty())
            return Command::usage(
                tr("The environment variable %1 is empty or not set.").arg(parser.value(keyEnv)));
        if (environment.keyHeader.isEmpty())
            return Command::usage(
                tr("--key-env needs an environment whose profile names a key header."));
        secrets->keepForSession(environment.secretKey(MissingSecret::kEnvironmentKey), key);
    }
    session = std::make_unique<CallSession>(secrets.get());
    if (!parser.isSet(noHistory)) {
        history.emplace(HistoryStore::defaultPath());
        if (history->problem().isEmpty())
            session->setHistory(&*history);
        else
            Command::print(stderr, history->problem() + u'\n');
    }
    audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
    session->setAudit(audit.get());
    return std::nullopt;
}

} // namespace Oxa::Cli
