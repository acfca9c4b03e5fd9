// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "resultsview.h"

#include "chartview.h"
#include "document/jsonreader.h"
#include "form/jsonedit.h"
#include "results/jsontreemodel.h"
#include "results/resultexport.h"
#include "results/resulttablemodel.h"
#include "safetext.h"
#include "savefile.h"
#include "schema/jsonvalues.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>

namespace Oxa {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_tableModel(new ResultTableModel(this))
    , m_detailModel(new JsonTreeModel(this))
    , m_treeModel(new JsonTreeModel(this))
{
    setObjectName(QStringLiteral("resultsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabPosition(QTabWidget::South);
    layout->addWidget(m_tabs);

    // Table: which array, the filter bar, the count, copy and export; the table and a detail.
    auto *tablePage = new QWidget(m_tabs);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_records = new QComboBox(tablePage);
    m_records->setObjectName(QStringLiteral("recordsChoice"));
    m_records->setAccessibleName(tr("Records"));
    m_records->setToolTip(tr("The array whose items are the rows: choose one, or type its JSON "
                             "pointer (/data/results) and press Enter"));
    m_records->setEditable(true);
    m_records->setInsertPolicy(QComboBox::NoInsert);
    // As wide as its choices ("/sources (1 enregistrement)"), up to a bound: a long pointer
    // shows its start and leaves the filter its room.
    m_records->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_records->setMinimumContentsLength(18);
    m_records->setMaximumWidth(m_records->fontMetrics().averageCharWidth() * 36);
    bar->addWidget(m_records);
    m_depth = new QSpinBox(tablePage);
    m_depth->setObjectName(QStringLiteral("resultsDepth"));
    m_depth->setRange(0, 10);
    m_depth->setValue(ResultTable::Options().depth);
    m_depth->setPrefix(tr("Depth "));
    m_depth->setToolTip(tr("Levels of nested objects spread into their own columns"));
    bar->addWidget(m_depth);
    m_counts = new QToolButton(tablePage);
    m_counts->setObjectName(QStringLiteral("resultsArrayCounts"));
    m_counts->setText(tr("[n]"));
    m_counts->setCheckable(true);
    m_counts->setToolTip(tr("Arrays as their number of items, instead of their values joined"));
    bar->addWidget(m_counts);
    m_filter = new QLineEdit(tablePage);
    m_filter->setObjectName(QStringLiteral("resultsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(
        tr("Filter: words, severity >= 3, status == \"open\", src_ip in 10.0.0.0/8, name ~ regex"));
    bar->addWidget(m_filter, 1);
    m_count = plainLabel(QString(), tablePage);
    m_count->setObjectName(QStringLiteral("resultsCount"));
    bar->addWidget(m_count);
    auto *copy = new QToolButton(tablePage);
    copy->setObjectName(QStringLiteral("resultsCopy"));
    copy->setText(tr("Copy"));
    copy->setPopupMode(QToolButton::MenuButtonPopup);
    auto *copyMenu = new QMenu(copy);
    copyMenu->addAction(tr("Copy Rows as TSV"), this, [this] {
        QApplication::clipboard()->setText(selectedTsv());
    });
    copyMenu->addAction(tr("Copy Records as JSON"), this, [this] {
        QApplication::clipboard()->setText(selectedJson());
    });
    copy->setMenu(copyMenu);
    connect(copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(selectedTsv());
    });
    bar->addWidget(copy);
    auto *exporting = new QToolButton(tablePage);
    exporting->setObjectName(QStringLiteral("resultsExport"));
    exporting->setText(tr("Export…"));
    connect(exporting, &QToolButton::clicked, this, &ResultsView::chooseExport);
    bar->addWidget(exporting);
    tableLayout->addLayout(bar);
    // The plain values beside the records (a look-up's verdict above its sources' table).
    m_beside = plainLabel(QString(), tablePage);
    m_beside->setObjectName(QStringLiteral("resultsBeside"));
    m_beside->setWordWrap(true);
    m_beside->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_beside->hide();
    tableLayout->addWidget(m_beside);
    auto *split = new QSplitter(Qt::Horizontal, tablePage);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_tableModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the records' own order first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegate(new SafeToolTipDelegate(m_table));
    m_detail = new QTreeView(split);
    m_detail->setObjectName(QStringLiteral("resultsDetail"));
    m_detail->setModel(m_detailModel);
    m_detail->setUniformRowHeights(true);
    m_detail->setItemDelegate(new SafeToolTipDelegate(m_detail));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    tableLayout->addWidget(split, 1);
    m_tabs->addTab(tablePage, tr("Table"));

    // Tree: the whole body, searched.
    auto *treePage = new QWidget(m_tabs);
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 4, 0, 0);
    auto *treeBar = new QHBoxLayout;
    m_find = new QLineEdit(treePage);
    m_find->setObjectName(QStringLiteral("treeFind"));
    m_find->setPlaceholderText(tr("Find in names and values (Enter: next)"));
    m_find->setClearButtonEnabled(true);
    treeBar->addWidget(m_find, 1);
    auto *copyValue = new QToolButton(treePage);
    copyValue->setText(tr("Copy Value"));
    auto *copyPointer = new QToolButton(treePage);
    copyPointer->setText(tr("Copy Pointer"));
    treeBar->addWidget(copyValue);
    treeBar->addWidget(copyPointer);
    treeLayout->addLayout(treeBar);
    m_tree = new QTreeView(treePage);
    m_tree->setObjectName(QStringLiteral("resultsTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new SafeToolTipDelegate(m_tree));
    treeLayout->addWidget(m_tree, 1);
    // Names wide enough for nested keys, values take the rest, types narrow.
    for (QTreeView *view : {m_tree, m_detail}) {
        view->header()->setStretchLastSection(false);
        view->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
        view->header()->resizeSection(JsonTreeModel::NameColumn, view == m_tree ? 280 : 130);
        view->header()->resizeSection(JsonTreeModel::TypeColumn, 70);
    }
    m_tabs->addTab(treePage, tr("Tree"));

    m_chart = new ChartView(m_tabs);
    m_tabs->addTab(m_chart, tr("Chart"));

    // Raw: the text as it came; a long body in pages.
    auto *rawPage = new QWidget(m_tabs);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_rawBar = new QWidget(rawPage);
    auto *rawBar = new QHBoxLayout(m_rawBar);
    rawBar->setContentsMargins(0, 4, 0, 0);
    auto *previous = new QToolButton(m_rawBar);
    previous->setObjectName(QStringLiteral("rawPrevious"));
    previous->setText(tr("Previous Page"));
    auto *next = new QToolButton(m_rawBar);
    next->setObjectName(QStringLiteral("rawNext"));
    next->setText(tr("Next Page"));
    m_rawPosition = plainLabel(QString(), m_rawBar);
    m_rawPosition->setObjectName(QStringLiteral("rawPosition"));
    rawBar->addWidget(previous);
    rawBar->addWidget(next);
    rawBar->addWidget(m_rawPosition, 1);
    rawLayout->addWidget(m_rawBar);
    m_raw = new JsonEdit(rawPage);
    m_raw->setObjectName(QStringLiteral("responseBody"));
    m_raw->setReadOnly(true);
    rawLayout->addWidget(m_raw, 1);
    m_tabs->addTab(rawPage, tr("Raw"));
    connect(previous, &QToolButton::clicked, this, [this] { showRawPage(m_rawPage - 1); });
    connect(next, &QToolButton::clicked, this, [this] { showRawPage(m_rawPage + 1); });

    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(),
            &QHeaderView::customContextMenuRequested,
            this,
            &ResultsView::chooseColumns);
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_table),
                                    static_cast<QAbstractItemView *>(m_tree),
                                    static_cast<QAbstractItemView *>(m_detail)}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
            cellMenu(view, at);
        });
    }
    connect(m_records, &QComboBox::activated, this, &ResultsView::chooseRecords);
    connect(m_records->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const QString text = m_records->lineEdit()->text().trimmed();
        const int known = m_records->findText(text);
        useRecords(known >= 0 ? m_records->itemData(known).toString() : text);
    });
    connect(m_depth, &QSpinBox::valueChanged, this, [this] { useRecords(m_pointer); });
    connect(m_counts, &QToolButton::toggled, this, [this] { useRecords(m_pointer); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ChartTab && m_chartStale) {
            m_chartStale = false;
            m_chart->refresh();
        }
    });
    connect(m_filter, &QLineEdit::textChanged, this, &ResultsView::applyFilter);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ResultsView::showDetail);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &ResultsView::updateCount);
    connect(m_find, &QLineEdit::returnPressed, this, &ResultsView::findInTree);
    connect(copyValue, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_treeModel->valueJson(m_tree->currentIndex()));
    });
    connect(copyPointer, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_treeModel->pointer(m_tree->currentIndex()));
    });
    clear();
}

ResultsView::~ResultsView() = default;

void ResultsView::clear()
{
    ++m_generation;
    m_shown = m_generation;
    m_body.reset();
    m_tableModel->setTable(std::nullopt);
    m_chart->setTable(nullptr);
    m_detailModel->setTree(nullptr);
    m_treeModel->setTree(nullptr);
    m_records->clear();
    m_raw->clear();
    m_rawBody.clear();
    m_rawFile.clear();
    m_rawSize = 0;
    m_rawPage = 0;
    m_rawBar->hide();
    m_count->clear();
    m_beside->clear();
    m_beside->hide();
    m_besideValues.clear();
}

int ResultsView::rawPages() const
{
    return m_rawSize > 0 ? int((m_rawSize + kRawPage - 1) / kRawPage) : 1;
}

void ResultsView::showRawPage(int page)
{
    if (m_rawSize <= 0 || page < 0 || page >= rawPages())
        return;
    m_rawPage = page;
    QByteArray bytes;
    if (!m_rawFile.isEmpty()) {
        QFile file(m_rawFile);
        if (file.open(QIODevice::ReadOnly) && file.seek(qint64(page) * kRawPage))
            bytes = file.read(kRawPage + 4);
    } else {
        bytes = m_rawBody.mid(qint64(page) * kRawPage, kRawPage + 4);
    }
    // Whole characters: a page starts after, and ends before, a UTF-8 continuation byte.
    qsizetype from = 0;
    while (page > 0 && from < bytes.size() && (quint8(bytes[from]) & 0xC0) == 0x80)
        ++from;
    qsizetype to = std::min<qsizetype>(bytes.size(), kRawPage);
    while (to < bytes.size() && (quint8(bytes[to]) & 0xC0) == 0x80)
        ++to;
    m_raw->setHighlighted(false);
    m_raw->setPlainText(QString::fromUtf8(bytes.mid(from, to - from)));
    const QLocale locale;
    m_rawPosition->setText(
        tr("Page %1 of %2 (bytes %3 to %4 of %5)")
            .arg(page + 1)
            .arg(rawPages())
            .arg(locale.toString(qint64(page) * kRawPage + 1),
                 locale.toString(std::min(m_rawSize, qint64(page + 1) * kRawPage)),
                 locale.toString(m_rawSize)));
    m_rawBar->show();
}

void ResultsView::setBody(const QByteArray &body,
                          bool json,
                          const QString &raw,
                          bool highlighted,
                          const QString &file,
                          std::shared_ptr<const JsonTree> parsed)
{
    clear();
    const qint64 size = file.isEmpty() ? body.size() : QFileInfo(file).size();
    if (size > kRawPage) {
        // Longer than a page: shown a page at a time, from memory or from its file.
        m_rawBody = file.isEmpty() ? body : QByteArray();
        m_rawFile = file;
        m_rawSize = size;
        showRawPage(0);
    } else {
        m_raw->setHighlighted(false);
        m_raw->setPlainText(raw);
        m_raw->setHighlighted(highlighted);
    }
    if (!json || body.isEmpty()) {
        m_tabs->setCurrentIndex(RawTab);
        return;
    }
    const quint64 generation = ++m_generation;
    m_count->setText(tr("Reading…"));
    if (parsed) {
        // Parsed already: shown from the event loop all the same, as a body parsed here is.
        QMetaObject::invokeMethod(
            this,
            [this, generation, parsed] { ResultsView::parsed(generation, parsed, QString()); },
            Qt::QueuedConnection);
        return;
    }
    QPointer<ResultsView> self(this);
    QThreadPool::globalInstance()->start([self, generation, body, file] {
        QByteArray text = body;
        if (!file.isEmpty()) {
            // A body larger than memory holds: the whole of it, read here, off the GUI thread.
            QFile whole(file);
            if (whole.open(QIODevice::ReadOnly))
                text = whole.readAll();
        }
        auto tree = std::make_shared<JsonTree>(text, SourceFormat::Json);
        LoadLimits limits;
        limits.maxDocumentBytes = qint64(text.size()) + 1;
        Diagnostics findings;
        const auto read = JsonReader::read(*tree, limits, findings);
        const QString problem = read ? QString() : read.error().message;
        std::shared_ptr<const JsonTree> result = read ? tree : nullptr;
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, result, problem] {
                if (self)
                    self->parsed(generation, result, problem);
            },
            Qt::QueuedConnection);
    });
}

void ResultsView::parsed(quint64 generation,
                         std::shared_ptr<const JsonTree> tree,
                         const QString &problem)
{
    if (generation != m_generation)
        return; // a newer body came meanwhile
    m_shown = generation;
    m_body = std::move(tree);
    if (!m_body) {
        m_count->setText(tr("Not JSON: %1").arg(problem));
        m_tabs->setCurrentIndex(RawTab);
        Q_EMIT shown();
        return;
    }
    m_treeModel->setTree(m_body);
    const QList<RecordArray> arrays = findRecordArrays(*m_body->root());
    for (const RecordArray &a : arrays)
        m_records->addItem(tr("%1 (%Ln record(s))", nullptr, int(a.count))
                               .arg(a.pointer.isEmpty() ? tr("the body") : a.pointer),
                           a.pointer);
    m_records->setCurrentIndex(0);
    m_records->lineEdit()->setCursorPosition(0);
    if (arrays.isEmpty()) {
        m_count->setText(tr("No records: see the Tree."));
        m_tabs->setCurrentIndex(TreeTab);
    } else {
        chooseRecords(0);
        m_tabs->setCurrentIndex(TableTab);
    }
    Q_EMIT shown();
}

void ResultsView::chooseRecords(int index)
{
    if (index >= 0)
        useRecords(m_records->itemData(index).toString());
    // The start of the choice shows when it is wider than the box ("/sources (3 records)",
    // not "rces (3 records)"); its whole text is the tooltip.
    m_records->lineEdit()->setCursorPosition(0);
    m_records->lineEdit()->setToolTip(m_records->currentText());
}

bool ResultsView::useRecords(const QString &pointer)
{
    if (!m_body)
        return false;
    ResultTable::Options options;
    options.depth = m_depth->value();
    options.arrays = m_counts->isChecked() ? ResultTable::ArrayDisplay::Count
                                           : ResultTable::ArrayDisplay::Joined;
    auto table = ResultTable::fromBody(m_body, pointer, options);
    if (!table) {
        m_count->setText(tr("No array at %1.").arg(pointer.isEmpty() ? tr("the body") : pointer));
        m_count->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        return false;
    }
    m_pointer = pointer;
    m_besideValues = ResultTable::besideRecords(*m_body->root(), pointer);
    QStringList beside;
    for (const auto &[name, value] : std::as_const(m_besideValues))
        beside << tr("%1: %2").arg(name, value);
    m_beside->setText(beside.join(QStringLiteral("  ·  ")));
    m_beside->setToolTip(plainToolTip(beside.join(u'\n')));
    m_beside->setVisible(!beside.isEmpty());
    m_count->setStyleSheet(QString());
    m_tableModel->setTable(std::move(table));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    rowsChanged(true);
    // Widths from the first rows only (a million would take seconds), within bounds.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_tableModel->columnCount(); ++c)
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 60, 260));
    applyFilter();
    if (m_tableModel->rowCount() > 0)
        m_table->selectRow(0);
    return true;
}

void ResultsView::applyFilter()
{
    // The record in the detail pane, to keep it selected if the filter still shows it.
    std::optional<quint32> detailed;
    const QModelIndex before = m_table->currentIndex();
    if (const ResultTable *table = m_tableModel->table();
        table && before.isValid() && before.row() < table->rowCount())
        detailed = table->recordIndex(before.row());
    const auto problem = m_tableModel->setFilterText(m_filter->text());
    if (!problem)
        followFilter(detailed, std::max(0, before.column()));
    // Coloured when invalid, the reason in the tool tip; the rows stay as they were.
    m_filter->setStyleSheet(
        problem ? QStringLiteral("QLineEdit { background: #fde2e1; color: #8e0000; }") : QString());
    m_filter->setToolTip(problem
                             ? problem->message + QStringLiteral(" (")
                                   + m_filter->text().mid(problem->start, problem->length) + u')'
                             : QString());
    updateCount();
    if (!problem)
        rowsChanged(false);
    if (problem) {
        // Said where the eyes are, not only in a tool tip.
        m_count->setText(problem->message);
        m_count->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    } else {
        m_count->setStyleSheet(QString());
    }
}

void ResultsView::followFilter(std::optional<quint32> detailed, int column)
{
    // The detail pane never shows a record the filter hides: the same record where it still
    // shows, else the first one shown, else none.
    const ResultTable *table = m_tableModel->table();
    if (!table)
        return;
    int row = table->rowCount() > 0 ? 0 : -1;
    for (qsizetype r = 0; detailed && r < table->rowCount(); ++r) {
        if (table->recordIndex(r) == *detailed) {
            row = int(r);
            break;
        }
    }
    if (row < 0) {
        m_table->selectionModel()->clear();
        m_detailModel->setTree(nullptr);
        return;
    }
    m_table->setCurrentIndex(
        m_tableModel->index(row, std::min(column, m_tableModel->columnCount() - 1)));
    m_table->selectRow(row);
    showDetail();
}

void ResultsView::rowsChanged(bool newTable)
{
    if (newTable)
        m_chart->setTable(m_tableModel->table()); // proposals for these columns
    m_chartStale = true;
    if (m_tabs->currentIndex() == ChartTab) {
        m_chartStale = false;
        m_chart->refresh();
    }
}

void ResultsView::updateCount()
{
    const ResultTable *table = m_tableModel->table();
    if (!table) {
        return;
    }
    const QLocale locale;
    QString text = table->isFiltered()
                       ? tr("%1 of %Ln record(s)", nullptr, int(table->recordCount()))
                             .arg(locale.toString(table->rowCount()))
                       : tr("%Ln record(s)", nullptr, int(table->recordCount()));
    if (table->droppedColumns() > 0)
        text += u' ' + tr("(%Ln column(s) not shown)", nullptr, int(table->droppedColumns()));
    m_count->setText(text);
}

void ResultsView::showDetail()
{
    const ResultTable *table = m_tableModel->table();
    const QModelIndex current = m_table->currentIndex();
    if (!table || !current.isValid()) {
        m_detailModel->setTree(nullptr);
        return;
    }
    m_detailModel->setTree(m_body, &table->record(current.row()));
    m_detail->expandToDepth(0);
}

void ResultsView::chooseColumns(const QPoint &at)
{
    // A column chooser: each column on or off, all back at once.
    QMenu menu(this);
    for (int c = 0; c < m_tableModel->columnCount(); ++c) {
        QAction *action = menu.addAction(
            m_tableModel->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Show All Columns"), this, [this] {
        for (int c = 0; c < m_tableModel->columnCount(); ++c)
            m_table->setColumnHidden(c, false);
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
}

std::optional<QJsonValue> ResultsView::valueAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const JsonNode *node = nullptr;
    if (index.model() == m_tableModel) {
        if (const ResultTable *table = m_tableModel->table())
            node = table->value(index.row(), index.column());
    } else if (const auto *model = qobject_cast<const JsonTreeModel *>(index.model())) {
        node = model->node(index);
    }
    if (!node || node->isNull())
        return std::nullopt;
    return toQJsonValue(*node);
}

void ResultsView::cellMenu(QAbstractItemView *view, const QPoint &at)
{
    const QModelIndex index = view->indexAt(at);
    const auto value = valueAt(index);
    if (!value)
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy Value"), this, [value] {
        QApplication::clipboard()->setText(valueText(*value));
    });
    menu.addAction(tr("Use as Input…"), this, [this, value] { Q_EMIT useAsInputRequested(*value); });
    menu.exec(view->viewport()->mapToGlobal(at));
}

void ResultsView::findInTree()
{
    const QString from = m_treeModel->pointer(m_tree->currentIndex());
    const QString found = m_treeModel->find(m_find->text(), from);
    const QModelIndex index = m_treeModel->indexOf(found);
    if (!index.isValid()) {
        m_find->setStyleSheet(QStringLiteral("QLineEdit { background: #fde2e1; }"));
        return;
    }
    m_find->setStyleSheet(QString());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QString ResultsView::selectedTsv() const
{
    const ResultTable *table = m_tableModel->table();
    if (!table)
        return QString();
    QStringList lines;
    QStringList header;
    for (qsizetype c = 0; c < table->columnCount(); ++c)
        header << table->column(c).name;
    lines << header.join(u'\t');
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype c = 0; c < table->columnCount(); ++c)
            cells << table->text(row, c).replace(u'\t', u' ').replace(u'\n', u' ');
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QString ResultsView::selectedJson() const
{
    const ResultTable *table = m_tableModel->table();
    if (!table)
        return QString();
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList records;
    for (const int row : std::as_const(rows))
        records << jsonText(table->record(row), std::numeric_limits<qsizetype>::max());
    return u'[' + records.join(QStringLiteral(",\n")) + u']';
}

QString ResultsView::exportTo(const QString &path, const QString &format, bool byteOrderMark) const
{
    const ResultTable *table = m_tableModel->table();
    if (!table)
        return tr("There are no records to export.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    bool written = false;
    if (format == u"csv") {
        ResultExport::CsvOptions options;
        options.byteOrderMark = byteOrderMark;
        // The columns in the order the header shows them.
        for (int visual = 0; visual < m_table->horizontalHeader()->count(); ++visual) {
            const int logical = m_table->horizontalHeader()->logicalIndex(visual);
            if (!m_table->isColumnHidden(logical))
                options.columns.push_back(logical);
        }
        written = ResultExport::writeCsv(*table, file, options);
    } else if (format == u"jsonl") {
        written = ResultExport::writeJsonLines(*table, file);
    } else {
        written = ResultExport::writeJson(*table, file);
    }
    if (!written || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

void ResultsView::chooseExport()
{
    SaveFile::save(
        this,
        tr("Export Records"),
        QStringLiteral("records.csv"),
        tr("CSV for spreadsheets (*.csv);;CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)"),
        [this](const QString &path, const QString &chosen) {
            const QString format = path.endsWith(u".jsonl")  ? QStringLiteral("jsonl")
                                   : path.endsWith(u".json") ? QStringLiteral("json")
                                                             : QStringLiteral("csv");
            const bool bom = chosen.startsWith(tr("CSV for spreadsheets"));
            return exportTo(path, format, bom);
        });
}

} // namespace Oxa
