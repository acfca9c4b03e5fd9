// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "calldriver.h"

#include "call/interaction.h"
#include "core/logging.h"

#include <QTimer>

namespace Oxa {

struct CallDriver::Attempt
{
    CallRequest request;
    Done done;
    int rounds = 0; ///< of secrets asked: a second round that still misses one gives up
    QList<QPair<MissingSecret, GivenSecret>> given;
    std::optional<PreparedCall> last;
    std::optional<QString> chosenEnvironment;
};

CallDriver::CallDriver(CallSession *session, Interaction *interaction, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_interaction(interaction)
{
    qRegisterMetaType<Oxa::CallEnd>();
    connect(m_session, &CallSession::finished, this, &CallDriver::sessionFinished);
}

CallDriver::~CallDriver() = default;

void CallDriver::run(const CallRequest &request, Done done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->request = request;
    attempt->done = std::move(done);
    if (!request.askEnvironment) {
        prepare(attempt);
        return;
    }
    if (!m_interaction) {
        stop(attempt,
             CallStop::NoEnvironment,
             tr("Not sent: no environment is chosen for this document."));
        return;
    }
    QPointer<CallDriver> self(this);
    m_interaction
        ->chooseEnvironment(*request.askEnvironment, [self, attempt](std::optional<QString> answer) {
            if (!self)
                return;
            if (!answer) {
                self->stop(attempt,
                           CallStop::NoEnvironment,
                           tr("Not sent: no environment is chosen for this document."));
                return;
            }
            attempt->chosenEnvironment = answer;
            attempt->request.environment = Environment();
            for (const Environment &e : attempt->request.askEnvironment->environments) {
                if (e.name == *answer)
                    attempt->request.environment = e;
            }
            // Chosen now, with the document in view: no warning left to give about it.
            attempt->request.environmentWarning.clear();
            QTimer::singleShot(0, self, [self, attempt] {
                if (self)
                    self->prepare(attempt);
            });
        });
}

void CallDriver::cancel(quint64 id)
{
    m_session->cancel(id);
}

void CallDriver::prepare(const std::shared_ptr<Attempt> &attempt)
{
    QPointer<CallDriver> self(this);
    const CallRequest &r = attempt->request;
    m_session->prepare(r.catalog,
                       r.schemas,
                       r.operationKey,
                       r.values,
                       r.environment,
                       [self, attempt](const Result<PreparedCall> &call) {
                           if (!self)
                               return;
                           if (!call) {
                               self->stop(attempt, CallStop::NotPrepared, call.error().message);
                               return;
                           }
                           self->prepared(attempt, *call);
                       });
}

void CallDriver::prepared(const std::shared_ptr<Attempt> &attempt, const PreparedCall &prepared)
{
    PreparedCall call = prepared;
    call.runId = attempt->request.runId;
    call.stepId = attempt->request.stepId;
    if (!attempt->request.environmentWarning.isEmpty()) {
        call.environmentWarnings.prepend(attempt->request.environmentWarning);
        call.confirm = true;
    }
    call.confirm = call.confirm || attempt->request.confirm;
    attempt->last = call;
    if (!call.missing.isEmpty()) {
        if (attempt->rounds++ > 0) {
            stop(attempt,
                 CallStop::SecretsNotEnough,
                 tr("The secrets given were not enough for this call."));
            return;
        }
        // Every secret asked first, then kept; the call is prepared again once all are.
        attempt->given.clear();
        askSecrets(attempt, call, 0);
        return;
    }
    if (!call.confirm) {
        confirmed(attempt, call, true);
        return;
    }
    if (!m_interaction) {
        confirmed(attempt, call, false);
        return;
    }
    QPointer<CallDriver> self(this);
    m_interaction->confirmCall(call, [self, attempt, call](bool yes) {
        if (self)
            self->confirmed(attempt, call, yes);
    });
}

void CallDriver::askSecrets(const std::shared_ptr<Attempt> &attempt,
                            const PreparedCall &call,
                            int index)
{
    if (index == call.missing.size()) {
        auto pending = std::make_shared<qsizetype>(attempt->given.size());
        QPointer<CallDriver> self(this);
        for (const auto &[missing, answer] : std::as_const(attempt->given)) {
            m_session->keepSecret(attempt->request.environment,
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
    const MissingSecret missing = call.missing.at(index);
    if (!m_interaction) {
        stop(attempt, CallStop::NoSecret, tr("No secret given: the call was not sent."));
        return;
    }
    QPointer<CallDriver> self(this);
    m_interaction->giveSecret(missing,
                              attempt->request.environment,
                              [self, attempt, call, missing, index](
                                  std::optional<GivenSecret> answer) {
                                  if (!self)
                                      return;
                                  if (!answer) {
                                      self->stop(attempt,
                                                 CallStop::NoSecret,
                                                 tr("No secret given: the call was not sent."));
                                      return;
                                  }
                                  attempt->given.append({missing, *answer});
                                  // From the event loop: a script that answers at once does not nest every question.
                                  QTimer::singleShot(0, self, [self, attempt, call, index] {
                                      if (self)
                                          self->askSecrets(attempt, call, index + 1);
                                  });
                              });
}

void CallDriver::confirmed(const std::shared_ptr<Attempt> &attempt,
                           const PreparedCall &call,
                           bool yes)
{
    if (!yes) {
        m_session->refuse(call);
        stop(attempt, CallStop::Refused, tr("Not sent: the call was not confirmed."));
        return;
    }
    const quint64 id = m_session->send(call);
    m_sent.insert(id, attempt);
    Q_EMIT started(id, call);
}

void CallDriver::stop(const std::shared_ptr<Attempt> &attempt, CallStop stop, const QString &why)
{
    CallEnd end;
    end.stop = stop;
    end.why = why;
    end.call = attempt->last;
    end.chosenEnvironment = attempt->chosenEnvironment;
    qCInfo(lcCall,
           "%s not sent: %s",
           qUtf8Printable(attempt->request.operationKey),
           qUtf8Printable(why));
    Q_EMIT stopped(attempt->request.operationKey, why);
    if (!attempt->done)
        return;
    // From the event loop, as the session answers: never inside run().
    QTimer::singleShot(0, this, [done = attempt->done, end] { done(end); });
}

void CallDriver::sessionFinished(quint64 id, const CallOutcome &outcome)
{
    const auto attempt = m_sent.take(id);
    if (!attempt)
        return; // another driver's call
    Q_EMIT finished(id, outcome);
    if (attempt->done) {
        CallEnd end;
        end.call = outcome.call;
        end.outcome = outcome;
        end.id = id;
        end.chosenEnvironment = attempt->chosenEnvironment;
        attempt->done(end);
    }
}

} // namespace Oxa
