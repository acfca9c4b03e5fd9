// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "call/callsession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace Oxa {

/**
 * The console's side of a call: prepares it with the session, asks for each missing secret
 * (kept in the keychain or for the session), shows the confirmation when the call needs one
 * (a refusal is audited), then sends it. Tests replace the two questions.
 */
class CallController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallController)

public:
    CallController(CallSession *session, QWidget *window);

    void call(std::shared_ptr<const Catalog> catalog,
              std::shared_ptr<SchemaSet> schemas,
              const QString &operationKey,
              const RequestValues &values,
              const QJsonObject &storedValues,
              const Environment &environment);
    CallSession *session() const { return m_session; }

    /** Whether to send a call that needs confirmation; the default shows ConfirmCallDialog. */
    using Confirmation = std::function<bool(const PreparedCall &)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    /** The secret the user gives and whether to remember it; nothing when they cancel. */
    struct GivenSecret
    {
        SchemeSecret secret;
        bool remember = true;
    };
    using SecretPrompt
        = std::function<std::optional<GivenSecret>(const MissingSecret &, const Environment &)>;
    void setSecretPrompt(SecretPrompt prompt) { m_prompt = std::move(prompt); }

Q_SIGNALS:
    void started(quint64 id, const Oxa::PreparedCall &call);
    /** The call did not go: it could not be prepared, a secret was not given, or it was refused. */
    void stopped(const QString &operationKey, const QString &why);
    void finished(quint64 id, const Oxa::CallOutcome &outcome);

private:
    struct Attempt;
    void prepare(std::shared_ptr<Attempt> attempt);
    void prepared(std::shared_ptr<Attempt> attempt, const PreparedCall &call);

    CallSession *m_session;
    QPointer<QWidget> m_window;
    Confirmation m_confirm;
    SecretPrompt m_prompt;
};

} // namespace Oxa
