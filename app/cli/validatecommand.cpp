// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-cli validate DOCUMENT: every diagnostic; exit 0, 1 (errors) or 2 (unreadable).
#include "catalog/catalogreport.h"
#include "cli/documentcommand.h"
#include "cli/sourceoptions.h"
#include "workflow/workflowsources.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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
        parser.setApplicationDescription(tr(
            "Lists every diagnostic of an OpenAPI description, or of an Arazzo workflow document "
            "(its structure, its meaning, and whether each step resolves against its sources). "
            "Exit status: 0 without errors, 1 when it loaded with errors, 2 when it could not be "
            "loaded."));
        const QCommandLineOption allNotes(QStringLiteral("all-notes"),
                                          tr("List every note, not a count per kind."));
        parser.addOption(allNotes);
        const SourceOptions sourceFlags;
        sourceFlags.addOptions(parser);
        if (const auto exit
            = load(parser,
                   arguments,
                   tr("Usage: oxa-cli validate DOCUMENT [--json] [--allow-remote-refs]"),
                   1,
                   false))
            return *exit;
        if (!m_loaded.catalog && isArazzo(m_location)) {
            WorkflowSourceOptions options;
            options.load = *loadOptions(parser);
            if (const auto exit = sourceFlags.apply(parser, options))
                return *exit;
            return validateArazzo(options, parser.isSet(m_json), parser.isSet(allNotes));
        }
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

private:
    static bool isArazzo(const QString &location)
    {
        QFile file(SpecLoader::urlFromLocation(location).toLocalFile());
        return file.open(QIODevice::ReadOnly)
               && ArazzoDocument::looksLikeArazzo(file.read(64 * 1024));
    }

    int validateArazzo(const WorkflowSourceOptions &options, bool json, bool allNotes)
    {
        const auto loaded = ArazzoDocument::load(m_location, options.load);
        Diagnostics diagnostics = loaded.diagnostics;
        if (loaded.document)
            diagnostics += WorkflowSources::load(loaded.document, options)->diagnostics();
        sortDiagnostics(diagnostics);
        const bool ok = bool(loaded.document);
        const int workflows = ok ? int(loaded.document->workflows().size()) : 0;
        if (json) {
            QJsonObject report
                = QJsonDocument::fromJson(CatalogReport::diagnosticsJson(ok, 0, diagnostics))
                      .object();
            report.remove(QStringLiteral("operations"));
            report.insert(QStringLiteral("kind"), QStringLiteral("arazzo"));
            report.insert(QStringLiteral("workflows"), workflows);
            writeLine(stdout, QJsonDocument(report).toJson(QJsonDocument::Compact));
        } else {
            print(stdout,
                  CatalogReport::diagnosticsText(m_location,
                                                 ok,
                                                 0,
                                                 diagnostics,
                                                 allNotes,
                                                 tr("%n workflow(s)", nullptr, workflows)));
        }
        if (!ok)
            return ExitNotLoaded;
        return countSeverity(diagnostics, Diagnostic::Severity::Error) > 0 ? ExitLoadedWithErrors
                                                                           : ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeValidateCommand()
{
    return std::make_unique<ValidateCommand>();
}

} // namespace Oxa::Cli
