// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The window fits a small screen (1024×700) in English and in French, on every page.
#include "appearance.h"
#include "catalog/catalogmode.h"
#include "consoleservices.h"
#include "demo/demotour.h"
#include "diagnosticsdock.h"
#include "form/operationform.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "safetext.h"
#include "shortcutsdialog.h"
#include "support/privatehome.h"
#include "support/testdocuments.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLayout>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

/** The widest widgets that hold the window open, deepest first: what to fix when it fails. */
QStringList widest(QWidget *root, int limit)
{
    QStringList out;
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (!w->isVisibleTo(root))
            continue;
        const int width = std::max(w->minimumSizeHint().width(), w->minimumWidth());
        if (width <= limit)
            continue;
        bool childToo = false;
        for (QWidget *c : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (c->isVisibleTo(root)
                && std::max(c->minimumSizeHint().width(), c->minimumWidth()) > limit)
                childToo = true;
        }
        if (!childToo)
            out << u"%1 (%2): %3"_s
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                       .arg(width);
    }
    return out;
}

} // namespace

class TestWindowSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        OxaTest::usePrivateHome(m_home, u"tst_windowsize"_s);
    }

    void fitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("French") << u"fr"_s;
    }
    void fitsASmallScreen()
    {
        QFETCH(QString, language);
        Appearance::installTranslators(language);
        const QString path = OxaTest::oxaFixturePath();
        OxaTest::DocumentFolder folder;
        const QString document
            = path.isEmpty() ? folder.write(u"browse.yaml"_s, OxaTest::browsingDocument()) : path;
        QSettings().remove(u"window/geometry"_s); // a first start
        const StandardServices services;
        MainWindow window(services.handles());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize small(1024, 700);
        const auto fits = [&](const QString &where) {
            window.resize(small);
            QApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            qInfo("%s, %s: at least %d×%d",
                  qPrintable(language),
                  qPrintable(where),
                  minimum.width(),
                  minimum.height());
            QVERIFY2(minimum.width() <= small.width() && minimum.height() <= small.height(),
                     qPrintable(u"%1 (%2): the window needs %3×%4\n"_s.arg(where, language)
                                    .arg(minimum.width())
                                    .arg(minimum.height())
                                + widest(&window, 500).join(u'\n')));
            QCOMPARE(window.size(), small);
            // The status bar shows the environment in use, the counts and the diagnostics
            // whole; only the document's title and the load's message may give way.
            for (const QString &name :
                 {u"statusEnvironment"_s, u"statusOperations"_s, u"statusDiagnostics"_s}) {
                const auto *piece = window.statusBar()->findChild<QWidget *>(name);
                QVERIFY2(piece, qPrintable(name));
                if (!piece->isVisible())
                    continue;
                QVERIFY2(piece->width() >= piece->sizeHint().width()
                             && piece->geometry().right() < window.statusBar()->width(),
                         qPrintable(u"%1 (%2, %3): %4 px of %5 at %6"_s.arg(name, where, language)
                                        .arg(piece->width())
                                        .arg(piece->sizeHint().width())
                                        .arg(piece->x())));
            }
            // The environment switch shows its placeholder whole ("Aucun environnement choisi"
            // is longer than any of its items).
            const auto *choice = window.findChild<QComboBox *>(u"environmentChoice"_s);
            QVERIFY(choice);
            if (choice->currentIndex() < 0) {
                const int text = choice->fontMetrics().horizontalAdvance(choice->placeholderText());
                QVERIFY2(choice->width() >= text + 20,
                         qPrintable(u"%1 px for %2 px of \"%3\""_s.arg(choice->width())
                                        .arg(text)
                                        .arg(choice->placeholderText())));
            }
            const auto *title = window.statusBar()->findChild<QLabel *>(u"statusDocument"_s);
            QVERIFY(title);
            // A call's outcome shows whole beside them: the document's title makes room.
            if (title->isVisible()) {
                const QString outcome = u"GET /enrichment/ip/{ip}: 200 in 17 ms"_s;
                window.statusBar()->showMessage(outcome);
                QApplication::processEvents();
                QVERIFY2(title->x() >= window.statusBar()->fontMetrics().horizontalAdvance(outcome),
                         qPrintable(u"%1 px for the message (%2, %3)"_s.arg(title->x())
                                        .arg(where, language)));
                window.statusBar()->clearMessage();
                QApplication::processEvents();
                QCOMPARE(title->maximumWidth(), QWIDGETSIZE_MAX);
            }
            // A title cut short says so with "…" and its tool tip.
            QVERIFY(!title->isVisible() || title->width() >= title->sizeHint().width()
                    || qobject_cast<const ElidedLabel *>(title));
        };
        // A first start opens inside the screen, whatever its size.
        // (The offscreen screen is 800×600, smaller than any window's minimum: bounded by both.)
        const QRect room = window.screen()->availableGeometry();
        const QSize least = window.minimumSizeHint();
        QVERIFY2(window.width() <= std::max(room.width(), least.width())
                     && window.height() <= std::max(room.height(), least.height()),
                 qPrintable(u"%1×%2 on %3×%4"_s.arg(window.width())
                                .arg(window.height())
                                .arg(room.width())
                                .arg(room.height())));
        // The docks open too: the history below, the diagnostics.
        window.findChild<QDockWidget *>(u"historyDock"_s)->show();
        fits(u"welcome"_s);
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openLocation(document);
        QVERIFY(loaded.wait(30000));
        window.diagnosticsDock()->show();
        fits(u"operation"_s);
        const QString operation
            = path.isEmpty() ? u"POST /hosts/{id}/isolate"_s
                             : u"PATCH /alerts/countermeasures/{countermeasure_uuid}/activate"_s;
        QVERIFY(window.showOperation(operation));
        for (int page = 0; page < window.pages()->count(); ++page) {
            window.pages()->setCurrentIndex(page);
            if (page == CatalogMode::RequestTab)
                window.requestForm()->fillExample();
            fits(window.pages()->tabText(page));
        }
        Appearance::installTranslators(u"en"_s);
    }

    void dialogsShowTheirWholeTitle_data() { fitsASmallScreen_data(); }

    void dialogsShowTheirWholeTitle()
    {
        // A window manager shows "Title — OXA Console" in bold beside an icon and three buttons:
        // a dialog narrower than that shows "Préféren… Console".
        QFETCH(QString, language);
        Appearance::installTranslators(language);
        QApplication::setApplicationDisplayName(u"OXA Console"_s); // as console_main does
        QMenuBar menus;
        PreferencesDialog preferences;
        ShortcutsDialog shortcuts(&menus, nullptr);
        DemoTour tour(QUrl(u"http://127.0.0.1:4010"_s));
        for (QWidget *dialog : {static_cast<QWidget *>(&preferences),
                                static_cast<QWidget *>(&shortcuts),
                                static_cast<QWidget *>(&tour)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QFont bold = dialog->font();
            bold.setBold(true);
            const QString title = Appearance::shownWindowTitle(dialog);
            QVERIFY(title.startsWith(dialog->windowTitle()) && title.contains(u"OXA Console"_s));
            const int needed = QFontMetrics(bold).horizontalAdvance(title) + 3 * 24;
            QVERIFY2(dialog->width() >= needed,
                     qPrintable(u"%1: %2 < %3"_s.arg(title).arg(dialog->width()).arg(needed)));
            // …and still fits the small screen.
            QVERIFY2(dialog->width() <= 1024, qPrintable(title));
            dialog->hide();
        }
        Appearance::installTranslators(u"en"_s);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
