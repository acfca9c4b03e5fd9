// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/diagnosticmodel.h"

#include "catalog/catalog.h"
#include "document/jsonpointer.h"

#include <algorithm>
#include <cstring>
#include <tuple>

namespace Oxa {

DiagnosticModel::DiagnosticModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

DiagnosticModel::~DiagnosticModel() = default;

void DiagnosticModel::setDiagnostics(const Diagnostics &diagnostics,
                                     std::shared_ptr<const Catalog> catalog)
{
    beginResetModel();
    m_all = diagnostics;
    m_catalog = std::move(catalog);
    m_annotated.clear();
    m_annotated.reserve(size_t(m_all.size()));
    for (int i = 0; i < int(m_all.size()); ++i) {
        const Diagnostic &d = m_all[i];
        Row row;
        row.diagnostic = i;
        if (d.source.isEmpty()) {
            if (const Operation *op = m_catalog ? m_catalog->operationAt(d.pointer) : nullptr)
                row.operationKey = op->key;
            row.schemaName = JsonPointer::componentName(d.pointer, u"/components/schemas/");
        }
        m_annotated.push_back(row);
    }
    computeVisible();
    endResetModel();
}

void DiagnosticModel::setSeverityShown(Diagnostic::Severity severity, bool shown)
{
    if (m_shown[int(severity)] == shown)
        return;
    m_shown[int(severity)] = shown;
    refilter();
}

bool DiagnosticModel::isSeverityShown(Diagnostic::Severity severity) const
{
    return m_shown[int(severity)];
}

int DiagnosticModel::count(Diagnostic::Severity severity) const
{
    return int(countSeverity(m_all, severity));
}

void DiagnosticModel::computeVisible()
{
    m_visible.clear();
    for (int i = 0; i < int(m_annotated.size()); ++i) {
        if (m_shown[int(m_all[i].severity)])
            m_visible.push_back(i);
    }
    if (m_sortColumn < 0)
        return;
    // Severity ranks from notes to errors; the enumeration lists errors first.
    auto rank = [](Diagnostic::Severity severity) { return -int(severity); };
    auto less = [this, rank](int a, int b) {
        const Diagnostic &x = m_all[a];
        const Diagnostic &y = m_all[b];
        switch (m_sortColumn) {
        case SeverityColumn:
            return rank(x.severity) < rank(y.severity);
        case MessageColumn:
            return x.message.localeAwareCompare(y.message) < 0;
        case LocationColumn:
            return std::tie(x.source, x.line, x.column) < std::tie(y.source, y.line, y.column);
        case CodeColumn:
            return std::strcmp(codeName(x.code), codeName(y.code)) < 0;
        default:
            return false;
        }
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_visible.begin(), m_visible.end(), less);
    else
        std::stable_sort(m_visible.begin(), m_visible.end(), [&less](int a, int b) {
            return less(b, a);
        });
}

void DiagnosticModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> rows;
    rows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        rows.push_back(m_visible[size_t(index.row())]);
    computeVisible();
    // Persistent indexes (the selection) follow their diagnostics.
    std::vector<int> rowOf(m_annotated.size(), -1);
    for (int row = 0; row < int(m_visible.size()); ++row)
        rowOf[size_t(m_visible[size_t(row)])] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf[size_t(rows[size_t(i)])], before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DiagnosticModel::refilter()
{
    beginResetModel();
    computeVisible();
    endResetModel();
}

int DiagnosticModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DiagnosticModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return {};
    const Row &row = m_annotated[size_t(m_visible[size_t(index.row())])];
    const Diagnostic &d = m_all[row.diagnostic];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(d.severity);
        case MessageColumn:
            return d.message;
        case LocationColumn: {
            QString where = d.source.isEmpty() ? QString() : d.source + u' ';
            if (d.line > 0)
                where += tr("line %1:%2").arg(d.line).arg(d.column);
            if (!d.pointer.isEmpty())
                where += (d.line > 0 ? QStringLiteral(" · ") : QString()) + d.pointer;
            return where;
        }
        case CodeColumn:
            return QString::fromLatin1(codeName(d.code));
        default:
            return {};
        }
    case SeverityRole:
        return int(d.severity);
    case PointerRole:
        return d.pointer;
    case SourceRole:
        return d.source;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case OperationKeyRole:
        return row.operationKey;
    case SchemaNameRole:
        return row.schemaName;
    case CodeNameRole:
        return QString::fromLatin1(codeName(d.code));
    default:
        return {};
    }
}

QVariant DiagnosticModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    case CodeColumn:
        return tr("Code");
    default:
        return {};
    }
}

} // namespace Oxa
