// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// workflow/ owns Arazzo workflows: their documents and diagnostics, runtime expressions and
// criteria, the sources they call, the runner (each step a call through call/'s CallDriver) and
// run records. It never includes batch/, which never includes it.

#include "core/diagnostic.h"
#include "document/jsontree.h"
#include "document/specloader.h"
#include "workflow/criterion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace Oxa {

class JsonTree;

/** A Criterion Object as written, compiled when it could be. */
struct ArazzoCriterion
{
    QString condition;
    QString context;
    Criterion::Type type = Criterion::Type::Simple;
    QString version;
    std::optional<Criterion> compiled; ///< nothing when it does not compile (a diagnostic says why)
    QString pointer;
};

/** A Success or Failure Action Object, reusable references resolved. */
struct ArazzoAction
{
    enum class Type : quint8 { End, Goto, Retry };
    QString name;
    Type type = Type::End;
    QString stepId;
    QString workflowId;
    std::optional<double> retryAfter; ///< seconds
    std::optional<int> retryLimit;    ///< Arazzo's default, when absent, is one retry
    QList<ArazzoCriterion> criteria;
    QString pointer;

    int effectiveRetryLimit() const { return retryLimit.value_or(1); }
};

/** A Parameter Object; a reusable one carries its component's fields and its own value. */
struct ArazzoParameter
{
    QString name;
    QString in; ///< path, query, header, cookie; empty for a sub-workflow's inputs
    QJsonValue value;
    QString pointer;
};

struct ArazzoReplacement
{
    QString target; ///< a JSON pointer into the payload
    QJsonValue value;
    QString pointer;
};

struct ArazzoRequestBody
{
    QString contentType;
    QJsonValue payload = QJsonValue(QJsonValue::Undefined);
    QList<ArazzoReplacement> replacements;
    QString pointer;
};

/** An output: a name and the value (most often one runtime expression) it takes. */
struct ArazzoOutput
{
    QString name;
    QJsonValue value;
    QString pointer;
};

/** x-oxa-prompt: a value a person gives before the step runs, kept as $inputs.<name>. */
struct ArazzoPrompt
{
    QString name;
    QString title;
    QString description;
    QJsonValue schema = true;
};

/**
 * x-oxa-foreach: the step runs once per item of an array; during each, the item is
 * $inputs.<as> and the step's outputs are collected as arrays in the items' order.
 */
struct ArazzoForeach
{
    QString items; ///< a runtime expression giving an array
    QString as = QStringLiteral("item");
    int maxItems = 10'000;
};

struct ArazzoStep
{
    QString stepId;
    QString description;
    QString operationId;   ///< as written: "lookup" or "$sourceDescriptions.demo.lookup"
    QString operationPath; ///< "{$sourceDescriptions.demo.url}#/paths/~1alerts/get"
    QString workflowId;    ///< a workflow of this document, or "$sourceDescriptions.x.id"
    QList<ArazzoParameter> parameters; ///< the step's own, reusable references resolved
    std::optional<ArazzoRequestBody> requestBody;
    QList<ArazzoCriterion> successCriteria;
    QList<ArazzoAction> onSuccess;
    QList<ArazzoAction> onFailure;
    QList<ArazzoOutput> outputs;
    bool confirm = false; ///< x-oxa-confirm
    QList<ArazzoPrompt> prompts;
    std::optional<ArazzoForeach> foreach;
    QString pointer;
};

struct ArazzoWorkflow
{
    QString workflowId;
    QString summary;
    QString description;
    QJsonValue inputs = QJsonValue(QJsonValue::Undefined); ///< a JSON Schema
    QString inputsPointer;
    QStringList dependsOn;
    QList<ArazzoStep> steps;
    QList<ArazzoAction> successActions;
    QList<ArazzoAction> failureActions;
    QList<ArazzoOutput> outputs;
    QList<ArazzoParameter> parameters;
    QString pointer;

    /** The step's index, or -1. */
    int stepIndex(QStringView stepId) const;
    /** A step's parameters with the workflow's, the step's winning by (name, in). */
    QList<ArazzoParameter> parametersOf(const ArazzoStep &step) const;
    /** A step's actions then the workflow's that the step does not override (by name). */
    QList<ArazzoAction> successActionsOf(const ArazzoStep &step) const;
    QList<ArazzoAction> failureActionsOf(const ArazzoStep &step) const;
};

struct ArazzoSource
{
    QString name;
    QString url;
    QString type = QStringLiteral("openapi"); ///< openapi, arazzo (1.1: asyncapi)
    QString pointer;
};

/**
 * An Arazzo document (1.0.x; 1.1.x read with a diagnostic for each feature not run), with
 * every diagnostic of its own: structure, validated with the official JSON Schema by our
 * validator, then meaning (unique ids, step targets, goto targets, dependsOn cycles, runtime
 * expressions, output names, criteria, components, the console's x-oxa- extensions). Whether
 * steps resolve against their sources is WorkflowSources' business, once those are loaded.
 * Immutable once loaded; share it between threads.
 */
class ArazzoDocument
{
    Q_DECLARE_TR_FUNCTIONS(ArazzoDocument)

public:
    struct Load
    {
        std::shared_ptr<const ArazzoDocument> document; ///< null when unreadable or not Arazzo
        Diagnostics diagnostics;
    };

    /** Reads a file or URL under the options' limits (the loader's reader and fetcher). */
    static Load load(const QString &location, const LoadOptions &options = {});
    /** A text already in memory; `url` names it and anchors its sources' relative URLs. */
    static Load fromBytes(QByteArray bytes, const QUrl &url, const LoadOptions &options = {});
    /** Whether a parsed text is an Arazzo document: an object with an "arazzo" member. */
    static bool isArazzo(const JsonTree &tree);
    /** Whether a text looks like one, without parsing it all (a file chooser, the command line). */
    static bool looksLikeArazzo(const QByteArray &head);

    const QUrl &url() const { return m_url; }
    const QString &version() const { return m_version; }
    bool isVersion11() const { return m_version.startsWith(u"1.1"); }
    const QString &title() const { return m_title; }
    const QString &summary() const { return m_summary; }
    const QString &description() const { return m_description; }
    const QString &documentVersion() const { return m_documentVersion; }
    const QList<ArazzoSource> &sources() const { return m_sources; }
    const QList<ArazzoWorkflow> &workflows() const { return m_workflows; }
    const QJsonObject &components() const { return m_components; }
    const JsonTree &tree() const { return *m_tree; }
    std::shared_ptr<const JsonTree> sharedTree() const { return m_tree; }

    const ArazzoWorkflow *workflow(QStringView workflowId) const;
    const ArazzoSource *source(QStringView name) const;
    /** The URL a source's `url` stands for, relative ones against the document's. */
    QUrl sourceUrl(const ArazzoSource &source) const;

    /** Where a pointer of this document is written (the deepest part of it that exists). */
    TextPosition position(const QString &pointer) const;
    /** A diagnostic at a pointer of this document, with its line and column. */
    Diagnostic diagnostic(Diagnostic::Severity severity,
                          DiagnosticCode code,
                          const QString &message,
                          const QString &pointer) const;

private:
    friend class ArazzoReader;

    QUrl m_url;
    QString m_version;
    QString m_title;
    QString m_summary;
    QString m_description;
    QString m_documentVersion;
    QList<ArazzoSource> m_sources;
    QList<ArazzoWorkflow> m_workflows;
    QJsonObject m_components;
    std::shared_ptr<const JsonTree> m_tree;
};

} // namespace Oxa
