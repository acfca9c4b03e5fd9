// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// bench_chart [POINTS]: a time series of POINTS points (100,000 by default: one event per second)
// computed from the table's rows, downsampled and drawn in a shown chart (offscreen), painted;
// then the same with a filter that keeps half. Medians of five. Then scrolling: a table of
// 1,000,000 records shown in a 1200×700 view, a page down at a time, sorted and not.
#include "benchmarksupport.h"
#include "document/jsonreader.h"
#include "results/chartview.h"
#include "results/resulttable.h"
#include "results/resulttablemodel.h"

#include <QApplication>
#include <QChart>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

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
                + QByteArray::number((qint64(i) * 7919) % 1000 + (i % 3600 == 0 ? 50'000 : 0))
                + "}";
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

    // Scrolling a million rows: each page down laid out and painted.
    QByteArray big = "[";
    for (int r = 0; r < 1'000'000; ++r) {
        if (r)
            big += ',';
        // (r * 7919 overflowed an int once: undefined behaviour that showed as a bad_alloc.)
        big.append("{\"id\":\"evt-").append(QByteArray::number(r));
        big.append("\",\"severity\":").append(QByteArray::number(r % 5 + 1));
        big.append(",\"user\":\"u").append(QByteArray::number(r % 97));
        big.append("\",\"bytes\":").append(QByteArray::number((qint64(r) * 7919) % 100'000));
        big.append(",\"src\":{\"ip\":\"10.0.").append(QByteArray::number(r % 200)).append(".1\"}}");
    }
    big += "]";
    auto bigTree = std::make_shared<Oxa::JsonTree>(big, Oxa::SourceFormat::Json);
    limits.maxDocumentBytes = big.size() + 1;
    if (!Oxa::JsonReader::read(*bigTree, limits, findings))
        qFatal("not JSON");
    Oxa::ResultTableModel model;
    model.setTable(Oxa::ResultTable::fromBody(bigTree));
    QTableView grid;
    grid.resize(1200, 700);
    grid.setModel(&model);
    grid.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    grid.verticalHeader()->setDefaultSectionSize(grid.fontMetrics().height() + 6);
    grid.show();
    QApplication::processEvents();
    for (const bool sorted : {false, true}) {
        if (sorted)
            model.sort(3, Qt::DescendingOrder);
        Sample steps;
        QScrollBar *bar = grid.verticalScrollBar();
        bar->setValue(0);
        for (int step = 0; step < 300; ++step) {
            steps.values.push_back(timeMs([&] {
                bar->setValue(bar->value() + bar->pageStep() * 97); // far jumps, as a drag does
                grid.viewport()->repaint();
            }));
        }
        qInfo("scrolling 1,000,000 rows%s: a page painted in %.2f ms median, %.2f ms worst of 300",
              sorted ? " (sorted by a number)" : "",
              steps.median(),
              steps.max());
    }
    return 0;
}
