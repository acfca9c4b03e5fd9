// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/catalog.h"
#include "cli/command.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>
#include <optional>

namespace Oxa::Cli {

/**
 * A command that loads a description first: the loading options (--json, the reference
 * policy, every limit) declared once, the arguments parsed, --help answered, the document
 * loaded, and its diagnostics printed when it could not be.
 */
class DocumentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

protected:
    DocumentCommand();

    /**
     * Adds the loading options to `parser`, parses `arguments` (`positionals` of them, the
     * document first) and loads the document. An exit status when the command cannot go on:
     * a usage error, --help answered, or a document that could not be loaded (with
     * `needCatalog`, its diagnostics printed).
     */
    std::optional<int> load(QCommandLineParser &parser,
                            const QStringList &arguments,
                            const QString &usageLine,
                            int positionals = 1,
                            bool needCatalog = true,
                            const QList<std::pair<QString, QString>> &afterDocument = {});

    /** A built-in document the command may load instead of a DOCUMENT argument. */
    struct BuiltIn
    {
        QCommandLineOption option;                ///< which asks for it (--demo)
        std::function<Result<QString>()> written; ///< writes it out, gives its path
    };
    /** With it, load() takes the built-in document when its option is set. */
    std::optional<BuiltIn> m_builtIn;
    /** The loading options as given; nothing (after saying why) when one is wrong. */
    std::optional<LoadOptions> loadOptions(const QCommandLineParser &parser) const;

    QString m_location; ///< the document as given
    CatalogLoad m_loaded;

    QCommandLineOption m_json;
    QCommandLineOption m_remote;
    QCommandLineOption m_outside;
    QCommandLineOption m_maxSize;
    QCommandLineOption m_maxDepth;
    QCommandLineOption m_maxAliases;
    QCommandLineOption m_maxRefHops;
    QCommandLineOption m_maxOperations;
    QCommandLineOption m_maxDocuments;
    QCommandLineOption m_timeout;
};

} // namespace Oxa::Cli
