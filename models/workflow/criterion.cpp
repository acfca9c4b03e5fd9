// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/criterion.h"

#include "document/jsonpath.h"
#include "document/jsonpointer.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "schema/jsonvalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

#include <cmath>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>

namespace Oxa {

namespace {

constexpr int kMaxNesting = 64;
constexpr int kMaxObservedMatches = 20;
constexpr qsizetype kMaxXmlBytes = 64 * 1024 * 1024;

enum class Op : quint8 { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

/** A node of a simple condition. */
struct Node
{
    enum class Kind : quint8 { Literal, Expression, Not, And, Or, Compare, Member };
    Kind kind = Kind::Literal;
    QJsonValue literal;
    std::optional<RuntimeExpression> expression;
    Op op = Op::Equal;
    QJsonValue key; ///< Member: an index (number) or a name (string)
    std::unique_ptr<Node> left;
    std::unique_ptr<Node> right;
};

void silentXmlErrors(void *, const char *, ...) {}
void silentStructuredXmlErrors(void *, xmlErrorPtr) {}

/** libxml2 writes its errors to stderr unless told otherwise, per thread. */
void quietLibxml()
{
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
    xmlSetGenericErrorFunc(nullptr, silentXmlErrors);
    xmlSetStructuredErrorFunc(nullptr, silentStructuredXmlErrors);
}

struct XPathDeleter
{
    void operator()(xmlXPathCompExpr *expression) const { xmlXPathFreeCompExpr(expression); }
};

/** Recursive descent over the `simple` condition grammar. */
class SimpleParser
{
    Q_DECLARE_TR_FUNCTIONS(Criterion)

public:
    explicit SimpleParser(QStringView text)
        : m_text(text)
    {}

    std::unique_ptr<Node> parse()
    {
        skipBlanks();
        auto node = parseOr();
        if (!node)
            return nullptr;
        skipBlanks();
        if (m_at != m_text.size()) {
            fail(tr("unexpected \"%1\"").arg(m_text.mid(m_at, 12).toString()));
            return nullptr;
        }
        return node;
    }

    QString error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorAt; }

private:
    QChar peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : QChar();
    }
    bool lookingAt(QStringView word) const { return m_text.mid(m_at).startsWith(word); }
    void skipBlanks()
    {
        while (m_at < m_text.size() && m_text[m_at].isSpace())
            ++m_at;
    }
    std::nullptr_t fail(const QString &why)
    {
        if (m_error.isEmpty()) {
            m_error = why;
            m_errorAt = m_at;
        }
        return nullptr;
    }

    static std::unique_ptr<Node> make(Node::Kind kind,
                                      std::unique_ptr<Node> left,
                                      std::unique_ptr<Node> right = {})
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    std::unique_ptr<Node> parseOr()
    {
        if (++m_depth > kMaxNesting)
            return fail(tr("the condition nests deeper than %1 levels").arg(kMaxNesting));
        auto left = parseAnd();
        while (left) {
            skipBlanks();
            if (!lookingAt(u"||"))
                break;
            m_at += 2;
            skipBlanks();
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = make(Node::Kind::Or, std::move(left), std::move(right));
        }
        --m_depth;
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseUnary();
        while (left) {
            skipBlanks();
            if (!lookingAt(u"&&"))
                break;
            m_at += 2;
            skipBlanks();
            auto right = parseUnary();
            if (!right)
                return nullptr;
            left = make(Node::Kind::And, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseUnary()
    {
        if (peek() == u'!' && peek(1) != u'=') {
            ++m_at;
            skipBlanks();
            if (++m_depth > kMaxNesting)
                return fail(tr("the condition nests deeper than %1 levels").arg(kMaxNesting));
            auto operand = parseUnary();
            --m_depth;
            if (!operand)
                return nullptr;
            return make(Node::Kind::Not, std::move(operand));
        }
        return parseComparison();
    }

    std::unique_ptr<Node> parseComparison()
    {
        auto left = parsePostfix();
        if (!left)
            return nullptr;
        const qsizetype before = m_at;
        skipBlanks();
        static const struct
        {
            QStringView spelling;
            Op op;
        } operators[] = {{u"==", Op::Equal},
                         {u"!=", Op::NotEqual},
                         {u"<=", Op::LessEqual},
                         {u">=", Op::GreaterEqual},
                         {u"<", Op::Less},
                         {u">", Op::Greater}};
        for (const auto &candidate : operators) {
            if (!lookingAt(candidate.spelling))
                continue;
            m_at += candidate.spelling.size();
            skipBlanks();
            auto right = parsePostfix();
            if (!right)
                return nullptr;
            auto node = make(Node::Kind::Compare, std::move(left), std::move(right));
            node->op = candidate.op;
            return node;
        }
        if (peek() == u'=')
            return fail(tr("equality is written \"==\""));
        m_at = before;
        return left;
    }

    std::unique_ptr<Node> parsePostfix()
    {
        auto node = parsePrimary();
        while (node) {
            if (peek() == u'[') {
                ++m_at;
                skipBlanks();
                auto key = std::make_unique<Node>();
                if (peek() == u'\'') {
                    if (!parseString(key->literal))
                        return nullptr;
                } else if (!parseNumber(key->literal)
                           || std::trunc(key->literal.toDouble()) != key->literal.toDouble()) {
                    return fail(tr("an index is a whole number or a 'name'"));
                }
                skipBlanks();
                if (peek() != u']')
                    return fail(tr("expected \"]\""));
                ++m_at;
                auto member = make(Node::Kind::Member, std::move(node));
                member->key = key->literal;
                node = std::move(member);
            } else if (peek() == u'.' && (peek(1).isLetter() || peek(1) == u'_')) {
                ++m_at;
                const qsizetype start = m_at;
                while (m_at < m_text.size()
                       && (m_text[m_at].isLetterOrNumber() || m_text[m_at] == u'_'
                           || m_text[m_at] == u'-'))
                    ++m_at;
                auto member = make(Node::Kind::Member, std::move(node));
                member->key = m_text.mid(start, m_at - start).toString();
                node = std::move(member);
            } else {
                break;
            }
        }
        return node;
    }

    std::unique_ptr<Node> parsePrimary()
    {
        auto node = std::make_unique<Node>();
        const QChar c = peek();
        if (c == u'(') {
            ++m_at;
            skipBlanks();
            auto inner = parseOr();
            if (!inner)
                return nullptr;
            skipBlanks();
            if (peek() != u')')
                return fail(tr("expected \")\""));
            ++m_at;
            return inner;
        }
        if (c == u'$') {
            const qsizetype start = m_at;
            while (m_at < m_text.size() && !endsExpression())
                ++m_at;
            const auto expression = RuntimeExpression::parse(m_text.mid(start, m_at - start));
            if (!expression) {
                m_at = start + qMax<qint64>(0, expression.error().offset);
                return fail(expression.error().message);
            }
            node->kind = Node::Kind::Expression;
            node->expression = *expression;
            return node;
        }
        if (c == u'\'') {
            if (!parseString(node->literal))
                return nullptr;
            return node;
        }
        if (c == u'"')
            return fail(tr("strings are written in single quotes"));
        if (c == u'-' || c.isDigit()) {
            if (!parseNumber(node->literal))
                return nullptr;
            return node;
        }
        for (const auto &[word, value] : {std::pair{u"true", QJsonValue(true)},
                                          std::pair{u"false", QJsonValue(false)},
                                          std::pair{u"null", QJsonValue(QJsonValue::Null)}}) {
            const QStringView spelling(word);
            if (lookingAt(spelling) && !peek(spelling.size()).isLetterOrNumber()) {
                m_at += spelling.size();
                node->literal = value;
                return node;
            }
        }
        if (m_at >= m_text.size())
            return fail(tr("the condition ends too early"));
        return fail(tr("expected a runtime expression, a literal or \"(\""));
    }

    /** Where an expression embedded in a condition ends: a blank or an operator. */
    bool endsExpression() const
    {
        const QChar c = peek();
        if (c.isSpace() || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'<'
            || c == u'>' || c == u'=') {
            return true;
        }
        return lookingAt(u"!=") || lookingAt(u"&&") || lookingAt(u"||");
    }

    bool parseString(QJsonValue &value)
    {
        const qsizetype start = m_at;
        ++m_at;
        QString text;
        for (;;) {
            if (m_at >= m_text.size()) {
                m_at = start;
                fail(tr("the string is not closed"));
                return false;
            }
            const QChar c = m_text[m_at++];
            if (c == u'\'') {
                if (peek() != u'\'')
                    break;
                ++m_at; // '' is a quote
            }
            text += c;
        }
        value = text;
        return true;
    }

    bool parseNumber(QJsonValue &value)
    {
        // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        const qsizetype start = m_at;
        const auto digits = [this] {
            const qsizetype from = m_at;
            while (m_at < m_text.size() && m_text[m_at].unicode() >= u'0'
                   && m_text[m_at].unicode() <= u'9')
                ++m_at;
            return m_at - from;
        };
        if (peek() == u'-')
            ++m_at;
        const bool zero = peek() == u'0';
        const qsizetype whole = digits();
        bool ok = whole > 0 && !(zero && whole > 1);
        if (ok && peek() == u'.') {
            ++m_at;
            ok = digits() > 0;
        }
        if (ok && (peek() == u'e' || peek() == u'E')) {
            ++m_at;
            if (peek() == u'+' || peek() == u'-')
                ++m_at;
            ok = digits() > 0;
        }
        if (!ok) {
            m_at = start;
            fail(tr("expected a number"));
            return false;
        }
        value = m_text.mid(start, m_at - start).toDouble();
        return true;
    }

    QStringView m_text;
    qsizetype m_at = 0;
    int m_depth = 0;
    QString m_error;
    qsizetype m_errorAt = 0;
};

/**
 * A compiled pattern, shared with every criterion that writes it the same way: compiling is
 * the costly part of reading a document (PCRE2 compiles to machine code), and documents repeat
 * their patterns. QRegularExpression is implicitly shared and reentrant.
 */
QRegularExpression sharedRegex(const QString &pattern)
{
    static QMutex mutex;
    static QHash<QString, QRegularExpression> cache;
    QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(pattern); found != cache.cend())
        return *found;
    if (cache.size() >= 1024)
        cache.clear();
    QRegularExpression regex(pattern);
    (void)regex.isValid(); // compiles it, once
    cache.insert(pattern, regex);
    return regex;
}

bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    case QJsonValue::String:
        return !value.toString().isEmpty()
               && value.toString().compare(u"false", Qt::CaseInsensitive) != 0;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

std::optional<double> asNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

/** -1, 0 or 1; nothing when the two cannot be ordered. Loose, strings without case. */
std::optional<int> order(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() || b.isDouble()) {
        const auto x = asNumber(a);
        const auto y = asNumber(b);
        if (x && y)
            return *x < *y ? -1 : (*x > *y ? 1 : 0);
        return std::nullopt; // 'open' and 3 are neither equal nor ordered
    }
    const bool scalarA = a.isString() || a.isBool() || a.isDouble();
    const bool scalarB = b.isString() || b.isBool() || b.isDouble();
    if (scalarA && scalarB && (a.isString() || b.isString())) {
        const int c = Expressions::toText(a).compare(Expressions::toText(b), Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    return std::nullopt;
}

bool looselyEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (const auto c = order(a, b))
        return *c == 0;
    return a == b;
}

} // namespace

struct Criterion::Compiled
{
    QString condition;
    QString context;
    Type type = Type::Simple;
    std::optional<RuntimeExpression> contextExpression;
    std::unique_ptr<Node> simple;
    std::optional<QRegularExpression> regex;
    std::optional<JsonPath> jsonPath;
    std::shared_ptr<xmlXPathCompExpr> xpath;
};

namespace {

class Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(Criterion)

public:
    explicit Evaluation(const ExpressionScope &scope)
        : m_scope(scope)
    {}

    std::optional<QJsonValue> value(const Node &node)
    {
        switch (node.kind) {
        case Node::Kind::Literal:
            return node.literal;
        case Node::Kind::Expression: {
            const auto found = node.expression->evaluate(m_scope);
            if (!found) {
                error = found.error().message;
                return std::nullopt;
            }
            observed.append({node.expression->text(), *found});
            return *found;
        }
        case Node::Kind::Not: {
            const auto operand = value(*node.left);
            if (!operand)
                return std::nullopt;
            return QJsonValue(!truthy(*operand));
        }
        case Node::Kind::And:
        case Node::Kind::Or: {
            const auto left = value(*node.left);
            if (!left)
                return std::nullopt;
            const bool isAnd = node.kind == Node::Kind::And;
            if (truthy(*left) != isAnd)
                return QJsonValue(!isAnd);
            const auto right = value(*node.right);
            if (!right)
                return std::nullopt;
            return QJsonValue(truthy(*right));
        }
        case Node::Kind::Compare: {
            const auto left = value(*node.left);
            const auto right = left ? value(*node.right) : std::nullopt;
            if (!right)
                return std::nullopt;
            return QJsonValue(compare(*left, *right, node.op));
        }
        case Node::Kind::Member: {
            const auto base = value(*node.left);
            if (!base)
                return std::nullopt;
            if (node.key.isString() && base->isObject()
                && base->toObject().contains(node.key.toString()))
                return base->toObject().value(node.key.toString());
            if (node.key.isDouble() && base->isArray()) {
                const auto index = qsizetype(node.key.toDouble());
                const QJsonArray array = base->toArray();
                if (index >= 0 && index < array.size())
                    return array.at(index);
            }
            error = tr("the value has no %1")
                        .arg(node.key.isString() ? u"\"" + node.key.toString() + u"\""
                                                 : u"[" + Expressions::toText(node.key) + u"]");
            return std::nullopt;
        }
        }
        return std::nullopt;
    }

    static bool compare(const QJsonValue &a, const QJsonValue &b, Op op)
    {
        switch (op) {
        case Op::Equal:
            return looselyEqual(a, b);
        case Op::NotEqual:
            return !looselyEqual(a, b);
        default:
            break;
        }
        const auto c = order(a, b);
        if (!c)
            return false;
        switch (op) {
        case Op::Less:
            return *c < 0;
        case Op::LessEqual:
            return *c <= 0;
        case Op::Greater:
            return *c > 0;
        default:
            return *c >= 0;
        }
    }

    QList<Observed> observed;
    QString error;

private:
    const ExpressionScope &m_scope;
};

void collectExpressions(const Node *node, QStringList &out)
{
    if (!node)
        return;
    if (node->expression)
        out.append(node->expression->text());
    collectExpressions(node->left.get(), out);
    collectExpressions(node->right.get(), out);
}

} // namespace

std::optional<Criterion::Type> Criterion::typeFromName(QStringView name)
{
    if (name == u"simple")
        return Type::Simple;
    if (name == u"regex")
        return Type::Regex;
    if (name == u"jsonpath")
        return Type::JsonPath;
    if (name == u"xpath")
        return Type::XPath;
    return std::nullopt;
}

Result<Criterion> Criterion::compile(const QString &condition,
                                     const QString &context,
                                     Type type,
                                     const QString &version)
{
    auto compiled = std::make_shared<Compiled>();
    compiled->condition = condition;
    compiled->context = context;
    compiled->type = type;
    if (!context.isEmpty()) {
        const auto expression = RuntimeExpression::parse(context);
        if (!expression)
            return tl::unexpected<Error>(expression.error());
        compiled->contextExpression = *expression;
    } else if (type != Type::Simple) {
        return makeError(Error::Code::Parse,
                         tr("A %1 criterion needs a context, such as $response.body.")
                             .arg(type == Type::Regex      ? u"regex"
                                  : type == Type::JsonPath ? u"jsonpath"
                                                           : u"xpath"));
    }
    switch (type) {
    case Type::Simple: {
        QStringView text(condition);
        const QStringView trimmed = text.trimmed();
        qsizetype shift = 0;
        // "{$statusCode == 401}", as the specification's own components example writes it.
        if (trimmed.startsWith(u'{') && trimmed.indexOf(u'}') == trimmed.size() - 1) {
            shift = text.indexOf(u'{') + 1;
            text = trimmed.mid(1, trimmed.size() - 2);
        }
        SimpleParser parser(text);
        compiled->simple = parser.parse();
        if (!compiled->simple) {
            return makeError(Error::Code::Parse,
                             tr("The condition \"%1\" does not read: %2 at character %3.")
                                 .arg(condition, parser.error())
                                 .arg(shift + parser.errorOffset() + 1),
                             shift + parser.errorOffset());
        }
        break;
    }
    case Type::Regex: {
        const QRegularExpression regex = sharedRegex(condition);
        if (!regex.isValid()) {
            return makeError(Error::Code::Parse,
                             tr("The pattern \"%1\" does not compile: %2 at character %3.")
                                 .arg(condition, regex.errorString())
                                 .arg(regex.patternErrorOffset() + 1),
                             regex.patternErrorOffset());
        }
        // JIT-compiled on its first match, not here: a document holds hundreds of patterns.
        compiled->regex = regex;
        break;
    }
    case Type::JsonPath: {
        if (!version.isEmpty() && version != u"draft-goessner-dispatch-jsonpath-00") {
            return makeError(Error::Code::Unsupported,
                             tr("JSONPath version \"%1\" is unknown: RFC 9535 is the default, "
                                "draft-goessner-dispatch-jsonpath-00 the other.")
                                 .arg(version));
        }
        auto path = JsonPath::parse(condition);
        if (!path)
            return tl::unexpected<Error>(path.error());
        compiled->jsonPath = *path;
        break;
    }
    case Type::XPath: {
        if (!version.isEmpty() && version != u"xpath-10") {
            return makeError(
                Error::Code::Unsupported,
                tr("XPath version \"%1\" is not evaluated here: only xpath-10 (XPath 1.0) is.")
                    .arg(version));
        }
        quietLibxml();
        const QByteArray utf8 = condition.toUtf8();
        xmlXPathCompExpr *expression
            = xmlXPathCompile(reinterpret_cast<const xmlChar *>(utf8.constData()));
        if (!expression) {
            return makeError(Error::Code::Parse,
                             tr("The XPath 1.0 expression \"%1\" does not compile.").arg(condition));
        }
        compiled->xpath.reset(expression, XPathDeleter());
        break;
    }
    }
    Criterion criterion;
    criterion.m_compiled = std::move(compiled);
    return criterion;
}

Criterion::Type Criterion::type() const
{
    return m_compiled ? m_compiled->type : Type::Simple;
}

const QString &Criterion::condition() const
{
    static const QString none;
    return m_compiled ? m_compiled->condition : none;
}

const QString &Criterion::context() const
{
    static const QString none;
    return m_compiled ? m_compiled->context : none;
}

QStringList Criterion::expressions() const
{
    QStringList out;
    if (!m_compiled)
        return out;
    if (m_compiled->contextExpression)
        out.append(m_compiled->contextExpression->text());
    collectExpressions(m_compiled->simple.get(), out);
    return out;
}

CriterionResult Criterion::evaluate(const ExpressionScope &scope) const
{
    CriterionResult result;
    if (!m_compiled)
        return result;
    const Compiled &c = *m_compiled;
    if (c.type == Type::Simple) {
        Evaluation evaluation(scope);
        const auto value = evaluation.value(*c.simple);
        result.observed = evaluation.observed;
        if (!value) {
            result.error = evaluation.error;
            return result;
        }
        result.passed = truthy(*value);
        return result;
    }

    // The context: an answer's JSON body is used as parsed, never converted.
    const RuntimeExpression &context = *c.contextExpression;
    const JsonNode *bodyNode = nullptr;
    if (c.type == Type::JsonPath && context.root() == RuntimeExpression::Root::Response
        && context.part() == RuntimeExpression::Part::Body && scope.response
        && scope.response->bodyTree && scope.response->bodyTree->root()) {
        bodyNode = scope.response->bodyTree->root();
        if (context.pointer()) {
            const auto tokens = JsonPointer::parse(context.pointer()->toStdString());
            bodyNode = tokens ? JsonPointer::evaluate(bodyNode, *tokens) : nullptr;
            if (!bodyNode) {
                result.error = tr("%1 finds nothing: nothing at the pointer \"%2\"")
                                   .arg(context.text(), *context.pointer());
                return result;
            }
        }
    }
    QJsonValue contextValue;
    if (!bodyNode) {
        const auto value = context.evaluate(scope);
        if (!value) {
            result.error = value.error().message;
            return result;
        }
        contextValue = *value;
    }

    switch (c.type) {
    case Type::Regex: {
        const QString text = Expressions::toText(contextValue);
        result.observed.append({context.text(), contextValue});
        result.passed = c.regex->match(text).hasMatch();
        return result;
    }
    case Type::JsonPath: {
        std::unique_ptr<JsonTree> tree;
        if (!bodyNode) {
            tree = treeOf(contextValue);
            bodyNode = tree->root();
        }
        const auto nodes = c.jsonPath->select(*bodyNode);
        if (!nodes) {
            result.error = nodes.error().message;
            return result;
        }
        QJsonArray matches;
        for (const JsonNode *node : *nodes) {
            if (matches.size() == kMaxObservedMatches)
                break;
            matches.append(toQJsonValue(*node));
        }
        result.observed.append({context.text(), matches});
        result.passed = !nodes->empty();
        return result;
    }
    case Type::XPath: {
        if (!contextValue.isString()) {
            result.error = tr("%1 is not XML text").arg(context.text());
            return result;
        }
        const QByteArray xml = contextValue.toString().toUtf8();
        if (xml.size() > kMaxXmlBytes) {
            result.error
                = tr("%1 is larger than %2 MiB").arg(context.text()).arg(kMaxXmlBytes >> 20);
            return result;
        }
        quietLibxml();
        // No network, no external entities or DTDs, and libxml2's own limits on size and depth.
        xmlDocPtr document = xmlReadMemory(xml.constData(),
                                           int(xml.size()),
                                           "answer.xml",
                                           nullptr,
                                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                                               | XML_PARSE_NOCDATA);
        if (!document) {
            result.error = tr("%1 is not well-formed XML").arg(context.text());
            return result;
        }
        xmlXPathContextPtr xpathContext = xmlXPathNewContext(document);
        xmlXPathObjectPtr object
            = xpathContext ? xmlXPathCompiledEval(c.xpath.get(), xpathContext) : nullptr;
        if (!object) {
            result.error
                = tr("The XPath expression could not be evaluated on %1").arg(context.text());
        } else {
            xmlChar *text = xmlXPathCastToString(object);
            result.observed.append(
                {context.text(), QString::fromUtf8(reinterpret_cast<const char *>(text))});
            xmlFree(text);
            result.passed = xmlXPathCastToBoolean(object) != 0;
            xmlXPathFreeObject(object);
        }
        if (xpathContext)
            xmlXPathFreeContext(xpathContext);
        xmlFreeDoc(document);
        return result;
    }
    case Type::Simple:
        break;
    }
    return result;
}

} // namespace Oxa
