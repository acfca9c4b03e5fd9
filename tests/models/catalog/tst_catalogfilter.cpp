// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalogfilter.h"
#include "support/testdocuments.h"

#include <QTest>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

class TestCatalogFilter : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;
    std::vector<OperationSearchText> m_texts;

    QStringList matching(const QString &query)
    {
        const CatalogFilter filter = CatalogFilter::parse(query);
        if (!filter.isValid())
            qWarning() << "invalid:" << query << filter.problems().front().message;
        QStringList ids;
        for (const OperationSearchText &text : m_texts) {
            if (filter.matches(text))
                ids << text.operation->operationId;
        }
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = catalogFromText(browsingDocument());
        QVERIFY(m_catalog);
        QCOMPARE(m_catalog->operations().size(), 8);
        for (const Operation &op : m_catalog->operations())
            m_texts.emplace_back(op);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{u"countAlerts"_s,
                              u"deleteAlert"_s,
                              u"getAlert"_s,
                              u"isolateHost"_s,
                              u"legacyLookup"_s,
                              u"listAlerts"_s,
                              u"lookupIp"_s,
                              u"updateSettings"_s};
        QTest::newRow("empty") << u""_s << QStringList(all);
        QTest::newRow("blank") << u"   "_s << QStringList(all);
        QTest::newRow("method") << u"method:delete"_s << QStringList{u"deleteAlert"_s};
        QTest::newRow("method prefix and list")
            << u"method:pu,po"_s << QStringList{u"isolateHost"_s, u"updateSettings"_s};
        QTest::newRow("method is not case sensitive")
            << u"METHOD:Post"_s << QStringList{u"isolateHost"_s};
        QTest::newRow("tag part") << u"tag:ale"_s
                                  << QStringList{u"deleteAlert"_s,
                                                 u"getAlert"_s,
                                                 u"isolateHost"_s,
                                                 u"listAlerts"_s};
        QTest::newRow("capability") << u"capability:response"_s << QStringList{u"isolateHost"_s};
        QTest::newRow("capability list")
            << u"cap:response,admin"_s
            << QStringList{u"deleteAlert"_s, u"isolateHost"_s, u"updateSettings"_s};
        QTest::newRow("cap alias")
            << u"cap:admin"_s << QStringList{u"deleteAlert"_s, u"updateSettings"_s};
        QTest::newRow("risk") << u"risk:destructive"_s << QStringList{u"deleteAlert"_s};
        QTest::newRow("path") << u"path:/cti"_s << QStringList{u"legacyLookup"_s, u"lookupIp"_s};
        QTest::newRow("deprecated") << u"deprecated:true"_s << QStringList{u"legacyLookup"_s};
        QTest::newRow("not deprecated, path")
            << u"path:/cti deprecated:false"_s << QStringList{u"lookupIp"_s};
        QTest::newRow("id") << u"id:alert"_s
                            << QStringList{u"countAlerts"_s,
                                           u"deleteAlert"_s,
                                           u"getAlert"_s,
                                           u"listAlerts"_s};
        QTest::newRow("free word in summary") << u"isolate"_s << QStringList{u"isolateHost"_s};
        QTest::newRow("free word in description")
            << u"intelligence"_s << QStringList{u"lookupIp"_s};
        QTest::newRow("free word in operationId")
            << u"updatesett"_s << QStringList{u"updateSettings"_s};
        QTest::newRow("free words all hold") << u"alert get"_s << QStringList{u"getAlert"_s};
        QTest::newRow("quoted phrase")
            << u"\"an alert\""_s << QStringList{u"deleteAlert"_s, u"getAlert"_s};
        QTest::newRow("negated word")
            << u"alert -delete -count -list"_s << QStringList{u"getAlert"_s};
        QTest::newRow("negated field")
            << u"tag:alerts !method:get"_s << QStringList{u"deleteAlert"_s, u"isolateHost"_s};
        QTest::newRow("the issue's example")
            << u"method:post tag:alerts capability:response risk:response path:/hosts deprecated:false isolate"_s
            << QStringList{u"isolateHost"_s};
        QTest::newRow("nothing") << u"zebra"_s << QStringList{};
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QVERIFY(CatalogFilter::parse(query).isValid());
        QCOMPARE(matching(query), expected);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown field") << u"tag:x colour:red"_s << 6 << 6 << u"colour"_s;
        QTest::newRow("unknown method") << u"method:fetch"_s << 0 << 12 << u"fetch"_s;
        QTest::newRow("ambiguous risk") << u"risk:re"_s << 0 << 7 << u"read"_s;
        QTest::newRow("empty value") << u"path:"_s << 0 << 5 << u"path"_s;
        QTest::newRow("unterminated quote") << u"tag:\"threat"_s << 4 << 7 << u""_s;
        QTest::newRow("bare negation") << u"alerts - x"_s << 7 << 1 << u""_s;
        QTest::newRow("two deprecated values")
            << u"deprecated:true,false"_s << 0 << 21 << u"deprecated"_s;
        QTest::newRow("unknown capability") << u"capability:attack"_s << 0 << 17 << u"enrichment"_s;
    }

    void problems()
    {
        QFETCH(QString, query);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(QString, mentions);
        const CatalogFilter filter = CatalogFilter::parse(query);
        QVERIFY(!filter.isValid());
        QVERIFY(!filter.isEmpty());
        QCOMPARE(filter.problems().size(), 1);
        const CatalogFilter::Problem &problem = filter.problems().front();
        QCOMPARE(problem.start, start);
        QCOMPARE(problem.length, length);
        QVERIFY2(problem.message.contains(mentions), qPrintable(problem.message));
        // An invalid filter matches nothing, so a view can keep its last valid result.
        for (const OperationSearchText &text : m_texts)
            QVERIFY(!filter.matches(text));
    }

    void quotedColonIsText()
    {
        const CatalogFilter filter = CatalogFilter::parse(u"\"colour:red\""_s);
        QVERIFY(filter.isValid());
        QCOMPARE(filter.terms().size(), 1);
        QCOMPARE(filter.terms().front().field, CatalogFilter::Field::Text);
        QCOMPARE(filter.terms().front().values, QStringList{u"colour:red"_s});
    }

    void highlights()
    {
        const CatalogFilter filter
            = CatalogFilter::parse(u"Isolate path:/Hosts -legacy method:post id:Host \"a host\""_s);
        QVERIFY(filter.isValid());
        QCOMPARE(filter.highlights(),
                 (QStringList{u"isolate"_s, u"/hosts"_s, u"host"_s, u"a host"_s}));
    }

    void termPositions()
    {
        const CatalogFilter filter = CatalogFilter::parse(u"  method:get  -tag:\"a b\" word"_s);
        QVERIFY(filter.isValid());
        QCOMPARE(filter.terms().size(), 3);
        QCOMPARE(filter.terms()[0].start, 2);
        QCOMPARE(filter.terms()[0].length, 10);
        QCOMPARE(filter.terms()[1].start, 14);
        QCOMPARE(filter.terms()[1].length, 10);
        QVERIFY(filter.terms()[1].negated);
        QCOMPARE(filter.terms()[2].start, 25);
    }

    void completionLists()
    {
        QVERIFY(CatalogFilter::fieldNames().contains(u"capability"_s));
        QCOMPARE(CatalogFilter::fieldValues(CatalogFilter::Field::Risk),
                 (QStringList{u"read"_s, u"write"_s, u"response"_s, u"destructive"_s}));
        QVERIFY(CatalogFilter::fieldValues(CatalogFilter::Field::Path).isEmpty());
    }

    void oxaResponses()
    {
        const QString path = oxaFixturePath();
        if (path.isEmpty())
            QSKIP("the OXA fixture is not beside the checkout");
        const CatalogLoad load = Catalog::load(path);
        QVERIFY(load.catalog);
        const CatalogFilter filter = CatalogFilter::parse(u"capability:response"_s);
        int count = 0;
        for (const Operation &op : load.catalog->operations()) {
            if (filter.matches(OperationSearchText(op))) {
                ++count;
                QCOMPARE(op.capability, Capability::Response);
            }
        }
        QVERIFY(count > 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalogFilter)
#include "tst_catalogfilter.moc"
