// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Load → resolve → catalog, on real descriptions: in-process per phase, and as a whole process
// (`oxa-cli inspect --json DOC`, wall time and peak memory). Prints a Markdown table for
// BENCHMARKS.md. Without arguments: the OXA document from ../shared and GitHub's description from
// the corpus folder (cmake --build build --target benchmark-corpus).
//   bench_load [--runs N] [DOCUMENT…]

#include "benchmarksupport.h"
#include "catalog/catalog.h"
#include "catalog/catalogreport.h"
#include "document/jsontree.h"
#include "document/specloader.h"
#include "testconfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

using namespace Oxa;
using namespace OxaBench;

namespace {

struct ProcessFigures
{
    Sample wall;
    Sample peakMiB;
};

/**
 * Whole-process runs come first, while this process is small: a child started with
 * posix_spawn (vfork) inherits its parent's RSS high-water mark when it execs, so a large
 * parent would inflate the child's peak.
 */
ProcessFigures measureProcess(const QString &path, int runs)
{
    ProcessFigures figures;
    for (int run = 0; run < runs; ++run) {
        const ProcessRun whole = runProcess({QStringLiteral(OXA_CLI_BINARY),
                                             QStringLiteral("inspect"),
                                             path,
                                             QStringLiteral("--json")});
        figures.wall.values.push_back(whole.wallMs);
        figures.peakMiB.values.push_back(double(whole.peakKiB) / 1024.0);
    }
    return figures;
}

void benchmark(const QString &path, int runs, const ProcessFigures &processFigures)
{
    const QByteArray bytes = readFile(path);
    if (bytes.isEmpty()) {
        std::printf("| %s | (cannot read) |\n", qPrintable(path));
        return;
    }
    const QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    Sample read, parse, load, catalog, json, total, qjson;
    const Sample &process = processFigures.wall;
    const Sample &memory = processFigures.peakMiB;
    qsizetype operations = 0;
    for (int run = 0; run < runs; ++run) {
        QByteArray text;
        read.values.push_back(timeMs([&] { text = readFile(path); }));
        parse.values.push_back(timeMs([&] {
            Diagnostics findings;
            auto tree = SpecLoader::parseText(text, url, LoadLimits{}, findings, QString());
            Q_UNUSED(tree);
        }));
        LoadResult loaded;
        load.values.push_back(timeMs([&] { loaded = SpecLoader::loadBytes(text, url); }));
        std::shared_ptr<const Catalog> built;
        Diagnostics diagnostics = loaded.diagnostics;
        catalog.values.push_back(
            timeMs([&] { built = Catalog::build(loaded.document, LoadLimits{}, diagnostics); }));
        QByteArray output;
        json.values.push_back(timeMs([&] { output = CatalogReport::catalogJson(*built); }));
        operations = built->operations().size();
        total.values.push_back(read.values.back() + load.values.back() + catalog.values.back()
                               + json.values.back());
        if (path.endsWith(QLatin1String(".json")))
            qjson.values.push_back(timeMs([&] { QJsonDocument::fromJson(text); }));
    }
    std::printf("| %s | %.1f MB | %lld | %.1f | %.1f | %.1f | %.1f | %.1f | **%.1f** | %s | "
                "**%.0f** (min %.0f, max %.0f) | **%.1f** |\n",
                qPrintable(QFileInfo(path).fileName()),
                double(bytes.size()) / 1e6,
                (long long)operations,
                read.median(),
                parse.median(),
                load.median() - parse.median(),
                catalog.median(),
                json.median(),
                total.median(),
                qjson.values.empty() ? "n/a" : qPrintable(QString::number(qjson.median(), 'f', 1)),
                process.median(),
                process.min(),
                process.max(),
                memory.max());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int runs = 15;
    if (arguments.size() >= 2 && arguments.front() == QLatin1String("--runs")) {
        runs = std::max(1, arguments.at(1).toInt());
        arguments = arguments.mid(2);
    }
    if (arguments.isEmpty()) {
        arguments << QStringLiteral(OXA_SHARED_FIXTURES_DIR "/oxa/schema-oxa-backend.json")
                  << QStringLiteral(OXA_BENCHMARK_CORPUS "/api.github.com.json");
    }
    std::printf("%d runs each; milliseconds, medians unless said otherwise. \"resolve\" is the "
                "load minus the parse "
                "(Swagger conversion, $ref walk, cycle marking).\n\n",
                runs);
    std::printf(
        "| document | size | operations | read | parse | resolve | catalog | JSON out | in-process "
        "total | "
        "QJsonDocument parse alone | `oxa-cli inspect --json` wall | peak RSS (MiB, max) |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    std::vector<ProcessFigures> processes;
    for (const QString &path : std::as_const(arguments))
        processes.push_back(measureProcess(path, runs));
    for (qsizetype i = 0; i < arguments.size(); ++i)
        benchmark(arguments.at(i), runs, processes[size_t(i)]);
    return 0;
}
