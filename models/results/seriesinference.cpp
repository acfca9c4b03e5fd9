// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "seriesinference.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace Oxa {

namespace {

/** Rows looked at to judge a column's values. */
constexpr qsizetype kSample = 5000;
/** Time buckets at most, whatever bucket is asked for. */
constexpr qint64 kMaxBuckets = 200'000;
/** A text column with at most this many distinct values is a category. */
constexpr qsizetype kMaxCategories = 50;

bool looksLikeId(const QString &name)
{
    const QString n = name.toLower();
    return n == u"id" || n.endsWith(u".id") || n.endsWith(u"_id") || n.endsWith(u"uuid");
}

struct ColumnFacts
{
    qsizetype distinct = 0;
    qsizetype seen = 0;
};

ColumnFacts factsOf(const ResultTable &table, qsizetype column)
{
    ColumnFacts facts;
    QHash<QString, int> values;
    const qsizetype rows = table.rowCount();
    const qsizetype step = std::max<qsizetype>(1, rows / kSample);
    for (qsizetype row = 0; row < rows; row += step) {
        const JsonNode *v = table.value(row, column);
        if (!v || v->isNull())
            continue;
        ++facts.seen;
        if (values.size() <= kMaxCategories * 4)
            values.insert(table.text(row, column), 1);
    }
    facts.distinct = values.size();
    return facts;
}

/** Few values, repeated: on a small table, one repeat is enough. */
bool isCategory(const ColumnFacts &facts, qsizetype most)
{
    return facts.distinct >= 2 && facts.distinct <= most
           && (facts.distinct * 2 <= facts.seen
               || (facts.seen <= 20 && facts.distinct < facts.seen));
}

double aggregate(Aggregation aggregation, const std::vector<double> &values)
{
    if (aggregation == Aggregation::Count)
        return double(values.size());
    if (values.empty())
        return 0;
    switch (aggregation) {
    case Aggregation::Sum: {
        double sum = 0;
        for (const double v : values)
            sum += v;
        return sum;
    }
    case Aggregation::Average: {
        double sum = 0;
        for (const double v : values)
            sum += v;
        return sum / double(values.size());
    }
    case Aggregation::Min:
        return *std::min_element(values.begin(), values.end());
    case Aggregation::Max:
        return *std::max_element(values.begin(), values.end());
    case Aggregation::Count:
        break;
    }
    return double(values.size());
}

QString aggregationText(Aggregation aggregation, const QString &column)
{
    switch (aggregation) {
    case Aggregation::Count:
        return SeriesInference::tr("count");
    case Aggregation::Sum:
        return SeriesInference::tr("sum of %1").arg(column);
    case Aggregation::Average:
        return SeriesInference::tr("average of %1").arg(column);
    case Aggregation::Min:
        return SeriesInference::tr("minimum of %1").arg(column);
    case Aggregation::Max:
        return SeriesInference::tr("maximum of %1").arg(column);
    }
    return QString();
}

/** The `topN` most frequent texts of a column over the rows, most frequent first. */
QStringList topValues(const ResultTable &table, qsizetype column, int topN)
{
    QHash<QString, qsizetype> counts;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const JsonNode *v = table.value(row, column);
        if (v && !v->isNull())
            ++counts[table.text(row, column)];
    }
    QList<QPair<qsizetype, QString>> ordered;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ordered.append({it.value(), it.key()});
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList out;
    for (qsizetype i = 0; i < std::min<qsizetype>(topN, ordered.size()); ++i)
        out << ordered.at(i).second;
    return out;
}

} // namespace

qint64 SeriesInference::niceBucket(qint64 spanMs, int buckets)
{
    static const qint64 candidates[] = {1000,
                                        5000,
                                        10'000,
                                        30'000,
                                        60'000,
                                        300'000,
                                        600'000,
                                        900'000,
                                        1'800'000,
                                        3'600'000,
                                        10'800'000,
                                        21'600'000,
                                        43'200'000,
                                        86'400'000,
                                        604'800'000};
    for (const qint64 c : candidates) {
        if ((spanMs + c - 1) / c <= buckets)
            return c;
    }
    return candidates[std::size(candidates) - 1];
}

QList<ChartSpec> SeriesInference::propose(const ResultTable &table)
{
    QList<ChartSpec> out;
    qsizetype time = -1;
    QList<qsizetype> numbers;
    QList<qsizetype> categories;
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        const ResultColumn &column = table.column(c);
        if (column.type == ColumnType::DateTime && time < 0)
            time = c;
        else if (column.type == ColumnType::Number && !looksLikeId(column.name))
            numbers << c;
        else if ((column.type == ColumnType::String || column.type == ColumnType::Boolean
                  || column.type == ColumnType::IpAddress || column.type == ColumnType::Number)
                 && !column.array && !column.nestedLeaf && !looksLikeId(column.name)) {
            const ColumnFacts facts = factsOf(table, c);
            if (isCategory(facts, kMaxCategories))
                categories << c;
        }
    }
    // Small-valued number columns (severities 1–5) are categories too.
    for (const qsizetype c : std::as_const(numbers)) {
        const ColumnFacts facts = factsOf(table, c);
        if (isCategory(facts, 10))
            categories << c;
    }
    if (time >= 0) {
        ChartSpec series;
        series.kind = ChartKind::TimeSeries;
        series.x = time;
        if (!numbers.isEmpty()) {
            series.y = numbers.front();
            series.aggregation = Aggregation::Sum;
            series.title = titleOf(table, series);
        } else {
            series.title = titleOf(table, series);
        }
        out << series;
        if (!categories.isEmpty()) {
            ChartSpec grouped;
            grouped.kind = ChartKind::TimeSeries;
            grouped.x = time;
            grouped.group = categories.front();
            grouped.title = titleOf(table, grouped);
            out << grouped;
        }
    }
    for (const qsizetype c : std::as_const(categories)) {
        if (out.size() >= 8)
            break;
        ChartSpec top;
        top.kind = ChartKind::TopCounts;
        top.x = c;
        top.title = titleOf(table, top);
        out << top;
    }
    for (const qsizetype c : std::as_const(numbers)) {
        if (factsOf(table, c).distinct >= 10) {
            ChartSpec histogram;
            histogram.kind = ChartKind::Histogram;
            histogram.x = c;
            histogram.title = titleOf(table, histogram);
            out << histogram;
            break;
        }
    }
    if (numbers.size() >= 2) {
        ChartSpec scatter;
        scatter.kind = ChartKind::Scatter;
        scatter.x = numbers.at(0);
        scatter.y = numbers.at(1);
        scatter.title = titleOf(table, scatter);
        out << scatter;
    }
    return out;
}

QString SeriesInference::titleOf(const ResultTable &table, const ChartSpec &spec)
{
    const auto name = [&table](qsizetype c) {
        return c >= 0 && c < table.columnCount() ? table.column(c).name : QString();
    };
    if (spec.x < 0 || spec.x >= table.columnCount())
        return QString();
    const QString x = name(spec.x);
    switch (spec.kind) {
    case ChartKind::TimeSeries:
        if (spec.y >= 0 && spec.group >= 0)
            return tr("%1 over %2 by %3").arg(name(spec.y), x, name(spec.group));
        if (spec.y >= 0)
            return tr("%1 over %2").arg(name(spec.y), x);
        if (spec.group >= 0)
            return tr("Records over %1 by %2").arg(x, name(spec.group));
        return tr("Records over %1").arg(x);
    case ChartKind::TopCounts:
        return spec.y >= 0 ? tr("%1 by %2").arg(name(spec.y), x) : tr("Records by %1").arg(x);
    case ChartKind::Histogram:
        return tr("Spread of %1").arg(x);
    case ChartKind::Scatter:
        return tr("%1 against %2").arg(name(spec.y), x);
    }
    return QString();
}

bool SeriesInference::sameChart(const ChartSpec &a, const ChartSpec &b)
{
    if (a.kind != b.kind || a.x != b.x)
        return false;
    switch (a.kind) {
    case ChartKind::TimeSeries:
        return a.y == b.y && a.group == b.group && a.bucketMs == b.bucketMs
               && (a.y < 0 || a.aggregation == b.aggregation);
    case ChartKind::TopCounts:
        return a.y == b.y && a.pie == b.pie && a.topN == b.topN
               && (a.y < 0 || a.aggregation == b.aggregation);
    case ChartKind::Histogram:
        return a.bins == b.bins;
    case ChartKind::Scatter:
        return a.y == b.y;
    }
    return false;
}

ChartData SeriesInference::compute(const ResultTable &table, const ChartSpec &spec)
{
    ChartData data;
    data.spec = spec;
    if (spec.x < 0 || spec.x >= table.columnCount())
        return data;
    const QString xName = table.column(spec.x).name;
    const QString yName
        = spec.y >= 0 && spec.y < table.columnCount() ? table.column(spec.y).name : QString();
    const Aggregation aggregation = spec.y < 0 ? Aggregation::Count : spec.aggregation;
    data.xLabel = xName;
    data.yLabel = aggregationText(aggregation, yName);
    const auto number = [&table](qsizetype row, qsizetype column) -> std::optional<double> {
        const JsonNode *v = column >= 0 ? table.value(row, column) : nullptr;
        if (!v || !v->isNumber())
            return std::nullopt;
        return v->toDouble();
    };

    switch (spec.kind) {
    case ChartKind::TimeSeries: {
        data.xIsTime = true;
        struct Sample
        {
            qint64 time;
            double value;
            int group;
        };
        const QStringList groups
            = spec.group >= 0 ? topValues(table, spec.group, spec.topN) : QStringList();
        const bool other = spec.group >= 0;
        std::vector<Sample> samples;
        samples.reserve(size_t(table.rowCount()));
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            const JsonNode *t = table.value(row, spec.x);
            const auto ms = t && t->isString() ? epochMsOf(t->stringView()) : std::nullopt;
            if (!ms)
                continue;
            double value = 1;
            if (aggregation != Aggregation::Count) {
                const auto v = number(row, spec.y);
                if (!v)
                    continue;
                value = *v;
            }
            int group = 0;
            if (spec.group >= 0) {
                const JsonNode *g = table.value(row, spec.group);
                if (!g || g->isNull())
                    continue;
                const qsizetype at = groups.indexOf(table.text(row, spec.group));
                group = at >= 0 ? int(at) : int(groups.size()); // the rest: "Other"
            }
            samples.push_back({*ms, value, group});
            first = std::min(first, *ms);
            last = std::max(last, *ms);
        }
        data.rowsUsed = qsizetype(samples.size());
        if (samples.empty())
            return data;
        // A bucket the user chose, unless it would make more points than can be drawn; else one
        // from the span, never finer than the data's own spacing (hourly telemetry in half-hour
        // buckets would read as a saw).
        qint64 bucket = spec.bucketMs;
        if (bucket <= 0) {
            std::vector<qint64> times;
            times.reserve(samples.size());
            for (const Sample &s : samples)
                times.push_back(s.time);
            std::sort(times.begin(), times.end());
            qint64 spacing = std::numeric_limits<qint64>::max();
            for (size_t i = 1; i < times.size(); ++i) {
                if (times[i] > times[i - 1])
                    spacing = std::min(spacing, times[i] - times[i - 1]);
            }
            bucket = niceBucket(last - first);
            if (spacing != std::numeric_limits<qint64>::max() && bucket < spacing)
                bucket = niceBucket(spacing, 1);
        }
        if ((last - first) / bucket > kMaxBuckets)
            bucket = niceBucket(last - first, int(kMaxBuckets));
        data.spec.bucketMs = bucket;
        const qint64 start = first - (first % bucket + bucket) % bucket;
        const auto buckets = size_t((last - start) / bucket + 1);
        const int seriesCount = spec.group >= 0 ? int(groups.size()) + (other ? 1 : 0) : 1;
        std::vector<std::vector<std::vector<double>>> values(static_cast<size_t>(seriesCount),
                                                             std::vector<std::vector<double>>(
                                                                 buckets));
        for (const Sample &s : samples)
            values[size_t(s.group)][size_t((s.time - start) / bucket)].push_back(s.value);
        for (int g = 0; g < seriesCount; ++g) {
            ChartSeries series;
            series.name = spec.group < 0      ? data.yLabel
                          : g < groups.size() ? groups.at(g)
                                              : tr("Other");
            bool any = false;
            for (size_t b = 0; b < buckets; ++b) {
                const auto &in = values[size_t(g)][b];
                any = any || !in.empty();
                // Empty buckets are zero for counts and sums, gaps for the rest.
                if (in.empty() && aggregation != Aggregation::Count
                    && aggregation != Aggregation::Sum)
                    continue;
                series.points.emplace_back(double(start + qint64(b) * bucket),
                                           aggregate(aggregation, in));
            }
            if (any)
                data.series.push_back(std::move(series));
        }
        break;
    }
    case ChartKind::TopCounts: {
        const QStringList top = topValues(table, spec.x, spec.topN);
        std::vector<std::vector<double>> values(size_t(top.size()) + 1);
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            const JsonNode *v = table.value(row, spec.x);
            if (!v || v->isNull())
                continue;
            double value = 1;
            if (aggregation != Aggregation::Count) {
                const auto y = number(row, spec.y);
                if (!y)
                    continue;
                value = *y;
            }
            const qsizetype at = top.indexOf(table.text(row, spec.x));
            values[size_t(at >= 0 ? at : top.size())].push_back(value);
            ++data.rowsUsed;
        }
        data.categories = top;
        ChartSeries series;
        series.name = data.yLabel;
        for (qsizetype i = 0; i < top.size(); ++i)
            series.points.emplace_back(double(i), aggregate(aggregation, values[size_t(i)]));
        if (!values.back().empty()) {
            data.categories << tr("Other");
            series.points.emplace_back(double(top.size()), aggregate(aggregation, values.back()));
        }
        data.series.push_back(std::move(series));
        break;
    }
    case ChartKind::Histogram: {
        std::vector<double> values;
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            if (const auto v = number(row, spec.x); v && std::isfinite(*v))
                values.push_back(*v);
        }
        data.rowsUsed = qsizetype(values.size());
        if (values.empty())
            return data;
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        const int bins = spec.bins > 0
                             ? spec.bins
                             : std::clamp(int(std::ceil(std::sqrt(double(values.size())))), 5, 40);
        data.spec.bins = bins;
        const double width = *hi > *lo ? (*hi - *lo) / bins : 1;
        data.binWidth = width;
        std::vector<double> counts(size_t(bins), 0);
        for (const double v : values)
            counts[size_t(std::min(bins - 1, int((v - *lo) / width)))] += 1;
        ChartSeries series;
        series.name = tr("count");
        for (int b = 0; b < bins; ++b)
            series.points.emplace_back(*lo + b * width, counts[size_t(b)]);
        data.yLabel = tr("count");
        data.series.push_back(std::move(series));
        break;
    }
    case ChartKind::Scatter: {
        ChartSeries series;
        series.name = tr("%1 against %2").arg(yName, xName);
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            const auto x = number(row, spec.x);
            const auto y = number(row, spec.y);
            if (x && y)
                series.points.emplace_back(*x, *y);
        }
        data.rowsUsed = qsizetype(series.points.size());
        data.yLabel = yName;
        data.series.push_back(std::move(series));
        break;
    }
    }
    return data;
}

std::vector<QPointF> SeriesInference::downsample(const std::vector<QPointF> &points, int threshold)
{
    const size_t n = points.size();
    if (threshold < 3 || n <= size_t(threshold))
        return points;
    std::vector<QPointF> out;
    out.reserve(size_t(threshold) + 2);
    std::vector<size_t> kept;
    kept.push_back(0);
    // Largest triangle three buckets: per bucket, the point making the largest triangle with
    // the last kept point and the next bucket's average.
    const double every = double(n - 2) / double(threshold - 2);
    size_t a = 0;
    for (int i = 0; i < threshold - 2; ++i) {
        const auto rangeStart = size_t(std::floor(double(i + 1) * every)) + 1;
        const auto rangeEnd = std::min(size_t(std::floor(double(i + 2) * every)) + 1, n);
        double avgX = 0, avgY = 0;
        for (size_t j = rangeStart; j < rangeEnd; ++j) {
            avgX += points[j].x();
            avgY += points[j].y();
        }
        const double count = double(std::max<size_t>(1, rangeEnd - rangeStart));
        avgX /= count;
        avgY /= count;
        const auto from = size_t(std::floor(double(i) * every)) + 1;
        const auto to = size_t(std::floor(double(i + 1) * every)) + 1;
        double largest = -1;
        size_t chosen = from;
        for (size_t j = from; j < to && j < n; ++j) {
            const double area
                = std::abs((points[a].x() - avgX) * (points[j].y() - points[a].y())
                           - (points[a].x() - points[j].x()) * (avgY - points[a].y()));
            if (area > largest) {
                largest = area;
                chosen = j;
            }
        }
        kept.push_back(chosen);
        a = chosen;
    }
    kept.push_back(n - 1);
    // The extremes, whatever the triangles chose.
    const auto [lo, hi]
        = std::minmax_element(points.begin(), points.end(), [](const QPointF &p, const QPointF &q) {
              return p.y() < q.y();
          });
    kept.push_back(size_t(lo - points.begin()));
    kept.push_back(size_t(hi - points.begin()));
    std::sort(kept.begin(), kept.end());
    kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
    for (const size_t i : kept)
        out.push_back(points[i]);
    return out;
}

} // namespace Oxa
