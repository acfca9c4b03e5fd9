// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/backenddiscovery.h"

#include "document/documentfetcher.h"

#include <QRegularExpression>

namespace Oxa {

namespace {

// The locations frameworks and gateways publish descriptions at, the most common first.
constexpr const char *kWellKnownPaths[] = {
    "openapi.json",
    "openapi.yaml",
    "openapi.yml",
    "swagger.json",
    "swagger.yaml",
    "v3/api-docs",
    "v2/api-docs",
    "api-docs",
    "api-docs.json",
    ".well-known/openapi.json",
    ".well-known/openapi.yaml",
    "openapi",
    "api/openapi.json",
    "docs/openapi.json",
    "swagger/v1/swagger.json",
};

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

QList<QUrl> BackendDiscovery::candidates(const QUrl &base)
{
    QList<QUrl> urls;
    auto add = [&urls](const QUrl &url) {
        if (url.isValid() && !urls.contains(url))
            urls.append(url);
    };
    QUrl given = base;
    given.setFragment(QString());
    add(given);

    // Under the base's path (as a folder), then under the root. Folders in between are rarely
    // right and would cost a request each.
    QString folder = base.path();
    if (!folder.endsWith(u'/'))
        folder += u'/';
    for (const QString &f : {folder, QStringLiteral("/")}) {
        for (const char *path : kWellKnownPaths)
            add(withPath(base, f + QLatin1StringView(path)));
    }
    return urls;
}

bool BackendDiscovery::looksLikeDescription(const QByteArray &bytes)
{
    // The version field is near the top in practice; look at the first 64 KiB only.
    static const QRegularExpression
        field(QStringLiteral(R"((^|[{,\s])["']?(openapi|swagger)["']?\s*:\s*["']?[0-9])"),
              QRegularExpression::MultilineOption);
    const QString head = QString::fromUtf8(bytes.left(64 * 1024));
    return field.match(head).hasMatch();
}

BackendDiscovery::Outcome BackendDiscovery::discover(
    const QUrl &base,
    const LoadOptions &options,
    const std::function<void(const DiscoveryAttempt &)> &attempted)
{
    Outcome outcome;
    const std::shared_ptr<DocumentFetcher> fetcher
        = options.fetcher ? options.fetcher : std::make_shared<DefaultDocumentFetcher>();
    if (options.progress)
        options.progress(LoadStage::Reading);
    for (const QUrl &url : candidates(base)) {
        if (options.cancel && options.cancel->load()) {
            outcome.load.cancelled = true;
            return outcome;
        }
        DiscoveryAttempt attempt;
        attempt.url = url;
        auto fetched = fetcher->fetch(url,
                                      options.limits.maxDocumentBytes,
                                      options.limits.networkTimeoutSeconds,
                                      options.cancel);
        if (!fetched) {
            if (fetched.error().code == Error::Code::Cancelled) {
                outcome.load.cancelled = true;
                return outcome;
            }
            attempt.outcome = fetched.error().message;
        } else if (!looksLikeDescription(fetched->bytes)) {
            attempt.outcome = tr("answered, but not with an OpenAPI description");
        } else {
            attempt.outcome = tr("found an OpenAPI description");
            attempt.found = true;
        }
        outcome.attempts.append(attempt);
        if (attempted)
            attempted(attempt);
        if (attempt.found) {
            outcome.documentUrl = fetched->url.isValid() ? fetched->url : url;
            LoadOptions rest = options;
            rest.fetcher = fetcher;
            outcome.load
                = SpecLoader::loadBytes(std::move(fetched->bytes), outcome.documentUrl, rest);
            return outcome;
        }
    }
    return outcome;
}

} // namespace Oxa
