// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/jsontree.h"

#include <QJsonValue>
#include <QWidget>

#include <memory>
#include <optional>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QSpinBox;
class QToolButton;
class QTreeView;

namespace Oxa {

class ChartView;
class JsonEdit;
class JsonTreeModel;
class ResultTableModel;

/**
 * A response body for analysts: a Table of its records (the array chosen, filtered by the
 * filter bar, sorted by any column, a record's detail beside it, copied as TSV or JSON,
 * exported as CSV, JSON or JSON Lines), a Tree of the whole body (searched, values and
 * pointers copied), a Chart of the rows the table shows, and the Raw text. Bodies are parsed
 * on a worker thread.
 */
class ResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    enum Tab { TableTab, TreeTab, ChartTab, RawTab };

    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    /**
     * A new body: `raw` is the text to show as it is; a JSON one is parsed for the table and
     * the tree (off the GUI thread), from `file` when the whole body is there (larger than
     * memory holds), unless `parsed` already holds it.
     */
    void setBody(const QByteArray &body,
                 bool json,
                 const QString &raw,
                 bool highlighted,
                 const QString &file = QString(),
                 std::shared_ptr<const JsonTree> parsed = nullptr);
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *table() const { return m_table; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *recordsChoice() const { return m_records; }
    QSpinBox *depthChoice() const { return m_depth; }
    QToolButton *arraysAsCounts() const { return m_counts; }
    ResultTableModel *tableModel() const { return m_tableModel; }
    /** The plain values beside the records (a look-up's verdict), name and value. */
    const QList<QPair<QString, QString>> &besideValues() const { return m_besideValues; }
    JsonTreeModel *treeModel() const { return m_treeModel; }
    JsonEdit *raw() const { return m_raw; }
    ChartView *chart() const { return m_chart; }
    /** Raw text comes in pages of this many bytes when the body is longer. */
    static constexpr qint64 kRawPage = 2 * 1024 * 1024;
    /** The raw page shown (0-based), and how many there are. */
    int rawPage() const { return m_rawPage; }
    int rawPages() const;
    void showRawPage(int page);

    /** True while a body is being parsed. */
    bool isBusy() const { return m_generation != m_shown; }

    /** The selected rows as tab-separated text (a header line first). */
    QString selectedTsv() const;
    /** The selected records as a JSON array. */
    QString selectedJson() const;
    /** Writes the rows shown: "csv", "json" or "jsonl"; the error, or empty. */
    QString exportTo(const QString &path, const QString &format, bool byteOrderMark = false) const;

    /** The value of a table cell or tree row (nothing for an empty cell). */
    std::optional<QJsonValue> valueAt(const QModelIndex &index) const;

Q_SIGNALS:
    /** A body finished parsing and its views are filled. */
    void shown();
    /** The user wants this value in a field of the request form. */
    void useAsInputRequested(const QJsonValue &value);

private:
    void parsed(quint64 generation, std::shared_ptr<const JsonTree> tree, const QString &problem);
    void chooseRecords(int index);
    /** The records at a JSON pointer ("" for the body); false when there is no array there. */
    bool useRecords(const QString &pointer);
    void applyFilter();
    void showDetail();
    void updateCount();
    void findInTree();
    void chooseExport();
    void chooseColumns(const QPoint &at);
    void cellMenu(QAbstractItemView *view, const QPoint &at);
    /** The rows changed: the chart follows now if it is shown, else when it is. */
    void rowsChanged(bool newTable);
    void followFilter(std::optional<quint32> detailed, int column);

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_records = nullptr;
    QString m_pointer;
    QSpinBox *m_depth = nullptr;
    QToolButton *m_counts = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTreeView *m_detail = nullptr;
    QLabel *m_beside = nullptr;
    QList<QPair<QString, QString>> m_besideValues;
    QLineEdit *m_find = nullptr;
    QTreeView *m_tree = nullptr;
    ChartView *m_chart = nullptr;
    bool m_chartStale = true; ///< the rows changed since the chart was computed
    JsonEdit *m_raw = nullptr;
    QWidget *m_rawBar = nullptr;
    QLabel *m_rawPosition = nullptr;
    QByteArray m_rawBody; ///< the body paged from memory…
    QString m_rawFile;    ///< …or from its file
    qint64 m_rawSize = 0;
    int m_rawPage = 0;
    ResultTableModel *m_tableModel = nullptr;
    JsonTreeModel *m_detailModel = nullptr;
    JsonTreeModel *m_treeModel = nullptr;
    std::shared_ptr<const JsonTree> m_body;
    quint64 m_generation = 0;
    quint64 m_shown = 0;
};

} // namespace Oxa
