// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <memory>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace Oxa {

class DocumentSession;
struct CatalogLoadOutcome;
struct OpenDocument;

/**
 * The window's status bar as the document session tells it: the load in progress on the left
 * (its step, the places tried for a back-end, a button to cancel it, how it ended), the open
 * document's facts on the right (title and version, operations, errors and warnings, how long
 * it took), "Ready" when none is open.
 */
class LoadStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatus)

public:
    LoadStatus(QStatusBar *bar, DocumentSession *documents);

    /** Says, in a dialog over `parent`, why a document could not be opened. */
    static void explainFailure(const CatalogLoadOutcome &outcome, QWidget *parent);

    /** Shows the diagnostics when clicked. */
    QToolButton *diagnosticsButton() const { return m_diagnosticsButton; }

private:
    void documentChanged(const std::shared_ptr<const OpenDocument> &document, bool reloaded);
    void showLoading(bool loading);
    void makeRoomFor(const QString &message);

    QStatusBar *m_bar;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_documentLabel = nullptr;
    QLabel *m_operationsLabel = nullptr;
    QToolButton *m_diagnosticsButton = nullptr;
    QLabel *m_timeLabel = nullptr;
};

} // namespace Oxa
