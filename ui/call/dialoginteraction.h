// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "call/interaction.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace Oxa {

class SecretStore;

/**
 * The console's answers to a run's questions: ConfirmCallDialog, SecretDialog, a question box
 * for references, and an input dialog for a prompt. Each dialog is modal over `window`; a
 * closed window answers no.
 */
class DialogInteraction final : public Interaction
{
    Q_DECLARE_TR_FUNCTIONS(DialogInteraction)

public:
    DialogInteraction(QWidget *window, SecretStore *secrets);

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
    QPointer<QWidget> m_window;
    SecretStore *m_secrets;
};

} // namespace Oxa
