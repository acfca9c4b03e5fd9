// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Oxa {

class Catalog;

/**
 * What `oxa-cli inspect` and `oxa-cli validate` print, in their machine and human forms. Kept
 * here, beside the catalog, so that the console exports exactly what the CLI prints.
 */
class CatalogReport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogReport)

public:
    /**
     * The canonical catalog, one line of JSON: {"version", "title", "servers", "securitySchemes",
     * "operations": [{"method", "path", "operationId", "tags", "parameters": [{"name", "in",
     * "required"}], "requestBodyContentTypes", "responseCodes", "capability", "risk"}]}, keys in
     * that order, operations sorted by path then method, parameters after the path-level merge.
     * "operationId" is as the document wrote it, null when it has none; then (only then)
     * "synthesizedOperationId" follows it: the name the console and oxa-cli call it by.
     */
    static QByteArray catalogJson(const Catalog &catalog);

    /** A readable summary: the document, counts per capability and risk, one line per operation. */
    static QString catalogText(const Catalog &catalog, const Diagnostics &diagnostics);

    /**
     * {"loaded", "operations", "diagnostics": [{"severity", "message", "pointer", "line",
     * "column", "code", "source"}]}; line and column only when known, source only for
     * referenced documents.
     */
    static QByteArray diagnosticsJson(bool loaded,
                                      qsizetype operations,
                                      const Diagnostics &diagnostics);

    /**
     * One line per error and warning, compiler style ("file:line:column: error: message
     * [code]"), then the notes: each one with `allNotes`, otherwise counted per kind. The last
     * line says what was loaded: `contents` ("2 workflows") or else the operations.
     */
    static QString diagnosticsText(const QString &documentName,
                                   bool loaded,
                                   qsizetype operations,
                                   const Diagnostics &diagnostics,
                                   bool allNotes,
                                   const QString &contents = QString());
};

} // namespace Oxa
