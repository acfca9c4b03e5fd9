// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// bench_console [DOCUMENT]: in the console itself (offscreen), the time from choosing a document
// to a usable catalog (tree filled, status shown), and the time of one filter keystroke.
#include "benchmarksupport.h"
#include "catalog/catalogpanel.h"
#include "consoleservices.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace OxaBench;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("OXA Console Benchmarks"));
    const QString document = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                      : QStringLiteral(OXA_BENCHMARK_CORPUS "/api.github.com.json");
    if (!QFileInfo::exists(document)) {
        qWarning("no %s: cmake --build build --target benchmark-corpus", qPrintable(document));
        return 1;
    }
    Sample open;
    Sample keystrokes;
    int operations = 0;
    for (int run = 0; run < 7; ++run) {
        QSettings().clear();
        const Oxa::StandardServices services;
        Oxa::MainWindow window(services.handles());
        window.setProperty("oxaQuiet", true);
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        QSignalSpy finished(&window, &Oxa::MainWindow::loadFinished);
        open.values.push_back(timeMs([&] {
            window.openLocation(document);
            finished.wait(60000);
            QApplication::processEvents(); // the tree drawn
        }));
        operations = window.catalogPanel()->model()->matchingOperationCount();
        const QString query = QStringLiteral("method:get repos pulls review");
        for (qsizetype i = 1; i <= query.size(); ++i) {
            keystrokes.values.push_back(timeMs([&] {
                window.catalogPanel()->setFilterText(query.left(i));
                QApplication::processEvents();
            }));
        }
        window.catalogPanel()->setFilterText(QString());
    }
    std::printf("%s: %d operations\n", qPrintable(QFileInfo(document).fileName()), operations);
    std::printf("choose → usable catalog: median %.0f ms (min %.0f, max %.0f, %zu runs)\n",
                open.median(),
                open.min(),
                open.max(),
                open.values.size());
    std::printf("filter keystroke: median %.2f ms (min %.2f, max %.2f, %zu keystrokes)\n",
                keystrokes.median(),
                keystrokes.min(),
                keystrokes.max(),
                keystrokes.values.size());
    return 0;
}
