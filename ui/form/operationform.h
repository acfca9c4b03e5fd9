// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "form/fieldeditor.h"
#include "form/formmemory.h"
#include "request/requestvalues.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace Oxa {

class Catalog;
class JsonEdit;
class SchemaSet;
struct Operation;
struct Parameter;

/** One problem of a form, where it is and what it is. */
struct FormProblem
{
    QString where;   ///< "query limit", "body /items/0/ip"
    QString message; ///< translated
};

/**
 * The request form of one operation: its path, query, header and cookie parameters, then the
 * request body for the chosen media type, each value with its own editor (see FieldEditor).
 * Values are checked as they change with the operation's compiled schemas, and each message
 * is shown under its field. The body can be edited as raw JSON instead, kept in step with the
 * form both ways. "Fill example" and "Reset" act on the whole form; the values of every
 * operation opened are remembered for the session (a reload keeps them).
 */
class OperationForm final : public QWidget
{
    Q_OBJECT

public:
    explicit OperationForm(QWidget *parent = nullptr);
    ~OperationForm() override;

    /** Shows the form of an operation (nullptr: none), with its remembered values. */
    void setOperation(std::shared_ptr<const Catalog> catalog,
                      std::shared_ptr<SchemaSet> schemas,
                      const Operation *operation);
    QString operationKey() const { return m_key; }
    const Operation *operation() const { return m_operation; }

    RequestValues values() const;
    /**
     * The values as they may be kept on disk (form memory): without their secrets, as
     * requestSecrets() finds them.
     */
    RequestValues storedValues() const;
    void setValues(const RequestValues &values);
    void fillExample();
    void reset();

    /** Edits the body as JSON text; leaving it fails (and stays) while the text is not JSON. */
    bool setRawMode(bool raw);
    bool isRawMode() const { return m_rawMode; }

    /** Checks the values now (they are otherwise checked shortly after each change). */
    void validateNow();
    QList<FormProblem> problems() const { return m_problems; }

    /**
     * Asks to send: when the form has problems, the question (by default a message box) must
     * say "send anyway" first. Emits sendRequested() when it may go.
     */
    void send();
    /** Send, with its shortcuts (Ctrl+Return, Ctrl+Enter); enabled while an operation is shown. */
    QAction *sendAction() const { return m_sendAction; }
    /** Gives the focus to the first field (the first parameter, else the body), else to Send. */
    void focusFirstField();
    /** Puts the focus on Send (Enter or Space sends). */
    void focusSend();
    /**
     * Keeps the values of each operation in this file across sessions (empty: this session
     * only). Secrets stay out of it: password and writeOnly fields, cookies, and parameters
     * whose names say token, key, secret, password, session or authorization.
     */
    void setMemoryPath(const QString &path);
    /** Replaces the "send anyway?" question (tests); it gets the problems, returns the answer. */
    void setSendQuestion(std::function<bool(const QList<FormProblem> &)> question);

Q_SIGNALS:
    void sendRequested(const QString &operationKey, const Oxa::RequestValues &values);
    /** After each check: how many problems the form has. */
    void validated(int problems);

private:
    struct ParameterField
    {
        const Parameter *parameter = nullptr;
        const Schema *schema = nullptr;
        FieldEditor *editor = nullptr;
    };

    void rebuild();
    void buildBody();
    void scheduleValidation();
    void remember();
    QString memoryKey() const { return m_documentId + u'\n' + m_key; }
    QJsonValue bodyValue(QString *syntaxError) const;
    const Schema *bodySchema() const;
    void distribute(FieldEditor *root,
                    const QList<ValidationError> &errors,
                    QList<FormProblem> &problems,
                    const QString &where);

    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<SchemaSet> m_schemas;
    const Operation *m_operation = nullptr;
    QString m_key;
    FormContext m_context;
    QHash<QString, RequestValues> m_remembered;
    FormMemory m_memory;
    QString m_documentId;

    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    QAction *m_sendAction = nullptr;
    QVBoxLayout *m_sections = nullptr;
    QWidget *m_parametersBox = nullptr;
    std::vector<ParameterField> m_parameters;
    QGroupBox *m_bodyBox = nullptr;
    QComboBox *m_mediaType = nullptr;
    QLabel *m_mediaName = nullptr;
    QLabel *m_bodyNote = nullptr;
    FieldEditor *m_bodyEditor = nullptr;
    JsonEdit *m_raw = nullptr;
    QLabel *m_rawError = nullptr;
    QToolButton *m_rawButton = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_send = nullptr;
    QTimer *m_validation = nullptr;
    bool m_rawMode = false;
    bool m_restoring = false;
    QList<FormProblem> m_problems;
    std::function<bool(const QList<FormProblem> &)> m_question;
};

} // namespace Oxa
