// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-cli: main() and the table of commands; each command is a file of app/cli/.
#include "cli/command.h"
#include "core/application.h"
#include "core/fuzzymatch.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Oxa::Cli;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &arguments);
};

int Cli::run(const QStringList &arguments)
{
    const QString help
        = tr("Usage: oxa-cli COMMAND [options]\n\n"
             "Commands:\n"
             "  inspect DOCUMENT   list the operations of an OpenAPI description\n"
             "  validate DOCUMENT  list its diagnostics (exit 0, 1 with errors, 2 unreadable)\n"
             "  call DOCUMENT OPERATION  call an operation and print its response\n"
             "  run WORKFLOW       run an Arazzo workflow, each step a call\n"
             "  audit verify|export [LOG]  check the audit log's chain, or export it\n"
             "  mock DOCUMENT      serve it as a mock back-end on loopback\n\n"
             "oxa-cli COMMAND --help describes the options of a command.\n");
    if (arguments.size() < 2)
        return Command::usage(help);
    const QString command = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    for (const auto &candidate : commands()) {
        if (candidate->name() == command)
            return candidate->run(rest);
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        Command::print(stdout, help);
        return ExitOk;
    }
    if (command == u"--version" || command == u"-v") {
        Command::print(stdout,
                       QStringLiteral("oxa-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    QStringList names;
    for (const auto &candidate : commands())
        names << candidate->name();
    const QStringList closest = Oxa::closestNames(command, names);
    if (!closest.isEmpty())
        return Command::usage(
            tr("Unknown command \"%1\". Did you mean %2?").arg(command, closest.join(tr(" or "))));
    return Command::usage(tr("Unknown command \"%1\".").arg(command) + u"\n\n" + help);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Oxa::Application::setIdentity(QStringLiteral("oxa-cli"));
    Oxa::Application::gatherDataFolder(); // the console's data, kept in one folder
    Oxa::Application::installTranslations(QLocale());
    return Cli::run(QCoreApplication::arguments());
}
