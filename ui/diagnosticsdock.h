// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/diagnosticmodel.h"

#include <QDockWidget>

class QTableView;
class QToolButton;

namespace Oxa {

/**
 * The diagnostics of the loaded document, filtered by severity. Activating one jumps to its
 * operation, else its schema, else its line in the source.
 */
class DiagnosticsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsDock(QWidget *parent = nullptr);

    DiagnosticModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setDiagnostics(const Diagnostics &diagnostics, std::shared_ptr<const Catalog> catalog);
    void setSeverityShown(Diagnostic::Severity severity, bool shown);

Q_SIGNALS:
    void operationRequested(const QString &key);
    void schemaRequested(const QString &name);
    void sourceRequested(const QString &source, int line, int column);
    /** The activated diagnostic's JSON pointer (before one of the others). */
    void pointerRequested(const QString &pointer);

private:
    void activate(const QModelIndex &index);
    void updateButtons();

    DiagnosticModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_buttons[3] = {};
};

} // namespace Oxa
