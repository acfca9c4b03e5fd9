// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// results/ turns a response body into what analysts read: records as a table (and, to come, a
// tree and charts), computed as plain data for the widgets to show.

#include "document/jsontree.h"

#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Oxa {

/** An array in a body that could be the records: where it is and how many objects it holds. */
struct RecordArray
{
    QString pointer; ///< "" for the body itself, "/items", "/data/results"…
    quint32 count = 0;
    quint32 objects = 0; ///< items that are objects
};

/**
 * The arrays of a body that may hold records, best first: the body itself when it is an array,
 * then arrays of objects inside it (up to `maxDepth` levels down) by number of objects.
 */
QList<RecordArray> findRecordArrays(const JsonNode &root, int maxDepth = 4);

/** How a column's values compare and show. */
enum class ColumnType : quint8 { Empty, Number, Boolean, DateTime, IpAddress, String, Mixed };
const char *columnTypeName(ColumnType type);

/** One column: a path of member names from the record ("src.ip" is {"src", "ip"}). */
struct ResultColumn
{
    QString name;                  ///< the path joined by dots
    std::vector<std::string> path; ///< member names, UTF-8
    ColumnType type = ColumnType::Empty;
    quint32 present = 0;     ///< records that have a value (not null) here
    bool array = false;      ///< some values are arrays (shown as a count or joined)
    bool nestedLeaf = false; ///< objects below the flattening depth: shown as JSON
};

/**
 * The records of a body as a table: each record an object (anything else is one value in a
 * column named "value"), nested objects flattened into dotted columns down to a depth, arrays
 * shown as their count or their joined scalars. Columns come in the order they are first met;
 * their type is inferred from the values (numbers, booleans, RFC 3339 date-times, IP
 * addresses, else strings). Rows can be sorted by any column, by its type, stably; missing
 * values sort last. Reads the tree in place: it must outlive the table. Not thread-safe while
 * sorting; cells may be read from any thread otherwise.
 */
class ResultTable
{
public:
    enum class ArrayDisplay : quint8 { Count, Joined };
    struct Options
    {
        int depth = 3; ///< levels of nested objects flattened into columns
        ArrayDisplay arrays = ArrayDisplay::Joined;
        qsizetype maxColumns = 500; ///< the rest is dropped, and said
        int typeSample = 2000;      ///< values looked at per column to infer its type
    };

    ResultTable(std::shared_ptr<const JsonTree> tree, const JsonNode *records, Options options);
    ResultTable(std::shared_ptr<const JsonTree> tree, const JsonNode *records)
        : ResultTable(std::move(tree), records, Options())
    {}

    /**
     * The table of the records at `pointer` in the body ("" for the body itself), or of the
     * best candidate of findRecordArrays() when `pointer` is not given. Nothing when the body
     * holds no array at all.
     */
    static std::optional<ResultTable> fromBody(std::shared_ptr<const JsonTree> tree,
                                               std::optional<QString> pointer,
                                               Options options);
    /**
     * The plain values beside the records: the scalar members of each object on the way from
     * the body to the records' array, named by their path ("verdict", "meta.total"), texts cut
     * at 120 characters, at most `limit`. An IP look-up's verdict and score, when the table
     * shows its sources.
     */
    static QList<QPair<QString, QString>> besideRecords(const JsonNode &root,
                                                        const QString &pointer,
                                                        qsizetype limit = 12);
    static std::optional<ResultTable> fromBody(std::shared_ptr<const JsonTree> tree)
    {
        return fromBody(std::move(tree), std::nullopt, Options());
    }

    /** Rows shown: the records that pass the filter, in the sorted order. */
    qsizetype rowCount() const { return qsizetype(rows().size()); }
    /** Every record, filtered out or not. */
    qsizetype recordCount() const { return qsizetype(m_order.size()); }
    qsizetype columnCount() const { return qsizetype(m_columns.size()); }
    const ResultColumn &column(qsizetype index) const { return m_columns[size_t(index)]; }
    const std::vector<ResultColumn> &columns() const { return m_columns; }
    /** Columns beyond Options::maxColumns that were dropped. */
    qsizetype droppedColumns() const { return m_dropped; }
    const Options &options() const { return m_options; }

    /** The record shown at a row (after sorting). */
    const JsonNode &record(qsizetype row) const;
    /** Its index in the array. */
    quint32 recordIndex(qsizetype row) const { return rows()[size_t(row)]; }
    /** A record by its index in the array, and its value in a column (nullptr: none). */
    const JsonNode &recordAt(quint32 index) const { return m_records->items()[index]; }
    const JsonNode *valueIn(const JsonNode &record, qsizetype column) const
    {
        return valueAt(record, m_columns[size_t(column)]);
    }
    /** The value of a cell; nullptr when the record has none there. */
    const JsonNode *value(qsizetype row, qsizetype column) const;
    /** The cell as text: scalars as they are, arrays as the options say, objects as JSON. */
    QString text(qsizetype row, qsizetype column) const;

    /** Sorts rows by a column (stable; missing values last either way). */
    void sort(qsizetype column, Qt::SortOrder order);
    /** Back to the records' own order. */
    void unsort();

    /** Shows only the records (by index in the array) for which `keep` holds; the order stays. */
    void setFilter(const std::function<bool(quint32 record)> &keep);
    void clearFilter();
    bool isFiltered() const { return m_filtered; }

private:
    const std::vector<quint32> &rows() const { return m_filtered ? m_rows : m_order; }
    void applyFilter();
    const JsonNode *valueAt(const JsonNode &record, const ResultColumn &column) const;
    void discover();
    void inferTypes();

    std::shared_ptr<const JsonTree> m_tree;
    const JsonNode *m_records = nullptr;
    Options m_options;
    std::vector<ResultColumn> m_columns;
    std::vector<quint32> m_order; ///< every record, sorted
    std::vector<quint32> m_rows;  ///< those that pass the filter, in that order
    std::vector<bool> m_keep;     ///< by record index
    bool m_filtered = false;
    qsizetype m_dropped = 0;
    bool m_scalarRecords = false; ///< some records are not objects: a "value" column holds them
};

/** ASCII letters' case ignored: <0, 0 or >0, as text a compares to text b. */
int compareIgnoringCase(std::string_view a, std::string_view b);
/** Whether `haystack` contains `needle`, which is in lower case; ASCII letters' case ignored. */
bool containsIgnoringCase(std::string_view haystack, std::string_view needle);
/** The 16 bytes of an address, IPv4 mapped into IPv6; nothing when it is not an address. */
std::optional<std::array<quint8, 16>> ipBytes(std::string_view text);

/** Milliseconds since the epoch of an RFC 3339 date-time; nothing when it is not one. */
std::optional<qint64> epochMsOf(std::string_view text);

} // namespace Oxa
