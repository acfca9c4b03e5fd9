// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "call/interaction.h"
#include "core/error.h"
#include "workflow/runrecord.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

namespace Oxa {

/**
 * A run record played back on loopback, so that a workflow runs offline (a trainer without a
 * back-end): each request gets the next recorded answer, in the record's order, and what differs
 * from the recorded request (method, path, query, body) is noted as drift. Listens on 127.0.0.1
 * only. The thread it lives in.
 */
class ReplayServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayServer)

public:
    explicit ReplayServer(RunRecord record, QObject *parent = nullptr);
    ~ReplayServer() override;

    /** Starts listening on a free loopback port. */
    Result<void> listen();
    /**
     * Where a source's calls go to be answered: this server, under the base path the recorded
     * URLs had (found from the first recorded step of an operation of that shape).
     */
    QUrl baseUrl() const;
    /** What differed, one sentence a difference, in the order met. */
    const QStringList &drift() const { return m_drift; }
    /** Recorded answers that no request asked for. */
    int unused() const;

private:
    class Server;
    QByteArray answer(const QByteArray &method, const QUrl &url, const QByteArray &body);

    RunRecord m_record;
    QList<int> m_answerable; ///< indexes of the steps that got an answer
    int m_next = 0;
    QStringList m_drift;
    Server *m_server = nullptr;
    quint16 m_port = 0;
    QString m_basePath;
};

/**
 * The questions of a replay: every secret stands in ("replay": the replay server checks none,
 * and no real one is read from the keychain or sent to it), and the calls go where the replay
 * says (the environment question is answered with the document's servers, which the run's
 * environments replace). Confirmations, prompts and references go to `person` — a trainer
 * shows the room the confirmation — or, without one, confirmations are given and the rest
 * declined.
 */
class ReplayInteraction final : public Interaction
{
public:
    explicit ReplayInteraction(Interaction *person = nullptr)
        : m_person(person)
    {}

    void confirmCall(const PreparedCall &call, std::function<void(bool)> answer) override;
    void giveSecret(const MissingSecret &missing,
                    const Environment &environment,
                    std::function<void(std::optional<GivenSecret>)> answer) override;
    void allowReferences(const QList<QUrl> &places, std::function<void(bool)> answer) override;
    void promptValue(const ValuePrompt &prompt,
                     std::function<void(std::optional<QJsonValue>)> answer) override;
    void chooseEnvironment(const EnvironmentQuestion &question,
                           std::function<void(std::optional<QString>)> answer) override;

private:
    Interaction *m_person;
};

} // namespace Oxa
