// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "core/headers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Oxa {

class JsonTree;

/** A request or an answer as runtime expressions see it. */
struct MessageView
{
    HeaderList headers;
    QHash<QString, QJsonValue> query; ///< a request's query parameters, by name
    QHash<QString, QJsonValue> path;  ///< a request's path parameters, by name
    /** The body as JSON: a parsed answer's tree (shared, never copied)… */
    std::shared_ptr<const JsonTree> bodyTree;
    /** …or a request's body as built; undefined when none. */
    QJsonValue bodyValue = QJsonValue(QJsonValue::Undefined);
    /** The body's text when it is not JSON (bounded by the caller). */
    QByteArray bodyText;
    bool hasBody = false;
};

/** The outputs and inputs of a workflow run so far, for $workflows.<id>.… */
struct WorkflowValues
{
    QJsonObject inputs;
    QJsonObject outputs;
};

/**
 * Everything a runtime expression can reach while a step runs: the call (URL, method, status,
 * request and answer), the workflow's inputs and outputs, the outputs of the steps that ran,
 * other workflows' values, the source descriptions and the document's components. Pointers are
 * not owned and may be null: what is absent cannot be found.
 */
struct ExpressionScope
{
    QString url;
    QString method;
    std::optional<int> statusCode;
    const MessageView *request = nullptr;
    const MessageView *response = nullptr;
    const QJsonObject *inputs = nullptr;
    const QJsonObject *outputs = nullptr;
    const QHash<QString, QJsonObject> *steps = nullptr; ///< outputs by stepId
    const QHash<QString, WorkflowValues> *workflows = nullptr;
    /** Each source description as {"name", "url", "type"}, by name. */
    const QHash<QString, QJsonObject> *sources = nullptr;
    /** The Arazzo document's `components` object. */
    const QJsonObject *components = nullptr;
};

/**
 * An Arazzo runtime expression (Arazzo 1.0.1 §"Runtime Expressions"): `$url`, `$method`,
 * `$statusCode`, `$request.` / `$response.` header, query, path or body (with a JSON pointer),
 * `$inputs.`, `$outputs.`, `$steps.<id>.outputs.`, `$workflows.<id>.inputs|outputs.`,
 * `$sourceDescriptions.<name>.…` and `$components.<kind>.<name>`. Names may carry a JSON pointer
 * after "#", and dotted properties after the name ("$inputs.alert.id" is the member "id" of the
 * input "alert" when no input is called "alert.id"). Evaluation preserves the value's type; what
 * it does not find is an error, never a null.
 */
class RuntimeExpression
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeExpression)

public:
    enum class Root : quint8 {
        Url,
        Method,
        StatusCode,
        Request,
        Response,
        Inputs,
        Outputs,
        Steps,
        Workflows,
        SourceDescriptions,
        Components,
    };
    enum class Part : quint8 { None, Header, Query, Path, Body };

    /** Parses a whole text as one expression; the error's offset is the character at fault. */
    static Result<RuntimeExpression> parse(QStringView text);
    /**
     * Whether a text is meant as an expression: "$" followed by one of the roots. Such a text
     * that does not parse is an error; any other text is a literal ("$100" stays a price).
     */
    static bool looksLikeExpression(QStringView text);

    Result<QJsonValue> evaluate(const ExpressionScope &scope) const;

    const QString &text() const { return m_text; }
    Root root() const { return m_root; }
    Part part() const { return m_part; }
    /** The header, query or path name; the input or output name; a stepId or workflowId… */
    const QString &name() const { return m_name; }
    /** `outputs` / `inputs` for steps and workflows; the component kind; a source's field. */
    const QString &field() const { return m_field; }
    /** A step's or workflow's output or input name; a component's name. */
    const QString &member() const { return m_member; }
    const std::optional<QString> &pointer() const { return m_pointer; }

private:
    Result<QJsonValue> messagePart(const MessageView *message, const ExpressionScope &scope) const;
    Result<QJsonValue> named(const QJsonObject *object,
                             const QString &name,
                             const QString &what) const;
    Result<QJsonValue> pointed(const QJsonValue &value) const;
    tl::unexpected<Error> notFound(const QString &why) const;

    QString m_text;
    Root m_root = Root::Url;
    Part m_part = Part::None;
    QString m_name;
    QString m_field;
    QString m_member;
    std::optional<QString> m_pointer;
};

/** How an expression's value is written into a text that embeds it with {$…}. */
enum class Embedding : quint8 {
    Plain, ///< strings as they are, other values as compact JSON
    Json,  ///< inside a JSON string literal: escaped so that it cannot end the string
    Xml,   ///< inside XML text or an attribute: &, <, >, " and ' escaped
    Form,  ///< inside application/x-www-form-urlencoded: percent-encoded
};

/**
 * Values that may hold runtime expressions: a string that is one expression gives the
 * expression's value (type preserved; so does a string that is exactly "{$…}"); a string with
 * embedded {$…} gives the text with each replaced; objects and arrays are resolved member by
 * member. Anything else is a literal.
 */
class Expressions
{
    Q_DECLARE_TR_FUNCTIONS(Expressions)

public:
    static Result<QJsonValue> resolve(const QJsonValue &value,
                                      const ExpressionScope &scope,
                                      Embedding embedding = Embedding::Plain);
    static Result<QString> substitute(QStringView text,
                                      const ExpressionScope &scope,
                                      Embedding embedding);

    /** An expression a value holds, whole or embedded, with its parse error if any. */
    struct Found
    {
        QString text;
        std::optional<Error> error;
    };
    static QList<Found> find(const QJsonValue &value);

    /** A value as text, the way it is embedded (strings bare, the rest compact JSON). */
    static QString toText(const QJsonValue &value);
};

} // namespace Oxa
