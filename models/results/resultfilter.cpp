// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "resultfilter.h"

#include "schema/formats.h"

#include <cmath>

namespace Oxa {

namespace {

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

/** A value's text for words and regular expressions: scalars only. */
QByteArray scalarText(const JsonNode &value)
{
    switch (value.type()) {
    case JsonNode::Type::String:
        return QByteArray(value.stringView().data(), qsizetype(value.stringView().size()));
    case JsonNode::Type::Integer:
        return QByteArray::number(value.toInteger());
    case JsonNode::Type::Double:
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case JsonNode::Type::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    default:
        return QByteArray();
    }
}

/** Whether a value (scalars, and the items of arrays) contains a word. */
bool containsWord(const JsonNode &value, const QByteArray &word)
{
    if (value.isString())
        return containsIgnoringCase(value.stringView(), viewOf(word));
    if (value.isArray()) {
        for (const JsonNode &item : value.items())
            if (containsWord(item, word))
                return true;
        return false;
    }
    if (value.isObject()) {
        for (const JsonMember &member : value.members())
            if (containsWord(member.value, word))
                return true;
        return false;
    }
    const QByteArray text = scalarText(value);
    return containsIgnoringCase(viewOf(text), viewOf(word));
}

} // namespace

std::variant<ResultFilter, ResultFilter::Problem> ResultFilter::parse(const QString &text,
                                                                      const ResultTable &table)
{
    ResultFilter filter;
    // column OP value, the value quoted or up to the next space; everything else is words.
    static const QRegularExpression term(
        QStringLiteral(
            R"re((?<field>[\p{L}\p{N}_.@$-]+)\s*(?<op>==|!=|>=|<=|=|>|<|~|\s+in\s+)\s*(?<value>"[^"]*"?|\S+))re"),
        QRegularExpression::UseUnicodePropertiesOption);
    qsizetype at = 0;
    QString rest;
    auto it = term.globalMatch(text);
    const auto addWords
        = [&](qsizetype from, qsizetype to) { rest += text.mid(from, to - from) + u' '; };
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        addWords(at, m.capturedStart());
        at = m.capturedEnd();
        const QString field = m.captured(u"field");
        const QString op = m.captured(u"op").trimmed();
        QString value = m.captured(u"value");
        if (value.startsWith(u'"')) {
            if (value.size() < 2 || !value.endsWith(u'"'))
                return Problem{tr("A quote is not closed."),
                               m.capturedStart(u"value"),
                               m.capturedLength(u"value")};
            value = value.mid(1, value.size() - 2);
        }
        Predicate p;
        p.column = -1;
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (table.column(c).name.compare(field, Qt::CaseInsensitive) == 0) {
                p.column = c;
                break;
            }
        }
        if (p.column < 0)
            return Problem{tr("No column %1.").arg(field), m.capturedStart(u"field"), field.size()};
        const ColumnType type = table.column(p.column).type;
        p.op = op == u"==" || op == u"=" ? Op::Equal
               : op == u"!="             ? Op::NotEqual
               : op == u"<"              ? Op::Less
               : op == u"<="             ? Op::LessEqual
               : op == u">"              ? Op::Greater
               : op == u">="             ? Op::GreaterEqual
               : op == u"~"              ? Op::Regex
                                         : Op::In;
        p.text = value.toUtf8();
        p.number = value.toDouble(&p.isNumber);
        if (p.op == Op::Regex) {
            p.regex = QRegularExpression(value, QRegularExpression::CaseInsensitiveOption);
            if (!p.regex.isValid())
                return Problem{tr("Not a regular expression: %1.").arg(p.regex.errorString()),
                               m.capturedStart(u"value"),
                               m.capturedLength(u"value")};
            p.regex.optimize();
        } else if (p.op == Op::In) {
            const QString address = value.section(u'/', 0, 0);
            const auto bytes = ipBytes(address.toStdString());
            bool ok = true;
            const bool v4 = address.contains(u'.');
            const int bits
                = value.contains(u'/') ? value.section(u'/', 1).toInt(&ok) : (v4 ? 32 : 128);
            if (!bytes || !ok || bits < 0 || bits > (v4 ? 32 : 128))
                return Problem{tr("Not a network: %1 (write 10.0.0.0/8 or 2001:db8::/32).")
                                   .arg(value),
                               m.capturedStart(u"value"),
                               m.capturedLength(u"value")};
            p.network = *bytes;
            p.prefix = v4 ? bits + 96 : bits;
        } else if (type == ColumnType::Number) {
            if (!p.isNumber)
                return Problem{tr("%1 is a number column: %2 is not a number.").arg(field, value),
                               m.capturedStart(u"value"),
                               m.capturedLength(u"value")};
        } else if (type == ColumnType::DateTime) {
            const QByteArray utf8 = value.toUtf8();
            auto instant = epochMsOf(std::string_view(utf8.constData(), size_t(utf8.size())));
            if (!instant && Formats::isDate(std::string_view(utf8.constData(), size_t(utf8.size()))))
                instant = epochMsOf(QByteArray(utf8 + "T00:00:00Z").toStdString());
            if (!instant)
                return Problem{tr("%1 is a date-time column: write 2026-11-20 or "
                                  "2026-11-20T10:00:00Z.")
                                   .arg(field),
                               m.capturedStart(u"value"),
                               m.capturedLength(u"value")};
            p.instant = *instant;
            p.hasInstant = true;
        }
        filter.m_predicates.push_back(std::move(p));
    }
    addWords(at, text.size());
    // Words, and "quoted phrases"; "and" joins terms and is not a word.
    static const QRegularExpression word(QStringLiteral(R"re("([^"]*)"|(\S+))re"));
    auto words = word.globalMatch(rest);
    while (words.hasNext()) {
        const QRegularExpressionMatch m = words.next();
        const QString w = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
        if (w.isEmpty() || w.compare(u"and", Qt::CaseInsensitive) == 0)
            continue;
        if (w == u"\"")
            return Problem{tr("A quote is not closed."), text.lastIndexOf(u'"'), 1};
        filter.m_words.push_back(w.toLower().toUtf8());
    }
    return filter;
}

bool ResultFilter::holds(const Predicate &p, const JsonNode *value) const
{
    const bool present = value && !value->isNull();
    if (p.op == Op::NotEqual && !present)
        return true;
    if (!present)
        return false;
    switch (p.op) {
    case Op::Regex: {
        const QByteArray text
            = value->isArray() || value->isObject() ? QByteArray() : scalarText(*value);
        return p.regex.match(QString::fromUtf8(text)).hasMatch();
    }
    case Op::In: {
        const auto bytes = value->isString() ? ipBytes(value->stringView()) : std::nullopt;
        if (!bytes)
            return false;
        for (int bit = 0; bit < p.prefix; ++bit) {
            const int byte = bit / 8;
            const quint8 mask = quint8(0x80 >> (bit % 8));
            if (((*bytes)[size_t(byte)] & mask) != (p.network[size_t(byte)] & mask))
                return false;
        }
        return true;
    }
    default:
        break;
    }
    int order = 0; // this value against the predicate's: <0, 0, >0
    if (value->isNumber()) {
        if (!p.isNumber)
            return p.op == Op::NotEqual;
        const double v = value->toDouble();
        order = v < p.number ? -1 : (v > p.number ? 1 : 0);
    } else if (value->isString()) {
        const std::string_view text = value->stringView();
        const auto instant = p.hasInstant ? epochMsOf(text) : std::nullopt;
        if (instant)
            order = *instant < p.instant ? -1 : (*instant > p.instant ? 1 : 0);
        else if (p.op == Op::Equal || p.op == Op::NotEqual)
            order = compareIgnoringCase(text, viewOf(p.text)) == 0 ? 0 : 1;
        else
            order = compareIgnoringCase(text, viewOf(p.text));
    } else if (value->isBool()) {
        order
            = compareIgnoringCase(value->toBool() ? "true" : "false", viewOf(p.text)) == 0 ? 0 : 1;
    } else {
        return p.op == Op::NotEqual;
    }
    switch (p.op) {
    case Op::Equal:
        return order == 0;
    case Op::NotEqual:
        return order != 0;
    case Op::Less:
        return order < 0;
    case Op::LessEqual:
        return order <= 0;
    case Op::Greater:
        return order > 0;
    case Op::GreaterEqual:
        return order >= 0;
    default:
        return false;
    }
}

bool ResultFilter::matches(const ResultTable &table, quint32 record) const
{
    const JsonNode &node = table.recordAt(record);
    for (const Predicate &p : m_predicates) {
        if (!holds(p, table.valueIn(node, p.column)))
            return false;
    }
    for (const QByteArray &w : m_words) {
        if (!containsWord(node, w))
            return false;
    }
    return true;
}

} // namespace Oxa
