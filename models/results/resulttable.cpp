// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "resulttable.h"

#include "document/jsonpointer.h"
#include "schema/formats.h"
#include "schema/jsonvalues.h"

#include <QHostAddress>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Oxa {

namespace {

/** Longest text of a cell; the rest is cut with "…". */
constexpr qsizetype kMaxCellText = 2000;
/** Items of an array joined in a cell at most. */
constexpr quint32 kMaxJoined = 20;

void collectArrays(
    const JsonNode &node, const QString &pointer, int depth, int maxDepth, QList<RecordArray> &out)
{
    if (node.isArray()) {
        RecordArray found{pointer, node.size(), 0};
        for (const JsonNode &item : node.items())
            found.objects += item.isObject() ? 1 : 0;
        if (found.objects > 0 || pointer.isEmpty())
            out.append(found);
        return; // records inside records are columns, not other record sets
    }
    if (!node.isObject() || depth >= maxDepth)
        return;
    for (const JsonMember &member : node.members())
        collectArrays(member.value,
                      JsonPointer::append(pointer, member.key()),
                      depth + 1,
                      maxDepth,
                      out);
}

/** Case folded first (analysts expect "alpha" before "Bravo"), then bytes for a total order. */
bool asciiLess(std::string_view a, std::string_view b)
{
    const int folded = compareIgnoringCase(a, b);
    return folded != 0 ? folded < 0 : a < b;
}

char folded(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

int digits(std::string_view text, size_t at, size_t count, bool *ok)
{
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

/** Days from 1970-01-01 to a civil date (proleptic Gregorian). */
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

/** A key that orders IPv4 before IPv6, each numerically. */
std::optional<std::array<quint8, 17>> ipKey(std::string_view text)
{
    const auto bytes = ipBytes(text);
    if (!bytes)
        return std::nullopt;
    std::array<quint8, 17> key{};
    key[0] = Formats::isIpv4(text) ? 4 : 6;
    std::copy(bytes->begin(), bytes->end(), key.begin() + 1);
    return key;
}

} // namespace

int compareIgnoringCase(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        const auto fa = quint8(folded(a[i]));
        const auto fb = quint8(folded(b[i]));
        if (fa != fb)
            return fa < fb ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
{
    if (needle.empty())
        return true;
    if (haystack.size() < needle.size())
        return false;
    const size_t last = haystack.size() - needle.size();
    for (size_t i = 0; i <= last; ++i) {
        size_t j = 0;
        while (j < needle.size() && folded(haystack[i + j]) == needle[j])
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

std::optional<std::array<quint8, 16>> ipBytes(std::string_view text)
{
    std::array<quint8, 16> out{};
    if (Formats::isIpv4(text)) {
        // Parsed here: a sort parses a million of them.
        quint32 parts[4] = {};
        int part = 0;
        for (const char c : text) {
            if (c == '.')
                ++part;
            else
                parts[part] = parts[part] * 10 + quint32(c - '0');
        }
        out[10] = out[11] = 0xff;
        for (int i = 0; i < 4; ++i)
            out[size_t(12 + i)] = quint8(parts[i]);
        return out;
    }
    if (!Formats::isIpv6(text))
        return std::nullopt;
    const Q_IPV6ADDR address
        = QHostAddress(QString::fromLatin1(text.data(), qsizetype(text.size()))).toIPv6Address();
    for (int i = 0; i < 16; ++i)
        out[size_t(i)] = address[i];
    return out;
}

QList<RecordArray> findRecordArrays(const JsonNode &root, int maxDepth)
{
    QList<RecordArray> out;
    collectArrays(root, QString(), 0, maxDepth, out);
    // The body itself first when it is an array; then by the number of objects.
    std::stable_sort(out.begin(), out.end(), [](const RecordArray &a, const RecordArray &b) {
        if (a.pointer.isEmpty() != b.pointer.isEmpty())
            return a.pointer.isEmpty();
        return a.objects > b.objects;
    });
    return out;
}

const char *columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Empty:
        return "empty";
    case ColumnType::Number:
        return "number";
    case ColumnType::Boolean:
        return "boolean";
    case ColumnType::DateTime:
        return "date-time";
    case ColumnType::IpAddress:
        return "ip";
    case ColumnType::String:
        return "string";
    case ColumnType::Mixed:
        return "mixed";
    }
    return "string";
}

std::optional<qint64> epochMsOf(std::string_view t)
{
    // YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)
    if (t.size() < 20 || t[4] != '-' || t[7] != '-'
        || (t[10] != 'T' && t[10] != 't' && t[10] != ' ') || t[13] != ':' || t[16] != ':')
        return std::nullopt;
    bool ok = true;
    const int year = digits(t, 0, 4, &ok);
    const int month = digits(t, 5, 2, &ok);
    const int day = digits(t, 8, 2, &ok);
    const int hour = digits(t, 11, 2, &ok);
    const int minute = digits(t, 14, 2, &ok);
    const int second = digits(t, 17, 2, &ok);
    if (!ok || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59
        || second > 60)
        return std::nullopt;
    size_t at = 19;
    int millis = 0;
    if (at < t.size() && t[at] == '.') {
        ++at;
        int scale = 100;
        const size_t start = at;
        while (at < t.size() && t[at] >= '0' && t[at] <= '9') {
            millis += (t[at] - '0') * scale;
            scale /= 10;
            ++at;
        }
        if (at == start)
            return std::nullopt;
    }
    int offsetMinutes = 0;
    if (at < t.size() && (t[at] == 'Z' || t[at] == 'z')) {
        ++at;
    } else if (at + 6 == t.size() && (t[at] == '+' || t[at] == '-') && t[at + 3] == ':') {
        const int h = digits(t, at + 1, 2, &ok);
        const int m = digits(t, at + 4, 2, &ok);
        if (!ok || h > 23 || m > 59)
            return std::nullopt;
        offsetMinutes = (t[at] == '-' ? -1 : 1) * (h * 60 + m);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != t.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60'000 + qint64(second) * 1000
           + millis;
}

// --- ResultTable

ResultTable::ResultTable(std::shared_ptr<const JsonTree> tree,
                         const JsonNode *records,
                         Options options)
    : m_tree(std::move(tree))
    , m_records(records)
    , m_options(options)
{
    const quint32 count = m_records && m_records->isArray() ? m_records->size() : 0;
    m_order.resize(count);
    for (quint32 i = 0; i < count; ++i)
        m_order[i] = i;
    discover();
    inferTypes();
}

std::optional<ResultTable> ResultTable::fromBody(std::shared_ptr<const JsonTree> tree,
                                                 std::optional<QString> pointer,
                                                 Options options)
{
    if (!tree || !tree->root())
        return std::nullopt;
    QString where;
    if (pointer) {
        where = *pointer;
    } else {
        const QList<RecordArray> arrays = findRecordArrays(*tree->root());
        if (arrays.isEmpty())
            return std::nullopt;
        where = arrays.front().pointer;
    }
    const auto tokens = JsonPointer::parse(where.toStdString());
    const JsonNode *records = tokens ? JsonPointer::evaluate(tree->root(), *tokens) : nullptr;
    if (!records || !records->isArray())
        return std::nullopt;
    return ResultTable(std::move(tree), records, options);
}

QList<QPair<QString, QString>> ResultTable::besideRecords(const JsonNode &root,
                                                          const QString &pointer,
                                                          qsizetype limit)
{
    constexpr qsizetype kMaxText = 120;
    QList<QPair<QString, QString>> out;
    const auto tokens = JsonPointer::parse(pointer.toStdString());
    if (!tokens || tokens->empty())
        return out; // the body itself is the records: nothing beside them
    const JsonNode *node = &root;
    QString prefix;
    for (const std::string &token : *tokens) {
        if (!node || !node->isObject())
            break;
        for (const JsonMember &member : node->members()) {
            const JsonNode &value = member.value;
            if (value.isObject() || value.isArray() || out.size() >= limit)
                continue;
            QString text = value.isString() ? value.toString()
                           : value.isNull() ? QStringLiteral("null")
                                            : jsonText(value, kMaxText);
            if (text.size() > kMaxText)
                text = text.left(kMaxText - 1) + u'…';
            out.append({prefix + member.keyString(), text});
        }
        const JsonNode *next = node->get(token);
        prefix += QString::fromStdString(token) + u'.';
        node = next;
    }
    return out;
}

void ResultTable::discover()
{
    // A trie of member names: one node per path, each child also remembered by the position
    // it had in the last record, since records of one array mostly share their layout.
    struct Node
    {
        std::string_view key;
        int column = -1; ///< -2: dropped (too many columns)
        std::unordered_map<std::string_view, int> children;
        std::vector<int> byPosition;
    };
    std::vector<Node> trie(1);
    const auto child = [&trie](int parent, quint32 position, std::string_view key) {
        {
            Node &p = trie[size_t(parent)];
            if (position < p.byPosition.size()) {
                const int guess = p.byPosition[position];
                if (guess > 0 && trie[size_t(guess)].key == key)
                    return guess;
            }
            const auto it = p.children.find(key);
            if (it != p.children.end()) {
                if (position >= p.byPosition.size())
                    p.byPosition.resize(position + 1, 0);
                p.byPosition[position] = it->second;
                return it->second;
            }
        }
        const int created = int(trie.size());
        trie.push_back(Node{key, -1, {}, {}});
        Node &p = trie[size_t(parent)];
        p.children.emplace(key, created);
        if (position >= p.byPosition.size())
            p.byPosition.resize(position + 1, 0);
        p.byPosition[position] = created;
        return created;
    };
    std::vector<std::string> path;
    const auto leaf = [&](int node, const JsonNode &value) {
        int &column = trie[size_t(node)].column;
        if (column == -1) {
            if (qsizetype(m_columns.size()) >= m_options.maxColumns) {
                column = -2;
                ++m_dropped;
                return;
            }
            column = int(m_columns.size());
            ResultColumn c;
            c.path = path;
            QStringList names;
            for (const std::string &part : path)
                names << QString::fromStdString(part);
            c.name = names.join(u'.');
            m_columns.push_back(std::move(c));
        }
        if (column < 0)
            return;
        ResultColumn &c = m_columns[size_t(column)];
        if (!value.isNull())
            ++c.present;
        c.array = c.array || value.isArray();
        c.nestedLeaf = c.nestedLeaf || value.isObject();
    };
    const auto walk = [&](const auto &self, const JsonNode &object, int node, int depth) -> void {
        quint32 position = 0;
        for (const JsonMember &member : object.members()) {
            const int next = child(node, position++, member.key());
            path.emplace_back(member.key());
            if (member.value.isObject() && member.value.size() > 0 && depth < m_options.depth)
                self(self, member.value, next, depth + 1);
            else
                leaf(next, member.value);
            path.pop_back();
        }
    };
    if (!m_records || !m_records->isArray())
        return;
    for (const JsonNode &record : m_records->items()) {
        if (record.isObject()) {
            walk(walk, record, 0, 0);
        } else {
            if (!m_scalarRecords) {
                m_scalarRecords = true;
                ResultColumn c;
                c.name = QStringLiteral("value");
                m_columns.insert(m_columns.begin(), std::move(c));
                for (Node &n : trie) {
                    if (n.column >= 0)
                        ++n.column;
                }
            }
            ResultColumn &c = m_columns.front();
            c.present += record.isNull() ? 0 : 1;
            c.array = c.array || record.isArray();
        }
    }
}

const JsonNode *ResultTable::valueAt(const JsonNode &record, const ResultColumn &column) const
{
    if (column.path.empty())
        return record.isObject() ? nullptr : &record; // the "value" column of scalar records
    const JsonNode *node = &record;
    for (const std::string &part : column.path) {
        node = node->get(part);
        if (!node)
            return nullptr;
    }
    return node;
}

void ResultTable::inferTypes()
{
    const quint32 count = m_records && m_records->isArray() ? m_records->size() : 0;
    const quint32 step = std::max<quint32>(1, count / quint32(std::max(1, m_options.typeSample)));
    for (ResultColumn &column : m_columns) {
        bool numbers = true, booleans = true, dates = true, ips = true, strings = true;
        bool any = false;
        for (quint32 i = 0; i < count; i += step) {
            const JsonNode *v = valueAt(m_records->items()[i], column);
            if (!v || v->isNull())
                continue;
            any = true;
            numbers = numbers && v->isNumber();
            booleans = booleans && v->isBool();
            strings = strings && v->isString();
            if (v->isString()) {
                const std::string_view text = v->stringView();
                dates = dates && epochMsOf(text).has_value();
                ips = ips && (Formats::isIpv4(text) || Formats::isIpv6(text));
            } else {
                dates = ips = false;
            }
        }
        column.type = !any                                           ? ColumnType::Empty
                      : numbers                                      ? ColumnType::Number
                      : booleans                                     ? ColumnType::Boolean
                      : strings && dates                             ? ColumnType::DateTime
                      : strings && ips                               ? ColumnType::IpAddress
                      : strings || column.array || column.nestedLeaf ? ColumnType::String
                                                                     : ColumnType::Mixed;
    }
}

const JsonNode &ResultTable::record(qsizetype row) const
{
    return m_records->items()[rows()[size_t(row)]];
}

void ResultTable::setFilter(const std::function<bool(quint32)> &keep)
{
    m_keep.assign(m_order.size(), false);
    for (quint32 i = 0; i < quint32(m_order.size()); ++i)
        m_keep[i] = keep(i);
    m_filtered = true;
    applyFilter();
}

void ResultTable::clearFilter()
{
    m_filtered = false;
    m_keep.clear();
    m_rows.clear();
    m_rows.shrink_to_fit();
}

void ResultTable::applyFilter()
{
    if (!m_filtered)
        return;
    m_rows.clear();
    for (const quint32 record : m_order) {
        if (m_keep[record])
            m_rows.push_back(record);
    }
}

const JsonNode *ResultTable::value(qsizetype row, qsizetype column) const
{
    return valueAt(record(row), m_columns[size_t(column)]);
}

QString ResultTable::text(qsizetype row, qsizetype column) const
{
    const JsonNode *v = value(row, column);
    if (!v || v->isNull())
        return QString();
    switch (v->type()) {
    case JsonNode::Type::String: {
        const std::string_view s = v->stringView();
        return QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(s.size(), kMaxCellText)));
    }
    case JsonNode::Type::Integer:
        return QString::number(v->toInteger());
    case JsonNode::Type::Double:
        return QString::number(v->toDouble(), 'g', QLocale::FloatingPointShortest);
    case JsonNode::Type::Bool:
        return v->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonNode::Type::Array: {
        bool scalars = true;
        for (const JsonNode &item : v->items())
            scalars = scalars && !item.isArray() && !item.isObject();
        if (m_options.arrays == ArrayDisplay::Count || !scalars)
            return QStringLiteral("[%1]").arg(v->size());
        QStringList parts;
        for (quint32 i = 0; i < std::min(v->size(), kMaxJoined); ++i) {
            const JsonNode &item = v->items()[i];
            parts << (item.isString() ? item.toString() : jsonText(item, 200));
        }
        if (v->size() > kMaxJoined)
            parts << QStringLiteral("…");
        return parts.join(QStringLiteral(", "));
    }
    case JsonNode::Type::Object:
    case JsonNode::Type::Null:
        break;
    }
    return jsonText(*v, kMaxCellText);
}

void ResultTable::unsort()
{
    for (quint32 i = 0; i < quint32(m_order.size()); ++i)
        m_order[i] = i;
    applyFilter();
}

void ResultTable::sort(qsizetype columnIndex, Qt::SortOrder order)
{
    const ResultColumn &column = m_columns[size_t(columnIndex)];
    const quint32 count = quint32(m_order.size());
    const bool descending = order == Qt::DescendingOrder;
    const auto items = m_records->items();
    // Keys extracted once per record, by the column's type; `missing` sorts last either way.
    std::vector<bool> missing(count, true);
    const auto sortBy = [&](const auto &keys) {
        std::stable_sort(m_order.begin(), m_order.end(), [&](quint32 a, quint32 b) {
            if (missing[a] != missing[b])
                return !missing[a];
            if (missing[a])
                return false;
            return descending ? keys[b] < keys[a] : keys[a] < keys[b];
        });
    };
    switch (column.type) {
    case ColumnType::Number: {
        std::vector<double> keys(count);
        for (quint32 i = 0; i < count; ++i) {
            const JsonNode *v = valueAt(items[i], column);
            if (v && v->isNumber()) {
                keys[i] = v->toDouble();
                missing[i] = std::isnan(keys[i]);
            }
        }
        sortBy(keys);
        break;
    }
    case ColumnType::DateTime: {
        std::vector<qint64> keys(count);
        for (quint32 i = 0; i < count; ++i) {
            const JsonNode *v = valueAt(items[i], column);
            if (const auto ms = v ? epochMsOf(v->stringView()) : std::nullopt) {
                keys[i] = *ms;
                missing[i] = false;
            }
        }
        sortBy(keys);
        break;
    }
    case ColumnType::IpAddress: {
        std::vector<std::array<quint8, 17>> keys(count);
        for (quint32 i = 0; i < count; ++i) {
            const JsonNode *v = valueAt(items[i], column);
            if (const auto key = v ? ipKey(v->stringView()) : std::nullopt) {
                keys[i] = *key;
                missing[i] = false;
            }
        }
        sortBy(keys);
        break;
    }
    case ColumnType::Boolean: {
        std::vector<quint8> keys(count);
        for (quint32 i = 0; i < count; ++i) {
            const JsonNode *v = valueAt(items[i], column);
            if (v && v->isBool()) {
                keys[i] = v->toBool() ? 1 : 0;
                missing[i] = false;
            }
        }
        sortBy(keys);
        break;
    }
    default: {
        // Numbers first, then texts, then arrays and objects (by size). Texts are ranked once:
        // the distinct ones are sorted, and rows sort by rank, which keeps the comparisons to
        // integers however long or repeated the texts are.
        std::vector<std::pair<quint8, double>> keys(count);
        std::unordered_map<std::string_view, quint32> distinct;
        std::vector<std::string_view> texts;
        for (quint32 i = 0; i < count; ++i) {
            const JsonNode *v = valueAt(items[i], column);
            if (!v || v->isNull())
                continue;
            missing[i] = false;
            if (v->isNumber()) {
                keys[i] = {0, v->toDouble()};
            } else if (v->isString() || v->isBool()) {
                const std::string_view text = v->isString() ? v->stringView()
                                              : v->toBool() ? std::string_view("true")
                                                            : std::string_view("false");
                const auto [it, added] = distinct.try_emplace(text, quint32(texts.size()));
                if (added)
                    texts.push_back(text);
                keys[i] = {1, double(it->second)}; // an id for now, a rank below
            } else {
                keys[i] = {2, double(v->size())};
            }
        }
        std::vector<quint32> byText(texts.size());
        for (quint32 t = 0; t < quint32(texts.size()); ++t)
            byText[t] = t;
        std::sort(byText.begin(), byText.end(), [&texts](quint32 a, quint32 b) {
            return asciiLess(texts[a], texts[b]);
        });
        std::vector<double> rank(texts.size());
        for (quint32 r = 0; r < quint32(byText.size()); ++r)
            rank[byText[r]] = double(r);
        for (quint32 i = 0; i < count; ++i) {
            if (!missing[i] && keys[i].first == 1)
                keys[i].second = rank[size_t(keys[i].second)];
        }
        sortBy(keys);
        break;
    }
    }
    applyFilter();
}

} // namespace Oxa
