// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "dialoginteraction.h"

#include "call/calldialogs.h"
#include "request/secretstore.h"

#include <QJsonObject>
#include <QMessageBox>

namespace Oxa {

DialogInteraction::DialogInteraction(QWidget *window, SecretStore *secrets)
    : m_window(window)
    , m_secrets(secrets)
{}

void DialogInteraction::confirmCall(const PreparedCall &call, std::function<void(bool)> answer)
{
    if (!m_window) {
        answer(false);
        return;
    }
    ConfirmCallDialog dialog(call, m_window);
    answer(dialog.exec() == QDialog::Accepted);
}

void DialogInteraction::giveSecret(const MissingSecret &missing,
                                   const Environment &environment,
                                   std::function<void(std::optional<GivenSecret>)> answer)
{
    if (!m_window) {
        answer(std::nullopt);
        return;
    }
    SecretDialog dialog(missing, environment.name, m_secrets->keychainAvailable(), m_window);
    if (dialog.exec() != QDialog::Accepted) {
        answer(std::nullopt);
        return;
    }
    answer(GivenSecret{dialog.secret(), dialog.remember()});
}

void DialogInteraction::allowReferences(const QList<QUrl> &places, std::function<void(bool)> answer)
{
    if (!m_window) {
        answer(false);
        return;
    }
    QStringList shown;
    for (const QUrl &url : places.mid(0, 20))
        shown << url.toDisplayString();
    if (places.size() > 20)
        shown << tr("… and %n more", nullptr, int(places.size() - 20));
    QMessageBox box(QMessageBox::Question,
                    tr("Follow references?"),
                    tr("This document refers to other documents outside its folder or on the "
                       "network:\n\n%1\n\nRead them? The answer is remembered for this document.")
                        .arg(shown.join(u'\n')),
                    QMessageBox::Yes | QMessageBox::No,
                    m_window);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    answer(box.exec() == QMessageBox::Yes);
}

void DialogInteraction::promptValue(const ValuePrompt &prompt,
                                    std::function<void(std::optional<QJsonValue>)> answer)
{
    if (!m_window) {
        answer(std::nullopt);
        return;
    }
    ValuePromptDialog dialog(prompt, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        answer(std::nullopt);
        return;
    }
    answer(dialog.value());
}

void DialogInteraction::chooseEnvironment(const EnvironmentQuestion &question,
                                          std::function<void(std::optional<QString>)> answer)
{
    if (!m_window) {
        answer(std::nullopt);
        return;
    }
    EnvironmentChoiceDialog dialog(question, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        answer(std::nullopt);
        return;
    }
    answer(dialog.chosen());
}

} // namespace Oxa
