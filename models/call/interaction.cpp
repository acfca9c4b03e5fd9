// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "interaction.h"

namespace Oxa {

qsizetype ScriptedInteraction::count(const QString &kind) const
{
    return std::count_if(m_asked.cbegin(), m_asked.cend(), [&kind](const Asked &asked) {
        return asked.kind == kind;
    });
}

void ScriptedInteraction::confirmCall(const PreparedCall &call, std::function<void(bool)> answer)
{
    m_asked.append({QStringLiteral("confirm"), call.operationKey, {}, call});
    answer(confirmWith ? confirmWith(call) : confirms);
}

void ScriptedInteraction::giveSecret(const MissingSecret &missing,
                                     const Environment &environment,
                                     std::function<void(std::optional<GivenSecret>)> answer)
{
    m_asked.append({QStringLiteral("secret"), missing.scheme, {}, {}});
    if (secretWith) {
        answer(secretWith(missing, environment));
        return;
    }
    const auto it = secrets.constFind(missing.scheme);
    answer(it == secrets.constEnd() ? std::nullopt : std::optional<GivenSecret>(*it));
}

void ScriptedInteraction::allowReferences(const QList<QUrl> &places,
                                          std::function<void(bool)> answer)
{
    m_asked.append({QStringLiteral("references"),
                    places.isEmpty() ? QString() : places.front().toString(),
                    places,
                    {}});
    answer(allowsReferences);
}

void ScriptedInteraction::promptValue(const ValuePrompt &prompt,
                                      std::function<void(std::optional<QJsonValue>)> answer)
{
    m_asked.append({QStringLiteral("prompt"), prompt.name, {}, {}});
    const auto it = values.constFind(prompt.name);
    answer(it == values.constEnd() ? std::nullopt : std::optional<QJsonValue>(*it));
}

void ScriptedInteraction::chooseEnvironment(const EnvironmentQuestion &question,
                                            std::function<void(std::optional<QString>)> answer)
{
    m_asked.append({QStringLiteral("environment"), question.document, {}, std::nullopt});
    answer(chosenEnvironment);
}

} // namespace Oxa
