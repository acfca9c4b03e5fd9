// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/specloader.h"

#include <QList>
#include <QUrl>

namespace Oxa {

/** One place tried while looking for a back-end's description, and what it answered. */
struct DiscoveryAttempt
{
    QUrl url;
    /** Translated: "HTTP 404", "not an OpenAPI description", "found"… */
    QString outcome;
    bool found = false;
};

/**
 * Finds the OpenAPI description of a back-end from its base URL, the way people publish them:
 * the URL itself, then the usual locations under its path and then under the host's root
 * (`openapi.json`, `openapi.yaml`, `swagger.json`, `v3/api-docs`, `api-docs`,
 * `.well-known/openapi.json`…). Tries them one after the other and loads the first that holds
 * an OpenAPI or Swagger description. Blocking: call it off the GUI thread.
 */
class BackendDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(BackendDiscovery)

public:
    /** Where to look for `base`'s description, in the order they are tried, without repeats. */
    static QList<QUrl> candidates(const QUrl &base);

    struct Outcome
    {
        LoadResult load;
        QList<DiscoveryAttempt> attempts;
        /** The location that answered; empty when none did. */
        QUrl documentUrl;
    };

    /**
     * Tries the candidates of `base` with `options.fetcher` (the default one when null), under
     * `options`' limits, and reports each attempt to `attempted` as it ends (may be null).
     */
    static Outcome discover(const QUrl &base,
                            const LoadOptions &options,
                            const std::function<void(const DiscoveryAttempt &)> &attempted = {});

    /** Whether the start of `bytes` looks like an OpenAPI or Swagger description. */
    static bool looksLikeDescription(const QByteArray &bytes);
};

} // namespace Oxa
