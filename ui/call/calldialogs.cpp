// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "calldialogs.h"

#include "appearance.h"
#include "catalog/catalog.h"
#include "core/secrets.h"
#include "safemarkdown.h"
#include "safetext.h"
#include "schema/fieldshape.h"
#include "workflow/valueschema.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Oxa {

namespace {

/** The body as the confirmation shows it: enough to recognise, never megabytes. */
constexpr qsizetype kShownBody = 64 * 1024;

} // namespace

QString ConfirmCallDialog::reason(const PreparedCall &call)
{
    const Operation *operation = call.operation();
    if (!operation)
        return QString();
    // As people read it: the summary, else the operationId, else "METHOD /path".
    const QString name = !operation->summary.isEmpty()       ? operation->summary
                         : !operation->operationId.isEmpty() ? operation->operationId
                                                             : operation->key;
    switch (operation->risk) {
    case Risk::Destructive:
        return tr("%1 is destructive: it deletes or overwrites what cannot be restored.").arg(name);
    case Risk::Response:
        return tr("%1 is a response action: it acts on the systems the back-end protects "
                  "(hosts, accounts, network).")
            .arg(name);
    default:
        break;
    }
    if (call.environment.production && operation->risk != Risk::Read)
        return tr("%1 changes something, on a production environment.").arg(name);
    if (!call.environmentWarnings.isEmpty())
        return tr("%1 may go to the wrong back-end.").arg(name);
    return tr("The environment %1 asks to confirm every call.").arg(call.environment.name);
}

ConfirmCallDialog::ConfirmCallDialog(const PreparedCall &call, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmCall"));
    setWindowTitle(tr("Confirm the Call"));
    Appearance::fitWindowTitle(this);
    auto *layout = new QVBoxLayout(this);
    QLabel *why = plainLabel(reason(call), this);
    why->setObjectName(QStringLiteral("confirmReason"));
    why->setWordWrap(true);
    QFont bold = why->font();
    bold.setBold(true);
    why->setFont(bold);
    layout->addWidget(why);
    // What it acts on, in words: the host, the alert, the environment.
    QLabel *target = plainLabel(call.targetText(), this);
    target->setObjectName(QStringLiteral("confirmTarget"));
    target->setWordWrap(true);
    layout->addWidget(target);

    const Environment &environment = call.environment;
    QLabel *where
        = plainLabel(environment.production
                         ? tr("PRODUCTION: %1 (%2)").arg(environment.name, environment.baseUrl)
                         : tr("Environment: %1 (%2)")
                               .arg(environment.name.isEmpty() ? tr("none") : environment.name,
                                    environment.baseUrl.isEmpty() ? tr("the document's server")
                                                                  : environment.baseUrl),
                     this);
    where->setObjectName(QStringLiteral("confirmEnvironment"));
    where->setWordWrap(true);
    where->setMargin(4);
    if (environment.production)
        where->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b71c1c; "
                                            "font-weight: bold; border-radius: 3px; }"));
    layout->addWidget(where);
    for (const QString &warning : call.environmentWarnings) {
        QLabel *flagged = plainLabel(warning, this);
        flagged->setObjectName(QStringLiteral("confirmEnvironmentWarning"));
        flagged->setWordWrap(true);
        flagged->setMargin(4);
        flagged->setStyleSheet(QStringLiteral("QLabel { color: black; background: #ffe082; "
                                              "border-radius: 3px; }"));
        layout->addWidget(flagged);
    }

    m_request = QString::fromLatin1(call.request.method) + u' ' + call.url().toString() + u'\n';
    for (const auto &[name, value] : call.headers())
        m_request
            += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    if (const QByteArray body = call.body(); !body.isEmpty()) {
        m_request += u'\n' + QString::fromUtf8(body.left(kShownBody));
        if (body.size() > kShownBody)
            m_request += u'\n' + tr("… %1 bytes in all.").arg(body.size());
    } else if (!call.request.bodyFile.isEmpty()) {
        m_request += u'\n' + tr("The body is the file %1.").arg(call.request.bodyFile);
    }
    for (const BuiltRequest::Part &part : call.parts())
        m_request
            += tr("Part %1: %2")
                   .arg(QString::fromUtf8(part.name),
                        part.file.isEmpty() ? QString::fromUtf8(part.data.left(200)) : part.file)
               + u'\n';
    auto *request = new QPlainTextEdit(m_request, this);
    request->setObjectName(QStringLiteral("confirmRequest"));
    request->setReadOnly(true);
    request->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    request->setMinimumSize(560, 220);
    layout->addWidget(request, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("confirmSend"));
    m_send->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    const Operation *operation = call.operation();
    if (operation && operation->risk == Risk::Destructive && environment.production) {
        const QString expected
            = operation->operationId.isEmpty() ? operation->path : operation->operationId;
        layout->addWidget(plainLabel(tr("Type %1 to send it.").arg(expected), this));
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("confirmTyped"));
        m_typed->setAccessibleName(tr("Operation name, typed to confirm"));
        layout->addWidget(m_typed);
        m_send->setEnabled(false);
        connect(m_typed, &QLineEdit::textChanged, this, [this, expected](const QString &text) {
            m_send->setEnabled(text.trimmed() == expected);
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

EnvironmentChoiceDialog::EnvironmentChoiceDialog(const EnvironmentQuestion &question,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("environmentChoice"));
    setWindowTitle(tr("Where Should the Calls Go?"));
    Appearance::fitWindowTitle(this);
    auto *layout = new QVBoxLayout(this);
    QLabel *intro = plainLabel(tr("No environment is chosen for %1 yet. Choose where its calls "
                                  "go; the choice is remembered for this document.")
                                   .arg(question.document),
                               this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("environmentChoices"));
    m_choices->setAccessibleName(tr("Environments"));
    QStringList servers;
    for (const QString &server : question.servers)
        servers << (server.isEmpty() ? tr("beside the document") : server);
    auto *own
        = new QListWidgetItem(servers.isEmpty() ? tr("The document's own server")
                                                : tr("The document's own server: %1")
                                                      .arg(servers.join(QStringLiteral(", "))),
                              m_choices);
    own->setData(Qt::UserRole, QString());
    for (const Environment &e : question.environments) {
        QString text = e.production ? tr("%1 — %2 (PRODUCTION)").arg(e.name, e.baseUrl)
                                    : tr("%1 — %2").arg(e.name, e.baseUrl);
        if (const QString note = question.notes.value(e.name); !note.isEmpty())
            text += u'\n' + tr("Careful: %1, not of this document.").arg(note);
        auto *item = new QListWidgetItem(text, m_choices);
        item->setData(Qt::UserRole, e.name);
        if (e.production)
            item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    layout->addWidget(m_choices, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *use = buttons->addButton(tr("Use It"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("environmentUse"));
    use->setEnabled(false);
    connect(m_choices, &QListWidget::currentRowChanged, this, [use](int row) {
        use->setEnabled(row >= 0);
    });
    connect(m_choices, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Nothing chosen until the person picks: focusing the list would pick its first row.
    m_choices->setCurrentRow(-1);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

std::optional<QString> EnvironmentChoiceDialog::chosen() const
{
    const QListWidgetItem *item = m_choices->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(Qt::UserRole).toString();
}

SecretDialog::SecretDialog(const MissingSecret &missing,
                           const QString &environment,
                           bool keychain,
                           QWidget *parent)
    : QDialog(parent)
    , m_kind(missing.kind)
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(tr("Secret Needed"));
    Appearance::fitWindowTitle(this);
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    const QString what
        = missing.scheme == MissingSecret::kEnvironmentKey
              ? tr("the key of the environment %1").arg(environment)
          : missing.scheme == MissingSecret::kKeyPassphrase
              ? tr("the passphrase of the client key of %1").arg(environment)
              : tr("the security scheme %1, in the environment %2").arg(missing.scheme, environment);
    QLabel *title = plainLabel(tr("The call needs a secret for %1.").arg(what), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!missing.description.isEmpty()) {
        // The document's CommonMark, shown as every description is: rendered, never trusted.
        auto *description = new SafeTextBrowser(this);
        description->setObjectName(QStringLiteral("secretDescription"));
        description->setFrameShape(QFrame::NoFrame);
        description->viewport()->setAutoFillBackground(false);
        description->setFitToContents(true, 8);
        description->setMarkdownText(missing.description);
        layout->addWidget(description);
    }
    auto *form = new QFormLayout;
    const auto field = [this, form](const QString &label, bool masked) {
        auto *edit = new QLineEdit(this);
        if (masked)
            edit->setEchoMode(QLineEdit::Password);
        form->addRow(label, edit);
        return edit;
    };
    if (m_kind == u"basic") {
        m_first = field(tr("User:"), false);
        m_second = field(tr("Password:"), true);
    } else if (m_kind == u"oauth2") {
        m_first = field(tr("Client ID:"), false);
        m_second = field(tr("Client secret:"), true);
        m_scopes = field(tr("Scopes:"), false);
        m_scopes->setPlaceholderText(tr("the flow's own, or names separated by spaces"));
    } else {
        m_first = field(m_kind == u"passphrase" ? tr("Passphrase:")
                        : m_kind == u"bearer"   ? tr("Token:")
                                                : tr("Key:"),
                        true);
    }
    m_first->setObjectName(QStringLiteral("secretFirst"));
    if (m_second)
        m_second->setObjectName(QStringLiteral("secretSecond"));
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("Remember in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("secretRemember"));
    m_remember->setChecked(keychain);
    m_remember->setEnabled(keychain);
    if (!keychain)
        m_remember->setToolTip(
            tr("No keychain answers on this system: the secret is kept for this session only."));
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SchemeSecret SecretDialog::secret() const
{
    SchemeSecret s;
    if (m_kind == u"basic") {
        s.user = m_first->text().toUtf8();
        s.password = m_second->text().toUtf8();
    } else if (m_kind == u"oauth2") {
        s.clientId = m_first->text().toUtf8();
        s.clientSecret = m_second->text().toUtf8();
        s.scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    } else {
        s.value = m_first->text().toUtf8();
    }
    return s;
}

bool SecretDialog::remember() const
{
    return m_remember->isChecked();
}

ValuePromptDialog::ValuePromptDialog(const ValuePrompt &prompt, QWidget *parent)
    : QDialog(parent)
    , m_schema(std::make_unique<ValueSchema>(nullptr,
                                             QStringLiteral("https://oxa.invalid/prompt.json"),
                                             QString(),
                                             prompt.schema))
{
    setObjectName(QStringLiteral("valuePromptDialog"));
    setWindowTitle(prompt.title.isEmpty() ? tr("A value for %1").arg(prompt.name) : prompt.title);
    auto *layout = new QVBoxLayout(this);
    QLabel *question = plainLabel(prompt.description.isEmpty()
                                      ? tr("The workflow needs a value for %1.").arg(prompt.name)
                                      : prompt.description,
                                  this);
    question->setWordWrap(true);
    layout->addWidget(question);
    if (m_schema->schema()) {
        m_context.schemas = &m_schema->schemas();
        FieldDescription field = describeField(m_schema->schemas(), m_schema->schema());
        m_editor = createFieldEditor(m_context, field, 0, this);
        m_editor->setObjectName(QStringLiteral("promptValue"));
        if (!prompt.defaultValue.isUndefined())
            m_editor->setValue(prompt.defaultValue);
        layout->addWidget(fieldLabel(prompt.name, true, QString(), this));
        layout->addWidget(m_editor);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ValuePromptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_editor)
        m_editor->setFocus();
}

ValuePromptDialog::~ValuePromptDialog() = default;

QJsonValue ValuePromptDialog::value() const
{
    return m_editor ? m_editor->value() : QJsonValue(QJsonValue::Undefined);
}

void ValuePromptDialog::accept()
{
    // Closed only on a value the schema takes: the run checks it again, but a person can fix it
    // here.
    const QJsonValue given = value();
    const QStringList problems
        = given.isUndefined() ? QStringList{tr("A value is needed.")} : m_schema->problems(given);
    if (m_editor)
        m_editor->setMessages(problems);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace Oxa
