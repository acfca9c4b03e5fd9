// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "historyview.h"

#include "appearance.h"
#include "safetext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Oxa {

namespace {

enum Column { When, EnvironmentColumn, Method, OperationColumn, Status, Duration, Size };

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("historyView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search URL, operation or environment"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("historyEnvironment"));
    m_environment->setAccessibleName(tr("Environment"));
    filters->addWidget(m_environment);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), 0);
    m_status->addItem(tr("2xx success"), 2);
    m_status->addItem(tr("3xx redirect"), 3);
    m_status->addItem(tr("4xx client error"), 4);
    m_status->addItem(tr("5xx server error"), 5);
    m_status->addItem(tr("No answer"), -1);
    filters->addWidget(m_status);
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("historyRisk"));
    m_risk->setAccessibleName(tr("Risk"));
    m_risk->addItem(tr("Any risk"), QString());
    m_risk->addItem(tr("Read"), QStringLiteral("read"));
    m_risk->addItem(tr("Write"), QStringLiteral("write"));
    m_risk->addItem(tr("Response"), QStringLiteral("response"));
    m_risk->addItem(tr("Destructive"), QStringLiteral("destructive"));
    filters->addWidget(m_risk);
    layout->addLayout(filters);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new SafeToolTipDelegate(m_list));
    m_list->setHeaderLabels({tr("When"),
                             tr("Environment"),
                             tr("Method"),
                             tr("Operation"),
                             tr("Status"),
                             tr("Time"),
                             tr("Size")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(OperationColumn, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_form = new QPushButton(tr("Open in Form"), this);
    m_form->setObjectName(QStringLiteral("historyOpenInForm"));
    m_again = new QPushButton(tr("Run Again"), this);
    m_again->setObjectName(QStringLiteral("historyRunAgain"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_form);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    auto *clear = new QPushButton(tr("Clear History…"), this);
    clear->setObjectName(QStringLiteral("historyClear"));
    buttons->addWidget(clear);
    layout->addLayout(buttons);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (!m_store)
            return;
        const auto answer = QMessageBox::question(
            this,
            tr("Clear History"),
            tr("Forget every exchange of the history, on every environment? The audit log is "
               "kept."),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        if (const auto cleared = m_store->clear(); !cleared)
            QMessageBox::warning(this, tr("Clear History"), cleared.error().message);
        refresh();
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &HistoryView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *filter : {m_environment, m_status, m_risk})
        connect(filter, &QComboBox::currentIndexChanged, this, &HistoryView::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        emitFor(&HistoryView::openRequested);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = selectedId() > 0;
        for (QPushButton *b : {m_open, m_form, m_again})
            b->setEnabled(any);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { emitFor(&HistoryView::openRequested); });
    connect(m_form, &QPushButton::clicked, this, [this] {
        emitFor(&HistoryView::openInFormRequested);
    });
    connect(m_again, &QPushButton::clicked, this, [this] {
        emitFor(&HistoryView::runAgainRequested);
    });
    for (QPushButton *b : {m_open, m_form, m_again})
        b->setEnabled(false);
}

void HistoryView::setStore(HistoryStore *store)
{
    m_store = store;
    refresh();
}

void HistoryView::refresh()
{
    const qint64 selected = selectedId();
    // The environments known, the choice kept.
    const QString environment = m_environment->currentData().toString();
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        m_environment->addItem(tr("Any environment"), QString());
        if (m_store) {
            for (const QString &name : m_store->environments())
                m_environment->addItem(name, name);
        }
        m_environment->setCurrentIndex(qMax(0, m_environment->findData(environment)));
    }
    m_list->clear();
    if (!m_store)
        return;
    HistoryQuery query;
    query.text = m_search->text().trimmed();
    query.environment = m_environment->currentData().toString();
    query.statusClass = m_status->currentData().toInt();
    query.risk = m_risk->currentData().toString();
    QList<QTreeWidgetItem *> items;
    for (const HistoryRecord &r : m_store->search(query)) {
        auto *item = new QTreeWidgetItem;
        item->setData(When, Qt::UserRole, r.id);
        item->setText(When, Appearance::timestamp(r.started));
        item->setText(EnvironmentColumn, r.context.environment);
        item->setText(Method, r.method);
        item->setText(OperationColumn,
                      r.context.operationId.isEmpty() ? r.url : r.context.operationId);
        item->setToolTip(OperationColumn, r.url);
        item->setText(Status, r.status > 0 ? QString::number(r.status) : tr("none"));
        if (!r.error.isEmpty())
            item->setToolTip(Status, r.error);
        if (r.status >= 400 || r.status == 0)
            item->setForeground(Status,
                                QColor(r.status >= 500 || r.status == 0 ? 0xc62828 : 0xb45309));
        item->setText(Duration, tr("%1 ms").arg(r.durationMs));
        item->setText(Size,
                      QLocale().formattedDataSize(r.size, 1, QLocale::DataSizeTraditionalFormat));
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (selected > 0)
        select(selected);
}

qint64 HistoryView::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(When, Qt::UserRole).toLongLong() : 0;
}

bool HistoryView::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(When, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

void HistoryView::emitFor(void (HistoryView::*signal)(const HistoryRecord &))
{
    const qint64 id = selectedId();
    if (!m_store || id <= 0)
        return;
    if (const auto record = m_store->get(id))
        Q_EMIT(this->*signal)(*record);
}

} // namespace Oxa
