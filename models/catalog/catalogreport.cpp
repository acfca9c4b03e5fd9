// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalogreport.h"

#include "catalog/catalog.h"
#include "core/jsonwriter.h"

#include <QMap>

namespace Oxa {

namespace {

/** "12 errors, 1 warning, 0 notes", plural forms included. */
QString severityCounts(const Diagnostics &diagnostics)
{
    return CatalogReport::tr("%n error(s)",
                             nullptr,
                             int(countSeverity(diagnostics, Diagnostic::Severity::Error)))
           + QStringLiteral(", ")
           + CatalogReport::tr("%n warning(s)",
                               nullptr,
                               int(countSeverity(diagnostics, Diagnostic::Severity::Warning)))
           + QStringLiteral(", ")
           + CatalogReport::tr("%n note(s)",
                               nullptr,
                               int(countSeverity(diagnostics, Diagnostic::Severity::Info)));
}

} // namespace

QByteArray CatalogReport::catalogJson(const Catalog &catalog)
{
    JsonWriter out;
    auto strings = [&out](std::string_view key, const QStringList &items) {
        out.key(key);
        out.beginArray();
        for (const QString &item : items)
            out.value(item);
        out.endArray();
    };
    QStringList servers;
    for (const Server &server : catalog.servers())
        servers << server.url;
    QStringList schemes;
    for (const SecurityScheme &scheme : catalog.securitySchemes())
        schemes << scheme.name;

    out.beginObject();
    out.key("version");
    out.value(catalog.info().specVersionText);
    out.key("title");
    out.value(catalog.info().title);
    strings("servers", servers);
    strings("securitySchemes", schemes);
    out.key("operations");
    out.beginArray();
    for (const Operation &operation : catalog.operations()) {
        out.beginObject();
        out.key("method");
        out.value(operation.method);
        out.key("path");
        out.value(operation.path);
        // As written, so that a workflow written against it is found by other runners too;
        // the name given here to an operation without one is under a key of its own.
        out.key("operationId");
        if (operation.operationIdSynthesised) {
            out.null();
            out.key("synthesizedOperationId");
        }
        out.value(operation.operationId);
        strings("tags", operation.tags);
        out.key("parameters");
        out.beginArray();
        for (const Parameter &parameter : operation.parameters) {
            out.beginObject();
            out.key("name");
            out.value(parameter.name);
            out.key("in");
            out.value(std::string_view(parameterLocationName(parameter.location)));
            out.key("required");
            out.value(parameter.required);
            out.endObject();
        }
        out.endArray();
        strings("requestBodyContentTypes", operation.requestBodyContentTypes());
        strings("responseCodes", operation.responseCodes());
        out.key("capability");
        out.value(std::string_view(capabilityName(operation.capability)));
        out.key("risk");
        out.value(std::string_view(riskName(operation.risk)));
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.finish();
}

QString CatalogReport::catalogText(const Catalog &catalog, const Diagnostics &diagnostics)
{
    const DocumentInfo &info = catalog.info();
    QString out;
    const QString kind = info.specVersion == SpecVersion::Swagger20
                             ? tr("Swagger %1").arg(info.specVersionText)
                             : tr("OpenAPI %1").arg(info.specVersionText);
    out += tr("%1 %2 (%3)")
               .arg(info.title.isEmpty() ? tr("Untitled") : info.title, info.version, kind)
           + u'\n';
    QStringList servers;
    for (const Server &server : catalog.servers())
        servers << (server.url.isEmpty() ? tr("\"\" (relative to the document)") : server.url);
    out += tr("Servers: %1").arg(servers.isEmpty() ? tr("none declared") : servers.join(u", "))
           + u'\n';
    QStringList schemes;
    for (const SecurityScheme &scheme : catalog.securitySchemes())
        schemes << QStringLiteral("%1 (%2)").arg(scheme.name,
                                                 scheme.scheme.isEmpty() ? scheme.type
                                                                         : scheme.scheme);
    out += tr("Security schemes: %1")
               .arg(schemes.isEmpty() ? tr("none declared") : schemes.join(u", "))
           + u'\n';

    const QList<Operation> &operations = catalog.operations();
    QMap<int, int> capabilities;
    QMap<int, int> risks;
    int deprecated = 0;
    for (const Operation &operation : operations) {
        ++capabilities[int(operation.capability)];
        ++risks[int(operation.risk)];
        deprecated += operation.deprecated ? 1 : 0;
    }
    QStringList capabilityCounts;
    for (auto it = capabilities.cbegin(); it != capabilities.cend(); ++it)
        capabilityCounts << QStringLiteral("%1 %2")
                                .arg(it.value())
                                .arg(QLatin1String(capabilityName(Capability(it.key()))));
    QStringList riskCounts;
    for (auto it = risks.cbegin(); it != risks.cend(); ++it)
        riskCounts
            << QStringLiteral("%1 %2").arg(it.value()).arg(QLatin1String(riskName(Risk(it.key()))));
    out += tr("%n operation(s)", nullptr, int(operations.size()));
    if (!operations.isEmpty())
        out += tr(": %1; risk: %2").arg(capabilityCounts.join(u", "), riskCounts.join(u", "));
    if (deprecated)
        out += tr("; %n deprecated", nullptr, deprecated);
    if (!catalog.webhooks().isEmpty())
        out += tr("; %n webhook(s)", nullptr, int(catalog.webhooks().size()));
    out += u'\n';
    out += tr("Diagnostics: %1").arg(severityCounts(diagnostics)) + u'\n';
    out += u'\n';

    qsizetype pathWidth = 4;
    qsizetype idWidth = 11;
    for (const Operation &operation : operations) {
        pathWidth = std::max(pathWidth, std::min<qsizetype>(operation.path.size(), 60));
        idWidth = std::max(idWidth, std::min<qsizetype>(operation.operationId.size(), 48));
    }
    for (const Operation &operation : operations) {
        QString line
            = operation.method.leftJustified(8) + operation.path.leftJustified(pathWidth) + u"  "
              + operation.operationId.leftJustified(idWidth) + u"  "
              + QLatin1String(capabilityName(operation.capability)).toString().leftJustified(15)
              + QLatin1String(riskName(operation.risk)).toString().leftJustified(12)
              + operation.summary;
        if (operation.deprecated)
            line += tr(" (deprecated)");
        out += line.trimmed() + u'\n';
    }
    return out;
}

QByteArray CatalogReport::diagnosticsJson(bool loaded,
                                          qsizetype operations,
                                          const Diagnostics &diagnostics)
{
    JsonWriter out;
    out.beginObject();
    out.key("loaded");
    out.value(loaded);
    out.key("operations");
    out.value(qint64(operations));
    out.key("diagnostics");
    out.beginArray();
    for (const Diagnostic &diagnostic : diagnostics) {
        out.beginObject();
        out.key("severity");
        out.value(std::string_view(severityName(diagnostic.severity)));
        out.key("message");
        out.value(diagnostic.message);
        out.key("pointer");
        out.value(diagnostic.pointer);
        if (diagnostic.line > 0) {
            out.key("line");
            out.value(diagnostic.line);
            out.key("column");
            out.value(diagnostic.column);
        }
        out.key("code");
        out.value(std::string_view(codeName(diagnostic.code)));
        if (!diagnostic.source.isEmpty()) {
            out.key("source");
            out.value(diagnostic.source);
        }
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.finish();
}

QString CatalogReport::diagnosticsText(const QString &documentName,
                                       bool loaded,
                                       qsizetype operations,
                                       const Diagnostics &diagnostics,
                                       bool allNotes,
                                       const QString &contents)
{
    QString out;
    QMap<QString, QPair<int, QString>> notes; // code → count, first message
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Diagnostic::Severity::Info && !allNotes) {
            auto &entry = notes[QLatin1String(codeName(diagnostic.code))];
            if (entry.first++ == 0)
                entry.second = diagnostic.message;
            continue;
        }
        QString where = diagnostic.source.isEmpty() ? documentName : diagnostic.source;
        if (diagnostic.line > 0)
            where += QStringLiteral(":%1:%2").arg(diagnostic.line).arg(diagnostic.column);
        out += QStringLiteral("%1: %2: %3 [%4]\n")
                   .arg(where,
                        severityText(diagnostic.severity),
                        diagnostic.message,
                        QLatin1String(codeName(diagnostic.code)));
        if (!diagnostic.pointer.isEmpty())
            out += tr("    at %1").arg(diagnostic.pointer) + u'\n';
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        out += it.value().first == 1
                   ? tr("note: %1 [%2]").arg(it.value().second, it.key()) + u'\n'
                   : tr("note: %1 notes like \"%2\" [%3] (--all-notes lists them)")
                             .arg(it.value().first)
                             .arg(it.value().second, it.key())
                         + u'\n';
    }
    const QString counts = severityCounts(diagnostics);
    if (!loaded)
        out += tr("%1: could not be loaded; %2").arg(documentName, counts);
    else if (!contents.isEmpty())
        out += tr("%1: loaded, %2; %3").arg(documentName, contents, counts);
    else
        out += tr("%1: loaded, %n operation(s); %2", nullptr, int(operations))
                   .arg(documentName, counts);
    out += u'\n';
    return out;
}

} // namespace Oxa
