// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/catalog.h"
#include "workflow/arazzodocument.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace Oxa {

class SchemaSet;

/** How the sources of an Arazzo document are loaded. */
struct WorkflowSourceOptions
{
    /** Limits and reference policy, as for any description (its fetcher too). */
    LoadOptions load;
    /**
     * Read sources at http(s) URLs. A workflow file is often written by someone else: without
     * this, a remote source is refused with a diagnostic rather than fetched.
     */
    bool allowRemoteSources = false;
    /** Read local sources outside the workflow file's folder. */
    bool allowSourcesOutsideFolder = false;
    /**
     * Sources a person allowed (the console asks about withheld() ones): read wherever they
     * are, as a source named on the command line is.
     */
    QList<QUrl> allowed;
    /** A location for a source by name, instead of its `url` (--source NAME=LOCATION). */
    QHash<QString, QString> locations;
    /**
     * Descriptions already open (the console's): a source at the same URL is taken from there
     * rather than read again; one whose file is not where it says, but has an open
     * description's file name, is taken from that one, with a note saying so.
     */
    QList<std::shared_ptr<const Catalog>> open;
    /** Arazzo sources nested in Arazzo sources, at most. */
    int maxDepth = 8;
};

/**
 * The sources of an Arazzo document, loaded: each `openapi` one as a catalog (the same loader,
 * leniency and reference policy as a description opened by itself), each `arazzo` one as a
 * document with its own sources; and every step's target resolved against them, with a
 * diagnostic (at the step, with line and column) for each that does not resolve.
 */
class WorkflowSources
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowSources)

public:
    struct Source
    {
        ArazzoSource declared;
        QUrl url;
        std::shared_ptr<const Catalog> catalog;        ///< openapi
        std::shared_ptr<SchemaSet> schemas;            ///< openapi: the catalog's schemas
        std::shared_ptr<const WorkflowSources> arazzo; ///< arazzo: the document and its sources
        Diagnostics diagnostics;                       ///< the source's own, as loaded
    };

    /** What a step calls: an operation of a source, or a workflow of a document. */
    struct Target
    {
        const Source *source = nullptr;
        const Operation *operation = nullptr;
        const ArazzoDocument *document = nullptr; ///< the workflow's document
        const ArazzoWorkflow *workflow = nullptr;
        const WorkflowSources *sources = nullptr; ///< the sources of that workflow's document
        QString problem;                          ///< why it does not resolve
    };

    /** Loads every source of `document`; blocking, call it off the GUI thread. */
    static std::shared_ptr<const WorkflowSources> load(
        std::shared_ptr<const ArazzoDocument> document, const WorkflowSourceOptions &options = {});

    const ArazzoDocument &document() const { return *m_document; }
    std::shared_ptr<const ArazzoDocument> sharedDocument() const { return m_document; }
    const QList<Source> &sources() const { return m_sources; }
    const Source *source(QStringView name) const;
    /** About the sources and the steps' targets (the document's own come with its Load). */
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /**
     * The sources not read because they are remote or outside the workflow's folder, nested
     * ones included: what a person may allow (WorkflowSourceOptions::allowed) and load again.
     */
    QList<QUrl> withheld() const;

    /** The operation or workflow a step calls. */
    Target target(const ArazzoStep &step) const;
    /** A workflow named by a step or an action: local, or "$sourceDescriptions.<name>.<id>". */
    Target workflow(const QString &workflowId) const;
    /**
     * The sources of a nested Arazzo document (a Target's `sources`) as shared: to keep it
     * while it is shown or run. Null when `nested` is not this one or below it.
     */
    std::shared_ptr<const WorkflowSources> shared(const WorkflowSources *nested) const;

private:
    void loadSources(const WorkflowSourceOptions &options, int depth);
    void resolveTargets();
    Target operationById(const QString &operationId) const;
    Target operationByPath(const QString &operationPath) const;

    std::shared_ptr<const ArazzoDocument> m_document;
    QList<Source> m_sources;
    Diagnostics m_diagnostics;
    QList<QUrl> m_withheld; ///< this document's own
};

} // namespace Oxa
