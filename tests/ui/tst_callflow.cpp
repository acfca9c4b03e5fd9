// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The send flow in the window, offscreen, against a local server: environments and the
// production banner, secrets asked for, confirmation (and its refusal), the exchange inspector,
// the history view; then no secret in any file the console wrote.
#include "call/calldialogs.h"
#include "call/calldriver.h"
#include "call/environmentdialog.h"
#include "call/exchangeview.h"
#include "call/historyview.h"
#include "call/interaction.h"
#include "catalog/catalog.h"
#include "catalog/catalogpanel.h"
#include "consoleservices.h"
#include "form/operationform.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "request/environment.h"
#include "request/environmentlist.h"
#include "results/resultsview.h"
#include "results/resulttablemodel.h"
#include "safemarkdown.h"
#include "schema/schemaset.h"
#include "support/httptestserver.h"
#include "support/privatehome.h"
#include "support/secretprobe.h"
#include "support/testdocuments.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
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
// The secrets of a request's values, given in the form (issue 14, §0).
const QByteArray kQueryKey = "qk+Z9/form api";
const QByteArray kToken = "hs/Y7w6+form-session";
const QByteArray kCookie = "ck-X5v4-form-sid";
const QByteArray kPassword = "pw W3u2/form+pass";
const QByteArray kRecovery = "rc-V1t0+form-recover";

QList<QByteArray> secretsOfTheForm()
{
    return {kKey, kQueryKey, kToken, kCookie, kPassword, kRecovery};
}

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
)" + OxaTest::sessionsPathItem();
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
    void environmentIsChosenPerDocument()
    {
        // The question before a document's first call: nothing chosen by default, production
        // marked, an environment that serves another document named.
        Environment demo;
        demo.name = u"Demo"_s;
        demo.baseUrl = u"http://127.0.0.1:4010/api/v1"_s;
        Environment prod = demo;
        prod.name = u"Prod"_s;
        prod.baseUrl = u"https://xdr.example"_s;
        prod.production = true;
        EnvironmentQuestion question{u"schema-oxa-backend.json"_s, {QString()}, {demo, prod}, {}};
        question.notes.insert(u"Demo"_s, u"the server of oxa-demo.yaml"_s);
        EnvironmentChoiceDialog dialog(question);
        QListWidget *choices = dialog.choices();
        QCOMPARE(choices->count(), 3);
        QCOMPARE(choices->currentRow(), -1);
        QVERIFY(!dialog.chosen());
        QVERIFY(!dialog.findChild<QPushButton *>(u"environmentUse"_s)->isEnabled());
        QVERIFY(choices->item(1)->text().contains(u"oxa-demo.yaml"_s));
        QVERIFY(choices->item(2)->text().contains(u"PRODUCTION"_s));
        choices->setCurrentRow(2);
        QVERIFY(dialog.findChild<QPushButton *>(u"environmentUse"_s)->isEnabled());
        QCOMPARE(dialog.chosen().value_or(QString()), u"Prod"_s);
        choices->setCurrentRow(0);
        QCOMPARE(dialog.chosen().value_or(u"x"_s), QString()); // the document's own server
    }

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

        const StandardServices services;
        MainWindow window(services.handles());
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
        // Without a document there is no server to name and nothing to choose for.
        auto *choice = window.findChild<QComboBox *>(u"environmentChoice"_s);
        QCOMPARE(choice->currentIndex(), -1);
        QVERIFY(!choice->isEnabled());
        QCOMPARE(choice->placeholderText(), u"No document open"_s);
        QVERIFY(!window.productionBanner()->isVisible());
        QVERIFY(window.environmentBar()->select(u"Prod"_s));
        QVERIFY(window.productionBanner()->isVisible());
        QVERIFY(window.productionBanner()->text().contains(u"Prod"_s));
        QVERIFY(window.environmentBar()->select(u"Lab"_s));
        QVERIFY(!window.productionBanner()->isVisible());

        window.openDocument(path);
        QVERIFY(waitForLoad(window));
        // The environment is the document's: nobody chose one for this one yet.
        QVERIFY(!window.services().environments->isChosen());
        QVERIFY(window.windowTitle().contains(u"no environment chosen"_s));
        QCOMPARE(choice->currentIndex(), -1);
        QVERIFY(choice->isEnabled());
        QCOMPARE(choice->placeholderText(), u"No environment chosen"_s);

        // The secret is asked for once, kept for the session.
        QList<MissingSecret> asked;
        ScriptedInteraction script;
        window.setInteraction(&script);
        script.secretWith
            = [&](const MissingSecret &missing, const Environment &) -> std::optional<GivenSecret> {
            asked << missing;
            SchemeSecret s;
            s.value = kKey;
            return GivenSecret{s, false};
        };
        QList<QString> confirmed;
        bool answer = false;
        script.chosenEnvironment = u"Lab"_s; // asked before the first call
        script.confirmWith = [&](const PreparedCall &call) {
            ConfirmCallDialog dialog(call);
            confirmed << dialog.requestText();
            return answer;
        };

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
        QCOMPARE(script.count(u"environment"_s), 1);
        QVERIFY(window.services().environments->isChosen());
        QCOMPARE(window.environmentBar()->current().name, u"Lab"_s);
        QVERIFY(window.windowTitle().endsWith(u"Lab"_s));
        QCOMPARE(window.findChild<QLabel *>(u"statusEnvironment"_s)->text(), u"Environment: Lab"_s);
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
        const QString html = view->reportHtml();
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
        // A moment reads the same in every language and region, from one launch to the next.
        {
            static const QRegularExpression moment(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s);
            const QString when = history->list()->topLevelItem(0)->text(0);
            QVERIFY2(moment.match(when).hasMatch(), qPrintable(when));
            const QLocale before;
            QLocale::setDefault(
                QLocale(before.language() == QLocale::French ? u"en_US"_s : u"fr_FR"_s));
            history->refresh();
            QCOMPARE(history->list()->topLevelItem(0)->text(0), when);
            QLocale::setDefault(before);
            history->refresh();
            QVERIFY(
                view->findChild<QLabel *>(u"exchangeTiming"_s)->text().startsWith(when.left(10)));
        }
        history->riskFilter()->setCurrentIndex(history->riskFilter()->findData(u"response"_s));
        QCOMPARE(history->list()->topLevelItemCount(), 1);
        history->riskFilter()->setCurrentIndex(0);
        history->searchField()->setText(u"alerts"_s);
        QTRY_COMPARE(history->list()->topLevelItemCount(), 2);
        history->list()->setCurrentItem(history->list()->topLevelItem(1));
        QCOMPARE(window.catalogPanel()->selectedOperation(), u"POST /hosts/{id}/isolate"_s);
        history->findChild<QPushButton *>(u"historyOpen"_s)->click();
        QVERIFY(view->statusText().startsWith(u"200"_s));
        // The catalog and the pages follow the exchange opened.
        QCOMPARE(window.catalogPanel()->selectedOperation(), u"GET /alerts"_s);
        QCOMPARE(window.requestForm()->operationKey(), u"GET /alerts"_s);
        QCOMPARE(window.pages()->currentWidget(), view);
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
        script.confirmWith = [&](const PreparedCall &call) {
            ConfirmCallDialog dialog(call);
            sendEnabled << dialog.sendButton()->isEnabled();
            dialog.typedName()->setText(u"deleteCase"_s);
            sendEnabled << dialog.sendButton()->isEnabled();
            return false;
        };
        QVERIFY(window.showOperation(u"DELETE /cases/{id}"_s));
        RequestValues deletion;
        deletion.path.insert(u"id"_s, u"c-7"_s);
        window.requestForm()->setValues(deletion);
        window.requestForm()->send();
        QTRY_COMPARE_WITH_TIMEOUT(sendEnabled, (QList<bool>{false, true}), 10000);

        // A reload keeps the answer in view; another document does not show it as its own.
        QVERIFY(window.showOperation(u"GET /alerts"_s));
        window.pages()->setCurrentWidget(view);
        const QString shown = view->statusText();
        QVERIFY(shown != u"No call yet"_s);
        QSignalSpy reloaded(&window, &MainWindow::loadFinished);
        window.reload();
        QVERIFY(reloaded.wait(30000));
        QCOMPARE(view->statusText(), shown);
        QCOMPARE(window.pages()->currentWidget(), view);
        window.openDocument(folder.write(u"other.yaml"_s, document()));
        QVERIFY(waitForLoad(window));
        QCOMPARE(view->statusText(), u"No call yet"_s);
        QCOMPARE(window.pages()->currentIndex(), int(CatalogMode::OperationTab));
    }

    void cancelAndTrust()
    {
        HttpTestServer server;
        server.answer("/alerts", {200, "", "application/json", {}, true, 0, 0}); // silent
        DocumentFolder folder;
        const QString path = folder.write(u"flow.yaml"_s, document());
        const StandardServices services;
        MainWindow window(services.handles());
        Environment lab;
        lab.name = u"Lab"_s;
        lab.baseUrl = server.url(QString()).toString();
        window.setEnvironments({lab}, u"Lab"_s);
        window.openDocument(path);
        QVERIFY(waitForLoad(window));
        QVERIFY(window.environmentBar()->select(u"Lab"_s)); // for this document
        ScriptedInteraction script;
        SchemeSecret key;
        key.value = kKey;
        script.secrets.insert(u"tenantKey"_s, GivenSecret{key, false});
        window.setInteraction(&script);
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
        // The list renames the environment as its name is typed.
        auto *name = dialog.findChild<QLineEdit *>(u"environmentName"_s);
        auto *list = dialog.findChild<QListWidget *>(u"environmentList"_s);
        const QString before = name->text();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Lab 2"_s);
        QCOMPARE(list->currentItem()->text(), u"Lab 2"_s);
        name->selectAll();
        QTest::keyClicks(name, before);
        QCOMPARE(list->currentItem()->text(), before);
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

    void secretDialogRendersTheSchemeDescription()
    {
        // A scheme's description is the document's CommonMark: shown rendered (no backticks or
        // asterisks), and as untrusted as every description (raw HTML stays text).
        MissingSecret missing;
        missing.scheme = u"ApiKeyAuth"_s;
        missing.kind = u"apiKey"_s;
        missing.description = u"Send `X-API-Key` from **the tenant's console**. <b>bold?</b>"_s;
        SecretDialog dialog(missing, u"Lab"_s, false);
        auto *description = dialog.findChild<SafeTextBrowser *>(u"secretDescription"_s);
        QVERIFY(description);
        const QString shown = description->toPlainText();
        QVERIFY2(shown.contains(u"Send X-API-Key from the tenant's console."_s), qPrintable(shown));
        QVERIFY(!shown.contains(u'`') && !shown.contains(u"**"_s));
        QVERIFY2(shown.contains(u"<b>bold?</b>"_s), qPrintable(shown));
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(u'`'), qPrintable(label->text()));
    }

    void formSecretsAreSentAndShownMasked()
    {
        HttpTestServer server;
        server.answer("/sessions", {201, "{}", "application/json", {}, false, 0, 0});
        DocumentFolder folder;
        const QString path = folder.write(u"flow.yaml"_s, document());
        const StandardServices services;
        MainWindow window(services.handles());
        Environment lab;
        lab.name = u"Lab"_s;
        lab.baseUrl = server.url(QString()).toString();
        lab.confirmation = ConfirmationPolicy::NonRead; // a write is confirmed, then audited
        window.setEnvironments({lab}, u"Lab"_s);
        window.openDocument(path);
        QVERIFY(waitForLoad(window));
        QVERIFY(window.environmentBar()->select(u"Lab"_s)); // for this document
        ScriptedInteraction script;
        SchemeSecret key;
        key.value = kKey;
        script.secrets.insert(u"tenantKey"_s, GivenSecret{key, false});
        script.confirmWith = [](const PreparedCall &call) {
            // The confirmation shows the request with every secret masked.
            const QString shown = ConfirmCallDialog(call).requestText();
            for (const QByteArray &secret : secretsOfTheForm()) {
                for (const QByteArray &spelling : OxaTest::secretSpellings(secret)) {
                    if (shown.toUtf8().contains(spelling))
                        return false;
                }
            }
            return shown.contains(u"kept-note"_s);
        };
        window.setInteraction(&script);

        QVERIFY(window.showOperation(u"POST /sessions"_s));
        RequestValues values;
        values.query.insert(u"api_key"_s, QString::fromUtf8(kQueryKey));
        values.query.insert(u"note"_s, u"kept-note"_s);
        values.header.insert(u"X-Session-Token"_s, QString::fromUtf8(kToken));
        values.cookie.insert(u"sid"_s, QString::fromUtf8(kCookie));
        values.mediaType = u"application/json"_s;
        values.body = QJsonObject{{u"user"_s, u"ana-kept"_s},
                                  {u"password"_s, QString::fromUtf8(kPassword)},
                                  {u"recovery"_s, QString::fromUtf8(kRecovery)}};
        window.requestForm()->setValues(values);
        QSignalSpy finished(window.calls(), &CallDriver::finished);
        window.requestForm()->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(script.count(u"confirm"_s), 1);
        ExchangeView *view = window.exchangeView();
        QVERIFY2(view->statusText().startsWith(u"201"_s), qPrintable(view->statusText()));
        // Sent as given.
        const QByteArray head = server.heads.value(0);
        QVERIFY(head.contains(QUrl::toPercentEncoding(QString::fromUtf8(kQueryKey))));
        QVERIFY(head.contains(QByteArray("X-Session-Token: ").append(kToken)));
        QVERIFY(head.contains(QByteArray("sid=").append(kCookie)));
        QVERIFY(head.contains(QByteArray("X-API-Key: ").append(kKey)));
        QVERIFY(server.bodies.value(0).contains(kPassword));
        QVERIFY(server.bodies.value(0).contains(kRecovery));
        // Shown masked: the request as sent, and copy as curl unless revealed.
        const QString shown = view->findChild<QPlainTextEdit *>(u"requestAsSent"_s)->toPlainText()
                              + view->curl(false);
        QVERIFY(shown.contains(u"kept-note"_s));
        QVERIFY(shown.contains(u"ana-kept"_s));
        for (const QByteArray &secret : secretsOfTheForm()) {
            for (const QByteArray &spelling : OxaTest::secretSpellings(secret))
                QVERIFY2(!shown.toUtf8().contains(spelling), spelling.constData());
        }
        QVERIFY(view->curl(true).contains(QString::fromUtf8(kPassword)));
        // What the history keeps to open again: the values without their secrets.
        HistoryView *history = window.historyView();
        QTRY_VERIFY(history->list()->topLevelItemCount() >= 1);
        history->list()->setCurrentItem(history->list()->topLevelItem(0));
        window.requestForm()->setValues(RequestValues());
        history->findChild<QPushButton *>(u"historyOpenInForm"_s)->click();
        const RequestValues reopened = window.requestForm()->values();
        QCOMPARE(reopened.query.value(u"note"_s).toString(), u"kept-note"_s);
        QVERIFY(!reopened.query.contains(u"api_key"_s));
        QVERIFY(!reopened.header.contains(u"X-Session-Token"_s));
        QVERIFY(!reopened.cookie.contains(u"sid"_s));
        QCOMPARE(reopened.body.toObject(), (QJsonObject{{u"user"_s, u"ana-kept"_s}}));
    }

    void noSecretInAnyFileTheConsoleWrote()
    {
        // Runs after the flows above: settings, history, audit, form memory.
        const QByteArray files = OxaTest::allFilesUnder(m_home.path());
        QVERIFY(files.size() > 1000);
        QVERIFY(files.contains("kept-note")); // the request above was recorded
        for (const QByteArray &secret : secretsOfTheForm()) {
            for (const QByteArray &spelling : OxaTest::secretSpellings(secret))
                QVERIFY2(!files.contains(spelling), spelling.constData());
        }
        QVERIFY(QFileInfo::exists(HistoryStore::defaultPath()));
        QVERIFY(QFileInfo::exists(AuditLog::defaultPath()));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestCallFlow)
#include "tst_callflow.moc"
