// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// bench_results [RECORDS]: a JSON array of RECORDS event records (1,000,000 by default, about
// 150 MB) becomes a sortable table: read, parsed, its columns found and typed; then sorted by a
// number, a date-time and a text column. Each run is a fresh process, so that its peak resident
// memory is the table's own; five runs, medians reported.
#include "benchmarksupport.h"
#include "document/jsonreader.h"
#include "results/resulttable.h"
#include "results/resulttablemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace OxaBench;

namespace {

/** Events as a SIEM returns them: ids, times over a week, addresses, severities, nested rule. */
QByteArray events(int count)
{
    static const char *const users[] = {"alice", "Bob", "carol", "dave", "Eve", "mallory"};
    static const char *const actions[] = {"allowed", "blocked", "quarantined"};
    QByteArray out;
    out.reserve(qsizetype(count) * 160);
    out += '[';
    quint32 state = 2463534242u;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    for (int i = 0; i < count; ++i) {
        const quint32 r = next();
        const qint64 seconds = 1795000000 + qint64(r % 604800);
        const QByteArray time
            = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate).toLatin1();
        out += (i ? ",\n" : "\n");
        out += R"({"id":"evt-)" + QByteArray::number(i) + R"(","ts":")" + time + R"(","severity":)"
               + QByteArray::number(r % 5 + 1) + R"(,"src":")" + QByteArray::number(10) + '.'
               + QByteArray::number((r >> 8) & 255) + '.' + QByteArray::number((r >> 16) & 255)
               + '.' + QByteArray::number(r >> 24) + R"(","user":")" + users[r % 6]
               + R"(","bytes":)" + QByteArray::number(next() % 1000000) + R"(,"rule":{"id":)"
               + QByteArray::number(r % 97) + R"(,"action":")" + actions[r % 3] + R"("}})";
    }
    out += "\n]";
    return out;
}

/** One measured run, in this process: its timings as a JSON object. */
QJsonObject measure(const QString &path)
{
    QJsonObject out;
    QByteArray text;
    out.insert(QStringLiteral("read"), timeMs([&] {
                   QFile file(path);
                   if (file.open(QIODevice::ReadOnly))
                       text = file.readAll();
               }));
    auto tree = std::make_shared<Oxa::JsonTree>(text, Oxa::SourceFormat::Json);
    text.clear(); // the tree holds its own copy (shared, implicitly)
    Oxa::LoadLimits limits;
    limits.maxDocumentBytes = 1024ll * 1024 * 1024;
    Oxa::Diagnostics findings;
    out.insert(QStringLiteral("parse"), timeMs([&] {
                   if (!Oxa::JsonReader::read(*tree, limits, findings))
                       qFatal("not JSON");
               }));
    Oxa::ResultTableModel model;
    out.insert(QStringLiteral("table"),
               timeMs([&] { model.setTable(Oxa::ResultTable::fromBody(tree)); }));
    const Oxa::ResultTable &table = *model.table();
    out.insert(QStringLiteral("rows"), double(table.rowCount()));
    out.insert(QStringLiteral("columns"), double(table.columnCount()));
    const auto column = [&](const char *name) {
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (table.column(c).name == QLatin1String(name))
                return int(c);
        }
        qFatal("no column %s", name);
    };
    out.insert(QStringLiteral("sortNumber"),
               timeMs([&] { model.sort(column("bytes"), Qt::DescendingOrder); }));
    out.insert(QStringLiteral("sortDateTime"),
               timeMs([&] { model.sort(column("ts"), Qt::AscendingOrder); }));
    out.insert(QStringLiteral("sortText"),
               timeMs([&] { model.sort(column("user"), Qt::AscendingOrder); }));
    out.insert(QStringLiteral("sortIp"),
               timeMs([&] { model.sort(column("src"), Qt::AscendingOrder); }));
    out.insert(QStringLiteral("filter"), timeMs([&] {
                   model.setFilterText(
                       QStringLiteral("severity >= 3 user == alice src in 10.0.0.0/9"));
               }));
    out.insert(QStringLiteral("shown"), double(model.rowCount()));
    out.insert(QStringLiteral("filterWord"),
               timeMs([&] { model.setFilterText(QStringLiteral("quarantined")); }));
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"--measure") {
        QFile out(args.value(3));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(QJsonDocument(measure(args.value(2))).toJson(QJsonDocument::Compact));
        return 0;
    }
    const int count = args.size() > 1 ? args.value(1).toInt() : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(events(count));
    }
    qInfo("%d records, %.1f MB", count, double(QFileInfo(path).size()) / 1e6);
    QHash<QString, Sample> samples;
    Sample peak;
    for (int run = 0; run < 5; ++run) {
        const QString result = dir.filePath(QStringLiteral("result.json"));
        const ProcessRun child = runProcess(
            {QCoreApplication::applicationFilePath(), QStringLiteral("--measure"), path, result});
        QFile file(result);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the measuring run failed");
        const QJsonObject timings = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = timings.begin(); it != timings.end(); ++it)
            samples[it.key()].values.push_back(it.value().toDouble());
        peak.values.push_back(double(child.peakKiB) / 1024.0);
    }
    for (const char *step : {"read",
                             "parse",
                             "table",
                             "sortNumber",
                             "sortDateTime",
                             "sortText",
                             "sortIp",
                             "filter",
                             "filterWord"})
        qInfo("%-12s median %8.1f ms (min %.1f, max %.1f)",
              step,
              samples[QLatin1String(step)].median(),
              samples[QLatin1String(step)].min(),
              samples[QLatin1String(step)].max());
    Sample total;
    for (size_t i = 0; i < samples[QStringLiteral("read")].values.size(); ++i)
        total.values.push_back(samples[QStringLiteral("read")].values[i]
                               + samples[QStringLiteral("parse")].values[i]
                               + samples[QStringLiteral("table")].values[i]);
    qInfo("sortable table (read + parse + table): median %.0f ms; peak memory median %.0f MiB "
          "(max %.0f); %.0f rows, %.0f columns; the filter kept %.0f",
          total.median(),
          peak.median(),
          peak.max(),
          samples[QStringLiteral("rows")].median(),
          samples[QStringLiteral("columns")].median(),
          samples[QStringLiteral("shown")].median());
    return 0;
}
