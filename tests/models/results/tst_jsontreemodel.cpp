// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// A body as a lazy tree: rows made in batches, pointers, search, values to copy.
#include "document/jsonreader.h"
#include "results/jsontreemodel.h"
#include "support/testdocuments.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTranslator>

using namespace Oxa;

namespace {

/** 1,200 records: more than two batches. */
QByteArray manyRecords()
{
    QByteArray out = R"json({"total": 1200, "items": [)json";
    for (int i = 0; i < 1200; ++i)
        out += (i ? "," : "") + QByteArray(R"json({"id": )json") + QByteArray::number(i)
               + R"json(, "name": "host-)json" + QByteArray::number(i)
               + R"json(", "a/b~c": true})json";
    out += "]}";
    return out;
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The English catalogue spells the plural forms ("1200 items").
        QVERIFY(m_english.load(QStringLiteral(":/i18n/oxa-console_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void rowsComeInBatches()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(OxaTest::jsonTree(manyRecords()));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex items = model.index(1, 0);
        QCOMPARE(items.data().toString(), QStringLiteral("items"));
        QCOMPARE(model.index(1, JsonTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("[1200 items]"));
        QCOMPARE(model.index(1, JsonTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("array"));
        QVERIFY(model.hasChildren(items));
        QCOMPARE(model.rowCount(items), 0); // nothing made before it is expanded
        QVERIFY(model.canFetchMore(items));
        model.fetchMore(items);
        QCOMPARE(model.rowCount(items), JsonTreeModel::kBatch);
        model.fetchMore(items);
        model.fetchMore(items);
        QCOMPARE(model.rowCount(items), 1200);
        QVERIFY(!model.canFetchMore(items));
        const QModelIndex record = model.index(1100, 0, items);
        QCOMPARE(record.data().toString(), QStringLiteral("[1100]"));
        QCOMPARE(model.index(1100, JsonTreeModel::ValueColumn, items).data().toString(),
                 QStringLiteral("{3 fields}"));
        QCOMPARE(model.parent(record), items);
    }

    void pointersAndValues()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(OxaTest::jsonTree(manyRecords()));
        // Reaching a row loads the rows on its way, in whole batches.
        const QModelIndex odd = model.indexOf(QStringLiteral("/items/1100/a~1b~0c"));
        QVERIFY(odd.isValid());
        QCOMPARE(odd.data().toString(), QStringLiteral("a/b~c"));
        QCOMPARE(model.pointer(odd), QStringLiteral("/items/1100/a~1b~0c"));
        QCOMPARE(model.rowCount(model.parent(model.parent(odd))), 1200);
        QCOMPARE(model.index(odd.row(), JsonTreeModel::ValueColumn, odd.parent()).data().toString(),
                 QStringLiteral("true"));
        QCOMPARE(model.valueJson(odd.parent()),
                 QStringLiteral(R"json({"id": 1100, "name": "host-1100", "a/b~c": true})json"));
        QVERIFY(!model.indexOf(QStringLiteral("/items/1200")).isValid());
        QVERIFY(!model.indexOf(QStringLiteral("/nothing")).isValid());
        QVERIFY(!model.indexOf(QStringLiteral("not a pointer")).isValid());
        QCOMPARE(odd.data(Qt::ToolTipRole).toString(), QStringLiteral("/items/1100/a~1b~0c"));
    }

    void findsAcrossTheWholeBody()
    {
        JsonTreeModel model;
        model.setTree(OxaTest::jsonTree(manyRecords()));
        // Values never loaded are found; the search goes on from a place, and wraps around.
        QCOMPARE(model.find(QStringLiteral("HOST-1199")), QStringLiteral("/items/1199/name"));
        QCOMPARE(model.find(QStringLiteral("host-11"), QStringLiteral("/items/11/name")),
                 QStringLiteral("/items/110/name"));
        QCOMPARE(model.find(QStringLiteral("host-1"), QStringLiteral("/items/1199/name")),
                 QStringLiteral("/items/1/name"));
        QCOMPARE(model.find(QStringLiteral("total")), QStringLiteral("/total")); // a name
        QCOMPARE(model.find(QStringLiteral("1200")), QStringLiteral("/total"));  // a number
        QCOMPARE(model.find(QStringLiteral("nowhere")), QString());
        QVERIFY(model.indexOf(model.find(QStringLiteral("host-777"))).isValid());
    }

    void scalarAndEmptyBodies()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(OxaTest::jsonTree("42"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.valueJson({}), QStringLiteral("42"));
        model.setTree(OxaTest::jsonTree("[]"));
        QCOMPARE(model.rowCount(), 0);
        model.setTree(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.find(QStringLiteral("x")), QString());
    }

private:
    QTranslator m_english;
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
