// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/schemausage.h"
#include "support/testdocuments.h"

#include <QTest>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

QStringList keys(const QList<const Operation *> &operations)
{
    QStringList list;
    for (const Operation *op : operations)
        list << op->key;
    return list;
}

} // namespace

class TestSchemaUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitiveUse()
    {
        const auto catalog = catalogFromText(R"(openapi: 3.0.3
info: {title: Usage, version: '1'}
paths:
  /alerts:
    get:
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Alert'}}}}
        '404': {$ref: '#/components/responses/NotFound'}
  /hosts/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {$ref: '#/components/schemas/HostId'}}
    post:
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Host/properties/name'}}}
      responses: {'204': {description: done}}
  /health:
    get: {responses: {'200': {description: ok}}}
components:
  responses:
    NotFound:
      description: missing
      content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
  schemas:
    Alert:
      type: object
      properties:
        host: {$ref: '#/components/schemas/Host'}
        parent: {$ref: '#/components/schemas/Alert'}
    Host:
      type: object
      properties: {name: {type: string}, owner: {$ref: '#/components/schemas/Person'}}
    Person: {type: object}
    HostId: {type: string}
    Problem: {type: object}
    Unused: {type: object}
)");
        QVERIFY(catalog);
        const SchemaUsage usage = SchemaUsage::build(*catalog);
        QCOMPARE(usage.schemaNames(),
                 (QStringList{
                     u"Alert"_s, u"Host"_s, u"Person"_s, u"HostId"_s, u"Problem"_s, u"Unused"_s}));
        QVERIFY(usage.schema(u"Alert"_s));
        QCOMPARE(keys(usage.usedBy(u"Alert"_s)), QStringList{u"GET /alerts"_s});
        // Through Alert, and directly (a pointer into Host) from the POST.
        QCOMPARE(keys(usage.usedBy(u"Host"_s)),
                 (QStringList{u"GET /alerts"_s, u"POST /hosts/{id}"_s}));
        QCOMPARE(keys(usage.usedBy(u"Person"_s)),
                 (QStringList{u"GET /alerts"_s, u"POST /hosts/{id}"_s}));
        // A path-level parameter, and a response component.
        QCOMPARE(keys(usage.usedBy(u"HostId"_s)), QStringList{u"POST /hosts/{id}"_s});
        QCOMPARE(keys(usage.usedBy(u"Problem"_s)), QStringList{u"GET /alerts"_s});
        QVERIFY(usage.usedBy(u"Unused"_s).isEmpty());
        QCOMPARE(usage.referencedBy(u"Host"_s), QStringList{u"Alert"_s});
        QCOMPARE(usage.referencedBy(u"Alert"_s), QStringList{}); // itself does not count
    }

    void oxaFixture()
    {
        const QString path = oxaFixturePath();
        if (path.isEmpty())
            QSKIP("the OXA fixture is not beside the checkout");
        const CatalogLoad load = Catalog::load(path);
        QVERIFY(load.catalog);
        const SchemaUsage usage = SchemaUsage::build(*load.catalog);
        QVERIFY(usage.schemaNames().size() > 10);
        int used = 0;
        for (const QString &name : usage.schemaNames())
            used += usage.usedBy(name).isEmpty() ? 0 : 1;
        QVERIFY(used > 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaUsage)
#include "tst_schemausage.moc"
