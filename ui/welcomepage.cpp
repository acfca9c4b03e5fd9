// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "welcomepage.h"

#include "safetext.h"
#include "workflow/demoworkflows.h"
#include "workflow/workflowmode.h"

#include <QApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Oxa {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 32);

    QLabel *title = plainLabel(QApplication::applicationDisplayName(), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setBold(true);
    title->setFont(font);
    outer->addWidget(title);
    QLabel *tagline
        = plainLabel(tr("Open an OXA back-end's OpenAPI description, browse its capabilities, and "
                        "read every operation safely."),
                     this);
    tagline->setObjectName(QStringLiteral("welcomeLabel"));
    tagline->setWordWrap(true);
    outer->addWidget(tagline);
    outer->addSpacing(16);

    auto *actions = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open a document…"), this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    open->setToolTip(
        tr("Open a JSON or YAML description (Ctrl+O). You can also drop a file here."));
    actions->addWidget(open);
    m_demo = new QPushButton(tr("Try the demo"), this);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->hide();
    actions->addWidget(m_demo);
    actions->addStretch(1);
    outer->addLayout(actions);
    outer->addSpacing(8);

    outer->addWidget(
        plainLabel(tr("Connect to a back-end (its base URL; the description is looked for at the "
                      "usual places):"),
                   this));
    auto *connectRow = new QHBoxLayout;
    m_backend = new QLineEdit(this);
    m_backend->setObjectName(QStringLiteral("welcomeBackend"));
    m_backend->setPlaceholderText(tr("https://xdr.example.org/api"));
    m_backend->setAccessibleName(tr("Back-end URL"));
    m_backend->setClearButtonEnabled(true);
    connectRow->addWidget(m_backend, 1);
    auto *connectButton = new QPushButton(tr("Connect"), this);
    connectButton->setObjectName(QStringLiteral("welcomeConnect"));
    connectRow->addWidget(connectButton);
    outer->addLayout(connectRow);
    outer->addSpacing(16);

    auto *recent = new QGridLayout;
    recent->addWidget(plainLabel(tr("Recent documents"), this), 0, 0);
    recent->addWidget(plainLabel(tr("Recent back-ends"), this), 0, 1);
    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("recentDocuments"));
    m_documents->setAccessibleName(tr("Recent documents"));
    m_backends = new QListWidget(this);
    m_backends->setObjectName(QStringLiteral("recentBackends"));
    m_backends->setAccessibleName(tr("Recent back-ends"));
    recent->addWidget(m_documents, 1, 0);
    recent->addWidget(m_backends, 1, 1);
    // The workflows that come with the console, for the demo back-end: open one to see it.
    recent->addWidget(plainLabel(tr("Workflows to try on the demo"), this), 0, 2);
    m_workflows = new QListWidget(this);
    m_workflows->setObjectName(QStringLiteral("demoWorkflows"));
    m_workflows->setAccessibleName(tr("Workflows to try on the demo"));
    for (const QString &name : DemoWorkflows::names()) {
        auto *item = new QListWidgetItem(WorkflowMode::demoTitle(name), m_workflows);
        item->setData(Qt::UserRole, name);
        item->setToolTip(plainToolTip(tr("Opens %1 in the workflow mode, beside the demo "
                                         "back-end's description.")
                                          .arg(name)));
    }
    recent->addWidget(m_workflows, 1, 2);
    outer->addLayout(recent, 1);

    connect(open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    auto connectTo = [this] {
        const QString url = m_backend->text().trimmed();
        if (!url.isEmpty())
            Q_EMIT connectRequested(url);
    };
    connect(connectButton, &QPushButton::clicked, this, connectTo);
    connect(m_backend, &QLineEdit::returnPressed, this, connectTo);
    connect(m_documents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openDocumentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_backends, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT connectRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_workflows, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT demoWorkflowRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecent(const QStringList &documents, const QStringList &backends)
{
    auto fill = [](QListWidget *list, const QStringList &entries, const QString &none) {
        list->clear();
        for (const QString &entry : entries) {
            auto *item = new QListWidgetItem(entry, list);
            item->setData(Qt::UserRole, entry);
        }
        if (entries.isEmpty()) {
            auto *item = new QListWidgetItem(none, list);
            item->setFlags(Qt::NoItemFlags);
        }
    };
    fill(m_documents, documents, tr("None yet."));
    fill(m_backends, backends, tr("None yet."));
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

QString WelcomePage::askDocument(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(
        parent,
        tr("Open a description or a workflow"),
        folder,
        tr("OpenAPI descriptions and Arazzo workflows (*.json *.yaml *.yml);;All files (*)"));
}

QString WelcomePage::askBackend(QWidget *parent)
{
    bool ok = false;
    const QString url
        = QInputDialog::getText(parent,
                                tr("Connect to a back-end"),
                                tr("Base URL of the back-end (its description is looked for at the "
                                   "usual places):"),
                                QLineEdit::Normal,
                                QString(),
                                &ok);
    return ok ? url.trimmed() : QString();
}

QString WelcomePage::droppedLocation(const QMimeData *mime)
{
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QUrl url = mime->urls().front();
        return url.isLocalFile() ? url.toLocalFile() : url.toString();
    }
    return mime->hasText() ? mime->text().trimmed().section(u'\n', 0, 0) : QString();
}

} // namespace Oxa
