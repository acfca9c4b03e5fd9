// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/catalogloader.h"
#include "catalog/catalogmode.h"
#include "catalog/schemausage.h"
#include "consoleservices.h"
#include "request/requestvalues.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace Oxa {

class AuditLog;
class CallDriver;
class DialogInteraction;
class Interaction;
class CallSession;
class CatalogMode;
class LoadStatus;
class CatalogPanel;
class EnvironmentBar;
class ExchangeView;
class HistoryStore;
class HistoryView;
class SecretStore;
struct Environment;
class CommandPalette;
class DiagnosticsDock;
class OperationForm;
class OperationPage;
class SchemaSet;
class SchemaBrowser;
class SourceView;
class WelcomePage;
class WorkflowMode;
class DocumentSession;
struct OpenDocument;
class MockThread;
class DemoTour;
class DemoLauncher;

/**
 * The console's main window: the welcome page until a document is open, then the catalog
 * (filter and tree) beside the operation page, the schema browser and the raw source, with
 * the diagnostics dock and the "go to operation" palette. Documents load off the GUI thread.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** The services outlive the window (app/console_main.cpp makes them). */
    explicit MainWindow(const ConsoleServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a file path or URL: a URL that is not a description is treated as a back-end. */
    /**
     * Opens a file path or URL: an Arazzo document in the workflow mode, a description in the
     * catalog, and a URL that is neither as a back-end.
     */
    void openLocation(const QString &location);
    void openDocument(const QString &location);
    /** Reads an Arazzo document into the workflow mode (its sources may be the open description). */
    void openWorkflow(const QString &location);
    /** One of the workflows that come with the console, written beside the demo's description. */
    void openDemoWorkflow(const QString &name);
    /** "catalog" or "workflows": shows that mode (the catalog's is the welcome page until a
     * document is open). */
    void showMode(const QString &id);
    QString currentMode() const;
    /** Whether the workflow mode is the one shown. */
    bool showingWorkflows() const;
    void connectToBackend(const QString &baseUrl);
    /**
     * Starts the demo back-end on a thread of its own (once), selects the "Demo" environment
     * that reaches it with the demo key, opens its document and shows the welcome tour.
     */
    void startDemo();
    /** The demo back-end, while it runs; null before. */
    MockThread *demoBackend() const;
    DemoTour *demoTour() const;
    void reload();
    void cancelLoading();
    bool isLoading() const;

    std::shared_ptr<const Catalog> catalog() const;
    /** What the last load reported, the policy's refusals included. */
    const Diagnostics &diagnostics() const;
    /** The open document's session: open, reload, close, the reference policy. */
    DocumentSession *documents() const { return m_documents; }
    /** Shows an operation: selects it in the tree (clearing the filter if it hides it). */
    bool showOperation(const QString &key) { return m_catalogMode->showOperation(key); }
    bool showSchema(const QString &name) { return m_catalogMode->showSchema(name); }
    void showSourceLine(const QString &source, int line, int column = 1)
    {
        m_catalogMode->showSourceLine(source, line, column);
    }
    /** One of the catalog mode's pages (CatalogMode::Page). */
    void showPage(int index) { m_catalogMode->showPage(index); }

    CatalogMode *catalogMode() const { return m_catalogMode; }
    WorkflowMode *workflowMode() const { return m_workflowMode; }
    QToolBar *modeBar() const { return m_modeBar; }
    CatalogPanel *catalogPanel() const { return m_catalogMode->catalogPanel(); }
    OperationPage *operationPage() const { return m_catalogMode->operationPage(); }
    OperationForm *requestForm() const { return m_catalogMode->requestForm(); }
    SchemaBrowser *schemaBrowser() const { return m_catalogMode->schemaBrowser(); }
    SourceView *sourceView() const { return m_catalogMode->sourceView(); }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnosticsDock; }
    CommandPalette *commandPalette() const { return m_palette; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QTabWidget *pages() const { return m_catalogMode->pages(); }
    ExchangeView *exchangeView() const { return m_catalogMode->exchangeView(); }
    HistoryView *historyView() const { return m_historyView; }
    EnvironmentBar *environmentBar() const { return m_environmentBar; }
    QLabel *productionBanner() const { return m_productionBanner; }
    /** The call engine the form sends through. */
    CallDriver *calls() const { return m_calls; }
    /**
     * Who answers the questions of calls and loads (confirmations, secrets, references):
     * the window's dialogs, or a test's script (not owned; null restores the dialogs).
     */
    void setInteraction(Interaction *interaction);
    Interaction *interaction() const;
    CallSession *callSession() const { return m_services.session; }
    const ConsoleServices &services() const { return m_services; }
    /** Replaces the environments (and saves them); `current` is selected. */
    void setEnvironments(const QList<Environment> &environments, const QString &current);
    /** Opens the environments' dialog. */
    void manageEnvironments();
    /**
     * Puts a value into a parameter of the request form ("path", "query", "header" or
     * "cookie" and its name) and shows the form; false when the form has no such parameter.
     */
    bool useAsInput(const QJsonValue &value, const QString &location, const QString &name);

Q_SIGNALS:
    /** A load ended, whatever its outcome. */
    void loadFinished(bool success);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void documentChanged(std::shared_ptr<const OpenDocument> document, bool reloaded);
    QString location() const;
    void updateStatus();
    void updateTitle();
    /** Where calls go now, for the title and the status bar: a name, or why none. */
    QString environmentInUse() const;
    void addRecent(const QString &key, const QString &entry);
    void updateRecentMenus();
    void restoreSettings();
    void saveSettings();
    void chooseFile();
    void askBackend();
    void showPreferences();
    void showAbout();
    void createCalls();
    void createModeBar();
    /** The dock shows the current mode's diagnostics. */
    void showModeDiagnostics();

    ConsoleServices m_services;
    DocumentSession *m_documents = nullptr;
    std::unique_ptr<DialogInteraction> m_dialogs;
    Interaction *m_interaction = nullptr; ///< m_dialogs, or a test's

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    DemoLauncher *m_demo = nullptr;
    CatalogMode *m_catalogMode = nullptr;
    WorkflowMode *m_workflowMode = nullptr;
    QToolBar *m_modeBar = nullptr;
    QList<QAction *> m_modeActions;
    DiagnosticsDock *m_diagnosticsDock = nullptr;
    CommandPalette *m_palette = nullptr;
    CallDriver *m_calls = nullptr;
    HistoryView *m_historyView = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QLabel *m_environmentLabel = nullptr;
    EnvironmentBar *m_environmentBar = nullptr;
    QLabel *m_productionBanner = nullptr;

    LoadStatus *m_status = nullptr;

    QMenu *m_recentDocumentsMenu = nullptr;
    QMenu *m_recentBackendsMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace Oxa
