// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/yamlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Oxa {

namespace {

/** A JSON value's own text (a number, a quoted string), as QJsonDocument writes it. */
QByteArray jsonScalar(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray quoted(QStringView text)
{
    // JSON's escapes, which YAML's double quotes share, and the characters a YAML reader would
    // drop or break a line at (a BOM, NEL, the Unicode separators) escaped too.
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == u'\t') {
            out += QStringLiteral("\\t");
        } else if (c == u'\r') {
            out += QStringLiteral("\\r");
        } else if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xfeff) {
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
    return out.toUtf8();
}

/** Words that YAML 1.1 or 1.2 read as something else than a string. */
bool looksLikeAnotherType(QStringView text)
{
    static const QStringList words{
        QStringLiteral("null"),
        QStringLiteral("~"),
        QStringLiteral("true"),
        QStringLiteral("false"),
        QStringLiteral("yes"),
        QStringLiteral("no"),
        QStringLiteral("on"),
        QStringLiteral("off"),
        QStringLiteral("y"),
        QStringLiteral("n"),
        QStringLiteral(".nan"),
        QStringLiteral(".inf"),
        QStringLiteral("-.inf"),
        QStringLiteral("+.inf"),
        QStringLiteral("<<"),
        QStringLiteral("="),
    };
    for (const QString &word : words) {
        if (text.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    // Numbers of every base and form YAML 1.1 knows (sexagesimal and underscores included),
    // and dates (a 1.1 timestamp).
    static const QRegularExpression number(QStringLiteral(
        R"(^[-+]?(\.[0-9_]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^[-+]?0[xob][0-9a-fA-F_]+$|)"
        R"(^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"));
    return number.match(text.toString()).hasMatch();
}

void write(QByteArray &out,
           const QJsonValue &value,
           const std::function<int(QStringView)> &rank,
           int indent);

QByteArray spaces(int count)
{
    return QByteArray(count, ' ');
}

/** A scalar after "key: " or "- "; false when the value is a container to write below. */
bool writeInline(QByteArray &out, const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double:
        out += jsonScalar(value);
        return true;
    case QJsonValue::String: {
        const QString text = value.toString();
        if (isPlainYamlString(text)) {
            out += text.toUtf8();
            return true;
        }
        // Text on several lines as a literal block, when it has nothing a block cannot hold.
        const bool block = text.contains(u'\n') && !text.contains(u'\r') && !text.startsWith(u' ')
                           && !text.startsWith(u'\n')
                           && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
                                  return c != u'\n' && (c.unicode() < 0x20 || c == u'\x7f');
                              });
        if (!block) {
            out += quoted(text);
            return true;
        }
        const bool trailing = text.endsWith(u'\n');
        const bool many = text.endsWith(QStringLiteral("\n\n"));
        out += many ? "|+" : trailing ? "|" : "|-";
        const QStringList lines = (trailing ? text.chopped(1) : text).split(u'\n');
        for (const QString &line : lines) {
            out += '\n';
            if (!line.isEmpty())
                out += spaces(indent + 2) + line.toUtf8();
        }
        return true;
    }
    case QJsonValue::Array:
        if (value.toArray().isEmpty()) {
            out += "[]";
            return true;
        }
        return false;
    case QJsonValue::Object:
        if (value.toObject().isEmpty()) {
            out += "{}";
            return true;
        }
        return false;
    }
    return true;
}

void writeKey(QByteArray &out, const QString &key)
{
    out += isPlainYamlString(key) ? key.toUtf8() : quoted(key);
    out += ':';
}

void write(QByteArray &out,
           const QJsonValue &value,
           const std::function<int(QStringView)> &rank,
           int indent)
{
    // `out` ends where the value starts: at the beginning of a line for a container.
    if ((value.isArray() && value.toArray().isEmpty())
        || (value.isObject() && value.toObject().isEmpty())) {
        out += spaces(indent) + (value.isArray() ? "[]" : "{}");
        return;
    }
    if (value.isArray()) {
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first)
                out += '\n';
            first = false;
            out += spaces(indent) + "- ";
            if (writeInline(out, item, indent + 2))
                continue;
            // A container in a sequence starts on the dash's line.
            QByteArray inner;
            write(inner, item, rank, indent + 2);
            out += inner.mid(indent + 2);
        }
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        if (rank)
            std::stable_sort(keys.begin(), keys.end(), [&rank](const QString &a, const QString &b) {
                return rank(a) < rank(b);
            });
        bool first = true;
        for (const QString &key : std::as_const(keys)) {
            if (!first)
                out += '\n';
            first = false;
            out += spaces(indent);
            writeKey(out, key);
            const QJsonValue member = object.value(key);
            QByteArray scalar;
            if (writeInline(scalar, member, indent)) {
                out += ' ' + scalar;
                continue;
            }
            out += '\n';
            // A sequence under a key is indented too: easier to read than YAML's compact form.
            write(out, member, rank, indent + 2);
        }
        return;
    }
    QByteArray scalar;
    writeInline(scalar, value, indent);
    out += spaces(indent) + scalar;
}

} // namespace

bool isPlainYamlString(QStringView text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    // Indicators that start something else than a plain scalar.
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    const QChar first = text.front();
    if (indicators.contains(first)) {
        // "-x", "?x" and ":x" are plain when followed by a non-space; keep it simple: quote.
        return false;
    }
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == u'\x7f' || c == u'\x85' || c == u'\x2028' || c == u'\x2029'
            || c == u'\xfeff')
            return false;
    }
    if (text.contains(u": ") || text.contains(u" #") || text.endsWith(u':') || text.contains(u",")
        || text.contains(u"[") || text.contains(u"]") || text.contains(u"{") || text.contains(u"}"))
        return false; // also safe inside flow collections that other tools may write around it
    return !looksLikeAnotherType(text);
}

QByteArray yamlText(const QJsonValue &value,
                    const std::function<int(QStringView key)> &rank,
                    int indent)
{
    QByteArray out;
    write(out, value, rank, indent);
    out += '\n';
    return out;
}

} // namespace Oxa
