// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-cli audit verify|export [LOG]: the audit log's chain checked, or the log exported.
#include "cli/command.h"
#include "history/auditlog.h"

#include <QCommandLineParser>
#include <QFile>

namespace Oxa::Cli {

namespace {

class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("audit"); }

    int run(const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr(
            "Checks or exports the audit log of calls that change something. verify: exit 0 when "
            "every entry chains to the one before it, 1 when an entry was changed, inserted or "
            "deleted. export: the entries as JSON Lines, or CSV with --csv."));
        parser.addHelpOption();
        const QCommandLineOption csv(QStringLiteral("csv"), tr("Export as CSV."));
        parser.addOption(csv);
        parser.addPositionalArgument(QStringLiteral("action"), tr("verify or export."));
        parser.addPositionalArgument(QStringLiteral("log"),
                                     tr("The audit log (default %1).").arg(AuditLog::defaultPath()));
        if (!parser.parse(arguments))
            return usage(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            print(stdout, helpText(parser));
            return ExitOk;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty() || positional.size() > 2
            || (positional.first() != u"verify" && positional.first() != u"export"))
            return usage(tr("Usage: oxa-cli audit verify|export [LOG] [--csv]"));
        const QString path = positional.value(1, AuditLog::defaultPath());
        if (positional.first() == u"export") {
            if (parser.isSet(csv)) {
                const auto text = AuditLog::toCsv(path);
                if (!text) {
                    print(stderr, text.error().message + u'\n');
                    return ExitNotLoaded;
                }
                write(stdout, *text);
                return ExitOk;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                print(stderr,
                      tr("Cannot read the audit log %1: %2").arg(path, file.errorString()) + u'\n');
                return ExitNotLoaded;
            }
            write(stdout, file.readAll());
            return ExitOk;
        }
        const AuditVerification v = AuditLog::verify(path);
        if (v.firstBroken == 0) {
            print(stderr, v.problem + u'\n');
            return ExitNotLoaded;
        }
        if (!v.ok()) {
            print(stdout, v.problem + u'\n');
            return ExitLoadedWithErrors;
        }
        print(stdout,
              tr("%1: %n entries, the chain holds.", nullptr, int(v.entries)).arg(path)
                  + (v.incompleteTail
                         ? u' ' + tr("The last line was cut by a crash; it never completed.")
                         : QString())
                  + u'\n');
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace Oxa::Cli
