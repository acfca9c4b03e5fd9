// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "operationform.h"

#include "catalog/catalog.h"
#include "document/jsonpointer.h"
#include "focuschain.h"
#include "form/jsonedit.h"
#include "request/requestcheck.h"
#include "request/requestsecrets.h"
#include "safetext.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Oxa {

namespace {

QString locationTitle(ParameterLocation location)
{
    switch (location) {
    case ParameterLocation::Path:
        return OperationForm::tr("Path parameters");
    case ParameterLocation::Query:
        return OperationForm::tr("Query parameters");
    case ParameterLocation::Header:
        return OperationForm::tr("Headers");
    case ParameterLocation::Cookie:
        return OperationForm::tr("Cookies");
    }
    return QString();
}

} // namespace

OperationForm::OperationForm(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = plainLabel(tr("Choose an operation to fill in its request."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_placeholder, 1);

    // Tools above the form; Send below it.
    m_content = new QWidget(this);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(6, 4, 6, 4);
    auto *tools = new QHBoxLayout;
    auto *fill = new QPushButton(tr("Fill &Example"), m_content);
    fill->setObjectName(QStringLiteral("fillExampleButton"));
    fill->setToolTip(tr("Fill every field with a valid example from the schemas"));
    connect(fill, &QPushButton::clicked, this, &OperationForm::fillExample);
    auto *reset = new QPushButton(tr("&Reset"), m_content);
    reset->setObjectName(QStringLiteral("resetButton"));
    reset->setToolTip(tr("Empty every field"));
    connect(reset, &QPushButton::clicked, this, &OperationForm::reset);
    m_rawButton = new QToolButton(m_content);
    m_rawButton->setObjectName(QStringLiteral("rawButton"));
    m_rawButton->setText(tr("Body as &JSON"));
    m_rawButton->setCheckable(true);
    m_rawButton->setToolTip(tr("Edit the request body as JSON text instead of a form"));
    connect(m_rawButton, &QToolButton::toggled, this, [this](bool raw) {
        if (!setRawMode(raw)) {
            const QSignalBlocker block(m_rawButton);
            m_rawButton->setChecked(true);
        }
    });
    m_status = plainLabel(QString(), m_content);
    m_status->setObjectName(QStringLiteral("formStatus"));
    tools->addWidget(fill);
    tools->addWidget(reset);
    tools->addWidget(m_rawButton);
    tools->addStretch(1);
    tools->addWidget(m_status);
    content->addLayout(tools);

    auto *scroll = new QScrollArea(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus, and it follows them
    auto *inner = new QWidget(scroll);
    m_sections = new QVBoxLayout(inner);
    m_parametersBox = new QWidget(inner);
    auto *parameters = new QVBoxLayout(m_parametersBox);
    parameters->setContentsMargins(0, 0, 0, 0);
    m_sections->addWidget(m_parametersBox);

    m_bodyBox = new QGroupBox(tr("Body"), inner);
    m_bodyBox->setObjectName(QStringLiteral("bodyBox"));
    auto *body = new QVBoxLayout(m_bodyBox);
    auto *mediaRow = new QHBoxLayout;
    m_mediaType = new QComboBox(m_bodyBox);
    m_mediaType->setObjectName(QStringLiteral("mediaTypeCombo"));
    m_mediaType->setAccessibleName(tr("Media type of the body"));
    connect(m_mediaType, &QComboBox::currentIndexChanged, this, [this] {
        if (m_restoring)
            return;
        buildBody();
        scheduleValidation();
    });
    mediaRow->addWidget(plainLabel(tr("Media type:"), m_bodyBox));
    m_mediaName = plainLabel(QString(), m_bodyBox);
    m_mediaName->setObjectName(QStringLiteral("mediaTypeName"));
    mediaRow->addWidget(m_mediaType);
    mediaRow->addWidget(m_mediaName);
    mediaRow->addStretch(1);
    body->addLayout(mediaRow);
    m_bodyNote = plainLabel(QString(), m_bodyBox);
    m_bodyNote->setWordWrap(true);
    m_bodyNote->setEnabled(false);
    body->addWidget(m_bodyNote);
    m_raw = new JsonEdit(m_bodyBox);
    m_raw->setObjectName(QStringLiteral("rawBodyEdit"));
    m_raw->setMinimumHeight(fontMetrics().height() * 12);
    m_raw->hide();
    connect(m_raw, &QPlainTextEdit::textChanged, this, &OperationForm::scheduleValidation);
    body->addWidget(m_raw);
    m_rawError = plainLabel(QString(), m_bodyBox);
    m_rawError->setObjectName(QStringLiteral("rawBodyError"));
    m_rawError->hide();
    body->addWidget(m_rawError);
    m_sections->addWidget(m_bodyBox);
    m_sections->addStretch(1);
    scroll->setWidget(inner);
    content->addWidget(scroll, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    m_send = new QPushButton(tr("&Send"), m_content);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    connect(m_send, &QPushButton::clicked, this, &OperationForm::send);
    // One action: the form's own when it stands alone, the Call menu's in the window, where
    // its shortcut works from anywhere.
    m_sendAction = new QAction(tr("&Send Request"), this);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setEnabled(false);
    connect(m_sendAction, &QAction::triggered, this, &OperationForm::send);
    addAction(m_sendAction);
    bottom->addWidget(m_send);
    content->addLayout(bottom);
    outer->addWidget(m_content, 1);
    m_content->hide();

    m_validation = new QTimer(this);
    m_validation->setSingleShot(true);
    m_validation->setInterval(150);
    connect(m_validation, &QTimer::timeout, this, &OperationForm::validateNow);

    m_question = [this](const QList<FormProblem> &problems) {
        QMessageBox box(QMessageBox::Warning,
                        tr("Send a Request with Problems?"),
                        tr("The request does not match the operation's description (problems: %1). "
                           "The back-end will probably refuse it.")
                            .arg(problems.size()),
                        QMessageBox::Cancel,
                        this);
        QStringList lines;
        for (const FormProblem &p : problems.mid(0, 20))
            lines << p.where + QStringLiteral(": ") + p.message;
        box.setDetailedText(lines.join(u'\n'));
        QPushButton *anyway = box.addButton(tr("Send &Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == anyway;
    };
}

OperationForm::~OperationForm()
{
    remember();
}

void OperationForm::setMemoryPath(const QString &path)
{
    m_memory = FormMemory(path);
}

void OperationForm::setSendQuestion(std::function<bool(const QList<FormProblem> &)> question)
{
    m_question = std::move(question);
}

void OperationForm::setOperation(std::shared_ptr<const Catalog> catalog,
                                 std::shared_ptr<SchemaSet> schemas,
                                 const Operation *operation)
{
    remember();
    m_catalog = std::move(catalog);
    m_schemas = std::move(schemas);
    m_operation = m_schemas ? operation : nullptr;
    m_key = m_operation ? m_operation->key : QString();
    m_documentId = m_catalog ? m_catalog->document().main().url().toString() : QString();
    m_context.schemas = m_schemas.get();
    rebuild();
    // This session's values first (secrets included), then those kept on disk.
    if (m_operation) {
        if (m_remembered.contains(memoryKey()))
            setValues(m_remembered.value(memoryKey()));
        else if (const auto stored = m_memory.value(memoryKey()))
            setValues(RequestValues::fromJson(*stored));
    }
    validateNow();
}

void OperationForm::remember()
{
    if (!m_operation || m_key.isEmpty())
        return;
    const RequestValues current = values();
    if (m_remembered.value(memoryKey()) == current)
        return;
    m_remembered.insert(memoryKey(), current);
    // On disk, without secrets.
    const RequestValues kept = storedValues();
    if (kept.isEmpty())
        m_memory.remove(memoryKey()); // nothing worth a write
    else
        m_memory.setValue(memoryKey(), kept.toJson());
}

RequestValues OperationForm::storedValues() const
{
    if (!m_operation || !m_schemas)
        return {};
    return requestSecrets(*m_operation, *m_schemas, values()).kept;
}

void OperationForm::rebuild()
{
    m_validation->stop();
    m_problems.clear();
    for (const ParameterField &field : m_parameters)
        delete field.editor;
    m_parameters.clear();
    qDeleteAll(m_parametersBox->findChildren<QGroupBox *>(Qt::FindDirectChildrenOnly));
    delete m_bodyEditor;
    m_bodyEditor = nullptr;
    m_rawMode = false;
    {
        const QSignalBlocker block(m_rawButton);
        m_rawButton->setChecked(false);
    }
    m_raw->hide();
    m_rawError->hide();

    m_sendAction->setEnabled(m_operation);
    m_placeholder->setVisible(!m_operation);
    m_content->setVisible(m_operation);
    if (!m_operation)
        return;

    for (ParameterLocation location : {ParameterLocation::Path,
                                       ParameterLocation::Query,
                                       ParameterLocation::Header,
                                       ParameterLocation::Cookie}) {
        QGroupBox *group = nullptr;
        QFormLayout *form = nullptr;
        for (const Parameter &p : m_operation->parameters) {
            if (p.location != location)
                continue;
            if (!group) {
                group = new QGroupBox(locationTitle(location), m_parametersBox);
                group->setObjectName(QString::fromLatin1(parameterLocationName(location))
                                     + QStringLiteral("Box"));
                form = new QFormLayout(group);
                form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
                m_parametersBox->layout()->addWidget(group);
            }
            const Schema *schema = RequestCheck(*m_schemas, *m_operation).schemaOf(p);
            FieldDescription description = describeParameterField(*m_schemas, schema);
            FieldEditor *editor = createFieldEditor(m_context, description, 1, group);
            editor->setObjectName(
                QStringLiteral("parameter:%1:%2")
                    .arg(QString::fromLatin1(parameterLocationName(location)), p.name));
            connect(editor, &FieldEditor::changed, this, &OperationForm::scheduleValidation);
            QString label = p.name;
            if (p.deprecated)
                label = tr("%1 (deprecated)").arg(label);
            form->addRow(fieldLabel(label, RequestCheck::isRequired(p), p.description, group),
                         editor);
            editor->setHelp(p.description.isEmpty() && schema ? schema->description : p.description);
            m_parameters.push_back({&p, schema, editor});
        }
    }

    const auto &body = m_operation->requestBody;
    m_bodyBox->setVisible(body.has_value());
    {
        const QSignalBlocker block(m_mediaType);
        m_mediaType->clear();
        if (body) {
            for (const MediaType &media : body->content)
                m_mediaType->addItem(media.name);
            // The preferred one (JSON when the operation offers it), as oxa-cli call chooses.
            if (const MediaType *preferred = preferredMedia(body->content))
                m_mediaType->setCurrentIndex(int(preferred - body->content.constData()));
        }
        // One media type is a fact, several are a choice.
        m_mediaType->setVisible(m_mediaType->count() > 1);
        m_mediaName->setVisible(m_mediaType->count() == 1);
        m_mediaName->setText(m_mediaType->currentText());
    }
    if (body) {
        m_bodyBox->setTitle(body->required ? tr("Body *") : tr("Body"));
        buildBody();
    }
}

const Schema *OperationForm::bodySchema() const
{
    if (!m_operation || m_mediaType->currentIndex() < 0)
        return nullptr;
    return RequestCheck(*m_schemas, *m_operation).bodySchema(m_mediaType->currentText());
}

void OperationForm::buildBody()
{
    const QJsonValue previous
        = m_bodyEditor ? m_bodyEditor->value() : QJsonValue(QJsonValue::Undefined);
    delete m_bodyEditor;
    m_bodyEditor = nullptr;
    if (!m_operation || !m_operation->requestBody)
        return;
    FieldDescription description = describeField(*m_schemas, bodySchema());
    QString note;
    switch (mediaKindOf(m_mediaType->currentText())) {
    case MediaKind::Json:
        break;
    case MediaKind::Form:
        note = tr("Sent as URL-encoded form fields.");
        break;
    case MediaKind::Multipart:
        note = tr("Sent as multipart form data; binary fields take files.");
        break;
    case MediaKind::Text:
        description.shape = FieldShape::MultiLine;
        note = tr("Sent as text.");
        break;
    case MediaKind::Binary:
        description.shape = FieldShape::File;
        note = tr("Sent as the bytes of a file.");
        break;
    }
    m_bodyNote->setText(note);
    m_bodyNote->setVisible(!note.isEmpty());
    m_bodyEditor = createFieldEditor(m_context, description, 0, m_bodyBox);
    m_bodyEditor->setObjectName(QStringLiteral("bodyEditor"));
    m_bodyBox->layout()->addWidget(m_bodyEditor);
    m_bodyEditor->setVisible(!m_rawMode);
    if (!previous.isUndefined())
        m_bodyEditor->setValue(previous);
    connect(m_bodyEditor, &FieldEditor::changed, this, &OperationForm::scheduleValidation);
}

QJsonValue OperationForm::bodyValue(QString *syntaxError) const
{
    if (!m_rawMode)
        return m_bodyEditor ? m_bodyEditor->value() : QJsonValue(QJsonValue::Undefined);
    if (m_raw->toPlainText().trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QString error;
    if (const auto parsed = m_raw->jsonValue(&error))
        return *parsed;
    if (syntaxError)
        *syntaxError = error;
    return QJsonValue(QJsonValue::Undefined);
}

RequestValues OperationForm::values() const
{
    RequestValues values;
    if (!m_operation)
        return values;
    for (const ParameterField &field : m_parameters) {
        const QJsonValue v = field.editor->value();
        if (!v.isUndefined())
            values.at(field.parameter->location).insert(field.parameter->name, v);
    }
    values.mediaType = m_mediaType->currentText();
    values.body = bodyValue(nullptr);
    return values;
}

void OperationForm::setValues(const RequestValues &values)
{
    m_restoring = true;
    for (const ParameterField &field : m_parameters) {
        const QJsonObject &at = values.at(field.parameter->location);
        field.editor->setValue(at.value(field.parameter->name));
    }
    const int media = m_mediaType->findText(values.mediaType);
    if (media >= 0 && media != m_mediaType->currentIndex()) {
        m_mediaType->setCurrentIndex(media);
        buildBody();
    }
    m_restoring = false;
    if (m_rawMode)
        m_raw->setJsonValue(values.body);
    else if (m_bodyEditor)
        m_bodyEditor->setValue(values.body);
    scheduleValidation();
}

void OperationForm::fillExample()
{
    if (!m_operation)
        return;
    const RequestCheck check(*m_schemas, *m_operation);
    RequestValues values = this->values();
    for (const ParameterField &field : m_parameters) {
        const Parameter &p = *field.parameter;
        const QJsonValue example = check.parameterExample(p);
        if (!example.isUndefined() && !example.isNull())
            values.at(p.location).insert(p.name, example);
    }
    if (bodySchema())
        values.body = check.bodyExample(m_mediaType->currentText());
    setValues(values);
    validateNow();
}

void OperationForm::reset()
{
    m_remembered.remove(memoryKey());
    m_memory.remove(memoryKey());
    RequestValues empty;
    empty.mediaType = m_mediaType->currentText();
    if (m_rawMode)
        m_raw->clear();
    setValues(empty);
    validateNow();
}

bool OperationForm::setRawMode(bool raw)
{
    if (raw == m_rawMode || !m_operation)
        return raw == m_rawMode;
    if (raw) {
        m_raw->setJsonValue(m_bodyEditor ? m_bodyEditor->value()
                                         : QJsonValue(QJsonValue::Undefined));
    } else {
        QString error;
        const QJsonValue parsed = bodyValue(&error);
        if (!error.isEmpty()) {
            m_rawError->setText(error);
            m_rawError->show();
            return false;
        }
        if (m_bodyEditor)
            m_bodyEditor->setValue(parsed);
    }
    m_rawMode = raw;
    {
        const QSignalBlocker block(m_rawButton);
        m_rawButton->setChecked(raw);
    }
    m_raw->setVisible(raw);
    m_rawError->hide();
    if (m_bodyEditor)
        m_bodyEditor->setVisible(!raw);
    (raw ? static_cast<QWidget *>(m_raw) : m_bodyEditor)->setFocus();
    scheduleValidation();
    return true;
}

void OperationForm::scheduleValidation()
{
    if (!m_restoring)
        m_validation->start();
}

void OperationForm::distribute(FieldEditor *root,
                               const QList<ValidationError> &errors,
                               QList<FormProblem> &problems,
                               const QString &where)
{
    QHash<FieldEditor *, QStringList> messages;
    for (const ValidationError &error : errors) {
        FieldEditor *editor = root;
        const QStringList tokens = error.instancePointer.split(u'/', Qt::SkipEmptyParts);
        qsizetype used = 0;
        for (const QString &token : tokens) {
            FieldEditor *child = editor->childEditor(JsonPointer::unescape(token));
            if (!child)
                break;
            editor = child;
            ++used;
        }
        QString message = error.message;
        if (used < tokens.size()) {
            const QStringList rest = tokens.mid(used);
            message
                = tr("%1: %2").arg(editor->childName(JsonPointer::unescape(rest.first())), message);
        }
        messages[editor].append(message);
        problems.append(
            {where + (error.instancePointer.isEmpty() ? QString() : u' ' + error.instancePointer),
             error.message});
    }
    for (FieldEditor *editor : root->findChildren<FieldEditor *>())
        editor->setMessages(messages.value(editor));
    root->setMessages(messages.value(root));
}

void OperationForm::validateNow()
{
    m_validation->stop();
    m_problems.clear();
    if (!m_operation) {
        Q_EMIT validated(0);
        return;
    }
    const RequestCheck check(*m_schemas, *m_operation);
    for (const ParameterField &field : m_parameters) {
        const Parameter &p = *field.parameter;
        const QJsonValue v = field.editor->value();
        const QString where
            = QStringLiteral("%1 %2").arg(QString::fromLatin1(parameterLocationName(p.location)),
                                          p.name);
        if (v.isUndefined()) {
            const bool required = RequestCheck::isRequired(p) && !isIgnoredHeader(p);
            field.editor->setMessages(required ? QStringList{tr("This parameter is required.")}
                                               : QStringList());
            if (required)
                m_problems.append({where, tr("This parameter is required.")});
            continue;
        }
        distribute(field.editor, check.parameterErrors(p, v), m_problems, where);
    }
    if (m_operation->requestBody) {
        QString syntaxError;
        const QJsonValue body = bodyValue(&syntaxError);
        const QString where = tr("body");
        m_rawError->setText(syntaxError);
        m_rawError->setVisible(m_rawMode && !syntaxError.isEmpty());
        if (!syntaxError.isEmpty()) {
            m_problems.append({where, syntaxError});
        } else if (body.isUndefined()) {
            const bool required = m_operation->requestBody->required;
            const Schema *schema = bodySchema();
            if (m_bodyEditor && required && schema
                && m_bodyEditor->field().shape == FieldShape::Object) {
                // Say which fields an empty body needs, beside them.
                distribute(m_bodyEditor,
                           check.bodyErrors(m_mediaType->currentText(), QJsonValue(QJsonObject())),
                           m_problems,
                           where);
            } else if (m_bodyEditor) {
                m_bodyEditor->setMessages(required ? QStringList{tr("A request body is required.")}
                                                   : QStringList());
                for (FieldEditor *editor : m_bodyEditor->findChildren<FieldEditor *>())
                    editor->setMessages(QStringList());
                if (required)
                    m_problems.append({where, tr("A request body is required.")});
            }
        } else if (RequestCheck::checksBody(m_mediaType->currentText()) && bodySchema()) {
            const QList<ValidationError> errors
                = check.bodyErrors(m_mediaType->currentText(), body);
            if (m_rawMode) {
                for (const ValidationError &e : errors)
                    m_problems.append({where + u' ' + e.instancePointer, e.message});
                QStringList lines;
                for (const ValidationError &e : errors.mid(0, 8))
                    lines << (e.instancePointer.isEmpty()
                                  ? e.message
                                  : e.instancePointer + QStringLiteral(": ") + e.message);
                m_rawError->setText(lines.join(u'\n'));
                m_rawError->setVisible(!lines.isEmpty());
            } else if (m_bodyEditor) {
                distribute(m_bodyEditor, errors, m_problems, where);
            }
        }
    }
    m_status->setText(m_problems.isEmpty() ? tr("Ready to send")
                                           : tr("Problems: %1").arg(m_problems.size()));
    // Fields come and go (an operation chosen, an item added): Tab follows them in order.
    chainInReadingOrder(m_content);
    Q_EMIT validated(int(m_problems.size()));
}

void OperationForm::focusSend()
{
    m_send->setFocus(Qt::OtherFocusReason);
}

void OperationForm::focusFirstField()
{
    if (!m_operation)
        return;
    QWidget *first = firstField(m_content);
    (first ? first : m_send)->setFocus(Qt::TabFocusReason);
}

void OperationForm::send()
{
    if (!m_operation)
        return;
    validateNow();
    if (!m_problems.isEmpty() && !(m_question && m_question(m_problems)))
        return;
    remember();
    Q_EMIT sendRequested(m_key, values());
}

} // namespace Oxa
