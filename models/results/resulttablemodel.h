// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "results/resultfilter.h"
#include "results/resulttable.h"

#include <QAbstractTableModel>

#include <optional>

namespace Oxa {

/**
 * A ResultTable for views: one row per record, one column per flattened path, sortable by the
 * column's type. The header's tool tip gives the path and the inferred type; Qt::UserRole is
 * the record's index in its array.
 */
class ResultTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTableModel)

public:
    explicit ResultTableModel(QObject *parent = nullptr);

    void setTable(std::optional<ResultTable> table);
    const ResultTable *table() const { return m_table ? &*m_table : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /**
     * Shows only the records that pass the filter bar's text (empty: all). Returns what is wrong
     * with the text, and then leaves the rows as they were.
     */
    std::optional<ResultFilter::Problem> setFilterText(const QString &text);
    const QString &filterText() const { return m_filterText; }

private:
    std::optional<ResultTable> m_table;
    QString m_filterText;
};

} // namespace Oxa
