// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "loadstatus.h"

#include "catalog/catalog.h"
#include "safetext.h"
#include "workspace/documentsession.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Oxa {

LoadStatus::LoadStatus(QStatusBar *bar, DocumentSession *documents)
    : QObject(bar)
    , m_bar(bar)
{
    // The load in progress on the left, the document's facts on the right.
    // The document's title and the load's message give way first when the window is narrow: the
    // environment in use, the counts and the diagnostics stay whole.
    m_progressLabel = new ElidedLabel(bar);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Loading"));
    m_cancel = new QToolButton(bar);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    // The status bar's buttons take no focus: a Space meant for a field never toggles them, and
    // the keyboard has their menu actions.
    m_cancel->setFocusPolicy(Qt::NoFocus);
    bar->addWidget(m_progressLabel);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    m_documentLabel = new ElidedLabel(bar);
    m_documentLabel->setObjectName(QStringLiteral("statusDocument"));
    m_operationsLabel = plainLabel(QString(), bar);
    m_operationsLabel->setObjectName(QStringLiteral("statusOperations"));
    m_diagnosticsButton = new QToolButton(bar);
    m_diagnosticsButton->setObjectName(QStringLiteral("statusDiagnostics"));
    m_diagnosticsButton->setAutoRaise(true);
    m_diagnosticsButton->setFocusPolicy(Qt::NoFocus);
    m_diagnosticsButton->setToolTip(tr("Show the diagnostics (Ctrl+Shift+D)"));
    m_timeLabel = plainLabel(QString(), bar);
    m_timeLabel->setObjectName(QStringLiteral("statusTime"));
    bar->addPermanentWidget(m_documentLabel);
    bar->addPermanentWidget(m_operationsLabel);
    bar->addPermanentWidget(m_diagnosticsButton);
    bar->addPermanentWidget(m_timeLabel);
    showLoading(false);

    connect(m_cancel, &QToolButton::clicked, documents, &DocumentSession::cancel);
    connect(bar, &QStatusBar::messageChanged, this, &LoadStatus::makeRoomFor);
    connect(documents,
            &DocumentSession::loadStarted,
            this,
            [this](const QString &location, CatalogLoader::Mode mode) {
                m_progressLabel->setText(mode == CatalogLoader::Mode::Backend
                                             ? tr("Looking for the description of %1…").arg(location)
                                             : tr("Opening %1…").arg(location));
                showLoading(true);
            });
    connect(documents, &DocumentSession::stageChanged, this, [this](LoadStage stage) {
        switch (stage) {
        case LoadStage::Reading:
            m_progressLabel->setText(tr("Reading…"));
            break;
        case LoadStage::Parsing:
            m_progressLabel->setText(tr("Parsing…"));
            break;
        case LoadStage::ResolvingReferences:
            m_progressLabel->setText(tr("Resolving references…"));
            break;
        case LoadStage::BuildingCatalog:
            m_progressLabel->setText(tr("Building the catalog…"));
            break;
        }
    });
    connect(documents, &DocumentSession::attempted, this, [this](const DiscoveryAttempt &attempt) {
        m_progressLabel->setText(
            tr("Tried %1: %2").arg(attempt.url.toDisplayString(), attempt.outcome));
    });
    connect(documents, &DocumentSession::loadFailed, this, [this](const CatalogLoadOutcome &o) {
        m_progressLabel->setText(tr("Could not open %1.").arg(o.location));
    });
    connect(documents, &DocumentSession::loadCancelled, this, [this] {
        m_progressLabel->setText(tr("Loading cancelled."));
    });
    connect(documents, &DocumentSession::loadFinished, this, [this] { showLoading(false); });
    connect(documents, &DocumentSession::documentChanged, this, &LoadStatus::documentChanged);
    documentChanged(nullptr, false);
}

void LoadStatus::explainFailure(const CatalogLoadOutcome &outcome, QWidget *parent)
{
    QStringList reasons;
    for (const Diagnostic &d : outcome.load.diagnostics) {
        if (d.isError())
            reasons << d.message;
    }
    for (const DiscoveryAttempt &attempt : outcome.attempts)
        reasons << tr("%1: %2").arg(attempt.url.toDisplayString(), attempt.outcome);
    QMessageBox box(QMessageBox::Warning,
                    tr("Cannot open"),
                    tr("%1 could not be opened.").arg(outcome.location),
                    QMessageBox::Ok,
                    parent);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(reasons.mid(0, 40).join(u'\n'));
    box.setInformativeText(reasons.value(0));
    box.exec();
}

void LoadStatus::showLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
}

void LoadStatus::documentChanged(const std::shared_ptr<const OpenDocument> &document, bool reloaded)
{
    showLoading(false);
    for (QWidget *widget : {static_cast<QWidget *>(m_documentLabel),
                            static_cast<QWidget *>(m_operationsLabel),
                            static_cast<QWidget *>(m_diagnosticsButton),
                            static_cast<QWidget *>(m_timeLabel)})
        widget->setVisible(document != nullptr);
    if (!document) {
        m_bar->showMessage(tr("Ready"));
        return;
    }
    m_progressLabel->setText(
        document->discovered
            ? tr("Found the description at %1.").arg(document->documentUrl.toDisplayString())
        : reloaded ? tr("Reloaded.")
                   : tr("Opened."));
    m_bar->clearMessage();
    const DocumentInfo &info = document->catalog->info();
    m_documentLabel->setText(
        tr("%1 %2 · OpenAPI %3").arg(info.title, info.version, info.specVersionText));
    m_operationsLabel->setText(
        tr("%n operation(s)", nullptr, int(document->catalog->operations().size())));
    const int errors = int(countSeverity(document->diagnostics, Diagnostic::Severity::Error));
    const int warnings = int(countSeverity(document->diagnostics, Diagnostic::Severity::Warning));
    m_diagnosticsButton->setText(tr("%1, %2").arg(tr("%n error(s)", nullptr, errors),
                                                  tr("%n warning(s)", nullptr, warnings)));
    m_timeLabel->setText(tr("loaded in %1 ms").arg(document->loadMilliseconds));
}

void LoadStatus::makeRoomFor(const QString &message)
{
    // A message (a call's outcome, "Saved …") is drawn left of the document's facts, and Qt
    // clips it without an ellipsis: the document's title gives it room while it shows.
    if (message.isEmpty() || !m_documentLabel->isVisible()) {
        m_documentLabel->setMaximumWidth(QWIDGETSIZE_MAX);
        return;
    }
    constexpr int kGap = 16;
    const int needed = m_bar->fontMetrics().horizontalAdvance(message) + kGap;
    const int deficit = needed - m_documentLabel->x();
    const int width = m_documentLabel->width() - deficit;
    m_documentLabel->setMaximumWidth(
        width >= m_documentLabel->sizeHint().width()
            ? QWIDGETSIZE_MAX
            : std::max(width, m_documentLabel->minimumSizeHint().width()));
}

} // namespace Oxa
