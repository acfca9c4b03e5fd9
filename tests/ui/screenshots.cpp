// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-screenshots OUTPUT_DIR [DOCUMENT]: the console's main screens, in light and dark, in
// English and French, as PNG files for people to look at (not a test: nothing is asserted).
#include "appearance.h"
#include "catalogpanel.h"
#include "diagnosticsdock.h"
#include "form/operationform.h"
#include "mainwindow.h"
#include "support/testdocuments.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>

using namespace Oxa;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
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

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        Appearance::installTranslators(language);
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Appearance::applyTheme(theme);
            const QString prefix = output + u'/'
                                   + (theme == ThemeChoice::Dark ? u"dark-"_qs : u"light-"_qs)
                                   + language;
            QSettings().clear();
            MainWindow window;
            window.setProperty("oxaQuiet", true);
            window.resize(1400, 900);
            window.show();
            QApplication::processEvents();
            window.grab().save(prefix + u"-welcome.png");
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
