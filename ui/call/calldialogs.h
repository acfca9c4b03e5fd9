// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "call/callsession.h"
#include "call/interaction.h"
#include "form/fieldeditor.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QListWidget;
class QLineEdit;
class QPushButton;

namespace Oxa {

class ValueSchema;

/**
 * Shows a call before it goes: why it is confirmed, the environment (a production one in red),
 * and the resolved request (method, full URL, headers and body, secrets masked). Cancel is the
 * default. A destructive operation on a production environment is sent only once its
 * operationId is typed.
 */
class ConfirmCallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmCallDialog)

public:
    explicit ConfirmCallDialog(const PreparedCall &call, QWidget *parent = nullptr);

    /** The request as the dialog shows it. */
    QString requestText() const { return m_request; }
    QPushButton *sendButton() const { return m_send; }
    /** Where the operationId is typed, when it must be; null otherwise. */
    QLineEdit *typedName() const { return m_typed; }

    /** Why a call is confirmed, for people. */
    static QString reason(const PreparedCall &call);

private:
    QString m_request;
    QPushButton *m_send = nullptr;
    QLineEdit *m_typed = nullptr;
};

/**
 * Where a document's calls go, asked before its first call: its own servers, or one of the
 * environments (production ones marked). Nothing is chosen by default: the person picks.
 */
class EnvironmentChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentChoiceDialog)

public:
    explicit EnvironmentChoiceDialog(const EnvironmentQuestion &question, QWidget *parent = nullptr);

    QListWidget *choices() const { return m_choices; }
    /** The environment's name, "" for the document's servers; nothing before a choice. */
    std::optional<QString> chosen() const;

private:
    QListWidget *m_choices = nullptr;
};

/**
 * Asks a person for one value a workflow needs (x-oxa-prompt): the question, its description,
 * and a small form drawn by the form engine from the value's JSON Schema; OK only once the
 * value matches it (what is wrong said under the field).
 */
class ValuePromptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValuePromptDialog)

public:
    explicit ValuePromptDialog(const ValuePrompt &prompt, QWidget *parent = nullptr);
    ~ValuePromptDialog() override;

    FieldEditor *editor() const { return m_editor; }
    /** The value entered (Undefined before one is). */
    QJsonValue value() const;
    void accept() override;

private:
    std::unique_ptr<ValueSchema> m_schema;
    FormContext m_context;
    FieldEditor *m_editor = nullptr;
};

/**
 * Asks for the secret of one security scheme (or of the environment's own key, or of a client
 * key's passphrase): one masked value, a user and a password, or an OAuth2 client. "Remember in
 * the keychain" when there is one; otherwise the secret lives for the session only.
 */
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    SecretDialog(const MissingSecret &missing,
                 const QString &environment,
                 bool keychain,
                 QWidget *parent = nullptr);

    SchemeSecret secret() const;
    bool remember() const;

private:
    QString m_kind;
    QLineEdit *m_first = nullptr;  ///< value, user or client id
    QLineEdit *m_second = nullptr; ///< password or client secret
    QLineEdit *m_scopes = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace Oxa
