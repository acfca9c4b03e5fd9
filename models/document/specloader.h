// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diagnostic.h"
#include "core/error.h"
#include "document/textlimits.h"

#include <QCoreApplication>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace Oxa {

class DocumentFetcher;
class JsonTree;
class SpecDocument;

/** The steps of a load, for progress reports. */
enum class LoadStage : quint8 { Reading, Parsing, ResolvingReferences, BuildingCatalog };

/** What a load may read, and how much. */
struct LoadOptions
{
    LoadLimits limits;
    /**
     * Follow references to http(s) URLs, relative ones of a downloaded document included.
     * Without it, nothing but the main document is fetched from the network. A downloaded
     * document never reads local files, whatever the options.
     */
    bool allowRemoteRefs = false;
    /** Follow references to local files outside the main document's folder. */
    bool allowFilesOutsideFolder = false;
    /** Reads files and URLs; DefaultDocumentFetcher when null. */
    std::shared_ptr<DocumentFetcher> fetcher;
    /** Set to true from another thread to stop the load early. */
    const std::atomic_bool *cancel = nullptr;
    /** Called, on the loading thread, as each step starts. */
    std::function<void(LoadStage)> progress;
};

/** The outcome of a load: the document when it could be loaded, and every diagnostic. */
struct LoadResult
{
    /** Null when the text could not be read or parsed, or is not an OpenAPI description. */
    std::shared_ptr<const SpecDocument> document;
    Diagnostics diagnostics;
    bool cancelled = false;
};

/**
 * Loads OpenAPI 3.0, 3.1 and Swagger 2.0 descriptions (JSON or YAML) from files, URLs or
 * memory: reads under the limits, converts Swagger 2.0 to OpenAPI 3, resolves every reference
 * and collects diagnostics. Blocking and thread-agnostic: the GUI calls it from a worker thread.
 */
class SpecLoader
{
    Q_DECLARE_TR_FUNCTIONS(SpecLoader)

public:
    /** `location` is a file path, a file: URL or an http(s) URL. */
    static LoadResult load(const QString &location, const LoadOptions &options = {});
    static LoadResult load(const QUrl &url, const LoadOptions &options = {});
    /** A text already in memory; `url` names it and anchors its relative references. */
    static LoadResult loadBytes(QByteArray bytes, const QUrl &url, const LoadOptions &options = {});

    /** The URL a user-typed location stands for (relative paths against the working folder). */
    static QUrl urlFromLocation(const QString &location);

    /**
     * Parses one text into a tree: UTF-16/32 byte order marks are converted, JSON or YAML is
     * chosen from the name and the first character (JSON text that fails is retried as YAML
     * unless the name ends in .json). Findings carry `sourceName` as their source.
     */
    static Result<std::unique_ptr<JsonTree>> parseText(QByteArray bytes,
                                                       const QUrl &url,
                                                       const LoadLimits &limits,
                                                       Diagnostics &findings,
                                                       const QString &sourceName);
};

} // namespace Oxa
