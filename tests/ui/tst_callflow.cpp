// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The send flow in the window, offscreen, against a local server: environments and the
// production banner, secrets asked for, confirmation (and its refusal), the exchange inspector,
// the history view; then no secret in any file the console wrote.
#include "call/callcontroller.h"
#include "call/calldialogs.h"
#include "call/environmentdialog.h"
#include "call/exchangeview.h"
#include "call/historyview.h"
#include "catalog/catalog.h"
#include "form/operationform.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "request/environment.h"
#include "results/resultsview.h"
#include "results/resulttablemodel.h"
#include "schema/schemaset.h"
#include "support/httptestserver.h"
#include "support/privatehome.h"
#include "support/testdocuments.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "w1ndow-k3y-never-on-disk";

QByteArray document()
{
    return R"(openapi: 3.1.0
info: {title: Flow, version: "1"}
components:
  securitySchemes:
    tenantKey: {type: apiKey, in: header, name: X-API-Key, description: The tenant key.}
security: [{tenantKey: []}]
paths:
  /alerts:
    get:
      operationId: listAlerts
      parameters: [{name: severity, in: query, schema: {type: integer}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {type: object, required: [id], properties: {id: {type: string}, severity: {type: integer, maximum: 5}}}
  /hosts/{id}/isolate:
    post:
      operationId: isolateHost
      x-oxa-risk: response
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'202': {description: accepted}}
  /cases/{id}:
    delete:
      operationId: deleteCase
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: deleted}}
)";
}

bool waitForLoad(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    return finished.wait(30000) && finished.front().front().toBool();
}

} // namespace

class TestCallFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A home of its own (not the test mode's, which other test programs share): every
        // file the console writes lands under it, where the last test looks for secrets.
        QVERIFY(m_home.isValid());
        OxaTest::usePrivateHome(m_home, u"tst_callflow"_s); // never the keychain of the machine
        QVERIFY(AuditLog::defaultPath().startsWith(m_home.path()));
        QVERIFY(HistoryStore::defaultPath().startsWith(m_home.path()));
    }

    void sendConfirmInspectAndFindInHistory()
    {
        HttpTestServer server;
        server.answer("/alerts",
                      {200, R"([{"id": "a1", "severity": 9}])", "application/json", {}, false, 0, 0});
        server.answer("/hosts/web-01/isolate", {202, "", "application/json", {}, false, 0, 0});
        DocumentFolder folder;
        const QString path = folder.write(u"flow.yaml"_s, document());

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        Environment lab;
        lab.name = u"Lab"_s;
        lab.baseUrl = server.url(QString()).toString();
        lab.defaultHeaders = {{"X-Tenant", "acme"}};
        Environment production = lab;
        production.name = u"Prod"_s;
        production.production = true;
        window.setEnvironments({lab, production}, u"Lab"_s);
        QVERIFY(!window.productionBanner()->isVisible());
        QVERIFY(window.environmentBar()->select(u"Prod"_s));
        QVERIFY(window.productionBanner()->isVisible());
        QVERIFY(window.productionBanner()->text().contains(u"Prod"_s));
        QVERIFY(window.environmentBar()->select(u"Lab"_s));
        QVERIFY(!window.productionBanner()->isVisible());

        window.openDocument(path);
        QVERIFY(waitForLoad(window));

        // The secret is asked for once, kept for the session.
        QList<MissingSecret> asked;
        window.calls()->setSecretPrompt(
            [&](const MissingSecret &missing,
                const Environment &) -> std::optional<CallController::GivenSecret> {
                asked << missing;
                SchemeSecret s;
                s.value = kKey;
                return CallController::GivenSecret{s, false};
            });
        QList<QString> confirmed;
        bool answer = false;
        window.calls()->setConfirmation([&](const PreparedCall &call) {
            ConfirmCallDialog dialog(call);
            confirmed << dialog.requestText();
            return answer;
        });

        QVERIFY(window.showOperation(u"GET /alerts"_s));
        RequestValues values;
        values.query.insert(u"severity"_s, 3);
        window.requestForm()->setValues(values);
        window.requestForm()->send();
        ExchangeView *view = window.exchangeView();
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().startsWith(u"200"_s), 10000);
        QCOMPARE(window.pages()->currentWidget(), view);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.front().scheme, u"tenantKey"_s);
        QVERIFY(confirmed.isEmpty()); // a read in a lab goes without a question
        QVERIFY(server.heads.value(0).contains(QByteArray("X-API-Key: " + kKey)));
        QVERIFY(server.heads.value(0).contains("X-Tenant: acme"));
        QVERIFY(server.heads.value(0).startsWith("GET /alerts?severity=3 "));
        // The inspector: body, headers, request with the key masked, the schema's warning.
        auto *body = view->findChild<QPlainTextEdit *>(u"responseBody"_s);
        QVERIFY(body->toPlainText().contains(u"\"a1\""_s));
        auto *request = view->findChild<QPlainTextEdit *>(u"requestAsSent"_s);
        QVERIFY(request->toPlainText().contains(u"X-API-Key: ••••"_s));
        QVERIFY(!request->toPlainText().contains(QString::fromLatin1(kKey)));
        QCOMPARE(view->checkLines().size(), 1);
        QVERIFY(view->checkLines().front().startsWith(u"/0/severity"_s));
        QVERIFY(view->tabs()->tabText(3).contains(u"1"_s));
        QVERIFY(view->curl(false).contains(u"X-API-Key: ••••"_s));
        QVERIFY(view->curl(true).contains(QString::fromLatin1(kKey)));
        QTemporaryDir saved;
        const QString savedBody = saved.filePath(u"alerts.json"_s);
        QCOMPARE(view->saveBodyTo(savedBody), QString());
        QFile savedFile(savedBody);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        QCOMPARE(savedFile.readAll(), QByteArray(R"([{"id": "a1", "severity": 9}])"));
        QVERIFY(!view->saveBodyTo(u"/nonexistent/folder/body.json"_s).isEmpty());
        // The report for a ticket: the exchange, its checks, its records; as PDF.
        QTRY_VERIFY_WITH_TIMEOUT(view->results()->tableModel()->rowCount() == 1, 10000);
        const QString html = view->reportHtml(QImage());
        QVERIFY(html.contains(u"GET /alerts"_s));
        QVERIFY(html.contains(u"/0/severity"_s));
        QVERIFY(html.contains(u"<td>a1</td>"_s));
        QVERIFY(!html.contains(QString::fromLatin1(kKey)));
        const QString pdf = saved.filePath(u"report.pdf"_s);
        QCOMPARE(view->writeReport(pdf), QString());
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");
        QVERIFY(report.size() > 2000);
        // A value of the answer goes into a field of the form.
        QVERIFY(window.useAsInput(QJsonValue(2), u"query"_s, u"severity"_s));
        QCOMPARE(window.requestForm()->values().query.value(u"severity"_s).toInt(), 2);
        QCOMPARE(window.pages()->currentWidget(), window.requestForm());
        QVERIFY(!window.useAsInput(QJsonValue(2), u"query"_s, u"nope"_s));
        window.requestForm()->setValues(values);
        // The second call needs no question: the secret is kept for the session.
        window.requestForm()->send();
        QTRY_COMPARE_WITH_TIMEOUT(server.heads.size(), 2, 10000);
        QCOMPARE(asked.size(), 1);

        // A response operation is confirmed; refused, nothing goes, and the audit says so.
        QVERIFY(window.showOperation(u"POST /hosts/{id}/isolate"_s));
        RequestValues isolate;
        isolate.path.insert(u"id"_s, u"web-01"_s);
        window.requestForm()->setValues(isolate);
        window.requestForm()->send();
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, 10000);
        QVERIFY(confirmed.front().startsWith(u"POST "_s + lab.baseUrl + u"/hosts/web-01/isolate"_s));
        QVERIFY(confirmed.front().contains(u"X-API-Key: ••••"_s));
        QTRY_VERIFY(
            view->findChild<QLabel *>(u"exchangeSummary"_s)->text().contains(u"not confirmed"_s));
        QCOMPARE(server.heads.size(), 2);
        answer = true;
        window.requestForm()->send();
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().startsWith(u"202"_s), 10000);
        QCOMPARE(server.heads.size(), 3);
        const auto csv = AuditLog::toCsv(AuditLog::defaultPath());
        QVERIFY(csv);
        QVERIFY(csv->contains("refused by the user"));
        QVERIFY(csv->contains("isolateHost"));
        QCOMPARE(AuditLog::verify(AuditLog::defaultPath()).entries, 2);

        // The history lists the three exchanges; filters narrow them; one opens again.
        HistoryView *history = window.historyView();
        QCOMPARE(history->list()->topLevelItemCount(), 3);
        history->riskFilter()->setCurrentIndex(history->riskFilter()->findData(u"response"_s));
        QCOMPARE(history->list()->topLevelItemCount(), 1);
        history->riskFilter()->setCurrentIndex(0);
        history->searchField()->setText(u"alerts"_s);
        QTRY_COMPARE(history->list()->topLevelItemCount(), 2);
        history->list()->setCurrentItem(history->list()->topLevelItem(1));
        history->findChild<QPushButton *>(u"historyOpen"_s)->click();
        QVERIFY(view->statusText().startsWith(u"200"_s));
        QCOMPARE(view->checkLines().size(), 1); // checked again against the open document
        QVERIFY(view->curl(true).isEmpty());    // the history holds no secret to reveal
        // Open in the form: the values come back.
        window.requestForm()->setValues(RequestValues());
        history->findChild<QPushButton *>(u"historyOpenInForm"_s)->click();
        QCOMPARE(window.requestForm()->operationKey(), u"GET /alerts"_s);
        QCOMPARE(window.requestForm()->values().query.value(u"severity"_s).toInt(), 3);

        // In production, a destructive operation waits for its name to be typed.
        window.environmentBar()->select(u"Prod"_s);
        QList<bool> sendEnabled;
        window.calls()->setConfirmation([&](const PreparedCall &call) {
            ConfirmCallDialog dialog(call);
            sendEnabled << dialog.sendButton()->isEnabled();
            dialog.typedName()->setText(u"deleteCase"_s);
            sendEnabled << dialog.sendButton()->isEnabled();
            return false;
        });
        QVERIFY(window.showOperation(u"DELETE /cases/{id}"_s));
        RequestValues deletion;
        deletion.path.insert(u"id"_s, u"c-7"_s);
        window.requestForm()->setValues(deletion);
        window.requestForm()->send();
        QTRY_COMPARE_WITH_TIMEOUT(sendEnabled, (QList<bool>{false, true}), 10000);
    }

    void cancelAndTrust()
    {
        HttpTestServer server;
        server.answer("/alerts", {200, "", "application/json", {}, true, 0, 0}); // silent
        DocumentFolder folder;
        const QString path = folder.write(u"flow.yaml"_s, document());
        MainWindow window;
        Environment lab;
        lab.name = u"Lab"_s;
        lab.baseUrl = server.url(QString()).toString();
        window.setEnvironments({lab}, u"Lab"_s);
        window.openDocument(path);
        QVERIFY(waitForLoad(window));
        window.calls()->setSecretPrompt(
            [](const MissingSecret &,
               const Environment &) -> std::optional<CallController::GivenSecret> {
                SchemeSecret s;
                s.value = kKey;
                return CallController::GivenSecret{s, false};
            });
        QVERIFY(window.showOperation(u"GET /alerts"_s));
        window.requestForm()->send();
        ExchangeView *view = window.exchangeView();
        QTRY_VERIFY_WITH_TIMEOUT(view->pendingId() != 0, 10000);
        QVERIFY(view->findChild<QToolButton *>(u"cancelCall"_s)->isVisibleTo(view));
        view->findChild<QToolButton *>(u"cancelCall"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(view->statusText(), tr("No answer"), 10000);
        QVERIFY(view->findChild<QLabel *>(u"exchangeSummary"_s)->text().contains(u"Cancelled"_s));

        // A certificate the user trusts from the inspector is kept with the environment.
        const QString digest(64, u'a');
        Q_EMIT view->trustRequested(u"Lab"_s, digest);
        QCOMPARE(window.environmentBar()->current().trustedCertificates, QStringList{digest});
        QSettings settings;
        QCOMPARE(EnvironmentStore(settings).load().value(0).trustedCertificates,
                 QStringList{digest});
    }

    void environmentsAreEditedAndSecretHeadersRefused()
    {
        EnvironmentDialog dialog({}, QString(), nullptr, nullptr);
        Environment lab;
        lab.name = u"Lab"_s;
        lab.baseUrl = u"https://xdr.lab.example"_s;
        dialog.add(lab);
        dialog.findChild<QPlainTextEdit *>(u"environmentHeaders"_s)
            ->setPlainText(u"X-Tenant: acme\nAuthorization: Bearer abc"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // refused, with the reason
        auto *problem = dialog.findChild<QLabel *>(u"environmentProblem"_s);
        QVERIFY(problem->text().contains(u"Authorization"_s));
        dialog.findChild<QPlainTextEdit *>(u"environmentHeaders"_s)
            ->setPlainText(u"X-Tenant: acme"_s);
        dialog.findChild<QLineEdit *>(u"environmentKeyHeader"_s)->setText(u"Authorization"_s);
        auto *confirmation = dialog.findChild<QComboBox *>(u"environmentConfirmation"_s);
        QCOMPARE(confirmation->currentData().toInt(), int(ConfirmationPolicy::Risky));
        dialog.findChild<QCheckBox *>(u"environmentProduction"_s)->setChecked(true);
        // Production asks at least for every call that is not a read: the lesser choice goes.
        QCOMPARE(confirmation->currentData().toInt(), int(ConfirmationPolicy::NonRead));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<Environment> edited = dialog.environments();
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.front().defaultHeaders.value(0).first, QByteArray("X-Tenant"));
        QCOMPARE(edited.front().keyHeader, u"Authorization"_s);
        QVERIFY(edited.front().production);
        QCOMPARE(edited.front().confirmation, ConfirmationPolicy::NonRead);
    }

    void noSecretInAnyFileTheConsoleWrote()
    {
        // Runs after the flow above: settings, history, audit, form memory.
        const QByteArray files = OxaTest::allFilesUnder(m_home.path());
        QVERIFY(files.size() > 1000);
        QVERIFY(!files.contains(kKey));
        QVERIFY(!files.contains(kKey.toBase64()));
        QVERIFY(!files.contains(QUrl::toPercentEncoding(QString::fromLatin1(kKey))));
        QVERIFY(QFileInfo::exists(HistoryStore::defaultPath()));
        QVERIFY(QFileInfo::exists(AuditLog::defaultPath()));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestCallFlow)
#include "tst_callflow.moc"
