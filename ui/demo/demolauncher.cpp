// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "demolauncher.h"

#include "call/calldriver.h"
#include "call/callsession.h"
#include "call/environmentdialog.h"
#include "call/exchangeview.h"
#include "catalog/catalogmode.h"
#include "demo/demotour.h"
#include "form/operationform.h"
#include "mainwindow.h"
#include "mock/demo.h"
#include "mock/mockthread.h"
#include "request/environmentlist.h"
#include "request/secretstore.h"
#include "results/resultsview.h"
#include "workspace/documentsession.h"

#include <QHostAddress>
#include <QMessageBox>
#include <QTabWidget>

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
        QMessageBox::warning(m_window, MainWindow::tr("Demo"), written.error().message);
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
                                 MainWindow::tr("Demo"),
                                 MainWindow::tr("The demo back-end cannot start: %1")
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
    // Beside the window's right edge when there is room, over it otherwise.
    const QRect frame = m_window->frameGeometry();
    m_tour->adjustSize();
    m_tour->move(frame.right() - m_tour->width() - 24, frame.top() + 96);
}

void DemoLauncher::step(int step)
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
        if (prepare(QStringLiteral("GET /enrichment/ip/{ip}")))
            form->send();
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
    default:
        break;
    }
}

} // namespace Oxa
