// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "resulttablemodel.h"

namespace Oxa {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResultTableModel::setTable(std::optional<ResultTable> table)
{
    beginResetModel();
    m_table = std::move(table);
    m_filterText.clear();
    endResetModel();
}

std::optional<ResultFilter::Problem> ResultTableModel::setFilterText(const QString &text)
{
    if (!m_table)
        return std::nullopt;
    auto parsed = ResultFilter::parse(text, *m_table);
    if (auto *problem = std::get_if<ResultFilter::Problem>(&parsed))
        return *problem;
    const ResultFilter &filter = std::get<ResultFilter>(parsed);
    beginResetModel();
    m_filterText = text;
    if (filter.isEmpty())
        m_table->clearFilter();
    else
        m_table->setFilter(
            [this, &filter](quint32 record) { return filter.matches(*m_table, record); });
    endResetModel();
    return std::nullopt;
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->rowCount());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->columnCount());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_table || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_table->text(index.row(), index.column());
    case Qt::TextAlignmentRole: {
        const ColumnType type = m_table->column(index.column()).type;
        return QVariant::fromValue(type == ColumnType::Number ? Qt::AlignRight | Qt::AlignVCenter
                                                              : Qt::AlignLeft | Qt::AlignVCenter);
    }
    case Qt::UserRole:
        return m_table->recordIndex(index.row());
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return {};
    if (orientation == Qt::Vertical) {
        // The record's own number, 1-based, so that a sorted row still says where it was.
        if (role == Qt::DisplayRole && section >= 0 && section < m_table->rowCount())
            return m_table->recordIndex(section) + 1;
        return {};
    }
    if (section < 0 || section >= m_table->columnCount())
        return {};
    const ResultColumn &column = m_table->column(section);
    if (role == Qt::DisplayRole)
        return column.name;
    if (role == Qt::ToolTipRole)
        return tr("%1: %2, in %n record(s)", nullptr, int(column.present))
            .arg(column.name, QString::fromLatin1(columnTypeName(column.type)));
    return {};
}

void ResultTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_table || column < 0 || column >= m_table->columnCount())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selection, current cell) follow their records.
    const QModelIndexList before = persistentIndexList();
    QList<quint32> records;
    records.reserve(before.size());
    for (const QModelIndex &index : before)
        records << m_table->recordIndex(index.row());
    m_table->sort(column, order);
    if (!before.isEmpty()) {
        // By record index: a filtered table shows fewer rows than it has records.
        std::vector<int> rowOf(size_t(m_table->recordCount()), -1);
        for (qsizetype row = 0; row < m_table->rowCount(); ++row)
            rowOf[m_table->recordIndex(row)] = int(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int row = rowOf[records.at(i)];
            after << (row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Oxa
