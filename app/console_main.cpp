// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "appearance.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OXA Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral(
                                          "Use this language (en, fr) instead of the setting."),
                                      QStringLiteral("code"));
    const QCommandLineOption
        theme(QStringLiteral("theme"),
              QStringLiteral("Use this theme (system, light, dark) instead of the setting."),
              QStringLiteral("name"));
    parser.addOption(language);
    parser.addOption(theme);
    parser.addPositionalArgument(
        QStringLiteral("document"),
        QStringLiteral("An OpenAPI description (file or URL), or a back-end's base URL."),
        QStringLiteral("[DOC_OR_URL]"));
    parser.process(app);

    Oxa::Appearance::installTranslators(parser.value(language));
    Oxa::ThemeChoice chosen = Oxa::Appearance::themeSetting();
    if (parser.value(theme) == u"light")
        chosen = Oxa::ThemeChoice::Light;
    else if (parser.value(theme) == u"dark")
        chosen = Oxa::ThemeChoice::Dark;
    else if (parser.value(theme) == u"system")
        chosen = Oxa::ThemeChoice::System;
    Oxa::Appearance::applyTheme(chosen);

    Oxa::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openLocation(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
