// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/jsonpath.h"

#include "document/iregexp.h"
#include "document/jsontree.h"

#include <QRegularExpression>

#include <cmath>
#include <deque>
#include <optional>
#include <unordered_map>
#include <utility>

namespace Oxa {

namespace {

constexpr qint64 kMaxExactInteger = (qint64(1) << 53) - 1; // I-JSON's range (RFC 9535 §2.1)

enum class SelectorKind : quint8 { Name, Wildcard, Index, Slice, Filter };
enum class ExprKind : quint8 { Literal, Query, Function, Not, And, Or, Compare };
enum class ExprType : quint8 { Value, Logical, Nodes };
enum class FunctionId : quint8 { Length, Count, Match, Search, Value };
enum class CompareOp : quint8 { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

struct Expr;

struct Selector
{
    SelectorKind kind = SelectorKind::Name;
    std::string name;
    qint64 index = 0;
    std::optional<qint64> start;
    std::optional<qint64> end;
    qint64 step = 1;
    std::unique_ptr<Expr> filter;
};

struct Segment
{
    bool descendant = false;
    std::vector<Selector> selectors;
};

struct QueryPart
{
    bool relative = false; ///< starts at "@" (the current node of a filter), not "$"
    std::vector<Segment> segments;
    bool singular = true;
};

/** A node of a filter expression. String literals live in `text`, stable with the Expr. */
struct Expr
{
    ExprKind kind = ExprKind::Literal;
    ExprType type = ExprType::Value;
    JsonNode::Type literalType = JsonNode::Type::Null;
    bool boolean = false;
    qint64 integer = 0;
    double number = 0;
    std::string text;
    QueryPart query;
    FunctionId function = FunctionId::Length;
    std::vector<std::unique_ptr<Expr>> arguments;
    CompareOp op = CompareOp::Equal;
    std::unique_ptr<Expr> left;
    std::unique_ptr<Expr> right;
    /** match() / search() with a literal pattern, compiled once; invalid when the pattern is. */
    std::optional<QRegularExpression> regex;
};

} // namespace

struct JsonPath::Query
{
    std::string text;
    JsonPathLimits limits;
    QueryPart root;
};

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isNameFirst(char c)
{
    return isAlpha(c) || c == '_' || (static_cast<unsigned char>(c) >= 0x80);
}
bool isNameChar(char c)
{
    return isNameFirst(c) || isDigit(c);
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

std::optional<QRegularExpression> compileRegex(std::string_view pattern, FunctionId function)
{
    const auto pcre = IRegexp::toPcre(QString::fromUtf8(pattern.data(), qsizetype(pattern.size())),
                                      function == FunctionId::Match ? IRegexp::Anchoring::Whole
                                                                    : IRegexp::Anchoring::Search);
    if (!pcre)
        return std::nullopt;
    QRegularExpression regex(*pcre);
    if (!regex.isValid())
        return std::nullopt;
    regex.optimize();
    return regex;
}

/** Recursive descent over RFC 9535's grammar (§2 and Appendix A), one byte at a time. */
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    Parser(std::string_view text, const JsonPathLimits &limits)
        : m_text(text)
        , m_limits(limits)
    {}

    bool parse(QueryPart &query)
    {
        if (peek() != '$')
            return fail(tr("a query starts with \"$\""));
        if (!parseQuery(query))
            return false;
        if (m_at != m_text.size())
            return fail(tr("unexpected character after the query"));
        return true;
    }

    QString error() const { return m_error; }
    qint64 errorOffset() const { return m_errorAt; }
    bool limitReached() const { return m_limit; }

private:
    char peek(size_t ahead = 0) const
    {
        return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : '\0';
    }
    bool atEnd() const { return m_at >= m_text.size(); }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_text[m_at]))
            ++m_at;
    }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorAt = qint64(m_at);
        }
        return false;
    }
    bool failAt(size_t at, const QString &message)
    {
        m_at = at;
        return fail(message);
    }

    struct Nesting
    {
        explicit Nesting(Parser &parser)
            : m_parser(parser)
        {
            ++m_parser.m_depth;
        }
        ~Nesting() { --m_parser.m_depth; }
        bool ok() const
        {
            if (m_parser.m_depth <= m_parser.m_limits.maxNesting)
                return true;
            m_parser.m_limit = true;
            return m_parser.fail(
                tr("the query nests deeper than %1 levels").arg(m_parser.m_limits.maxNesting));
        }
        Parser &m_parser;
    };

    /** "$" or "@" and its segments; stops before anything that is not a segment. */
    bool parseQuery(QueryPart &query)
    {
        query.relative = take() == '@';
        for (;;) {
            const size_t before = m_at;
            skipBlanks();
            if (peek() != '[' && peek() != '.') {
                m_at = before;
                return true;
            }
            Segment segment;
            if (!parseSegment(segment))
                return false;
            if (segment.descendant || segment.selectors.size() != 1
                || (segment.selectors.front().kind != SelectorKind::Name
                    && segment.selectors.front().kind != SelectorKind::Index)) {
                query.singular = false;
            }
            query.segments.push_back(std::move(segment));
        }
    }

    char take() { return atEnd() ? '\0' : m_text[m_at++]; }

    bool parseSegment(Segment &segment)
    {
        if (peek() == '.' && peek(1) == '.') {
            m_at += 2;
            segment.descendant = true;
            if (peek() == '[')
                return parseBracketed(segment);
            Selector selector;
            if (peek() == '*') {
                ++m_at;
                selector.kind = SelectorKind::Wildcard;
            } else if (!parseShorthand(selector)) {
                return fail(tr("\"..\" is followed by a name, \"*\" or \"[\""));
            }
            segment.selectors.push_back(std::move(selector));
            return true;
        }
        if (peek() == '.') {
            ++m_at;
            Selector selector;
            if (peek() == '*') {
                ++m_at;
                selector.kind = SelectorKind::Wildcard;
            } else if (!parseShorthand(selector)) {
                return fail(tr("\".\" is followed by a member name or \"*\""));
            }
            segment.selectors.push_back(std::move(selector));
            return true;
        }
        return parseBracketed(segment);
    }

    bool parseShorthand(Selector &selector)
    {
        if (!isNameFirst(peek()))
            return false;
        const size_t start = m_at;
        while (!atEnd() && isNameChar(peek()))
            ++m_at;
        selector.kind = SelectorKind::Name;
        selector.name = std::string(m_text.substr(start, m_at - start));
        return true;
    }

    bool parseBracketed(Segment &segment)
    {
        ++m_at; // "["
        for (;;) {
            skipBlanks();
            Selector selector;
            if (!parseSelector(selector))
                return false;
            segment.selectors.push_back(std::move(selector));
            skipBlanks();
            if (peek() == ']') {
                ++m_at;
                return true;
            }
            if (peek() != ',')
                return fail(tr("expected \",\" or \"]\""));
            ++m_at;
        }
    }

    bool parseSelector(Selector &selector)
    {
        const char c = peek();
        if (c == '\'' || c == '"') {
            selector.kind = SelectorKind::Name;
            return parseString(selector.name);
        }
        if (c == '*') {
            ++m_at;
            selector.kind = SelectorKind::Wildcard;
            return true;
        }
        if (c == '?') {
            ++m_at;
            skipBlanks();
            selector.kind = SelectorKind::Filter;
            Nesting nesting(*this);
            if (!nesting.ok())
                return false;
            selector.filter = parseLogical();
            return selector.filter != nullptr;
        }
        if (c == ':' || c == '-' || isDigit(c))
            return parseIndexOrSlice(selector);
        return fail(
            tr("expected a selector: a name in quotes, \"*\", an index, a slice or a filter"));
    }

    bool parseInteger(qint64 &value)
    {
        const size_t start = m_at;
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_at;
        }
        if (!isDigit(peek()))
            return failAt(start, tr("expected an integer"));
        if (peek() == '0' && (negative || isDigit(peek(1))))
            return failAt(start, tr("an integer has no leading zero and is never -0"));
        qint64 magnitude = 0;
        while (isDigit(peek())) {
            magnitude = magnitude * 10 + (take() - '0');
            if (magnitude > kMaxExactInteger)
                return failAt(start, tr("the integer is beyond ±(2⁵³−1)"));
        }
        value = negative ? -magnitude : magnitude;
        return true;
    }

    bool parseIndexOrSlice(Selector &selector)
    {
        std::optional<qint64> first;
        if (peek() != ':') {
            qint64 value = 0;
            if (!parseInteger(value))
                return false;
            first = value;
            const size_t after = m_at;
            skipBlanks();
            if (peek() != ':') {
                m_at = after;
                selector.kind = SelectorKind::Index;
                selector.index = value;
                return true;
            }
        }
        ++m_at; // ":"
        selector.kind = SelectorKind::Slice;
        selector.start = first;
        skipBlanks();
        if (peek() == '-' || isDigit(peek())) {
            qint64 value = 0;
            if (!parseInteger(value))
                return false;
            selector.end = value;
            skipBlanks();
        }
        if (peek() == ':') {
            ++m_at;
            skipBlanks();
            if (peek() == '-' || isDigit(peek())) {
                if (!parseInteger(selector.step))
                    return false;
            }
        }
        return true;
    }

    bool parseHex(char32_t &value)
    {
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = peek();
            int digit = -1;
            if (isDigit(c))
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                return fail(tr("\\u is followed by four hexadecimal digits"));
            ++m_at;
            value = value * 16 + char32_t(digit);
        }
        return true;
    }

    /** A string literal in single or double quotes, decoded to UTF-8 (RFC 9535 §2.3.1.1). */
    bool parseString(std::string &out)
    {
        const size_t start = m_at;
        const char quote = take();
        for (;;) {
            if (atEnd())
                return failAt(start, tr("the string is not closed"));
            const char c = take();
            if (c == quote)
                return true;
            if (static_cast<unsigned char>(c) < 0x20) {
                --m_at;
                return fail(tr("a control character in a string must be escaped"));
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            const char escaped = take();
            switch (escaped) {
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case '/':
            case '\\':
                out += escaped;
                break;
            case '\'':
            case '"':
                if (escaped != quote) {
                    m_at -= 2;
                    return fail(tr("only the string's own quote is escaped"));
                }
                out += escaped;
                break;
            case 'u': {
                char32_t unit = 0;
                if (!parseHex(unit))
                    return false;
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return fail(tr("a low surrogate without a high one"));
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    char32_t low = 0;
                    if (peek() != '\\' || peek(1) != 'u')
                        return fail(tr("a high surrogate is followed by a low one"));
                    m_at += 2;
                    if (!parseHex(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(tr("a high surrogate is followed by a low one"));
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, unit);
                break;
            }
            default:
                m_at -= escaped ? 2 : 1;
                return fail(tr("unknown escape in a string"));
            }
        }
    }

    // Filter expressions ---------------------------------------------------------------------

    /** logical-or-expr; whatever it holds must be a condition. */
    std::unique_ptr<Expr> parseLogical() { return parseChain(ExprKind::Or); }

    /** `a || b || …` (Or) of `a && b && …` (And) of basic expressions, left to right. */
    std::unique_ptr<Expr> parseChain(ExprKind kind)
    {
        const bool isOr = kind == ExprKind::Or;
        const char op = isOr ? '|' : '&';
        const auto operand
            = [this, isOr] { return isOr ? parseChain(ExprKind::And) : parseBasic(); };
        auto left = operand();
        if (!left)
            return nullptr;
        for (;;) {
            const size_t before = m_at;
            skipBlanks();
            if (peek() != op || peek(1) != op) {
                m_at = before;
                return left;
            }
            m_at += 2;
            skipBlanks();
            auto right = operand();
            if (!right)
                return nullptr;
            left = combine(kind, std::move(left), std::move(right));
        }
    }

    static std::unique_ptr<Expr> combine(ExprKind kind,
                                         std::unique_ptr<Expr> left,
                                         std::unique_ptr<Expr> right = {})
    {
        auto expr = std::make_unique<Expr>();
        expr->kind = kind;
        expr->type = ExprType::Logical;
        expr->left = std::move(left);
        expr->right = std::move(right);
        return expr;
    }

    /** paren-expr, comparison-expr or test-expr. */
    std::unique_ptr<Expr> parseBasic()
    {
        const size_t start = m_at;
        if (peek() == '!') {
            ++m_at;
            skipBlanks();
            std::unique_ptr<Expr> operand;
            if (peek() == '(') {
                operand = parseParenthesised();
            } else {
                operand = parsePrimary();
                if (operand && !checkTest(*operand, start))
                    return nullptr;
            }
            if (!operand)
                return nullptr;
            return combine(ExprKind::Not, std::move(operand));
        }
        if (peek() == '(')
            return parseParenthesised();
        auto left = parsePrimary();
        if (!left)
            return nullptr;
        const size_t before = m_at;
        skipBlanks();
        const auto op = comparisonOperator();
        if (!op) {
            m_at = before;
            if (!checkTest(*left, start))
                return nullptr;
            return left;
        }
        if (!checkComparable(*left, start))
            return nullptr;
        skipBlanks();
        const size_t rightStart = m_at;
        auto right = parsePrimary();
        if (!right || !checkComparable(*right, rightStart))
            return nullptr;
        auto expr = combine(ExprKind::Compare, std::move(left), std::move(right));
        expr->op = *op;
        return expr;
    }

    std::unique_ptr<Expr> parseParenthesised()
    {
        Nesting nesting(*this);
        if (!nesting.ok())
            return nullptr;
        ++m_at; // "("
        skipBlanks();
        auto inner = parseLogical();
        if (!inner)
            return nullptr;
        skipBlanks();
        if (peek() != ')') {
            fail(tr("expected \")\""));
            return nullptr;
        }
        ++m_at;
        return inner;
    }

    std::optional<CompareOp> comparisonOperator()
    {
        const char c = peek();
        const char next = peek(1);
        if (c == '=' && next == '=') {
            m_at += 2;
            return CompareOp::Equal;
        }
        if (c == '!' && next == '=') {
            m_at += 2;
            return CompareOp::NotEqual;
        }
        if (c == '<' || c == '>') {
            const bool orEqual = next == '=';
            m_at += orEqual ? 2 : 1;
            if (c == '<')
                return orEqual ? CompareOp::LessEqual : CompareOp::Less;
            return orEqual ? CompareOp::GreaterEqual : CompareOp::Greater;
        }
        return std::nullopt;
    }

    /** A test-expr stands alone: a query, or a function that gives a condition or nodes. */
    bool checkTest(const Expr &expr, size_t at)
    {
        if (expr.kind == ExprKind::Query)
            return true;
        if (expr.kind == ExprKind::Function && expr.type != ExprType::Value)
            return true;
        if (expr.kind == ExprKind::Literal)
            return failAt(at, tr("a literal alone is not a condition: compare it"));
        return failAt(at, tr("this function gives a value: compare it"));
    }

    /** Each side of a comparison is a literal, a singular query or a function giving a value. */
    bool checkComparable(const Expr &expr, size_t at)
    {
        if (expr.kind == ExprKind::Literal)
            return true;
        if (expr.kind == ExprKind::Query) {
            if (expr.query.singular)
                return true;
            return failAt(at, tr("only a singular query (names and indexes) can be compared"));
        }
        if (expr.kind == ExprKind::Function && expr.type == ExprType::Value)
            return true;
        return failAt(at, tr("this function gives no value to compare"));
    }

    /** A literal, a query or a function call; what it may be used as is checked by the caller. */
    std::unique_ptr<Expr> parsePrimary()
    {
        const char c = peek();
        auto expr = std::make_unique<Expr>();
        if (c == '$' || c == '@') {
            Nesting nesting(*this);
            if (!nesting.ok())
                return nullptr;
            expr->kind = ExprKind::Query;
            expr->type = ExprType::Nodes;
            if (!parseQuery(expr->query))
                return nullptr;
            return expr;
        }
        if (c == '\'' || c == '"') {
            expr->literalType = JsonNode::Type::String;
            if (!parseString(expr->text))
                return nullptr;
            return expr;
        }
        if (c == '-' || isDigit(c)) {
            if (!parseNumber(*expr))
                return nullptr;
            return expr;
        }
        if (c >= 'a' && c <= 'z') {
            const size_t start = m_at;
            while (!atEnd()
                   && ((peek() >= 'a' && peek() <= 'z') || peek() == '_' || isDigit(peek())))
                ++m_at;
            const std::string_view word = m_text.substr(start, m_at - start);
            if (peek() == '(')
                return parseFunction(word, start);
            if (word == "true" || word == "false") {
                expr->literalType = JsonNode::Type::Bool;
                expr->boolean = word == "true";
                return expr;
            }
            if (word == "null")
                return expr;
            failAt(start, tr("unknown word: a function name is followed by \"(\""));
            return nullptr;
        }
        fail(tr("expected a query, a literal or a function"));
        return nullptr;
    }

    bool parseNumber(Expr &expr)
    {
        const size_t start = m_at;
        if (peek() == '-')
            ++m_at;
        if (!isDigit(peek()))
            return failAt(start, tr("expected a number"));
        if (peek() == '0' && isDigit(peek(1)))
            return failAt(start, tr("a number has no leading zero"));
        while (isDigit(peek()))
            ++m_at;
        bool integral = true;
        if (peek() == '.') {
            ++m_at;
            if (!isDigit(peek()))
                return fail(tr("a decimal point is followed by digits"));
            while (isDigit(peek()))
                ++m_at;
            integral = false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!isDigit(peek()))
                return fail(tr("an exponent has digits"));
            while (isDigit(peek()))
                ++m_at;
            integral = false;
        }
        const std::string spelling(m_text.substr(start, m_at - start));
        if (integral) {
            bool ok = false;
            const qint64 value = QByteArray::fromStdString(spelling).toLongLong(&ok);
            if (ok && spelling != "-0") {
                expr.literalType = JsonNode::Type::Integer;
                expr.integer = value;
                return true;
            }
        }
        expr.literalType = JsonNode::Type::Double;
        expr.number = std::strtod(spelling.c_str(), nullptr);
        if (!std::isfinite(expr.number))
            return failAt(start, tr("the number is too large"));
        return true;
    }

    std::unique_ptr<Expr> parseFunction(std::string_view name, size_t start)
    {
        struct Signature
        {
            std::string_view name;
            FunctionId id;
            ExprType result;
            std::vector<ExprType> parameters;
        };
        static const Signature signatures[] = {
            {"length", FunctionId::Length, ExprType::Value, {ExprType::Value}},
            {"count", FunctionId::Count, ExprType::Value, {ExprType::Nodes}},
            {"match", FunctionId::Match, ExprType::Logical, {ExprType::Value, ExprType::Value}},
            {"search", FunctionId::Search, ExprType::Logical, {ExprType::Value, ExprType::Value}},
            {"value", FunctionId::Value, ExprType::Value, {ExprType::Nodes}},
        };
        const Signature *signature = nullptr;
        for (const auto &candidate : signatures) {
            if (candidate.name == name)
                signature = &candidate;
        }
        if (!signature) {
            failAt(start,
                   tr("unknown function \"%1\"")
                       .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
            return nullptr;
        }
        Nesting nesting(*this);
        if (!nesting.ok())
            return nullptr;
        ++m_at; // "("
        auto expr = std::make_unique<Expr>();
        expr->kind = ExprKind::Function;
        expr->function = signature->id;
        expr->type = signature->result;
        skipBlanks();
        if (peek() != ')') {
            for (;;) {
                const size_t argumentStart = m_at;
                auto argument = parseArgument();
                if (!argument)
                    return nullptr;
                const size_t index = expr->arguments.size();
                if (index >= signature->parameters.size()) {
                    failAt(argumentStart, tr("too many arguments"));
                    return nullptr;
                }
                if (!checkArgument(*argument, signature->parameters[index], argumentStart))
                    return nullptr;
                expr->arguments.push_back(std::move(argument));
                skipBlanks();
                if (peek() != ',')
                    break;
                ++m_at;
                skipBlanks();
            }
        }
        if (peek() != ')') {
            fail(tr("expected \",\" or \")\""));
            return nullptr;
        }
        ++m_at;
        if (expr->arguments.size() != signature->parameters.size()) {
            failAt(start,
                   tr("%1() takes %n argument(s)", nullptr, int(signature->parameters.size()))
                       .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
            return nullptr;
        }
        if (expr->function == FunctionId::Match || expr->function == FunctionId::Search) {
            const Expr &pattern = *expr->arguments[1];
            if (pattern.kind == ExprKind::Literal) {
                // Compiled once. A pattern that is not an I-Regexp matches nothing: it is kept
                // as an empty expression, which function() takes for "no match".
                if (pattern.literalType == JsonNode::Type::String)
                    expr->regex = compileRegex(pattern.text, expr->function);
                if (!expr->regex)
                    expr->regex = QRegularExpression();
            }
        }
        return expr;
    }

    /** A function argument: a literal, a query, a function, or a whole logical expression. */
    std::unique_ptr<Expr> parseArgument()
    {
        const size_t start = m_at;
        const char c = peek();
        if (c != '!' && c != '(') {
            auto primary = parsePrimary();
            if (!primary)
                return nullptr;
            const size_t after = m_at;
            skipBlanks();
            const char next = peek();
            const bool continues
                = next == '=' || next == '<' || next == '>' || (next == '!' && peek(1) == '=')
                  || (next == '&' && peek(1) == '&') || (next == '|' && peek(1) == '|');
            m_at = after;
            if (!continues)
                return primary;
            m_at = start;
        }
        return parseLogical();
    }

    bool checkArgument(const Expr &argument, ExprType parameter, size_t at)
    {
        switch (parameter) {
        case ExprType::Value:
            if (argument.kind == ExprKind::Literal
                || (argument.kind == ExprKind::Query && argument.query.singular)
                || (argument.kind == ExprKind::Function && argument.type == ExprType::Value)) {
                return true;
            }
            return failAt(at,
                          tr("this argument is a value: a literal, a singular query or a function "
                             "giving a value"));
        case ExprType::Nodes:
            if (argument.kind == ExprKind::Query
                || (argument.kind == ExprKind::Function && argument.type == ExprType::Nodes)) {
                return true;
            }
            return failAt(at, tr("this argument is a query"));
        case ExprType::Logical:
            if (argument.kind != ExprKind::Literal
                && !(argument.kind == ExprKind::Function && argument.type == ExprType::Value)) {
                return true;
            }
            return failAt(at, tr("this argument is a condition"));
        }
        return false;
    }

    std::string_view m_text;
    const JsonPathLimits &m_limits;
    size_t m_at = 0;
    int m_depth = 0;
    QString m_error;
    qint64 m_errorAt = -1;
    bool m_limit = false;
};

// Evaluation ---------------------------------------------------------------------------------

/** A step of a located node's path, pointing back at its parent's step. */
struct PathStep
{
    qint32 parent = -1;
    bool isIndex = false;
    quint32 index = 0;
    std::string_view name;
};

struct Located
{
    const JsonNode *node = nullptr;
    qint32 step = -1; ///< into the evaluation's path steps; -1 for the root or when untracked
};

/** The value of a comparable: a JSON value, or Nothing (an empty nodelist, no result). */
struct Value
{
    bool nothing = true;
    JsonNode node;
};

class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    Evaluator(const JsonNode &root, quint64 maxWork, std::vector<PathStep> *steps)
        : m_root(root)
        , m_maxWork(maxWork)
        , m_steps(steps)
    {}

    bool run(const QueryPart &query, const JsonNode &current, std::vector<Located> &out)
    {
        out.clear();
        out.push_back({query.relative ? &current : &m_root, -1});
        std::vector<Located> next;
        for (const Segment &segment : query.segments) {
            next.clear();
            for (const Located &input : out) {
                if (segment.descendant) {
                    if (!descend(segment, input, next))
                        return false;
                } else if (!applySegment(segment, input, next)) {
                    return false;
                }
            }
            out.swap(next);
            if (out.empty())
                break;
        }
        return true;
    }

    bool exhausted() const { return m_work > m_maxWork; }

private:
    bool spend(quint64 units = 1)
    {
        m_work += units;
        return m_work <= m_maxWork;
    }

    qint32 child(const Located &parent, std::string_view name)
    {
        if (!m_steps)
            return -1;
        m_steps->push_back({parent.step, false, 0, name});
        return qint32(m_steps->size() - 1);
    }
    qint32 child(const Located &parent, quint32 index)
    {
        if (!m_steps)
            return -1;
        m_steps->push_back({parent.step, true, index, {}});
        return qint32(m_steps->size() - 1);
    }

    /** Visits the input and every descendant, a node before its descendants, in order. */
    bool descend(const Segment &segment, const Located &input, std::vector<Located> &out)
    {
        std::vector<Located> stack{input};
        while (!stack.empty()) {
            const Located at = stack.back();
            stack.pop_back();
            if (!spend() || !applySegment(segment, at, out))
                return false;
            const JsonNode &node = *at.node;
            if (node.isArray()) {
                const auto items = node.items();
                for (size_t i = items.size(); i-- > 0;)
                    stack.push_back({&items[i], child(at, quint32(i))});
            } else if (node.isObject()) {
                const auto members = node.members();
                for (size_t i = members.size(); i-- > 0;)
                    stack.push_back({&members[i].value, child(at, members[i].key())});
            }
        }
        return true;
    }

    bool applySegment(const Segment &segment, const Located &input, std::vector<Located> &out)
    {
        for (const Selector &selector : segment.selectors) {
            if (!apply(selector, input, out))
                return false;
        }
        return true;
    }

    static qint64 normalise(qint64 index, qint64 length)
    {
        return index >= 0 ? index : length + index;
    }

    bool apply(const Selector &selector, const Located &input, std::vector<Located> &out)
    {
        const JsonNode &node = *input.node;
        switch (selector.kind) {
        case SelectorKind::Name:
            if (node.isObject()) {
                for (const JsonMember &member : node.members()) {
                    if (member.key() == selector.name) {
                        out.push_back({&member.value, child(input, member.key())});
                        break;
                    }
                }
                return spend(node.size());
            }
            return true;
        case SelectorKind::Wildcard:
            if (node.isArray()) {
                const auto items = node.items();
                for (size_t i = 0; i < items.size(); ++i)
                    out.push_back({&items[i], child(input, quint32(i))});
            } else if (node.isObject()) {
                for (const JsonMember &member : node.members())
                    out.push_back({&member.value, child(input, member.key())});
            }
            return spend(node.size());
        case SelectorKind::Index:
            if (node.isArray()) {
                const qint64 index = normalise(selector.index, node.size());
                if (index >= 0 && index < qint64(node.size()))
                    out.push_back({&node.items()[size_t(index)], child(input, quint32(index))});
            }
            return spend();
        case SelectorKind::Slice:
            return slice(selector, input, out);
        case SelectorKind::Filter:
            return filter(selector, input, out);
        }
        return true;
    }

    bool slice(const Selector &selector, const Located &input, std::vector<Located> &out)
    {
        const JsonNode &node = *input.node;
        if (!node.isArray() || selector.step == 0)
            return true;
        const qint64 length = node.size();
        const qint64 step = selector.step;
        const auto items = node.items();
        if (step > 0) {
            const qint64 lower
                = std::clamp(normalise(selector.start.value_or(0), length), qint64(0), length);
            const qint64 upper
                = std::clamp(normalise(selector.end.value_or(length), length), qint64(0), length);
            for (qint64 i = lower; i < upper; i += step) {
                if (!spend())
                    return false;
                out.push_back({&items[size_t(i)], child(input, quint32(i))});
            }
        } else {
            const qint64 upper = std::clamp(normalise(selector.start.value_or(length - 1), length),
                                            qint64(-1),
                                            length - 1);
            const qint64 lower = std::clamp(normalise(selector.end.value_or(-length - 1), length),
                                            qint64(-1),
                                            length - 1);
            for (qint64 i = upper; lower < i; i += step) {
                if (!spend())
                    return false;
                out.push_back({&items[size_t(i)], child(input, quint32(i))});
            }
        }
        return true;
    }

    bool filter(const Selector &selector, const Located &input, std::vector<Located> &out)
    {
        const JsonNode &node = *input.node;
        if (node.isArray()) {
            const auto items = node.items();
            for (size_t i = 0; i < items.size(); ++i) {
                bool passed = false;
                if (!spend() || !test(*selector.filter, items[i], passed))
                    return false;
                if (passed)
                    out.push_back({&items[i], child(input, quint32(i))});
            }
        } else if (node.isObject()) {
            for (const JsonMember &member : node.members()) {
                bool passed = false;
                if (!spend() || !test(*selector.filter, member.value, passed))
                    return false;
                if (passed)
                    out.push_back({&member.value, child(input, member.key())});
            }
        }
        return true;
    }

    /** The nodes of a query inside a filter (never with paths). */
    bool nodes(const QueryPart &query, const JsonNode &current, std::vector<Located> &out)
    {
        std::vector<PathStep> *steps = std::exchange(m_steps, nullptr);
        const bool ok = run(query, current, out);
        m_steps = steps;
        return ok;
    }

    bool test(const Expr &expr, const JsonNode &current, bool &result)
    {
        switch (expr.kind) {
        case ExprKind::Not:
            if (!test(*expr.left, current, result))
                return false;
            result = !result;
            return true;
        case ExprKind::And:
            if (!test(*expr.left, current, result))
                return false;
            return !result || test(*expr.right, current, result);
        case ExprKind::Or:
            if (!test(*expr.left, current, result))
                return false;
            return result || test(*expr.right, current, result);
        case ExprKind::Compare: {
            Value left;
            Value right;
            if (!value(*expr.left, current, left) || !value(*expr.right, current, right))
                return false;
            result = compare(left, right, expr.op);
            return spend();
        }
        case ExprKind::Query: {
            std::vector<Located> found;
            if (!nodes(expr.query, current, found))
                return false;
            result = !found.empty();
            return true;
        }
        case ExprKind::Function:
            return function(expr, current, result);
        case ExprKind::Literal:
            break;
        }
        result = false;
        return true;
    }

    bool function(const Expr &expr, const JsonNode &current, bool &result)
    {
        // match() and search(), the two functions that give a condition.
        Value subject;
        Value pattern;
        if (!value(*expr.arguments[0], current, subject)
            || !value(*expr.arguments[1], current, pattern))
            return false;
        result = false;
        if (subject.nothing || !subject.node.isString() || pattern.nothing
            || !pattern.node.isString())
            return true;
        const QRegularExpression *regex = nullptr;
        if (expr.regex) {
            regex = &*expr.regex;
        } else {
            const std::string key(pattern.node.stringView());
            auto found = m_regexes.find(key);
            if (found == m_regexes.end()) {
                if (m_regexes.size() > 256)
                    m_regexes.clear();
                found
                    = m_regexes
                          .emplace(key,
                                   compileRegex(key, expr.function).value_or(QRegularExpression()))
                          .first;
            }
            regex = &found->second;
        }
        if (regex->pattern().isEmpty() || !regex->isValid())
            return true;
        const std::string_view text = subject.node.stringView();
        if (!spend(text.size() / 64 + 1))
            return false;
        result = regex->match(QString::fromUtf8(text.data(), qsizetype(text.size()))).hasMatch();
        return true;
    }

    bool value(const Expr &expr, const JsonNode &current, Value &out)
    {
        out = Value();
        switch (expr.kind) {
        case ExprKind::Literal:
            out.nothing = false;
            switch (expr.literalType) {
            case JsonNode::Type::Bool:
                out.node = JsonNode::makeBool(expr.boolean);
                break;
            case JsonNode::Type::Integer:
                out.node = JsonNode::makeInteger(expr.integer);
                break;
            case JsonNode::Type::Double:
                out.node = JsonNode::makeDouble(expr.number);
                break;
            case JsonNode::Type::String:
                out.node = JsonNode::makeString(expr.text);
                break;
            default:
                out.node = JsonNode::makeNull();
                break;
            }
            return true;
        case ExprKind::Query: {
            std::vector<Located> found;
            if (!nodes(expr.query, current, found))
                return false;
            if (found.size() == 1) {
                out.nothing = false;
                out.node = *found.front().node;
            }
            return true;
        }
        case ExprKind::Function:
            break;
        default:
            return true;
        }
        switch (expr.function) {
        case FunctionId::Length: {
            Value argument;
            if (!value(*expr.arguments[0], current, argument))
                return false;
            if (argument.nothing)
                return true;
            const JsonNode &node = argument.node;
            if (node.isString()) {
                qint64 count = 0;
                for (const char c : node.stringView())
                    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                out = {false, JsonNode::makeInteger(count)};
            } else if (node.isArray() || node.isObject()) {
                out = {false, JsonNode::makeInteger(node.size())};
            }
            return true;
        }
        case FunctionId::Count:
        case FunctionId::Value: {
            std::vector<Located> found;
            if (!nodes(expr.arguments[0]->query, current, found))
                return false;
            if (expr.function == FunctionId::Count)
                out = {false, JsonNode::makeInteger(qint64(found.size()))};
            else if (found.size() == 1)
                out = {false, *found.front().node};
            return true;
        }
        default:
            return true;
        }
    }

    /** Deep equality (RFC 9535 §2.3.5.2.2), its cost counted: a large object's members each. */
    bool equal(const JsonNode &a, const JsonNode &b)
    {
        m_work += 1 + quint64(a.size()) * quint64(qMax<quint32>(1, b.size()));
        return jsonEqual(a, b);
    }

    bool less(const Value &a, const Value &b)
    {
        if (a.nothing || b.nothing)
            return false;
        if (a.node.isNumber() && b.node.isNumber()) {
            if (a.node.isInteger() && b.node.isInteger())
                return a.node.toInteger() < b.node.toInteger();
            return a.node.toDouble() < b.node.toDouble();
        }
        // UTF-8 byte order is the order of Unicode scalar values.
        if (a.node.isString() && b.node.isString())
            return a.node.stringView() < b.node.stringView();
        return false;
    }

    bool equalValues(const Value &a, const Value &b)
    {
        if (a.nothing || b.nothing)
            return a.nothing && b.nothing;
        return equal(a.node, b.node);
    }

    bool compare(const Value &a, const Value &b, CompareOp op)
    {
        switch (op) {
        case CompareOp::Equal:
            return equalValues(a, b);
        case CompareOp::NotEqual:
            return !equalValues(a, b);
        case CompareOp::Less:
            return less(a, b);
        case CompareOp::LessEqual:
            return less(a, b) || equalValues(a, b);
        case CompareOp::Greater:
            return less(b, a);
        case CompareOp::GreaterEqual:
            return less(b, a) || equalValues(a, b);
        }
        return false;
    }

    const JsonNode &m_root;
    quint64 m_maxWork;
    quint64 m_work = 0;
    std::vector<PathStep> *m_steps;
    std::unordered_map<std::string, QRegularExpression> m_regexes; ///< dynamic patterns
};

QString pathOf(const std::vector<PathStep> &steps, qint32 step)
{
    std::vector<const PathStep *> chain;
    for (qint32 at = step; at >= 0; at = steps[size_t(at)].parent)
        chain.push_back(&steps[size_t(at)]);
    QString path = QStringLiteral("$");
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if ((*it)->isIndex)
            path += u'[' + QString::number((*it)->index) + u']';
        else
            path += JsonPath::memberStep((*it)->name);
    }
    return path;
}

} // namespace

JsonPath::JsonPath() = default;
JsonPath::~JsonPath() = default;
JsonPath::JsonPath(const JsonPath &) = default;
JsonPath &JsonPath::operator=(const JsonPath &) = default;

Result<JsonPath> JsonPath::parse(std::string_view query, const JsonPathLimits &limits)
{
    if (qsizetype(query.size()) > limits.maxQueryBytes) {
        return makeError(Error::Code::Limit,
                         tr("The JSONPath query is longer than %1 bytes.").arg(limits.maxQueryBytes),
                         0);
    }
    auto parsed = std::make_shared<Query>();
    parsed->text = std::string(query);
    parsed->limits = limits;
    Parser parser(parsed->text, limits);
    if (!parser.parse(parsed->root)) {
        return makeError(parser.limitReached() ? Error::Code::Limit : Error::Code::Parse,
                         tr("Not a JSONPath query (RFC 9535): %1 at character %2.")
                             .arg(parser.error())
                             .arg(parser.errorOffset() + 1),
                         parser.errorOffset());
    }
    JsonPath path;
    path.m_query = std::move(parsed);
    return path;
}

Result<JsonPath> JsonPath::parse(const QString &query, const JsonPathLimits &limits)
{
    const QByteArray utf8 = query.toUtf8();
    return parse(std::string_view(utf8.constData(), size_t(utf8.size())), limits);
}

const std::string &JsonPath::text() const
{
    static const std::string none;
    return m_query ? m_query->text : none;
}

bool JsonPath::isSingular() const
{
    return m_query && m_query->root.singular;
}

namespace {

/** The query's nodes, with their path steps when `steps` is given; a Limit error past maxWork. */
Result<std::vector<Located>> evaluateQuery(const JsonPath::Query &query,
                                           const JsonNode &root,
                                           std::vector<PathStep> *steps)
{
    Evaluator evaluator(root, query.limits.maxWork, steps);
    std::vector<Located> found;
    if (!evaluator.run(query.root, root, found)) {
        return makeError(
            Error::Code::Limit,
            JsonPath::tr(
                "The JSONPath query \"%1\" does more than %2 steps of work; it was stopped.")
                .arg(QString::fromStdString(query.text))
                .arg(query.limits.maxWork));
    }
    return found;
}

} // namespace

Result<std::vector<const JsonNode *>> JsonPath::select(const JsonNode &root) const
{
    std::vector<const JsonNode *> nodes;
    if (!m_query)
        return nodes;
    const auto found = evaluateQuery(*m_query, root, nullptr);
    if (!found)
        return tl::unexpected<Error>(found.error());
    nodes.reserve(found->size());
    for (const Located &located : *found)
        nodes.push_back(located.node);
    return nodes;
}

Result<std::vector<JsonPathMatch>> JsonPath::locate(const JsonNode &root) const
{
    std::vector<JsonPathMatch> matches;
    if (!m_query)
        return matches;
    std::vector<PathStep> steps;
    const auto found = evaluateQuery(*m_query, root, &steps);
    if (!found)
        return tl::unexpected<Error>(found.error());
    matches.reserve(found->size());
    for (const Located &located : *found)
        matches.push_back({located.node, pathOf(steps, located.step)});
    return matches;
}

QString JsonPath::memberStep(std::string_view name)
{
    QString step = QStringLiteral("['");
    for (const QChar c : QString::fromUtf8(name.data(), qsizetype(name.size()))) {
        switch (c.unicode()) {
        case u'\\':
            step += u"\\\\";
            break;
        case u'\'':
            step += u"\\'";
            break;
        case u'\b':
            step += u"\\b";
            break;
        case u'\f':
            step += u"\\f";
            break;
        case u'\n':
            step += u"\\n";
            break;
        case u'\r':
            step += u"\\r";
            break;
        case u'\t':
            step += u"\\t";
            break;
        default:
            if (c.unicode() < 0x20)
                step += u"\\u00" + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                step += c;
        }
    }
    return step + u"']";
}

} // namespace Oxa
