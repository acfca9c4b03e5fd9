// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// oxa-cli is a table of commands: each one a file of its own (inspectcommand.cpp…), built on
// Command (name, help, exit statuses) or DocumentCommand (a command that loads a description).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <vector>

namespace Oxa::Cli {

/** Exit statuses, stable for scripts. */
enum Exit : int {
    ExitOk = 0,
    ExitLoadedWithErrors = 1, ///< validate: errors; audit verify: a broken chain
    ExitNotLoaded = 2,        ///< the document or log could not be read
    ExitClientError = 3,      ///< call: a 4xx answer, or values refused before sending
    ExitServerError = 4,      ///< call: a 5xx answer
    ExitTransport = 5,        ///< call: no answer (network, deadline, TLS); mock: cannot listen
    ExitRefused = 6,          ///< call: a call that must be confirmed, without --yes
    ExitUsage = 64,           ///< the command line is wrong
};

/** One command of oxa-cli. */
class Command
{
public:
    virtual ~Command() = default;
    /** The word that names it ("inspect"). */
    virtual QString name() const = 0;
    /** Runs it; `arguments` start with the program's name, the command's word removed. */
    virtual int run(const QStringList &arguments) = 0;

    static void write(FILE *stream, const QByteArray &bytes);
    static void print(FILE *stream, const QString &text);
    /** Writes the bytes and ends their line, if they do not end it already (JSON output). */
    static void writeLine(FILE *stream, const QByteArray &bytes);
    /** Prints `message` to the standard error and gives ExitUsage. */
    static int usage(const QString &message);
    /**
     * The parser's help with its usage line naming the command as it is typed
     * ("Usage: oxa-cli call [options] document operation"), not the program's path.
     */
    QString helpText(const QCommandLineParser &parser) const;
};

/** The commands, in the order oxa-cli --help lists them. */
std::vector<std::unique_ptr<Command>> commands();

std::unique_ptr<Command> makeInspectCommand();
std::unique_ptr<Command> makeValidateCommand();
std::unique_ptr<Command> makeCallCommand();
std::unique_ptr<Command> makeRunCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeMockCommand();

} // namespace Oxa::Cli
