// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "environmentdialog.h"

#include "appearance.h"
#include "call/calldialogs.h"
#include "call/callsession.h"
#include "catalog/catalog.h"
#include "core/secrets.h"
#include "request/environmentlist.h"
#include "request/secretstore.h"
#include "safetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Oxa {

EnvironmentBar::EnvironmentBar(EnvironmentList *list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
{
    setObjectName(QStringLiteral("environmentBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plainLabel(tr("Environment:"), this));
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("environmentChoice"));
    m_choice->setAccessibleName(tr("Environment"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_choice->setToolTip(tr("Where calls go, with which headers, secrets and care"));
    layout->addWidget(m_choice);
    auto *manage = new QToolButton(this);
    manage->setObjectName(QStringLiteral("manageEnvironments"));
    manage->setText(tr("Manage…"));
    layout->addWidget(manage);
    connect(manage, &QToolButton::clicked, this, &EnvironmentBar::manageRequested);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        m_list->select(m_choice->currentData().toString());
    });
    connect(m_list, &EnvironmentList::changed, this, &EnvironmentBar::fill);
    connect(m_list, &EnvironmentList::currentChanged, this, &EnvironmentBar::showCurrent);
    fill();
}

void EnvironmentBar::showCurrent()
{
    // A document nobody chose for shows no choice, as the title and status bar say; without a
    // document there is nothing to choose for (environments are chosen per document).
    const QSignalBlocker blocker(m_choice);
    const bool open = !m_list->document().isEmpty();
    m_choice->setEnabled(open);
    m_choice->setPlaceholderText(open ? tr("No environment chosen") : tr("No document open"));
    // Qt sizes a combo box by its items: the placeholder may be longer ("Aucun environnement
    // choisi"), and is what tells the person to choose.
    QStyleOptionComboBox option;
    option.initFrom(m_choice);
    const QFontMetrics metrics = m_choice->fontMetrics();
    const QSize text(metrics.horizontalAdvance(m_choice->placeholderText()), metrics.height());
    m_choice->setMinimumWidth(
        m_choice->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, m_choice).width());
    int index = -1;
    if (open && m_list->isChosen())
        index = std::max(0, m_choice->findData(m_list->currentName()));
    m_choice->setCurrentIndex(index);
}

void EnvironmentBar::fill()
{
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItem(tr("The document's server"), QString());
    for (const Environment &e : m_list->environments())
        m_choice->addItem(e.production ? tr("%1 (production)").arg(e.name) : e.name, e.name);
    showCurrent();
}

const QList<Environment> &EnvironmentBar::environments() const
{
    return m_list->environments();
}

Environment EnvironmentBar::current() const
{
    return m_list->current();
}

bool EnvironmentBar::select(const QString &name)
{
    return m_list->select(name);
}

// ---------------------------------------------------------------------------------------------

ProductionBanner::ProductionBanner(EnvironmentList *list, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("productionBanner"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setMargin(4);
    setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #b71c1c; font-weight: bold; }"));
    connect(list, &EnvironmentList::currentChanged, this, &ProductionBanner::follow);
    follow(list->current());
}

void ProductionBanner::follow(const Environment &environment)
{
    setVisible(environment.production);
    if (environment.production)
        setText(tr("PRODUCTION: %1 (%2). Every call that is not a read is shown and confirmed "
                   "first.")
                    .arg(environment.name,
                         environment.baseUrl.isEmpty() ? tr("the document's server")
                                                       : environment.baseUrl));
}

// ---------------------------------------------------------------------------------------------

EnvironmentDialog::EnvironmentDialog(const QList<Environment> &environments,
                                     const QString &current,
                                     const Catalog *catalog,
                                     CallSession *session,
                                     QWidget *parent)
    : QDialog(parent)
    , m_environments(environments)
    , m_catalog(catalog)
    , m_session(session)
{
    setObjectName(QStringLiteral("environmentDialog"));
    setWindowTitle(tr("Environments"));
    Appearance::fitWindowTitle(this);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("environmentList"));
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("New"), left);
    auto *duplicate = new QPushButton(tr("Duplicate"), left);
    auto *remove = new QPushButton(tr("Remove"), left);
    buttons->addWidget(create);
    buttons->addWidget(duplicate);
    buttons->addWidget(remove);
    leftLayout->addLayout(buttons);

    m_editor = new QWidget(splitter);
    auto *form = new QFormLayout(m_editor);
    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("environmentName"));
    form->addRow(tr("Name:"), m_name);
    m_baseUrl = new QLineEdit(m_editor);
    m_baseUrl->setObjectName(QStringLiteral("environmentBaseUrl"));
    m_baseUrl->setPlaceholderText(tr("https://xdr.example.com/api (empty: the document's server)"));
    form->addRow(tr("Base URL:"), m_baseUrl);
    m_production = new QCheckBox(tr("Production: a banner, and every call that is not a read is "
                                    "confirmed"),
                                 m_editor);
    m_production->setObjectName(QStringLiteral("environmentProduction"));
    form->addRow(QString(), m_production);
    m_confirmation = new QComboBox(m_editor);
    m_confirmation->setObjectName(QStringLiteral("environmentConfirmation"));
    m_confirmation->addItem(tr("Response and destructive operations"),
                            int(ConfirmationPolicy::Risky));
    m_confirmation->addItem(tr("Every call that is not a read"), int(ConfirmationPolicy::NonRead));
    m_confirmation->addItem(tr("Every call"), int(ConfirmationPolicy::Always));
    form->addRow(tr("Confirm:"), m_confirmation);
    // Production never asks less than every call that is not a read: the lesser choice goes.
    connect(m_production, &QCheckBox::toggled, this, [this](bool production) {
        auto *model = qobject_cast<QStandardItemModel *>(m_confirmation->model());
        if (QStandardItem *risky = model ? model->item(0) : nullptr)
            risky->setEnabled(!production);
        if (production && m_confirmation->currentIndex() == 0)
            m_confirmation->setCurrentIndex(1);
    });
    m_headers = new QPlainTextEdit(m_editor);
    m_headers->setObjectName(QStringLiteral("environmentHeaders"));
    m_headers->setPlaceholderText(tr("X-Tenant: acme (one per line; secrets go below, not here)"));
    m_headers->setMaximumHeight(80);
    form->addRow(tr("Default headers:"), m_headers);
    m_keyHeader = new QLineEdit(m_editor);
    m_keyHeader->setObjectName(QStringLiteral("environmentKeyHeader"));
    m_keyHeader->setPlaceholderText(tr("Authorization (a bearer key), X-API-Key… or empty"));
    form->addRow(tr("Own key header:"), m_keyHeader);
    const auto seconds = [this](int maximum) {
        auto *box = new QSpinBox(m_editor);
        box->setRange(1, maximum);
        box->setSuffix(tr(" s"));
        return box;
    };
    m_inactivity = seconds(3600);
    form->addRow(tr("No data for at most:"), m_inactivity);
    m_total = seconds(24 * 3600);
    form->addRow(tr("A call lasts at most:"), m_total);
    const auto file = [this, form](const QString &label, const QString &name) {
        auto *row = new QWidget(m_editor);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(row);
        edit->setObjectName(name);
        h->addWidget(edit, 1);
        auto *browse = new QToolButton(row);
        browse->setText(tr("Browse…"));
        h->addWidget(browse);
        connect(browse, &QToolButton::clicked, this, [this, edit] {
            const QString path
                = QFileDialog::getOpenFileName(this,
                                               tr("PEM File"),
                                               edit->text(),
                                               tr("PEM files (*.pem *.crt *.key);;All files (*)"));
            if (!path.isEmpty())
                edit->setText(path);
        });
        form->addRow(label, row);
        return edit;
    };
    m_caBundle = file(tr("Extra CA bundle:"), QStringLiteral("environmentCaBundle"));
    m_clientCertificate
        = file(tr("Client certificate:"), QStringLiteral("environmentClientCertificate"));
    m_clientKey = file(tr("Client key:"), QStringLiteral("environmentClientKey"));
    m_proxy = new QLineEdit(m_editor);
    m_proxy->setObjectName(QStringLiteral("environmentProxy"));
    m_proxy->setPlaceholderText(
        tr("http://proxy:3128, socks5://host:1080, none (empty: the system's)"));
    form->addRow(tr("Proxy:"), m_proxy);
    m_trusted = new QListWidget(m_editor);
    m_trusted->setObjectName(QStringLiteral("environmentTrusted"));
    m_trusted->setMaximumHeight(60);
    m_trusted->setToolTip(tr("SHA-256 digests of server certificates trusted in spite of their "
                             "errors. Delete removes one."));
    form->addRow(tr("Trusted certificates:"), m_trusted);
    m_secrets = new QListWidget(m_editor);
    m_secrets->setObjectName(QStringLiteral("environmentSecrets"));
    m_secrets->setMaximumHeight(90);
    auto *secretButtons = new QHBoxLayout;
    auto *setSecret = new QPushButton(tr("Set…"), m_editor);
    auto *forget = new QPushButton(tr("Forget"), m_editor);
    secretButtons->addWidget(setSecret);
    secretButtons->addWidget(forget);
    secretButtons->addStretch(1);
    auto *secretsBox = new QVBoxLayout;
    secretsBox->addWidget(m_secrets);
    secretsBox->addLayout(secretButtons);
    form->addRow(tr("Secrets:"), secretsBox);
    splitter->setStretchFactor(1, 3);

    m_problem = plainLabel(QString(), this);
    m_problem->setObjectName(QStringLiteral("environmentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &EnvironmentDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const Environment &e : std::as_const(m_environments))
        m_list->addItem(e.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        store();
        load(row);
    });
    // The list follows the name as it is typed.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (QListWidgetItem *item = m_list->item(m_row))
            item->setText(name.trimmed());
    });
    connect(create, &QPushButton::clicked, this, [this] {
        Environment e;
        e.name = tr("New environment");
        this->add(e);
    });
    connect(duplicate, &QPushButton::clicked, this, [this] {
        store();
        if (m_row < 0)
            return;
        Environment copy = m_environments.at(m_row);
        copy.name = tr("%1 (copy)").arg(copy.name);
        copy.secretKeys.clear(); // its own secrets
        this->add(copy);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_row < 0)
            return;
        const int row = m_row;
        m_row = -1;
        m_environments.removeAt(row);
        delete m_list->takeItem(row);
        load(m_list->currentRow());
    });
    connect(m_trusted, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        delete item;
    });
    connect(setSecret, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_secrets->currentItem())
            this->setSecret(item->data(Qt::UserRole).toString());
    });
    connect(forget, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_secrets->currentItem();
        if (!item || m_row < 0 || !m_session)
            return;
        store();
        m_session->secrets()->remove(
            m_environments.at(m_row).secretKey(item->data(Qt::UserRole).toString()));
    });

    const int index = int(std::find_if(m_environments.cbegin(),
                                       m_environments.cend(),
                                       [&](const Environment &e) { return e.name == current; })
                          - m_environments.cbegin());
    m_list->setCurrentRow(index < m_environments.size() ? index : 0);
    load(m_list->currentRow());
    resize(860, 640);
}

void EnvironmentDialog::add(const Environment &environment)
{
    store();
    m_environments.append(environment);
    m_list->addItem(environment.name);
    m_list->setCurrentRow(m_list->count() - 1);
}

void EnvironmentDialog::load(int row)
{
    m_row = row;
    m_editor->setEnabled(row >= 0 && row < m_environments.size());
    if (!m_editor->isEnabled())
        return;
    const Environment &e = m_environments.at(row);
    m_name->setText(e.name);
    m_baseUrl->setText(e.baseUrl);
    m_confirmation->setCurrentIndex(m_confirmation->findData(int(e.confirmation)));
    m_production->setChecked(e.production);
    Q_EMIT m_production->toggled(e.production); // the choices production allows
    QStringList headers;
    for (const auto &[name, value] : e.defaultHeaders)
        headers << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    m_headers->setPlainText(headers.join(u'\n'));
    m_keyHeader->setText(e.keyHeader);
    m_inactivity->setValue(e.inactivityTimeoutMs / 1000);
    m_total->setValue(e.totalTimeoutMs / 1000);
    m_caBundle->setText(e.caBundle);
    m_clientCertificate->setText(e.clientCertificate);
    m_clientKey->setText(e.clientKey);
    m_proxy->setText(e.proxy);
    m_trusted->clear();
    m_trusted->addItems(e.trustedCertificates);
    m_secrets->clear();
    const auto secret = [this](const QString &text, const QString &scheme) {
        auto *item = new QListWidgetItem(text, m_secrets);
        item->setData(Qt::UserRole, scheme);
    };
    secret(tr("The environment's own key"), MissingSecret::kEnvironmentKey);
    secret(tr("The client key's passphrase"), MissingSecret::kKeyPassphrase);
    if (m_catalog) {
        for (const SecurityScheme &scheme : m_catalog->securitySchemes())
            secret(tr("%1 (%2)").arg(scheme.name, scheme.type), scheme.name);
    }
    m_secrets->setCurrentRow(0);
}

void EnvironmentDialog::store()
{
    if (m_row < 0 || m_row >= m_environments.size())
        return;
    Environment &e = m_environments[m_row];
    e.name = m_name->text().trimmed();
    e.baseUrl = m_baseUrl->text().trimmed();
    e.production = m_production->isChecked();
    e.confirmation = ConfirmationPolicy(m_confirmation->currentData().toInt());
    e.defaultHeaders.clear();
    for (const QString &line : m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            e.defaultHeaders.append(
                {line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    e.keyHeader = m_keyHeader->text().trimmed();
    e.inactivityTimeoutMs = m_inactivity->value() * 1000;
    e.totalTimeoutMs = m_total->value() * 1000;
    e.caBundle = m_caBundle->text().trimmed();
    e.clientCertificate = m_clientCertificate->text().trimmed();
    e.clientKey = m_clientKey->text().trimmed();
    e.proxy = m_proxy->text().trimmed();
    e.trustedCertificates.clear();
    for (int i = 0; i < m_trusted->count(); ++i)
        e.trustedCertificates << m_trusted->item(i)->text();
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(e.name);
}

void EnvironmentDialog::setSecret(const QString &scheme)
{
    store();
    if (m_row < 0 || !m_session)
        return;
    const Environment &e = m_environments.at(m_row);
    MissingSecret missing{scheme, QStringLiteral("apiKey"), QString()};
    if (scheme == MissingSecret::kKeyPassphrase)
        missing.kind = QStringLiteral("passphrase");
    else if (scheme == MissingSecret::kEnvironmentKey)
        missing.kind = e.keyHeader.compare(u"Authorization", Qt::CaseInsensitive) == 0
                           ? QStringLiteral("bearer")
                           : QStringLiteral("apiKey");
    else if (m_catalog) {
        if (const SecurityScheme *s = m_catalog->securityScheme(scheme)) {
            missing.description = s->description;
            missing.kind = secretKind(*s);
        }
    }
    SecretDialog dialog(missing, e.name, m_session->secrets()->keychainAvailable(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->keepSecret(e, scheme, dialog.secret(), dialog.remember());
}

QList<Environment> EnvironmentDialog::environments() const
{
    return m_environments;
}

QString EnvironmentDialog::currentName() const
{
    return m_row >= 0 && m_row < m_environments.size() ? m_environments.at(m_row).name : QString();
}

void EnvironmentDialog::accept()
{
    store();
    QStringList problems;
    QStringList names;
    for (const Environment &e : std::as_const(m_environments)) {
        if (e.name.isEmpty())
            problems << tr("Every environment needs a name.");
        else if (names.contains(e.name))
            problems << tr("Two environments are named %1.").arg(e.name);
        names << e.name;
        const QUrl url(e.baseUrl);
        if (!e.baseUrl.isEmpty()
            && (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")))
            problems << tr("%1: the base URL must be an http or https URL.").arg(e.name);
        for (const auto &[name, value] : e.defaultHeaders) {
            if (isSecretName(QString::fromLatin1(name)))
                problems << tr("%1: the header %2 looks like a secret; name it in \"Own key "
                               "header\" and set its value under Secrets.")
                                .arg(e.name, QString::fromLatin1(name));
        }
        if (const auto policy = e.clientPolicy();
            !policy && policy.error().code != Error::Code::Parse)
            problems << e.name + QStringLiteral(": ") + policy.error().message;
    }
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        m_problem->setText(problems.join(u'\n'));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Oxa
