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

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
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
        window.demoTour()->setStep(DemoTour::Form);
        Q_EMIT window.demoTour()->showRequested(DemoTour::Form);
        QVERIFY(finished.wait(10000));
        ExchangeView *view = window.exchangeView();
        QVERIFY2(view->statusText().startsWith(u"200"_s), qPrintable(view->statusText()));
        QCOMPARE(window.requestForm()->operationKey(), u"GET /enrichment/ip/{ip}"_s);

        // "Chart the week's events": a series of 168 hours, shown as a chart.
        Q_EMIT window.demoTour()->showRequested(DemoTour::Results);
        QVERIFY(finished.wait(10000));
        QVERIFY(view->statusText().startsWith(u"200"_s));
        ResultsView *results = view->results();
        QTRY_VERIFY(!results->isBusy());
        QTRY_COMPARE(results->tabs()->currentIndex(), int(ResultsView::ChartTab));
        QCOMPARE(results->tableModel()->rowCount(), 168);
        QTest::qWait(100); // nothing takes the chart away afterwards
        QCOMPARE(results->tabs()->currentIndex(), int(ResultsView::ChartTab));

        // "Prepare a host isolation": the form is ready; sending it asks first.
        Q_EMIT window.demoTour()->showRequested(DemoTour::Response);
        QCOMPARE(window.requestForm()->operationKey(), u"POST /hosts/{host_id}/isolate"_s);
        script.confirms = true;
        window.requestForm()->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(script.count(u"confirm"_s), 1);
        QCOMPARE(script.count(u"secret"_s), 0);
        QVERIFY2(view->statusText().startsWith(u"202"_s), qPrintable(view->statusText()));

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
