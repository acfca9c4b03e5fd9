// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/arazzodocument.h"

#include "document/documentfetcher.h"
#include "document/jsonpointer.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "schema/schemaset.h"
#include "schema/schemavalidator.h"
#include "workflow/runtimeexpression.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <functional>
#include <thread>

namespace Oxa {

namespace {

constexpr int kMaxSchemaDiagnostics = 50;
const QString kSchemaUri = QStringLiteral("https://spec.openapis.org/arazzo/1.0/schema/2024-08-01");

/** The official Arazzo 1.0 schema, compiled once for every document and thread. */
class ArazzoSchema
{
public:
    static ArazzoSchema &instance()
    {
        static ArazzoSchema schema;
        return schema;
    }

    QList<ValidationError> validate(const JsonNode &root)
    {
        if (!m_root)
            return {};
        SchemaValidator::Options options;
        options.assertFormats = false;
        options.maxErrors = kMaxSchemaDiagnostics;
        return SchemaValidator(m_set, options).validate(*m_root, root);
    }

private:
    ArazzoSchema()
    {
        QFile file(QStringLiteral(":/oxa/schemas/arazzo-1.0.json"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        addDocument(kSchemaUri, amended(file.readAll()));
        // Workflow inputs are "a JSON Schema", checked by the 2020-12 meta-schema, which is not
        // bundled: an object or a boolean here; compiling the inputs says the rest.
        addDocument(QStringLiteral("https://json-schema.org/draft/2020-12/schema"),
                    QByteArrayLiteral(R"({"type": ["object", "boolean"]})"));
        m_root = m_set.compileDocument(kSchemaUri);
    }

    void addDocument(const QString &uri, QByteArray text)
    {
        auto tree = std::make_shared<JsonTree>(std::move(text), SourceFormat::Json);
        Diagnostics findings;
        if (JsonReader::read(*tree, LoadLimits(), findings))
            m_set.addDocument(uri, tree, SchemaDialect::Draft202012);
    }

    /**
     * The official schema disagrees with the specification's text on failure actions: it
     * requires a retry to name a stepId or a workflowId and a retryAfter, where the text makes
     * all three optional (its own example `retryStep` has none). The text wins: those two
     * conditions are narrowed to what the text says (a goto names its target).
     */
    static QByteArray amended(const QByteArray &text)
    {
        QJsonDocument document = QJsonDocument::fromJson(text);
        QJsonObject root = document.object();
        QJsonObject defs = root.value(u"$defs").toObject();
        QJsonObject action = defs.value(u"failure-action-object").toObject();
        QJsonArray conditions = action.value(u"allOf").toArray();
        if (conditions.size() != 2)
            return text;
        QJsonObject target = conditions.at(0).toObject();
        QJsonObject condition = target.value(u"if").toObject();
        QJsonObject properties = condition.value(u"properties").toObject();
        QJsonObject type = properties.value(u"type").toObject();
        type.insert(u"enum", QJsonArray{QStringLiteral("goto")});
        properties.insert(u"type", type);
        condition.insert(u"properties", properties);
        target.insert(u"if", condition);
        action.insert(u"allOf", QJsonArray{target});
        defs.insert(u"failure-action-object", action);
        root.insert(u"$defs", defs);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

    SchemaSet m_set{SchemaDialect::Draft202012};
    const Schema *m_root = nullptr;
};

/** ^[a-zA-Z0-9.\-_]+$, the pattern of output and component names. */
bool isOutputName(QStringView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'.' || c == u'-' || c == u'_';
    });
}

QString str(const JsonNode *object, std::string_view key)
{
    const JsonNode *value = object && object->isObject() ? object->get(key) : nullptr;
    return value && value->isString() ? value->toString() : QString();
}

} // namespace

/** Reads the tree into an ArazzoDocument, checking meaning as it goes. */
class ArazzoReader
{
    Q_DECLARE_TR_FUNCTIONS(ArazzoDocument)

public:
    /** `sideBySide`: the schema check runs on a thread of its own while the rest is read. */
    ArazzoReader(ArazzoDocument &document, Diagnostics &out, bool sideBySide)
        : m_document(document)
        , m_out(out)
        , m_root(document.m_tree->root())
        , m_sideBySide(sideBySide)
    {}

    void read()
    {
        m_document.m_version = str(m_root, "arazzo");
        checkVersion();
        // The schema check and the reading below only read the tree (and the compiled schema,
        // which is safe to share): on a big document they run side by side.
        QList<ValidationError> schemaErrors;
        std::thread checking;
        if (m_sideBySide)
            checking
                = std::thread([&] { schemaErrors = ArazzoSchema::instance().validate(*m_root); });
        else
            schemaErrors = ArazzoSchema::instance().validate(*m_root);
        const auto reportSchema = qScopeGuard([&] {
            if (checking.joinable())
                checking.join();
            reportStructure(schemaErrors);
        });
        if (const JsonNode *info = m_root->get("info")) {
            m_document.m_title = str(info, "title");
            m_document.m_summary = str(info, "summary");
            m_document.m_description = str(info, "description");
            m_document.m_documentVersion = str(info, "version");
        }
        if (const JsonNode *components = m_root->get("components");
            components && components->isObject()) {
            m_components = components;
            m_document.m_components = toQJsonValue(*components).toObject();
            checkComponentNames();
        }
        readSources();
        readWorkflows();
        checkGraph();
        if (m_document.isVersion11())
            noteVersion11();
    }

private:
    void report(Diagnostic::Severity severity,
                DiagnosticCode code,
                const QString &message,
                const QString &pointer)
    {
        m_out.append(m_document.diagnostic(severity, code, message, pointer));
    }
    void error(DiagnosticCode code, const QString &message, const QString &pointer)
    {
        report(Diagnostic::Severity::Error, code, message, pointer);
    }
    void warning(DiagnosticCode code, const QString &message, const QString &pointer)
    {
        report(Diagnostic::Severity::Warning, code, message, pointer);
    }

    // Structure ----------------------------------------------------------------------------------

    void checkVersion()
    {
        if (!m_document.m_version.startsWith(u"1.0.") && !m_document.isVersion11()) {
            error(DiagnosticCode::ArazzoVersion,
                  tr("Arazzo %1 is not a version the console reads (1.0.x, and 1.1.x in part).")
                      .arg(m_document.m_version.isEmpty() ? tr("(no version)")
                                                          : m_document.m_version),
                  QStringLiteral("/arazzo"));
        }
    }

    void reportStructure(const QList<ValidationError> &errors)
    {
        const bool version11 = m_document.isVersion11();
        for (const ValidationError &problem : errors) {
            // 1.1 adds fields and a source type the 1.0 schema refuses: they get their own notes.
            if (version11
                && (problem.instancePointer == u"/arazzo"
                    || problem.keyword == u"unevaluatedProperties"
                    || problem.instancePointer.endsWith(u"/type")))
                continue;
            error(DiagnosticCode::ArazzoSchema, problem.message, problem.instancePointer);
        }
    }

    void noteVersion11()
    {
        if (m_root->get("$self")) {
            report(Diagnostic::Severity::Info,
                   DiagnosticCode::ArazzoNotRun,
                   tr("Arazzo 1.1's $self is not used: relative URLs resolve against where the "
                      "document was read."),
                   QStringLiteral("/$self"));
        }
    }

    void checkComponentNames()
    {
        for (const JsonMember &kind : m_components->members()) {
            if (!kind.value.isObject())
                continue;
            for (const JsonMember &member : kind.value.members()) {
                if (!isOutputName(member.keyString())) {
                    error(DiagnosticCode::ArazzoOutputName,
                          tr("The component name \"%1\" may only hold letters, digits, \".\", "
                             "\"-\" and \"_\".")
                              .arg(member.keyString()),
                          JsonPointer::append(JsonPointer::append(QStringLiteral("/components"),
                                                                  kind.key()),
                                              member.key()));
                }
            }
        }
    }

    // Sources --------------------------------------------------------------------------------------

    void readSources()
    {
        const JsonNode *sources = m_root->get("sourceDescriptions");
        if (!sources || !sources->isArray())
            return;
        QSet<QString> names;
        for (quint32 i = 0; i < sources->size(); ++i) {
            const JsonNode *node = sources->at(i);
            ArazzoSource source;
            source.pointer
                = JsonPointer::append(QStringLiteral("/sourceDescriptions"), qsizetype(i));
            source.name = str(node, "name");
            source.url = str(node, "url");
            if (const QString type = str(node, "type"); !type.isEmpty())
                source.type = type;
            if (names.contains(source.name)) {
                error(DiagnosticCode::ArazzoDuplicateId,
                      tr("Two source descriptions are named \"%1\".").arg(source.name),
                      source.pointer + u"/name");
            }
            names.insert(source.name);
            if (source.type == u"asyncapi") {
                warning(
                    DiagnosticCode::ArazzoNotRun,
                    tr("AsyncAPI sources (Arazzo 1.1) are read but not run: steps on \"%1\" fail.")
                        .arg(source.name),
                    source.pointer + u"/type");
            }
            m_document.m_sources.append(source);
        }
    }

    // Workflows ------------------------------------------------------------------------------------

    void readWorkflows()
    {
        const JsonNode *workflows = m_root->get("workflows");
        if (!workflows || !workflows->isArray())
            return;
        // Ids first: goto and sub-workflow targets may name a later workflow.
        QSet<QString> ids;
        for (quint32 i = 0; i < workflows->size(); ++i) {
            const QString id = str(workflows->at(i), "workflowId");
            const QString pointer = JsonPointer::append(QStringLiteral("/workflows"), qsizetype(i));
            if (ids.contains(id)) {
                error(DiagnosticCode::ArazzoDuplicateId,
                      tr("Two workflows have the workflowId \"%1\".").arg(id),
                      pointer + u"/workflowId");
            }
            ids.insert(id);
        }
        for (quint32 i = 0; i < workflows->size(); ++i) {
            const JsonNode *node = workflows->at(i);
            if (node && node->isObject())
                m_document.m_workflows.append(
                    readWorkflow(*node,
                                 JsonPointer::append(QStringLiteral("/workflows"), qsizetype(i))));
        }
    }

    ArazzoWorkflow readWorkflow(const JsonNode &node, const QString &pointer)
    {
        ArazzoWorkflow workflow;
        workflow.pointer = pointer;
        workflow.workflowId = str(&node, "workflowId");
        workflow.summary = str(&node, "summary");
        workflow.description = str(&node, "description");
        if (const JsonNode *inputs = node.get("inputs")) {
            workflow.inputs = toQJsonValue(*inputs);
            workflow.inputsPointer = pointer + u"/inputs";
            checkInputReferences(*inputs, workflow.inputsPointer);
        }
        if (const JsonNode *depends = node.get("dependsOn"); depends && depends->isArray()) {
            for (const JsonNode &item : depends->items())
                workflow.dependsOn.append(item.toString());
        }
        workflow.parameters
            = readParameters(node.get("parameters"), pointer + u"/parameters", false);
        workflow.successActions
            = readActions(node.get("successActions"), pointer + u"/successActions", true);
        workflow.failureActions
            = readActions(node.get("failureActions"), pointer + u"/failureActions", false);
        workflow.outputs = readOutputs(node.get("outputs"), pointer + u"/outputs");
        if (const JsonNode *steps = node.get("steps"); steps && steps->isArray()) {
            QSet<QString> stepIds;
            for (quint32 i = 0; i < steps->size(); ++i) {
                const JsonNode *stepNode = steps->at(i);
                if (!stepNode || !stepNode->isObject())
                    continue;
                ArazzoStep step
                    = readStep(*stepNode, JsonPointer::append(pointer + u"/steps", qsizetype(i)));
                if (stepIds.contains(step.stepId)) {
                    error(DiagnosticCode::ArazzoDuplicateId,
                          tr("Two steps of \"%1\" have the stepId \"%2\".")
                              .arg(workflow.workflowId, step.stepId),
                          step.pointer + u"/stepId");
                }
                stepIds.insert(step.stepId);
                workflow.steps.append(step);
            }
        }
        return workflow;
    }

    /** `$ref`s of workflow inputs point into components/inputs, and must exist. */
    void checkInputReferences(const JsonNode &schema, const QString &pointer)
    {
        if (schema.isObject()) {
            for (const JsonMember &member : schema.members()) {
                const QString at = JsonPointer::append(pointer, member.key());
                if (member.key() == "$ref" && member.value.isString()) {
                    const QString reference = member.value.toString();
                    if (reference.startsWith(u'#')) {
                        const auto tokens = JsonPointer::parse(reference.mid(1).toStdString());
                        if (!tokens || !JsonPointer::evaluate(m_root, *tokens)) {
                            error(DiagnosticCode::ArazzoComponent,
                                  tr("The schema \"%1\" does not exist in this document.")
                                      .arg(reference),
                                  at);
                        }
                    }
                } else {
                    checkInputReferences(member.value, at);
                }
            }
        } else if (schema.isArray()) {
            for (quint32 i = 0; i < schema.size(); ++i)
                checkInputReferences(*schema.at(i), JsonPointer::append(pointer, qsizetype(i)));
        }
    }

    ArazzoStep readStep(const JsonNode &node, const QString &pointer)
    {
        ArazzoStep step;
        step.pointer = pointer;
        step.stepId = str(&node, "stepId");
        step.description = str(&node, "description");
        step.operationId = str(&node, "operationId");
        step.operationPath = str(&node, "operationPath");
        step.workflowId = str(&node, "workflowId");
        const int targets = int(node.get("operationId") != nullptr)
                            + int(node.get("operationPath") != nullptr)
                            + int(node.get("workflowId") != nullptr);
        if (targets != 1) {
            error(DiagnosticCode::ArazzoStepTarget,
                  targets == 0
                      ? tr("The step \"%1\" names no operationId, operationPath or workflowId.")
                            .arg(step.stepId)
                      : tr("The step \"%1\" names more than one of operationId, operationPath and "
                           "workflowId.")
                            .arg(step.stepId),
                  pointer);
        }
        checkTargetExpression(step.operationId, pointer + u"/operationId");
        checkTargetExpression(step.workflowId, pointer + u"/workflowId");
        if (!step.operationPath.isEmpty()) {
            const auto found = Expressions::find(step.operationPath);
            if (found.isEmpty() || !step.operationPath.contains(u'#')) {
                error(DiagnosticCode::ArazzoExpression,
                      tr("An operationPath is {$sourceDescriptions.<name>.url} followed by \"#\" "
                         "and a JSON pointer."),
                      pointer + u"/operationPath");
            }
            checkExpressions(QJsonValue(step.operationPath), pointer + u"/operationPath");
        }
        if (!step.workflowId.isEmpty() && !step.workflowId.startsWith(u'$')
            && !m_document.workflow(step.workflowId) && !workflowIdDeclared(step.workflowId)) {
            error(
                DiagnosticCode::ArazzoUnresolved,
                tr("The step \"%1\" calls the workflow \"%2\", which this document does not have.")
                    .arg(step.stepId, step.workflowId),
                pointer + u"/workflowId");
        }
        const bool callsWorkflow = !step.workflowId.isEmpty();
        step.parameters
            = readParameters(node.get("parameters"), pointer + u"/parameters", !callsWorkflow);
        if (const JsonNode *body = node.get("requestBody"); body && body->isObject()) {
            ArazzoRequestBody requestBody;
            requestBody.pointer = pointer + u"/requestBody";
            requestBody.contentType = str(body, "contentType");
            if (const JsonNode *payload = body->get("payload")) {
                requestBody.payload = toQJsonValue(*payload);
                checkExpressions(requestBody.payload, requestBody.pointer + u"/payload");
            }
            if (const JsonNode *replacements = body->get("replacements");
                replacements && replacements->isArray()) {
                for (quint32 i = 0; i < replacements->size(); ++i) {
                    const JsonNode *item = replacements->at(i);
                    ArazzoReplacement replacement;
                    replacement.pointer
                        = JsonPointer::append(requestBody.pointer + u"/replacements", qsizetype(i));
                    replacement.target = str(item, "target");
                    if (const JsonNode *value
                        = item && item->isObject() ? item->get("value") : nullptr)
                        replacement.value = toQJsonValue(*value);
                    if (!replacement.target.isEmpty()
                        && !JsonPointer::parse(replacement.target.toStdString())) {
                        error(DiagnosticCode::ArazzoParameter,
                              tr("The replacement target \"%1\" is not a JSON pointer; XPath "
                                 "targets are not supported.")
                                  .arg(replacement.target),
                              replacement.pointer + u"/target");
                    }
                    checkExpressions(replacement.value, replacement.pointer + u"/value");
                    requestBody.replacements.append(replacement);
                }
            }
            step.requestBody = requestBody;
        }
        step.successCriteria
            = readCriteria(node.get("successCriteria"), pointer + u"/successCriteria");
        step.onSuccess = readActions(node.get("onSuccess"), pointer + u"/onSuccess", true);
        step.onFailure = readActions(node.get("onFailure"), pointer + u"/onFailure", false);
        step.outputs = readOutputs(node.get("outputs"), pointer + u"/outputs");
        readExtensions(node, step);
        for (const char *field : {"action", "correlationId", "timeout"}) {
            if (node.get(field)) {
                warning(
                    DiagnosticCode::ArazzoNotRun,
                    tr("\"%1\" belongs to Arazzo 1.1's AsyncAPI steps, which are read but not run.")
                        .arg(QString::fromLatin1(field)),
                    JsonPointer::append(pointer, std::string_view(field)));
            }
        }
        return step;
    }

    /** `$sourceDescriptions.<name>.<id>` in an operationId or a workflowId must name a source. */
    void checkTargetExpression(const QString &target, const QString &pointer)
    {
        if (!target.startsWith(u'$'))
            return;
        const auto expression = RuntimeExpression::parse(target);
        if (!expression || expression->root() != RuntimeExpression::Root::SourceDescriptions
            || expression->field().isEmpty()) {
            error(DiagnosticCode::ArazzoExpression,
                  tr("\"%1\" is not $sourceDescriptions.<name>.<id>.").arg(target),
                  pointer);
            return;
        }
        if (!m_document.source(expression->name())) {
            error(DiagnosticCode::ArazzoUnresolved,
                  tr("There is no source description named \"%1\".").arg(expression->name()),
                  pointer);
        }
    }

    bool workflowIdDeclared(const QString &workflowId) const
    {
        const JsonNode *workflows = m_root->get("workflows");
        if (!workflows || !workflows->isArray())
            return false;
        for (const JsonNode &workflow : workflows->items()) {
            if (str(&workflow, "workflowId") == workflowId)
                return true;
        }
        return false;
    }

    void readExtensions(const JsonNode &node, ArazzoStep &step)
    {
        if (const JsonNode *confirm = node.get("x-oxa-confirm")) {
            if (!confirm->isBool()) {
                error(DiagnosticCode::ArazzoExtension,
                      tr("x-oxa-confirm is true or false."),
                      step.pointer + u"/x-oxa-confirm");
            }
            step.confirm = confirm->toBool();
        }
        if (const JsonNode *prompts = node.get("x-oxa-prompt")) {
            const QString at = step.pointer + u"/x-oxa-prompt";
            const auto readPrompt = [&](const JsonNode &prompt, const QString &promptPointer) {
                ArazzoPrompt read;
                read.name = str(&prompt, "name");
                read.title = str(&prompt, "title");
                read.description = str(&prompt, "description");
                if (const JsonNode *schema = prompt.isObject() ? prompt.get("schema") : nullptr)
                    read.schema = toQJsonValue(*schema);
                if (!prompt.isObject() || read.name.isEmpty() || !isOutputName(read.name)) {
                    error(DiagnosticCode::ArazzoExtension,
                          tr("x-oxa-prompt is an object with a name (letters, digits, \".\", "
                             "\"-\", \"_\"), "
                             "a title, a description and a JSON Schema."),
                          promptPointer);
                    return;
                }
                step.prompts.append(read);
            };
            if (prompts->isArray()) {
                for (quint32 i = 0; i < prompts->size(); ++i)
                    readPrompt(*prompts->at(i), JsonPointer::append(at, qsizetype(i)));
            } else {
                readPrompt(*prompts, at);
            }
        }
        if (const JsonNode *foreach = node.get("x-oxa-foreach")) {
            const QString at = step.pointer + u"/x-oxa-foreach";
            ArazzoForeach read;
            read.items = foreach->isString() ? foreach->toString() : str(foreach, "items");
            if (const QString as = str(foreach, "as"); !as.isEmpty())
                read.as = as;
            if (const JsonNode *max = foreach->isObject() ? foreach->get("maxItems") : nullptr;
                max && max->isInteger())
                read.maxItems = int(qBound(qint64(1), max->toInteger(), qint64(1'000'000)));
            if (!RuntimeExpression::looksLikeExpression(read.items) || !isOutputName(read.as)) {
                error(
                    DiagnosticCode::ArazzoExtension,
                    tr("x-oxa-foreach is a runtime expression giving an array, or an object with "
                       "\"items\" "
                       "(that expression), \"as\" (the input name of each item) and \"maxItems\"."),
                    at);
            } else {
                checkExpressions(QJsonValue(read.items), foreach->isString() ? at : at + u"/items");
                step.foreach = read;
            }
        }
    }

    // Parameters, actions, criteria, outputs --------------------------------------------------------

    /** A Reusable Object's component, or null (with a diagnostic). */
    const JsonNode *component(const JsonNode &reusable,
                              const QString &pointer,
                              QStringView kind,
                              QString *componentPointer)
    {
        const QString reference = str(&reusable, "reference");
        const auto expression = RuntimeExpression::parse(reference);
        if (!expression || expression->root() != RuntimeExpression::Root::Components
            || expression->field() != kind) {
            error(DiagnosticCode::ArazzoComponent,
                  tr("A reference here is $components.%1.<name>.").arg(kind.toString()),
                  pointer + u"/reference");
            return nullptr;
        }
        const JsonNode *kindNode
            = m_components ? m_components->get(kind.toUtf8().toStdString()) : nullptr;
        const QByteArray name = expression->member().toUtf8();
        const JsonNode *found
            = kindNode ? kindNode->get(std::string_view(name.constData(), size_t(name.size())))
                       : nullptr;
        if (!found || !found->isObject()) {
            error(DiagnosticCode::ArazzoComponent,
                  tr("There is no component %1.%2.").arg(kind.toString(), expression->member()),
                  pointer + u"/reference");
            return nullptr;
        }
        *componentPointer
            = JsonPointer::append(JsonPointer::append(QStringLiteral("/components"), kind),
                                  expression->member());
        return found;
    }

    QList<ArazzoParameter> readParameters(const JsonNode *list,
                                          const QString &pointer,
                                          bool inRequired)
    {
        QList<ArazzoParameter> parameters;
        if (!list || !list->isArray())
            return parameters;
        QSet<QPair<QString, QString>> seen;
        for (quint32 i = 0; i < list->size(); ++i) {
            const JsonNode &item = *list->at(i);
            const QString at = JsonPointer::append(pointer, qsizetype(i));
            ArazzoParameter parameter;
            parameter.pointer = at;
            const JsonNode *source = &item;
            if (item.isObject() && item.get("reference")) {
                QString componentPointer;
                source = component(item, at, u"parameters", &componentPointer);
                if (!source)
                    continue;
                parameter.pointer = componentPointer;
            }
            parameter.name = str(source, "name");
            parameter.in = str(source, "in");
            if (const JsonNode *value = source->get("value"))
                parameter.value = toQJsonValue(*value);
            if (source != &item) {
                if (const JsonNode *value = item.get("value")) {
                    parameter.value = toQJsonValue(*value);
                    parameter.pointer = at;
                }
            }
            if (inRequired && parameter.in.isEmpty()) {
                error(DiagnosticCode::ArazzoParameter,
                      tr("The parameter \"%1\" goes to an operation: say where with \"in\".")
                          .arg(parameter.name),
                      at);
            }
            const QPair<QString, QString> key{parameter.name, parameter.in};
            if (seen.contains(key)) {
                error(DiagnosticCode::ArazzoParameter,
                      tr("The parameter \"%1\" is given twice.").arg(parameter.name),
                      at);
            }
            seen.insert(key);
            checkExpressions(parameter.value, at + u"/value");
            parameters.append(parameter);
        }
        return parameters;
    }

    QList<ArazzoAction> readActions(const JsonNode *list, const QString &pointer, bool success)
    {
        QList<ArazzoAction> actions;
        if (!list || !list->isArray())
            return actions;
        QSet<QString> names;
        for (quint32 i = 0; i < list->size(); ++i) {
            const JsonNode &item = *list->at(i);
            const QString at = JsonPointer::append(pointer, qsizetype(i));
            const JsonNode *source = &item;
            QString sourcePointer = at;
            if (item.isObject() && item.get("reference")) {
                source = component(item,
                                   at,
                                   success ? u"successActions" : u"failureActions",
                                   &sourcePointer);
                if (!source)
                    continue;
            }
            ArazzoAction action;
            action.pointer = sourcePointer;
            action.name = str(source, "name");
            const QString type = str(source, "type");
            if (type == u"goto")
                action.type = ArazzoAction::Type::Goto;
            else if (type == u"retry" && !success)
                action.type = ArazzoAction::Type::Retry;
            action.stepId = str(source, "stepId");
            action.workflowId = str(source, "workflowId");
            if (const JsonNode *after = source->get("retryAfter"); after && after->isNumber())
                action.retryAfter = after->toDouble();
            if (const JsonNode *limit = source->get("retryLimit"); limit && limit->isNumber())
                action.retryLimit = int(qBound(qint64(0), limit->toInteger(), qint64(1'000'000)));
            action.criteria = readCriteria(source->get("criteria"), sourcePointer + u"/criteria");
            if (action.type == ArazzoAction::Type::Goto
                && action.stepId.isEmpty() == action.workflowId.isEmpty()) {
                error(DiagnosticCode::ArazzoGotoTarget,
                      tr("A goto names a stepId or a workflowId, exactly one."),
                      sourcePointer);
            }
            if (action.type == ArazzoAction::Type::Retry && !action.stepId.isEmpty()
                && !action.workflowId.isEmpty()) {
                error(DiagnosticCode::ArazzoGotoTarget,
                      tr("A retry names a stepId or a workflowId to run first, not both."),
                      sourcePointer);
            }
            if (action.type != ArazzoAction::Type::Retry
                && (source->get("retryAfter") || source->get("retryLimit"))) {
                warning(DiagnosticCode::ArazzoGotoTarget,
                        tr("retryAfter and retryLimit only apply to a retry."),
                        sourcePointer);
            }
            if (names.contains(action.name)) {
                error(DiagnosticCode::ArazzoDuplicateId,
                      tr("Two actions of this list are named \"%1\".").arg(action.name),
                      at);
            }
            names.insert(action.name);
            actions.append(action);
        }
        return actions;
    }

    QList<ArazzoCriterion> readCriteria(const JsonNode *list, const QString &pointer)
    {
        QList<ArazzoCriterion> criteria;
        if (!list || !list->isArray())
            return criteria;
        for (quint32 i = 0; i < list->size(); ++i) {
            const JsonNode &item = *list->at(i);
            ArazzoCriterion criterion;
            criterion.pointer = JsonPointer::append(pointer, qsizetype(i));
            criterion.condition = str(&item, "condition");
            criterion.context = str(&item, "context");
            bool hasType = false;
            if (const JsonNode *type = item.isObject() ? item.get("type") : nullptr) {
                hasType = true;
                const QString name = type->isObject() ? str(type, "type") : type->toString();
                criterion.version = type->isObject() ? str(type, "version") : QString();
                if (const auto known = Criterion::typeFromName(name))
                    criterion.type = *known;
                else
                    continue; // the schema's diagnostic says so
            }
            if (hasType && criterion.type != Criterion::Type::Simple
                && criterion.context.isEmpty()) {
                error(DiagnosticCode::ArazzoCriterion,
                      tr("A criterion with a type needs a context, such as $response.body."),
                      criterion.pointer);
                criteria.append(criterion);
                continue;
            }
            if (criterion.type == Criterion::Type::XPath && criterion.version.isEmpty()) {
                warning(DiagnosticCode::ArazzoCriterion,
                        tr("Without a version this XPath is XPath 3.1, which the console evaluates "
                           "as XPath 1.0."),
                        criterion.pointer + u"/type");
            }
            if (criterion.type == Criterion::Type::JsonPath && !criterion.version.isEmpty()) {
                warning(DiagnosticCode::ArazzoCriterion,
                        tr("This JSONPath is evaluated as RFC 9535 says, which most Goessner "
                           "queries share."),
                        criterion.pointer + u"/type");
            }
            auto compiled = Criterion::compile(criterion.condition,
                                               criterion.context,
                                               criterion.type,
                                               criterion.version);
            if (compiled) {
                criterion.compiled = *compiled;
            } else {
                const bool contextFault
                    = !criterion.context.isEmpty() && !RuntimeExpression::parse(criterion.context);
                report(compiled.error().code == Error::Code::Unsupported
                           ? Diagnostic::Severity::Warning
                           : Diagnostic::Severity::Error,
                       contextFault ? DiagnosticCode::ArazzoExpression
                                    : DiagnosticCode::ArazzoCriterion,
                       compiled.error().message,
                       criterion.pointer + (contextFault ? u"/context" : u"/condition"));
            }
            criteria.append(criterion);
        }
        return criteria;
    }

    QList<ArazzoOutput> readOutputs(const JsonNode *map, const QString &pointer)
    {
        QList<ArazzoOutput> outputs;
        if (!map || !map->isObject())
            return outputs;
        for (const JsonMember &member : map->members()) {
            ArazzoOutput output;
            output.name = member.keyString();
            output.value = toQJsonValue(member.value);
            output.pointer = JsonPointer::append(pointer, member.key());
            if (!isOutputName(output.name)) {
                error(DiagnosticCode::ArazzoOutputName,
                      tr("The output name \"%1\" may only hold letters, digits, \".\", \"-\" and "
                         "\"_\".")
                          .arg(output.name),
                      output.pointer);
            }
            checkExpressions(output.value, output.pointer);
            outputs.append(output);
        }
        return outputs;
    }

    /** Every runtime expression of a value parses (whole, or embedded in {…}). */
    void checkExpressions(const QJsonValue &value, const QString &pointer)
    {
        for (const auto &found : Expressions::find(value)) {
            if (found.error) {
                error(DiagnosticCode::ArazzoExpression, found.error->message, pointer);
                continue;
            }
            const auto expression = RuntimeExpression::parse(found.text);
            if (expression && expression->root() == RuntimeExpression::Root::Steps
                && expression->field().isEmpty() && !expression->member().isEmpty()) {
                warning(DiagnosticCode::ArazzoExpression,
                        tr("\"%1\" reads as $steps.%2.outputs.%3: write it so for other runners.")
                            .arg(found.text, expression->name(), expression->member()),
                        pointer);
            }
        }
    }

    // Between workflows and steps ----------------------------------------------------------------

    void checkGraph()
    {
        const auto &workflows = m_document.m_workflows;
        for (const ArazzoWorkflow &workflow : workflows) {
            for (qsizetype i = 0; i < workflow.dependsOn.size(); ++i) {
                const QString &id = workflow.dependsOn.at(i);
                const QString at = JsonPointer::append(workflow.pointer + u"/dependsOn", i);
                if (id.startsWith(u'$'))
                    checkTargetExpression(id, at);
                else if (!m_document.workflow(id))
                    error(DiagnosticCode::ArazzoUnresolved,
                          tr("\"%1\" depends on \"%2\", which this document does not have.")
                              .arg(workflow.workflowId, id),
                          at);
            }
            const auto checkActions = [&](const QList<ArazzoAction> &actions,
                                          const ArazzoWorkflow *owner) {
                for (const ArazzoAction &action : actions) {
                    if (!action.stepId.isEmpty() && owner && owner->stepIndex(action.stepId) < 0) {
                        error(DiagnosticCode::ArazzoGotoTarget,
                              tr("The action \"%1\" goes to the step \"%2\", which \"%3\" does not "
                                 "have.")
                                  .arg(action.name, action.stepId, owner->workflowId),
                              action.pointer + u"/stepId");
                    }
                    if (action.workflowId.startsWith(u'$'))
                        checkTargetExpression(action.workflowId, action.pointer + u"/workflowId");
                    else if (!action.workflowId.isEmpty() && !m_document.workflow(action.workflowId))
                        error(DiagnosticCode::ArazzoGotoTarget,
                              tr("The action \"%1\" goes to the workflow \"%2\", which this "
                                 "document does not have.")
                                  .arg(action.name, action.workflowId),
                              action.pointer + u"/workflowId");
                }
            };
            checkActions(workflow.successActions, &workflow);
            checkActions(workflow.failureActions, &workflow);
            for (const ArazzoStep &step : workflow.steps) {
                checkActions(step.onSuccess, &workflow);
                checkActions(step.onFailure, &workflow);
            }
        }
        // dependsOn without cycles: a depth-first walk that meets a workflow still on its path.
        QHash<QString, int> state; // 1 on the path, 2 done
        std::function<bool(const ArazzoWorkflow &, QStringList &)> visit
            = [&](const ArazzoWorkflow &workflow, QStringList &path) {
                  state[workflow.workflowId] = 1;
                  path.append(workflow.workflowId);
                  for (const QString &id : workflow.dependsOn) {
                      const ArazzoWorkflow *next = m_document.workflow(id);
                      if (!next)
                          continue;
                      if (state.value(id) == 1) {
                          path.append(id);
                          error(DiagnosticCode::ArazzoDependencyCycle,
                                tr("dependsOn goes round in a circle: %1.").arg(path.join(u" → ")),
                                workflow.pointer + u"/dependsOn");
                          return false;
                      }
                      if (state.value(id) == 0 && !visit(*next, path))
                          return false;
                  }
                  path.removeLast();
                  state[workflow.workflowId] = 2;
                  return true;
              };
        for (const ArazzoWorkflow &workflow : workflows) {
            QStringList path;
            if (state.value(workflow.workflowId) == 0)
                visit(workflow, path);
        }
    }

    ArazzoDocument &m_document;
    Diagnostics &m_out;
    const JsonNode *m_root;
    bool m_sideBySide = false;
    const JsonNode *m_components = nullptr;
};

// ArazzoWorkflow --------------------------------------------------------------------------------------

int ArazzoWorkflow::stepIndex(QStringView stepId) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).stepId == stepId)
            return int(i);
    }
    return -1;
}

QList<ArazzoParameter> ArazzoWorkflow::parametersOf(const ArazzoStep &step) const
{
    QList<ArazzoParameter> merged = step.parameters;
    for (const ArazzoParameter &inherited : parameters) {
        const bool overridden
            = std::any_of(merged.cbegin(), merged.cend(), [&](const ArazzoParameter &own) {
                  return own.name == inherited.name && own.in == inherited.in;
              });
        if (!overridden)
            merged.append(inherited);
    }
    return merged;
}

namespace {

QList<ArazzoAction> mergeActions(const QList<ArazzoAction> &own,
                                 const QList<ArazzoAction> &inherited)
{
    QList<ArazzoAction> merged = own;
    for (const ArazzoAction &action : inherited) {
        const bool overridden
            = std::any_of(own.cbegin(), own.cend(), [&](const ArazzoAction &mine) {
                  return mine.name == action.name;
              });
        if (!overridden)
            merged.append(action);
    }
    return merged;
}

} // namespace

QList<ArazzoAction> ArazzoWorkflow::successActionsOf(const ArazzoStep &step) const
{
    return mergeActions(step.onSuccess, successActions);
}

QList<ArazzoAction> ArazzoWorkflow::failureActionsOf(const ArazzoStep &step) const
{
    return mergeActions(step.onFailure, failureActions);
}

// ArazzoDocument ----------------------------------------------------------------------------------------

const ArazzoWorkflow *ArazzoDocument::workflow(QStringView workflowId) const
{
    for (const ArazzoWorkflow &workflow : m_workflows) {
        if (workflow.workflowId == workflowId)
            return &workflow;
    }
    return nullptr;
}

const ArazzoSource *ArazzoDocument::source(QStringView name) const
{
    for (const ArazzoSource &source : m_sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

QUrl ArazzoDocument::sourceUrl(const ArazzoSource &source) const
{
    return m_url.resolved(QUrl(source.url));
}

TextPosition ArazzoDocument::position(const QString &pointer) const
{
    if (!m_tree || !m_tree->root())
        return {};
    // The deepest node that exists on the way to the pointer: a missing member is reported
    // where it should have been.
    const auto tokens = JsonPointer::parse(pointer.toStdString());
    const JsonNode *node = m_tree->root();
    if (tokens) {
        std::vector<std::string> prefix;
        for (const std::string &token : *tokens) {
            prefix.push_back(token);
            const JsonNode *next = JsonPointer::evaluate(m_tree->root(), prefix);
            if (!next)
                break;
            node = next;
        }
    }
    return m_tree->position(node->offset());
}

Diagnostic ArazzoDocument::diagnostic(Diagnostic::Severity severity,
                                      DiagnosticCode code,
                                      const QString &message,
                                      const QString &pointer) const
{
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.code = code;
    diagnostic.message = message;
    diagnostic.pointer = pointer;
    const TextPosition at = position(pointer);
    diagnostic.line = at.line;
    diagnostic.column = at.column;
    return diagnostic;
}

bool ArazzoDocument::isArazzo(const JsonTree &tree)
{
    return tree.root() && tree.root()->isObject() && tree.root()->get("arazzo");
}

bool ArazzoDocument::looksLikeArazzo(const QByteArray &head)
{
    static const QRegularExpression key(QStringLiteral("(^|[\\n{,])\\s*[\"']?arazzo[\"']?\\s*:"));
    return key.match(QString::fromUtf8(head.left(64 * 1024))).hasMatch();
}

ArazzoDocument::Load ArazzoDocument::load(const QString &location, const LoadOptions &options)
{
    const QUrl url = SpecLoader::urlFromLocation(location);
    const std::shared_ptr<DocumentFetcher> fetcher
        = options.fetcher ? options.fetcher : std::make_shared<DefaultDocumentFetcher>();
    auto fetched = fetcher->fetch(url,
                                  options.limits.maxDocumentBytes,
                                  options.limits.networkTimeoutSeconds,
                                  options.cancel);
    if (!fetched) {
        Load load;
        Diagnostic diagnostic;
        diagnostic.code = fetched.error().diagnostic;
        diagnostic.message = fetched.error().message;
        load.diagnostics.append(diagnostic);
        return load;
    }
    return fromBytes(std::move(fetched->bytes),
                     fetched->url.isValid() ? fetched->url : url,
                     options);
}

ArazzoDocument::Load ArazzoDocument::fromBytes(QByteArray bytes,
                                               const QUrl &url,
                                               const LoadOptions &options)
{
    Load load;
    const qsizetype size = bytes.size();
    auto parsed
        = SpecLoader::parseText(std::move(bytes), url, options.limits, load.diagnostics, QString());
    if (!parsed) {
        Diagnostic diagnostic;
        diagnostic.code = parsed.error().diagnostic;
        diagnostic.message = parsed.error().message;
        diagnostic.line = parsed.error().line;
        diagnostic.column = parsed.error().column;
        load.diagnostics.append(diagnostic);
        return load;
    }
    auto document = std::make_shared<ArazzoDocument>();
    document->m_url = url;
    document->m_tree = std::shared_ptr<const JsonTree>(std::move(*parsed));
    if (!isArazzo(*document->m_tree)) {
        load.diagnostics.append(
            document->diagnostic(Diagnostic::Severity::Error,
                                 DiagnosticCode::NotOpenApi,
                                 tr("This is not an Arazzo document: it has no \"arazzo\" field."),
                                 QString()));
        return load;
    }
    // A thread is worth its start (≈ 0.1 ms) from a few hundred steps.
    ArazzoReader(*document, load.diagnostics, size > 128 * 1024).read();
    sortDiagnostics(load.diagnostics);
    load.document = std::move(document);
    return load;
}

} // namespace Oxa
