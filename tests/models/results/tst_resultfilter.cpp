// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The filter bar's language over the records of a response.
#include "document/jsonreader.h"
#include "results/resultfilter.h"
#include "results/resulttablemodel.h"
#include "support/testdocuments.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Oxa;

namespace {

const QByteArray kAlerts = R"json([
  {"id": "a-1", "severity": 3, "status": "open", "created": "2026-11-20T10:00:00Z",
   "src_ip": "10.0.0.12", "name": "Beacon to evil.example", "tags": ["c2", "beacon"]},
  {"id": "a-2", "severity": 5, "status": "closed", "created": "2026-11-19T23:59:59Z",
   "src_ip": "192.0.2.7", "name": "Port sweep", "tags": []},
  {"id": "a-3", "severity": 1, "status": "Open", "created": "2026-11-21T00:00:00Z",
   "src_ip": "2001:db8::1", "name": "SSH brute force", "assignee": "bob"},
  {"id": "a-4", "status": "open", "created": "2026-11-18T08:30:00Z",
   "src_ip": "10.200.1.1", "name": "beaconing host", "rule": {"owner": "Alice"}}
])json";

} // namespace

class TestResultFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_tree = OxaTest::jsonTree(kAlerts); }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        const auto ids = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *id : list)
                out << QString::fromLatin1(id);
            return out;
        };
        QTest::newRow("empty") << QString() << ids({"a-1", "a-2", "a-3", "a-4"});
        QTest::newRow("number >=") << QStringLiteral("severity >= 3") << ids({"a-1", "a-2"});
        QTest::newRow("number, no spaces") << QStringLiteral("severity<3") << ids({"a-3"});
        QTest::newRow("number ==") << QStringLiteral("severity == 5") << ids({"a-2"});
        QTest::newRow("missing is not equal")
            << QStringLiteral("severity != 5") << ids({"a-1", "a-3", "a-4"});
        QTest::newRow("text, case ignored")
            << QStringLiteral("status == \"open\"") << ids({"a-1", "a-3", "a-4"});
        QTest::newRow("text =") << QStringLiteral("status = closed") << ids({"a-2"});
        QTest::newRow("cidr v4") << QStringLiteral("src_ip in 10.0.0.0/8") << ids({"a-1", "a-4"});
        QTest::newRow("cidr narrow") << QStringLiteral("src_ip in 10.0.0.0/24") << ids({"a-1"});
        QTest::newRow("cidr v6") << QStringLiteral("src_ip in 2001:db8::/32") << ids({"a-3"});
        QTest::newRow("single address") << QStringLiteral("src_ip in 192.0.2.7") << ids({"a-2"});
        QTest::newRow("regex") << QStringLiteral("name ~ ^beacon") << ids({"a-1", "a-4"});
        QTest::newRow("date-time") << QStringLiteral("created > 2026-11-20") << ids({"a-1", "a-3"});
        QTest::newRow("date-time exact")
            << QStringLiteral("created >= 2026-11-20T10:00:00Z") << ids({"a-1", "a-3"});
        QTest::newRow("word anywhere") << QStringLiteral("beacon") << ids({"a-1", "a-4"});
        QTest::newRow("word in a nested object") << QStringLiteral("alice") << ids({"a-4"});
        QTest::newRow("phrase") << QStringLiteral("\"brute force\"") << ids({"a-3"});
        QTest::newRow("all must hold")
            << QStringLiteral("beacon and severity >= 3 status=open") << ids({"a-1"});
        QTest::newRow("dotted column name")
            << QStringLiteral("rule.owner == alice") << ids({"a-4"});
        QTest::newRow("column name case") << QStringLiteral("SEVERITY > 4") << ids({"a-2"});
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        ResultTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(ResultTable::fromBody(m_tree));
        const auto problem = model.setFilterText(text);
        QVERIFY2(!problem, qPrintable(problem ? problem->message : QString()));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, 0).data().toString();
        QCOMPARE(shown, ids);
    }

    void problemsSayWhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown column")
            << QStringLiteral("sevrity >= 3") << QStringLiteral("sevrity")
            << QStringLiteral("No column sevrity.");
        QTest::newRow("not a number") << QStringLiteral("severity > high") << QStringLiteral("high")
                                      << QStringLiteral("not a number");
        QTest::newRow("bad regex")
            << QStringLiteral("name ~ (unclosed") << QStringLiteral("(unclosed")
            << QStringLiteral("regular expression");
        QTest::newRow("bad network") << QStringLiteral("src_ip in 10.0.0.0/40")
                                     << QStringLiteral("10.0.0.0/40") << QStringLiteral("network");
        QTest::newRow("bad date") << QStringLiteral("created > yesterday")
                                  << QStringLiteral("yesterday") << QStringLiteral("date-time");
        QTest::newRow("open quote") << QStringLiteral("status == \"open")
                                    << QStringLiteral("\"open") << QStringLiteral("quote");
    }

    void problemsSayWhere()
    {
        QFETCH(QString, text);
        QFETCH(QString, marked);
        QFETCH(QString, says);
        ResultTableModel model;
        model.setTable(ResultTable::fromBody(m_tree));
        QVERIFY(!model.setFilterText(QStringLiteral("severity >= 3")));
        const auto problem = model.setFilterText(text);
        QVERIFY(problem);
        QCOMPARE(text.mid(problem->start, problem->length), marked);
        QVERIFY2(problem->message.contains(says), qPrintable(problem->message));
        // A wrong filter leaves the rows as they were.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.filterText(), QStringLiteral("severity >= 3"));
    }

    void sortingKeepsTheFilter()
    {
        ResultTableModel model;
        model.setTable(ResultTable::fromBody(m_tree));
        QVERIFY(!model.setFilterText(QStringLiteral("status == open")));
        model.sort(3, Qt::AscendingOrder); // created
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, 0).data().toString();
        QCOMPARE(shown,
                 (QStringList{QStringLiteral("a-4"), QStringLiteral("a-1"), QStringLiteral("a-3")}));
        QCOMPARE(model.table()->recordCount(), 4);
        QVERIFY(!model.setFilterText(QString()));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a-4")); // still sorted
    }

    void addresses()
    {
        QVERIFY(ipBytes("10.0.0.1"));
        QCOMPARE((*ipBytes("10.0.0.1"))[15], quint8(1));
        QCOMPARE((*ipBytes("10.0.0.1"))[10], quint8(0xff)); // IPv4 mapped
        QVERIFY(ipBytes("2001:db8::1"));
        QVERIFY(!ipBytes("10.0.0.256"));
        QVERIFY(!ipBytes("host.example"));
    }

private:
    std::shared_ptr<const JsonTree> m_tree;
};

QTEST_GUILESS_MAIN(TestResultFilter)
#include "tst_resultfilter.moc"
