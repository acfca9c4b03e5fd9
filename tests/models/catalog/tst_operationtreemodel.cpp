// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/operationtreemodel.h"
#include "support/testdocuments.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

/** The tree as indented text: groups with their counts, operations by key. */
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString text;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString key = index.data(OperationTreeModel::OperationKeyRole).toString();
        text += QString(depth * 2, u' ') + (key.isEmpty() ? index.data().toString() : key) + u'\n';
        text += dump(model, index, depth + 1);
    }
    return text;
}

int countOperations(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(OperationTreeModel::NodeKindRole).toInt()
            == int(OperationTreeModel::NodeKind::Operation))
            ++count;
        count += countOperations(model, index);
    }
    return count;
}

} // namespace

class TestOperationTreeModel : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = catalogFromText(browsingDocument());
        QVERIFY(m_catalog);
    }

    void capabilityThenTag()
    {
        OperationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog);
        // An operation with two tags appears under each, and counts once in its capability.
        QCOMPARE(dump(model),
                 u"Enrichment (4)\n"
                 "  Alerts (2)\n"
                 "    GET /alerts\n"
                 "    GET /alerts/{uuid}\n"
                 "  CTI (2)\n"
                 "    GET /cti/ip/{ip}\n"
                 "    GET /cti/legacy\n"
                 "Response (1)\n"
                 "  Hosts (1)\n"
                 "    POST /hosts/{id}/isolate\n"
                 "  Alerts (1)\n"
                 "    POST /hosts/{id}/isolate\n"
                 "Telemetry (1)\n"
                 "  Untagged (1)\n"
                 "    GET /stats/alerts/count\n"
                 "Administration (2)\n"
                 "  Alerts (1)\n"
                 "    DELETE /alerts/{uuid}\n"
                 "  Admin (1)\n"
                 "    PUT /settings\n"_s);
    }

    void tagThenPath()
    {
        OperationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog);
        model.setGrouping(OperationTreeModel::Grouping::TagPath);
        QCOMPARE(dump(model),
                 u"Alerts (4)\n"
                 "  /alerts (1)\n"
                 "    GET /alerts\n"
                 "  /alerts/{uuid} (2)\n"
                 "    DELETE /alerts/{uuid}\n"
                 "    GET /alerts/{uuid}\n"
                 "  /hosts/{id}/isolate (1)\n"
                 "    POST /hosts/{id}/isolate\n"
                 "CTI (2)\n"
                 "  /cti/ip/{ip} (1)\n"
                 "    GET /cti/ip/{ip}\n"
                 "  /cti/legacy (1)\n"
                 "    GET /cti/legacy\n"
                 "Hosts (1)\n"
                 "  /hosts/{id}/isolate (1)\n"
                 "    POST /hosts/{id}/isolate\n"
                 "Admin (1)\n"
                 "  /settings (1)\n"
                 "    PUT /settings\n"
                 "Untagged (1)\n"
                 "  /stats/alerts/count (1)\n"
                 "    GET /stats/alerts/count\n"_s);
    }

    void flat()
    {
        OperationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrouping(OperationTreeModel::Grouping::Flat);
        model.setCatalog(m_catalog);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(countOperations(model), 8);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowCount(model.index(row, 0)), 0);
    }

    void filtering()
    {
        OperationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &OperationTreeModel::matchingCountChanged);
        model.setCatalog(m_catalog);
        model.setFilter(CatalogFilter::parse(u"tag:alerts"_s));
        QCOMPARE(model.matchingOperationCount(), 4);
        QCOMPARE(model.totalOperationCount(), 8);
        QCOMPARE(counts.last(), (QVariantList{4, 8}));
        // Empty groups disappear; counts follow the filter.
        QCOMPARE(dump(model),
                 u"Enrichment (2)\n"
                 "  Alerts (2)\n"
                 "    GET /alerts\n"
                 "    GET /alerts/{uuid}\n"
                 "Response (1)\n"
                 "  Hosts (1)\n"
                 "    POST /hosts/{id}/isolate\n"
                 "  Alerts (1)\n"
                 "    POST /hosts/{id}/isolate\n"
                 "Administration (1)\n"
                 "  Alerts (1)\n"
                 "    DELETE /alerts/{uuid}\n"_s);

        // An invalid filter leaves the last valid result.
        model.setFilter(CatalogFilter::parse(u"tag:alerts colour:red"_s));
        QCOMPARE(model.matchingOperationCount(), 4);

        model.setFilter(CatalogFilter::parse(u"isolate"_s));
        QCOMPARE(model.matchingOperationCount(), 1);
        const QModelIndex isolate = model.indexForOperation(u"POST /hosts/{id}/isolate"_s);
        QVERIFY(isolate.isValid());
        QCOMPARE(isolate.data(OperationTreeModel::HighlightsRole).toStringList(),
                 QStringList{u"isolate"_s});

        model.setFilter(CatalogFilter::parse(u"zebra"_s));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexForOperation(u"POST /hosts/{id}/isolate"_s).isValid());
        model.setFilter(CatalogFilter());
        QCOMPARE(model.matchingOperationCount(), 8);
    }

    void roles()
    {
        OperationTreeModel model;
        model.setCatalog(m_catalog);
        const QModelIndex legacy = model.indexForOperation(u"GET /cti/legacy"_s);
        QVERIFY(legacy.isValid());
        QCOMPARE(legacy.data(OperationTreeModel::DeprecatedRole).toBool(), true);
        QCOMPARE(legacy.data(OperationTreeModel::MethodRole).toString(), u"GET"_s);
        QCOMPARE(legacy.data(OperationTreeModel::PathRole).toString(), u"/cti/legacy"_s);
        QCOMPARE(legacy.data(OperationTreeModel::OperationIdRole).toString(), u"legacyLookup"_s);
        QVERIFY(legacy.data().toString().contains(u"Old look-up"_s));
        QVERIFY(legacy.data().toString().contains(u"deprecated"_s));
        QCOMPARE(model.operation(legacy), m_catalog->operationByKey(u"GET /cti/legacy"_s));

        const QModelIndex remove = model.indexForOperation(u"DELETE /alerts/{uuid}"_s);
        QCOMPARE(remove.data(OperationTreeModel::RiskRole).toInt(), int(Risk::Destructive));
        const QModelIndex isolate = model.indexForOperation(u"POST /hosts/{id}/isolate"_s);
        QCOMPARE(isolate.data(OperationTreeModel::CapabilityRole).toInt(),
                 int(Capability::Response));
        QVERIFY(isolate.data(Qt::ToolTipRole).toString().contains(u"Risk"_s));

        const QModelIndex group = isolate.parent().parent();
        QCOMPARE(group.data(OperationTreeModel::LabelRole).toString(), u"Response"_s);
        QCOMPARE(group.data(OperationTreeModel::CountRole).toInt(), 1);
        QVERIFY(!model.operation(group));
    }

    void groupPaths()
    {
        OperationTreeModel model;
        model.setCatalog(m_catalog);
        const QModelIndex isolate = model.indexForOperation(u"POST /hosts/{id}/isolate"_s);
        const QString path = model.groupPath(isolate.parent());
        QCOMPARE(path, u"capability:response/tag:Hosts"_s);
        model.setFilter(CatalogFilter::parse(u"method:post"_s));
        const QModelIndex again = model.indexForGroupPath(path);
        QVERIFY(again.isValid());
        QCOMPARE(again.data(OperationTreeModel::LabelRole).toString(), u"Hosts"_s);
        QVERIFY(model.groupPath(model.indexForOperation(u"POST /hosts/{id}/isolate"_s)).isEmpty());
        QCOMPARE(model.groupIndexes().size(), 3); // Response, Hosts, Alerts
    }

    void preparedSearchIndex()
    {
        // An index built elsewhere (the loading thread) gives the same tree as setCatalog.
        OperationTreeModel built;
        built.setCatalog(m_catalog);
        OperationTreeModel prepared;
        QAbstractItemModelTester tester(&prepared,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        prepared.setFilter(CatalogFilter::parse(u"method:post"_s));
        const auto index = std::make_shared<const OperationSearchIndex>(m_catalog);
        QCOMPARE(index->texts().size(), size_t(m_catalog->operations().size()));
        QCOMPARE(index->texts().front().operation, &m_catalog->operations().front());
        prepared.setSearchIndex(index);
        QCOMPARE(prepared.catalog(), m_catalog.get());
        built.setFilter(CatalogFilter::parse(u"method:post"_s));
        QCOMPARE(prepared.matchingOperationCount(), built.matchingOperationCount());
        QVERIFY(prepared.matchingOperationCount() > 0);
        QVERIFY(prepared.matchingOperationCount() < prepared.totalOperationCount());
        prepared.setSearchIndex(nullptr);
        QCOMPARE(prepared.rowCount(), 0);
        QCOMPARE(prepared.catalog(), nullptr);
    }

    void noCatalog()
    {
        OperationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setCatalog(m_catalog);
        model.setCatalog(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalOperationCount(), 0);
    }

    void oxaFixture()
    {
        const QString path = oxaFixturePath();
        if (path.isEmpty())
            QSKIP("the OXA fixture is not beside the checkout");
        const CatalogLoad load = Catalog::load(path);
        QVERIFY(load.catalog);
        OperationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrouping(OperationTreeModel::Grouping::Flat);
        model.setCatalog(load.catalog);
        QCOMPARE(model.rowCount(), 379);
        QCOMPARE(model.matchingOperationCount(), 379);
        model.setGrouping(OperationTreeModel::Grouping::CapabilityTag);
        // Every operation is somewhere under a capability and a tag.
        QSet<QString> keys;
        for (int c = 0; c < model.rowCount(); ++c) {
            const QModelIndex capability = model.index(c, 0);
            for (int t = 0; t < model.rowCount(capability); ++t) {
                const QModelIndex tag = model.index(t, 0, capability);
                for (int o = 0; o < model.rowCount(tag); ++o)
                    keys.insert(
                        model.index(o, 0, tag).data(OperationTreeModel::OperationKeyRole).toString());
            }
        }
        QCOMPARE(keys.size(), 379);
    }
};

QTEST_GUILESS_MAIN(TestOperationTreeModel)
#include "tst_operationtreemodel.moc"
