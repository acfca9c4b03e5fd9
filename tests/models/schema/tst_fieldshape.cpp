// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/jsonreader.h"
#include "schema/fieldshape.h"
#include "schema/schemaset.h"

#include <QTest>

using namespace Oxa;

Q_DECLARE_METATYPE(Oxa::FieldShape)

class TestFieldShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void nullableAlternativeIsClearable();
    void allOfMergesProperties();
    void variantsAreNamed();
    void fieldsShownFirst_data();
    void fieldsShownFirst();
    void referenceWithSiblingsAddsItsTarget();
    void brokenReferenceFallsBackToJson();
};

namespace {

struct Compiled
{
    explicit Compiled(const QByteArray &text, SchemaDialect dialect = SchemaDialect::Draft202012)
        : set(dialect)
    {
        auto tree = std::make_shared<JsonTree>(text, SourceFormat::Json);
        Diagnostics findings;
        if (JsonReader::read(*tree, LoadLimits(), findings)) {
            set.addDocument(QStringLiteral("https://example.test/s.json"), tree, dialect);
            schema = set.compileDocument(QStringLiteral("https://example.test/s.json"));
        }
    }
    FieldDescription field() const { return describeField(set, schema); }

    SchemaSet set;
    const Schema *schema = nullptr;
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

void TestFieldShape::shapes_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<FieldShape>("shape");
    QTest::addColumn<bool>("nullable");
    QTest::newRow("text") << QByteArray(R"({"type": "string"})") << FieldShape::Text << false;
    QTest::newRow("long text") << QByteArray(R"({"type": "string", "maxLength": 4000})")
                               << FieldShape::MultiLine << false;
    QTest::newRow("password") << QByteArray(R"({"type": "string", "format": "password"})")
                              << FieldShape::Secret << false;
    QTest::newRow("writeOnly") << QByteArray(R"({"type": "string", "writeOnly": true})")
                               << FieldShape::Secret << false;
    QTest::newRow("integer") << QByteArray(R"({"type": "integer", "minimum": 1})")
                             << FieldShape::Integer << false;
    QTest::newRow("number or null")
        << QByteArray(R"({"type": ["number", "null"]})") << FieldShape::Number << true;
    QTest::newRow("boolean") << QByteArray(R"({"type": "boolean"})") << FieldShape::Boolean
                             << false;
    QTest::newRow("enum") << QByteArray(R"({"type": "string", "enum": ["a", "b", null]})")
                          << FieldShape::Enum << true;
    QTest::newRow("date") << QByteArray(R"({"type": "string", "format": "date"})")
                          << FieldShape::Date << false;
    QTest::newRow("date-time") << QByteArray(R"({"type": "string", "format": "date-time"})")
                               << FieldShape::DateTime << false;
    QTest::newRow("ipv4") << QByteArray(R"({"type": "string", "format": "ipv4"})")
                          << FieldShape::Formatted << false;
    QTest::newRow("binary") << QByteArray(R"({"type": "string", "format": "binary"})")
                            << FieldShape::File << false;
    QTest::newRow("contentMediaType")
        << QByteArray(R"({"type": "string", "contentMediaType": "image/png"})") << FieldShape::File
        << false;
    QTest::newRow("json content") << QByteArray(
        R"({"type": "string", "contentMediaType": "application/json"})")
                                  << FieldShape::Text << false;
    QTest::newRow("strings") << QByteArray(
        R"({"type": "array", "items": {"type": "string", "format": "ipv4"}})")
                             << FieldShape::StringList << false;
    QTest::newRow("enum array") << QByteArray(R"({"type": "array", "items": {"enum": ["a", "b"]}})")
                                << FieldShape::Array << false;
    QTest::newRow("objects") << QByteArray(
        R"({"type": "array", "items": {"type": "object", "properties": {"a": {}}}})")
                             << FieldShape::Array << false;
    QTest::newRow("array without items")
        << QByteArray(R"({"type": "array"})") << FieldShape::FreeJson << false;
    QTest::newRow("object") << QByteArray(R"({"properties": {"a": {"type": "string"}}})")
                            << FieldShape::Object << false;
    QTest::newRow("map") << QByteArray(
        R"({"type": "object", "additionalProperties": {"type": "integer"}})")
                         << FieldShape::Map << false;
    QTest::newRow("free object") << QByteArray(R"({"type": "object"})") << FieldShape::FreeJson
                                 << false;
    QTest::newRow("nothing") << QByteArray(R"({})") << FieldShape::FreeJson << false;
    QTest::newRow("oneOf") << QByteArray(R"({"oneOf": [{"type": "string"}, {"type": "integer"}]})")
                           << FieldShape::Variant << false;
}

void TestFieldShape::shapes()
{
    QFETCH(QByteArray, schema);
    QFETCH(FieldShape, shape);
    QFETCH(bool, nullable);
    const Compiled c(schema);
    QVERIFY(c.schema);
    const FieldDescription field = c.field();
    QCOMPARE(int(field.shape), int(shape));
    QCOMPARE(field.nullable, nullable);
}

void TestFieldShape::nullableAlternativeIsClearable()
{
    const Compiled c(
        R"({"$defs": {"When": {"type": "string", "format": "date-time", "title": "When"}},
        "anyOf": [{"$ref": "#/$defs/When"}, {"type": "null"}]})");
    const FieldDescription field = c.field();
    QCOMPARE(int(field.shape), int(FieldShape::DateTime));
    QVERIFY(field.nullable);
    QCOMPARE(field.schema->title, QStringLiteral("When"));
}

void TestFieldShape::allOfMergesProperties()
{
    const Compiled c(
        R"({"$defs": {"Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "name": {}}}},
        "allOf": [{"$ref": "#/$defs/Base"}, {"properties": {"name": {"type": "string"}, "severity": {"type": "integer"}}, "required": ["severity"]}]})");
    const FieldDescription field = c.field();
    QCOMPARE(int(field.shape), int(FieldShape::Object));
    const auto properties = objectProperties(field);
    QCOMPARE(properties.size(), size_t(3));
    QCOMPARE(properties[0].name, std::string_view("id"));
    QCOMPARE(properties[2].name, std::string_view("severity"));
    QVERIFY(objectRequires(field, "id"));
    QVERIFY(objectRequires(field, "severity"));
    QVERIFY(!objectRequires(field, "name"));
}

void TestFieldShape::referenceWithSiblingsAddsItsTarget()
{
    // 2020-12 applies a $ref and the keywords beside it; OpenAPI 3.0 ignores the siblings.
    const QByteArray text
        = R"({"$defs": {"Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}},
        "$ref": "#/$defs/Base", "properties": {"note": {"type": "string"}}})";
    const Compiled modern(text);
    const auto properties = objectProperties(modern.field());
    QCOMPARE(int(modern.field().shape), int(FieldShape::Object));
    QCOMPARE(properties.size(), size_t(2));
    QVERIFY(objectRequires(modern.field(), "id"));
    const Compiled old(QByteArray(text).replace("$defs", "definitions"), SchemaDialect::OpenApi30);
    QCOMPARE(objectProperties(old.field()).size(), size_t(1));
}

void TestFieldShape::variantsAreNamed()
{
    const Compiled c(
        R"({"$defs": {"Ip": {"type": "object", "properties": {"ip": {}}}, "Hash": {"title": "File hash", "type": "object", "properties": {"sha256": {}}}},
        "oneOf": [{"$ref": "#/$defs/Ip"}, {"$ref": "#/$defs/Hash"}, {"type": "string"}, {"type": "null"}]})");
    const FieldDescription field = c.field();
    QCOMPARE(int(field.shape), int(FieldShape::Variant));
    QVERIFY(field.nullable);
    QCOMPARE(field.alternativeNames, list({"Ip", "File hash", "string"}));

    // §11: "Variant 1 / Variant 2". Without titles, alternatives are told apart by their
    // format, their constant, their required properties; names they share get their place.
    const Compiled bare(
        R"({"oneOf": [{"type": "string", "format": "ipv4"}, {"type": "string", "format": "ipv6"},)"
        R"( {"const": "any"}, {"type": "object", "required": ["sha256"], "properties": {"md5": {}, "sha256": {}}},)"
        R"( {"type": "object", "properties": {"a": {}, "b": {}, "c": {}, "d": {}}}, {"type": "integer"},)"
        R"( {"type": "integer", "minimum": 5}, {"minLength": 3}]})");
    QCOMPARE(bare.field().alternativeNames,
             list({"IPv4",
                   "IPv6",
                   "\"any\"",
                   "with sha256",
                   "with a, b, c, …",
                   "integer (variant 6)",
                   "integer (variant 7)",
                   "Variant 8"}));
}

void TestFieldShape::fieldsShownFirst_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("required only") << QByteArray(
        R"({"type": "object", "required": ["b"], "properties": {"a": {}, "b": {}, "c": {}}})")
                                   << list({"b"});
    // "2 fields" and nothing to type in: a small object with nothing required shows them all.
    QTest::newRow("small, none required")
        << QByteArray(R"({"type": "object", "properties": {"a": {}, "b": {}}})")
        << list({"a", "b"});
    QTest::newRow("wide, identifying names and examples") << QByteArray(
        R"({"type": "object", "properties": {"comment": {}, "ip": {}, "ttl": {"examples": [60]},)"
        R"( "tags": {}, "source": {}, "mode": {"default": "fast"}, "Value": {}, "id": {}, "x": {}}})")
                                                          << list({"ip", "ttl", "mode", "Value"});
    QTest::newRow("wide, nothing to go by") << QByteArray(
        R"({"type": "object", "properties": {"p1": {}, "p2": {}, "p3": {}, "p4": {}, "p5": {}}})")
                                            << list({"p1", "p2", "p3"});
}

void TestFieldShape::fieldsShownFirst()
{
    QFETCH(QByteArray, schema);
    QFETCH(QStringList, shown);
    const Compiled c(schema);
    const FieldDescription field = c.field();
    QCOMPARE(int(field.shape), int(FieldShape::Object));
    QStringList names;
    for (const std::string_view name : propertiesShownFirst(field, objectProperties(field)))
        names.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
    QCOMPARE(names, shown);
}

void TestFieldShape::brokenReferenceFallsBackToJson()
{
    const Compiled c(R"({"$ref": "#/$defs/Missing"})");
    const FieldDescription field = c.field();
    QCOMPARE(int(field.shape), int(FieldShape::FreeJson));
    QVERIFY(field.problem.contains(QStringLiteral("Missing")));
}

QTEST_GUILESS_MAIN(TestFieldShape)
#include "tst_fieldshape.moc"
