// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// bench_chart [POINTS]: a time series of POINTS points (100,000 by default: one event per second)
// computed from the table's rows, downsampled and drawn in a shown chart (offscreen), painted;
// then the same with a filter that keeps half. Medians of five.
#include "benchmarksupport.h"
#include "document/jsonreader.h"
#include "results/chartview.h"
#include "results/resulttable.h"

#include <QApplication>
#include <QChart>

using namespace OxaBench;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    QByteArray text = "[";
    const qint64 start = 1'795'000'000;
    for (int i = 0; i < count; ++i)
        text += (i ? "," : "") + QByteArray("{\"ts\": \"")
                + QDateTime::fromSecsSinceEpoch(start + i, Qt::UTC).toString(Qt::ISODate).toLatin1()
                + "\", \"value\": "
                + QByteArray::number((i * 7919) % 1000 + (i % 3600 == 0 ? 50'000 : 0)) + "}";
    text += "]";
    auto tree = std::make_shared<Oxa::JsonTree>(text, Oxa::SourceFormat::Json);
    Oxa::LoadLimits limits;
    limits.maxDocumentBytes = text.size() + 1;
    Oxa::Diagnostics findings;
    if (!Oxa::JsonReader::read(*tree, limits, findings))
        qFatal("not JSON");
    auto table = Oxa::ResultTable::fromBody(tree);
    Oxa::ChartView view;
    view.resize(1200, 700);
    view.show();
    view.setTable(&*table);
    Oxa::ChartSpec spec;
    spec.kind = Oxa::ChartKind::TimeSeries;
    spec.x = 0;
    spec.y = 1;
    spec.aggregation = Oxa::Aggregation::Sum;
    spec.bucketMs = 1000; // one point per second: `count` points
    Sample full;
    Sample half;
    qsizetype points = 0;
    qsizetype drawn = 0;
    for (int run = 0; run < 5; ++run) {
        table->clearFilter();
        full.values.push_back(timeMs([&] {
            view.setSpec(spec);
            QApplication::processEvents(); // laid out and painted
            view.grab();
        }));
        points = qsizetype(view.data().series.front().points.size());
        drawn = view.drawnPoints();
        table->setFilter([](quint32 record) { return record % 2 == 0; });
        half.values.push_back(timeMs([&] {
            view.refresh();
            QApplication::processEvents();
            view.grab();
        }));
    }
    qInfo("%d-point time series: computed, downsampled to %lld points and drawn in %.0f ms "
          "median (min %.0f, max %.0f); half the rows: %.0f ms",
          int(points),
          qlonglong(drawn),
          full.median(),
          full.min(),
          full.max(),
          half.median());
    return 0;
}
