// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The first five minutes: the demo back-end starts, its document opens in the "Demo"
// environment with its key, the tour walks through a look-up, a chart and a confirmed action.
#include "call/calldriver.h"
#include "call/environmentdialog.h"
#include "call/exchangeview.h"
#include "call/interaction.h"
#include "catalog/catalog.h"
#include "consoleservices.h"
#include "demo/demotour.h"
#include "form/operationform.h"
#include "mainwindow.h"
#include "mock/mockthread.h"
#include "request/environment.h"
#include "results/resultsview.h"
#include "results/resulttablemodel.h"
#include "support/privatehome.h"
#include "support/testdocuments.h"
#include "welcomepage.h"
#include "workflow/workflowdiagram.h"
#include "workflow/workflowmode.h"
#include "workflow/workflowrunview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        OxaTest::usePrivateHome(m_home, u"tst_demo"_s);
    }

    void tourPlacesItselfAway()
    {
        const QSize tour(450, 200);
        const QRect screen(0, 0, 1366, 768);
        const QRect pages(400, 80, 860, 600);
        // Room beside the window: there, hiding nothing of it.
        const QRect narrow(0, 0, 800, 700);
        QCOMPARE(DemoTour::placeAway(tour, narrow, pages, screen, {narrow}).left(), 815);
        // No room: the first corner of the pages that hides nothing asked for...
        const QRect wide(0, 0, 1366, 768);
        const QRect form(400, 80, 860, 120);
        const QRect send(1180, 640, 80, 30);
        const QRect placed = DemoTour::placeAway(tour, wide, pages, screen, {form, send});
        QVERIFY(!placed.intersects(form) && !placed.intersects(send));
        QVERIFY(pages.contains(placed));
        QCOMPARE(placed.bottomLeft(), QPoint(pages.left() + 16, pages.bottom() - 16));
        // A bar along the bottom of the pages: the tour rises above it.
        const QRect bar(pages.left(), pages.bottom() - 30, pages.width(), 30);
        const QRect above = DemoTour::placeAway(tour, wide, pages, screen, {form, bar});
        QVERIFY(!above.intersects(bar) && !above.intersects(form));
        QVERIFY(above.bottom() >= bar.top() - 8);
        // ...and, when every place hides something, the one hiding least, inside the screen.
        const QRect most(0, 0, 1366, 700);
        const QRect least = DemoTour::placeAway(tour, wide, pages, screen, {most});
        QVERIFY(screen.contains(least));
        QCOMPARE(least.bottom(), screen.bottom() - 16); // low in the window, under it
        // A chart filling the pages, its tabs below it, the status above: the tour hides a
        // strip of the chart rather than any control.
        const QRect chart(430, 230, 900, 450);
        const QRect tabs(430, 696, 200, 24);
        const QRect status(430, 110, 70, 25);
        const QRect spot = DemoTour::placeAway(tour,
                                               wide,
                                               QRect(430, 80, 900, 640),
                                               screen,
                                               {chart, tabs, status});
        QVERIFY(!spot.intersects(tabs) && !spot.intersects(status));
        QVERIFY2(spot.intersected(chart).width() <= 48, qPrintable(QString::number(spot.left())));
    }

    void firstFiveMinutes()
    {
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        QPushButton *tryIt = window.welcomePage()->findChild<QPushButton *>(u"welcomeDemo"_s);
        QVERIFY(tryIt);
        QVERIFY(tryIt->isVisibleTo(&window));
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        tryIt->click();
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.front().front().toBool());

        // The back-end runs on loopback; the "Demo" environment reaches it.
        QVERIFY(window.demoBackend() && window.demoBackend()->isRunning());
        const QUrl base = window.demoBackend()->baseUrl();
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QCOMPARE(base.path(), u"/api/v1"_s);
        QCOMPARE(window.environmentBar()->current().name, u"Demo"_s);
        QCOMPARE(window.environmentBar()->current().baseUrl, base.toString());
        QCOMPARE(window.catalog()->operations().size(), 24);
        QTRY_VERIFY(window.demoTour() && window.demoTour()->isVisible());
        QCOMPARE(window.demoTour()->step(), int(DemoTour::Backend));

        // "Look up 203.0.113.66": sent with the demo key (no secret asked), a 200.
        ScriptedInteraction script; // gives no secret
        window.setInteraction(&script);
        QSignalSpy finished(window.calls(), &CallDriver::finished);
        // Step 3 shows the form it talks about, filled, before anything is sent; the tour
        // hides neither the field nor Send, and its button now sends.
        DemoTour *tour = window.demoTour();
        tour->setStep(DemoTour::Form);
        auto *show = tour->findChild<QPushButton *>(u"demoTourShow"_s);
        QCOMPARE(show->text(), u"Fill in 203.0.113.66"_s);
        show->click();
        QCOMPARE(window.pages()->currentWidget(), window.requestForm());
        QCOMPARE(window.requestForm()->operationKey(), u"GET /enrichment/ip/{ip}"_s);
        QCOMPARE(window.requestForm()->values().path.value(u"ip"_s).toString(), u"203.0.113.66"_s);
        auto *send = window.requestForm()->findChild<QPushButton *>(u"sendButton"_s);
        QCOMPARE(window.focusWidget(), send);
        QCOMPARE(finished.size(), 0);
        const auto onScreen
            = [](const QWidget *w) { return QRect(w->mapToGlobal(QPoint(0, 0)), w->size()); };
        const auto hides = [&](const QWidget *w) {
            QApplication::processEvents(); // the tour moves once the page is laid out
            return tour->frameGeometry().intersects(onScreen(w));
        };
        QVERIFY(!hides(send));
        QVERIFY(!hides(window.requestForm()->findChild<QWidget *>(u"parameter:path:ip"_s)));
        QCOMPARE(show->text(), u"Send Now"_s);
        show->click();
        QVERIFY(finished.wait(10000));
        ExchangeView *view = window.exchangeView();
        QVERIFY2(view->statusText().startsWith(u"200"_s), qPrintable(view->statusText()));
        // The answer's status and buttons stay in sight.
        QTRY_COMPARE(window.pages()->currentWidget(), view);
        QVERIFY(!hides(view->findChild<QWidget *>(u"exchangeStatus"_s)));
        const QTabBar *shapes = view->results()->tabs()->tabBar();
        for (int i = 0; i < shapes->count(); ++i) {
            const QRect tab(shapes->mapToGlobal(shapes->tabRect(i).topLeft()),
                            shapes->tabRect(i).size());
            QVERIFY2(!tour->frameGeometry().intersects(tab), qPrintable(shapes->tabText(i)));
        }
        for (const QAbstractButton *b : view->findChildren<QAbstractButton *>()) {
            if (b->isVisible())
                QVERIFY2(!hides(b), qPrintable(b->text()));
        }

        // "Chart the week's events": a series of 168 hours, shown as a chart.
        Q_EMIT window.demoTour()->showRequested(DemoTour::Results, 0);
        QVERIFY(finished.wait(10000));
        QVERIFY(view->statusText().startsWith(u"200"_s));
        ResultsView *results = view->results();
        QTRY_VERIFY(!results->isBusy());
        QTRY_COMPARE(results->tabs()->currentIndex(), int(ResultsView::ChartTab));
        QCOMPARE(results->tableModel()->rowCount(), 168);
        QTest::qWait(100); // nothing takes the chart away afterwards
        QCOMPARE(results->tabs()->currentIndex(), int(ResultsView::ChartTab));

        // "Prepare a host isolation": the form is ready; sending it asks first.
        Q_EMIT window.demoTour()->showRequested(DemoTour::Response, 0);
        QCOMPARE(window.requestForm()->operationKey(), u"POST /hosts/{host_id}/isolate"_s);
        script.confirms = true;
        window.requestForm()->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(script.count(u"confirm"_s), 1);
        QCOMPARE(script.count(u"secret"_s), 0);
        QVERIFY2(view->statusText().startsWith(u"202"_s), qPrintable(view->statusText()));

        // "Run Triage an alert": the workflow opens and runs on the demo alert, slowly, the
        // diagram lighting up step by step; the prompt asks which host, the confirmation shows
        // the isolation in words.
        script.values.insert(u"hostToIsolate"_s, u"ws-042"_s);
        tour->setStep(DemoTour::Workflow);
        QCOMPARE(show->text(), u"Run \"Triage an alert\""_s);
        WorkflowRunView *run = window.workflowMode()->runView();
        QSignalSpy lit(run, &WorkflowRunView::stepStarted);
        QSignalSpy ran(run, &WorkflowRunView::runFinished);
        show->click();
        QVERIFY(ran.wait(60000));
        QVERIFY(window.showingWorkflows());
        QCOMPARE(run->presenter()->isChecked(), true);
        const RunRecord triage = ran.front().front().value<RunRecord>();
        QVERIFY2(triage.status == u"succeeded"_s, qPrintable(triage.error));
        QCOMPARE(lit.front().front().toString(), u"readAlert"_s);
        QVERIFY(lit.size() >= 4);
        QCOMPARE(script.count(u"prompt"_s), 1);
        QCOMPARE(script.count(u"confirm"_s), 2);
        bool isolationShown = false;
        for (const ScriptedInteraction::Asked &asked : script.asked()) {
            if (asked.kind == u"confirm" && asked.call
                && asked.call->targetText() == u"Isolate a host: host_id ws-042, in Demo"_s)
                isolationShown = true;
        }
        QVERIFY(isolationShown);
        // The presenter's pauses slowed it: a pause before each step but the first.
        QVERIFY(triage.started.msecsTo(triage.finished) >= 1500 * (triage.steps.size() - 1));
        // The tour hides neither the run's buttons and status nor the first step's card.
        QVERIFY(!hides(run->runButton()));
        QVERIFY(!hides(run->status()));
        WorkflowDiagram *diagram = window.workflowMode()->diagram();
        const QRect card = diagram->mapFromScene(diagram->stepRect(u"readAlert"_s)).boundingRect();
        QVERIFY(!tour->frameGeometry().intersects(
            QRect(diagram->viewport()->mapToGlobal(card.topLeft()), card.size())));
        run->presenter()->setChecked(false);

        // Starting it again reuses the back-end and the document.
        window.startDemo();
        QCOMPARE(window.demoBackend()->baseUrl(), base);
        QCOMPARE(window.environmentBar()->environments().size(), 1);

        // The issue: another document opened after the demo does not call the demo.
        QSignalSpy served(window.demoBackend(), &MockThread::served);
        OxaTest::DocumentFolder folder;
        window.openDocument(folder.write(u"other.yaml"_s, OxaTest::browsingDocument()));
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.environmentBar()->current().name.isEmpty());
        QVERIFY(window.windowTitle().contains(u"no environment chosen"_s));
        QVERIFY(window.showOperation(u"GET /alerts"_s));
        QSignalSpy stopped(window.calls(), &CallDriver::stopped);
        window.requestForm()->send(); // asked where to, and declined: nothing goes
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(script.count(u"environment"_s), 1);
        // Chosen anyway, the demo's address is flagged in a confirmation, even for a read.
        QVERIFY(window.environmentBar()->select(u"Demo"_s));
        QStringList warnings;
        script.confirmWith = [&](const PreparedCall &call) {
            warnings = call.environmentWarnings;
            return true;
        };
        window.requestForm()->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.front().contains(u"oxa-demo.yaml"_s), qPrintable(warnings.front()));
        QCOMPARE(served.size(), 1);
        QVERIFY(window.windowTitle().endsWith(u"Demo"_s));
        // Seen and confirmed once: the next call goes without asking again.
        const qsizetype confirmations = script.count(u"confirm"_s);
        window.requestForm()->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(script.count(u"confirm"_s), confirmations);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
