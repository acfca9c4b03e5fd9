// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "fieldeditor.h"

#include "focuschain.h"
#include "form/jsonedit.h"
#include "safetext.h"
#include "schema/indicators.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Oxa {

namespace {

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

/** An example of the expected text, for placeholders. */
QString placeholderFor(std::string_view format)
{
    if (format == "ipv4")
        return QStringLiteral("192.0.2.10");
    if (format == "ipv6")
        return QStringLiteral("2001:db8::10");
    if (format == "email")
        return QStringLiteral("analyst@example.com");
    if (format == "uri" || format == "url")
        return QStringLiteral("https://example.com/");
    if (format == "uuid")
        return QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
    if (format == "hostname")
        return QStringLiteral("host.example.com");
    if (format == "md5")
        return FieldEditor::tr("32 hexadecimal digits");
    if (format == "sha1")
        return FieldEditor::tr("40 hexadecimal digits");
    if (format == "sha256")
        return FieldEditor::tr("64 hexadecimal digits");
    if (format == "date")
        return QStringLiteral("2026-01-31");
    if (format == "date-time")
        return QStringLiteral("2026-01-31T09:30:00Z");
    return QString();
}

QString boundsHint(const Schema &s)
{
    QStringList parts;
    if (s.minimum)
        parts << QStringLiteral("≥ %1").arg(*s.minimum);
    if (s.exclusiveMinimum)
        parts << QStringLiteral("> %1").arg(*s.exclusiveMinimum);
    if (s.maximum)
        parts << QStringLiteral("≤ %1").arg(*s.maximum);
    if (s.exclusiveMaximum)
        parts << QStringLiteral("< %1").arg(*s.exclusiveMaximum);
    if (s.multipleOf)
        parts << FieldEditor::tr("multiple of %1").arg(*s.multipleOf);
    return parts.join(QStringLiteral(", "));
}

// Scalars -------------------------------------------------------------------------------------

/** Text, secrets, checked formats, dates (with a calendar), long text. */
class TextEditor final : public FieldEditor
{
public:
    TextEditor(const FormContext &context, const FieldDescription &field, QWidget *parent)
        : FieldEditor(context, field, parent)
    {
        const Schema *s = field.schema;
        if (field.shape == FieldShape::MultiLine) {
            m_multi = new QPlainTextEdit(this);
            m_multi->setObjectName(QStringLiteral("textEdit"));
            m_multi->setTabChangesFocus(true);
            m_multi->setMaximumHeight(fontMetrics().height() * 6);
            connect(m_multi, &QPlainTextEdit::textChanged, this, &FieldEditor::changed);
            setEditor(m_multi);
            return;
        }
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        m_line = new QLineEdit(row);
        m_line->setObjectName(QStringLiteral("lineEdit"));
        m_line->setClearButtonEnabled(true);
        if (s) {
            m_line->setPlaceholderText(placeholderFor(s->format));
            if (s->maxLength && *s->maxLength < 32767)
                m_line->setMaxLength(int(*s->maxLength));
        }
        layout->addWidget(m_line, 1);
        if (field.shape == FieldShape::Secret) {
            m_line->setEchoMode(QLineEdit::Password);
            auto *show = new QToolButton(row);
            show->setObjectName(QStringLiteral("revealButton"));
            show->setCheckable(true);
            show->setText(FieldEditor::tr("Show"));
            show->setToolTip(FieldEditor::tr("Show or hide the secret"));
            connect(show, &QToolButton::toggled, this, [this](bool on) {
                m_line->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            });
            layout->addWidget(show);
        }
        if (field.shape == FieldShape::Date || field.shape == FieldShape::DateTime)
            addCalendar(row, layout, field.shape == FieldShape::DateTime);
        connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::changed);
        setEditor(row);
        setFocusProxy(m_line);
    }

    QJsonValue value() const override
    {
        const QString t = m_multi ? m_multi->toPlainText() : m_line->text();
        return withNull(t.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(t));
    }
    void setValue(const QJsonValue &value) override
    {
        if (takeNull(value))
            return;
        const QString t = value.isString()      ? value.toString()
                          : value.isUndefined() ? QString()
                                                : QString::fromUtf8(compactJson(value));
        if (m_multi)
            m_multi->setPlainText(t);
        else
            m_line->setText(t);
    }

private:
    void addCalendar(QWidget *row, QHBoxLayout *layout, bool withTime)
    {
        auto *pick = new QToolButton(row);
        pick->setObjectName(QStringLiteral("calendarButton"));
        pick->setText(FieldEditor::tr("Pick"));
        pick->setToolTip(FieldEditor::tr("Choose a date"));
        pick->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(pick);
        auto *calendar = new QCalendarWidget(menu);
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(calendar);
        menu->addAction(action);
        menu->addAction(FieldEditor::tr("Now"), this, [this, withTime] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_line->setText(withTime ? now.toString(Qt::ISODate) : now.date().toString(Qt::ISODate));
        });
        connect(calendar, &QCalendarWidget::activated, this, [this, menu, withTime](QDate date) {
            // Keep the time already typed, or midnight UTC.
            QString time = QStringLiteral("T00:00:00Z");
            const QString current = m_line->text();
            if (current.size() > 10 && (current.at(10) == u'T' || current.at(10) == u't'))
                time = current.mid(10);
            m_line->setText(date.toString(Qt::ISODate) + (withTime ? time : QString()));
            menu->close();
        });
        pick->setMenu(menu);
        layout->addWidget(pick);
    }

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_multi = nullptr;
};

/** Integers and numbers as text, so that any value can be typed and checked. */
class NumberEditor final : public FieldEditor
{
public:
    NumberEditor(const FormContext &context, const FieldDescription &field, QWidget *parent)
        : FieldEditor(context, field, parent)
    {
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("numberEdit"));
        m_line->setClearButtonEnabled(true);
        if (field.schema)
            m_line->setPlaceholderText(boundsHint(*field.schema));
        m_line->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::changed);
        setEditor(m_line);
        setFocusProxy(m_line);
    }

    QJsonValue value() const override
    {
        const QString t = m_line->text().trimmed();
        if (t.isEmpty())
            return withNull(QJsonValue(QJsonValue::Undefined));
        bool ok = false;
        const qint64 integer = t.toLongLong(&ok);
        if (ok)
            return withNull(QJsonValue(integer));
        const double number = t.toDouble(&ok);
        // Not a number: kept as text, so that validation says what is wrong.
        return withNull(ok ? QJsonValue(number) : QJsonValue(t));
    }
    void setValue(const QJsonValue &value) override
    {
        if (takeNull(value))
            return;
        if (value.isDouble()) {
            const double d = value.toDouble();
            m_line->setText(d == qint64(d) && std::abs(d) < 9e15 ? QString::number(qint64(d))
                                                                 : QString::number(d, 'g', 17));
        } else {
            m_line->setText(value.isString() ? value.toString() : QString());
        }
    }

private:
    QLineEdit *m_line = nullptr;
};

/** Required booleans are a check box; optional ones have a third, "not set", state. */
class BooleanEditor final : public FieldEditor
{
public:
    BooleanEditor(const FormContext &context,
                  const FieldDescription &field,
                  bool optional,
                  QWidget *parent)
        : FieldEditor(context, field, parent)
    {
        m_box = new QCheckBox(this);
        m_box->setObjectName(QStringLiteral("checkBox"));
        m_box->setTristate(optional);
        if (optional)
            m_box->setCheckState(Qt::PartiallyChecked);
        updateText();
        connect(m_box, &QCheckBox::stateChanged, this, [this] {
            updateText();
            Q_EMIT changed();
        });
        setEditor(m_box);
        setFocusProxy(m_box);
    }

    QJsonValue value() const override
    {
        switch (m_box->checkState()) {
        case Qt::Checked:
            return withNull(true);
        case Qt::Unchecked:
            return withNull(false);
        default:
            return withNull(QJsonValue(QJsonValue::Undefined));
        }
    }
    void setValue(const QJsonValue &value) override
    {
        if (takeNull(value))
            return;
        if (value.isBool())
            m_box->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        else
            m_box->setCheckState(m_box->isTristate() ? Qt::PartiallyChecked : Qt::Unchecked);
    }

private:
    void updateText()
    {
        m_box->setText(m_box->checkState() == Qt::PartiallyChecked ? FieldEditor::tr("not set")
                       : m_box->isChecked()                        ? FieldEditor::tr("true")
                                                                   : FieldEditor::tr("false"));
    }
    QCheckBox *m_box = nullptr;
};

/**
 * A fixed list of values. Long lists are searchable: the combo box is editable with a
 * completer that matches anywhere, and it never measures every item (100,000 values open at once).
 */
class EnumEditor final : public FieldEditor
{
public:
    EnumEditor(const FormContext &context,
               const FieldDescription &field,
               bool optional,
               QWidget *parent)
        : FieldEditor(context, field, parent)
    {
        QStringList labels;
        if (optional) {
            labels << FieldEditor::tr("(not set)");
            m_values.append(QJsonValue(QJsonValue::Undefined));
        }
        const Schema *s = field.schema;
        if (s && s->enumValues) {
            for (const JsonNode &v : s->enumValues->items()) {
                m_values.append(toQJsonValue(v));
                labels << (v.isString() ? v.toString() : jsonText(v));
            }
        } else if (s && s->constValue) {
            m_values.append(toQJsonValue(*s->constValue));
            labels << jsonText(*s->constValue);
        }
        m_combo = new QComboBox(this);
        m_combo->setObjectName(QStringLiteral("enumCombo"));
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(16);
        auto *model = new QStringListModel(labels, m_combo);
        m_combo->setModel(model);
        if (labels.size() > 12) {
            m_combo->setEditable(true);
            m_combo->setInsertPolicy(QComboBox::NoInsert);
            auto *completer = new QCompleter(model, m_combo);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            m_combo->setCompleter(completer);
            m_combo->lineEdit()->setPlaceholderText(
                FieldEditor::tr("Type to search %1 values").arg(labels.size()));
        }
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
        setEditor(m_combo);
        setFocusProxy(m_combo);
    }

    QJsonValue value() const override
    {
        const int index = m_combo->currentIndex();
        if (m_combo->isEditable() && m_combo->currentText() != m_combo->itemText(index))
            return withNull(QJsonValue(m_combo->currentText())); // typed, not chosen: checked
        return withNull(index >= 0 && index < m_values.size() ? m_values.at(index)
                                                              : QJsonValue(QJsonValue::Undefined));
    }
    void setValue(const QJsonValue &value) override
    {
        if (takeNull(value) && !m_values.contains(QJsonValue(QJsonValue::Null)))
            return;
        const qsizetype index = m_values.indexOf(value);
        m_combo->setCurrentIndex(index >= 0 ? int(index) : 0);
    }

private:
    QComboBox *m_combo = nullptr;
    QList<QJsonValue> m_values;
};

/** Binary content from a file: the value is the file's path, read when the request is built. */
class FileEditor final : public FieldEditor
{
public:
    FileEditor(const FormContext &context, const FieldDescription &field, QWidget *parent)
        : FieldEditor(context, field, parent)
    {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        m_path = new QLineEdit(row);
        m_path->setObjectName(QStringLiteral("fileEdit"));
        m_path->setPlaceholderText(FieldEditor::tr("A file to send"));
        auto *browse = new QPushButton(FieldEditor::tr("Choose…"), row);
        browse->setObjectName(QStringLiteral("chooseFileButton"));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path
                = QFileDialog::getOpenFileName(this, FieldEditor::tr("File to Send"));
            if (!path.isEmpty())
                m_path->setText(path);
        });
        layout->addWidget(m_path, 1);
        layout->addWidget(browse);
        connect(m_path, &QLineEdit::textChanged, this, &FieldEditor::changed);
        setEditor(row);
        setFocusProxy(m_path);
    }
    QJsonValue value() const override
    {
        return m_path->text().isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                        : QJsonValue(m_path->text());
    }
    void setValue(const QJsonValue &value) override { m_path->setText(value.toString()); }

private:
    QLineEdit *m_path = nullptr;
};

/**
 * Any JSON value typed as text. Where an array is expected, text that is not JSON reads as a
 * pasted list of strings (the bulk look-up whose schema gives no item type).
 */
class JsonEditor final : public FieldEditor
{
public:
    JsonEditor(const FormContext &context, const FieldDescription &field, QWidget *parent)
        : FieldEditor(context, field, parent)
    {
        m_edit = new JsonEdit(this);
        m_edit->setObjectName(QStringLiteral("jsonEdit"));
        m_edit->setTabChangesFocus(true);
        m_edit->setMaximumHeight(fontMetrics().height() * 8);
        m_listWanted
            = field.schema && field.schema->typeDeclared && (field.schema->types & ArrayType);
        m_edit->setPlaceholderText(m_listWanted
                                       ? FieldEditor::tr("A JSON array, or one item per line")
                                       : FieldEditor::tr("Any JSON value"));
        m_hint = plainLabel(QString(), this);
        m_hint->setObjectName(QStringLiteral("jsonHint"));
        m_hint->setEnabled(false);
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_edit);
        layout->addWidget(m_hint);
        if (!field.problem.isEmpty())
            m_hint->setText(field.problem);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            updateHint();
            Q_EMIT changed();
        });
        setEditor(box);
        setFocusProxy(m_edit);
    }

    QJsonValue value() const override
    {
        const QString t = m_edit->toPlainText();
        if (t.trimmed().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        QString error;
        if (const auto parsed = parseJsonText(t, &error))
            return *parsed;
        if (m_listWanted)
            return QJsonArray::fromStringList(splitPastedList(t));
        return QJsonValue(t); // not JSON: a string, which validation will explain
    }
    void setValue(const QJsonValue &value) override
    {
        if (value.isUndefined()) {
            m_edit->clear();
            return;
        }
        m_edit->setJsonValue(value);
    }

private:
    void updateHint()
    {
        const QString t = m_edit->toPlainText();
        QString error;
        if (t.trimmed().isEmpty() || parseJsonText(t, &error)) {
            m_hint->setText(m_field.problem);
        } else if (m_listWanted) {
            m_hint->setText(
                FieldEditor::tr("Read as a list of %1 text items").arg(splitPastedList(t).size()));
        } else {
            m_hint->setText(error);
        }
    }

    JsonEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    bool m_listWanted = false;
};

// Containers ----------------------------------------------------------------------------------

/** A list of text items: one per line; a pasted list (commas, JSON array, defanged) is split. */
class StringListEditor final : public FieldEditor
{
public:
    StringListEditor(const FormContext &context, const FieldDescription &field, QWidget *parent)
        : FieldEditor(context, field, parent)
    {
        m_edit = new QPlainTextEdit(this);
        m_edit->setObjectName(QStringLiteral("listEdit"));
        m_edit->setTabChangesFocus(true);
        m_edit->setMaximumHeight(fontMetrics().height() * 7);
        m_edit->setPlaceholderText(
            FieldEditor::tr("One item per line; paste a list separated by lines or commas"));
        m_count = plainLabel(QString(), this);
        m_count->setObjectName(QStringLiteral("listCount"));
        m_count->setEnabled(false);
        auto *tidy = new QToolButton(this);
        tidy->setObjectName(QStringLiteral("tidyButton"));
        tidy->setText(FieldEditor::tr("One per line"));
        tidy->setToolTip(
            FieldEditor::tr("Split the list into one item per line, refanging indicators"));
        connect(tidy, &QToolButton::clicked, this, [this] { normalise(); });
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_edit);
        auto *under = new QHBoxLayout;
        under->addWidget(m_count, 1);
        under->addWidget(tidy);
        layout->addLayout(under);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            countItems();
            Q_EMIT changed();
        });
        countItems();
        setEditor(box);
        setFocusProxy(m_edit);
    }

    QStringList items() const { return splitPastedList(m_edit->toPlainText()); }
    QJsonValue value() const override
    {
        const QStringList list = items();
        if (list.isEmpty() && m_edit->toPlainText().trimmed().isEmpty())
            return withNull(QJsonValue(QJsonValue::Undefined));
        return withNull(QJsonArray::fromStringList(list));
    }
    void setValue(const QJsonValue &value) override
    {
        if (takeNull(value))
            return;
        QStringList lines;
        for (const QJsonValue &item : value.toArray())
            lines << (item.isString() ? item.toString() : QString());
        m_edit->setPlainText(lines.join(u'\n'));
    }
    QString childName(const QString &token) const override
    {
        const QStringList list = items();
        const int index = token.toInt();
        const QString item = index >= 0 && index < list.size() ? list.at(index) : QString();
        return FieldEditor::tr("Item %1 (%2)").arg(index + 1).arg(item.left(40));
    }
    /** Rewrites the text as one item per line. */
    void normalise() { m_edit->setPlainText(items().join(u'\n')); }

private:
    /**
     * Counts the items and, in a list of indicators, marks those that are none (a typo, a word
     * pasted with them): underlined where they are, and named under the list.
     */
    void countItems()
    {
        const QStringList list = items();
        QStringList strangers;
        bool indicators = false;
        for (const QString &item : list) {
            if (indicatorKind(item) == IndicatorKind::None)
                strangers << item;
            else
                indicators = true;
        }
        QString text = FieldEditor::tr("%n item(s)", nullptr, int(list.size()));
        QList<QTextEdit::ExtraSelection> marks;
        if (indicators && !strangers.isEmpty()) {
            QStringList quoted;
            for (const QString &item : strangers.mid(0, 3))
                quoted << FieldEditor::tr("“%1”").arg(item.left(40));
            if (strangers.size() > 3)
                quoted << QStringLiteral("…");
            text = FieldEditor::tr("%1; %2 not an indicator: %3")
                       .arg(text)
                       .arg(strangers.size())
                       .arg(quoted.join(QStringLiteral(", ")));
            QTextCharFormat format;
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(QColor(0xc0, 0x30, 0x30)); // as the field messages
            format.setToolTip(FieldEditor::tr("Not an indicator of any kind"));
            for (QTextBlock block = m_edit->document()->begin(); block.isValid();
                 block = block.next()) {
                for (const QString &item : splitPastedList(block.text(), false)) {
                    if (!strangers.contains(item))
                        continue;
                    const qsizetype at = block.text().indexOf(item);
                    QTextCursor cursor(block);
                    cursor.setPosition(block.position() + int(std::max<qsizetype>(at, 0)));
                    cursor.setPosition(block.position()
                                           + int(at >= 0 ? at + item.size() : block.length() - 1),
                                       QTextCursor::KeepAnchor);
                    marks.append({cursor, format});
                }
                if (marks.size() > 200)
                    break;
            }
        }
        m_count->setText(text);
        m_count->setToolTip(strangers.size() > 3 && indicators ? strangers.join(u'\n') : QString());
        m_edit->setExtraSelections(marks);
    }

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
};

/** A row of a container: the editor, and buttons to move and remove it. */
struct ItemRow
{
    QWidget *row = nullptr;
    FieldEditor *editor = nullptr;
    QLineEdit *key = nullptr; // maps only
};

/** Items of any kind, added, removed and reordered. */
class ArrayEditor final : public FieldEditor
{
public:
    ArrayEditor(const FormContext &context,
                const FieldDescription &field,
                int depth,
                QWidget *parent)
        : FieldEditor(context, field, parent)
        , m_depth(depth)
    {
        m_item = describeField(*context.schemas, field.schema ? field.schema->items : nullptr);
        auto *box = new QWidget(this);
        m_rows = new QVBoxLayout(box);
        m_rows->setContentsMargins(0, 0, 0, 0);
        auto *add = new QPushButton(FieldEditor::tr("Add item"), box);
        add->setObjectName(QStringLiteral("addItemButton"));
        connect(add, &QPushButton::clicked, this, [this] {
            addRow(QJsonValue(QJsonValue::Undefined))->setFocus();
            Q_EMIT changed();
        });
        m_rows->addWidget(add, 0, Qt::AlignLeft);
        setEditor(box);
    }

    QJsonValue value() const override
    {
        if (m_items.empty())
            return withNull(QJsonValue(QJsonValue::Undefined));
        QJsonArray out;
        for (const ItemRow &row : m_items) {
            const QJsonValue v = row.editor->value();
            out.append(v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
        }
        return withNull(out);
    }
    void setValue(const QJsonValue &value) override
    {
        for (const ItemRow &row : m_items)
            delete row.row;
        m_items.clear();
        if (takeNull(value))
            return;
        for (const QJsonValue &item : value.toArray())
            addRow(item);
    }
    FieldEditor *childEditor(const QString &token) const override
    {
        bool ok = false;
        const int index = token.toInt(&ok);
        return ok && index >= 0 && index < int(m_items.size()) ? m_items[size_t(index)].editor
                                                               : nullptr;
    }

private:
    FieldEditor *addRow(const QJsonValue &value)
    {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        FieldEditor *editor = createFieldEditor(m_context, m_item, m_depth + 1, row);
        editor->setValue(value);
        connect(editor, &FieldEditor::changed, this, &FieldEditor::changed);
        layout->addWidget(editor, 1);
        const auto button
            = [&](const QString &label, const QString &tip, const char *name, auto slot) {
                  auto *b = new QToolButton(row);
                  b->setText(label);
                  b->setToolTip(tip);
                  b->setAccessibleName(tip);
                  b->setObjectName(QString::fromLatin1(name));
                  connect(b, &QToolButton::clicked, this, [this, row, slot] {
                      slot(indexOf(row));
                      Q_EMIT changed();
                  });
                  layout->addWidget(b, 0, Qt::AlignTop);
              };
        button(FieldEditor::tr("↑", "move an item up"),
               FieldEditor::tr("Move up"),
               "moveUpButton",
               [this](int i) { move(i, i - 1); });
        button(FieldEditor::tr("↓", "move an item down"),
               FieldEditor::tr("Move down"),
               "moveDownButton",
               [this](int i) { move(i, i + 1); });
        button(FieldEditor::tr("×", "remove"),
               FieldEditor::tr("Remove item"),
               "removeItemButton",
               [this](int i) {
                   if (i < 0)
                       return;
                   // Later: the button pressed is inside the row.
                   QWidget *gone = m_items[size_t(i)].row;
                   m_items.erase(m_items.begin() + i);
                   gone->hide();
                   gone->setParent(nullptr); // out of the form's children at once
                   gone->deleteLater();
               });
        m_rows->insertWidget(m_rows->count() - 1, row);
        m_items.push_back({row, editor, nullptr});
        return editor;
    }
    int indexOf(QWidget *row) const
    {
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (m_items[i].row == row)
                return int(i);
        }
        return -1;
    }
    void move(int from, int to)
    {
        if (from < 0 || to < 0 || to >= int(m_items.size()))
            return;
        std::swap(m_items[size_t(from)], m_items[size_t(to)]);
        for (size_t i = 0; i < m_items.size(); ++i)
            m_rows->insertWidget(int(i), m_items[i].row);
        m_items[size_t(to)].editor->setFocus();
    }

    int m_depth = 0;
    FieldDescription m_item;
    QVBoxLayout *m_rows = nullptr;
    std::vector<ItemRow> m_items;
};

/** Free keys, each with a value of the additionalProperties schema. */
class MapEditor final : public FieldEditor
{
public:
    MapEditor(const FormContext &context, const FieldDescription &field, int depth, QWidget *parent)
        : FieldEditor(context, field, parent)
        , m_depth(depth)
    {
        m_value = describeField(*context.schemas,
                                field.schema ? field.schema->additionalProperties : nullptr);
        auto *box = new QWidget(this);
        m_rows = new QVBoxLayout(box);
        m_rows->setContentsMargins(0, 0, 0, 0);
        auto *add = new QPushButton(FieldEditor::tr("Add entry"), box);
        add->setObjectName(QStringLiteral("addEntryButton"));
        connect(add, &QPushButton::clicked, this, [this] {
            addRow(QString(), QJsonValue(QJsonValue::Undefined))->setFocus();
            Q_EMIT changed();
        });
        m_rows->addWidget(add, 0, Qt::AlignLeft);
        setEditor(box);
    }

    QJsonValue value() const override
    {
        if (m_items.empty())
            return withNull(QJsonValue(QJsonValue::Undefined));
        QJsonObject out;
        for (const ItemRow &row : m_items) {
            if (!row.key->text().isEmpty())
                out.insert(row.key->text(),
                           row.editor->value().isUndefined() ? QJsonValue(QJsonValue::Null)
                                                             : row.editor->value());
        }
        return withNull(out);
    }
    void setValue(const QJsonValue &value) override
    {
        for (const ItemRow &row : m_items)
            delete row.row;
        m_items.clear();
        if (takeNull(value))
            return;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addRow(it.key(), it.value());
    }
    FieldEditor *childEditor(const QString &token) const override
    {
        for (const ItemRow &row : m_items) {
            if (row.key->text() == token)
                return row.editor;
        }
        return nullptr;
    }

private:
    QLineEdit *addRow(const QString &key, const QJsonValue &value)
    {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *keyEdit = new QLineEdit(key, row);
        keyEdit->setObjectName(QStringLiteral("keyEdit"));
        keyEdit->setPlaceholderText(FieldEditor::tr("Key"));
        keyEdit->setMaximumWidth(200);
        FieldEditor *editor = createFieldEditor(m_context, m_value, m_depth + 1, row);
        editor->setValue(value);
        connect(keyEdit, &QLineEdit::textChanged, this, &FieldEditor::changed);
        connect(editor, &FieldEditor::changed, this, &FieldEditor::changed);
        auto *remove = new QToolButton(row);
        remove->setText(FieldEditor::tr("×", "remove"));
        remove->setToolTip(FieldEditor::tr("Remove entry"));
        remove->setAccessibleName(FieldEditor::tr("Remove entry"));
        remove->setObjectName(QStringLiteral("removeEntryButton"));
        connect(remove, &QToolButton::clicked, this, [this, row] {
            for (size_t i = 0; i < m_items.size(); ++i) {
                if (m_items[i].row == row) {
                    m_items.erase(m_items.begin() + qsizetype(i));
                    break;
                }
            }
            row->deleteLater();
            Q_EMIT changed();
        });
        layout->addWidget(keyEdit, 0, Qt::AlignTop);
        layout->addWidget(editor, 1);
        layout->addWidget(remove, 0, Qt::AlignTop);
        m_rows->insertWidget(m_rows->count() - 1, row);
        m_items.push_back({row, editor, keyEdit});
        return keyEdit;
    }

    int m_depth = 0;
    FieldDescription m_value;
    QVBoxLayout *m_rows = nullptr;
    std::vector<ItemRow> m_items;
};

/**
 * Declared fields in a collapsible group: required ones shown, optional ones added from a menu
 * ("Add field"). Built when first expanded, so a recursive schema grows one level per click.
 */
class ObjectEditor final : public FieldEditor
{
public:
    ObjectEditor(const FormContext &context,
                 const FieldDescription &field,
                 int depth,
                 QWidget *parent)
        : FieldEditor(context, field, parent)
        , m_depth(depth)
    {
        m_properties = objectProperties(field);
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_toggle = new QToolButton(box);
        m_toggle->setObjectName(QStringLiteral("expandButton"));
        m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toggle->setCheckable(true);
        m_toggle->setAutoRaise(true);
        m_toggle->setText(FieldEditor::tr("%n field(s)", nullptr, int(m_properties.size())));
        connect(m_toggle, &QToolButton::toggled, this, [this](bool open) { setExpanded(open); });
        layout->addWidget(m_toggle, 0, Qt::AlignLeft);
        m_body = new QWidget(box);
        m_form = new QFormLayout(m_body);
        m_form->setContentsMargins(depth > 0 ? 16 : 0, 0, 0, 0);
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        layout->addWidget(m_body);
        m_add = new QToolButton(box);
        m_add->setObjectName(QStringLiteral("addFieldButton"));
        m_add->setText(FieldEditor::tr("Add field"));
        m_add->setPopupMode(QToolButton::InstantPopup);
        m_add->setMenu(new QMenu(m_add));
        connect(m_add->menu(), &QMenu::aboutToShow, this, [this] { fillAddMenu(); });
        layout->addWidget(m_add, 0, Qt::AlignLeft);
        setEditor(box);
        // The body is open; nested objects open when required and shallow.
        const bool open = depth == 0 || (depth < 2 && m_properties.size() <= 12);
        m_toggle->setChecked(open);
        setExpanded(open);
    }

    QJsonValue value() const override
    {
        if (!m_built)
            return withNull(m_pending);
        QJsonObject out = m_extra;
        for (const auto &[name, editor] : m_editors) {
            const QJsonValue v = editor->value();
            if (!v.isUndefined())
                out.insert(name, v);
        }
        // Nothing entered: no value (a required body says so, with the fields it needs).
        return withNull(out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out));
    }
    void setValue(const QJsonValue &value) override
    {
        if (takeNull(value))
            return;
        if (!m_built) {
            m_pending = value;
            return;
        }
        const QJsonObject object = value.toObject();
        // Optional fields the value has come in; those it lacks go.
        for (auto it = m_editors.begin(); it != m_editors.end();) {
            if (!object.contains(it->first) && !objectRequires(m_field, it->first.toStdString())) {
                removeRow(it->second);
                it = m_editors.erase(it);
            } else {
                ++it;
            }
        }
        m_extra = QJsonObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (FieldEditor *editor = editorFor(it.key(), true))
                editor->setValue(it.value());
            else
                m_extra.insert(it.key(), it.value()); // undeclared: kept as given
        }
        for (auto &[name, editor] : m_editors) {
            if (!object.contains(name))
                editor->setValue(QJsonValue(QJsonValue::Undefined));
        }
    }
    FieldEditor *childEditor(const QString &token) const override
    {
        for (const auto &[name, editor] : m_editors) {
            if (name == token)
                return editor;
        }
        return nullptr;
    }
    /** Opens the group and builds its fields (one level). */
    void setExpanded(bool open)
    {
        if (open && !m_built)
            build();
        m_body->setVisible(open);
        m_add->setVisible(open && hasOptional());
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        if (m_toggle->isChecked() != open)
            m_toggle->setChecked(open);
    }

private:
    /** Takes a field's row out; its widgets go later (a button of the row may be the caller). */
    void removeRow(FieldEditor *editor)
    {
        const QFormLayout::TakeRowResult row = m_form->takeRow(editor);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (item && item->widget()) {
                item->widget()->hide();
                item->widget()->setParent(nullptr); // out of the form's children at once
                item->widget()->deleteLater();
            }
            delete item;
        }
    }
    bool hidden(const Schema &property) const
    {
        return (property.readOnly && m_context.direction == SchemaValidator::Direction::Request)
               || (property.writeOnly
                   && m_context.direction == SchemaValidator::Direction::Response);
    }
    bool hasOptional() const
    {
        for (const Schema::Property &p : m_properties) {
            if (!hidden(*p.schema) && !objectRequires(m_field, p.name) && !childEditor(text(p.name)))
                return true;
        }
        return false;
    }
    void build()
    {
        m_built = true;
        // The required fields, or the ones people commonly fill when none is required.
        std::vector<Schema::Property> offered;
        for (const Schema::Property &p : m_properties) {
            if (!hidden(*p.schema))
                offered.push_back(p);
        }
        for (const std::string_view name : propertiesShownFirst(m_field, offered))
            editorFor(text(name), true);
        const QJsonValue pending = m_pending;
        m_pending = QJsonValue(QJsonValue::Undefined);
        if (!pending.isUndefined())
            setValue(pending);
    }
    const Schema::Property *declared(const QString &name) const
    {
        const QByteArray utf8 = name.toUtf8();
        for (const Schema::Property &p : m_properties) {
            if (p.name == std::string_view(utf8.constData(), size_t(utf8.size())))
                return &p;
        }
        return nullptr;
    }
    /** The field's editor, added (in document order) when `create` is set. */
    FieldEditor *editorFor(const QString &name, bool create)
    {
        if (FieldEditor *known = childEditor(name))
            return known;
        const Schema::Property *p = declared(name);
        if (!p || !create)
            return nullptr;
        const bool required = objectRequires(m_field, p->name);
        const FieldDescription description = describeField(*m_context.schemas, p->schema);
        FieldEditor *editor = createFieldEditor(m_context, description, m_depth + 1, m_body);
        editor->setObjectName(QStringLiteral("field:") + name);
        connect(editor, &FieldEditor::changed, this, &FieldEditor::changed);
        const QString label = FieldDescription::label(*p->schema, name);
        QWidget *labelWidget = fieldLabel(label, required, p->schema->description, m_body);
        editor->setHelp(p->schema->description);
        if (!required) {
            // Optional fields added by hand can be taken away again.
            auto *remove = new QToolButton(labelWidget);
            remove->setText(FieldEditor::tr("×", "remove"));
            remove->setAutoRaise(true);
            remove->setToolTip(FieldEditor::tr("Remove the field %1").arg(label));
            remove->setAccessibleName(FieldEditor::tr("Remove the field %1").arg(label));
            remove->setObjectName(QStringLiteral("removeFieldButton"));
            labelWidget->layout()->addWidget(remove);
            connect(remove, &QToolButton::clicked, this, [this, name] {
                for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
                    if (it->first == name) {
                        removeRow(it->second);
                        m_editors.erase(it);
                        break;
                    }
                }
                m_add->setVisible(hasOptional());
                Q_EMIT changed();
            });
        }
        // Document order: after the last shown field that comes before it.
        int row = 0;
        for (const Schema::Property &q : m_properties) {
            if (q.name == p->name)
                break;
            if (FieldEditor *shown = childEditor(text(q.name))) {
                int r = -1;
                QFormLayout::ItemRole role;
                m_form->getWidgetPosition(shown, &r, &role);
                row = std::max(row, r + 1);
            }
        }
        m_form->insertRow(row, labelWidget, editor);
        m_editors.emplace_back(name, editor);
        m_add->setVisible(m_body->isVisible() && hasOptional());
        return editor;
    }
    void fillAddMenu()
    {
        QMenu *menu = m_add->menu();
        menu->clear();
        for (const Schema::Property &p : m_properties) {
            const QString name = text(p.name);
            if (hidden(*p.schema) || objectRequires(m_field, p.name) || childEditor(name))
                continue;
            QString label = FieldDescription::label(*p.schema, name);
            if (p.schema->deprecated)
                label = FieldEditor::tr("%1 (deprecated)").arg(label);
            menu->addAction(label, this, [this, name] {
                if (FieldEditor *editor = editorFor(name, true)) {
                    editor->setFocus();
                    Q_EMIT changed();
                }
            });
        }
        if (menu->isEmpty())
            menu->addAction(FieldEditor::tr("No more fields"))->setEnabled(false);
    }

    int m_depth = 0;
    std::vector<Schema::Property> m_properties;
    std::vector<std::pair<QString, FieldEditor *>> m_editors;
    QJsonObject m_extra;
    QJsonValue m_pending = QJsonValue(QJsonValue::Undefined);
    bool m_built = false;
    QToolButton *m_toggle = nullptr;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QToolButton *m_add = nullptr;
};

/** oneOf/anyOf: a chooser of alternatives and the chosen one's editor, built when chosen. */
class VariantEditor final : public FieldEditor
{
public:
    VariantEditor(const FormContext &context,
                  const FieldDescription &field,
                  int depth,
                  QWidget *parent)
        : FieldEditor(context, field, parent)
        , m_depth(depth)
    {
        auto *box = new QWidget(this);
        m_layout = new QVBoxLayout(box);
        m_layout->setContentsMargins(0, 0, 0, 0);
        m_choice = new QComboBox(box);
        m_choice->setObjectName(QStringLiteral("variantCombo"));
        markAsChooser(m_choice);
        m_choice->addItems(field.alternativeNames);
        m_layout->addWidget(m_choice, 0, Qt::AlignLeft);
        connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int index) {
            choose(index, QJsonValue(QJsonValue::Undefined));
            Q_EMIT changed();
        });
        setEditor(box);
        choose(0, QJsonValue(QJsonValue::Undefined));
    }

    QJsonValue value() const override
    {
        QJsonValue v = m_editor ? m_editor->value() : QJsonValue(QJsonValue::Undefined);
        // The discriminator names the chosen alternative, whatever the user typed elsewhere.
        if (!m_tag.isEmpty() && (v.isObject() || v.isUndefined())) {
            QJsonObject object = v.toObject();
            object.insert(discriminator(), m_tag);
            v = object;
        }
        return withNull(v);
    }
    void setValue(const QJsonValue &value) override
    {
        if (takeNull(value))
            return;
        int index = m_choice->currentIndex();
        const QJsonObject object = value.toObject();
        const QString tag = object.value(discriminator()).toString();
        bool found = false;
        for (int i = 0; i < int(m_field.alternatives.size()) && !tag.isEmpty(); ++i) {
            if (tagOf(i) == tag) {
                index = i;
                found = true;
            }
        }
        if (!found && !value.isUndefined()) {
            // The first alternative that accepts the value.
            const SchemaValidator validator(*m_context.schemas);
            const auto tree = treeOf(value);
            for (int i = 0; i < int(m_field.alternatives.size()); ++i) {
                if (validator.isValid(*m_field.alternatives[size_t(i)], *tree->root())) {
                    index = i;
                    break;
                }
            }
        }
        choose(index, value);
    }
    FieldEditor *childEditor(const QString &token) const override
    {
        return m_editor ? m_editor->childEditor(token) : nullptr;
    }

private:
    QString discriminator() const
    {
        const Schema *s = m_field.schema;
        return s ? text(s->discriminatorProperty) : QString();
    }
    QString tagOf(int index) const
    {
        const Schema *s = m_field.schema;
        return s ? m_context.schemas->discriminatorTag(*s, *m_field.alternatives[size_t(index)])
                 : QString();
    }
    void choose(int index, const QJsonValue &value)
    {
        if (index < 0 || index >= int(m_field.alternatives.size()))
            return;
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(index);
        delete m_editor;
        const FieldDescription chosen
            = describeField(*m_context.schemas, m_field.alternatives[size_t(index)]);
        m_editor = createFieldEditor(m_context, chosen, m_depth, this);
        m_editor->setObjectName(QStringLiteral("variantEditor"));
        m_tag = tagOf(index);
        QJsonValue initial = value;
        if (!m_tag.isEmpty() && initial.isObject()) {
            QJsonObject object = initial.toObject();
            object.remove(discriminator());
            initial = object;
        }
        m_editor->setValue(initial);
        connect(m_editor, &FieldEditor::changed, this, &FieldEditor::changed);
        m_layout->addWidget(m_editor);
    }

    int m_depth = 0;
    QVBoxLayout *m_layout = nullptr;
    QComboBox *m_choice = nullptr;
    FieldEditor *m_editor = nullptr;
    QString m_tag;
};

} // namespace

FieldEditor::FieldEditor(const FormContext &context, FieldDescription field, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_field(std::move(field))
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(1);
    m_messageLabel = plainLabel(QString(), this);
    m_messageLabel->setObjectName(QStringLiteral("fieldMessages"));
    m_messageLabel->setWordWrap(true);
    QPalette palette = m_messageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    m_messageLabel->setPalette(palette);
    m_messageLabel->hide();
    m_layout->addWidget(m_messageLabel);
}

void FieldEditor::setEditor(QWidget *editor)
{
    m_editor = editor;
    if (!m_field.nullable) {
        m_layout->insertWidget(0, editor);
        return;
    }
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor, 1);
    m_nullButton = new QToolButton(row);
    m_nullButton->setObjectName(QStringLiteral("nullButton"));
    //: The JSON value null: usually kept as it is
    m_nullButton->setText(tr("null"));
    m_nullButton->setCheckable(true);
    m_nullButton->setToolTip(FieldEditor::tr("Send null for this field"));
    m_nullButton->setAccessibleName(FieldEditor::tr("Null"));
    connect(m_nullButton, &QToolButton::toggled, this, [this](bool on) {
        m_editor->setEnabled(!on);
        Q_EMIT changed();
    });
    layout->addWidget(m_nullButton, 0, Qt::AlignTop);
    m_layout->insertWidget(0, row);
}

QJsonValue FieldEditor::withNull(const QJsonValue &value) const
{
    return m_nullButton && m_nullButton->isChecked() ? QJsonValue(QJsonValue::Null) : value;
}

bool FieldEditor::takeNull(const QJsonValue &value)
{
    if (!m_nullButton)
        return false;
    m_nullButton->setChecked(value.isNull());
    return value.isNull();
}

FieldEditor *FieldEditor::childEditor(const QString &) const
{
    return nullptr;
}

QString FieldEditor::childName(const QString &token) const
{
    return token;
}

void FieldEditor::setHelp(const QString &description)
{
    const QString text = description.trimmed();
    if (text.isEmpty()) {
        if (m_helpLabel)
            m_helpLabel->hide();
        return;
    }
    if (!m_helpLabel) {
        m_helpLabel = plainLabel(QString(), this);
        m_helpLabel->setObjectName(QStringLiteral("fieldHelp"));
        m_helpLabel->setWordWrap(true);
        m_helpLabel->setEnabled(false); // the palette's quiet text colour
        m_layout->insertWidget(m_layout->indexOf(m_messageLabel), m_helpLabel);
    }
    // The first paragraph, one or two lines of it: the rest is in the tool tip.
    QString first = text.section(QStringLiteral("\n\n"), 0, 0).simplified();
    if (first.size() > 160)
        first = first.left(159) + QChar(0x2026);
    m_helpLabel->setText(first);
    m_helpLabel->setToolTip(plainToolTip(text.left(4000)));
    m_helpLabel->show();
}

void FieldEditor::setMessages(const QStringList &messages)
{
    if (messages == m_messages)
        return;
    m_messages = messages;
    m_messageLabel->setText(messages.join(u'\n'));
    m_messageLabel->setVisible(!messages.isEmpty());
}

FieldEditor *createFieldEditor(const FormContext &context,
                               const FieldDescription &field,
                               int depth,
                               QWidget *parent)
{
    switch (field.shape) {
    case FieldShape::Text:
    case FieldShape::MultiLine:
    case FieldShape::Secret:
    case FieldShape::Date:
    case FieldShape::DateTime:
    case FieldShape::Formatted:
        return new TextEditor(context, field, parent);
    case FieldShape::Integer:
    case FieldShape::Number:
        return new NumberEditor(context, field, parent);
    case FieldShape::Boolean:
        return new BooleanEditor(context, field, true, parent);
    case FieldShape::Enum:
        return new EnumEditor(context, field, true, parent);
    case FieldShape::StringList:
        return new StringListEditor(context, field, parent);
    case FieldShape::Array:
        return new ArrayEditor(context, field, depth, parent);
    case FieldShape::Object:
        return new ObjectEditor(context, field, depth, parent);
    case FieldShape::Map:
        return new MapEditor(context, field, depth, parent);
    case FieldShape::Variant:
        return new VariantEditor(context, field, depth, parent);
    case FieldShape::File:
        return new FileEditor(context, field, parent);
    case FieldShape::FreeJson:
        break;
    }
    return new JsonEditor(context, field, parent);
}

QWidget *fieldLabel(const QString &label, bool required, const QString &description, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QLabel *name = plainLabel(required ? FieldEditor::tr("%1 *").arg(label) : label, box);
    name->setObjectName(QStringLiteral("fieldLabel"));
    if (required) {
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
    }
    QString tip = required ? FieldEditor::tr("Required.") : FieldEditor::tr("Optional.");
    if (!description.isEmpty())
        tip += u'\n' + description.left(2000);
    name->setToolTip(plainToolTip(tip));
    layout->addWidget(name);
    return box;
}

} // namespace Oxa
