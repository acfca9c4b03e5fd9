// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OXA Console"));
    QApplication::setApplicationName(QStringLiteral("oxa-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("OXA Console"));
    QApplication::setApplicationVersion(QStringLiteral(OXA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.oxaconsole.OxaConsole"));

    Oxa::MainWindow window;
    window.show();
    return QApplication::exec();
}
