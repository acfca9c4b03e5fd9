// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <atomic>

namespace Oxa {

/** The bytes of a document and where they finally came from (after redirects). */
struct FetchedText
{
    QByteArray bytes;
    QUrl url;
    QString contentType;
};

/**
 * Reads documents for the loader: local files and http(s) URLs. The loader decides what may be
 * read (folder and remote policies); the fetcher only reads, under a size limit. Tests replace
 * it to serve documents from memory.
 */
class DocumentFetcher
{
public:
    virtual ~DocumentFetcher();

    /**
     * Reads `url` (file: or http(s):), at most `maxBytes`. Blocking: call it off the GUI thread.
     * Fails with Error::Code::Limit when the document is larger, Error::Code::Io for files,
     * Error::Code::Network or Error::Code::Http for URLs, Error::Code::Cancelled when `cancel`
     * becomes true.
     */
    virtual Result<FetchedText> fetch(const QUrl &url,
                                      qint64 maxBytes,
                                      int timeoutSeconds,
                                      const std::atomic_bool *cancel)
        = 0;
};

/**
 * Reads regular files (never devices, pipes or directories) and http(s) URLs with
 * QNetworkAccessManager: at most 10 redirects, none from https to http, a deadline, and the
 * size limit enforced on the announced length and on the bytes as they arrive.
 */
class DefaultDocumentFetcher final : public DocumentFetcher
{
    Q_DECLARE_TR_FUNCTIONS(DefaultDocumentFetcher)

public:
    Result<FetchedText> fetch(const QUrl &url,
                              qint64 maxBytes,
                              int timeoutSeconds,
                              const std::atomic_bool *cancel) override;

private:
    Result<FetchedText> readFile(const QUrl &url, qint64 maxBytes);
    Result<FetchedText> download(const QUrl &url,
                                 qint64 maxBytes,
                                 int timeoutSeconds,
                                 const std::atomic_bool *cancel);
};

} // namespace Oxa
