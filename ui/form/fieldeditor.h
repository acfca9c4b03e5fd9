// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/fieldshape.h"
#include "schema/schemavalidator.h"

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Oxa {

class SchemaSet;

/** What every editor of one form shares. */
struct FormContext
{
    const SchemaSet *schemas = nullptr;
    /** Requests hide readOnly fields. */
    SchemaValidator::Direction direction = SchemaValidator::Direction::Request;
};

/**
 * The editor of one value of a form, chosen by the value's FieldShape. Its value() is
 * QJsonValue::Undefined while nothing is entered (an optional field then stays out of the
 * request). Editors of containers build their children lazily: a collapsed object or a variant
 * not chosen costs nothing, so recursive and huge schemas open at once.
 */
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const FormContext &context, FieldDescription field, QWidget *parent);

    const FieldDescription &field() const { return m_field; }
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    /** The editor of a direct child ("3" for an item, "name" for a field), built or nullptr. */
    virtual FieldEditor *childEditor(const QString &token) const;
    /** How a child that has no editor of its own is named in messages ("Item 4"). */
    virtual QString childName(const QString &token) const;

    /** Shows the start of a description under the field (plain text; all of it as tool tip). */
    void setHelp(const QString &description);
    /** Shows the messages under the field, or hides them when the list is empty. */
    void setMessages(const QStringList &messages);
    QStringList messages() const { return m_messages; }

Q_SIGNALS:
    void changed();

protected:
    /** Puts the editing widget in place, with the null switch of a nullable field beside it. */
    void setEditor(QWidget *editor);
    /** The value with the null switch applied. */
    QJsonValue withNull(const QJsonValue &value) const;
    /** Sets the null switch from a value; true when the value was null. */
    bool takeNull(const QJsonValue &value);

    const FormContext &m_context;
    FieldDescription m_field;

private:
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_helpLabel = nullptr;
    QToolButton *m_nullButton = nullptr;
    QWidget *m_editor = nullptr;
    QStringList m_messages;
};

/** A new editor for the field; `depth` is how deep it sits (nested objects start collapsed). */
FieldEditor *createFieldEditor(const FormContext &context,
                               const FieldDescription &field,
                               int depth,
                               QWidget *parent);

/** A label for a field: its name, a required mark, its description as help. */
QWidget *fieldLabel(const QString &text, bool required, const QString &description, QWidget *parent);

} // namespace Oxa
