// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalogpanel.h"

#include "catalog/catalog.h"
#include "operationdelegate.h"
#include "safetext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Oxa {

namespace {

constexpr int kMaxHistory = 20;

} // namespace

CatalogPanel::CatalogPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new OperationTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: words, method:post tag:alerts capability:response…"));
    m_filter->setAccessibleName(tr("Operation filter"));
    m_filter->setToolTip(
        tr("Free words match the summary, path, operationId and description.\n"
           "Fields: method, tag, capability (cap), risk, path, id, deprecated.\n"
           "Alternatives with commas (method:put,patch), quotes for phrases, - or ! to negate."));
    bar->addWidget(m_filter, 1);

    m_historyModel = new QStringListModel(this);
    auto *completer = new QCompleter(m_historyModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_filter->setCompleter(completer);

    m_history = new QToolButton(this);
    m_history->setText(tr("Recent"));
    m_history->setAccessibleName(tr("Recent filters"));
    m_history->setToolTip(tr("Recent filters"));
    m_history->setPopupMode(QToolButton::InstantPopup);
    auto *historyMenu = new QMenu(m_history);
    m_history->setMenu(historyMenu);
    connect(historyMenu, &QMenu::aboutToShow, this, [this, historyMenu] {
        historyMenu->clear();
        const QStringList history = m_historyModel->stringList();
        if (history.isEmpty())
            historyMenu->addAction(tr("No recent filters"))->setEnabled(false);
        for (const QString &filter : history) {
            // Menu texts are not markup, but '&' would become a mnemonic.
            QString shown = filter;
            shown.replace(u'&', QStringLiteral("&&"));
            historyMenu->addAction(shown, this, [this, filter] { setFilterText(filter); });
        }
    });
    bar->addWidget(m_history);
    layout->addLayout(bar);

    m_problem = plainLabel(QString(), this);
    m_problem->setObjectName(QStringLiteral("filterProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    // Said where the tree would be empty: the filter hides everything, or what is shown.
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("filterNotice"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    m_noticeText = plainLabel(QString(), m_notice);
    m_noticeText->setWordWrap(true);
    noticeLayout->addWidget(m_noticeText, 1);
    auto *clear = new QPushButton(tr("Clear Filter"), m_notice);
    clear->setObjectName(QStringLiteral("clearFilterButton"));
    connect(clear, &QPushButton::clicked, this, [this] {
        const QString shown = m_hiddenShown;
        setFilterText(QString());
        if (!shown.isEmpty())
            selectOperation(shown);
        m_filter->setFocus();
    });
    noticeLayout->addWidget(clear, 0, Qt::AlignTop);
    m_notice->hide();

    auto *options = new QHBoxLayout;
    m_grouping = new QComboBox(this);
    m_grouping->setAccessibleName(tr("Grouping"));
    m_grouping->addItem(tr("By capability and tag"),
                        int(OperationTreeModel::Grouping::CapabilityTag));
    m_grouping->addItem(tr("By tag and path"), int(OperationTreeModel::Grouping::TagPath));
    m_grouping->addItem(tr("Flat list"), int(OperationTreeModel::Grouping::Flat));
    options->addWidget(m_grouping, 1);
    m_count = plainLabel(QString(), this);
    m_count->setObjectName(QStringLiteral("operationCount"));
    options->addWidget(m_count);
    layout->addLayout(options);
    layout->addWidget(m_notice);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("operationTree"));
    m_view->setAccessibleName(tr("Operations"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new OperationDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CatalogPanel::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        rememberFilter();
        enterTree(); // Enter moves to the first result
    });
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::editingFinished, this, &CatalogPanel::rememberFilter);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(OperationTreeModel::Grouping(m_grouping->currentData().toInt()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogPanel::afterReset);
    connect(m_model, &OperationTreeModel::matchingCountChanged, this, &CatalogPanel::updateCount);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_restoring)
            m_collapsed.insert(m_model->groupPath(index));
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_restoring)
            m_collapsed.remove(m_model->groupPath(index));
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                if (m_restoring)
                    return;
                if (const Operation *op = m_model->operation(current)) {
                    m_selectedKey = op->key;
                    if (!m_hiddenShown.isEmpty())
                        showHiddenOperation(QString());
                    Q_EMIT operationSelected(op->key);
                }
            });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Operation *op = m_model->operation(index))
            Q_EMIT operationSelected(op->key);
    });
}

void CatalogPanel::setSearchIndex(std::shared_ptr<const OperationSearchIndex> index)
{
    m_model->setSearchIndex(std::move(index));
}

QString CatalogPanel::filterText() const
{
    return m_filter->text();
}

void CatalogPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

OperationTreeModel::Grouping CatalogPanel::grouping() const
{
    return m_model->grouping();
}

void CatalogPanel::setGrouping(OperationTreeModel::Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

QStringList CatalogPanel::filterHistory() const
{
    return m_historyModel->stringList();
}

void CatalogPanel::setFilterHistory(const QStringList &history)
{
    m_historyModel->setStringList(history.mid(0, kMaxHistory));
}

void CatalogPanel::applyFilter()
{
    const CatalogFilter filter = CatalogFilter::parse(m_filter->text());
    m_filterValid = filter.isValid();
    // Colour the bar as Wireshark does: green when it parses, red when it does not.
    QPalette palette = this->palette();
    QString problem;
    if (!filter.isValid()) {
        const CatalogFilter::Problem &first = filter.problems().front();
        problem = first.message;
        palette.setColor(QPalette::Base, QColor(0xff, 0xcd, 0xd2));
        palette.setColor(QPalette::Text, Qt::black);
        m_filter->setAccessibleDescription(tr("Invalid filter: %1").arg(problem));
        m_problem->setText(tr("Column %1: %2").arg(first.start + 1).arg(problem));
        m_problem->show();
    } else {
        if (!filter.isEmpty()) {
            palette.setColor(QPalette::Base, QColor(0xc8, 0xe6, 0xc9));
            palette.setColor(QPalette::Text, Qt::black);
        }
        m_filter->setAccessibleDescription(QString());
        m_problem->hide();
    }
    m_filter->setPalette(palette);
    m_filter->setProperty("filterState",
                          QString::fromLatin1(filter.isValid()
                                                  ? (filter.isEmpty() ? "empty" : "valid")
                                                  : "invalid"));
    Q_EMIT filterStateChanged(filter.isValid(), problem);
    if (filter.isValid())
        m_model->setFilter(filter); // an invalid one keeps the last valid result
}

void CatalogPanel::rememberFilter()
{
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty() || !m_filterValid)
        return;
    QStringList history = m_historyModel->stringList();
    history.removeAll(text);
    history.prepend(text);
    m_historyModel->setStringList(history.mid(0, kMaxHistory));
}

void CatalogPanel::afterReset()
{
    m_restoring = true;
    m_view->expandAll();
    for (const QString &path : std::as_const(m_collapsed)) {
        const QModelIndex index = m_model->indexForGroupPath(path);
        if (index.isValid())
            m_view->collapse(index);
    }
    const QModelIndex selected = m_model->indexForOperation(m_selectedKey);
    if (selected.isValid()) {
        m_view->setCurrentIndex(selected);
        m_view->scrollTo(selected);
    }
    m_restoring = false;
}

void CatalogPanel::updateCount(int matching, int total)
{
    m_count->setText(matching == total ? tr("%n operation(s)", nullptr, total)
                                       : tr("%1 of %n operation(s)", nullptr, total).arg(matching));
    updateNotice();
}

void CatalogPanel::showHiddenOperation(const QString &key)
{
    m_hiddenShown = key;
    updateNotice();
}

void CatalogPanel::updateNotice()
{
    if (!m_hiddenShown.isEmpty() && m_model->indexForOperation(m_hiddenShown).isValid())
        m_hiddenShown.clear(); // the tree shows it again
    QString text;
    if (!m_hiddenShown.isEmpty())
        text = tr("%1 is shown, but the filter hides it in the list.").arg(m_hiddenShown);
    else if (m_model->matchingOperationCount() == 0 && m_model->totalOperationCount() > 0)
        text = tr("No operation matches this filter.");
    m_noticeText->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void CatalogPanel::enterTree()
{
    for (QModelIndex index = m_model->index(0, 0); index.isValid();
         index = m_model->index(0, 0, index)) {
        if (m_model->operation(index)) {
            m_view->setCurrentIndex(index);
            m_view->setFocus();
            return;
        }
    }
}

bool CatalogPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the filter goes on to the list, as in a search field of a file manager.
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && !(m_filter->completer() && m_filter->completer()->popup()
             && m_filter->completer()->popup()->isVisible())) {
        enterTree();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool CatalogPanel::selectOperation(const QString &key)
{
    QModelIndex index = m_model->indexForOperation(key);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    showHiddenOperation(QString());
    return true;
}

QString CatalogPanel::selectedOperation() const
{
    return m_selectedKey;
}

} // namespace Oxa
