// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "call/interaction.h"
#include "catalog/catalogpanel.h"
#include "catalog/operationpage.h"
#include "catalog/schemabrowser.h"
#include "catalog/sourceview.h"
#include "commandpalette.h"
#include "consoleservices.h"
#include "diagnosticsdock.h"
#include "mainwindow.h"
#include "support/httptestserver.h"
#include "support/testdocuments.h"
#include "welcomepage.h"
#include "workspace/documentsession.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

bool waitForLoad(MainWindow &window, int timeout = 30000)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    if (!finished.wait(timeout))
        return false;
    return finished.front().front().toBool();
}

/** The operation keys the tree shows, each once. */
QStringList visibleOperations(const OperationTreeModel &model, const QModelIndex &parent = {})
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (const Operation *op = model.operation(index)) {
            if (!keys.contains(op->key))
                keys << op->key;
        }
        for (const QString &key : visibleOperations(model, index)) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    return keys;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"OXA Console Tests"_s);
        QApplication::setApplicationName(u"tst_mainwindow"_s);
        QApplication::setApplicationDisplayName(u"OXA Console"_s);
        QSettings().clear();
    }

    void init() { QSettings().clear(); }

    void welcomePage()
    {
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(u"OXA Console"_s));
        QVERIFY(window.welcomePage()->isVisible());
        auto *welcome = window.findChild<QLabel *>(u"welcomeLabel"_s);
        QVERIFY(welcome);
        QCOMPARE(welcome->textFormat(), Qt::PlainText);
        QVERIFY(window.findChild<QWidget *>(u"welcomeOpen"_s)->isVisible());
        QVERIFY(window.findChild<QWidget *>(u"welcomeBackend"_s)->isVisible());
        QVERIFY(window.findChild<QWidget *>(u"welcomeDemo"_s)->isVisible()); // "Try the demo"
    }

    void oxaCatalog()
    {
        const QString path = oxaFixturePath();
        if (path.isEmpty())
            QSKIP("the OXA fixture is not beside the checkout");
        const StandardServices services;
        MainWindow window(services.handles());
        window.setProperty("oxaQuiet", true);
        window.show();
        window.openLocation(path);
        QVERIFY(window.isLoading());
        QVERIFY(waitForLoad(window));
        OperationTreeModel *model = window.catalogPanel()->model();
        QCOMPARE(model->matchingOperationCount(), 379);
        QCOMPARE(visibleOperations(*model).size(), 379);
        QVERIFY(window.findChild<QLabel *>(u"statusOperations"_s)->text().contains(u"379"_s));
        // One document, nothing to choose above the source.
        QVERIFY(window.findChild<QComboBox *>(u"sourceChoice"_s)->isHidden());
        QVERIFY(window.findChild<QLabel *>(u"operationCount"_s)->text().contains(u"379"_s));

        // Capability filter: only response operations remain.
        window.catalogPanel()->setFilterText(u"capability:response"_s);
        const QStringList responses = visibleOperations(*model);
        QVERIFY(!responses.isEmpty());
        QVERIFY(responses.size() < 379);
        for (const QString &key : responses)
            QCOMPARE(window.catalog()->operationByKey(key)->capability, Capability::Response);

        // A free word: every row mentions it somewhere.
        window.catalogPanel()->setFilterText(u"capability:response countermeasure"_s);
        const QStringList isolate = visibleOperations(*model);
        QVERIFY(!isolate.isEmpty());
        for (const QString &key : isolate) {
            const Operation *op = window.catalog()->operationByKey(key);
            const QString all
                = (op->summary + op->path + op->operationId + op->description).toLower();
            QVERIFY2(all.contains(u"countermeasure"_s), qPrintable(key));
        }

        // Invalid syntax is flagged and leaves the rows alone.
        window.catalogPanel()->setFilterText(u"capability:response countermeasure colour:red"_s);
        QCOMPARE(window.catalogPanel()->filterField()->property("filterState").toString(),
                 u"invalid"_s);
        QVERIFY(window.findChild<QLabel *>(u"filterProblem"_s)->isVisible());
        QCOMPARE(visibleOperations(*model), isolate);

        // Selecting a row shows its page.
        window.catalogPanel()->setFilterText(QString());
        QCOMPARE(window.catalogPanel()->filterField()->property("filterState").toString(),
                 u"empty"_s);
        const QString first = isolate.front();
        QVERIFY(window.showOperation(first));
        QCOMPARE(window.operationPage()->operationKey(), first);
        QCOMPARE(window.pages()->currentIndex(), 0);
        QVERIFY(window.findChild<QLabel *>(u"operationPath"_s)
                    ->text()
                    .contains(window.catalog()->operationByKey(first)->path));
        QCOMPARE(window.findChild<QLabel *>(u"operationPath"_s)->textFormat(), Qt::PlainText);
    }

    void palette()
    {
        const QString path = oxaFixturePath();
        if (path.isEmpty())
            QSKIP("the OXA fixture is not beside the checkout");
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openLocation(path);
        QVERIFY(waitForLoad(window));
        // A fuzzy query: the operationId of an operation without its vowels.
        const Operation *target = nullptr;
        for (const Operation &op : window.catalog()->operations()) {
            if (op.operationId.size() > 12 && !op.operationIdSynthesised) {
                target = &op;
                break;
            }
        }
        QVERIFY(target);
        QString query = target->operationId;
        query.remove(QRegularExpression(u"[aeiouAEIOU]"_s));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(window.commandPalette()->isVisible());
        QTest::keyClicks(window.commandPalette()->queryField(), query);
        const QStringList keys = window.commandPalette()->resultKeys();
        QVERIFY2(keys.mid(0, 5).contains(target->key),
                 qPrintable(query + u" → "_s + keys.mid(0, 5).join(u", "_s)));
        // Choose it.
        window.commandPalette()->results()->setCurrentRow(int(keys.indexOf(target->key)));
        QTest::keyClick(window.commandPalette()->results(), Qt::Key_Return);
        QVERIFY(!window.commandPalette()->isVisible());
        QCOMPARE(window.operationPage()->operationKey(), target->key);

        // Typed in full, a summary wins over the longer ones that start like it.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        window.commandPalette()->queryField()->clear();
        QTest::keyClicks(window.commandPalette()->queryField(), u"List alerts"_s);
        QCOMPARE(window.commandPalette()->resultKeys().value(0), u"GET /alerts"_s);
        QTest::keyClick(window.commandPalette()->queryField(), Qt::Key_Return);
        QCOMPARE(window.operationPage()->operationKey(), u"GET /alerts"_s);
        // Then those it starts, before the fuzzy ones.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        window.commandPalette()->queryField()->clear();
        QTest::keyClicks(window.commandPalette()->queryField(), u"List alert s"_s);
        QVERIFY(window.commandPalette()->resultKeys().value(0).startsWith(u"GET /alerts/s"_s));
        QTest::keyClick(window.commandPalette()->queryField(), Qt::Key_Escape);
    }

    void danglingReferenceJumpsToItsOperation()
    {
        const QString path = oxaFixturePath();
        if (path.isEmpty())
            QSKIP("the OXA fixture is not beside the checkout");
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        window.openLocation(path);
        QVERIFY(waitForLoad(window));
        QVERIFY(window.findChild<QWidget *>(u"statusDiagnostics"_s)->isVisible());
        DiagnosticsDock *dock = window.diagnosticsDock();
        QTableView *view = dock->view();
        QModelIndex dangling;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, DiagnosticModel::MessageColumn);
            if (index.data(DiagnosticModel::CodeNameRole).toString() == u"ref.dangling"
                && !index.data(DiagnosticModel::OperationKeyRole).toString().isEmpty()) {
                dangling = index;
                break;
            }
        }
        QVERIFY(dangling.isValid());
        const QString key = dangling.data(DiagnosticModel::OperationKeyRole).toString();
        window.catalogPanel()->setFilterText(u"zebra-unlikely"_s); // even when filtered out
        QWidget *notice = window.catalogPanel()->filterNotice();
        QTRY_VERIFY(notice->isVisible()); // the filter hides everything, and says so
        Q_EMIT view->activated(dangling);
        QCOMPARE(window.operationPage()->operationKey(), key);
        QCOMPARE(window.pages()->currentIndex(), 0);
        // The user's filter stays; the panel says what it hides, and clears it in one click.
        QCOMPARE(window.catalogPanel()->filterText(), u"zebra-unlikely"_s);
        QVERIFY(notice->findChild<QLabel *>()->text().contains(key));
        QTest::mouseClick(notice->findChild<QPushButton *>(u"clearFilterButton"_s), Qt::LeftButton);
        QVERIFY(window.catalogPanel()->filterText().isEmpty());
        QCOMPARE(window.catalogPanel()->selectedOperation(), key);
        QVERIFY(!notice->isVisible());

        // The location column jumps to the source line.
        const QModelIndex location = dangling.siblingAtColumn(DiagnosticModel::LocationColumn);
        Q_EMIT view->activated(location);
        QCOMPARE(window.pages()->tabText(window.pages()->currentIndex()), QStringLiteral("Source"));
        QTRY_VERIFY(window.sourceView()->isReady());
        QCOMPARE(window.sourceView()->currentLine(),
                 dangling.data(DiagnosticModel::LineRole).toInt());
    }

    void sourceOpensAtTheOperation()
    {
        DocumentFolder folder;
        const QByteArray text = browsingDocument();
        const QString path = folder.write(u"api.yaml"_s, text);
        const auto lineOf
            = [&](const char *word) { return int(text.left(text.indexOf(word)).count('\n')) + 1; };
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openLocation(path);
        QVERIFY(waitForLoad(window));
        QVERIFY(window.showOperation(u"POST /hosts/{id}/isolate"_s));
        // Ctrl+5 shows where the selected operation is written.
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.pages()->tabText(window.pages()->currentIndex()), u"Source"_s);
        QTRY_VERIFY(window.sourceView()->isReady());
        QCOMPARE(window.sourceView()->currentLine(), lineOf("isolateHost"));
        // While it is shown, it follows the catalog.
        QVERIFY(window.catalogPanel()->selectOperation(u"GET /cti/ip/{ip}"_s));
        QCOMPARE(window.sourceView()->currentLine(), lineOf("lookupIp"));
        // Where the person went is kept while the operation stays the same.
        window.sourceView()->goToLine(3);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.sourceView()->currentLine(), 3);
    }

    void filterBelongsToItsDocument()
    {
        DocumentFolder folder;
        const QString first = folder.write(u"first.yaml"_s, browsingDocument());
        const QString second = folder.write(u"second.yaml"_s, browsingDocument());
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openLocation(first);
        QVERIFY(waitForLoad(window));
        CatalogPanel *panel = window.catalogPanel();
        const int total = panel->model()->totalOperationCount();
        panel->setFilterText(u"tag:alerts"_s);
        const int filtered = panel->model()->matchingOperationCount();
        QVERIFY(filtered > 0 && filtered < total);

        // Another document opens with every operation.
        window.openLocation(second);
        QVERIFY(waitForLoad(window));
        QVERIFY(panel->filterText().isEmpty());
        QCOMPARE(panel->model()->matchingOperationCount(), total);
        QVERIFY(!panel->filterNotice()->isVisible());
        // Back to the first, its filter again.
        window.openLocation(first);
        QVERIFY(waitForLoad(window));
        QCOMPARE(panel->filterText(), u"tag:alerts"_s);
        QCOMPARE(panel->model()->matchingOperationCount(), filtered);

        // A filter that hides everything says so, and clears in one click.
        panel->setFilterText(u"zebra-unlikely"_s);
        QVERIFY(panel->filterNotice()->isVisible());
        QVERIFY(panel->filterNotice()->findChild<QLabel *>()->text().contains(u"No operation"_s));
        QTest::mouseClick(panel->filterNotice()->findChild<QPushButton *>(u"clearFilterButton"_s),
                          Qt::LeftButton);
        QCOMPARE(panel->model()->matchingOperationCount(), total);
        QVERIFY(!panel->filterNotice()->isVisible());

        // Down from the filter goes to the first operation of the list.
        panel->filterField()->setFocus();
        QTest::keyClick(panel->filterField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), panel->view());
        QVERIFY(panel->model()->operation(panel->view()->currentIndex()));
    }

    void reloadKeepsTheSelection()
    {
        DocumentFolder folder;
        const QString path = folder.write(u"api.yaml"_s, browsingDocument());
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        window.openLocation(path);
        QVERIFY(waitForLoad(window));
        QVERIFY(window.showOperation(u"POST /hosts/{id}/isolate"_s));
        window.catalogPanel()->setFilterText(u"method:post"_s);
        window.reload();
        QVERIFY(waitForLoad(window));
        QCOMPARE(window.operationPage()->operationKey(), u"POST /hosts/{id}/isolate"_s);
        QCOMPARE(window.catalogPanel()->filterText(), u"method:post"_s);
        QCOMPARE(window.catalogPanel()->model()->matchingOperationCount(), 1);
    }

    void paletteMarksTheMatchedCharacters()
    {
        DocumentFolder folder;
        const QString path = folder.write(u"api.yaml"_s, browsingDocument());
        const StandardServices services;
        MainWindow window(services.handles());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openLocation(path);
        QVERIFY(waitForLoad(window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(window.commandPalette()->queryField(), u"iso host"_s);
        QListWidget *results = window.commandPalette()->results();
        QVERIFY(results->count() > 0);
        QCOMPARE(results->item(0)->data(Qt::UserRole).toString(), u"POST /hosts/{id}/isolate"_s);
        // The marked characters of the shown text spell the query, without its space.
        const QString text = results->item(0)->text();
        const auto positions
            = results->item(0)->data(CommandPalette::MatchPositionsRole).value<QList<qsizetype>>();
        QString spelled;
        for (const qsizetype at : positions) {
            QVERIFY(at >= 0 && at < text.size());
            spelled += text.at(at).toLower();
        }
        QCOMPARE(spelled, u"isohost"_s);
        QVERIFY(std::is_sorted(positions.cbegin(), positions.cend()));

        // Typing narrows the previous matches; the results are those of a fresh search.
        QLineEdit *query = window.commandPalette()->queryField();
        auto freshResults = [&](const QString &fresh) {
            query->clear();
            query->setText(fresh);
            return window.commandPalette()->resultKeys();
        };
        const QStringList typed = window.commandPalette()->resultKeys();
        QCOMPARE(freshResults(u"iso host"_s), typed);
        query->setText(u"a"_s);
        const QStringList broad = window.commandPalette()->resultKeys();
        QTest::keyClicks(query, u"l"_s);
        QCOMPARE(window.commandPalette()->resultKeys(), freshResults(u"al"_s));
        QVERIFY(window.commandPalette()->resultKeys().size() < broad.size());
        query->setText(u"a"_s); // shorter again: everything is searched
        QCOMPARE(window.commandPalette()->resultKeys(), broad);
        // A match found only in the operationId (not shown) marks nothing past the text.
        window.commandPalette()->queryField()->setText(u"updateSettings"_s);
        QVERIFY(results->count() > 0);
        QCOMPARE(results->item(0)->data(Qt::UserRole).toString(), u"PUT /settings"_s);
        QVERIFY(!results->grab().isNull()); // paints marks that run past the shown text
    }

    void settingsAreRestored()
    {
        DocumentFolder folder;
        const QString path = folder.write(u"api.yaml"_s, browsingDocument());
        {
            const StandardServices services;
            MainWindow window(services.handles());
            window.show();
            window.openLocation(path);
            QVERIFY(waitForLoad(window));
            window.catalogPanel()->setFilterText(u"tag:alerts"_s);
            QTest::keyClick(window.catalogPanel()->filterField(), Qt::Key_Return);
            window.catalogPanel()->setGrouping(OperationTreeModel::Grouping::Flat);
            window.close();
        }
        const StandardServices services;
        MainWindow again(services.handles());
        // A filter belongs to its document: the next session starts unfiltered, the filter
        // one click away in the history.
        QVERIFY(again.catalogPanel()->filterText().isEmpty());
        QCOMPARE(again.catalogPanel()->filterHistory().value(0), u"tag:alerts"_s);
        QCOMPARE(again.catalogPanel()->grouping(), OperationTreeModel::Grouping::Flat);
        const QStringList recent = QSettings().value(u"recent/documents"_s).toStringList();
        QCOMPARE(recent.value(0), path);
        QCOMPARE(again.findChild<QListWidget *>(u"recentDocuments"_s)->item(0)->text(), path);
    }

    void backendDiscovery()
    {
        HttpTestServer server;
        server.answer(
            "/api/v3/api-docs",
            {200,
             R"({"openapi": "3.0.3", "info": {"title": "Found", "version": "7"}, "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}}})",
             "application/json",
             {},
             false,
             0});
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        auto *field = window.welcomePage()->backendField();
        field->setText(server.url(u"/api"_s).toString());
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(waitForLoad(window));
        QCOMPARE(window.catalog()->info().title, u"Found"_s);
        QVERIFY(window.findChild<QLabel *>(u"statusDocument"_s)->text().contains(u"Found"_s));
        const QStringList backends = QSettings().value(u"recent/backends"_s).toStringList();
        QCOMPARE(backends.value(0), server.url(u"/api"_s).toString());
    }

    void dropAFile()
    {
        DocumentFolder folder;
        const QString path = folder.write(u"dropped.yaml"_s, browsingDocument());
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        // As a drag does it: enter, then drop.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(window.isLoading());
        QVERIFY(waitForLoad(window));
        QCOMPARE(window.catalog()->operations().size(), 8);
    }

    void referencesAreAskedOnce()
    {
        DocumentFolder folder;
        const QString path = folder.write(u"api.yaml"_s, R"(openapi: 3.0.0
info: {title: Refs, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {$ref: 'https://schemas.example/common.json#/Ok'}
        '500': {$ref: '../elsewhere/common.yaml#/Error'}
)");
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        ScriptedInteraction script; // refuses
        window.setInteraction(&script);
        window.openLocation(path);
        QVERIFY(waitForLoad(window));
        QCOMPARE(script.count(u"references"_s), 1);
        const QList<QUrl> places = script.asked().front().places;
        QCOMPARE(places.size(), 2);
        QVERIFY(places.contains(QUrl(u"https://schemas.example/common.json"_s)));
        QCOMPARE(referencePolicy(QUrl::fromLocalFile(path)), ReferencePolicy::Deny);
        window.reload();
        QVERIFY(waitForLoad(window));
        QCOMPARE(script.count(u"references"_s), 1); // remembered
    }

    void allowedReferencesAreFollowed()
    {
        DocumentFolder folder;
        folder.write(u"shared/common.yaml"_s, "Error: {description: failed}\n");
        const QString path = folder.write(u"api/api.yaml"_s, R"(openapi: 3.0.0
info: {title: Refs, version: '1'}
paths:
  /a:
    get:
      responses:
        '500': {$ref: '../shared/common.yaml#/Error'}
)");
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        ScriptedInteraction script;
        script.allowsReferences = true;
        window.setInteraction(&script);
        window.openLocation(path);
        QVERIFY(waitForLoad(window));                         // the first load, then the question
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000); // the load with the references allowed
        QCOMPARE(script.count(u"references"_s), 1);
        QCOMPARE(referencePolicy(QUrl::fromLocalFile(path)), ReferencePolicy::Allow);
        QVERIFY(window.catalog()->document().forbiddenLocations().isEmpty());
        QCOMPARE(window.catalog()->operations().front().responses.front().description, u"failed"_s);
    }

    void aFindingInAReferencedDocumentShowsThatDocument()
    {
        DocumentFolder folder;
        folder.write(u"common.yaml"_s,
                     "Error:\n  description: failed\n  content:\n    application/json:\n"
                     "      schema: {$ref: '#/Missing'}\n");
        const QString path = folder.write(u"api.yaml"_s, R"(openapi: 3.0.0
info: {title: Refs, version: '1'}
paths:
  /a:
    get:
      responses:
        '500': {$ref: 'common.yaml#/Error'}
)");
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        window.openLocation(path);
        QVERIFY(waitForLoad(window));
        // The dangling reference lies in common.yaml, line 5.
        const Diagnostic *finding = nullptr;
        for (const Diagnostic &d : window.diagnostics()) {
            if (d.code == DiagnosticCode::DanglingRef)
                finding = &d;
        }
        QVERIFY(finding);
        QCOMPARE(finding->source, u"common.yaml"_s);
        QCOMPARE(finding->line, 5);
        auto *choice = window.findChild<QComboBox *>(u"sourceChoice"_s);
        QVERIFY(choice);
        QCOMPARE(choice->count(), 2);
        QVERIFY(!choice->isHidden()); // shown with the source page

        window.showSourceLine(finding->source, finding->line, finding->column);
        QTRY_VERIFY(window.sourceView()->isReady());
        QCOMPARE(choice->currentData().toString(), u"common.yaml"_s);
        QVERIFY(window.sourceView()->editor()->toPlainText().startsWith(u"Error:"_s));
        QCOMPARE(window.sourceView()->currentLine(), 5);

        // Back to the document itself, and a reload keeps the choice.
        window.showSourceLine(QString(), 3);
        QTRY_VERIFY(window.sourceView()->isReady());
        QVERIFY(window.sourceView()->editor()->toPlainText().startsWith(u"openapi:"_s));
        QCOMPARE(window.sourceView()->currentLine(), 3);
        choice->setCurrentIndex(choice->findData(u"common.yaml"_s));
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.reload();
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(window.sourceView()->isReady());
        QCOMPARE(choice->currentData().toString(), u"common.yaml"_s);
        QVERIFY(window.sourceView()->editor()->toPlainText().startsWith(u"Error:"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
