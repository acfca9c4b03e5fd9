// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/historystore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Oxa {

/**
 * The history of exchanges, newest first: searched by URL, operation or environment, filtered
 * by environment, status class and risk. An exchange opens in the inspector, or in the form
 * with its values, or runs again.
 */
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);

    void setStore(HistoryStore *store);
    /** Reads the store again with the current search and filters. */
    void refresh();
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *environmentFilter() const { return m_environment; }
    QComboBox *riskFilter() const { return m_risk; }
    /** The id of the selected exchange, or 0. */
    qint64 selectedId() const;
    bool select(qint64 id);

Q_SIGNALS:
    void openRequested(const Oxa::HistoryRecord &record);
    void openInFormRequested(const Oxa::HistoryRecord &record);
    void runAgainRequested(const Oxa::HistoryRecord &record);

private:
    void emitFor(void (HistoryView::*signal)(const HistoryRecord &));

    HistoryStore *m_store = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_risk = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_form = nullptr;
    QPushButton *m_again = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Oxa
