// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers shared by the document and catalog tests: documents written to a temporary folder,
// an in-memory fetcher for "remote" documents, and diagnostic queries.

#include "catalog/catalog.h"
#include "core/diagnostic.h"
#include "document/documentfetcher.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace OxaTest {

/** A JSON text as a tree (a response body in the results tests); fatal when it is not JSON. */
inline std::shared_ptr<const Oxa::JsonTree> jsonTree(const QByteArray &text)
{
    auto tree = std::make_shared<Oxa::JsonTree>(text, Oxa::SourceFormat::Json);
    Oxa::Diagnostics findings;
    if (!Oxa::JsonReader::read(*tree, Oxa::LoadLimits(), findings))
        qFatal("not JSON: %s", text.left(200).constData());
    return tree;
}

/** Every byte of every file under a folder, hidden ones included: where secrets are looked for. */
inline QByteArray allFilesUnder(const QString &folder)
{
    QByteArray out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            out += file.readAll();
    }
    return out;
}

/** A temporary folder to write documents into; `url(name)` is the file: URL of one. */
class DocumentFolder
{
public:
    DocumentFolder() { QVERIFY(m_dir.isValid()); }

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QUrl url(const QString &name) const { return QUrl::fromLocalFile(m_dir.filePath(name)); }

private:
    QTemporaryDir m_dir;
};

/** Serves documents from memory, and remembers what was asked. */
class MemoryFetcher final : public Oxa::DocumentFetcher
{
public:
    QHash<QUrl, QByteArray> documents;
    QList<QUrl> requested;

    Oxa::Result<Oxa::FetchedText> fetch(const QUrl &url,
                                        qint64 maxBytes,
                                        int,
                                        const std::atomic_bool *) override
    {
        requested.append(url);
        const auto it = documents.constFind(url);
        if (it == documents.cend())
            return Oxa::makeError(Oxa::Error::Code::Http,
                                  QStringLiteral("404 for %1").arg(url.toString()));
        if (it->size() > maxBytes)
            return Oxa::makeError(Oxa::Error::Code::Limit,
                                  QStringLiteral("too large"),
                                  -1,
                                  Oxa::DiagnosticCode::DocumentTooLarge);
        return Oxa::FetchedText{*it, url, QString()};
    }
};

inline qsizetype count(const Oxa::Diagnostics &diagnostics, Oxa::DiagnosticCode code)
{
    return std::count_if(diagnostics.cbegin(),
                         diagnostics.cend(),
                         [code](const Oxa::Diagnostic &d) { return d.code == code; });
}

inline const Oxa::Diagnostic *find(const Oxa::Diagnostics &diagnostics, Oxa::DiagnosticCode code)
{
    const auto it = std::find_if(diagnostics.cbegin(),
                                 diagnostics.cend(),
                                 [code](const Oxa::Diagnostic &d) { return d.code == code; });
    return it == diagnostics.cend() ? nullptr : &*it;
}

inline QString describe(const Oxa::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Oxa::Diagnostic &d : diagnostics)
        lines << QStringLiteral("%1 %2 %3 %4:%5 %6")
                     .arg(QLatin1String(Oxa::severityName(d.severity)),
                          QLatin1String(Oxa::codeName(d.code)),
                          d.pointer)
                     .arg(d.line)
                     .arg(d.column)
                     .arg(d.message);
    return lines.join(u'\n');
}

/** The OXA back-end description from ../shared, or an empty string when it is absent. */
inline QString oxaFixturePath()
{
    const QString path = QStringLiteral(OXA_SHARED_FIXTURES_DIR "/oxa/schema-oxa-backend.json");
    return QFileInfo::exists(path) ? path : QString();
}

/** The catalog of a document held in memory (named `name` for its format), or null. */
inline std::shared_ptr<const Oxa::Catalog> catalogFromText(const QByteArray &text,
                                                           const QString &name
                                                           = QStringLiteral("doc.yaml"),
                                                           Oxa::Diagnostics *diagnostics = nullptr)
{
    Oxa::LoadResult loaded
        = Oxa::SpecLoader::loadBytes(text,
                                     QUrl::fromLocalFile(QStringLiteral("/nonexistent/") + name));
    Oxa::Diagnostics found = loaded.diagnostics;
    std::shared_ptr<const Oxa::Catalog> catalog;
    if (loaded.document)
        catalog = Oxa::Catalog::build(loaded.document, Oxa::LoadLimits{}, found);
    if (diagnostics)
        *diagnostics = found;
    return catalog;
}

/**
 * A small OXA-like back-end for browsing tests: enrichment, response, telemetry and
 * administration operations, a deprecated one, an untagged one, one with two tags.
 */
inline QByteArray browsingDocument()
{
    return QByteArrayLiteral(R"(openapi: 3.1.0
info: {title: Browse, version: "1"}
tags:
  - name: Alerts
  - name: CTI
  - name: Hosts
paths:
  /alerts:
    get: {operationId: listAlerts, summary: List alerts, tags: [Alerts], responses: {'200': {description: ok}}}
  /alerts/{uuid}:
    parameters: [{name: uuid, in: path, required: true, schema: {type: string}}]
    get: {operationId: getAlert, summary: Get an alert, tags: [Alerts], responses: {'200': {description: ok}}}
    delete: {operationId: deleteAlert, summary: Delete an alert, tags: [Alerts], x-oxa-capability: administration, responses: {'204': {description: gone}}}
  /cti/ip/{ip}:
    parameters: [{name: ip, in: path, required: true, schema: {type: string}}]
    get: {operationId: lookupIp, summary: Reputation of an IP address, description: Asks the threat intelligence feeds., tags: [CTI], responses: {'200': {description: ok}}}
  /cti/legacy:
    get: {operationId: legacyLookup, summary: Old look-up, deprecated: true, tags: [CTI], responses: {'200': {description: ok}}}
  /hosts/{id}/isolate:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    post: {operationId: isolateHost, summary: Isolate a host, tags: [Hosts, Alerts], x-oxa-capability: response, x-oxa-risk: response, responses: {'202': {description: accepted}}}
  /stats/alerts/count:
    get: {operationId: countAlerts, summary: Count alerts per day, responses: {'200': {description: ok}}}
  /settings:
    put: {operationId: updateSettings, summary: Change the settings, tags: [Admin], x-oxa-capability: administration, responses: {'200': {description: ok}}}
)");
}

} // namespace OxaTest
