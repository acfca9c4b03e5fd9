// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Exports of the rows a table shows: CSV read back equals the table; JSON and JSON Lines give
// the records back as they were.
#include "document/jsonreader.h"
#include "results/resultexport.h"
#include "results/resultfilter.h"
#include "schema/jsonvalues.h"
#include "support/testdocuments.h"

#include <QBuffer>
#include <QTest>

using namespace Oxa;

namespace {

// Built from ordinary literals: moc misreads raw strings holding )" sequences.
const QByteArray kRecords
    = "[\n"
      "  {\"id\": \"a-1\", \"severity\": 3, \"note\": \"comma, \\\"quotes\\\" and\\nnew line\", "
      "\"owner\": \"Zoë\"},\n"
      "  {\"id\": \"a-2\", \"severity\": -2, \"note\": "
      "\"=HYPERLINK(\\\"http://evil.example\\\")\", \"owner\": \"@admin\"},\n"
      "  {\"id\": \"a-3\", \"severity\": 1.5, \"note\": \"plain\", \"tags\": [\"a\", \"b\"]},\n"
      "  {\"id\": \"a-4\", \"note\": \"+1 and -1\", \"owner\": null}\n"
      "]";

QByteArray written(const std::function<bool(QIODevice &)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!write(buffer))
        qFatal("write failed");
    return buffer.data();
}

} // namespace

class TestResultExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvReadBackEqualsTheTable()
    {
        const auto table = ResultTable::fromBody(OxaTest::jsonTree(kRecords));
        ResultExport::CsvOptions exact;
        exact.guardFormulas = false;
        const QByteArray csv
            = written([&](QIODevice &out) { return ResultExport::writeCsv(*table, out, exact); });
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QStringList> rows = ResultExport::readCsv(csv);
        QCOMPARE(rows.size(), table->rowCount() + 1);
        QStringList header;
        for (const ResultColumn &c : table->columns())
            header << c.name;
        QCOMPARE(rows.front(), header);
        for (qsizetype row = 0; row < table->rowCount(); ++row) {
            QStringList expected;
            for (qsizetype c = 0; c < table->columnCount(); ++c)
                expected << table->text(row, c);
            QCOMPARE(rows.at(row + 1), expected);
        }
        QVERIFY(csv.contains("\"comma, \"\"quotes\"\" and\nnew line\""));
    }

    void formulasAreGuardedAndBomOnRequest()
    {
        const auto table = ResultTable::fromBody(OxaTest::jsonTree(kRecords));
        ResultExport::CsvOptions options;
        options.byteOrderMark = true;
        options.columns = {2, 1, 3}; // note, severity, owner
        const QByteArray csv
            = written([&](QIODevice &out) { return ResultExport::writeCsv(*table, out, options); });
        QVERIFY(csv.startsWith("\xEF\xBB\xBFnote,severity,owner\r\n"));
        const QList<QStringList> rows = ResultExport::readCsv(csv);
        QCOMPARE(rows.at(2).at(0), QStringLiteral("'=HYPERLINK(\"http://evil.example\")"));
        QCOMPARE(rows.at(2).at(1), QStringLiteral("-2")); // a number stays a number
        QCOMPARE(rows.at(2).at(2), QStringLiteral("'@admin"));
        QCOMPARE(rows.at(4).at(0), QStringLiteral("'+1 and -1"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("Zoë"));
    }

    void jsonAndJsonLinesGiveTheRecordsBack()
    {
        auto table = ResultTable::fromBody(OxaTest::jsonTree(kRecords));
        // What is shown: filtered and sorted.
        const auto filter
            = std::get<ResultFilter>(ResultFilter::parse(QStringLiteral("severity > 0"), *table));
        table->setFilter([&](quint32 record) { return filter.matches(*table, record); });
        table->sort(1, Qt::AscendingOrder);
        const auto json = OxaTest::jsonTree(
            written([&](QIODevice &out) { return ResultExport::writeJson(*table, out); }));
        QVERIFY(json->root()->isArray());
        QCOMPARE(json->root()->size(), 2u);
        for (qsizetype row = 0; row < table->rowCount(); ++row)
            QVERIFY(jsonEqual(json->root()->items()[size_t(row)], table->record(row)));
        QCOMPARE(json->root()->items()[0].get("id")->toString(), QStringLiteral("a-3"));
        const QByteArray lines
            = written([&](QIODevice &out) { return ResultExport::writeJsonLines(*table, out); });
        const QList<QByteArray> each = lines.trimmed().split('\n');
        QCOMPARE(each.size(), 2);
        for (qsizetype row = 0; row < each.size(); ++row)
            QVERIFY(jsonEqual(*OxaTest::jsonTree(each.at(row))->root(), table->record(row)));
    }

    void readsCsvEdgeCases()
    {
        QCOMPARE(ResultExport::readCsv("a,b\r\n\"x\"\"y\",\r\n"),
                 (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                     {QStringLiteral("x\"y"), QString()}}));
        QCOMPARE(ResultExport::readCsv("only"), (QList<QStringList>{{QStringLiteral("only")}}));
        QVERIFY(ResultExport::readCsv(QByteArray()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResultExport)
#include "tst_resultexport.moc"
