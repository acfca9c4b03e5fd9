// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsontree.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Oxa {

namespace {
constexpr size_t BlockSize = 256 * 1024;
}

void *JsonArena::allocate(size_t bytes, size_t alignment)
{
    if (bytes == 0)
        bytes = 1;
    auto align = [alignment](char *p) {
        const auto address = reinterpret_cast<quintptr>(p);
        return size_t((alignment - address % alignment) % alignment);
    };
    size_t padding = m_cursor ? align(m_cursor) : 0;
    if (!m_cursor || padding + bytes > m_left) {
        // Small trees (a value to validate) stay small: blocks start at 4 KiB and double up
        // to BlockSize. Every allocation is written before it is read: no zeroing.
        const size_t grown
            = std::min(BlockSize, size_t(4096) << std::min<size_t>(m_blocks.size(), 16));
        const size_t size = std::max(grown, bytes + alignment);
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(size));
        m_cursor = m_blocks.back().get();
        m_left = size;
        m_total += size;
        padding = align(m_cursor);
    }
    char *result = m_cursor + padding;
    m_cursor = result + bytes;
    m_left -= padding + bytes;
    return result;
}

std::string_view JsonArena::copyString(std::string_view text)
{
    if (text.empty())
        return std::string_view();
    char *copy = allocateArray<char>(text.size());
    std::memcpy(copy, text.data(), text.size());
    return std::string_view(copy, text.size());
}

JsonNode JsonNode::makeNull(quint32 offset)
{
    JsonNode node;
    node.m_offset = offset;
    return node;
}

JsonNode JsonNode::makeBool(bool value, quint32 offset)
{
    JsonNode node;
    node.m_type = Type::Bool;
    node.m_bool = value;
    node.m_offset = offset;
    return node;
}

JsonNode JsonNode::makeInteger(qint64 value, quint32 offset)
{
    JsonNode node;
    node.m_type = Type::Integer;
    node.m_integer = value;
    node.m_offset = offset;
    return node;
}

JsonNode JsonNode::makeDouble(double value, quint32 offset)
{
    JsonNode node;
    node.m_type = Type::Double;
    node.m_double = value;
    node.m_offset = offset;
    return node;
}

JsonNode JsonNode::makeString(std::string_view utf8, quint32 offset)
{
    JsonNode node;
    node.m_type = Type::String;
    node.m_string = utf8.data();
    node.m_size = quint32(utf8.size());
    node.m_offset = offset;
    return node;
}

JsonNode JsonNode::makeArray(const JsonNode *items, quint32 count, quint32 offset)
{
    JsonNode node;
    node.m_type = Type::Array;
    node.m_items = items;
    node.m_size = count;
    node.m_offset = offset;
    return node;
}

JsonNode JsonNode::makeObject(const JsonMember *members, quint32 count, quint32 offset)
{
    JsonNode node;
    node.m_type = Type::Object;
    node.m_members = members;
    node.m_size = count;
    node.m_offset = offset;
    return node;
}

qint64 JsonNode::toInteger(qint64 fallback) const
{
    if (m_type == Type::Integer)
        return m_integer;
    if (m_type == Type::Double && std::isfinite(m_double) && std::trunc(m_double) == m_double
        && std::abs(m_double) < 9.2e18)
        return qint64(m_double);
    return fallback;
}

double JsonNode::toDouble(double fallback) const
{
    if (m_type == Type::Integer)
        return double(m_integer);
    if (m_type == Type::Double)
        return m_double;
    return fallback;
}

QString JsonNode::toString() const
{
    if (!isString())
        return QString();
    return QString::fromUtf8(m_string, qsizetype(m_size));
}

std::span<const JsonNode> JsonNode::items() const
{
    if (!isArray())
        return {};
    return std::span<const JsonNode>(m_items, m_size);
}

std::span<const JsonMember> JsonNode::members() const
{
    if (!isObject())
        return {};
    return std::span<const JsonMember>(m_members, m_size);
}

const JsonNode *JsonNode::get(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    for (quint32 i = 0; i < m_size; ++i) {
        const JsonMember &member = m_members[i];
        // An empty key may have no storage at all: memcmp must not see its null pointer.
        if (member.keySize == key.size()
            && (key.empty() || std::memcmp(member.keyData, key.data(), key.size()) == 0))
            return &member.value;
    }
    return nullptr;
}

const JsonNode *JsonNode::at(quint32 index) const
{
    if (!isArray() || index >= m_size)
        return nullptr;
    return &m_items[index];
}

const char *JsonNode::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "boolean";
    case Type::Integer:
        return "integer";
    case Type::Double:
        return "number";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    }
    return "null";
}

JsonTree::JsonTree(QByteArray text, SourceFormat format)
    : m_text(std::move(text))
    , m_format(format)
{
    m_root = store(JsonNode::makeNull());
}

void JsonTree::setRoot(const JsonNode &root)
{
    m_root = store(root);
}

const JsonNode *JsonTree::store(const JsonNode &node)
{
    auto *copy = m_arena.allocateArray<JsonNode>(1);
    *copy = node;
    return copy;
}

namespace {

/** Columns count code points: every byte that is not a UTF-8 continuation byte. */
int columnAt(const QByteArray &text, qsizetype lineStart, qsizetype offset)
{
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
            ++column;
    return column;
}

} // namespace

TextPosition textPosition(const QByteArray &text, qsizetype offset)
{
    if (offset < 0 || offset > text.size())
        return {};
    const QByteArrayView head(text.constData(), offset);
    const qsizetype lineStart = head.lastIndexOf('\n') + 1;
    return {int(head.count('\n')) + 1, columnAt(text, lineStart, offset)};
}

TextPosition JsonTree::position(quint32 offset) const
{
    if (offset > quint32(m_text.size()))
        return {};
    std::call_once(m_linesOnce, [this] {
        m_lineStarts.push_back(0);
        const char *begin = m_text.constData();
        const char *end = begin + m_text.size();
        for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\n', end - p)));
             ++p)
            m_lineStarts.push_back(quint32(p + 1 - begin));
        // The column every kColumnMarkSpacing bytes, so that a position on a very long line
        // (minified JSON is one line) costs a short scan, not one from the line's start.
        m_columnMarks.reserve(size_t(m_text.size() / kColumnMarkSpacing + 1));
        int column = 1;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (i % kColumnMarkSpacing == 0)
                m_columnMarks.push_back(column);
            const auto byte = static_cast<unsigned char>(begin[i]);
            if (byte == '\n')
                column = 1;
            else if ((byte & 0xC0) != 0x80)
                ++column;
        }
    });
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const auto line = int(next - m_lineStarts.cbegin());
    const quint32 lineStart = *(next - 1);
    const quint32 mark = offset / kColumnMarkSpacing * kColumnMarkSpacing;
    if (mark > lineStart && size_t(mark / kColumnMarkSpacing) < m_columnMarks.size())
        return {line, m_columnMarks[mark / kColumnMarkSpacing] + columnAt(m_text, mark, offset) - 1};
    return {line, columnAt(m_text, lineStart, offset)};
}

const JsonMember *JsonObjectBuilder::find(std::string_view key) const
{
    if (!m_index.empty()) {
        const auto it = m_index.find(key);
        return it == m_index.end() ? nullptr : &m_members[it->second];
    }
    for (const JsonMember &member : m_members)
        if (member.key() == key)
            return &member;
    return nullptr;
}

JsonMember *JsonObjectBuilder::find(std::string_view key)
{
    return const_cast<JsonMember *>(std::as_const(*this).find(key));
}

JsonObjectBuilder &JsonObjectBuilder::set(std::string_view key,
                                          const JsonNode &value,
                                          quint32 keyOffset)
{
    constexpr size_t IndexFrom = 16;
    if (JsonMember *existing = find(key)) {
        existing->value = value;
        return *this;
    }
    m_members.push_back(JsonMember{key.data(), quint32(key.size()), keyOffset, value});
    if (!m_index.empty()) {
        m_index.emplace(key, m_members.size() - 1);
    } else if (m_members.size() > IndexFrom) {
        for (size_t i = 0; i < m_members.size(); ++i)
            m_index.emplace(m_members[i].key(), i);
    }
    return *this;
}

JsonNode JsonObjectBuilder::build(quint32 offset) const
{
    auto *members = m_arena.allocateArray<JsonMember>(m_members.size());
    std::copy(m_members.cbegin(), m_members.cend(), members);
    return JsonNode::makeObject(members, quint32(m_members.size()), offset);
}

QJsonValue toQJsonValue(const JsonNode &node)
{
    switch (node.type()) {
    case JsonNode::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonNode::Type::Bool:
        return QJsonValue(node.toBool());
    case JsonNode::Type::Integer:
        return QJsonValue(node.toInteger());
    case JsonNode::Type::Double:
        return QJsonValue(node.toDouble());
    case JsonNode::Type::String:
        return QJsonValue(node.toString());
    case JsonNode::Type::Array: {
        QJsonArray array;
        for (const JsonNode &item : node.items())
            array.append(toQJsonValue(item));
        return array;
    }
    case JsonNode::Type::Object: {
        QJsonObject object;
        for (const JsonMember &member : node.members())
            object.insert(member.keyString(), toQJsonValue(member.value));
        return object;
    }
    }
    return QJsonValue();
}

JsonNode makeArenaString(JsonArena &arena, std::string_view utf8, quint32 offset)
{
    return JsonNode::makeString(arena.copyString(utf8), offset);
}

JsonNode makeArenaArray(JsonArena &arena, std::span<const JsonNode> items, quint32 offset)
{
    auto *copy = arena.allocateArray<JsonNode>(items.size());
    std::copy(items.begin(), items.end(), copy);
    return JsonNode::makeArray(copy, quint32(items.size()), offset);
}

namespace {

bool numbersEqual(const JsonNode &a, const JsonNode &b)
{
    if (a.isInteger() && b.isInteger())
        return a.toInteger() == b.toInteger();
    return a.toDouble() == b.toDouble();
}

} // namespace

bool jsonEqual(const JsonNode &a, const JsonNode &b)
{
    if (a.isNumber() && b.isNumber())
        return numbersEqual(a, b);
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case JsonNode::Type::Null:
        return true;
    case JsonNode::Type::Bool:
        return a.toBool() == b.toBool();
    case JsonNode::Type::String:
        return a.stringView() == b.stringView();
    case JsonNode::Type::Array: {
        if (a.size() != b.size())
            return false;
        const auto left = a.items();
        const auto right = b.items();
        for (size_t i = 0; i < left.size(); ++i) {
            if (!jsonEqual(left[i], right[i]))
                return false;
        }
        return true;
    }
    case JsonNode::Type::Object: {
        if (a.size() != b.size())
            return false;
        for (const JsonMember &m : a.members()) {
            const JsonNode *other = b.get(m.key());
            if (!other || !jsonEqual(m.value, *other))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace Oxa
