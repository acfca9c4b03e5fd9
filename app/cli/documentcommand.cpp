// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "documentcommand.h"

#include "catalog/catalogreport.h"

namespace Oxa::Cli {

DocumentCommand::DocumentCommand()
    : m_json(QStringLiteral("json"), tr("Print JSON instead of text."))
    , m_remote(QStringLiteral("allow-remote-refs"),
               tr("Follow references to http(s) URLs (otherwise only files beside the "
                  "document are read)."))
    , m_outside(QStringLiteral("allow-outside-refs"),
                tr("Follow references to local files outside the document's folder."))
    , m_maxSize(QStringLiteral("max-size"),
                tr("Largest document, in bytes (default %1).").arg(LoadLimits{}.maxDocumentBytes),
                tr("bytes"))
    , m_maxDepth(QStringLiteral("max-depth"),
                 tr("Deepest nesting (default %1).").arg(LoadLimits{}.maxDepth),
                 tr("levels"))
    , m_maxAliases(QStringLiteral("max-aliases"),
                   tr("Most nodes YAML aliases may add (default %1).")
                       .arg(LoadLimits{}.maxAliasExpansion),
                   tr("nodes"))
    , m_maxRefHops(QStringLiteral("max-ref-hops"),
                   tr("Longest chain of references (default %1).").arg(LoadLimits{}.maxRefHops),
                   tr("hops"))
    , m_maxOperations(QStringLiteral("max-operations"),
                      tr("Most operations (default %1).").arg(LoadLimits{}.maxOperations),
                      tr("count"))
    , m_maxDocuments(QStringLiteral("max-documents"),
                     tr("Most referenced documents (default %1).")
                         .arg(LoadLimits{}.maxReferencedDocuments),
                     tr("count"))
    , m_timeout(QStringLiteral("timeout"),
                tr("Seconds to wait for a remote document (default %1).")
                    .arg(LoadLimits{}.networkTimeoutSeconds),
                tr("seconds"))
{}

std::optional<LoadOptions> DocumentCommand::loadOptions(const QCommandLineParser &parser) const
{
    LoadOptions options;
    options.allowRemoteRefs = parser.isSet(m_remote);
    options.allowFilesOutsideFolder = parser.isSet(m_outside);
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, auto &target) {
        if (!parser.isSet(option))
            return;
        bool valid = false;
        const qlonglong value = parser.value(option).toLongLong(&valid);
        if (!valid || value <= 0) {
            print(stderr,
                  tr("--%1 needs a positive number").arg(option.names().constFirst()) + u'\n');
            ok = false;
            return;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
    };
    number(m_maxSize, options.limits.maxDocumentBytes);
    number(m_maxDepth, options.limits.maxDepth);
    number(m_maxAliases, options.limits.maxAliasExpansion);
    number(m_maxRefHops, options.limits.maxRefHops);
    number(m_maxOperations, options.limits.maxOperations);
    number(m_maxDocuments, options.limits.maxReferencedDocuments);
    number(m_timeout, options.limits.networkTimeoutSeconds);
    if (!ok)
        return std::nullopt;
    return options;
}

std::optional<int> DocumentCommand::load(QCommandLineParser &parser,
                                         const QStringList &arguments,
                                         const QString &usageLine,
                                         int positionals,
                                         bool needCatalog,
                                         const QList<std::pair<QString, QString>> &afterDocument)
{
    parser.addHelpOption();
    parser.addOptions({m_json,
                       m_remote,
                       m_outside,
                       m_maxSize,
                       m_maxDepth,
                       m_maxAliases,
                       m_maxRefHops,
                       m_maxOperations,
                       m_maxDocuments,
                       m_timeout});
    if (m_builtIn)
        parser.addOption(m_builtIn->option);
    parser.addPositionalArgument(QStringLiteral("document"), tr("A file path or an http(s) URL."));
    for (const auto &[name, description] : afterDocument)
        parser.addPositionalArgument(name, description);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, helpText(parser));
        return ExitOk;
    }
    const bool builtIn = m_builtIn && parser.isSet(m_builtIn->option);
    if (parser.positionalArguments().size() != positionals - (builtIn ? 1 : 0))
        return usage(usageLine);
    const auto options = loadOptions(parser);
    if (!options)
        return ExitUsage;
    if (builtIn) {
        const auto written = m_builtIn->written();
        if (!written) {
            print(stderr, written.error().message + u'\n');
            return ExitNotLoaded;
        }
        m_location = *written;
    } else {
        m_location = parser.positionalArguments().constFirst();
    }
    m_loaded = Catalog::load(m_location, *options);
    if (needCatalog && !m_loaded.catalog) {
        print(stderr,
              CatalogReport::diagnosticsText(m_location, false, 0, m_loaded.diagnostics, false));
        return ExitNotLoaded;
    }
    return std::nullopt;
}

} // namespace Oxa::Cli
