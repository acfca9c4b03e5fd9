// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "callcontroller.h"

#include "call/calldialogs.h"
#include "request/secretstore.h"

#include <QWidget>

namespace Oxa {

struct CallController::Attempt
{
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<SchemaSet> schemas;
    QString operationKey;
    RequestValues values;
    QJsonObject storedValues;
    Environment environment;
    int rounds = 0; ///< of secrets asked: a second round that still misses one gives up
};

CallController::CallController(CallSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(m_session, &CallSession::finished, this, &CallController::finished);
    m_confirm = [this](const PreparedCall &call) {
        ConfirmCallDialog dialog(call, m_window);
        return dialog.exec() == QDialog::Accepted;
    };
    m_prompt = [this](const MissingSecret &missing,
                      const Environment &environment) -> std::optional<GivenSecret> {
        SecretDialog dialog(missing,
                            environment.name,
                            m_session->secrets()->keychainAvailable(),
                            m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return GivenSecret{dialog.secret(), dialog.remember()};
    };
}

void CallController::call(std::shared_ptr<const Catalog> catalog,
                          std::shared_ptr<SchemaSet> schemas,
                          const QString &operationKey,
                          const RequestValues &values,
                          const QJsonObject &storedValues,
                          const Environment &environment)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->catalog = std::move(catalog);
    attempt->schemas = std::move(schemas);
    attempt->operationKey = operationKey;
    attempt->values = values;
    attempt->storedValues = storedValues;
    attempt->environment = environment;
    prepare(attempt);
}

void CallController::prepare(std::shared_ptr<Attempt> attempt)
{
    QPointer<CallController> self(this);
    m_session->prepare(attempt->catalog,
                       attempt->schemas,
                       attempt->operationKey,
                       attempt->values,
                       attempt->storedValues,
                       attempt->environment,
                       [self, attempt](const Result<PreparedCall> &call) {
                           if (!self)
                               return;
                           if (!call) {
                               Q_EMIT self->stopped(attempt->operationKey, call.error().message);
                               return;
                           }
                           self->prepared(attempt, *call);
                       });
}

void CallController::prepared(std::shared_ptr<Attempt> attempt, const PreparedCall &call)
{
    if (!call.missing.isEmpty()) {
        if (attempt->rounds++ > 0) {
            Q_EMIT stopped(attempt->operationKey,
                           tr("The secrets given were not enough for this call."));
            return;
        }
        // Every secret asked first, then kept; the call is prepared again once all are.
        QList<QPair<MissingSecret, GivenSecret>> given;
        for (const MissingSecret &missing : call.missing) {
            const auto answer = m_prompt(missing, attempt->environment);
            if (!answer) {
                Q_EMIT stopped(attempt->operationKey, tr("No secret given: the call was not sent."));
                return;
            }
            given.append({missing, *answer});
        }
        auto pending = std::make_shared<qsizetype>(given.size());
        QPointer<CallController> self(this);
        for (const auto &[missing, answer] : std::as_const(given)) {
            m_session->keepSecret(attempt->environment,
                                  missing.scheme,
                                  answer.secret,
                                  answer.remember,
                                  [self, attempt, pending](bool, const QString &) {
                                      if (self && --*pending == 0)
                                          self->prepare(attempt);
                                  });
        }
        return;
    }
    if (call.confirm && !m_confirm(call)) {
        m_session->refuse(call);
        Q_EMIT stopped(attempt->operationKey, tr("Not sent: the call was not confirmed."));
        return;
    }
    const quint64 id = m_session->send(call);
    Q_EMIT started(id, call);
}

} // namespace Oxa
