// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "appearance.h"
#include "consoleservices.h"
#include "core/application.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Oxa::Application::setIdentity(Oxa::Application::settingsName());
    Oxa::Application::gatherDataFolder(); // before anything reads or writes there
    QApplication::setApplicationDisplayName(Oxa::Application::organizationName());
    QApplication::setDesktopFileName(QStringLiteral("org.oxaconsole.OxaConsole"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.oxaconsole.OxaConsole"),
                         QIcon(QStringLiteral(":/oxa/icons/org.oxaconsole.OxaConsole.svg"))));

    // The language is read first, so that --help speaks it too.
    const QString languageName = QStringLiteral("language");
    QCommandLineParser early;
    early.addOption(QCommandLineOption(languageName, QString(), QStringLiteral("code")));
    (void)early.parse(QApplication::arguments()); // other options are the real parser's business
    Oxa::Appearance::installTranslators(early.value(languageName));

    auto text = [](const char *source) { return QCoreApplication::translate("console", source); };
    QCommandLineParser parser;
    parser.setApplicationDescription(text(
        QT_TRANSLATE_NOOP("console",
                          "A desktop console for the back-ends of the Open XDR Architecture.")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption
        language(languageName,
                 text(QT_TRANSLATE_NOOP("console",
                                        "Use this language (en, fr) instead of the setting.")),
                 text(QT_TRANSLATE_NOOP("console", "code")));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        text(QT_TRANSLATE_NOOP("console",
                               "Use this theme (system, light, dark) instead of the setting.")),
        text(QT_TRANSLATE_NOOP("console", "name")));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        text(QT_TRANSLATE_NOOP("console",
                               "Start the built-in demo back-end, open it and show the tour.")));
    parser.addOption(language);
    parser.addOption(theme);
    parser.addOption(demo);
    parser.addPositionalArgument(
        text(QT_TRANSLATE_NOOP("console", "document")),
        text(QT_TRANSLATE_NOOP("console",
                               "An OpenAPI description (file or URL), or a back-end's base URL.")),
        text(QT_TRANSLATE_NOOP("console", "[DOC_OR_URL]")));
    parser.process(app);

    Oxa::ThemeChoice chosen = Oxa::Appearance::themeSetting();
    if (parser.value(theme) == u"light")
        chosen = Oxa::ThemeChoice::Light;
    else if (parser.value(theme) == u"dark")
        chosen = Oxa::ThemeChoice::Dark;
    else if (parser.value(theme) == u"system")
        chosen = Oxa::ThemeChoice::System;
    Oxa::Appearance::applyTheme(chosen);

    // The services outlive the window: declared before it, destroyed after it.
    const Oxa::StandardServices services;
    Oxa::MainWindow window(services.handles());
    window.show();
    if (parser.isSet(demo))
        window.startDemo();
    else if (!parser.positionalArguments().isEmpty())
        window.openLocation(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
