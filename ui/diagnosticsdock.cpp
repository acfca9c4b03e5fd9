// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "diagnosticsdock.h"

#include "safetext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Oxa {

DiagnosticsDock::DiagnosticsDock(QWidget *parent)
    : QDockWidget(tr("Diagnostics"), parent)
    , m_model(new DiagnosticModel(this))
{
    setObjectName(QStringLiteral("diagnosticsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    const Diagnostic::Severity severities[]
        = {Diagnostic::Severity::Error, Diagnostic::Severity::Warning, Diagnostic::Severity::Info};
    const char *names[] = {"showErrors", "showWarnings", "showNotes"};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(content);
        button->setObjectName(QLatin1StringView(names[i]));
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const Diagnostic::Severity severity = severities[i];
        connect(button, &QToolButton::toggled, this, [this, severity](bool on) {
            m_model->setSeverityShown(severity, on);
        });
        bar->addWidget(button);
        m_buttons[i] = button;
    }
    bar->addStretch(1);
    layout->addLayout(bar);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("diagnosticsView"));
    m_view->setAccessibleName(tr("Diagnostics"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SafeToolTipDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(DiagnosticModel::MessageColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DiagnosticModel::SeverityColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(DiagnosticModel::LocationColumn, 260);
    m_view->horizontalHeader()->resizeSection(DiagnosticModel::CodeColumn, 150);
    // Errors first, each severity in reading order; a click on a header orders by that column.
    m_view->horizontalHeader()->setSortIndicator(DiagnosticModel::SeverityColumn,
                                                 Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view, &QTableView::activated, this, &DiagnosticsDock::activate);
    connect(m_view, &QTableView::clicked, this, &DiagnosticsDock::activate);
    // Notes are many (1,073 on the OXA document) and rarely urgent: shown on demand.
    m_buttons[2]->setChecked(false);
    updateButtons();
}

void DiagnosticsDock::setDiagnostics(const Diagnostics &diagnostics,
                                     std::shared_ptr<const Catalog> catalog)
{
    m_model->setDiagnostics(diagnostics, std::move(catalog));
    updateButtons();
}

void DiagnosticsDock::setSeverityShown(Diagnostic::Severity severity, bool shown)
{
    m_buttons[int(severity)]->setChecked(shown);
}

void DiagnosticsDock::updateButtons()
{
    m_buttons[0]->setText(tr("Errors: %1").arg(m_model->count(Diagnostic::Severity::Error)));
    m_buttons[1]->setText(tr("Warnings: %1").arg(m_model->count(Diagnostic::Severity::Warning)));
    m_buttons[2]->setText(tr("Notes: %1").arg(m_model->count(Diagnostic::Severity::Info)));
    m_buttons[0]->setAccessibleName(tr("Show errors"));
    m_buttons[1]->setAccessibleName(tr("Show warnings"));
    m_buttons[2]->setAccessibleName(tr("Show notes"));
}

void DiagnosticsDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT pointerRequested(index.data(DiagnosticModel::PointerRole).toString());
    const QString key = index.data(DiagnosticModel::OperationKeyRole).toString();
    const QString schema = index.data(DiagnosticModel::SchemaNameRole).toString();
    // The source line when the location column was chosen, else the most specific place.
    if (index.column() == DiagnosticModel::LocationColumn || (key.isEmpty() && schema.isEmpty())) {
        Q_EMIT sourceRequested(index.data(DiagnosticModel::SourceRole).toString(),
                               index.data(DiagnosticModel::LineRole).toInt(),
                               index.data(DiagnosticModel::ColumnRole).toInt());
        return;
    }
    if (!key.isEmpty())
        Q_EMIT operationRequested(key);
    else
        Q_EMIT schemaRequested(schema);
}

} // namespace Oxa
