// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/workflowsources.h"

#include "document/jsonpointer.h"
#include "schema/schemaset.h"
#include "workflow/runtimeexpression.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Oxa {

namespace {

bool isRemote(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https";
}

/** Whether a local file lies in a folder or below it. */
bool isInside(const QString &file, const QString &folder)
{
    const QString canonical = QFileInfo(file).absoluteFilePath();
    const QString base = QDir(folder).absolutePath();
    return canonical.startsWith(base.endsWith(u'/') ? base : base + u'/');
}

/** An operationId that differs only by case, to suggest: operationIds are case-sensitive. */
QString nearOperationId(const Catalog &catalog, QStringView operationId)
{
    for (const Operation &operation : catalog.operations()) {
        if (operation.operationId.compare(operationId, Qt::CaseInsensitive) == 0)
            return operation.operationId;
    }
    return QString();
}

QString firstError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.isError())
            return diagnostic.message;
    }
    return QString();
}

} // namespace

std::shared_ptr<const WorkflowSources> WorkflowSources::load(
    std::shared_ptr<const ArazzoDocument> document, const WorkflowSourceOptions &options)
{
    auto sources = std::make_shared<WorkflowSources>();
    sources->m_document = std::move(document);
    sources->loadSources(options, 0);
    sources->resolveTargets();
    return sources;
}

std::shared_ptr<const WorkflowSources> WorkflowSources::shared(const WorkflowSources *nested) const
{
    for (const Source &source : m_sources) {
        if (!source.arazzo)
            continue;
        if (source.arazzo.get() == nested)
            return source.arazzo;
        if (auto deeper = source.arazzo->shared(nested))
            return deeper;
    }
    return nullptr;
}

QList<QUrl> WorkflowSources::withheld() const
{
    QList<QUrl> all = m_withheld;
    for (const Source &source : m_sources) {
        if (source.arazzo) {
            for (const QUrl &url : source.arazzo->withheld()) {
                if (!all.contains(url))
                    all.append(url);
            }
        }
    }
    return all;
}

void WorkflowSources::loadSources(const WorkflowSourceOptions &options, int depth)
{
    const ArazzoDocument &document = *m_document;
    const QUrl base = document.url();
    for (const ArazzoSource &declared : document.sources()) {
        Source source;
        source.declared = declared;
        const auto located = options.locations.constFind(declared.name);
        const bool chosen = located != options.locations.constEnd();
        source.url = chosen ? SpecLoader::urlFromLocation(*located) : document.sourceUrl(declared);
        const QString at = declared.pointer + u"/url";
        const auto refuse = [&](const QString &why) {
            m_diagnostics.append(document.diagnostic(Diagnostic::Severity::Error,
                                                     DiagnosticCode::ArazzoSource,
                                                     why,
                                                     at));
            m_sources.append(source);
        };
        if (declared.type == u"asyncapi") {
            m_sources.append(source);
            continue;
        }
        // What the person chose on the command line is read; what the file asks for, only
        // where the policy allows.
        const bool allowed = chosen || options.allowed.contains(source.url);
        if (!allowed && isRemote(source.url) && !options.allowRemoteSources) {
            m_withheld.append(source.url);
            refuse(tr("The source \"%1\" is at %2: remote sources are read only when allowed "
                      "(--allow-remote-sources), or give a local copy with --source %1=FILE.")
                       .arg(declared.name, source.url.toString(QUrl::RemoveUserInfo)));
            continue;
        }
        if (!allowed && source.url.isLocalFile() && base.isLocalFile()
            && !options.allowSourcesOutsideFolder
            && !isInside(source.url.toLocalFile(), QFileInfo(base.toLocalFile()).absolutePath())) {
            m_withheld.append(source.url);
            refuse(tr("The source \"%1\" is outside the workflow's folder (%2): allow it with "
                      "--allow-outside-sources, or name it with --source %1=FILE.")
                       .arg(declared.name, source.url.toLocalFile()));
            continue;
        }
        if (declared.type == u"arazzo") {
            if (depth >= options.maxDepth) {
                refuse(tr("The source \"%1\" is an Arazzo document nested deeper than %2 levels.")
                           .arg(declared.name)
                           .arg(options.maxDepth));
                continue;
            }
            const auto loaded = ArazzoDocument::load(source.url.toString(), options.load);
            source.diagnostics = loaded.diagnostics;
            if (!loaded.document) {
                refuse(tr("The source \"%1\" could not be read: %2")
                           .arg(declared.name, firstError(loaded.diagnostics)));
                continue;
            }
            auto nested = std::make_shared<WorkflowSources>();
            nested->m_document = loaded.document;
            nested->loadSources(options, depth + 1);
            nested->resolveTargets();
            source.arazzo = nested;
            m_sources.append(source);
            continue;
        }
        // A description already open is used as it is: the same one the console shows.
        std::shared_ptr<const Catalog> open;
        bool openByName = false;
        for (const std::shared_ptr<const Catalog> &candidate : options.open) {
            if (candidate && candidate->document().main().url() == source.url)
                open = candidate;
        }
        if (!open && !chosen && source.url.isLocalFile()
            && !QFileInfo::exists(source.url.toLocalFile())) {
            for (const std::shared_ptr<const Catalog> &candidate : options.open) {
                if (candidate
                    && candidate->document().main().url().fileName().compare(source.url.fileName(),
                                                                             Qt::CaseInsensitive)
                           == 0) {
                    open = candidate;
                    openByName = true;
                }
            }
        }
        CatalogLoad loaded;
        if (open) {
            loaded.catalog = open;
            if (openByName) {
                m_diagnostics.append(document.diagnostic(
                    Diagnostic::Severity::Info,
                    DiagnosticCode::ArazzoSource,
                    tr("The source \"%1\" is not at %2: the open description %3 is used instead.")
                        .arg(declared.name,
                             source.url.toLocalFile(),
                             open->document().main().url().toDisplayString(QUrl::RemoveUserInfo)),
                    at));
                source.url = open->document().main().url();
            }
        } else {
            loaded = Catalog::load(source.url.isLocalFile() ? source.url.toLocalFile()
                                                            : source.url.toString(),
                                   options.load);
        }
        source.diagnostics = loaded.diagnostics;
        if (!loaded.catalog) {
            refuse(tr("The source \"%1\" (%2) could not be loaded: %3")
                       .arg(declared.name,
                            source.url.toDisplayString(QUrl::RemoveUserInfo),
                            firstError(loaded.diagnostics)));
            continue;
        }
        source.catalog = loaded.catalog;
        source.schemas = std::make_shared<SchemaSet>(loaded.catalog->documentPointer());
        if (const qsizetype errors = countSeverity(loaded.diagnostics, Diagnostic::Severity::Error);
            errors > 0) {
            m_diagnostics.append(document.diagnostic(Diagnostic::Severity::Info,
                                                     DiagnosticCode::ArazzoSource,
                                                     tr("The source \"%1\" loaded with %n error(s) "
                                                        "of its own; oxa-cli validate lists them.",
                                                        nullptr,
                                                        int(errors))
                                                         .arg(declared.name),
                                                     at));
        }
        m_sources.append(source);
    }
}

const WorkflowSources::Source *WorkflowSources::source(QStringView name) const
{
    for (const Source &source : m_sources) {
        if (source.declared.name == name)
            return &source;
    }
    return nullptr;
}

WorkflowSources::Target WorkflowSources::operationById(const QString &operationId) const
{
    Target target;
    if (operationId.startsWith(u'$')) {
        const auto expression = RuntimeExpression::parse(operationId);
        const Source *source = expression ? this->source(expression->name()) : nullptr;
        if (!source) {
            target.problem
                = tr("%1 names no source description of this document.").arg(operationId);
            return target;
        }
        if (!source->catalog) {
            target.problem
                = tr("The source \"%1\" is not an OpenAPI description that could be loaded.")
                      .arg(source->declared.name);
            return target;
        }
        const auto found = source->catalog->operationsById(expression->field());
        if (found.isEmpty()) {
            const QString near = nearOperationId(*source->catalog, expression->field());
            target.problem = near.isEmpty()
                                 ? tr("The source \"%1\" has no operation \"%2\".")
                                       .arg(source->declared.name, expression->field())
                                 : tr("The source \"%1\" has no operation \"%2\" (operationIds are "
                                      "case-sensitive: \"%3\"?).")
                                       .arg(source->declared.name, expression->field(), near);
            return target;
        }
        target.source = source;
        target.operation = found.first();
        return target;
    }
    QStringList holders;
    for (const Source &source : m_sources) {
        if (!source.catalog)
            continue;
        const auto found = source.catalog->operationsById(operationId);
        if (found.isEmpty())
            continue;
        holders.append(source.declared.name);
        if (!target.operation) {
            target.source = &source;
            target.operation = found.first();
        }
    }
    if (holders.size() > 1) {
        target = Target();
        target.problem = tr("\"%1\" is an operation of %2: write $sourceDescriptions.<name>.%1.")
                             .arg(operationId, holders.join(u", "));
    } else if (holders.isEmpty()) {
        QStringList loaded;
        QString near;
        for (const Source &source : m_sources) {
            if (!source.catalog)
                continue;
            loaded.append(source.declared.name);
            if (near.isEmpty())
                near = nearOperationId(*source.catalog, operationId);
        }
        if (loaded.isEmpty())
            target.problem
                = tr("No source description could be loaded to find \"%1\".").arg(operationId);
        else if (near.isEmpty())
            target.problem = tr("No operation \"%1\" in %2.").arg(operationId, loaded.join(u", "));
        else
            target.problem
                = tr("No operation \"%1\" in %2 (operationIds are case-sensitive: \"%3\"?).")
                      .arg(operationId, loaded.join(u", "), near);
    }
    return target;
}

WorkflowSources::Target WorkflowSources::operationByPath(const QString &operationPath) const
{
    Target target;
    static const QRegularExpression form(
        QStringLiteral("^\\{\\$sourceDescriptions\\.([^.}]+)\\.url\\}#(.*)$"));
    const auto match = form.match(operationPath);
    if (!match.hasMatch()) {
        target.problem = tr("An operationPath is {$sourceDescriptions.<name>.url}#<JSON pointer>.");
        return target;
    }
    const Source *source = this->source(match.captured(1));
    if (!source || !source->catalog) {
        target.problem
            = source ? tr("The source \"%1\" is not an OpenAPI description that could be loaded.")
                           .arg(match.captured(1))
                     : tr("There is no source description named \"%1\".").arg(match.captured(1));
        return target;
    }
    const auto pointer = JsonPointer::fromUriFragment(match.captured(2).toStdString());
    const Operation *operation
        = pointer ? source->catalog->operationAt(QString::fromStdString(*pointer)) : nullptr;
    if (!operation || operation->pointer != QString::fromStdString(*pointer)) {
        target.problem = tr("The source \"%1\" has no operation at %2.")
                             .arg(source->declared.name, match.captured(2));
        return target;
    }
    target.source = source;
    target.operation = operation;
    return target;
}

WorkflowSources::Target WorkflowSources::workflow(const QString &workflowId) const
{
    Target target;
    if (workflowId.startsWith(u'$')) {
        const auto expression = RuntimeExpression::parse(workflowId);
        const Source *source = expression ? this->source(expression->name()) : nullptr;
        if (!source || !source->arazzo) {
            target.problem = tr("%1 names no Arazzo source that could be loaded.").arg(workflowId);
            return target;
        }
        target.workflow = source->arazzo->document().workflow(expression->field());
        if (!target.workflow) {
            target.problem = tr("The source \"%1\" has no workflow \"%2\".")
                                 .arg(source->declared.name, expression->field());
            return target;
        }
        target.source = source;
        target.document = &source->arazzo->document();
        target.sources = source->arazzo.get();
        return target;
    }
    target.workflow = m_document->workflow(workflowId);
    if (!target.workflow) {
        target.problem = tr("This document has no workflow \"%1\".").arg(workflowId);
        return target;
    }
    target.document = m_document.get();
    target.sources = this;
    return target;
}

WorkflowSources::Target WorkflowSources::target(const ArazzoStep &step) const
{
    if (!step.workflowId.isEmpty())
        return workflow(step.workflowId);
    if (!step.operationPath.isEmpty())
        return operationByPath(step.operationPath);
    return operationById(step.operationId);
}

void WorkflowSources::resolveTargets()
{
    const ArazzoDocument &document = *m_document;
    int openapi = 0;
    for (const ArazzoSource &source : document.sources())
        openapi += source.type == u"openapi";
    for (const ArazzoWorkflow &workflow : document.workflows()) {
        for (const ArazzoStep &step : workflow.steps) {
            const QString field = !step.workflowId.isEmpty()      ? QStringLiteral("/workflowId")
                                  : !step.operationPath.isEmpty() ? QStringLiteral("/operationPath")
                                                                  : QStringLiteral("/operationId");
            if (step.workflowId.isEmpty() && step.operationPath.isEmpty()
                && step.operationId.isEmpty())
                continue; // the document's own diagnostic says so
            const Target found = target(step);
            if (!found.problem.isEmpty()) {
                m_diagnostics.append(document.diagnostic(Diagnostic::Severity::Error,
                                                         DiagnosticCode::ArazzoUnresolved,
                                                         tr("The step \"%1\" does not resolve: %2")
                                                             .arg(step.stepId, found.problem),
                                                         step.pointer + field));
            } else if (openapi > 1 && !step.operationId.isEmpty()
                       && !step.operationId.startsWith(u'$')) {
                m_diagnostics.append(
                    document.diagnostic(Diagnostic::Severity::Warning,
                                        DiagnosticCode::ArazzoUnresolved,
                                        tr("With several OpenAPI sources, write "
                                           "$sourceDescriptions.%1.%2 (found in \"%1\").")
                                            .arg(found.source->declared.name, step.operationId),
                                        step.pointer + field));
            }
        }
    }
    sortDiagnostics(m_diagnostics);
}

} // namespace Oxa
