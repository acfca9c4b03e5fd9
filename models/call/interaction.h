// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "call/callsession.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace Oxa {

/** A secret a person gave, and whether to keep it in the keychain. */
struct GivenSecret
{
    SchemeSecret secret;
    bool remember = true;
};

/** A value a run asks a person for (a workflow's prompt), described by a JSON Schema. */
struct ValuePrompt
{
    QString name;        ///< what the value is for ("indicator", "ticket")
    QString title;       ///< the question, for people
    QString description; ///< plain text
    QJsonValue schema;   ///< the JSON Schema of the value (an object, or true)
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
};

/**
 * Where the calls of a document should go, asked before its first call when nobody chose yet:
 * one of the environments, or its own servers.
 */
struct EnvironmentQuestion
{
    QString document;    ///< as the person knows it (a file name, a URL)
    QStringList servers; ///< the document's own servers ("" for one relative to the document)
    QList<Environment> environments;
    /** What to know of an environment before choosing it, by name ("the server of …"). */
    QHash<QString, QString> notes;
};

/**
 * Every question a run may ask a person, asynchronously: confirm a call (shown with its
 * secrets masked), give a missing secret, allow references outside the document's folder or
 * remote ones, and give a value described by a schema. The console answers with dialogs
 * (ui/call/dialoginteraction.h), oxa-cli with its flags and tests with a script
 * (ScriptedInteraction). An answer may come before the call returns or later, from the event
 * loop, and comes exactly once; an Interaction that cannot ask answers no (fails closed).
 */
class Interaction
{
public:
    virtual ~Interaction() = default;

    /** Whether to send a call that must be confirmed (PreparedCall::confirm). */
    virtual void confirmCall(const PreparedCall &call, std::function<void(bool)> answer) = 0;
    /** The secret a call lacks; nothing when the person declines. */
    virtual void giveSecret(const MissingSecret &missing,
                            const Environment &environment,
                            std::function<void(std::optional<GivenSecret>)> answer)
        = 0;
    /** Whether to follow references to these places (outside the folder, or remote). */
    virtual void allowReferences(const QList<QUrl> &places, std::function<void(bool)> answer) = 0;
    /** A value for a prompt; nothing when the person declines. */
    virtual void promptValue(const ValuePrompt &prompt,
                             std::function<void(std::optional<QJsonValue>)> answer)
        = 0;
    /**
     * The environment a document's calls go to: its name, "" for the document's own servers;
     * nothing when the person declines (the call does not go).
     */
    virtual void chooseEnvironment(const EnvironmentQuestion &question,
                                   std::function<void(std::optional<QString>)> answer)
        = 0;
};

/**
 * An Interaction whose answers are given beforehand: oxa-cli's flags (`--yes`, secrets from
 * variables, `--input`), a test's script. What it is not told it refuses. It remembers every
 * question, so that a caller can say what was missing ("add --yes"). Any thread; not shared.
 */
class ScriptedInteraction final : public Interaction
{
public:
    /**
     * The questions asked, in order: "confirm", "secret", "references", "prompt",
     * "environment".
     */
    struct Asked
    {
        QString kind;
        QString subject;    ///< the operation, the scheme, the first place, the prompt's name
        QList<QUrl> places; ///< for "references"
        std::optional<PreparedCall> call; ///< for "confirm"
    };

    bool confirms = false; ///< the answer to every confirmation
    bool allowsReferences = false;
    QHash<QString, GivenSecret> secrets; ///< by scheme (MissingSecret::kEnvironmentKey: the key)
    QHash<QString, QJsonValue> values;   ///< by prompt name
    std::optional<QString> chosenEnvironment; ///< the answer to "environment"; none declines
    /** When set, answers the confirmations instead of `confirms` (a test looks at the call). */
    std::function<bool(const PreparedCall &)> confirmWith;
    /** When set, answers the secrets instead of `secrets`. */
    std::function<std::optional<GivenSecret>(const MissingSecret &, const Environment &)> secretWith;

    const QList<Asked> &asked() const { return m_asked; }
    qsizetype count(const QString &kind) const;

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
    QList<Asked> m_asked;
};

} // namespace Oxa
