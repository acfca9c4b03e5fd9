// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every command that sends calls sets up the same way (call, run): the environment from
// --env or the options, the secrets from the keychain or from variables (never from the
// command line), the session with the history and the audit log.

#include "call/callsession.h"
#include "catalog/operation.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "request/environment.h"
#include "request/secretstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Oxa::Cli {

class CallSetup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CallSetup();

    /**
     * The options, --server's help as given (call: a URL; run: a URL or SOURCE=URL). A command
     * may reword the others' help before (run: --env and --secret-env per source).
     */
    void addOptions(QCommandLineParser &parser, const QString &serverHelp);
    /**
     * The environment, the secrets and the session, from the parsed options; `schemes` are the
     * security schemes --bearer-env applies to. An exit status when an option is wrong (said).
     * `serverValue` is the --server given for every source (empty: the environment's), and
     * `environmentName` the console environment (empty: none). A --secret-env written
     * SCOPE:SCHEME=VARIABLE is kept for keepScopedSecrets() when SCOPE is one of `scopes` (a
     * run's sources with an environment of their own), and is a wrong option otherwise (and
     * always without `scopes`: oxa-cli call).
     */
    std::optional<int> prepare(const QCommandLineParser &parser,
                               const QList<SecurityScheme> &schemes,
                               const QString &serverValue,
                               const QString &environmentName,
                               const std::optional<QStringList> &scopes = std::nullopt);
    /** The console environment called `name` into `into`, or an exit status (the known ones said). */
    static std::optional<int> findEnvironment(const QString &name, Environment &into);
    /** Gives `environment` the --secret-env secrets written for `scope`, for this session. */
    void keepScopedSecrets(const QString &scope, const Environment &environment);

    Environment environment;
    /** The --header ones, already in `environment`'s default headers. */
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<CallSession> session;
    std::optional<HistoryStore> history;
    std::unique_ptr<AuditLog> audit;

    QCommandLineOption env;
    QCommandLineOption keyEnv;
    QCommandLineOption noHistory;
    QCommandLineOption server;
    QCommandLineOption header;
    QCommandLineOption bearerEnv;
    QCommandLineOption secretEnv;

private:
    struct ScopedSecret
    {
        QString scope;
        QString scheme;
        QByteArray encoded;
    };
    QList<ScopedSecret> m_scopedSecrets;
};

} // namespace Oxa::Cli
