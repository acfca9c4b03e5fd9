// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "command.h"

namespace Oxa::Cli {

void Command::write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Command::writeLine(FILE *stream, const QByteArray &bytes)
{
    write(stream, bytes.endsWith('\n') ? bytes : bytes + '\n');
}

void Command::print(FILE *stream, const QString &text)
{
    write(stream, text.toUtf8());
}

QString Command::helpText(const QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(u'\n');
    const QString first = text.left(end);
    const qsizetype options = first.indexOf(QStringLiteral(" [options]"));
    if (first.startsWith(QStringLiteral("Usage: ")) && options > 0)
        text.replace(7, options - 7, QStringLiteral("oxa-cli ") + name());
    return text;
}

int Command::usage(const QString &message)
{
    print(stderr, message + u'\n');
    return ExitUsage;
}

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(makeInspectCommand());
    all.push_back(makeValidateCommand());
    all.push_back(makeCallCommand());
    all.push_back(makeRunCommand());
    all.push_back(makeAuditCommand());
    all.push_back(makeMockCommand());
    return all;
}

} // namespace Oxa::Cli
