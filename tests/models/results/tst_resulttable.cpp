// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Records of realistic responses as a table: where they are, their columns and types, sorting.
#include "document/jsonreader.h"
#include "results/resulttable.h"
#include "results/resulttablemodel.h"
#include "support/testdocuments.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QTest>

using namespace Oxa;

namespace {

QStringList columnNames(const ResultTable &table)
{
    QStringList out;
    for (const ResultColumn &c : table.columns())
        out << c.name;
    return out;
}

QStringList columnTexts(const ResultTable &table, qsizetype column)
{
    QStringList out;
    for (qsizetype row = 0; row < table.rowCount(); ++row)
        out << table.text(row, column);
    return out;
}

qsizetype columnNamed(const ResultTable &table, const QString &name)
{
    return columnNames(table).indexOf(name);
}

// Alerts, wrapped as many back-ends do: the records are under "items", beside paging.
const QByteArray kAlerts = R"({
  "total": 4, "page": {"next": null, "size": 50},
  "facets": [{"name": "severity", "count": 4}],
  "items": [
    {"id": "a-1", "severity": 3, "status": "open", "created": "2026-11-20T10:00:00Z",
     "src": {"ip": "10.0.0.12", "port": 51514}, "rule": {"name": "Beacon", "mitre": {"tactic": "C2"}},
     "tags": ["c2", "beacon"]},
    {"id": "a-2", "severity": 5, "status": "closed", "created": "2026-11-19T23:59:59.5+01:00",
     "src": {"ip": "192.0.2.7", "port": 443}, "rule": {"name": "alpha sweep"}, "tags": []},
    {"id": "a-3", "severity": 1.5, "status": "open", "created": "2026-11-21T00:00:00Z",
     "src": {"ip": "2001:db8::1", "port": 22}, "assignee": "bob", "tags": ["ssh"]},
    {"id": "a-4", "status": "Open", "created": "2026-11-18T08:30:00Z",
     "src": {"ip": "10.0.0.2"}, "rule": {"name": "Zeta"}, "tags": ["x", "y", "z"]}
  ]})";

} // namespace

class TestResultTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheRecords()
    {
        const auto tree = OxaTest::jsonTree(kAlerts);
        const QList<RecordArray> arrays = findRecordArrays(*tree->root());
        QCOMPARE(arrays.size(), 2);
        QCOMPARE(arrays.front().pointer, QStringLiteral("/items")); // the largest array of objects
        QCOMPARE(arrays.front().objects, 4u);
        QCOMPARE(arrays.at(1).pointer, QStringLiteral("/facets"));
        // A top-level array is the records, even when an inner one is larger.
        const auto top = OxaTest::jsonTree(R"([{"hits": [{"a": 1}, {"a": 2}, {"a": 3}]}])");
        QCOMPARE(findRecordArrays(*top->root()).front().pointer, QString());
        // No array at all: no table.
        QVERIFY(!ResultTable::fromBody(OxaTest::jsonTree(R"({"status": "ok"})")));
        // The user's pick by pointer.
        const auto facets = ResultTable::fromBody(tree, QStringLiteral("/facets"), {});
        QVERIFY(facets);
        QCOMPARE(columnNames(*facets),
                 (QStringList{QStringLiteral("name"), QStringLiteral("count")}));
        QVERIFY(!ResultTable::fromBody(tree, QStringLiteral("/total"), {}));
    }

    void flattensAndTypesTheColumns()
    {
        const auto table = ResultTable::fromBody(OxaTest::jsonTree(kAlerts));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(columnNames(*table),
                 (QStringList{QStringLiteral("id"),
                              QStringLiteral("severity"),
                              QStringLiteral("status"),
                              QStringLiteral("created"),
                              QStringLiteral("src.ip"),
                              QStringLiteral("src.port"),
                              QStringLiteral("rule.name"),
                              QStringLiteral("rule.mitre.tactic"),
                              QStringLiteral("tags"),
                              QStringLiteral("assignee")}));
        const auto type = [&](const char *name) {
            return table->column(columnNamed(*table, QString::fromLatin1(name))).type;
        };
        QCOMPARE(type("severity"), ColumnType::Number);
        QCOMPARE(type("created"), ColumnType::DateTime);
        QCOMPARE(type("src.ip"), ColumnType::IpAddress);
        QCOMPARE(type("status"), ColumnType::String);
        QCOMPARE(type("tags"), ColumnType::String);
        QCOMPARE(table->column(columnNamed(*table, QStringLiteral("assignee"))).present, 1u);
        QCOMPARE(table->column(columnNamed(*table, QStringLiteral("severity"))).present, 3u);
        QCOMPARE(columnTexts(*table, columnNamed(*table, QStringLiteral("tags"))),
                 (QStringList{QStringLiteral("c2, beacon"),
                              QString(),
                              QStringLiteral("ssh"),
                              QStringLiteral("x, y, z")}));
        // Depth 1: nested objects below it are one JSON cell.
        ResultTable::Options shallow;
        shallow.depth = 1;
        shallow.arrays = ResultTable::ArrayDisplay::Count;
        const auto flat = ResultTable::fromBody(OxaTest::jsonTree(kAlerts), std::nullopt, shallow);
        QVERIFY(columnNames(*flat).contains(QStringLiteral("rule.mitre")));
        const qsizetype mitre = columnNamed(*flat, QStringLiteral("rule.mitre"));
        QVERIFY(flat->column(mitre).nestedLeaf);
        QCOMPARE(flat->text(0, mitre), QStringLiteral(R"({"tactic": "C2"})"));
        QCOMPARE(flat->text(3, columnNamed(*flat, QStringLiteral("tags"))), QStringLiteral("[3]"));
    }

    void sortsByType()
    {
        auto table = ResultTable::fromBody(OxaTest::jsonTree(kAlerts));
        const auto ids = [&] { return columnTexts(*table, 0); };
        const auto ordered = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out << QString::fromLatin1(n);
            return out;
        };
        // Numbers numerically (1.5 < 3 < 5), the missing one last in both directions.
        table->sort(columnNamed(*table, QStringLiteral("severity")), Qt::AscendingOrder);
        QCOMPARE(ids(), ordered({"a-3", "a-1", "a-2", "a-4"}));
        table->sort(columnNamed(*table, QStringLiteral("severity")), Qt::DescendingOrder);
        QCOMPARE(ids(), ordered({"a-2", "a-1", "a-3", "a-4"}));
        // Date-times by instant: 23:59:59.5+01:00 is 22:59:59.5Z, after 2026-11-18.
        table->sort(columnNamed(*table, QStringLiteral("created")), Qt::AscendingOrder);
        QCOMPARE(ids(), ordered({"a-4", "a-2", "a-1", "a-3"}));
        // Addresses numerically, IPv4 before IPv6: 10.0.0.2 < 10.0.0.12 (not as text).
        table->sort(columnNamed(*table, QStringLiteral("src.ip")), Qt::AscendingOrder);
        QCOMPARE(ids(), ordered({"a-4", "a-1", "a-2", "a-3"}));
        // Strings without regard to case, stably: "open", "Open", "open" keep their order.
        table->sort(columnNamed(*table, QStringLiteral("status")), Qt::AscendingOrder);
        QCOMPARE(ids(), ordered({"a-2", "a-4", "a-1", "a-3"}));
        table->sort(columnNamed(*table, QStringLiteral("rule.name")), Qt::AscendingOrder);
        QCOMPARE(ids(), ordered({"a-2", "a-1", "a-4", "a-3"}));
        table->unsort();
        QCOMPARE(ids(), ordered({"a-1", "a-2", "a-3", "a-4"}));
    }

    void raggedScalarAndHostileRecords()
    {
        // Scalars among objects get a "value" column; a record of another shape adds columns.
        auto mixed = ResultTable::fromBody(
            OxaTest::jsonTree(R"([{"a": 1}, 7, "text", null, {"b": {"c": true}}, [1, 2]])"));
        QVERIFY(mixed);
        QCOMPARE(columnNames(*mixed),
                 (QStringList{QStringLiteral("value"), QStringLiteral("a"), QStringLiteral("b.c")}));
        QCOMPARE(columnTexts(*mixed, 0),
                 (QStringList{QString(),
                              QStringLiteral("7"),
                              QStringLiteral("text"),
                              QString(),
                              QString(),
                              QStringLiteral("1, 2")}));
        QCOMPARE(mixed->column(2).type, ColumnType::Boolean);
        QCOMPARE(mixed->column(0).type, ColumnType::String);
        mixed->sort(0, Qt::AscendingOrder); // numbers before strings, arrays after, nulls last
        QCOMPARE(mixed->text(0, 0), QStringLiteral("7"));
        QCOMPARE(mixed->text(1, 0), QStringLiteral("text"));

        // Thousands of distinct keys: capped, and said.
        QByteArray wide = "[{";
        for (int i = 0; i < 800; ++i)
            wide += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i)
                    + "\": " + QByteArray::number(i);
        wide += "}]";
        const auto capped = ResultTable::fromBody(OxaTest::jsonTree(wide));
        QCOMPARE(capped->columnCount(), 500);
        QCOMPARE(capped->droppedColumns(), 300);
        // Deep nesting stops at the depth; an empty array gives an empty table.
        const auto deep
            = ResultTable::fromBody(OxaTest::jsonTree(R"([{"a": {"b": {"c": {"d": {"e": 1}}}}}])"));
        QCOMPARE(columnNames(*deep), QStringList{QStringLiteral("a.b.c.d")});
        const auto empty = ResultTable::fromBody(OxaTest::jsonTree("[]"));
        QVERIFY(empty);
        QCOMPARE(empty->rowCount(), 0);
        QCOMPARE(empty->columnCount(), 0);
    }

    void dateTimes()
    {
        QCOMPARE(epochMsOf("1970-01-01T00:00:00Z"), std::optional<qint64>(0));
        QCOMPARE(epochMsOf("2026-11-20T10:00:00.250Z"), std::optional<qint64>(1795168800250));
        QCOMPARE(epochMsOf("2026-11-20T11:00:00+01:00"), epochMsOf("2026-11-20T10:00:00Z"));
        QCOMPARE(epochMsOf("1969-12-31T23:59:59Z"), std::optional<qint64>(-1000));
        for (const char *bad : {"2026-11-20",
                                "2026-13-01T00:00:00Z",
                                "2026-11-20T10:00:00",
                                "2026-11-20T10:00:00.Z",
                                "2026-11-20T25:00:00Z",
                                "not a date at all!!"})
            QVERIFY2(!epochMsOf(bad), bad);
    }

    void valuesBesideTheRecords()
    {
        // What the table of records leaves out: the plain values on the way to the records.
        const auto tree = OxaTest::jsonTree(
            R"({"status": "ok", "links": {"next": "/p2"}, "data": {"total": 2, "note": null,)"
            R"( "items": [{"id": 1}, {"id": 2}], "tags": ["a"]}, "after": true})");
        const auto beside
            = ResultTable::besideRecords(*tree->root(), QStringLiteral("/data/items"));
        const QList<QPair<QString, QString>> expected
            = {{QStringLiteral("status"), QStringLiteral("ok")},
               {QStringLiteral("after"), QStringLiteral("true")},
               {QStringLiteral("data.total"), QStringLiteral("2")},
               {QStringLiteral("data.note"), QStringLiteral("null")}};
        QCOMPARE(beside, expected);
        QVERIFY(ResultTable::besideRecords(*tree->root(), QString()).isEmpty());
        QCOMPARE(ResultTable::besideRecords(*tree->root(), QStringLiteral("/data/items"), 1).size(),
                 1);
        // Long texts are cut.
        const auto longText = OxaTest::jsonTree(QByteArray("{\"summary\": \"") + QByteArray(500, 'x')
                                                + "\", \"items\": []}");
        const auto cut = ResultTable::besideRecords(*longText->root(), QStringLiteral("/items"));
        QCOMPARE(cut.value(0).second.size(), 120);
        QVERIFY(cut.value(0).second.endsWith(u'…'));
    }

    void modelFollowsTheTable()
    {
        ResultTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(ResultTable::fromBody(OxaTest::jsonTree(kAlerts)));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 10);
        QCOMPARE(model.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("src.ip"));
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("number")));
        QCOMPARE(model.data(model.index(0, 1), Qt::TextAlignmentRole).value<Qt::Alignment>()
                     & Qt::AlignRight,
                 Qt::AlignRight);
        // A selected cell follows its record through a sort.
        const QPersistentModelIndex selected = model.index(3, 0); // a-4
        model.sort(1, Qt::DescendingOrder);
        QCOMPARE(selected.row(), 3);
        QCOMPARE(selected.data().toString(), QStringLiteral("a-4"));
        model.sort(3, Qt::AscendingOrder);
        QCOMPARE(selected.row(), 0);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toInt(), 4); // record number
        // Filtered, fewer rows than records: the selected record still follows (the rows were
        // looked up by record in a vector as long as the rows, past its end).
        model.sort(0, Qt::AscendingOrder);
        QVERIFY(!model.setFilterText(QStringLiteral("src.ip in 10.0.0.0/8")));
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex last = model.index(1, 0);
        QCOMPARE(last.data().toString(), QStringLiteral("a-4"));
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(last.row(), 0);
        QCOMPARE(last.data().toString(), QStringLiteral("a-4"));
        model.setTable(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResultTable)
#include "tst_resulttable.moc"
