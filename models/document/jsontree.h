// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// document/ owns everything between bytes and an OpenAPI document: reading files and URLs
// under limits, the JSON and YAML readers, the in-memory tree, JSON pointers, $ref resolution,
// the Swagger 2.0 conversion, and the diagnostics found on the way.

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <mutex>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Oxa {

class JsonNode;
struct JsonMember;

/**
 * A bump allocator that owns every node, member array and decoded string of one JsonTree.
 * Memory is released all at once with the arena. Not thread-safe while it grows.
 */
class JsonArena
{
public:
    JsonArena() = default;
    JsonArena(const JsonArena &) = delete;
    JsonArena &operator=(const JsonArena &) = delete;

    void *allocate(size_t bytes, size_t alignment);

    template<typename T>
    T *allocateArray(size_t count)
    {
        return static_cast<T *>(allocate(sizeof(T) * count, alignof(T)));
    }

    /** A copy of the bytes that lives as long as the arena (not NUL-terminated). */
    std::string_view copyString(std::string_view text);

    size_t bytesAllocated() const { return m_total; }

private:
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_cursor = nullptr;
    size_t m_left = 0;
    size_t m_total = 0;
};

/**
 * One value of the JSON data model (YAML documents are read into the same model). 24 bytes,
 * trivially copyable; strings and children live in the tree's source text or arena, so a
 * node is only valid while its JsonTree lives. Object members keep their document order.
 */
class JsonNode
{
public:
    enum class Type : quint8 { Null, Bool, Integer, Double, String, Array, Object };

    JsonNode() = default;

    static JsonNode makeNull(quint32 offset = 0);
    static JsonNode makeBool(bool value, quint32 offset = 0);
    static JsonNode makeInteger(qint64 value, quint32 offset = 0);
    static JsonNode makeDouble(double value, quint32 offset = 0);
    /** The string must outlive the node: source text or arena memory. */
    static JsonNode makeString(std::string_view utf8, quint32 offset = 0);
    static JsonNode makeArray(const JsonNode *items, quint32 count, quint32 offset = 0);
    static JsonNode makeObject(const JsonMember *members, quint32 count, quint32 offset = 0);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Integer || m_type == Type::Double; }
    bool isInteger() const { return m_type == Type::Integer; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool(bool fallback = false) const { return isBool() ? m_bool : fallback; }
    /** The integer value; an integral double converts, anything else gives the fallback. */
    qint64 toInteger(qint64 fallback = 0) const;
    double toDouble(double fallback = 0) const;
    /** The UTF-8 bytes of a string node, empty for any other type. */
    std::string_view stringView() const
    {
        return isString() ? std::string_view(m_string, m_size) : std::string_view();
    }
    /** The string as QString (invalid UTF-8 becomes U+FFFD), null for any other type. */
    QString toString() const;
    bool equals(std::string_view utf8) const { return isString() && stringView() == utf8; }

    /** Number of array items or object members, 0 for scalars. */
    quint32 size() const { return (isArray() || isObject()) ? m_size : 0; }
    std::span<const JsonNode> items() const;
    std::span<const JsonMember> members() const;
    /** The member's value, nullptr when this is not an object or has no such member. */
    const JsonNode *get(std::string_view key) const;
    const JsonNode *at(quint32 index) const;

    /** Byte offset of the value in the source text (converted nodes keep their origin's). */
    quint32 offset() const { return m_offset; }

    /** The JSON type's name: "null", "boolean", "integer", "number", "string", "array", "object". */
    static const char *typeName(Type type);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    quint32 m_size = 0;
    quint32 m_offset = 0;
    union {
        qint64 m_integer = 0;
        double m_double;
        const char *m_string;
        const JsonNode *m_items;
        const JsonMember *m_members;
    };
};

struct JsonMember
{
    const char *keyData = nullptr;
    quint32 keySize = 0;
    quint32 keyOffset = 0;
    JsonNode value;

    std::string_view key() const { return std::string_view(keyData, keySize); }
    QString keyString() const { return QString::fromUtf8(keyData, qsizetype(keySize)); }
};

static_assert(sizeof(JsonNode) == 24, "JsonNode must stay compact: a 13 MB document has 258k");

/** 1-based line and column (columns count Unicode code points). */
struct TextPosition
{
    int line = 0;
    int column = 0;
};

/**
 * The line and column of a byte offset in a text, scanning it: for one-off lookups, before a
 * JsonTree exists. {0, 0} when out of range.
 */
TextPosition textPosition(const QByteArray &text, qsizetype offset);

enum class SourceFormat : quint8 { Json, Yaml };

/**
 * A parsed text: its bytes, the arena holding its nodes, and its root. Also the place where
 * converted or synthesised nodes are allocated, so that every node lives as long as the
 * document it belongs to. Positions are computed lazily and are thread-safe to query.
 */
class JsonTree
{
public:
    JsonTree(QByteArray text, SourceFormat format);
    JsonTree(const JsonTree &) = delete;
    JsonTree &operator=(const JsonTree &) = delete;

    const QByteArray &text() const { return m_text; }
    SourceFormat format() const { return m_format; }
    const JsonNode *root() const { return m_root; }
    void setRoot(const JsonNode &root);
    JsonArena &arena() { return m_arena; }

    /** Line and column of a byte offset in text(); {0, 0} when out of range. */
    TextPosition position(quint32 offset) const;

    /** A copy of the node in the arena, for a stable address. */
    const JsonNode *store(const JsonNode &node);

private:
    QByteArray m_text;
    JsonArena m_arena;
    const JsonNode *m_root = nullptr;
    SourceFormat m_format;
    mutable std::once_flag m_linesOnce;
    mutable std::vector<quint32> m_lineStarts;
    static constexpr quint32 kColumnMarkSpacing = 4096;
    mutable std::vector<int> m_columnMarks; // column at every kColumnMarkSpacing-th byte
};

/**
 * Builds an object in a tree's arena, member by member, keeping insertion order. A later
 * member with the same key replaces the earlier one (as JSON.parse does).
 */
class JsonObjectBuilder
{
public:
    explicit JsonObjectBuilder(JsonArena &arena)
        : m_arena(arena)
    {}

    /** Sets a member; the key must outlive the tree (text or arena memory). */
    JsonObjectBuilder &set(std::string_view key, const JsonNode &value, quint32 keyOffset = 0);
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    bool isEmpty() const { return m_members.empty(); }
    JsonNode build(quint32 offset = 0) const;

private:
    JsonMember *find(std::string_view key);
    const JsonMember *find(std::string_view key) const;

    JsonArena &m_arena;
    std::vector<JsonMember> m_members;
    // Built once an object grows past a few members: copying a 20,000-definition Swagger
    // document must not compare every key with every other.
    std::unordered_map<std::string_view, size_t> m_index;
};

/**
 * The node as a QJsonValue, for code that works with Qt's JSON types (forms, tests). Expands
 * shared YAML nodes; bounded by the tree's depth limit. Integers beyond 2^53 lose precision,
 * as they do in QJsonValue.
 */
QJsonValue toQJsonValue(const JsonNode &node);

/**
 * JSON equality as JSON Schema defines it for `enum`, `const` and `uniqueItems`: numbers by
 * value (1 equals 1.0), objects regardless of member order. Depth-bounded by the trees.
 */
bool jsonEqual(const JsonNode &a, const JsonNode &b);

/** A string node whose bytes are copied into the arena. */
JsonNode makeArenaString(JsonArena &arena, std::string_view utf8, quint32 offset = 0);
/** An array node whose items are copied into the arena. */
JsonNode makeArenaArray(JsonArena &arena, std::span<const JsonNode> items, quint32 offset = 0);

} // namespace Oxa
