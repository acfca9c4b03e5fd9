// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalog.h"
#include "catalog/catalogreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Oxa;

namespace {

// Exit statuses, stable for scripts.
constexpr int ExitOk = 0;
constexpr int ExitLoadedWithErrors = 1;
constexpr int ExitNotLoaded = 2;
constexpr int ExitUsage = 64;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    int run(const QStringList &arguments);

private:
    struct Prepared
    {
        QString location;
        CatalogLoad loaded;
    };

    void addLoadOptions(QCommandLineParser &parser);
    /** Parses a command's arguments and loads its document; an exit status when it cannot go on. */
    std::optional<int> prepare(QCommandLineParser &parser,
                               const QStringList &arguments,
                               const QString &usageLine,
                               Prepared &prepared);
    std::optional<LoadOptions> loadOptions(const QCommandLineParser &parser);
    int inspect(const QStringList &arguments);
    int validate(const QStringList &arguments);
    int usage(const QString &message);
    static void write(FILE *stream, const QByteArray &bytes)
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
        std::fflush(stream);
    }
    static void print(FILE *stream, const QString &text) { write(stream, text.toUtf8()); }

    QCommandLineOption m_json{QStringLiteral("json"), tr("Print JSON instead of text.")};
    QCommandLineOption
        m_remote{QStringLiteral("allow-remote-refs"),
                 tr("Follow references to http(s) URLs (otherwise only files beside the "
                    "document are read).")};
    QCommandLineOption
        m_outside{QStringLiteral("allow-outside-refs"),
                  tr("Follow references to local files outside the document's folder.")};
    QCommandLineOption m_maxSize{QStringLiteral("max-size"),
                                 tr("Largest document, in bytes (default %1).")
                                     .arg(LoadLimits{}.maxDocumentBytes),
                                 tr("bytes")};
    QCommandLineOption m_maxDepth{QStringLiteral("max-depth"),
                                  tr("Deepest nesting (default %1).").arg(LoadLimits{}.maxDepth),
                                  tr("levels")};
    QCommandLineOption m_maxAliases{QStringLiteral("max-aliases"),
                                    tr("Most nodes YAML aliases may add (default %1).")
                                        .arg(LoadLimits{}.maxAliasExpansion),
                                    tr("nodes")};
    QCommandLineOption m_maxRefHops{QStringLiteral("max-ref-hops"),
                                    tr("Longest chain of references (default %1).")
                                        .arg(LoadLimits{}.maxRefHops),
                                    tr("hops")};
    QCommandLineOption m_maxOperations{QStringLiteral("max-operations"),
                                       tr("Most operations (default %1).")
                                           .arg(LoadLimits{}.maxOperations),
                                       tr("count")};
    QCommandLineOption m_maxDocuments{QStringLiteral("max-documents"),
                                      tr("Most referenced documents (default %1).")
                                          .arg(LoadLimits{}.maxReferencedDocuments),
                                      tr("count")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"),
                                 tr("Seconds to wait for a remote document (default %1).")
                                     .arg(LoadLimits{}.networkTimeoutSeconds),
                                 tr("seconds")};
    QCommandLineOption m_allNotes{QStringLiteral("all-notes"),
                                  tr("List every note, not a count per kind.")};
};

int Cli::usage(const QString &message)
{
    print(stderr, message + u'\n');
    return ExitUsage;
}

void Cli::addLoadOptions(QCommandLineParser &parser)
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
    parser.addPositionalArgument(QStringLiteral("document"), tr("A file path or an http(s) URL."));
}

std::optional<LoadOptions> Cli::loadOptions(const QCommandLineParser &parser)
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

std::optional<int> Cli::prepare(QCommandLineParser &parser,
                                const QStringList &arguments,
                                const QString &usageLine,
                                Prepared &prepared)
{
    addLoadOptions(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(usageLine);
    const auto options = loadOptions(parser);
    if (!options)
        return ExitUsage;
    prepared.location = parser.positionalArguments().constFirst();
    prepared.loaded = Catalog::load(prepared.location, *options);
    return std::nullopt;
}

int Cli::inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the operations of an OpenAPI description: method, path, "
           "parameters, bodies, responses, OXA capability and risk."));
    Prepared prepared;
    if (const auto exit
        = prepare(parser,
                  arguments,
                  tr("Usage: oxa-cli inspect DOCUMENT [--json] [--allow-remote-refs]"),
                  prepared))
        return *exit;
    const CatalogLoad &loaded = prepared.loaded;
    if (!loaded.catalog) {
        print(stderr,
              CatalogReport::diagnosticsText(prepared.location, false, 0, loaded.diagnostics, false));
        return ExitNotLoaded;
    }
    if (parser.isSet(m_json))
        write(stdout, CatalogReport::catalogJson(*loaded.catalog));
    else
        print(stdout, CatalogReport::catalogText(*loaded.catalog, loaded.diagnostics));
    return ExitOk;
}

int Cli::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists every diagnostic of an OpenAPI description. Exit status: 0 "
           "without errors, 1 when it loaded with errors, 2 when it could not be "
           "loaded."));
    parser.addOption(m_allNotes);
    Prepared prepared;
    if (const auto exit
        = prepare(parser,
                  arguments,
                  tr("Usage: oxa-cli validate DOCUMENT [--json] [--allow-remote-refs]"),
                  prepared))
        return *exit;
    const CatalogLoad &loaded = prepared.loaded;
    const bool ok = bool(loaded.catalog);
    const qsizetype operations = ok ? loaded.catalog->operations().size() : 0;
    if (parser.isSet(m_json))
        write(stdout, CatalogReport::diagnosticsJson(ok, operations, loaded.diagnostics));
    else
        print(stdout,
              CatalogReport::diagnosticsText(prepared.location,
                                             ok,
                                             operations,
                                             loaded.diagnostics,
                                             parser.isSet(m_allNotes)));
    if (!ok)
        return ExitNotLoaded;
    return countSeverity(loaded.diagnostics, Diagnostic::Severity::Error) > 0 ? ExitLoadedWithErrors
                                                                              : ExitOk;
}

int Cli::run(const QStringList &arguments)
{
    const QString help
        = tr("Usage: oxa-cli COMMAND [options]\n\n"
             "Commands:\n"
             "  inspect DOCUMENT   list the operations of an OpenAPI description\n"
             "  validate DOCUMENT  list its diagnostics (exit 0, 1 with errors, 2 unreadable)\n\n"
             "oxa-cli COMMAND --help describes the options of a command.\n");
    if (arguments.size() < 2)
        return usage(help);
    const QString command = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == u"inspect")
        return inspect(rest);
    if (command == u"validate")
        return validate(rest);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        print(stdout, help);
        return ExitOk;
    }
    if (command == u"--version" || command == u"-v") {
        print(stdout, QStringLiteral("oxa-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    return usage(tr("Unknown command \"%1\".").arg(command) + u"\n\n" + help);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oxa-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OXA_VERSION));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // Without a translation for the locale, English: its file spells the plural forms.
    if (translator.load(QLocale(),
                        QStringLiteral("oxa-console"),
                        QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/oxa-console_en.qm")))
        QCoreApplication::installTranslator(&translator);
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
