// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsontreemodel.h"

#include "document/jsonpointer.h"
#include "results/resulttable.h"
#include "schema/jsonvalues.h"

#include <QLocale>

namespace Oxa {

namespace {

/** A scalar's text in a cell: strings as they are, cut; numbers and booleans as JSON. */
constexpr qsizetype kMaxValueText = 1000;

} // namespace

struct JsonTreeModel::Item
{
    const JsonNode *node = nullptr;
    Item *parent = nullptr;
    int row = 0;
    std::string_view key; ///< the member's name; empty for an array item
    bool member = false;
    std::vector<std::unique_ptr<Item>> children; ///< the rows made so far
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setTree(std::shared_ptr<const JsonTree> tree, const JsonNode *root)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_root.reset();
    if (m_tree && m_tree->root()) {
        m_root = std::make_unique<Item>();
        m_root->node = root ? root : m_tree->root();
        load(*m_root, kBatch);
    }
    // Views (and model testers) that look at the rows on the reset must not insert inside it.
    m_inserting = true;
    endResetModel();
    m_inserting = false;
}

void JsonTreeModel::load(Item &item, int upTo)
{
    const JsonNode &node = *item.node;
    const int total = int(node.size());
    const int end = std::min(total, upTo);
    for (int row = int(item.children.size()); row < end; ++row) {
        auto child = std::make_unique<Item>();
        child->parent = &item;
        child->row = row;
        if (node.isArray()) {
            child->node = &node.items()[size_t(row)];
        } else {
            const JsonMember &member = node.members()[size_t(row)];
            child->node = &member.value;
            child->key = member.key();
            child->member = true;
        }
        item.children.push_back(std::move(child));
    }
}

void JsonTreeModel::insertRows(const QModelIndex &parent, Item &item, int upTo)
{
    const int first = int(item.children.size());
    if (upTo <= first)
        return;
    m_inserting = true;
    beginInsertRows(parent, first, upTo - 1);
    load(item, upTo);
    endInsertRows();
    m_inserting = false;
}

JsonTreeModel::Item *JsonTreeModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *item = itemOf(parent);
    if (!item || row < 0 || column < 0 || column >= ColumnCount || row >= int(item->children.size()))
        return {};
    return createIndex(row, column, item->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Item *item = child.isValid() ? itemOf(child) : nullptr;
    if (!item || !item->parent || item->parent == m_root.get())
        return {};
    return createIndex(item->parent->row, 0, item->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Item *item = itemOf(parent);
    return item ? int(item->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Item *item = itemOf(parent);
    return item && item->node->size() > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while rows are being inserted: a view (or a tester) that looks at the new rows must
    // not start another insertion inside this one.
    if (parent.column() > 0 || m_inserting)
        return false;
    const Item *item = itemOf(parent);
    return item && item->children.size() < item->node->size();
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    Item *item = itemOf(parent);
    if (!item || m_inserting || item->children.size() >= item->node->size())
        return;
    const int first = int(item->children.size());
    insertRows(parent, *item, std::min(int(item->node->size()), first + kBatch));
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const Item *item = index.isValid() ? itemOf(index) : nullptr;
    if (!item)
        return {};
    const JsonNode &node = *item->node;
    if (role == Qt::ToolTipRole || role == Qt::UserRole)
        return pointer(index);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return item->member ? QString::fromUtf8(item->key.data(), qsizetype(item->key.size()))
                            : QStringLiteral("[%1]").arg(item->row);
    case ValueColumn:
        if (node.isObject())
            return tr("{%n field(s)}", nullptr, int(node.size()));
        if (node.isArray())
            return tr("[%n item(s)]", nullptr, int(node.size()));
        if (node.isString()) {
            const std::string_view s = node.stringView();
            return QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(s.size(), kMaxValueText)));
        }
        return jsonText(node, kMaxValueText);
    case TypeColumn:
        return QString::fromLatin1(JsonNode::typeName(node.type()));
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

const JsonNode *JsonTreeModel::node(const QModelIndex &index) const
{
    const Item *item = index.isValid() ? itemOf(index) : nullptr;
    return item ? item->node : nullptr;
}

QString JsonTreeModel::pointer(const QModelIndex &index) const
{
    QStringList tokens;
    for (const Item *item = index.isValid() ? itemOf(index) : nullptr; item && item->parent;
         item = item->parent)
        tokens.prepend(item->member ? JsonPointer::escape(
                           QString::fromUtf8(item->key.data(), qsizetype(item->key.size())))
                                    : QString::number(item->row));
    return tokens.isEmpty() ? QString() : u'/' + tokens.join(u'/');
}

QString JsonTreeModel::valueJson(const QModelIndex &index, qsizetype maxBytes) const
{
    const JsonNode *n = index.isValid() ? node(index) : (m_root ? m_root->node : nullptr);
    return n ? jsonText(*n, maxBytes) : QString();
}

QString JsonTreeModel::find(const QString &text, const QString &from) const
{
    if (!m_root || text.isEmpty())
        return QString();
    const QByteArray lower = text.toLower().toUtf8();
    const std::string_view needle(lower.constData(), size_t(lower.size()));
    // Document order is the order of the values' offsets in the text.
    quint32 after = 0;
    bool hasFrom = false;
    if (!from.isEmpty()) {
        if (const auto tokens = JsonPointer::parse(from.toStdString()))
            if (const JsonNode *start = JsonPointer::evaluate(m_root->node, *tokens)) {
                after = start->offset();
                hasFrom = true;
            }
    }
    std::vector<std::string> path;
    std::optional<std::vector<std::string>> first;
    std::optional<std::vector<std::string>> next;
    const auto matches = [&needle](const JsonNode &value, std::string_view name) {
        if (containsIgnoringCase(name, needle))
            return true;
        if (value.isString())
            return containsIgnoringCase(value.stringView(), needle);
        if (value.isNumber() || value.isBool()) {
            const QByteArray t = jsonText(value, 64).toUtf8();
            return containsIgnoringCase(std::string_view(t.constData(), size_t(t.size())), needle);
        }
        return false;
    };
    const auto visit = [&](const auto &self, const JsonNode &node) -> bool {
        const auto consider = [&](const JsonNode &child, std::string_view name) {
            if (matches(child, name)) {
                if (!first)
                    first = path;
                if (!hasFrom || child.offset() > after) {
                    next = path;
                    return true;
                }
            }
            return self(self, child);
        };
        if (node.isArray()) {
            for (quint32 i = 0; i < node.size(); ++i) {
                path.push_back(std::to_string(i));
                const bool done = consider(node.items()[i], {});
                path.pop_back();
                if (done)
                    return true;
            }
        } else if (node.isObject()) {
            for (const JsonMember &member : node.members()) {
                path.emplace_back(member.key());
                const bool done = consider(member.value, member.key());
                path.pop_back();
                if (done)
                    return true;
            }
        }
        return false;
    };
    visit(visit, *m_root->node);
    const auto &found = next ? next : first;
    if (!found)
        return QString();
    QString out;
    for (const std::string &token : *found)
        out += u'/' + JsonPointer::escape(QString::fromStdString(token));
    return out;
}

QModelIndex JsonTreeModel::indexOf(const QString &pointerText)
{
    const auto tokens = JsonPointer::parse(pointerText.toStdString());
    if (!tokens || !m_root)
        return {};
    Item *item = m_root.get();
    QModelIndex index;
    for (const std::string &token : *tokens) {
        const JsonNode &node = *item->node;
        int row = -1;
        if (node.isArray()) {
            bool ok = false;
            row = QString::fromStdString(token).toInt(&ok);
            if (!ok || row < 0 || row >= int(node.size()))
                return {};
        } else if (node.isObject()) {
            for (quint32 i = 0; i < node.size(); ++i) {
                if (node.members()[i].key() == token) {
                    row = int(i);
                    break;
                }
            }
        }
        if (row < 0)
            return {};
        if (row >= int(item->children.size())) {
            // The rows up to it, in whole batches.
            insertRows(index, *item, std::min(int(node.size()), (row / kBatch + 1) * kBatch));
        }
        item = item->children[size_t(row)].get();
        index = createIndex(row, 0, item);
    }
    return index;
}

} // namespace Oxa
