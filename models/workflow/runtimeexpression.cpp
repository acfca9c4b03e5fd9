// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/runtimeexpression.h"

#include "core/jsonwriter.h"
#include "document/jsonpointer.h"
#include "document/jsontree.h"
#include "schema/jsonvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

namespace Oxa {

namespace {

struct RootSpelling
{
    QStringView word; ///< without "$"
    RuntimeExpression::Root root;
    bool hasRest; ///< followed by "." and more
};

constexpr RootSpelling kRoots[] = {
    {u"url", RuntimeExpression::Root::Url, false},
    {u"method", RuntimeExpression::Root::Method, false},
    {u"statusCode", RuntimeExpression::Root::StatusCode, false},
    {u"request", RuntimeExpression::Root::Request, true},
    {u"response", RuntimeExpression::Root::Response, true},
    {u"inputs", RuntimeExpression::Root::Inputs, true},
    {u"outputs", RuntimeExpression::Root::Outputs, true},
    {u"steps", RuntimeExpression::Root::Steps, true},
    {u"workflows", RuntimeExpression::Root::Workflows, true},
    {u"sourceDescriptions", RuntimeExpression::Root::SourceDescriptions, true},
    {u"components", RuntimeExpression::Root::Components, true},
};

const RootSpelling *rootOf(QStringView text)
{
    if (!text.startsWith(u'$'))
        return nullptr;
    for (const RootSpelling &spelling : kRoots) {
        if (!text.mid(1).startsWith(spelling.word))
            continue;
        const qsizetype after = 1 + spelling.word.size();
        if (after == text.size() || !text[after].isLetterOrNumber())
            return &spelling;
    }
    return nullptr;
}

bool isTokenCharacter(QChar c)
{
    return (c.unicode() < 0x80 && c.isLetterOrNumber())
           || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

bool isName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return true;
}

/** The value at the tokens below `value`: object members, and array indexes in decimal. */
std::optional<QJsonValue> walk(QJsonValue value, const std::vector<std::string> &tokens)
{
    for (const std::string &utf8 : tokens) {
        const QString token = QString::fromStdString(utf8);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const auto found = object.constFind(token);
            if (found == object.constEnd())
                return std::nullopt;
            value = *found;
        } else if (value.isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray array = value.toArray();
            if (!ok || index < 0 || index >= array.size()
                || (token.size() > 1 && token.startsWith(u'0')))
                return std::nullopt;
            value = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return value;
}

/** The text as it stands between the quotes of a JSON string. */
QString jsonEscaped(const QString &text)
{
    JsonWriter writer;
    writer.value(text);
    const QByteArray quoted = writer.finish().trimmed();
    return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
}

QString xmlEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(u'\'', QStringLiteral("&apos;"));
    return out;
}

} // namespace

bool RuntimeExpression::looksLikeExpression(QStringView text)
{
    return rootOf(text) != nullptr;
}

tl::unexpected<Error> RuntimeExpression::notFound(const QString &why) const
{
    return makeError(Error::Code::Unsupported, tr("%1 finds nothing: %2").arg(m_text, why));
}

Result<RuntimeExpression> RuntimeExpression::parse(QStringView text)
{
    const auto fail = [&](qsizetype at, const QString &why) -> Result<RuntimeExpression> {
        return makeError(Error::Code::Parse,
                         tr("\"%1\" is not a runtime expression: %2").arg(text.toString(), why),
                         at);
    };
    const RootSpelling *spelling = rootOf(text);
    if (!spelling) {
        return fail(
            0,
            tr("it starts with $url, $method, $statusCode, $request., $response., $inputs., "
               "$outputs., $steps., $workflows., $sourceDescriptions. or $components."));
    }
    RuntimeExpression expression;
    expression.m_text = text.toString();
    expression.m_root = spelling->root;
    const qsizetype restAt = 1 + spelling->word.size();
    if (!spelling->hasRest) {
        if (restAt != text.size())
            return fail(restAt, tr("nothing follows $%1").arg(spelling->word.toString()));
        return expression;
    }
    if (restAt >= text.size() || text[restAt] != u'.')
        return fail(restAt, tr("a \".\" follows $%1").arg(spelling->word.toString()));
    QStringView rest = text.mid(restAt + 1);
    const qsizetype base = restAt + 1;

    // A JSON pointer after "#", for everything but header names (where "#" is a character).
    const auto splitPointer = [&](QStringView &part, qsizetype partAt) -> std::optional<qsizetype> {
        const qsizetype hash = part.indexOf(u'#');
        if (hash < 0)
            return std::nullopt;
        const QString pointer = part.mid(hash + 1).toString();
        if (!JsonPointer::parse(pointer.toStdString()))
            return partAt + hash + 1;
        expression.m_pointer = pointer;
        part = part.left(hash);
        return std::nullopt;
    };

    switch (expression.m_root) {
    case Root::Request:
    case Root::Response: {
        if (rest.startsWith(u"header.")) {
            expression.m_part = Part::Header;
            expression.m_name = rest.mid(7).toString();
            if (expression.m_name.isEmpty())
                return fail(base + 7, tr("a header name follows \"header.\""));
            for (qsizetype i = 0; i < expression.m_name.size(); ++i) {
                if (!isTokenCharacter(expression.m_name[i]))
                    return fail(base + 7 + i, tr("a header name is a token (RFC 9110)"));
            }
            return expression;
        }
        if (rest.startsWith(u"body")) {
            expression.m_part = Part::Body;
            QStringView body = rest;
            if (const auto bad = splitPointer(body, base))
                return fail(*bad, tr("\"#\" is followed by a JSON pointer (RFC 6901)"));
            if (body != u"body")
                return fail(base + 4,
                            tr("\"body\" is followed by nothing or by \"#\" and a JSON pointer"));
            return expression;
        }
        const bool query = rest.startsWith(u"query.");
        if (query || rest.startsWith(u"path.")) {
            expression.m_part = query ? Part::Query : Part::Path;
            const qsizetype at = query ? 6 : 5;
            expression.m_name = rest.mid(at).toString();
            if (!isName(expression.m_name))
                return fail(base + at, tr("a parameter name follows"));
            return expression;
        }
        return fail(base, tr("header., query., path. or body follows"));
    }
    case Root::Inputs:
    case Root::Outputs: {
        if (const auto bad = splitPointer(rest, base))
            return fail(*bad, tr("\"#\" is followed by a JSON pointer (RFC 6901)"));
        expression.m_name = rest.toString();
        if (!isName(expression.m_name))
            return fail(base, tr("a name follows"));
        return expression;
    }
    case Root::Steps:
    case Root::Workflows: {
        const bool steps = expression.m_root == Root::Steps;
        const qsizetype dot = rest.indexOf(u'.');
        QStringView id = dot < 0 ? rest : rest.left(dot);
        if (dot < 0 && steps) {
            if (const auto bad = splitPointer(id, base))
                return fail(*bad, tr("\"#\" is followed by a JSON pointer (RFC 6901)"));
        }
        if (!isName(id))
            return fail(base, steps ? tr("a stepId follows") : tr("a workflowId follows"));
        expression.m_name = id.toString();
        QStringView field = dot < 0 ? QStringView() : rest.mid(dot + 1);
        const qsizetype fieldAt = base + dot + 1;
        const QStringView kind
            = field.left(field.indexOf(u'.') < 0 ? field.size() : field.indexOf(u'.'));
        QStringView member;
        qsizetype memberAt = fieldAt;
        if (kind == u"outputs" || (!steps && kind == u"inputs")) {
            expression.m_field = kind.toString();
            member = field.mid(kind.size() + 1);
            memberAt = fieldAt + kind.size() + 1;
            if (member.isEmpty() && field.size() == kind.size() && steps)
                return expression; // $steps.<id>.outputs: all of them
        } else if (steps) {
            // The ABNF's name is any text: "$steps.<id>" (all the outputs) and "$steps.<id>.<name>"
            // (one of them, as the specification's own bnpl example writes) read as outputs.
            member = field;
        } else {
            return fail(dot < 0 ? text.size() : fieldAt,
                        tr("write $workflows.<workflowId>.inputs.<name> or .outputs.<name>"));
        }
        if (const auto bad = splitPointer(member, memberAt))
            return fail(*bad, tr("\"#\" is followed by a JSON pointer (RFC 6901)"));
        expression.m_member = member.toString();
        if (!expression.m_member.isEmpty() && !isName(expression.m_member))
            return fail(memberAt, tr("a name follows"));
        if (expression.m_member.isEmpty() && (!steps || !expression.m_field.isEmpty()))
            return fail(memberAt, tr("a name follows \"%1.\"").arg(expression.m_field));
        return expression;
    }
    case Root::SourceDescriptions: {
        const qsizetype dot = rest.indexOf(u'.');
        expression.m_name = (dot < 0 ? rest : rest.left(dot)).toString();
        if (!isName(expression.m_name))
            return fail(base, tr("a source description's name follows"));
        if (dot >= 0) {
            expression.m_field = rest.mid(dot + 1).toString();
            if (!isName(expression.m_field))
                return fail(base + dot + 1, tr("url, an operationId or a workflowId follows"));
        }
        return expression;
    }
    case Root::Components: {
        const qsizetype dot = rest.indexOf(u'.');
        const QStringView kind = dot < 0 ? rest : rest.left(dot);
        if (kind != u"parameters" && kind != u"successActions" && kind != u"failureActions"
            && kind != u"inputs") {
            return fail(base,
                        tr("parameters., successActions., failureActions. or inputs. follows"));
        }
        expression.m_field = kind.toString();
        QStringView member = dot < 0 ? QStringView() : rest.mid(dot + 1);
        if (const auto bad = splitPointer(member, base + dot + 1))
            return fail(*bad, tr("\"#\" is followed by a JSON pointer (RFC 6901)"));
        expression.m_member = member.toString();
        if (!isName(expression.m_member))
            return fail(dot < 0 ? text.size() : base + dot + 1, tr("a component's name follows"));
        return expression;
    }
    default:
        break;
    }
    return expression;
}

Result<QJsonValue> RuntimeExpression::pointed(const QJsonValue &value) const
{
    if (!m_pointer)
        return value;
    const auto tokens = JsonPointer::parse(m_pointer->toStdString());
    const auto found = tokens ? walk(value, *tokens) : std::nullopt;
    if (!found)
        return notFound(tr("nothing at the pointer \"%1\"").arg(*m_pointer));
    return *found;
}

Result<QJsonValue> RuntimeExpression::named(const QJsonObject *object,
                                            const QString &name,
                                            const QString &what) const
{
    if (!object)
        return notFound(tr("there are no %1 here").arg(what));
    const auto whole = object->constFind(name);
    if (whole != object->constEnd())
        return pointed(*whole);
    // "alert.id": the member "id" of "alert", when nothing is called "alert.id".
    for (qsizetype dot = name.lastIndexOf(u'.'); dot > 0; dot = name.lastIndexOf(u'.', dot - 1)) {
        const auto head = object->constFind(name.left(dot));
        if (head == object->constEnd())
            continue;
        std::vector<std::string> tokens;
        for (const QString &property : name.mid(dot + 1).split(u'.'))
            tokens.push_back(property.toStdString());
        if (const auto found = walk(*head, tokens))
            return pointed(*found);
        return notFound(tr("%1 has no member \"%2\"").arg(name.left(dot), name.mid(dot + 1)));
    }
    return notFound(tr("there is no %1 named \"%2\"").arg(what, name));
}

Result<QJsonValue> RuntimeExpression::messagePart(const MessageView *message,
                                                  const ExpressionScope &scope) const
{
    Q_UNUSED(scope);
    const bool request = m_root == Root::Request;
    if (!message)
        return notFound(request ? tr("no request was made") : tr("no answer came"));
    switch (m_part) {
    case Part::Header: {
        const QByteArray value = headerValue(message->headers, m_name.toLatin1());
        if (value.isNull())
            return notFound(tr("no header \"%1\"").arg(m_name));
        return QJsonValue(QString::fromUtf8(value));
    }
    case Part::Query:
    case Part::Path: {
        const auto &values = m_part == Part::Query ? message->query : message->path;
        const auto found = values.constFind(m_name);
        if (found == values.constEnd())
            return notFound(tr("no parameter \"%1\"").arg(m_name));
        return *found;
    }
    case Part::Body:
        if (message->bodyTree && message->bodyTree->root()) {
            const JsonNode *root = message->bodyTree->root();
            if (!m_pointer)
                return toQJsonValue(*root);
            const auto tokens = JsonPointer::parse(m_pointer->toStdString());
            const JsonNode *found = tokens ? JsonPointer::evaluate(root, *tokens) : nullptr;
            if (!found)
                return notFound(tr("nothing at the pointer \"%1\"").arg(*m_pointer));
            return toQJsonValue(*found);
        }
        if (!message->bodyValue.isUndefined())
            return pointed(message->bodyValue);
        if (!message->hasBody)
            return notFound(tr("there is no body"));
        if (m_pointer)
            return notFound(tr("the body is not JSON"));
        return QJsonValue(QString::fromUtf8(message->bodyText));
    case Part::None:
        break;
    }
    return notFound(QString());
}

Result<QJsonValue> RuntimeExpression::evaluate(const ExpressionScope &scope) const
{
    switch (m_root) {
    case Root::Url:
        if (scope.url.isEmpty())
            return notFound(tr("no request was made"));
        return QJsonValue(scope.url);
    case Root::Method:
        if (scope.method.isEmpty())
            return notFound(tr("no request was made"));
        return QJsonValue(scope.method);
    case Root::StatusCode:
        if (!scope.statusCode)
            return notFound(tr("no answer came"));
        return QJsonValue(*scope.statusCode);
    case Root::Request:
        return messagePart(scope.request, scope);
    case Root::Response:
        return messagePart(scope.response, scope);
    case Root::Inputs:
        return named(scope.inputs, m_name, tr("inputs"));
    case Root::Outputs:
        return named(scope.outputs, m_name, tr("outputs"));
    case Root::Steps: {
        if (!scope.steps || !scope.steps->contains(m_name))
            return notFound(tr("the step \"%1\" has not run").arg(m_name));
        const QJsonObject &outputs = *scope.steps->constFind(m_name);
        if (m_member.isEmpty())
            return pointed(outputs);
        return named(&outputs, m_member, tr("outputs"));
    }
    case Root::Workflows: {
        if (!scope.workflows || !scope.workflows->contains(m_name))
            return notFound(tr("the workflow \"%1\" has not run").arg(m_name));
        const WorkflowValues &values = *scope.workflows->constFind(m_name);
        return named(m_field == u"inputs" ? &values.inputs : &values.outputs,
                     m_member,
                     m_field == u"inputs" ? tr("inputs") : tr("outputs"));
    }
    case Root::SourceDescriptions: {
        if (!scope.sources || !scope.sources->contains(m_name))
            return notFound(tr("there is no source description \"%1\"").arg(m_name));
        const QJsonObject &source = *scope.sources->constFind(m_name);
        if (m_field.isEmpty())
            return QJsonValue(source);
        if (!source.contains(m_field))
            return notFound(tr("the source description \"%1\" has no \"%2\"").arg(m_name, m_field));
        return source.value(m_field);
    }
    case Root::Components: {
        const QJsonObject kind
            = scope.components ? scope.components->value(m_field).toObject() : QJsonObject();
        const auto found = kind.constFind(m_member);
        if (found == kind.constEnd())
            return notFound(tr("there is no component %1.%2").arg(m_field, m_member));
        return pointed(*found);
    }
    }
    return notFound(QString());
}

// Values holding expressions -----------------------------------------------------------------

namespace {

/** The one expression a string is: "$inputs.x" or "{$inputs.x}"; empty when it is not one. */
QStringView wholeExpression(QStringView text)
{
    if (RuntimeExpression::looksLikeExpression(text))
        return text;
    if (text.size() > 3 && text.startsWith(u"{$") && text.endsWith(u'}')
        && text.indexOf(u'{', 1) < 0 && text.indexOf(u'}') == text.size() - 1) {
        const QStringView inner = text.mid(1, text.size() - 2);
        if (RuntimeExpression::looksLikeExpression(inner))
            return inner;
    }
    return {};
}

/** Calls `each(start, length, inner)` for every embedded {$…} meant as an expression. */
template<typename Each>
bool forEachEmbedded(QStringView text, Each each)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = text.indexOf(u"{$", from);
        if (open < 0)
            return true;
        const qsizetype close = text.indexOf(u'}', open + 2);
        if (close < 0)
            return true;
        const QStringView inner = text.mid(open + 1, close - open - 1);
        if (RuntimeExpression::looksLikeExpression(inner)) {
            if (!each(open, close - open + 1, inner))
                return false;
        }
        from = close + 1;
    }
}

} // namespace

QString Expressions::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(compactJson(value));
    default:
        return QStringLiteral("null");
    }
}

Result<QString> Expressions::substitute(QStringView text,
                                        const ExpressionScope &scope,
                                        Embedding embedding)
{
    QString out;
    qsizetype copied = 0;
    std::optional<Error> error;
    forEachEmbedded(text, [&](qsizetype start, qsizetype length, QStringView inner) {
        const auto expression = RuntimeExpression::parse(inner);
        if (!expression) {
            error = expression.error();
            return false;
        }
        const auto value = expression->evaluate(scope);
        if (!value) {
            error = value.error();
            return false;
        }
        QString piece = toText(*value);
        switch (embedding) {
        case Embedding::Plain:
            break;
        case Embedding::Json:
            piece = jsonEscaped(piece);
            break;
        case Embedding::Xml:
            piece = xmlEscaped(piece);
            break;
        case Embedding::Form:
            piece = QString::fromLatin1(QUrl::toPercentEncoding(piece));
            break;
        }
        out += text.mid(copied, start - copied);
        out += piece;
        copied = start + length;
        return true;
    });
    if (error)
        return tl::unexpected<Error>(*error);
    out += text.mid(copied);
    return out;
}

Result<QJsonValue> Expressions::resolve(const QJsonValue &value,
                                        const ExpressionScope &scope,
                                        Embedding embedding)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (const QStringView whole = wholeExpression(text); !whole.isEmpty()) {
            const auto expression = RuntimeExpression::parse(whole);
            if (!expression)
                return tl::unexpected<Error>(expression.error());
            return expression->evaluate(scope);
        }
        if (!text.contains(u"{$"))
            return value;
        const auto substituted = substitute(text, scope, embedding);
        if (!substituted)
            return tl::unexpected<Error>(substituted.error());
        return QJsonValue(*substituted);
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray()) {
            auto resolved = resolve(item, scope, embedding);
            if (!resolved)
                return resolved;
            array.append(*resolved);
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto resolved = resolve(it.value(), scope, embedding);
            if (!resolved)
                return resolved;
            it.value() = *resolved;
        }
        return object;
    }
    return value;
}

QList<Expressions::Found> Expressions::find(const QJsonValue &value)
{
    QList<Found> found;
    const auto add = [&found](QStringView text) {
        const auto parsed = RuntimeExpression::parse(text);
        found.append(
            {text.toString(), parsed ? std::nullopt : std::optional<Error>(parsed.error())});
    };
    if (value.isString()) {
        const QString text = value.toString();
        if (const QStringView whole = wholeExpression(text); !whole.isEmpty()) {
            add(whole);
        } else {
            forEachEmbedded(text, [&](qsizetype, qsizetype, QStringView inner) {
                add(inner);
                return true;
            });
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            found += find(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            found += find(it.value());
    }
    return found;
}

} // namespace Oxa
