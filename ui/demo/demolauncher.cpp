// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "demolauncher.h"

#include "call/calldriver.h"
#include "call/callsession.h"
#include "call/environmentdialog.h"
#include "call/exchangeview.h"
#include "catalog/catalogmode.h"
#include "catalog/catalogpanel.h"
#include "demo/demotour.h"
#include "form/operationform.h"
#include "mainwindow.h"
#include "mock/demo.h"
#include "mock/mockthread.h"
#include "request/environmentlist.h"
#include "request/secretstore.h"
#include "results/resultsview.h"
#include "workflow/workflowdiagram.h"
#include "workflow/workflowmode.h"
#include "workflow/workflowrunview.h"
#include "workspace/documentsession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QHostAddress>
#include <QJsonObject>
#include <QMessageBox>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace Oxa {

DemoLauncher::DemoLauncher(MainWindow *window)
    : QObject(window)
    , m_window(window)
{}

DemoLauncher::~DemoLauncher() = default;

void DemoLauncher::start()
{
    if (!m_backend)
        m_backend = new MockThread(this);
    const auto written = Demo::writeDocument();
    if (!written) {
        QMessageBox::warning(m_window, tr("Demo"), written.error().message);
        return;
    }
    const QString path = *written;
    if (!m_backend->isRunning()) {
        // The same port from one run to the next when it is free, so that the saved "Demo"
        // environment keeps working; any free port otherwise.
        auto started = m_backend->start(path,
                                        Demo::serving(),
                                        QHostAddress(QHostAddress::LocalHost),
                                        Demo::kPreferredPort);
        if (!started)
            started = m_backend->start(path, Demo::serving());
        if (!started) {
            QMessageBox::warning(m_window,
                                 tr("Demo"),
                                 tr("The demo back-end cannot start: %1")
                                     .arg(started.error().message));
            return;
        }
    }
    QList<Environment> environments = m_window->environmentBar()->environments();
    Environment demo;
    demo.name = Demo::environmentName();
    for (const Environment &e : environments) {
        if (e.name == demo.name)
            demo = e;
    }
    demo.baseUrl = m_backend->baseUrl().toString();
    demo.production = false;
    environments.removeIf([](const Environment &e) { return e.name == Demo::environmentName(); });
    environments.prepend(demo);
    m_window->services().secrets->keepForSession(demo.secretKey(Demo::keyScheme()), Demo::key());
    m_window->setEnvironments(environments, m_window->services().environments->currentName());
    // The demo's document calls the demo back-end: chosen for it before it opens.
    m_window->services().environments->chooseFor(path, Demo::environmentName());

    if (!m_tour) {
        m_tour = new DemoTour(m_backend->baseUrl(), m_window);
        connect(m_tour, &DemoTour::showRequested, this, &DemoLauncher::step);
        connect(m_tour, &DemoTour::stepChanged, this, &DemoLauncher::placeTourSoon);
        // The page shown changes what the tour must not hide (a call's answer opens late).
        connect(m_window->pages(), &QTabWidget::currentChanged, this, &DemoLauncher::placeTourSoon);
        connect(m_window->exchangeView()->results(),
                &ResultsView::shown,
                this,
                &DemoLauncher::placeTourSoon);
    }
    const auto open = m_window->documents()->document();
    if (open && open->location == path) {
        m_tour->setStep(DemoTour::Backend);
        m_tour->show();
        return;
    }
    auto *once = new QObject(this);
    connect(m_window, &MainWindow::loadFinished, once, [this, once](bool success) {
        once->deleteLater();
        if (success)
            showTour();
    });
    m_window->openDocument(path);
}

void DemoLauncher::showTour()
{
    m_tour->setStep(DemoTour::Backend);
    m_tour->show();
    m_tour->adjustSize();
    placeTour();
}

void DemoLauncher::placeTourSoon()
{
    QTimer::singleShot(0, this, &DemoLauncher::placeTour);
}

void DemoLauncher::placeTour()
{
    if (!m_tour || !m_tour->isVisible())
        return;
    const auto global = [](const QWidget *w) {
        return w && w->isVisible() ? QRect(w->mapToGlobal(QPoint(0, 0)), w->size()) : QRect();
    };
    // What the step talks about, on the page shown.
    QList<QRect> avoid;
    QWidget *page = m_window->pages()->currentWidget();
    const auto named = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            const auto found = page ? page->findChildren<QWidget *>(QString::fromLatin1(name))
                                    : QList<QWidget *>();
            for (const QWidget *w : found)
                avoid << global(w);
        }
    };
    switch (m_tour->step()) {
    case DemoTour::Backend:
        avoid << global(m_window->environmentBar());
        break;
    case DemoTour::Catalog:
        avoid << global(m_window->catalogPanel());
        break;
    default:
        break;
    }
    if (page == m_window->requestForm()) {
        // The buttons, the fields and Send.
        named(
            {"fillExampleButton", "resetButton", "rawButton", "formStatus", "sendButton", "bodyBox"});
        for (const QWidget *w : page->findChildren<QWidget *>()) {
            if (w->objectName().startsWith(u"field:") || w->objectName().startsWith(u"parameter:"))
                avoid << global(w);
        }
    } else if (page == m_window->exchangeView()) {
        // The status, the exchange's buttons and the results' bar; the first rows or the chart.
        for (const QAbstractButton *b : page->findChildren<QAbstractButton *>())
            avoid << global(b); // hidden ones give none
        for (const QTabBar *bar : page->findChildren<QTabBar *>()) {
            for (int i = 0; bar->isVisible() && i < bar->count(); ++i) // Table, Tree, Chart…
                avoid << QRect(bar->mapToGlobal(bar->tabRect(i).topLeft()), bar->tabRect(i).size());
        }
        // A chart is what the Results step shows: all of it.
        const QTabWidget *shapes = m_window->exchangeView()->results()->tabs();
        if (shapes->currentIndex() == ResultsView::ChartTab)
            avoid << global(shapes->currentWidget());
        named({"exchangeStatus",
               "exchangeSummary",
               "exchangeTiming",
               "recordsChoice",
               "resultsFilter",
               "resultsBeside"});
    } else if (page) {
        // The top of the Operation page: what the operation is.
        QRect top = global(page);
        top.setHeight(top.height() / 3);
        avoid << top;
    }
    if (m_window->showingWorkflows()) {
        // The diagram lighting up, and the run's buttons and status.
        WorkflowMode *mode = m_window->workflowMode();
        WorkflowDiagram *diagram = mode->diagram();
        avoid << global(diagram);
        for (const WorkflowGraph::Node &node : diagram->graph().nodes) {
            const QRect card = diagram->mapFromScene(diagram->stepRect(node.stepId)).boundingRect();
            avoid << QRect(diagram->viewport()->mapToGlobal(card.topLeft()), card.size());
        }
        for (const char *name :
             {"workflowRun", "workflowPause", "workflowStep", "workflowRunStatus"})
            avoid << global(mode->runView()->findChild<QWidget *>(QString::fromLatin1(name)));
    }
    avoid.removeAll(QRect());
    const QRect screen = m_window->screen()->availableGeometry();
    m_tour->move(DemoTour::placeAway(m_tour->frameGeometry().size(),
                                     m_window->frameGeometry(),
                                     global(m_window->pages()),
                                     screen,
                                     avoid)
                     .topLeft());
}

void DemoLauncher::step(int step, int part)
{
    OperationForm *form = m_window->requestForm();
    const auto prepare = [this, form](const QString &key) {
        if (!m_window->showOperation(key))
            return false;
        m_window->showPage(CatalogMode::RequestTab);
        form->fillExample();
        return true;
    };
    switch (step) {
    case DemoTour::Catalog:
        m_window->showOperation(QStringLiteral("GET /enrichment/ip/{ip}"));
        m_window->showPage(CatalogMode::OperationTab);
        break;
    case DemoTour::Form:
        // First the form it describes, filled; then, asked again, the call.
        if (part == DemoTour::FillForm || form->operationKey() != u"GET /enrichment/ip/{ip}") {
            if (prepare(QStringLiteral("GET /enrichment/ip/{ip}")))
                form->focusSend();
        } else {
            form->send();
        }
        break;
    case DemoTour::Results:
        if (prepare(QStringLiteral("GET /telemetry/events"))) {
            // The chart once this answer is parsed: the view shows its table first.
            CallDriver *calls = m_window->calls();
            ResultsView *results = m_window->exchangeView()->results();
            auto *once = new QObject(this);
            connect(calls, &CallDriver::finished, once, [calls, results, once] {
                disconnect(calls, &CallDriver::finished, once, nullptr);
                connect(results, &ResultsView::shown, once, [results, once] {
                    once->deleteLater();
                    results->tabs()->setCurrentIndex(ResultsView::ChartTab);
                });
            });
            form->send();
        }
        break;
    case DemoTour::Response:
        prepare(QStringLiteral("POST /hosts/{host_id}/isolate"));
        break;
    case DemoTour::Workflow: {
        // Opened, then run on the demo alert, slowly: the prompt and the confirmation are the
        // window's own.
        WorkflowMode *mode = m_window->workflowMode();
        auto *once = new QObject(this);
        connect(mode, &WorkflowMode::loadFinished, once, [this, mode, once](bool ok) {
            once->deleteLater();
            placeTourSoon();
            WorkflowRunView *run = mode->runView();
            if (!ok || !run->inputsEditor())
                return;
            run->inputsEditor()->setValue(
                QJsonObject{{QStringLiteral("alertId"), QStringLiteral("al-00001")}});
            run->presenter()->setChecked(true);
            mode->showRunPage();
            run->run();
        });
        m_window->openDemoWorkflow(QStringLiteral("triage-alert"));
        break;
    }
    default:
        break;
    }
}

} // namespace Oxa
