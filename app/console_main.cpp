// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OXA Console"));
    QApplication::setApplicationName(QStringLiteral("oxa-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("OXA Console"));
    QApplication::setApplicationVersion(QStringLiteral(OXA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.oxaconsole.OxaConsole"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.oxaconsole.OxaConsole"),
                         QIcon(QStringLiteral(":/oxa/icons/org.oxaconsole.OxaConsole.svg"))));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(),
                        QStringLiteral("oxa-console"),
                        QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    Oxa::MainWindow window;
    window.show();
    return QApplication::exec();
}
