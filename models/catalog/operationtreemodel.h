// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/catalogfilter.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Oxa {

class Catalog;
struct Operation;

/**
 * The catalog as a tree for the console: capability → tag → operation (the default),
 * tag → path → operation, or a flat list, filtered by a CatalogFilter. An operation with several
 * tags appears under each; one without tags under "Untagged". Groups show how many operations
 * they hold after filtering, and groups left empty by the filter disappear.
 *
 * The model holds only indexes into the catalog, so views stay virtual however large it is.
 * Drawing (method badges, strike-through, risk markers, highlights) is the delegate's job, from
 * the roles below; no Qt GUI types here.
 */
class OperationTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationTreeModel)

public:
    enum class Grouping : quint8 { CapabilityTag, TagPath, Flat };
    Q_ENUM(Grouping)

    enum class NodeKind : quint8 { Capability, Tag, Path, Operation };
    Q_ENUM(NodeKind)

    enum Role {
        NodeKindRole = Qt::UserRole + 1, ///< NodeKind as int
        OperationKeyRole,                ///< "GET /alerts", operations only
        MethodRole,                      ///< upper case
        PathRole,
        SummaryRole,
        OperationIdRole,
        DeprecatedRole, ///< bool
        CapabilityRole, ///< Capability as int
        RiskRole,       ///< Risk as int
        CountRole,      ///< groups: operations shown inside
        LabelRole,      ///< groups: the name without the count
        HighlightsRole, ///< QStringList: lower-case words to highlight
    };

    explicit OperationTreeModel(QObject *parent = nullptr);
    ~OperationTreeModel() override;

    /** Builds the catalog's search index here; see setSearchIndex() for a prepared one. */
    void setCatalog(std::shared_ptr<const Catalog> catalog);
    /** Shows the catalog of `index`, whose texts were prepared elsewhere (a loading thread). */
    void setSearchIndex(std::shared_ptr<const OperationSearchIndex> index);
    const Catalog *catalog() const { return m_catalog.get(); }

    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);

    /** Applies `filter`; an invalid one is ignored (the last valid result stays). */
    void setFilter(const CatalogFilter &filter);
    const CatalogFilter &filter() const { return m_filter; }

    /** Operations that pass the filter (each counted once). */
    int matchingOperationCount() const { return m_matchingCount; }
    int totalOperationCount() const;

    const Operation *operation(const QModelIndex &index) const;
    /** The first row showing the operation with this key; invalid when hidden or unknown. */
    QModelIndex indexForOperation(QStringView key) const;
    /** Every group row, for expanding them all. */
    QModelIndexList groupIndexes() const;
    /** A stable name for a group row ("capability:response/tag:Alerts"), to restore expansion. */
    QString groupPath(const QModelIndex &index) const;
    QModelIndex indexForGroupPath(QStringView path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void matchingCountChanged(int matching, int total);

private:
    struct Node
    {
        NodeKind kind = NodeKind::Operation;
        int parent = -1; ///< index in m_nodes; -1 for top-level rows
        int row = 0;     ///< row under its parent
        int count = 0;
        const Operation *operation = nullptr;
        const Operation *lastCounted = nullptr; ///< groups: so that an operation counts once
        QString label;                          ///< groups
        QString key;                            ///< groups: stable name part
        std::vector<int> children;
    };

    void rebuild();
    int addNode(Node node);
    int childGroup(int parent, NodeKind kind, const QString &key, const QString &label);
    const Node *nodeAt(const QModelIndex &index) const;

    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const OperationSearchIndex> m_search;
    Grouping m_grouping = Grouping::CapabilityTag;
    CatalogFilter m_filter;
    QStringList m_highlights;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    QHash<QString, int> m_groupLookup; // group path → node, during and after rebuild
    int m_matchingCount = 0;
};

} // namespace Oxa
