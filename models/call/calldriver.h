// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "call/callsession.h"
#include "call/interaction.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Oxa {

class Interaction;

/** What a call is: an operation of an open document, its values, and where it goes. */
struct CallRequest
{
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<SchemaSet> schemas;
    QString operationKey;
    RequestValues values;
    Environment environment;
    QString runId;  ///< the run (workflow, batch) it is part of, kept with it in the history
    QString stepId; ///< the step of that run
    /**
     * Set when nobody chose where this document's calls go: the Interaction is asked first,
     * and the environment chosen replaces `environment` (CallEnd::chosenEnvironment says which).
     */
    std::optional<EnvironmentQuestion> askEnvironment;
    /**
     * Why the environment may be the wrong one for this document (EnvironmentList's
     * warningFor): shown in the confirmation, which it makes necessary.
     */
    QString environmentWarning;
    /**
     * A person confirms this call whatever its operation's risk (a workflow step marked
     * x-oxa-confirm): it never lowers the rule, only raises it.
     */
    bool confirm = false;
};

/** Why a call did not go. */
enum class CallStop : quint8 {
    NotPrepared,      ///< the request could not be built, or a token could not be had
    NoSecret,         ///< a secret it needs was not given
    SecretsNotEnough, ///< secrets were given, and it still lacks one
    Refused,          ///< the confirmation was declined (audited when not a read)
    NoEnvironment,    ///< asked where the document's calls go, the person declined
};

/** One call at its end: answered (or failed on the wire), or stopped before it went. */
struct CallEnd
{
    std::optional<CallStop> stop; ///< set when the call did not go
    QString why;                  ///< for people, when it stopped
    /** The call as last prepared (the secrets it misses included); none when it could not be. */
    std::optional<PreparedCall> call;
    std::optional<CallOutcome> outcome; ///< when it went
    quint64 id = 0;                     ///< the session's id of the call, when it went
    /** The environment chosen when the request asked ("" for the document's servers). */
    std::optional<QString> chosenEnvironment;
};

/**
 * Runs one call to its end, the same way for the console's form, oxa-cli call, a workflow step
 * and a batch item: prepares it with the CallSession, asks the Interaction for each missing
 * secret (kept as the answer says, then prepared again; a second round that still lacks one
 * gives up), asks for the confirmation when the call needs one (a refusal is audited), sends
 * it, and ends with its outcome, checked and recorded by the session. The thread it lives in.
 */
class CallDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallDriver)

public:
    CallDriver(CallSession *session, Interaction *interaction, QObject *parent = nullptr);
    ~CallDriver() override;

    CallSession *session() const { return m_session; }
    Interaction *interaction() const { return m_interaction; }
    /** Who answers the questions of the next calls; not owned, must outlive them. */
    void setInteraction(Interaction *interaction) { m_interaction = interaction; }

    using Done = std::function<void(const CallEnd &)>;
    /** Runs a call; `done` (optional) comes once at its end, never before run() returns. */
    void run(const CallRequest &request, Done done = {});
    /** Cancels a call that went (the session's id); it ends as failed, cancelled. */
    void cancel(quint64 id);

Q_SIGNALS:
    /** A call went: `id` is the session's. */
    void started(quint64 id, const Oxa::PreparedCall &call);
    /** A call did not go. */
    void stopped(const QString &operationKey, const QString &why);
    /** A call that went ended (answered or failed on the wire). */
    void finished(quint64 id, const Oxa::CallOutcome &outcome);

private:
    struct Attempt;
    void prepare(const std::shared_ptr<Attempt> &attempt);
    void prepared(const std::shared_ptr<Attempt> &attempt, const PreparedCall &call);
    void askSecrets(const std::shared_ptr<Attempt> &attempt, const PreparedCall &call, int index);
    void confirmed(const std::shared_ptr<Attempt> &attempt, const PreparedCall &call, bool yes);
    void stop(const std::shared_ptr<Attempt> &attempt, CallStop stop, const QString &why);
    void sessionFinished(quint64 id, const CallOutcome &outcome);

    CallSession *m_session;
    Interaction *m_interaction;
    QHash<quint64, std::shared_ptr<Attempt>> m_sent; ///< by the session's id
};

} // namespace Oxa

Q_DECLARE_METATYPE(Oxa::CallEnd)
