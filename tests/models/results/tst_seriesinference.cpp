// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Charts proposed and computed from realistic payloads: an events time series, alerts by
// severity and status, observables, and ragged records.
#include "document/jsonreader.h"
#include "results/resultfilter.h"
#include "results/seriesinference.h"
#include "support/testdocuments.h"

#include <QTest>

#include <cmath>

using namespace Oxa;

namespace {

/** Telemetry as OXA's operations return it: {"data": [{"timestamp", "count", "bytes"}…]}. */
QByteArray telemetry()
{
    QByteArray out = "{\"interval\": \"1h\", \"data\": [";
    for (int h = 0; h < 48; ++h) {
        const int day = 20 + h / 24;
        const int hour = h % 24;
        const int count = 10 + hour + (h == 30 ? 500 : 0); // a daily rise, and a spike
        out += (h ? "," : "") + QByteArray("{\"timestamp\": \"2026-11-") + QByteArray::number(day)
               + "T" + QByteArray::number(hour).rightJustified(2, '0')
               + ":00:00Z\", \"count\": " + QByteArray::number(count)
               + ", \"bytes\": " + QByteArray::number(count * 1000) + "}";
    }
    return out + "]}";
}

QByteArray alerts()
{
    QByteArray out = "[";
    const char *const statuses[] = {"open", "open", "closed", "in progress"};
    for (int i = 0; i < 200; ++i)
        out += (i ? "," : "") + QByteArray("{\"id\": ") + QByteArray::number(i)
               + ", \"severity\": " + QByteArray::number(i % 5 + 1) + ", \"status\": \""
               + statuses[i % 4] + "\", \"risk_score\": " + QByteArray::number((i * 37) % 100)
               + ", \"created\": \"2026-11-" + QByteArray::number(10 + i % 10) + "T08:00:00Z\"}";
    return out + "]";
}

qsizetype column(const ResultTable &table, const char *name)
{
    for (qsizetype c = 0; c < table.columnCount(); ++c)
        if (table.column(c).name == QLatin1String(name))
            return c;
    return -1;
}

} // namespace

class TestSeriesInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void telemetryIsATimeSeries()
    {
        const auto table = ResultTable::fromBody(OxaTest::jsonTree(telemetry()));
        const QList<ChartSpec> proposals = SeriesInference::propose(*table);
        QVERIFY(!proposals.isEmpty());
        const ChartSpec &first = proposals.front();
        QCOMPARE(first.kind, ChartKind::TimeSeries);
        QCOMPARE(first.x, column(*table, "timestamp"));
        QCOMPARE(first.y, column(*table, "count"));
        QCOMPARE(first.aggregation, Aggregation::Sum);
        const ChartData data = SeriesInference::compute(*table, first);
        QVERIFY(data.xIsTime);
        QCOMPARE(data.spec.bucketMs, qint64(3'600'000)); // 48 hours in hourly buckets
        QCOMPARE(data.series.size(), size_t(1));
        QCOMPARE(data.series.front().points.size(), size_t(48));
        QCOMPARE(data.series.front().points.front().x(), double(*epochMsOf("2026-11-20T00:00:00Z")));
        QCOMPARE(data.series.front().points.at(30).y(), 10.0 + 6 + 500); // the spike
        QCOMPARE(data.rowsUsed, 48);
        // Six-hour buckets: sums of six hours.
        ChartSpec coarse = first;
        coarse.bucketMs = 6 * 3'600'000;
        const ChartData six = SeriesInference::compute(*table, coarse);
        QCOMPARE(six.series.front().points.size(), size_t(8));
        QCOMPARE(six.series.front().points.at(0).y(), double(10 + 11 + 12 + 13 + 14 + 15));
        // Average and maximum instead of sum.
        coarse.aggregation = Aggregation::Max;
        QCOMPARE(SeriesInference::compute(*table, coarse).series.front().points.at(5).y(),
                 double(10 + 6 + 500));
        coarse.aggregation = Aggregation::Average;
        QCOMPARE(SeriesInference::compute(*table, coarse).series.front().points.at(0).y(), 12.5);
        // An absurd bucket is enlarged rather than making millions of points.
        coarse.bucketMs = 1;
        QVERIFY(SeriesInference::compute(*table, coarse).series.front().points.size() <= 200'001);
    }

    void alertsBySeverityAndStatus()
    {
        auto table = ResultTable::fromBody(OxaTest::jsonTree(alerts()));
        const QList<ChartSpec> proposals = SeriesInference::propose(*table);
        QStringList titles;
        for (const ChartSpec &p : proposals)
            titles << p.title;
        // Records over time, grouped; counts by status and by severity; the score's spread; no
        // chart of the id.
        QCOMPARE(proposals.front().kind, ChartKind::TimeSeries);
        QVERIFY(titles.contains(QStringLiteral("Records by status")));
        QVERIFY(titles.contains(QStringLiteral("Records by severity")));
        QVERIFY(titles.contains(QStringLiteral("Spread of risk_score")));
        for (const ChartSpec &p : proposals)
            QVERIFY(p.x != column(*table, "id") && p.y != column(*table, "id"));

        ChartSpec byStatus;
        byStatus.kind = ChartKind::TopCounts;
        byStatus.x = column(*table, "status");
        ChartData data = SeriesInference::compute(*table, byStatus);
        QCOMPARE(data.categories,
                 (QStringList{QStringLiteral("open"),
                              QStringLiteral("closed"),
                              QStringLiteral("in progress")}));
        QCOMPARE(data.series.front().points.at(0).y(), 100.0);
        QCOMPARE(data.series.front().points.at(1).y(), 50.0);
        // Top 1: the rest is "Other".
        byStatus.topN = 1;
        data = SeriesInference::compute(*table, byStatus);
        QCOMPARE(data.categories, (QStringList{QStringLiteral("open"), QStringLiteral("Other")}));
        QCOMPARE(data.series.front().points.at(1).y(), 100.0);

        // The chart follows the filter.
        const auto filter
            = std::get<ResultFilter>(ResultFilter::parse(QStringLiteral("severity >= 4"), *table));
        table->setFilter([&](quint32 r) { return filter.matches(*table, r); });
        byStatus.topN = 10;
        data = SeriesInference::compute(*table, byStatus);
        double total = 0;
        for (const QPointF &p : data.series.front().points)
            total += p.y();
        QCOMPARE(total, 80.0);

        // Grouped time series: one line per status.
        ChartSpec grouped;
        grouped.kind = ChartKind::TimeSeries;
        grouped.x = column(*table, "created");
        grouped.group = column(*table, "status");
        table->clearFilter();
        data = SeriesInference::compute(*table, grouped);
        QCOMPARE(data.series.size(), size_t(3));
        QCOMPARE(data.series.front().name, QStringLiteral("open"));
        QCOMPARE(data.spec.bucketMs, qint64(86'400'000)); // daily records: daily buckets

        // Histogram and scatter.
        ChartSpec histogram;
        histogram.kind = ChartKind::Histogram;
        histogram.x = column(*table, "risk_score");
        histogram.bins = 10;
        data = SeriesInference::compute(*table, histogram);
        QCOMPARE(data.series.front().points.size(), size_t(10));
        total = 0;
        for (const QPointF &p : data.series.front().points)
            total += p.y();
        QCOMPARE(total, 200.0);
        ChartSpec scatter;
        scatter.kind = ChartKind::Scatter;
        scatter.x = column(*table, "severity");
        scatter.y = column(*table, "risk_score");
        QCOMPARE(SeriesInference::compute(*table, scatter).series.front().points.size(),
                 size_t(200));
    }

    void raggedAndEmpty()
    {
        // Records without the chart's columns are left out and counted.
        const auto ragged = ResultTable::fromBody(OxaTest::jsonTree(
            R"json([{"ts": "2026-11-20T10:00:00Z", "v": 1}, {"ts": "not a date"}, {"v": 3}, {"ts": "2026-11-20T10:30:00Z", "v": 2}])json"));
        ChartSpec spec;
        spec.kind = ChartKind::TimeSeries;
        spec.x = column(*ragged, "ts");
        spec.y = column(*ragged, "v");
        spec.aggregation = Aggregation::Sum;
        const ChartData data = SeriesInference::compute(*ragged, spec);
        QCOMPARE(data.rowsUsed, 2);
        double total = 0;
        for (const QPointF &p : data.series.front().points)
            total += p.y();
        QCOMPARE(total, 3.0);
        // Observables: addresses and hashes, nothing numeric: counts only.
        const auto observables = ResultTable::fromBody(OxaTest::jsonTree(
            R"json([{"type": "ipv4", "value": "192.0.2.1"}, {"type": "sha256", "value": "e3b0c442"}, {"type": "ipv4", "value": "192.0.2.9"}, {"type": "domain", "value": "evil.example"}])json"));
        const QList<ChartSpec> proposals = SeriesInference::propose(*observables);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.front().title, QStringLiteral("Records by type"));
        const auto empty = ResultTable::fromBody(OxaTest::jsonTree("[]"));
        QVERIFY(SeriesInference::propose(*empty).isEmpty());
        QVERIFY(SeriesInference::compute(*empty, spec).series.empty());
    }

    void downsamplingKeepsTheExtremes()
    {
        std::vector<QPointF> points;
        for (int i = 0; i < 100'000; ++i)
            points.emplace_back(i, std::sin(i / 500.0) * 10);
        points[77'777].setY(1000); // one spike
        points[12'345].setY(-999);
        const auto drawn = SeriesInference::downsample(points, 1000);
        QVERIFY(drawn.size() <= 1002);
        QVERIFY(drawn.size() >= 1000);
        QCOMPARE(drawn.front(), points.front());
        QCOMPARE(drawn.back(), points.back());
        const auto has = [&drawn](const QPointF &p) {
            return std::find(drawn.begin(), drawn.end(), p) != drawn.end();
        };
        QVERIFY(has(points[77'777]));
        QVERIFY(has(points[12'345]));
        QVERIFY(std::is_sorted(drawn.begin(), drawn.end(), [](const QPointF &a, const QPointF &b) {
            return a.x() < b.x();
        }));
        QCOMPARE(SeriesInference::downsample({QPointF(0, 1), QPointF(1, 2)}, 1000).size(),
                 size_t(2));
    }

    void niceBuckets()
    {
        QCOMPARE(SeriesInference::niceBucket(60'000), qint64(1000));
        QCOMPARE(SeriesInference::niceBucket(48 * 3'600'000), qint64(1'800'000));
        QCOMPARE(SeriesInference::niceBucket(3'600'000, 1), qint64(3'600'000));
        QCOMPARE(SeriesInference::niceBucket(3'000'000, 1), qint64(3'600'000));
        QCOMPARE(SeriesInference::niceBucket(qint64(365) * 86'400'000), qint64(604'800'000));
    }
};

QTEST_GUILESS_MAIN(TestSeriesInference)
#include "tst_seriesinference.moc"
