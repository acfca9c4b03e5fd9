// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// bench_forms [DOCUMENT…]: opens the request form of every operation, one after the other, in a
// shown window (offscreen): compiling the schemas it needs, building the editors, laying out and
// painting. Default documents: the OXA fixture and GitHub's description.
#include "benchmarksupport.h"
#include "catalog/catalog.h"
#include "document/specloader.h"
#include "form/operationform.h"
#include "schema/schemaset.h"
#include "testconfig.h"

#include <QApplication>
#include <QFileInfo>

using namespace OxaBench;

namespace {

void measure(const QString &path)
{
    Oxa::LoadResult loaded = Oxa::SpecLoader::load(path);
    if (!loaded.document) {
        qWarning("cannot load %s", qPrintable(path));
        return;
    }
    Oxa::Diagnostics diagnostics;
    const auto catalog = Oxa::Catalog::build(loaded.document, Oxa::LoadLimits(), diagnostics);
    // Cold: a new schema set, as after opening the document; warm: the second time round.
    auto schemas = std::make_shared<Oxa::SchemaSet>(loaded.document);
    Oxa::OperationForm form;
    form.resize(1000, 800);
    form.show();
    QApplication::processEvents();
    for (const char *pass : {"cold", "warm"}) {
        Sample sample;
        QString worstKey;
        for (const Oxa::Operation &op : catalog->operations()) {
            const double ms = timeMs([&] {
                form.setOperation(catalog, schemas, &op);
                QApplication::processEvents(); // laid out and painted
            });
            if (ms > sample.max())
                worstKey = op.key;
            sample.values.push_back(ms);
        }
        std::vector<double> sorted = sample.values;
        std::sort(sorted.begin(), sorted.end());
        const double p95 = sorted.empty() ? 0 : sorted[size_t(double(sorted.size() - 1) * 0.95)];
        qInfo("%s: %d forms, %s: median %.2f ms, p95 %.2f ms, worst %.1f ms (%s); %lld schemas "
              "compiled",
              qPrintable(QFileInfo(path).fileName()),
              int(sample.values.size()),
              pass,
              sample.median(),
              p95,
              sample.max(),
              qPrintable(worstKey),
              qlonglong(schemas->size()));
    }
    form.setOperation(nullptr, nullptr, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList documents;
    for (int i = 1; i < argc; ++i)
        documents << QString::fromLocal8Bit(argv[i]);
    if (documents.isEmpty()) {
        documents << QStringLiteral(OXA_SHARED_FIXTURES_DIR "/oxa/schema-oxa-backend.json")
                  << QStringLiteral(OXA_BENCHMARK_CORPUS "/api.github.com.json");
    }
    for (const QString &document : documents) {
        if (!QFileInfo::exists(document)) {
            qWarning("no %s (cmake --build build --target benchmark-corpus fetches GitHub's)",
                     qPrintable(document));
            continue;
        }
        measure(document);
    }
    return 0;
}
