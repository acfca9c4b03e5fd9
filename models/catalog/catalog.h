// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/operation.h"
#include "document/specloader.h"
#include "document/textlimits.h"

#include <QCoreApplication>

#include <memory>

namespace Oxa {

class Catalog;

/** A document loaded and catalogued, or the reasons it could not be. */
struct CatalogLoad
{
    /** Null when the document could not be loaded at all. */
    std::shared_ptr<const Catalog> catalog;
    /** The loader's diagnostics and the catalog's, in reading order. */
    Diagnostics diagnostics;
    bool cancelled = false;
};

struct DocumentInfo
{
    QString title;
    QString version;
    QString summary;
    QString description;
    /** The version of OpenAPI or Swagger as written ("3.1.0", "2.0"). */
    QString specVersionText;
    SpecVersion specVersion = SpecVersion::Unknown;
};

/**
 * The operations of a loaded document, ready for the console, the CLI, the forms and the
 * workflows: each with its parameters after the path-level merge, request body, responses,
 * security, effective servers, callbacks, OXA capability and risk. Also the document's servers,
 * tags, security schemes and webhooks. Immutable once built; any thread may read it. Keeps the
 * document alive, so NodeRefs inside stay valid.
 */
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    /**
     * Loads `location` (a file path or an http(s) URL) with SpecLoader and builds its catalog:
     * what oxa-cli and the console both do with a document. Blocking; any thread.
     */
    static CatalogLoad load(const QString &location, const LoadOptions &options = {});
    /** The catalog of a document SpecLoader has loaded (nothing when it could not). */
    static CatalogLoad fromLoadResult(LoadResult loaded, const LoadOptions &options);

    /**
     * Builds the catalog of `document`. What it finds (Swagger-style parameters, duplicate
     * operationIds, path templates without parameters, unknown security schemes, the operation
     * limit…) is appended to `diagnostics`, which is then sorted into reading order. Never
     * fails: a broken part is left out with a diagnostic. Thread-agnostic.
     */
    static std::shared_ptr<const Catalog> build(std::shared_ptr<const SpecDocument> document,
                                                const LoadLimits &limits,
                                                Diagnostics &diagnostics);

    const DocumentInfo &info() const { return m_info; }
    /** The document's servers as declared (converted from host/basePath for Swagger 2.0). */
    const QList<Server> &servers() const { return m_servers; }
    const QList<SecurityScheme> &securitySchemes() const { return m_securitySchemes; }
    /** The security scheme of that name (a key of components/securitySchemes); null if none. */
    const SecurityScheme *securityScheme(QStringView name) const;
    const QList<SecurityRequirement> &security() const { return m_security; }
    /** Declared tags in document order, then tags only used by operations. */
    const QList<Tag> &tags() const { return m_tags; }
    /** Sorted by path, then method. */
    const QList<Operation> &operations() const { return m_operations; }
    const QList<Operation> &webhooks() const { return m_webhooks; }

    const Operation *operationByKey(QStringView key) const;
    /**
     * The operation a JSON pointer of the document lies in ("/paths/~1alerts/get/responses"),
     * or the first operation of the path item it lies in ("/paths/~1alerts/parameters/0");
     * nullptr elsewhere. Webhooks are not operations.
     */
    const Operation *operationAt(QStringView pointer) const;
    /** Every operation with that operationId (documents do repeat them). */
    QList<const Operation *> operationsById(QStringView operationId) const;

    const SpecDocument &document() const { return *m_document; }
    std::shared_ptr<const SpecDocument> documentPointer() const { return m_document; }

private:
    friend class CatalogBuilder;

    std::shared_ptr<const SpecDocument> m_document;
    std::shared_ptr<JsonTree> m_synthetic; // schemas synthesised from Swagger-style parameters
    DocumentInfo m_info;
    QList<Server> m_servers;
    QList<SecurityScheme> m_securitySchemes;
    QList<SecurityRequirement> m_security;
    QList<Tag> m_tags;
    QList<Operation> m_operations;
    QList<Operation> m_webhooks;
    QHash<QString, qsizetype> m_byKey;
    QHash<QString, qsizetype> m_byPointer; // operations and path items
};

} // namespace Oxa
