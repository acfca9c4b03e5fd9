// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// libFuzzer target: arbitrary bytes through the whole document pipeline (JSON or YAML reader,
// Swagger conversion, reference walk, catalog, canonical JSON). The first byte picks the name,
// hence the reader. Build with clang: cmake --preset fuzz && cmake --build build-fuzz
//   build-fuzz/tests/fuzz/fuzz_spec_loader tests/fuzz/corpus -max_total_time=600

#include "catalog/catalog.h"
#include "catalog/catalogreport.h"
#include "document/specdocument.h"
#include "document/specloader.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static int argc = 1;
    static char name[] = "fuzz_spec_loader";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    const bool yaml = data[0] & 1;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    Oxa::LoadOptions options;
    options.limits.maxDocumentBytes = 1 << 20;
    options.limits.maxDepth = 64;
    options.limits.maxAliasExpansion = 10'000;
    options.limits.maxOperations = 1'000;
    // A folder that does not exist: referenced files fail to load, nothing outside is read.
    const QUrl url = QUrl::fromLocalFile(yaml ? QStringLiteral("/nonexistent-fuzz/doc.yaml")
                                              : QStringLiteral("/nonexistent-fuzz/doc.json"));
    const Oxa::LoadResult loaded = Oxa::SpecLoader::loadBytes(bytes, url, options);
    if (!loaded.document)
        return 0;
    Oxa::Diagnostics diagnostics = loaded.diagnostics;
    const auto catalog = Oxa::Catalog::build(loaded.document, options.limits, diagnostics);
    Oxa::CatalogReport::catalogJson(*catalog);
    Oxa::CatalogReport::diagnosticsJson(true, catalog->operations().size(), diagnostics);
    loaded.document->dereferenced(loaded.document->root(), 2000);
    return 0;
}
