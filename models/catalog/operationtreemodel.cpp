// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/operationtreemodel.h"

#include "catalog/catalog.h"

namespace Oxa {

namespace {

constexpr Capability kCapabilityOrder[] = {Capability::Enrichment,
                                           Capability::Response,
                                           Capability::Telemetry,
                                           Capability::Administration,
                                           Capability::Other};

QString groupKey(OperationTreeModel::NodeKind kind, const QString &name)
{
    switch (kind) {
    case OperationTreeModel::NodeKind::Capability:
        return QStringLiteral("capability:") + name;
    case OperationTreeModel::NodeKind::Tag:
        return QStringLiteral("tag:") + name;
    case OperationTreeModel::NodeKind::Path:
        return QStringLiteral("path:") + name;
    case OperationTreeModel::NodeKind::Operation:
        break;
    }
    return name;
}

} // namespace

OperationTreeModel::OperationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

OperationTreeModel::~OperationTreeModel() = default;

void OperationTreeModel::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    setSearchIndex(std::make_shared<const OperationSearchIndex>(std::move(catalog)));
}

void OperationTreeModel::setSearchIndex(std::shared_ptr<const OperationSearchIndex> index)
{
    m_search = std::move(index);
    m_catalog = m_search ? m_search->catalog() : nullptr;
    rebuild();
}

void OperationTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void OperationTreeModel::setFilter(const CatalogFilter &filter)
{
    if (!filter.isValid())
        return;
    m_filter = filter;
    m_highlights = filter.highlights();
    rebuild();
}

int OperationTreeModel::totalOperationCount() const
{
    return m_catalog ? int(m_catalog->operations().size()) : 0;
}

int OperationTreeModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    if (node.parent < 0) {
        node.row = int(m_roots.size());
        m_roots.push_back(id);
    } else {
        node.row = int(m_nodes[size_t(node.parent)].children.size());
        m_nodes[size_t(node.parent)].children.push_back(id);
    }
    m_nodes.push_back(std::move(node));
    return id;
}

int OperationTreeModel::childGroup(int parent,
                                   NodeKind kind,
                                   const QString &key,
                                   const QString &label)
{
    QString path = groupKey(kind, key);
    if (parent >= 0)
        path.prepend(m_nodes[size_t(parent)].key + u'/');
    if (const auto found = m_groupLookup.constFind(path); found != m_groupLookup.cend())
        return found.value();
    Node node;
    node.kind = kind;
    node.parent = parent;
    node.label = label;
    node.key = path;
    const int id = addNode(std::move(node));
    m_groupLookup.insert(path, id);
    return id;
}

void OperationTreeModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_groupLookup.clear();
    m_matchingCount = 0;

    if (m_catalog) {
        std::vector<const OperationSearchText *> matching;
        matching.reserve(m_search->texts().size());
        for (const OperationSearchText &text : m_search->texts()) {
            if (m_filter.matches(text))
                matching.push_back(&text);
        }
        m_matchingCount = int(matching.size());
        m_nodes.reserve(matching.size() * 2 + 64);

        const QString untagged = tr("Untagged");
        auto addOperation = [this](int parent, const Operation *op) {
            Node node;
            node.kind = NodeKind::Operation;
            node.parent = parent;
            node.operation = op;
            addNode(std::move(node));
            for (int p = parent; p >= 0; p = m_nodes[size_t(p)].parent) {
                Node &group = m_nodes[size_t(p)];
                if (group.lastCounted != op) {
                    group.lastCounted = op;
                    ++group.count;
                }
            }
        };

        switch (m_grouping) {
        case Grouping::Flat:
            for (const OperationSearchText *text : matching)
                addOperation(-1, text->operation);
            break;
        case Grouping::CapabilityTag:
            // Capabilities in a fixed order, whatever the first operation is.
            // Groups are looked up once per capability and tag, not once per operation: a
            // keystroke in the filter bar rebuilds the tree of tens of thousands of operations.
            for (Capability capability : kCapabilityOrder) {
                int group = -1;
                QHash<QString, int> tagGroups;
                for (const OperationSearchText *text : matching) {
                    const Operation *op = text->operation;
                    if (op->capability != capability)
                        continue;
                    if (group < 0)
                        group = childGroup(-1,
                                           NodeKind::Capability,
                                           QString::fromLatin1(capabilityName(capability)),
                                           capabilityText(capability));
                    auto tagGroup = [&](const QString &tag) {
                        auto it = tagGroups.find(tag);
                        if (it == tagGroups.end())
                            it = tagGroups.insert(tag,
                                                  childGroup(group,
                                                             NodeKind::Tag,
                                                             tag,
                                                             tag.isEmpty() ? untagged : tag));
                        return it.value();
                    };
                    if (op->tags.isEmpty())
                        addOperation(tagGroup(QString()), op);
                    for (const QString &tag : op->tags)
                        addOperation(tagGroup(tag), op);
                }
            }
            break;
        case Grouping::TagPath: {
            // Tags in the catalog's order (declared first), then untagged operations.
            QHash<QString, std::vector<const Operation *>> byTag;
            std::vector<const Operation *> withoutTag;
            for (const OperationSearchText *text : matching) {
                if (text->operation->tags.isEmpty())
                    withoutTag.push_back(text->operation);
                for (const QString &tag : text->operation->tags)
                    byTag[tag].push_back(text->operation);
            }
            auto addTag = [&](const QString &key,
                              const QString &label,
                              const std::vector<const Operation *> &ops) {
                if (ops.empty())
                    return;
                const int group = childGroup(-1, NodeKind::Tag, key, label);
                QHash<QString, int> pathGroups;
                for (const Operation *op : ops) {
                    auto it = pathGroups.find(op->path);
                    if (it == pathGroups.end())
                        it = pathGroups.insert(op->path,
                                               childGroup(group, NodeKind::Path, op->path, op->path));
                    addOperation(it.value(), op);
                }
            };
            for (const Tag &tag : m_catalog->tags())
                addTag(tag.name, tag.name, byTag.value(tag.name));
            addTag(QString(), untagged, withoutTag);
            break;
        }
        }
    }
    endResetModel();
    Q_EMIT matchingCountChanged(m_matchingCount, totalOperationCount());
}

const OperationTreeModel::Node *OperationTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = size_t(index.internalId());
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex OperationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_roots.size()) ? createIndex(row, 0, quintptr(m_roots[size_t(row)]))
                                         : QModelIndex();
    const Node *node = nodeAt(parent);
    if (!node || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, quintptr(node->children[size_t(row)]));
}

QModelIndex OperationTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    const Node &parentNode = m_nodes[size_t(node->parent)];
    return createIndex(parentNode.row, 0, quintptr(node->parent));
}

int OperationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int OperationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags OperationTreeModel::flags(const QModelIndex &index) const
{
    return nodeAt(index) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant OperationTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    if (role == NodeKindRole)
        return int(node->kind);
    if (role == HighlightsRole)
        return m_highlights;

    if (node->kind != NodeKind::Operation) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("%1 (%n)", nullptr, node->count).arg(node->label);
        case LabelRole:
            return node->label;
        case CountRole:
            return node->count;
        case Qt::ToolTipRole:
            return tr("%n operation(s)", nullptr, node->count);
        default:
            return {};
        }
    }

    const Operation &op = *node->operation;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = op.method + u' ' + op.path;
        if (!op.summary.isEmpty())
            text += QStringLiteral(" — ") + op.summary;
        if (op.deprecated)
            text += u' ' + tr("(deprecated)");
        return text;
    }
    case Qt::ToolTipRole: {
        QString text = op.key;
        if (!op.summary.isEmpty())
            text += u'\n' + op.summary;
        text += u'\n'
                + tr("Capability: %1. %2").arg(capabilityText(op.capability), op.capabilityReason);
        text += u'\n' + tr("Risk: %1. %2").arg(riskText(op.risk), op.riskReason);
        return text;
    }
    case OperationKeyRole:
        return op.key;
    case MethodRole:
        return op.method;
    case PathRole:
        return op.path;
    case SummaryRole:
        return op.summary;
    case OperationIdRole:
        return op.operationId;
    case DeprecatedRole:
        return op.deprecated;
    case CapabilityRole:
        return int(op.capability);
    case RiskRole:
        return int(op.risk);
    default:
        return {};
    }
}

QHash<int, QByteArray> OperationTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(OperationKeyRole, "operationKey");
    names.insert(MethodRole, "method");
    names.insert(PathRole, "path");
    names.insert(SummaryRole, "summary");
    names.insert(OperationIdRole, "operationId");
    names.insert(DeprecatedRole, "deprecated");
    names.insert(CapabilityRole, "capability");
    names.insert(RiskRole, "risk");
    names.insert(CountRole, "count");
    names.insert(LabelRole, "label");
    names.insert(HighlightsRole, "highlights");
    return names;
}

const Operation *OperationTreeModel::operation(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->operation : nullptr;
}

QModelIndex OperationTreeModel::indexForOperation(QStringView key) const
{
    for (size_t id = 0; id < m_nodes.size(); ++id) {
        const Node &node = m_nodes[id];
        if (node.operation && node.operation->key == key)
            return createIndex(node.row, 0, quintptr(id));
    }
    return {};
}

QModelIndexList OperationTreeModel::groupIndexes() const
{
    QModelIndexList groups;
    for (size_t id = 0; id < m_nodes.size(); ++id) {
        if (m_nodes[id].kind != NodeKind::Operation)
            groups.append(createIndex(m_nodes[id].row, 0, quintptr(id)));
    }
    return groups;
}

QString OperationTreeModel::groupPath(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node && node->kind != NodeKind::Operation ? node->key : QString();
}

QModelIndex OperationTreeModel::indexForGroupPath(QStringView path) const
{
    const auto found = m_groupLookup.constFind(path.toString());
    if (found == m_groupLookup.cend())
        return {};
    return createIndex(m_nodes[size_t(found.value())].row, 0, quintptr(found.value()));
}

} // namespace Oxa
