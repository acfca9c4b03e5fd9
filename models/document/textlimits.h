// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace Oxa {

/**
 * Limits that protect every loader from hostile input. Each one is configurable (the CLI has an
 * option per limit) and reaching it is a diagnostic, never a crash or a hang.
 */
struct LoadLimits
{
    /** Bytes of one document (file, URL or referenced document). */
    qint64 maxDocumentBytes = 128ll * 1024 * 1024;
    /** Levels of nested arrays and objects (JSON) or sequences and mappings (YAML). */
    quint32 maxDepth = 512;
    /** Nodes that YAML aliases may add when expanded; defeats "billion laughs". */
    quint64 maxAliasExpansion = 1'000'000;
    /** $ref hops followed from one reference to its final target. */
    quint32 maxRefHops = 64;
    /** Operations in the catalog (paths × methods, callbacks and webhooks included). */
    quint32 maxOperations = 50'000;
    /** Documents loaded through references, the main one excluded. */
    quint32 maxReferencedDocuments = 200;
    /** Seconds to wait for a remote document. */
    int networkTimeoutSeconds = 30;
};

} // namespace Oxa
