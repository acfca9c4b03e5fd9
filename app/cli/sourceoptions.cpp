// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "sourceoptions.h"

#include "cli/command.h"

namespace Oxa::Cli {

SourceOptions::SourceOptions()
    : m_source(QStringLiteral("source"),
               tr("Read a source description from here instead of its url: NAME=FILE or NAME=URL."),
               tr("name=location"))
    , m_remote(QStringLiteral("allow-remote-sources"),
               tr("Read source descriptions at http(s) URLs the workflow names."))
    , m_outside(QStringLiteral("allow-outside-sources"),
                tr("Read source descriptions outside the workflow file's folder."))
{}

void SourceOptions::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_source, m_remote, m_outside});
}

std::optional<int> SourceOptions::apply(const QCommandLineParser &parser,
                                        WorkflowSourceOptions &options) const
{
    options.allowRemoteSources = parser.isSet(m_remote);
    options.allowSourcesOutsideFolder = parser.isSet(m_outside);
    for (const QString &pair : parser.values(m_source)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return Command::usage(tr("--source needs NAME=LOCATION: %1").arg(pair));
        options.locations.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return std::nullopt;
}

} // namespace Oxa::Cli
