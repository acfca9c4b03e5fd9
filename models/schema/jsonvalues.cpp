// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonvalues.h"

#include "core/jsonwriter.h"
#include "document/jsonreader.h"
#include "document/textlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>
#include <vector>

namespace Oxa {

size_t jsonHash(const JsonNode &node)
{
    switch (node.type()) {
    case JsonNode::Type::Null:
        return 0x9e37;
    case JsonNode::Type::Bool:
        return node.toBool() ? 0x51 : 0x52;
    case JsonNode::Type::Integer:
    case JsonNode::Type::Double: {
        const double d = node.isInteger() ? double(node.toInteger()) : node.toDouble();
        return std::hash<double>()(d == 0 ? 0.0 : d);
    }
    case JsonNode::Type::String:
        return std::hash<std::string_view>()(node.stringView());
    case JsonNode::Type::Array: {
        size_t h = 0xa5;
        for (const JsonNode &item : node.items())
            h = h * 31 + jsonHash(item);
        return h;
    }
    case JsonNode::Type::Object: {
        size_t h = 0x0b; // order-independent: a sum of member hashes
        for (const JsonMember &m : node.members())
            h += std::hash<std::string_view>()(m.key()) * 7 + jsonHash(m.value);
        return h;
    }
    }
    return 0;
}

namespace {

void write(JsonWriter &writer, const JsonNode &node, int depth, int maxDepth)
{
    if (depth > maxDepth) {
        writer.null();
        return;
    }
    switch (node.type()) {
    case JsonNode::Type::Null:
        writer.null();
        break;
    case JsonNode::Type::Bool:
        writer.value(node.toBool());
        break;
    case JsonNode::Type::Integer:
        writer.value(node.toInteger());
        break;
    case JsonNode::Type::Double:
        writer.value(node.toDouble());
        break;
    case JsonNode::Type::String:
        writer.value(node.stringView());
        break;
    case JsonNode::Type::Array:
        writer.beginArray();
        for (const JsonNode &item : node.items())
            write(writer, item, depth + 1, maxDepth);
        writer.endArray();
        break;
    case JsonNode::Type::Object:
        writer.beginObject();
        for (const JsonMember &m : node.members()) {
            writer.key(m.key());
            write(writer, m.value, depth + 1, maxDepth);
        }
        writer.endObject();
        break;
    }
}

} // namespace

void writeJson(JsonWriter &writer, const JsonNode &node, int maxDepth)
{
    write(writer, node, 0, maxDepth);
}

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return QByteArray();
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: QJsonDocument holds only containers, so write it inside one and unwrap it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString indentedJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return QString::fromUtf8(compactJson(value));
}

QString indentedJson(const JsonNode &node)
{
    JsonWriter writer(JsonWriter::Style::Indented);
    write(writer, node, 0, int(LoadLimits().maxDepth));
    return QString::fromUtf8(writer.finish()).trimmed();
}

std::optional<QString> indentedJsonText(const QByteArray &json)
{
    JsonTree tree(json, SourceFormat::Json);
    Diagnostics findings;
    if (!JsonReader::read(tree, LoadLimits(), findings))
        return std::nullopt;
    return indentedJson(*tree.root());
}

QString jsonText(const JsonNode &node, qsizetype maxLength)
{
    JsonWriter writer;
    write(writer, node, 0, 64);
    QString text = QString::fromUtf8(writer.finish()).trimmed();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

QString valueText(const QJsonValue &value, qsizetype maxLength)
{
    QString text = value.isString() ? value.toString() : QString::fromUtf8(compactJson(value));
    if (maxLength > 0 && text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

JsonNode fromQJsonValue(JsonArena &arena, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return JsonNode::makeBool(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) <= 9007199254740992.0)
            return JsonNode::makeInteger(qint64(d));
        return JsonNode::makeDouble(d);
    }
    case QJsonValue::String:
        return makeArenaString(arena, value.toString().toStdString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        std::vector<JsonNode> items;
        items.reserve(size_t(array.size()));
        for (const QJsonValue &item : array)
            items.push_back(fromQJsonValue(arena, item));
        return makeArenaArray(arena, items);
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        JsonObjectBuilder builder(arena);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string_view key = arena.copyString(it.key().toStdString());
            builder.set(key, fromQJsonValue(arena, it.value()));
        }
        return builder.build();
    }
    default:
        return JsonNode::makeNull();
    }
}

std::optional<QJsonValue> parseJsonText(const QString &text, QString *error)
{
    const QByteArray bytes = text.toUtf8();
    JsonTree tree(bytes, SourceFormat::Json);
    Diagnostics findings;
    const auto read = JsonReader::read(tree, LoadLimits(), findings);
    if (!read) {
        const TextPosition at = textPosition(bytes, read.error().offset);
        *error = QCoreApplication::translate("Oxa::JsonText", "Line %1, column %2: %3")
                     .arg(at.line)
                     .arg(at.column)
                     .arg(read.error().message);
        return std::nullopt;
    }
    return toQJsonValue(*tree.root());
}

std::unique_ptr<JsonTree> treeOf(const QJsonValue &value)
{
    auto tree = std::make_unique<JsonTree>(QByteArray(), SourceFormat::Json);
    tree->setRoot(fromQJsonValue(tree->arena(), value));
    return tree;
}

} // namespace Oxa
