// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/specdocument.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Oxa {

/**
 * A schema as a collapsible tree for reading: properties (required ones marked), array items,
 * `allOf` / `oneOf` / `anyOf` variants, `not`, additional and pattern properties, each with its
 * type, format, constraints and description. Children are built when a view first asks for
 * them, so a recursive schema is never expanded ahead of the reader; a reference back to a
 * schema already open above is shown as circular and not expanded again. References that did
 * not resolve are shown as such.
 *
 * Columns: name, type, constraints, description. Read-only; holds the document alive.
 */
class SchemaTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaTreeModel)

public:
    enum Column { NameColumn, TypeColumn, ConstraintsColumn, DescriptionColumn, ColumnCount };
    enum Role {
        RequiredRole = Qt::UserRole + 1, ///< bool
        CircularRole,                    ///< bool: a reference to a schema open above
        UnresolvedRole,                  ///< bool: a reference that did not resolve
        ReferenceNameRole,               ///< "Alert" for #/components/schemas/Alert
        PointerRole,                     ///< where the schema is written, "#/components/…"
        DeprecatedRole,                  ///< bool
    };

    /** Children shown per node at most; the rest is summarised in one row. */
    static constexpr int kMaxChildren = 2000;

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    /** Shows `schema` (a schema object or a reference to one) of `document`; `rootName` names the top row. */
    void setSchema(std::shared_ptr<const SpecDocument> document,
                   NodeRef schema,
                   const QString &rootName);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** A schema's constraints as the tree shows them: "≥ 1; ≤ 5", "one of: …", "read-only"… */
    static QString constraintsOf(const NodeRef &schema);

    /** The name a reference gives its target: the last segment of its pointer ("Alert"). */
    static QString referenceName(const QString &reference);

private:
    struct Item
    {
        int parent = -1;
        int row = 0;
        QString name;
        NodeRef written; ///< as written (maybe a $ref)
        NodeRef schema;  ///< resolved; invalid when unresolved
        QString reference;
        bool required = false;
        bool circular = false;
        bool unresolved = false;
        bool childrenBuilt = false;
        QString note; ///< replaces the type for rows that are not schemas ("…12 more")
        std::vector<int> children;
    };

    int addItem(int parent, const QString &name, NodeRef written, bool required);
    void buildChildren(int id) const;
    bool mayHaveChildren(const Item &item) const;
    QString typeText(const Item &item) const;
    const Item *itemAt(const QModelIndex &index) const;

    std::shared_ptr<const SpecDocument> m_document;
    mutable std::vector<Item> m_items;
};

} // namespace Oxa
