// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// call/ is one call from start to end: prepared with its secrets, confirmed when it must be,
// sent, checked against the document, and recorded in the history and the audit log.

#include "call/responsebody.h"
#include "request/apiclient.h"
#include "request/authentication.h"
#include "request/environment.h"
#include "request/requestvalues.h"
#include "schema/schemavalidator.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Oxa {

class AuditLog;
class Catalog;
class HistoryStore;
class SchemaSet;
class SecretStore;

/** A secret the user must give before the call can go. */
struct MissingSecret
{
    /** The security scheme; kEnvironmentKey and kKeyPassphrase name the environment's own. */
    QString scheme;
    /** What to ask for: "apiKey", "basic", "bearer", "oauth2" (client id and secret)… */
    QString kind;
    QString description; ///< the scheme's description: CommonMark from the document, untrusted

    static inline const QString kEnvironmentKey = QString();
    static inline const QString kKeyPassphrase = QStringLiteral("client key passphrase");
};

/** A call ready to go, or waiting for secrets: everything a confirmation shows. */
struct PreparedCall
{
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<SchemaSet> schemas;
    QString operationKey;
    Environment environment;
    ClientPolicy policy;
    BuiltRequest request; ///< the environment's default headers included
    Credentials credentials;
    /**
     * Every secret value of this call, to mask it wherever it would show: the credentials of
     * its security schemes, tokens, the environment's key and the client key's passphrase, and
     * the secrets of its values (requestSecrets()).
     */
    QList<QByteArray> secrets;
    /** The request's values without their secrets: what the history keeps, to open or run again. */
    QJsonObject storedValues;
    /** The request built from the values with their secrets masked: what is shown and kept. */
    BuiltRequest shownRequest;
    /** Non-empty: ask for these, keep them with CallSession::keepSecret, and prepare again. */
    QList<MissingSecret> missing;
    /**
     * Why the environment may not be this document's (its base URL is none of the document's
     * servers, or it was chosen for another document): shown in the confirmation.
     */
    QStringList environmentWarnings;
    /**
     * Shown and confirmed before it goes (response or destructive, the profile says so, or the
     * caller's CallRequest::environmentWarning).
     */
    bool confirm = false;
    /** The run (workflow, batch) and the step this call is part of, for the history; or empty. */
    QString runId;
    QString stepId;

    const Operation *operation() const;
    /**
     * What the call acts on, in words, for the person who confirms it: the operation, the
     * values of its path (what it names: a host, an alert), and where it goes: "Isolate a host:
     * host_id ws-042, in Production". From the values without their secrets.
     */
    QString targetText() const;
    /** The URL as it will go: an API key in the query included, masked unless `reveal`. */
    QUrl url(bool reveal = false) const;
    /** The headers as they will go (credentials and cookies included), masked unless `reveal`. */
    QList<QPair<QByteArray, QByteArray>> headers(bool reveal = false) const;
    /** The body as it will go (multipart parts aside), its secrets masked unless `reveal`. */
    QByteArray body(bool reveal = false) const;
    /** The multipart parts, their secrets masked unless `reveal`. */
    QList<BuiltRequest::Part> parts(bool reveal = false) const;
};

/** What the answer's body says against the document. */
struct ResponseCheck
{
    /** Where the schema used is ("/paths/…/responses/200/content/application~1json/schema"). */
    QString schemaPointer;
    /** Why nothing was checked, or why the check is partial; empty when it was complete. */
    QString note;
    QList<ValidationError> problems; ///< warnings: the exchange is shown whatever they say
};

/**
 * Checks an answer's body against the operation's response for its status (the exact code,
 * then "4XX", then "default") and media type, with the validator in the response direction.
 */
ResponseCheck checkResponse(const Operation &operation,
                            SchemaSet &schemas,
                            const Exchange &exchange);
/** The same with the body already parsed (parseBody() of `exchange`). Any thread. */
ResponseCheck checkResponse(const Operation &operation,
                            SchemaSet &schemas,
                            const Exchange &exchange,
                            const ParsedBody &body);

/** An exchange of `call` with every secret of the call masked, however short by its schema. */
Exchange maskedExchange(const PreparedCall &call, const Exchange &exchange);

/** One call as it ended. */
struct CallOutcome
{
    PreparedCall call;
    Exchange exchange;
    /**
     * The exchange as it may be shown or kept: URLs, headers, both bodies and the error with
     * every secret of the call masked (maskedExchange()). Made once, off the GUI thread, by the
     * session; what the history records, the inspector and oxa-cli show.
     */
    Exchange shown;
    ResponseCheck check;
    /**
     * The shown body parsed once, off the GUI thread, for the views and oxa-cli's --json; when
     * no secret had to be masked in it, the tree the check read.
     */
    ParsedBody body;
    qint64 historyId = -1;
    /** Why the history or the audit log could not be written; empty when both were. */
    QString recordProblem;

    /** A shell command that repeats the request with curl; secrets masked unless `reveal`. */
    QString curlCommand(bool reveal = false) const;
};

/**
 * Runs calls for the console and oxa-cli: prepares one (builds the request, adds the
 * environment's headers, reads the secrets from the SecretStore, fetches OAuth2 tokens, says
 * which secrets are missing and whether the call must be confirmed), sends it on a client with
 * the environment's policy (one per environment, so that tokens and connections never cross
 * profiles), checks the answer against the document, and records it: every exchange in the
 * history, every call that is not a read in the audit log, a refused one included.
 */
class CallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)

public:
    explicit CallSession(SecretStore *secrets, QObject *parent = nullptr);
    ~CallSession() override;

    /** Where exchanges and audited calls go; either may be null (not recorded). */
    void setHistory(HistoryStore *history) { m_history = history; }
    void setAudit(AuditLog *audit) { m_audit = audit; }
    HistoryStore *history() const { return m_history; }
    AuditLog *audit() const { return m_audit; }

    using Prepared = std::function<void(const Result<PreparedCall> &)>;
    /** Prepares a call; `done` comes from the event loop, never before prepare() returns. */
    void prepare(std::shared_ptr<const Catalog> catalog,
                 std::shared_ptr<SchemaSet> schemas,
                 const QString &operationKey,
                 const RequestValues &values,
                 const Environment &environment,
                 Prepared done);
    /**
     * Keeps a secret the user gave: in the keychain when `remember` and it answers, else for
     * the session only. `done` (optional) says whether the keychain kept it.
     */
    void keepSecret(const Environment &environment,
                    const QString &scheme,
                    const SchemeSecret &secret,
                    bool remember = true,
                    std::function<void(bool kept, const QString &problem)> done = {});
    SecretStore *secrets() const { return m_secrets; }

    /** Sends a prepared call (without missing secrets); finished() comes with the id. */
    quint64 send(const PreparedCall &call);
    /** The user declined the confirmation: audited when the call is not a read. */
    void refuse(const PreparedCall &call);
    void cancel(quint64 id);
    bool isRunning(quint64 id) const { return m_running.contains(id); }

    /** A secret as the keychain keeps it, and back. */
    static QByteArray encodeSecret(const SchemeSecret &secret);
    static SchemeSecret decodeSecret(const QByteArray &stored);

Q_SIGNALS:
    void finished(quint64 id, const Oxa::CallOutcome &outcome);

private:
    struct Channel;
    struct Preparing;
    // The steps of prepare(), each when the one before has what it needs.
    void readSecrets(const std::shared_ptr<Preparing> &state);
    void decodeSecrets(const std::shared_ptr<Preparing> &state);
    void fetchTokens(const std::shared_ptr<Preparing> &state);
    void conclude(const std::shared_ptr<Preparing> &state);
    void answer(const std::shared_ptr<Preparing> &state, const Result<PreparedCall> &result);
    /** A call's answer: its body parsed and checked off this thread, then recorded(). */
    void parseAndCheck(quint64 id, const PreparedCall &call, const Exchange &exchange);
    /** A call's answer, parsed and checked: recorded, then finished(). */
    void recorded(quint64 id, CallOutcome outcome);
    Channel &channel(const Environment &environment, const ClientPolicy &policy);
    void audited(const PreparedCall &call, int status, const QString &outcome, QString *problem);

    SecretStore *m_secrets;
    HistoryStore *m_history = nullptr;
    AuditLog *m_audit = nullptr;
    QHash<QString, std::shared_ptr<Channel>> m_channels;
    QHash<quint64, QPair<QPointer<ApiClient>, quint64>> m_running; ///< our id → client and its id
    quint64 m_next = 1;
};

} // namespace Oxa

Q_DECLARE_METATYPE(Oxa::CallOutcome)
