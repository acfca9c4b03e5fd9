// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diagnostic.h"

#include <QAbstractTableModel>

#include <memory>

namespace Oxa {

class Catalog;

/**
 * The diagnostics of a load as a table (severity, message, location, code), filtered by
 * severity, with what each one is about: the operation or the schema its pointer lies in, and
 * its line in the source, so that a click can jump there.
 */
class DiagnosticModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticModel)

public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, CodeColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< Diagnostic::Severity as int
        PointerRole,
        SourceRole, ///< empty for the main document
        LineRole,   ///< 1-based, 0 when unknown
        ColumnRole,
        OperationKeyRole, ///< the operation the pointer lies in, or empty
        SchemaNameRole,   ///< the components/schemas entry the pointer lies in, or empty
        CodeNameRole,     ///< "ref.dangling"
    };

    explicit DiagnosticModel(QObject *parent = nullptr);
    ~DiagnosticModel() override;

    void setDiagnostics(const Diagnostics &diagnostics, std::shared_ptr<const Catalog> catalog);
    const Diagnostics &diagnostics() const { return m_all; }

    void setSeverityShown(Diagnostic::Severity severity, bool shown);
    bool isSeverityShown(Diagnostic::Severity severity) const;
    int count(Diagnostic::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /**
     * Orders the rows by a column: severity (an ascending order puts notes first), message,
     * location (source, line, column) or code; ties keep the reading order. A column out of
     * range restores the reading order. Kept across new diagnostics and severity filters.
     */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        int diagnostic = 0;
        QString operationKey;
        QString schemaName;
    };
    void computeVisible();
    void refilter();

    Diagnostics m_all;
    std::vector<Row> m_annotated; // one per diagnostic
    std::vector<int> m_visible;   // indexes in m_annotated
    std::shared_ptr<const Catalog> m_catalog;
    bool m_shown[3] = {true, true, true};
    int m_sortColumn = -1; // reading order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Oxa
