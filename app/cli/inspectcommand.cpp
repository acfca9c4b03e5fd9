// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-cli inspect DOCUMENT: the operations, their capability and risk.
#include "catalog/catalogreport.h"
#include "cli/documentcommand.h"

namespace Oxa::Cli {

namespace {

class InspectCommand final : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("inspect"); }

    int run(const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Prints the operations of an OpenAPI description: method, path, "
               "parameters, bodies, responses, OXA capability and risk."));
        if (const auto exit
            = load(parser,
                   arguments,
                   tr("Usage: oxa-cli inspect DOCUMENT [--json] [--allow-remote-refs]")))
            return *exit;
        if (parser.isSet(m_json))
            writeLine(stdout, CatalogReport::catalogJson(*m_loaded.catalog));
        else
            print(stdout, CatalogReport::catalogText(*m_loaded.catalog, m_loaded.diagnostics));
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeInspectCommand()
{
    return std::make_unique<InspectCommand>();
}

} // namespace Oxa::Cli
