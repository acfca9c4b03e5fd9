// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/operationtreemodel.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;
class QTreeView;

namespace Oxa {

/**
 * The left side of the console: the filter bar (live, coloured when its syntax is wrong, with a
 * history of recent filters), the grouping chooser, and the operation tree.
 */
class CatalogPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPanel(QWidget *parent = nullptr);

    /** The catalog of `index`, whose search texts are already built. */
    void setSearchIndex(std::shared_ptr<const OperationSearchIndex> index);
    OperationTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

    QString filterText() const;
    void setFilterText(const QString &text);
    /** The filter's state: empty, valid or invalid (with the first problem). */
    bool isFilterValid() const { return m_filterValid; }

    OperationTreeModel::Grouping grouping() const;
    void setGrouping(OperationTreeModel::Grouping grouping);

    QStringList filterHistory() const;
    void setFilterHistory(const QStringList &history);

    /** Selects and shows the operation; false when it is filtered out or unknown. */
    bool selectOperation(const QString &key);
    /**
     * Says that an operation is shown although the filter hides it (a diagnostic or the
     * History opened it), with a one-click clear; the filter stays the user's.
     */
    void showHiddenOperation(const QString &key);
    /** The bar that says the filter hides everything, or the operation shown. */
    QWidget *filterNotice() const { return m_notice; }
    QString selectedOperation() const;

Q_SIGNALS:
    void operationSelected(const QString &key);
    void filterStateChanged(bool valid, const QString &problem);

private:
    void applyFilter();
    void rememberFilter();
    void afterReset();
    void updateCount(int matching, int total);
    void updateNotice();
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** The first operation of the tree, current and focused. */
    void enterTree();

    OperationTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_history = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QString m_hiddenShown; ///< an operation shown while the filter hides it
    QStringListModel *m_historyModel = nullptr;
    QSet<QString> m_collapsed;
    QString m_selectedKey;
    bool m_filterValid = true;
    bool m_restoring = false;
};

} // namespace Oxa
