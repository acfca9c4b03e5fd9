// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "command.h"

namespace Oxa::Cli {

void Command::write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Command::print(FILE *stream, const QString &text)
{
    write(stream, text.toUtf8());
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
    all.push_back(makeAuditCommand());
    all.push_back(makeMockCommand());
    return all;
}

} // namespace Oxa::Cli
