// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// oxa-cli mock DOCUMENT: serves a description as a mock back-end on loopback.
#include "cli/documentcommand.h"
#include "mock/demo.h"
#include "mock/mockbackend.h"
#include "schema/schemaset.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace Oxa::Cli {

namespace {

class MockCommand final : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("mock"); }

    int run(const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Serves an OpenAPI description as a mock back-end: requests are checked against "
               "their operation, answers come from the document's examples or are generated from "
               "its schemas. One line per request is printed. Stop it with Ctrl+C."));
        const QCommandLineOption port(QStringLiteral("port"),
                                      tr("The port (default 4010; 0 picks a free one)."),
                                      tr("port"),
                                      QStringLiteral("4010"));
        const QCommandLineOption host(QStringLiteral("host"),
                                      tr("The address to listen on (default 127.0.0.1). Another "
                                         "address exposes the mock to the network."),
                                      tr("address"),
                                      QStringLiteral("127.0.0.1"));
        const QCommandLineOption seed(QStringLiteral("seed"),
                                      tr("Seed of the generated values (default 1)."),
                                      tr("number"),
                                      QStringLiteral("1"));
        const QCommandLineOption latency(QStringLiteral("latency"),
                                         tr("Delay before each answer, in milliseconds."),
                                         tr("ms"));
        const QCommandLineOption stateful(QStringLiteral("stateful"),
                                          tr("Keep what is created: it can be read back, changed "
                                             "and deleted by id."));
        const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                           tr("Share of requests answered 500 (0 to 1)."),
                                           tr("share"));
        const QCommandLineOption throttleRate(QStringLiteral("throttle-rate"),
                                              tr("Share of requests answered 429 with Retry-After "
                                                 "(0 to 1)."),
                                              tr("share"));
        const QCommandLineOption timeoutRate(QStringLiteral("timeout-rate"),
                                             tr("Share of requests never answered (0 to 1)."),
                                             tr("share"));
        const QCommandLineOption noValidation(QStringLiteral("no-validation"),
                                              tr("Answer requests without checking them."));
        const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Do not log requests."));
        parser.addOptions({port,
                           host,
                           seed,
                           latency,
                           stateful,
                           errorRate,
                           throttleRate,
                           timeoutRate,
                           noValidation,
                           quiet});
        m_builtIn = BuiltIn{QCommandLineOption(QStringLiteral("demo"),
                                               tr("Serve the console's demo back-end (stateful) "
                                                  "instead of a DOCUMENT; its key is \"%1\".")
                                                   .arg(QString::fromLatin1(Demo::key()))),
                            [] { return Demo::writeDocument(); }};
        if (const auto exit = load(parser,
                                   arguments,
                                   tr("Usage: oxa-cli mock DOCUMENT|--demo [--port N] [--seed S] "
                                      "[--latency MS] [--stateful]")))
            return *exit;
        const CatalogLoad &loaded = m_loaded;
        const bool demo = parser.isSet(m_builtIn->option);
        MockOptions options = demo ? Demo::serving() : MockOptions();
        options.stateful = options.stateful || parser.isSet(stateful);
        options.validateRequests = !parser.isSet(noValidation);
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usage(tr("--seed needs a whole number: %1").arg(parser.value(seed)));
        if (parser.isSet(latency)) {
            options.latencyMs = parser.value(latency).toInt(&ok);
            if (!ok || options.latencyMs < 0 || options.latencyMs > 600'000)
                return usage(
                    tr("--latency needs milliseconds, 0 to 600000: %1").arg(parser.value(latency)));
        }
        for (const auto &[option, target] : {std::pair{&errorRate, &options.errorRate},
                                             std::pair{&throttleRate, &options.throttleRate},
                                             std::pair{&timeoutRate, &options.timeoutRate}}) {
            if (!parser.isSet(*option))
                continue;
            *target = parser.value(*option).toDouble(&ok);
            if (!ok || *target < 0 || *target > 1)
                return usage(tr("--%1 needs a share between 0 and 1: %2")
                                 .arg(option->names().constFirst(), parser.value(*option)));
        }
        if (options.errorRate + options.throttleRate + options.timeoutRate > 1)
            return usage(tr("The error, throttle and timeout rates add up to more than 1."));
        const uint portValue = parser.value(port).toUInt(&ok);
        if (!ok || portValue > 65535)
            return usage(tr("--port needs a number from 0 to 65535: %1").arg(parser.value(port)));
        const auto portNumber = quint16(portValue);
        const QHostAddress address(parser.value(host));
        if (address.isNull())
            return usage(tr("--host needs an IP address: %1").arg(parser.value(host)));

        auto schemas = std::make_shared<SchemaSet>(loaded.catalog->documentPointer());
        MockBackend backend(loaded.catalog, schemas, options);
        const auto listening = backend.listen(address, portNumber);
        if (!listening) {
            print(stderr, listening.error().message + u'\n');
            return ExitTransport;
        }
        const Catalog &catalog = *loaded.catalog;
        const int errors = int(countSeverity(loaded.diagnostics, Diagnostic::Severity::Error));
        if (errors)
            print(stderr,
                  tr("%1: %n error(s) in the document; oxa-cli validate lists them.",
                     nullptr,
                     errors)
                          .arg(m_location)
                      + u'\n');
        if (!address.isLoopback())
            print(stderr,
                  tr("Warning: listening on %1, other machines can reach this mock.")
                          .arg(address.toString())
                      + u'\n');
        const QString title = catalog.info().title.isEmpty() ? m_location : catalog.info().title;
        const QString description = backend.baseUrl().toString() + QStringLiteral("/openapi.json");
        const bool json = parser.isSet(m_json);
        if (json) {
            // JSON Lines: this line, then one per request.
            write(stdout,
                  QJsonDocument(
                      QJsonObject{{QStringLiteral("serving"), title},
                                  {QStringLiteral("operations"), int(catalog.operations().size())},
                                  {QStringLiteral("url"), backend.baseUrl().toString()},
                                  {QStringLiteral("description"), description}})
                          .toJson(QJsonDocument::Compact)
                      + '\n');
        } else {
            print(stdout,
                  tr("Serving %1 (%n operation(s)) at %2", nullptr, int(catalog.operations().size()))
                          .arg(title, backend.baseUrl().toString())
                      + u'\n' + tr("Its description: %1").arg(description) + u'\n');
        }
        if (!parser.isSet(quiet)) {
            QObject::connect(
                &backend, &MockBackend::served, &backend, [json](const MockLogEntry &entry) {
                    if (json)
                        write(stdout,
                              QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
                    else
                        print(stdout, entry.line() + u'\n');
                });
        }
        return QCoreApplication::exec();
    }
};

} // namespace

std::unique_ptr<Command> makeMockCommand()
{
    return std::make_unique<MockCommand>();
}

} // namespace Oxa::Cli
