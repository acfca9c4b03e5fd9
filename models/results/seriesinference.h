// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "results/resulttable.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace Oxa {

/** What a chart shows. */
enum class ChartKind : quint8 {
    TimeSeries, ///< a value (or a count) per time bucket, one line per group
    TopCounts,  ///< how often each value of a column occurs, the most frequent first (bars, pie)
    Histogram,  ///< how a number column's values spread over bins
    Scatter,    ///< one number column against another
};

enum class Aggregation : quint8 { Count, Sum, Average, Min, Max };

/** A chart as the user (or the inference) chose it: columns by index in the table. */
struct ChartSpec
{
    ChartKind kind = ChartKind::TopCounts;
    qsizetype x = -1;     ///< time, category, number (histogram) or first number (scatter)
    qsizetype y = -1;     ///< the value aggregated (-1: a count of records), or scatter's second
    qsizetype group = -1; ///< a category column splitting the series (-1: one series)
    Aggregation aggregation = Aggregation::Count;
    qint64 bucketMs = 0; ///< time series: 0 picks a bucket from the span
    int bins = 0;        ///< histogram: 0 picks a number of bins
    int topN = 10;       ///< top counts and groups: the rest is "Other"
    bool pie = false;    ///< top counts drawn as a pie rather than bars
    QString title;       ///< for people

    friend bool operator==(const ChartSpec &, const ChartSpec &) = default;
};

/** One line, bar set or point cloud. */
struct ChartSeries
{
    QString name;
    std::vector<QPointF> points; ///< x: epoch ms, bin start, category index or number
};

/** A chart computed from the rows a table shows: plain data, drawn by the UI. */
struct ChartData
{
    ChartSpec spec;
    QString xLabel;
    QString yLabel;
    bool xIsTime = false;
    QStringList categories; ///< top counts: the bars' labels, by x index
    double binWidth = 0;    ///< histogram
    std::vector<ChartSeries> series;
    qsizetype rowsUsed = 0; ///< rows that had the values the chart needs
};

/**
 * Charts from data, with no code: proposals from the columns' types and values, and their
 * computation over the rows shown (filtered, so that the chart follows the filter bar).
 */
class SeriesInference
{
    Q_DECLARE_TR_FUNCTIONS(SeriesInference)

public:
    /**
     * Charts worth drawing, best first: a time series when there is a date-time column (of a
     * number column, or of the records' count), top counts of low-cardinality text columns, a
     * histogram of a spread-out number column, a scatter of two number columns.
     */
    static QList<ChartSpec> propose(const ResultTable &table);
    /**
     * A chart's name for people, from what it draws ("Records by status", "bytes over created
     * by severity"): a chart changed by hand is named as a proposed one would be.
     */
    static QString titleOf(const ResultTable &table, const ChartSpec &spec);
    /** Whether two specs draw the same chart (settings the kind does not use are ignored). */
    static bool sameChart(const ChartSpec &a, const ChartSpec &b);
    /** The chart's points over the rows the table shows. */
    static ChartData compute(const ResultTable &table, const ChartSpec &spec);

    /**
     * At most `threshold` points of a line for drawing (largest triangle three buckets), the
     * first, the last, and the highest and lowest point always kept.
     */
    static std::vector<QPointF> downsample(const std::vector<QPointF> &points, int threshold);

    /**
     * The smallest round bucket (1 s, 5 s … 1 day, 1 week) that cuts a time span into at most
     * `buckets` buckets; niceBucket(spacing, 1) is the smallest one at least as long as spacing.
     */
    static qint64 niceBucket(qint64 spanMs, int buckets = 120);
};

} // namespace Oxa
