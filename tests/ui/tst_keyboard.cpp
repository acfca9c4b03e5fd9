// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The console with the keyboard alone (issue 15, §4): the Request page gives its first field the
// focus, Tab follows reading order on every page, Send works from anywhere with its shortcut, no
// stray key reaches the status bar's buttons, and Help lists the shortcuts.
#include "catalog/catalogmode.h"
#include "catalog/catalogpanel.h"
#include "catalog/sourceview.h"
#include "consoleservices.h"
#include "form/operationform.h"
#include "mainwindow.h"
#include "request/environmentlist.h"
#include "support/privatehome.h"
#include "support/testdocuments.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

QByteArray document()
{
    return R"(openapi: 3.1.0
info: {title: Keys, version: "1"}
servers: [{url: 'http://127.0.0.1:9/api'}]
paths:
  /hosts/{id}/notes:
    get:
      operationId: listNotes
      summary: List the notes of a host
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: author, in: query, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
      responses: {'200': {description: ok}}
    post:
      operationId: addNote
      summary: Add a note
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [text]
              properties: {text: {type: string}, pinned: {type: boolean}, tags: {type: array, items: {type: string}}}
      responses: {'201': {description: added}}
  /lookup/{ip}:
    get:
      operationId: lookUp
      summary: Look up an address
      parameters:
        - name: ip
          in: path
          required: true
          schema: {oneOf: [{type: string, format: ipv4}, {type: string, format: ipv6}]}
      responses: {'200': {description: ok}}
)";
}

QString describe(const QWidget *w)
{
    return w ? u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
             : u"nothing"_s;
}

/** The widgets Tab reaches from `start` while it stays under `page`, each once. */
QList<QWidget *> tabSequence(QWidget *start, QWidget *page)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{QApplication::focusWidget()};
    for (int step = 0; step < 200; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || !page->isAncestorOf(now) || visited.contains(now))
            break;
        visited << now;
    }
    return visited;
}

QRect placeOf(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

/**
 * Reading order: the next widget is below the previous one, on its row further right, or in a
 * column to its right. Empty when every step reads on, else the step that jumps back.
 */
QString jumpBack(const QList<QWidget *> &sequence)
{
    for (qsizetype i = 1; i < sequence.size(); ++i) {
        const QRect a = placeOf(sequence.at(i - 1));
        const QRect b = placeOf(sequence.at(i));
        const bool below = b.top() >= a.center().y();
        const bool sameRow = b.center().y() >= a.top() && b.center().y() <= a.bottom();
        const bool right = b.left() >= a.left() + 1;
        const bool column = b.left() >= a.right() - 2;
        if (!(below || (sameRow && right) || column))
            return u"%1 at (%2,%3) then %4 at (%5,%6)"_s.arg(describe(sequence.at(i - 1)))
                .arg(a.left())
                .arg(a.top())
                .arg(describe(sequence.at(i)))
                .arg(b.left())
                .arg(b.top());
    }
    return {};
}

bool within(const QWidget *w, const QWidget *ancestor)
{
    return w && (w == ancestor || ancestor->isAncestorOf(w));
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        OxaTest::usePrivateHome(m_home, u"tst_keyboard"_s);
        m_path = m_folder.write(u"keys.yaml"_s, document());
    }

    void init()
    {
        m_services = std::make_unique<StandardServices>();
        m_window = std::make_unique<MainWindow>(m_services->handles());
        m_window->resize(1100, 760);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openLocation(m_path);
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.front().front().toBool());
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
    }

    void requestPageFocusesTheFirstField()
    {
        QVERIFY(m_window->showOperation(u"GET /hosts/{id}/notes"_s));
        m_window->catalogPanel()->filterField()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->pages()->currentIndex(), int(CatalogMode::RequestTab));
        auto *id = m_window->requestForm()->findChild<QWidget *>(u"parameter:path:id"_s);
        QVERIFY(id);
        QVERIFY2(within(QApplication::focusWidget(), id),
                 qPrintable(describe(QApplication::focusWidget()) + u" in "_s
                            + describe(QApplication::focusWidget()->parentWidget())));
        // The next operation's Request page too, opened by clicking its tab.
        QVERIFY(m_window->showOperation(u"POST /hosts/{id}/notes"_s));
        m_window->catalogPanel()->filterField()->setFocus();
        m_window->pages()->setCurrentIndex(CatalogMode::RequestTab);
        id = m_window->requestForm()->findChild<QWidget *>(u"parameter:path:id"_s);
        QVERIFY2(within(QApplication::focusWidget(), id),
                 qPrintable(describe(QApplication::focusWidget()) + u" in "_s
                            + describe(QApplication::focusWidget()->parentWidget())));
    }

    void firstFocusGoesWhereTypingGoes()
    {
        // A field with alternatives (IPv4 / IPv6) shows its chooser first: the focus goes past
        // it to the value, so that what the analyst types lands in the field.
        QVERIFY(m_window->showOperation(u"GET /lookup/{ip}"_s));
        m_window->catalogPanel()->filterField()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        auto *ip = m_window->requestForm()->findChild<QWidget *>(u"parameter:path:ip"_s);
        QVERIFY(ip);
        QVERIFY(ip->findChild<QWidget *>(u"variantCombo"_s));
        auto *typed = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(typed && within(typed, ip), qPrintable(describe(QApplication::focusWidget())));
        QTest::keyClicks(typed, u"198.51.100.23"_s);
        QCOMPARE(typed->text(), u"198.51.100.23"_s);
        // Shift+Tab still reaches the chooser.
        QTest::keyClick(typed, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"variantCombo"_s);
    }

    void tabEntersTheFieldsBeforeSend_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("parameters") << u"GET /hosts/{id}/notes"_s
                                    << QStringList{u"parameter:path:id"_s,
                                                   u"parameter:query:author"_s,
                                                   u"parameter:query:limit"_s};
        QTest::newRow("body") << u"POST /hosts/{id}/notes"_s
                              << QStringList{u"parameter:path:id"_s, u"bodyEditor"_s};
    }
    void tabEntersTheFieldsBeforeSend()
    {
        QFETCH(QString, operation);
        QFETCH(QStringList, fields);
        QVERIFY(m_window->showOperation(operation));
        m_window->pages()->setCurrentIndex(CatalogMode::RequestTab);
        OperationForm *form = m_window->requestForm();
        auto *fill = form->findChild<QWidget *>(u"fillExampleButton"_s);
        auto *send = form->findChild<QWidget *>(u"sendButton"_s);
        const QList<QWidget *> sequence = tabSequence(fill, form);
        QStringList seen;
        for (QWidget *w : sequence)
            seen << describe(w);
        qsizetype previous = 0;
        for (const QString &name : fields) {
            auto *field = form->findChild<QWidget *>(name);
            QVERIFY(field);
            const auto at = std::find_if(sequence.begin(), sequence.end(), [&](QWidget *w) {
                return within(w, field);
            });
            QVERIFY2(at != sequence.end(),
                     qPrintable(name + u" never reached: "_s + seen.join(u", ")));
            const qsizetype index = at - sequence.begin();
            QVERIFY2(index > previous, qPrintable(name + u" out of order: "_s + seen.join(u", ")));
            previous = index;
        }
        QVERIFY2(sequence.indexOf(send) > previous, qPrintable(seen.join(u", ")));
        QVERIFY2(jumpBack(sequence).isEmpty(), qPrintable(jumpBack(sequence)));
    }

    void everyPageReadsInOrder()
    {
        QVERIFY(m_window->showOperation(u"POST /hosts/{id}/notes"_s));
        QTabWidget *pages = m_window->pages();
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QApplication::processEvents();
            QWidget *shown = pages->currentWidget();
            if (auto *source = shown->findChild<SourceView *>())
                QTRY_VERIFY(source->isReady());
            // The first widget of the page Tab can reach: from the tab bar, one Tab.
            pages->tabBar()->setFocus(Qt::TabFocusReason);
            QTest::keyClick(pages->tabBar(), Qt::Key_Tab);
            QWidget *first = QApplication::focusWidget();
            QVERIFY2(within(first, shown),
                     qPrintable(pages->tabText(page) + u": Tab from the tabs goes to "_s
                                + describe(first)));
            const QList<QWidget *> sequence = tabSequence(first, shown);
            QVERIFY2(jumpBack(sequence).isEmpty(),
                     qPrintable(pages->tabText(page) + u": "_s + jumpBack(sequence)));
        }
    }

    void sendWorksFromAnywhere()
    {
        m_services->handles().environments->setDocument(m_path, {u"http://127.0.0.1:9/api"_s});
        m_services->handles().environments->chooseFor(m_path, QString()); // the document's server
        QVERIFY(m_window->showOperation(u"GET /hosts/{id}/notes"_s));
        OperationForm *form = m_window->requestForm();
        form->findChild<QLineEdit *>()->setText(u"host-7"_s);
        QAction *sendAction = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->objectName() == u"sendAction")
                    sendAction = action;
            }
        }
        QVERIFY(sendAction);
        QVERIFY(sendAction->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QVERIFY(sendAction->isEnabled());
        QSignalSpy sent(form, &OperationForm::sendRequested);
        // From the catalog, from a button of the form, from another page.
        const QList<QWidget *> places{m_window->catalogPanel()->findChild<QTreeView *>(),
                                      form->findChild<QWidget *>(u"fillExampleButton"_s),
                                      m_window->pages()->tabBar()};
        int expected = 0;
        for (QWidget *place : places) {
            if (place == m_window->pages()->tabBar())
                m_window->pages()->setCurrentIndex(CatalogMode::OperationTab);
            else if (place != places.front())
                m_window->pages()->setCurrentIndex(CatalogMode::RequestTab);
            place->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            ++expected;
            QTRY_COMPARE_WITH_TIMEOUT(int(sent.size()), expected, 2000);
        }
        QCOMPARE(sent.back().front().toString(), u"GET /hosts/{id}/notes"_s);
        // Nothing to send without an operation: the action says so.
        QTest::keySequence(m_window.get(), QKeySequence::Close);
        QVERIFY(!m_window->catalog());
        QVERIFY(!sendAction->isEnabled());
    }

    void strayKeysDoNotReachTheStatusBar()
    {
        QVERIFY(m_window->showOperation(u"GET /hosts/{id}/notes"_s));
        m_window->catalogPanel()->filterField()->setFocus();
        for (int step = 0; step < 120; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(!within(QApplication::focusWidget(), m_window->statusBar()),
                     qPrintable(describe(QApplication::focusWidget())));
        }
        for (QAbstractButton *button : m_window->statusBar()->findChildren<QAbstractButton *>())
            QCOMPARE(button->focusPolicy(), Qt::NoFocus);
    }

    void helpListsTheShortcuts()
    {
        QAction *shortcuts = nullptr;
        QStringList expected;
        for (QAction *menu : m_window->menuBar()->actions()) {
            const std::function<void(QMenu *)> walk = [&](QMenu *m) {
                for (QAction *action : m->actions()) {
                    if (action->objectName() == u"shortcutsAction")
                        shortcuts = action;
                    if (action->menu())
                        walk(action->menu());
                    else if (!action->shortcut().isEmpty())
                        expected << action->shortcut().toString(QKeySequence::NativeText);
                }
            };
            walk(menu->menu());
        }
        QVERIFY(shortcuts);
        QVERIFY(expected.size() > 15);
        shortcuts->trigger();
        auto *dialog = m_window->findChild<QDialog *>(u"shortcutsDialog"_s);
        // F1 brings the same dialog.
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>();
        QVERIFY(table);
        QStringList listed;
        QStringList what;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1))
                listed << table->item(row, 1)->text();
            if (table->item(row, 0))
                what << table->item(row, 0)->text();
        }
        for (const QString &key : expected) {
            QVERIFY2(std::any_of(listed.begin(),
                                 listed.end(),
                                 [&](const QString &keys) {
                                     return keys.split(u" or "_s).contains(key);
                                 }),
                     qPrintable(key));
        }
        // Keys that no menu shows are listed too.
        QVERIFY(what.contains(u"Send Request"_s));
        QVERIFY(std::any_of(what.begin(), what.end(), [](const QString &w) {
            return w.contains(u"filter"_s, Qt::CaseInsensitive) && w.contains(u"list"_s);
        }));
        dialog->close();
    }

private:
    QTemporaryDir m_home;
    OxaTest::DocumentFolder m_folder;
    QString m_path;
    std::unique_ptr<StandardServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
