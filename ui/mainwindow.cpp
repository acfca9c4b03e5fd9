// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "appearance.h"
#include "call/calldriver.h"
#include "call/dialoginteraction.h"
#include "call/environmentdialog.h"
#include "call/historyview.h"
#include "catalog/catalogmode.h"
#include "commandpalette.h"
#include "demo/demolauncher.h"
#include "demo/demotour.h"
#include "diagnosticsdock.h"
#include "loadstatus.h"
#include "preferencesdialog.h"
#include "request/environmentlist.h"
#include "shortcutsdialog.h"
#include "welcomepage.h"
#include "workflow/arazzodocument.h"
#include "workflow/demoworkflows.h"
#include "workflow/workflowmode.h"
#include "workspace/documentsession.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Oxa {

namespace {

constexpr int kMaxRecent = 10;
const QString kRecentDocuments = QStringLiteral("recent/documents");
const QString kRecentBackends = QStringLiteral("recent/backends");

bool looksLikeDocumentUrl(const QUrl &url)
{
    const QString path = url.path().toLower();
    return path.endsWith(u".json") || path.endsWith(u".yaml") || path.endsWith(u".yml");
}

/** Whether a location names an Arazzo document: by its name, or by the start of a local file. */
bool looksLikeWorkflow(const QString &location)
{
    if (location.contains(u".arazzo.", Qt::CaseInsensitive))
        return true;
    QFile file(location); // a URL cannot be opened: it is not looked into
    return file.open(QIODevice::ReadOnly) && ArazzoDocument::looksLikeArazzo(file.read(64 * 1024));
}

} // namespace

MainWindow::MainWindow(const ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_documents(new DocumentSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    updateTitle();

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);

    m_catalogMode = new CatalogMode(m_stack);
    m_stack->addWidget(m_catalogMode);
    m_workflowMode = new WorkflowMode(m_stack);
    m_stack->addWidget(m_workflowMode);
    // A production environment is never chosen by accident: a red strip says so above all.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_productionBanner = new ProductionBanner(m_services.environments, central);
    centralLayout->addWidget(m_productionBanner);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_diagnosticsDock = new DiagnosticsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    m_diagnosticsDock->hide();

    m_palette = new CommandPalette(m_stack);

    m_status = new LoadStatus(statusBar(), m_documents);

    createCalls();
    createModeBar();
    createActions();

    connect(m_documents, &DocumentSession::documentChanged, this, &MainWindow::documentChanged);
    connect(m_documents, &DocumentSession::loadFailed, this, [this](const CatalogLoadOutcome &o) {
        if (!property("oxaQuiet").toBool())
            LoadStatus::explainFailure(o, this);
    });
    connect(m_documents, &DocumentSession::loadFinished, this, &MainWindow::loadFinished);
    m_documents->setReferenceQuestion(
        [this](const QList<QUrl> &places, std::function<void(bool)> answer) {
            m_interaction->allowReferences(places, std::move(answer));
        });
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::chooseFile);
    connect(m_welcome, &WelcomePage::openDocumentRequested, this, &MainWindow::openLocation);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectToBackend);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::demoWorkflowRequested, this, &MainWindow::openDemoWorkflow);
    connect(m_workflowMode,
            &WorkflowMode::demoWorkflowRequested,
            this,
            &MainWindow::openDemoWorkflow);
    m_welcome->setDemoAvailable(true);
    connect(m_palette, &CommandPalette::operationChosen, m_catalogMode, &CatalogMode::showOperation);
    connect(m_diagnosticsDock,
            &DiagnosticsDock::operationRequested,
            m_catalogMode,
            &CatalogMode::showOperation);
    connect(m_diagnosticsDock,
            &DiagnosticsDock::schemaRequested,
            m_catalogMode,
            &CatalogMode::showSchema);
    connect(m_diagnosticsDock,
            &DiagnosticsDock::sourceRequested,
            this,
            [this](const QString &source, int line, int column) {
                if (showingWorkflows())
                    m_workflowMode->showSourceLine(line, column);
                else
                    m_catalogMode->showSourceLine(source, line, column);
            });
    connect(m_diagnosticsDock, &DiagnosticsDock::pointerRequested, this, [this](const QString &p) {
        if (showingWorkflows())
            m_workflowMode->showPointer(p);
    });
    connect(m_workflowMode, &WorkflowMode::loadFinished, this, [this](bool ok) {
        if (ok)
            addRecent(kRecentDocuments, m_workflowMode->location());
        showModeDiagnostics();
        // What keeps it from running is said at once; warnings wait for the person to look.
        if (!ok || countSeverity(m_workflowMode->diagnostics(), Diagnostic::Severity::Error) > 0)
            m_diagnosticsDock->show();
        updateStatus();
        updateTitle();
    });
    connect(m_status->diagnosticsButton(), &QToolButton::clicked, this, [this] {
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
    });

    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Document…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QAction *connectAction
        = file->addAction(tr("&Connect to Back-end…"), this, &MainWindow::askBackend);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentDocumentsMenu = file->addMenu(tr("Recent &Documents"));
    m_recentBackendsMenu = file->addMenu(tr("Recent &Back-ends"));
    file->addSeparator();
    m_reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    m_reloadAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    QAction *stop = file->addAction(tr("S&top Loading"), m_documents, &DocumentSession::cancel);
    stop->setEnabled(false);
    connect(m_documents, &DocumentSession::loadStarted, stop, [stop] { stop->setEnabled(true); });
    connect(m_documents, &DocumentSession::loadFinished, stop, [stop] { stop->setEnabled(false); });
    m_closeAction = file->addAction(tr("Close Document"), this, [this] {
        if (showingWorkflows()) {
            m_workflowMode->close();
            updateStatus();
            updateTitle();
        } else {
            m_documents->close();
        }
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *palette = go->addAction(tr("Go to &Operation…"), this, [this] {
        if (catalog())
            m_palette->popup();
    });
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_catalogMode->fillMenu(QStringLiteral("go"), go);
    m_catalogMode->fillMenu(QStringLiteral("operation"), menuBar()->addMenu(tr("&Operation")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_modeActions);
    view->addSeparator();
    QAction *diagnostics = m_diagnosticsDock->toggleViewAction();
    diagnostics->setText(tr("&Diagnostics"));
    diagnostics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(diagnostics);
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    view->addAction(history);
    m_catalogMode->fillMenu(QStringLiteral("view"), view);

    QMenu *call = menuBar()->addMenu(tr("&Call"));
    m_catalogMode->fillMenu(QStringLiteral("call"), call);
    call->addSeparator();
    call->addAction(tr("&Environments…"), this, &MainWindow::manageEnvironments);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Try the &Demo Back-end"), this, &MainWindow::startDemo);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = findChild<ShortcutsDialog *>();
        if (!dialog) {
            dialog = new ShortcutsDialog(menuBar(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About OXA Console"), this, &MainWindow::showAbout);
    updateRecentMenus();
}

// The demo ------------------------------------------------------------------------------------

void MainWindow::startDemo()
{
    if (!m_demo)
        m_demo = new DemoLauncher(this);
    m_demo->start();
}

MockThread *MainWindow::demoBackend() const
{
    return m_demo ? m_demo->backend() : nullptr;
}

DemoTour *MainWindow::demoTour() const
{
    return m_demo ? m_demo->tour() : nullptr;
}

// Loading -------------------------------------------------------------------------------------

void MainWindow::openLocation(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return;
    const QUrl url(trimmed);
    const QString scheme = url.scheme().toLower();
    if ((scheme == u"http" || scheme == u"https") && !looksLikeDocumentUrl(url)) {
        connectToBackend(trimmed);
        return;
    }
    QString local = url.isLocalFile() ? url.toLocalFile() : trimmed;
    // A file is remembered by its whole path: the recent lists work from any folder.
    if (const QFileInfo file(local); url.scheme().size() <= 1 && file.exists())
        local = file.absoluteFilePath();
    if (looksLikeWorkflow(local)) {
        openWorkflow(local);
        return;
    }
    openDocument(local);
}

void MainWindow::openWorkflow(const QString &location)
{
    QList<std::shared_ptr<const Catalog>> open;
    if (catalog())
        open.append(catalog());
    m_workflowMode->open(location, open);
    showMode(m_workflowMode->id());
}

void MainWindow::openDemoWorkflow(const QString &name)
{
    // Written beside the demo's description, where its source finds it.
    const auto written = DemoWorkflows::write(name);
    if (!written) {
        QMessageBox::warning(this, tr("Workflows"), written.error().message);
        return;
    }
    openWorkflow(*written);
}

void MainWindow::createModeBar()
{
    m_modeBar = new QToolBar(tr("Modes"), this);
    m_modeBar->setObjectName(QStringLiteral("modeBar"));
    m_modeBar->setMovable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    addToolBar(Qt::LeftToolBarArea, m_modeBar);
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const QList<Mode *> modes{m_catalogMode, m_workflowMode};
    for (qsizetype i = 0; i < modes.size(); ++i) {
        Mode *mode = modes.at(i);
        QAction *action = m_modeBar->addAction(mode->icon(), mode->title());
        action->setObjectName(mode->id() + QStringLiteral("ModeAction"));
        action->setCheckable(true);
        action->setData(mode->id());
        // Ctrl+digit moves between the pages of a mode; Alt+digit between modes.
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setToolTip(
            tr("%1 (%2)").arg(mode->title(), action->shortcut().toString(QKeySequence::NativeText)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = mode->id()] { showMode(id); });
        m_modeActions.append(action);
    }
    m_modeActions.constFirst()->setChecked(true);
}

void MainWindow::showMode(const QString &id)
{
    if (id == m_workflowMode->id())
        m_stack->setCurrentWidget(m_workflowMode);
    else
        m_stack->setCurrentWidget(catalog() ? static_cast<QWidget *>(m_catalogMode) : m_welcome);
    for (QAction *action : std::as_const(m_modeActions))
        action->setChecked(action->data().toString() == currentMode());
    showModeDiagnostics();
    updateStatus();
    updateTitle();
}

bool MainWindow::showingWorkflows() const
{
    // Also asked while the window is being built (the title), before the modes exist.
    return m_stack && m_workflowMode && m_stack->currentWidget() == m_workflowMode;
}

QString MainWindow::currentMode() const
{
    return showingWorkflows() ? m_workflowMode->id() : m_catalogMode->id();
}

void MainWindow::showModeDiagnostics()
{
    if (showingWorkflows())
        m_diagnosticsDock->setDiagnostics(m_workflowMode->diagnostics(), nullptr);
    else
        m_diagnosticsDock->setDiagnostics(diagnostics(), catalog());
}

void MainWindow::openDocument(const QString &location)
{
    m_documents->open(location, CatalogLoader::Mode::Document);
}

void MainWindow::connectToBackend(const QString &baseUrl)
{
    m_documents->open(baseUrl, CatalogLoader::Mode::Backend);
}

void MainWindow::reload()
{
    if (showingWorkflows())
        m_workflowMode->reload();
    else
        m_documents->reload();
}

void MainWindow::cancelLoading()
{
    m_documents->cancel();
}

bool MainWindow::isLoading() const
{
    return m_documents->isLoading();
}

std::shared_ptr<const Catalog> MainWindow::catalog() const
{
    const auto document = m_documents->document();
    return document ? document->catalog : nullptr;
}

const Diagnostics &MainWindow::diagnostics() const
{
    static const Diagnostics none;
    const OpenDocument *document = m_documents->document().get();
    return document ? document->diagnostics : none; // the session keeps it while it is open
}

QString MainWindow::location() const
{
    const auto document = m_documents->document();
    return document ? document->location : QString();
}

void MainWindow::documentChanged(std::shared_ptr<const OpenDocument> document, bool reloaded)
{
    // The environment is the document's: its own is selected (or none) before anything shows.
    QStringList servers;
    if (document) {
        for (const Server &server : document->catalog->servers())
            servers << server.url;
    }
    m_services.environments->setDocument(document ? document->location : QString(), servers);
    m_catalogMode->setDocument(document, reloaded);
    m_palette->setCatalog(catalog());
    if (document)
        addRecent(document->discovered ? kRecentBackends : kRecentDocuments, document->location);
    showMode(m_catalogMode->id()); // the status and the title with it
}

// Status and settings -------------------------------------------------------------------------

QString MainWindow::environmentInUse() const
{
    const EnvironmentList *environments = m_services.environments;
    if (!catalog())
        return QString();
    if (!environments->isChosen())
        return tr("no environment chosen");
    const QString name = environments->currentName();
    return name.isEmpty() ? tr("the document's server") : name;
}

void MainWindow::updateTitle()
{
    if (showingWorkflows()) {
        if (m_environmentLabel)
            m_environmentLabel->setText(QString());
        const QString name = m_workflowMode->documentTitle();
        setWindowTitle(name.isEmpty() ? QApplication::applicationDisplayName()
                                      : tr("%1 — workflows").arg(name));
        setWindowFilePath(m_workflowMode->location());
        return;
    }
    if (m_environmentLabel)
        m_environmentLabel->setText(catalog() ? tr("Environment: %1").arg(environmentInUse())
                                              : QString());
    if (!catalog()) {
        setWindowTitle(QApplication::applicationDisplayName());
        return;
    }
    const DocumentInfo &info = catalog()->info();
    // The title says where calls go, as the toolbar does: a screenshot shows it too.
    setWindowTitle(
        tr("%1 — %2").arg(info.title.isEmpty() ? location() : info.title, environmentInUse()));
    setWindowFilePath(location());
}

void MainWindow::updateStatus()
{
    const bool workflows = showingWorkflows();
    m_reloadAction->setEnabled(workflows ? !m_workflowMode->location().isEmpty()
                                         : !location().isEmpty());
    m_closeAction->setEnabled(workflows ? m_workflowMode->document() != nullptr
                                        : catalog() != nullptr);
}

void MainWindow::addRecent(const QString &key, const QString &entry)
{
    QSettings settings;
    QStringList list = settings.value(key).toStringList();
    list.removeAll(entry);
    list.prepend(entry);
    settings.setValue(key, list.mid(0, kMaxRecent));
    updateRecentMenus();
}

void MainWindow::updateRecentMenus()
{
    QSettings settings;
    const QStringList documents = settings.value(kRecentDocuments).toStringList();
    const QStringList backends = settings.value(kRecentBackends).toStringList();
    m_welcome->setRecent(documents, backends);
    auto fill = [this](QMenu *menu, const QStringList &entries, bool backend) {
        menu->clear();
        for (const QString &entry : entries) {
            QString shown = entry;
            shown.replace(u'&', QStringLiteral("&&"));
            menu->addAction(shown, this, [this, entry, backend] {
                backend ? connectToBackend(entry) : openLocation(entry);
            });
        }
        menu->setEnabled(!entries.isEmpty());
    };
    fill(m_recentDocumentsMenu, documents, false);
    fill(m_recentBackendsMenu, backends, true);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1280×800 where there is room; on a smaller screen (1366×768, 1024×768) what it
        // leaves beside the panels and the window's frame, never more.
        QSize size(1280, 800);
        if (const QScreen *screen
            = this->screen() ? this->screen() : QGuiApplication::primaryScreen()) {
            const QRect room = screen->availableGeometry();
            size = size.boundedTo(QSize(room.width() - 16, room.height() - 48));
            resize(size);
            move(room.center() - QPoint(size.width() / 2, (size.height() + 32) / 2));
        } else {
            resize(size);
        }
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_catalogMode->restoreSettings(settings);
    m_workflowMode->restoreSettings(settings);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_catalogMode->saveSettings(settings);
    m_workflowMode->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_documents->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString location = WelcomePage::droppedLocation(event->mimeData());
    if (location.isEmpty())
        return;
    event->acceptProposedAction();
    openLocation(location);
}

void MainWindow::chooseFile()
{
    const QString path = WelcomePage::askDocument(this,
                                                  m_documents->document()
                                                          && m_documents->document()->mode
                                                                 == CatalogLoader::Mode::Document
                                                      ? QFileInfo(location()).absolutePath()
                                                      : QString());
    if (!path.isEmpty())
        openLocation(path);
}

void MainWindow::askBackend()
{
    if (const QString url = WelcomePage::askBackend(this); !url.isEmpty())
        connectToBackend(url);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox
        box(QMessageBox::Information,
            tr("About OXA Console"),
            tr("%1 %2\nA console for OXA back-ends: browse, call and chain their capabilities.")
                .arg(QApplication::applicationDisplayName(), QApplication::applicationVersion()),
            QMessageBox::Ok,
            this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

// Calls ---------------------------------------------------------------------------------------

void MainWindow::createCalls()
{
    m_dialogs = std::make_unique<DialogInteraction>(this, m_services.secrets);
    m_interaction = m_dialogs.get();
    m_calls = new CallDriver(m_services.session, m_interaction, this);

    m_historyView = new HistoryView(this);
    m_historyView->setStore(m_services.session->history());
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyView);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    auto *toolbar = addToolBar(tr("Environment"));
    toolbar->setObjectName(QStringLiteral("environmentToolBar"));
    toolbar->setMovable(false);
    m_environmentBar = new EnvironmentBar(m_services.environments, toolbar);
    toolbar->addWidget(m_environmentBar);
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("statusEnvironment"));
    statusBar()->addPermanentWidget(m_environmentLabel);
    connect(m_services.environments,
            &EnvironmentList::currentChanged,
            this,
            &MainWindow::updateTitle);

    connect(m_environmentBar,
            &EnvironmentBar::manageRequested,
            this,
            &MainWindow::manageEnvironments);
    m_catalogMode->setCalls(m_calls, m_services.environments);
    m_workflowMode->setCalls(m_calls, m_services.environments);
    connect(m_catalogMode, &CatalogMode::message, this, [this](const QString &text, int timeout) {
        statusBar()->showMessage(text, timeout);
    });
    // The history list follows the calls: a person's own call at once, a run's (a workflow's,
    // a batch's: a thousand a minute) at most four times a second.
    auto *historyRefresh = new QTimer(this);
    historyRefresh->setSingleShot(true);
    historyRefresh->setInterval(250);
    auto latest = std::make_shared<qint64>(-1);
    connect(historyRefresh, &QTimer::timeout, this, [this, latest] {
        m_historyView->refresh();
        m_historyView->select(*latest);
    });
    connect(m_calls,
            &CallDriver::finished,
            this,
            [this, historyRefresh, latest](quint64, const CallOutcome &outcome) {
                *latest = outcome.historyId;
                if (outcome.call.runId.isEmpty()) {
                    historyRefresh->stop();
                    m_historyView->refresh();
                    m_historyView->select(*latest);
                } else if (!historyRefresh->isActive()) {
                    historyRefresh->start();
                }
            });
    m_catalogMode->openFrom(m_historyView);
}

void MainWindow::setEnvironments(const QList<Environment> &environments, const QString &current)
{
    if (const auto saved = m_services.environments->set(environments, current); !saved)
        QMessageBox::warning(this, tr("Environments"), saved.error().message);
}

void MainWindow::manageEnvironments()
{
    EnvironmentDialog dialog(m_environmentBar->environments(),
                             m_environmentBar->current().name,
                             catalog().get(),
                             m_services.session,
                             this);
    if (dialog.exec() == QDialog::Accepted)
        setEnvironments(dialog.environments(), dialog.currentName());
}

void MainWindow::setInteraction(Interaction *interaction)
{
    m_interaction = interaction ? interaction : m_dialogs.get();
    m_calls->setInteraction(m_interaction);
}

Interaction *MainWindow::interaction() const
{
    return m_interaction;
}

bool MainWindow::useAsInput(const QJsonValue &value, const QString &location, const QString &name)
{
    return m_catalogMode->useAsInput(value, location, name);
}

} // namespace Oxa
