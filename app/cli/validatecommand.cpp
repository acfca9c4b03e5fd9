// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-cli validate DOCUMENT: every diagnostic; exit 0, 1 (errors) or 2 (unreadable).
#include "catalog/catalogreport.h"
#include "cli/documentcommand.h"

namespace Oxa::Cli {

namespace {

class ValidateCommand final : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("validate"); }

    int run(const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Lists every diagnostic of an OpenAPI description. Exit status: 0 "
               "without errors, 1 when it loaded with errors, 2 when it could not be "
               "loaded."));
        const QCommandLineOption allNotes(QStringLiteral("all-notes"),
                                          tr("List every note, not a count per kind."));
        parser.addOption(allNotes);
        if (const auto exit
            = load(parser,
                   arguments,
                   tr("Usage: oxa-cli validate DOCUMENT [--json] [--allow-remote-refs]"),
                   1,
                   false))
            return *exit;
        const bool ok = bool(m_loaded.catalog);
        const qsizetype operations = ok ? m_loaded.catalog->operations().size() : 0;
        if (parser.isSet(m_json))
            writeLine(stdout, CatalogReport::diagnosticsJson(ok, operations, m_loaded.diagnostics));
        else
            print(stdout,
                  CatalogReport::diagnosticsText(m_location,
                                                 ok,
                                                 operations,
                                                 m_loaded.diagnostics,
                                                 parser.isSet(allNotes)));
        if (!ok)
            return ExitNotLoaded;
        return countSeverity(m_loaded.diagnostics, Diagnostic::Severity::Error) > 0
                   ? ExitLoadedWithErrors
                   : ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeValidateCommand()
{
    return std::make_unique<ValidateCommand>();
}

} // namespace Oxa::Cli
