// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/jsontree.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Oxa {

/**
 * A response body as a tree: Name, Value and Type columns, one row per member or item. Lazy:
 * the rows of an object or array are made when it is expanded, a batch at a time (a view asks
 * for more as it scrolls), so a body of a million records opens at once. Finds text in names
 * and values across the whole body, loaded or not, and gives each row's JSON pointer and its
 * value as JSON, for copying.
 */
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { NameColumn, ValueColumn, TypeColumn, ColumnCount };
    /** Rows made per batch when a container is expanded or scrolled. */
    static constexpr int kBatch = 500;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /**
     * Shows a body (nothing for a null tree), or the value at `root` inside it (one record);
     * the members or items of that value are the top rows.
     */
    void setTree(std::shared_ptr<const JsonTree> tree, const JsonNode *root = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** The JSON pointer of a row ("/items/3/src"). */
    QString pointer(const QModelIndex &index) const;
    /** The row's value as JSON text (indented), cut at `maxBytes` with "…". */
    QString valueJson(const QModelIndex &index, qsizetype maxBytes = 8 * 1024 * 1024) const;
    const JsonNode *node(const QModelIndex &index) const;

    /**
     * The pointer of the next value whose name or scalar text contains `text` (case ignored),
     * after `from` in document order, wrapping around; empty when there is none.
     */
    QString find(const QString &text, const QString &from = QString()) const;
    /** The row at a pointer, loading the rows on its way; invalid when there is none. */
    QModelIndex indexOf(const QString &pointer);

private:
    struct Item;
    Item *itemOf(const QModelIndex &index) const;
    void load(Item &item, int upTo);
    /** Makes the rows of `item` up to `upTo`, telling the views. */
    void insertRows(const QModelIndex &parent, Item &item, int upTo);

    std::shared_ptr<const JsonTree> m_tree;
    std::unique_ptr<Item> m_root;
    bool m_inserting = false;
};

} // namespace Oxa
