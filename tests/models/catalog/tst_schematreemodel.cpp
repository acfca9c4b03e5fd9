// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/schematreemodel.h"
#include "support/testdocuments.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kDocument = R"(openapi: 3.0.3
info: {title: Schemas, version: '1'}
paths: {}
components:
  schemas:
    Alert:
      type: object
      required: [id, severity]
      properties:
        id: {type: string, format: uuid, readOnly: true}
        severity: {type: integer, minimum: 1, maximum: 5, description: "How bad.\nSecond line."}
        status: {type: string, enum: [new, open, closed], default: new}
        score: {type: number, minimum: 0, exclusiveMinimum: true, nullable: true}
        tags: {type: array, items: {type: string, pattern: '^[a-z]+$'}, maxItems: 10, uniqueItems: true}
        host: {$ref: '#/components/schemas/Host'}
        related: {type: array, items: {$ref: '#/components/schemas/Alert'}}
        broken: {$ref: '#/components/schemas/Missing'}
        extra: {type: object, additionalProperties: {type: integer}}
    Host:
      type: object
      properties:
        name: {type: string, maxLength: 255}
        parent: {$ref: '#/components/schemas/Host'}
    Observable:
      discriminator: {propertyName: kind}
      oneOf:
        - {$ref: '#/components/schemas/Host'}
        - {type: object, properties: {kind: {type: string, enum: [ip]}}}
      allOf:
        - {type: object}
    Loose:
      type: object
      properties:
        free: {}
        described: {description: Whatever the sensor sends.}
        short: {maxLength: 3}
        fixed: {enum: [1, two]}
    Many:
      type: string
      enum: [a, b, c, d, e, f, g, h, i, j]
)";

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name || index.data().toString() == name + u" *"_s)
            return index;
    }
    return {};
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestSchemaTreeModel : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

    NodeRef schema(const char *name) const
    {
        return m_catalog->document().root().get("components").get("schemas").get(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Diagnostics diagnostics;
        m_catalog = catalogFromText(kDocument, u"doc.yaml"_s, &diagnostics);
        QVERIFY(m_catalog);
    }

    void properties()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(m_catalog->documentPointer(), schema("Alert"), u"Alert"_s);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(cell(root, SchemaTreeModel::TypeColumn), u"object"_s);
        QCOMPARE(model.rowCount(root), 9);

        const QModelIndex id = child(model, root, u"id"_s);
        QCOMPARE(id.data().toString(), u"id *"_s);
        QVERIFY(id.data(SchemaTreeModel::RequiredRole).toBool());
        QCOMPARE(cell(id, SchemaTreeModel::TypeColumn), u"string (uuid)"_s);
        QCOMPARE(cell(id, SchemaTreeModel::ConstraintsColumn), u"read-only"_s);

        const QModelIndex severity = child(model, root, u"severity"_s);
        QCOMPARE(cell(severity, SchemaTreeModel::ConstraintsColumn), u"≥ 1; ≤ 5"_s);
        QCOMPARE(cell(severity, SchemaTreeModel::DescriptionColumn), u"How bad."_s);
        QCOMPARE(severity.siblingAtColumn(SchemaTreeModel::DescriptionColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 u"How bad.\nSecond line."_s);

        const QModelIndex status = child(model, root, u"status"_s);
        QVERIFY(!status.data(SchemaTreeModel::RequiredRole).toBool());
        QCOMPARE(cell(status, SchemaTreeModel::ConstraintsColumn),
                 u"one of: \"new\", \"open\", \"closed\"; default \"new\""_s);

        QCOMPARE(cell(child(model, root, u"score"_s), SchemaTreeModel::TypeColumn),
                 u"number, nullable"_s);
        QCOMPARE(cell(child(model, root, u"score"_s), SchemaTreeModel::ConstraintsColumn), u"> 0"_s);

        const QModelIndex tags = child(model, root, u"tags"_s);
        QCOMPARE(cell(tags, SchemaTreeModel::TypeColumn), u"array<string>"_s);
        QCOMPARE(cell(tags, SchemaTreeModel::ConstraintsColumn), u"items ≤ 10; unique items"_s);
        QCOMPARE(cell(child(model, tags, u"[items]"_s), SchemaTreeModel::ConstraintsColumn),
                 u"pattern ^[a-z]+$"_s);

        const QModelIndex extra = child(model, root, u"extra"_s);
        QCOMPARE(cell(child(model, extra, u"additional properties"_s), SchemaTreeModel::TypeColumn),
                 u"integer"_s);
    }

    void references()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(m_catalog->documentPointer(), schema("Alert"), u"Alert"_s);
        const QModelIndex root = model.index(0, 0);
        const QModelIndex host = child(model, root, u"host"_s);
        QCOMPARE(host.data(SchemaTreeModel::ReferenceNameRole).toString(), u"Host"_s);
        QCOMPARE(cell(host, SchemaTreeModel::TypeColumn), u"Host · object"_s);
        QVERIFY(!host.data(SchemaTreeModel::CircularRole).toBool());
        // Host → parent is Host again: shown, marked, not expanded.
        const QModelIndex parent = child(model, host, u"parent"_s);
        QVERIFY(parent.data(SchemaTreeModel::CircularRole).toBool());
        QVERIFY(cell(parent, SchemaTreeModel::TypeColumn).contains(u"circular"_s));
        QVERIFY(!model.hasChildren(parent));
        QCOMPARE(model.rowCount(parent), 0);

        const QModelIndex related = child(model, root, u"related"_s);
        QCOMPARE(cell(related, SchemaTreeModel::TypeColumn), u"array<Alert>"_s);
        QVERIFY(child(model, related, u"[items]"_s).data(SchemaTreeModel::CircularRole).toBool());

        const QModelIndex broken = child(model, root, u"broken"_s);
        QVERIFY(broken.data(SchemaTreeModel::UnresolvedRole).toBool());
        QVERIFY(
            cell(broken, SchemaTreeModel::TypeColumn).contains(u"#/components/schemas/Missing"_s));
        QVERIFY(!model.hasChildren(broken));
    }

    void variants()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(m_catalog->documentPointer(), schema("Observable"), u"Observable"_s);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(cell(root, SchemaTreeModel::TypeColumn), u"one of"_s);
        QCOMPARE(cell(root, SchemaTreeModel::ConstraintsColumn), u"discriminator kind"_s);
        QStringList names;
        for (int row = 0; row < model.rowCount(root); ++row)
            names << model.index(row, 0, root).data().toString();
        QCOMPARE(names, (QStringList{u"all of #1"_s, u"one of #1"_s, u"one of #2"_s}));
        QCOMPARE(cell(model.index(1, 0, root), SchemaTreeModel::TypeColumn), u"Host · object"_s);
    }

    void schemasWithoutAType()
    {
        SchemaTreeModel model;
        model.setSchema(m_catalog->documentPointer(), schema("Loose"), u"Loose"_s);
        const QModelIndex root = model.index(0, 0);
        // No type, no variants: any value is accepted, and the tree says so.
        QCOMPARE(cell(child(model, root, u"free"_s), SchemaTreeModel::TypeColumn), u"anything"_s);
        QCOMPARE(cell(child(model, root, u"described"_s), SchemaTreeModel::TypeColumn),
                 u"anything"_s);
        const QModelIndex shortText = child(model, root, u"short"_s);
        QCOMPARE(cell(shortText, SchemaTreeModel::TypeColumn), u"anything"_s);
        QCOMPARE(cell(shortText, SchemaTreeModel::ConstraintsColumn), u"length ≤ 3"_s);
        // Listed values say more than "anything": the constraints column shows them.
        const QModelIndex fixed = child(model, root, u"fixed"_s);
        QCOMPARE(cell(fixed, SchemaTreeModel::TypeColumn), QString());
        QCOMPARE(cell(fixed, SchemaTreeModel::ConstraintsColumn), u"one of: 1, \"two\""_s);
    }

    void longEnumsAreCut()
    {
        SchemaTreeModel model;
        model.setSchema(m_catalog->documentPointer(), schema("Many"), u"Many"_s);
        const QString constraints = cell(model.index(0, 0), SchemaTreeModel::ConstraintsColumn);
        QVERIFY(constraints.contains(u"\"h\""_s));
        QVERIFY(!constraints.contains(u"\"i\""_s));
        QVERIFY(constraints.contains(u"10 in all"_s));
    }

    void referenceNames()
    {
        QCOMPARE(SchemaTreeModel::referenceName(u"#/components/schemas/Alert"_s), u"Alert"_s);
        QCOMPARE(SchemaTreeModel::referenceName(u"common.yaml#/defs/a~1b%20c"_s), u"a/b c"_s);
        QCOMPARE(SchemaTreeModel::referenceName(u"https://x.example/schemas/host.json"_s),
                 u"host.json"_s);
    }

    void manyProperties()
    {
        QByteArray text
            = "openapi: 3.0.3\ninfo: {title: Wide, version: '1'}\npaths: {}\n"
              "components:\n  schemas:\n    Wide:\n      type: object\n      properties:\n";
        for (int i = 0; i < SchemaTreeModel::kMaxChildren + 5; ++i)
            text += "        p" + QByteArray::number(i) + ": {type: string}\n";
        const auto catalog = catalogFromText(text);
        QVERIFY(catalog);
        SchemaTreeModel model;
        model.setSchema(catalog->documentPointer(),
                        catalog->document().root().get("components").get("schemas").get("Wide"),
                        u"Wide"_s);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), SchemaTreeModel::kMaxChildren + 1);
        QCOMPARE(model.index(SchemaTreeModel::kMaxChildren, 0, root).data().toString(),
                 u"… 5 more"_s);
    }
};

QTEST_GUILESS_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"
