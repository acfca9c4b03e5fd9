// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-screenshots OUTPUT_DIR [DOCUMENT [OPERATION]]: the console's main screens, in light and
// dark, in English and French, as PNG files for people to look at (not a test: nothing is
// asserted). The operation is sent to a local server that answers with the example of its
// first response, in a production environment: the confirmation and the inspector are shown.
#include "appearance.h"
#include "call/calldialogs.h"
#include "call/calldriver.h"
#include "call/environmentdialog.h"
#include "call/exchangeview.h"
#include "call/historyview.h"
#include "call/interaction.h"
#include "catalog/catalog.h"
#include "catalog/catalogpanel.h"
#include "consoleservices.h"
#include "demo/demotour.h"
#include "diagnosticsdock.h"
#include "form/operationform.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "results/chartview.h"
#include "results/resultsview.h"
#include "schema/examplegenerator.h"
#include "schema/schemaset.h"
#include "support/httptestserver.h"
#include "support/testdocuments.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QThread>
#include <QTreeView>

using namespace Oxa;

namespace {

/** Sends the form's request to a local server, grabbing the confirmation and the answer. */
void sendFlow(MainWindow &window, const QString &prefix)
{
    OxaTest::HttpTestServer server;
    const auto catalog = window.catalog();
    const Operation *operation
        = catalog ? catalog->operationByKey(window.requestForm()->operationKey()) : nullptr;
    if (!operation)
        return;
    // The answer: the example of the operation's first response with a JSON schema.
    SchemaSet schemas(catalog->documentPointer());
    QByteArray body = "{}";
    for (const Response &response : operation->responses) {
        for (const MediaType &media : response.content) {
            if (const Schema *schema
                = media.schema ? schemas.compile(media.schema, QString()) : nullptr) {
                body = QJsonDocument::fromVariant(
                           ExampleGenerator(schemas).generate(*schema).toVariant())
                           .toJson();
                break;
            }
        }
        if (body != "{}")
            break;
    }
    server.answerOthers({200, body, "application/json", {{"X-Request-Id", "r-4711"}}, false, 0, 0});
    Environment production;
    production.name = QStringLiteral("SOC production");
    production.baseUrl = server.url(QStringLiteral("/api/v1")).toString();
    production.production = true;
    production.defaultHeaders = {{"X-Tenant", "acme"}};
    production.keyHeader = QStringLiteral("Authorization");
    window.setEnvironments({production}, production.name);
    {
        EnvironmentDialog environments({production},
                                       production.name,
                                       catalog.get(),
                                       window.callSession(),
                                       &window);
        environments.show();
        QApplication::processEvents();
        environments.grab().save(prefix + u"-environments.png");
    }
    ScriptedInteraction script;
    script.secretWith = [&](const MissingSecret &missing,
                            const Environment &environment) -> std::optional<GivenSecret> {
        SecretDialog dialog(missing, environment.name, false, &window);
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(prefix + u"-secret.png");
        SchemeSecret key;
        key.value = "demo-key-shown-masked";
        return GivenSecret{key, false};
    };
    script.confirmWith = [&](const PreparedCall &call) {
        ConfirmCallDialog dialog(call, &window);
        dialog.resize(720, 420);
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(prefix + u"-confirm.png");
        return true;
    };
    Interaction *before = window.interaction();
    window.setInteraction(&script);
    QSignalSpy finished(window.calls(), &CallDriver::finished);
    window.requestForm()->send();
    finished.wait(10000);
    window.setInteraction(before);
    window.historyView()->parentWidget()->show();
    window.resizeDocks({qobject_cast<QDockWidget *>(window.historyView()->parentWidget())},
                       {200},
                       Qt::Vertical);
    window.diagnosticsDock()->hide();
    QApplication::processEvents();
    window.grab().save(prefix + u"-response.png");
    window.exchangeView()->tabs()->setCurrentIndex(2);
    QApplication::processEvents();
    window.grab().save(prefix + u"-response-request.png");
    window.exchangeView()->tabs()->setCurrentIndex(0);
    // The report: written as PDF, and its page drawn as PNG to look at.
    window.exchangeView()->writeReport(prefix + u"-report.pdf");
    {
        QTextDocument page;
        page.setHtml(window.exchangeView()->reportHtml());
        page.setTextWidth(800);
        QImage image(820, int(page.size().height()) + 20, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(10, 10);
        page.drawContents(&painter);
        painter.end();
        image.save(prefix + u"-report.png");
    }
    window.historyView()->parentWidget()->hide();
    window.setEnvironments({}, QString());
}

/** A page of alerts as an XDR returns them, for the Table and Tree tabs. */
QByteArray alertsBody(int count)
{
    const char *const rules[] = {"Beacon to rare domain",
                                 "Port sweep",
                                 "SSH brute force",
                                 "Credential dumping",
                                 "Suspicious PowerShell"};
    const char *const statuses[] = {"open", "open", "in progress", "closed"};
    const QDateTime start(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC);
    QByteArray out = "{\"total\": " + QByteArray::number(count) + ", \"items\": [";
    int made = 0;
    for (int i = 0; made < count; ++i) {
        // Busier in working hours, with a burst on the fourth day.
        const QDateTime at = start.addSecs(qint64(i) * 97);
        const int hour = at.time().hour();
        const bool burst = at.date().day() == 19 && hour >= 14 && hour < 17;
        if (!burst && (hour < 7 || hour > 19) && i % 4 != 0)
            continue;
        ++made;
        const int r = i % 13 < 6 ? 0 : i % 13 < 9 ? 1 : i % 13 < 11 ? 2 : i % 13 == 11 ? 3 : 4;
        out += (made > 1 ? "," : "") + QByteArray("{\"id\": \"AL-")
               + QByteArray::number(10400 + made)
               + "\", \"severity\": " + QByteArray::number(burst ? 5 : (i * 7) % 5 + 1)
               + ", \"status\": \"" + statuses[i % 4] + "\", \"created\": \""
               + at.toString(Qt::ISODate).toLatin1() + "\", \"rule\": {\"name\": \""
               + (burst ? "Credential dumping" : rules[r]) + "\", \"mitre\": \"T10"
               + QByteArray::number(40 + i % 30) + "\"}, \"src\": {\"ip\": \"10.20."
               + QByteArray::number(i % 9) + "." + QByteArray::number(20 + i % 200)
               + "\", \"host\": \"ws-" + QByteArray::number(100 + i % 40)
               + "\"}, \"dst_ip\": \"192.0.2." + QByteArray::number(i % 250)
               + "\", \"tags\": [\"edr\", \"" + (i % 2 ? "network" : "identity") + "\"]}";
    }
    return out + "]}";
}

void resultsShots(const QString &prefix)
{
    ResultsView view;
    view.resize(1300, 700);
    view.show();
    QSignalSpy shown(&view, &ResultsView::shown);
    const QByteArray body = alertsBody(5000);
    view.setBody(body, true, QString(), false);
    shown.wait(10000);
    view.filterField()->setText(QStringLiteral("severity >= 4 status != closed"));
    view.table()->sortByColumn(3, Qt::DescendingOrder);
    view.table()->selectRow(0);
    QApplication::processEvents();
    view.grab().save(prefix + u"-results-table.png");
    view.filterField()->setText(QStringLiteral("severity >= four"));
    QApplication::processEvents();
    view.grab().save(prefix + u"-results-filter-error.png");
    view.tabs()->setCurrentIndex(ResultsView::TreeTab);
    view.tree()->expand(view.tree()->model()->index(1, 0));
    QApplication::processEvents();
    view.tree()->expand(view.tree()->model()->index(0, 0, view.tree()->model()->index(1, 0)));
    QApplication::processEvents();
    view.grab().save(prefix + u"-results-tree.png");
    // The charts follow the filter: the open and in-progress alerts of severity 4 and 5.
    view.filterField()->setText(QStringLiteral("status != closed"));
    view.tabs()->setCurrentIndex(ResultsView::ChartTab);
    if (view.chart()->proposals()->count() > 1) {
        view.chart()->proposals()->setCurrentIndex(1);
        Q_EMIT view.chart()->proposals()->activated(1);
    }
    QApplication::processEvents();
    view.grab().save(prefix + u"-results-chart.png");
    for (int i = 0; i < view.chart()->proposals()->count(); ++i) {
        if (view.chart()->proposals()->itemText(i).contains(QStringLiteral("rule.name"))) {
            view.chart()->proposals()->setCurrentIndex(i);
            Q_EMIT view.chart()->proposals()->activated(i);
        }
    }
    QApplication::processEvents();
    view.grab().save(prefix + u"-results-bars.png");
    ChartSpec pie = view.chart()->spec();
    pie.pie = true;
    view.chart()->setSpec(pie);
    QApplication::processEvents();
    view.grab().save(prefix + u"-results-pie.png");
}

} // namespace

/** The window with its top-level dialogs painted where they stand (grab() leaves them out). */
QImage windowWithDialogs(MainWindow &window, QWidget *dialog)
{
    QImage image = window.grab().toImage();
    if (dialog && dialog->isVisible()) {
        QPainter painter(&image);
        const QPoint at = dialog->mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0));
        painter.fillRect(QRect(at, dialog->size()).adjusted(-2, -2, 2, 2), Qt::darkGray);
        painter.drawPixmap(at, dialog->grab());
    }
    return image;
}

/** The first five minutes of the demo: welcome, tour, catalog, form, table, chart. */
void demoShots(MainWindow &window, const QString &prefix)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.startDemo();
    loaded.wait(30000);
    QApplication::processEvents();
    DemoTour *tour = window.demoTour();
    tour->move(window.mapToGlobal(QPoint(window.width() - tour->width() - 40, 140)));
    QApplication::processEvents();
    windowWithDialogs(window, tour).save(prefix + u"-demo-tour.png");
    tour->setStep(DemoTour::Catalog);
    Q_EMIT tour->showRequested(DemoTour::Catalog, 0);
    QApplication::processEvents();
    windowWithDialogs(window, tour).save(prefix + u"-demo-catalog.png");
    tour->hide();
    QSignalSpy finished(window.calls(), &CallDriver::finished);
    window.showOperation(QStringLiteral("POST /enrichment/bulk"));
    window.pages()->setCurrentIndex(1);
    window.requestForm()->fillExample();
    QApplication::processEvents();
    window.grab().save(prefix + u"-demo-form.png");
    window.requestForm()->send();
    finished.wait(10000);
    QApplication::processEvents();
    window.grab().save(prefix + u"-demo-table.png");
    Q_EMIT tour->showRequested(DemoTour::Results, 0);
    finished.wait(10000);
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
    window.grab().save(prefix + u"-demo-chart.png");
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    qputenv("OXA_CONSOLE_KEYCHAIN", "off");
    QApplication::setOrganizationName(QStringLiteral("OXA Console Screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("OXA Console"));
    const QStringList args = QApplication::arguments();
    const QString output = args.value(1, QStringLiteral("."));
    const QString document = args.value(2, OxaTest::oxaFixturePath());
    const QString operation
        = args.value(3,
                     QStringLiteral(
                         "PATCH /alerts/countermeasures/{countermeasure_uuid}/activate"));
    QDir().mkpath(output);
    // A history of this run only (test mode shares the file between programs).
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QFile::remove(HistoryStore::defaultPath() + suffix);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        Appearance::installTranslators(language);
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Appearance::applyTheme(theme);
            const QString prefix = output + u'/'
                                   + (theme == ThemeChoice::Dark ? u"dark-"_qs : u"light-"_qs)
                                   + language;
            QSettings().clear();
            const StandardServices services;
            MainWindow window(services.handles());
            window.setProperty("oxaQuiet", true);
            window.resize(1400, 900);
            window.show();
            QApplication::processEvents();
            window.grab().save(prefix + u"-welcome.png");
            if (document == u"--demo") {
                demoShots(window, prefix);
                continue;
            }
            if (document.isEmpty())
                continue;
            QSignalSpy finished(&window, &MainWindow::loadFinished);
            window.openLocation(document);
            finished.wait(30000);
            window.showOperation(operation);
            window.diagnosticsDock()->show();
            window.resizeDocks({window.diagnosticsDock()}, {190}, Qt::Vertical);
            QApplication::processEvents();
            window.grab().save(prefix + u"-operation.png");
            window.pages()->setCurrentIndex(1); // the request form
            window.requestForm()->fillExample();
            QApplication::processEvents();
            window.grab().save(prefix + u"-request.png");
            sendFlow(window, prefix);
            resultsShots(prefix);
            window.showSchema(QStringLiteral("AlertFiltersCountersRequest"));
            QApplication::processEvents();
            window.grab().save(prefix + u"-schemas.png");
            window.showSourceLine(QString(), 40);
            for (int i = 0; i < 50; ++i) {
                QApplication::processEvents();
                QThread::msleep(20);
            }
            window.grab().save(prefix + u"-source.png");
            window.catalogPanel()->setFilterText(QStringLiteral("capability:response counter"));
            QApplication::processEvents();
            window.grab().save(prefix + u"-filter.png");
        }
    }
    return 0;
}
