// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The compiled schema, the validator's messages and OpenAPI rules, format checks and the example
// generator; the official suite is tst_schemasuite.
#include "catalog/catalog.h"
#include "document/jsonreader.h"
#include "document/specloader.h"
#include "schema/examplegenerator.h"
#include "schema/formats.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"
#include "schema/schemavalidator.h"
#include "support/testdocuments.h"
#include "testconfig.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Oxa;

namespace {

std::shared_ptr<JsonTree> json(const QByteArray &text)
{
    auto tree = std::make_shared<JsonTree>(text, SourceFormat::Json);
    Diagnostics findings;
    if (!JsonReader::read(*tree, LoadLimits(), findings))
        return nullptr;
    return tree;
}

/** A standalone schema and validator over it. */
struct Fixture
{
    explicit Fixture(const QByteArray &schemaText,
                     SchemaDialect dialect = SchemaDialect::Draft202012,
                     SchemaValidator::Options options = {})
        : set(dialect)
        , validator(set, options)
    {
        tree = json(schemaText);
        set.addDocument(QStringLiteral("https://example.test/schema.json"), tree, dialect);
        schema = set.compileDocument(QStringLiteral("https://example.test/schema.json"));
    }
    QList<ValidationError> errors(const QByteArray &instance) const
    {
        const auto value = json(instance);
        return validator.validate(*schema, *value->root());
    }
    bool valid(const QByteArray &instance) const
    {
        const auto value = json(instance);
        return validator.isValid(*schema, *value->root());
    }

    SchemaSet set;
    std::shared_ptr<JsonTree> tree;
    const Schema *schema = nullptr;
    SchemaValidator validator;
};

QString pointers(const QList<ValidationError> &errors)
{
    QStringList out;
    for (const ValidationError &e : errors)
        out.append(e.instancePointer + u' ' + e.keyword);
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestSchemaValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledShape();
    void errorsNameInstanceAndKeyword();
    void openApi30Rules();
    void readOnlyInRequests();
    void discriminatorExplainsItsAlternative();
    void nestedAlternativesAreExplained();
    void nullableAnyOf();
    void formatsAnalystsMeet_data();
    void formatsAnalystsMeet();
    void recursionIsBounded();
    void hostileSchemasStayFast();
    void patternsForExamples_data();
    void patternsForExamples();
    void examplesAreValid_data();
    void examplesAreValid();
    void oxaSchemasCompileAndExamplesValidate();
    void swagger2SchemasFollowTheConvertedDocument();
};

void TestSchemaValidator::compiledShape()
{
    Fixture f(R"({"type": "object", "title": "Alert", "required": ["id"],
        "properties": {"id": {"type": "string", "format": "uuid"},
                       "severity": {"type": "integer", "minimum": 1, "maximum": 5},
                       "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}},
        "additionalProperties": false})");
    const Schema &s = *f.schema;
    QCOMPARE(s.types, quint8(ObjectType));
    QCOMPARE(s.displayName(), QStringLiteral("Alert"));
    QCOMPARE(s.properties.size(), size_t(3));
    QCOMPARE(s.properties[0].name, std::string_view("id"));
    QVERIFY(s.isRequired("id"));
    QVERIFY(!s.isRequired("tags"));
    QCOMPARE(s.property("severity")->maximum.value_or(0), 5.0);
    QCOMPARE(s.property("tags")->items->types, quint8(StringType));
    QCOMPARE(s.property("id")->pointer, QStringLiteral("/properties/id"));
    QVERIFY(s.additionalProperties && s.additionalProperties->kind == Schema::Kind::AlwaysInvalid);
    // The same node compiles once.
    QCOMPARE(f.set.compileDocument(QStringLiteral("https://example.test/schema.json")), f.schema);
}

void TestSchemaValidator::errorsNameInstanceAndKeyword()
{
    Fixture f(R"({"type": "object", "required": ["id", "host"],
        "properties": {"id": {"type": "string", "minLength": 3},
                       "severity": {"type": "integer", "maximum": 5},
                       "ips": {"type": "array", "items": {"type": "string", "format": "ipv4"}}},
        "additionalProperties": false})");
    QVERIFY(f.valid(R"({"id": "abc", "host": 1, "ips": ["192.0.2.1"]})")
            == false); // host not allowed
    const auto errors = f.errors(
        R"({"id": "ab", "severity": 9, "ips": ["192.0.2.1", "300.1.1.1"], "extra": true})");
    QCOMPARE(pointers(errors),
             QStringLiteral("/host required, /id minLength, /severity maximum, /ips/1 format, "
                            "/extra additionalProperties"));
    QCOMPARE(errors[0].schemaPointer, QStringLiteral("/required"));
    QCOMPARE(errors[1].schemaPointer, QStringLiteral("/properties/id/minLength"));
    QCOMPARE(errors[1].message, QStringLiteral("The length must be at least 3."));
    QCOMPARE(errors[2].message, QStringLiteral("Must be at most 5."));
    QCOMPARE(errors[3].message, QStringLiteral("Not a valid ipv4."));
    QVERIFY(f.errors(R"({"id": "abc", "host": "x"})").size() == 1);
    QVERIFY(
        f.errors(R"([])").at(0).message.contains(QStringLiteral("Expected object, found array")));

    // maxErrors bounds the list, not the verdict.
    SchemaValidator::Options few;
    few.maxErrors = 2;
    Fixture g(R"({"type": "array", "items": {"type": "integer"}})", SchemaDialect::Draft202012, few);
    QCOMPARE(g.errors(R"(["a", "b", "c", "d"])").size(), 2);
    QVERIFY(!g.valid(R"(["a", "b", "c", "d"])"));
}

void TestSchemaValidator::openApi30Rules()
{
    Fixture f(R"({"type": "object", "properties": {
        "score": {"type": "number", "minimum": 0, "exclusiveMinimum": true, "nullable": true},
        "kind": {"type": "string", "enum": ["ip", "domain"], "nullable": true},
        "ref": {"$ref": "#/definitions/Positive", "maximum": 1},
        "constLike": {"const": 3}
      }, "definitions": {"Positive": {"type": "integer", "minimum": 1}}})",
              SchemaDialect::OpenApi30);
    QVERIFY(f.valid(R"({"score": null})"));
    QVERIFY(!f.valid(R"({"score": 0})")); // boolean exclusiveMinimum
    QVERIFY(f.valid(R"({"score": 0.1})"));
    QVERIFY(f.valid(R"({"kind": null})")); // nullable enum: null allowed without listing it
    QVERIFY(!f.valid(R"({"kind": "url"})"));
    QVERIFY(f.valid(R"({"ref": 7})")); // $ref siblings are ignored in OpenAPI 3.0
    QVERIFY(!f.valid(R"({"ref": 0})"));
    QVERIFY(f.valid(R"({"constLike": 4})")); // const is no OpenAPI 3.0 keyword
    QVERIFY(f.schema->property("score")->nullable);
    QVERIFY(f.schema->property("score")->types & NullType);
}

void TestSchemaValidator::readOnlyInRequests()
{
    const QByteArray schema = R"({"type": "object", "required": ["id", "name", "password"],
        "properties": {"id": {"type": "string", "readOnly": true}, "name": {"type": "string"},
                       "password": {"type": "string", "writeOnly": true}}})";
    SchemaValidator::Options request;
    request.direction = SchemaValidator::Direction::Request;
    SchemaValidator::Options response;
    response.direction = SchemaValidator::Direction::Response;
    QVERIFY(Fixture(schema, SchemaDialect::Draft202012, request)
                .valid(R"({"name": "a", "password": "p"})"));
    QVERIFY(!Fixture(schema, SchemaDialect::Draft202012, response)
                 .valid(R"({"name": "a", "password": "p"})"));
    QVERIFY(
        Fixture(schema, SchemaDialect::Draft202012, response).valid(R"({"id": "1", "name": "a"})"));
    QVERIFY(!Fixture(schema).valid(R"({"id": "1", "name": "a"})"));
}

void TestSchemaValidator::discriminatorExplainsItsAlternative()
{
    Fixture f(R"({"$defs": {
        "Ip": {"type": "object", "required": ["kind", "value"],
               "properties": {"kind": {"const": "ip"}, "value": {"type": "string", "format": "ipv4"}}},
        "Hash": {"type": "object", "required": ["kind", "sha256"],
                 "properties": {"kind": {"const": "hash"}, "sha256": {"type": "string", "format": "sha256"}}}},
      "oneOf": [{"$ref": "#/$defs/Ip"}, {"$ref": "#/$defs/Hash"}],
      "discriminator": {"propertyName": "kind", "mapping": {"ip": "#/$defs/Ip", "hash": "#/$defs/Hash"}}})");
    QVERIFY(f.valid(R"({"kind": "ip", "value": "192.0.2.1"})"));
    QVERIFY(f.valid(
        R"({"kind": "hash", "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})"));
    // The Hash alternative has fewer errors, but the discriminator says "ip": explain that one.
    const auto errors = f.errors(R"({"kind": "ip", "value": "not an address"})");
    QCOMPARE(pointers(errors), QStringLiteral(" oneOf, /value format"));
    QCOMPARE(errors[0].message, QStringLiteral("The value matches none of the alternatives."));
}

void TestSchemaValidator::nestedAlternativesAreExplained()
{
    // Alternatives are tried first without building errors, then again to explain a failure:
    // the explanation is the same at every depth, and a value that matches two is said so.
    Fixture f(R"({"oneOf": [
        {"oneOf": [{"type": "integer", "enum": [10, 12]}, {"type": "string", "minLength": 3}]},
        {"type": "boolean", "enum": [true], "const": true}]})");
    QVERIFY(f.valid("12"));
    QVERIFY(f.valid(R"("abc")"));
    QVERIFY(f.valid("true"));
    QCOMPARE(pointers(f.errors("4")), QStringLiteral(" oneOf,  oneOf,  enum"));
    QCOMPARE(pointers(f.errors(R"("ab")")), QStringLiteral(" oneOf,  oneOf,  minLength"));
    Fixture twice(R"({"properties": {"n": {"oneOf": [{"type": "number"}, {"minimum": 0}]}}})");
    const auto errors = twice.errors(R"({"n": 5})");
    QCOMPARE(pointers(errors), QStringLiteral("/n oneOf"));
    QVERIFY(errors[0].message.contains(u"alternatives 1 and 2"));
    QVERIFY(twice.valid(R"({"n": -5})"));
}

void TestSchemaValidator::nullableAnyOf()
{
    Fixture f(R"({"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]})");
    QVERIFY(f.valid("null"));
    QVERIFY(f.valid(R"("2026-11-23T10:00:00Z")"));
    const auto errors = f.errors(R"("yesterday")");
    QCOMPARE(pointers(errors), QStringLiteral(" anyOf,  format"));
}

void TestSchemaValidator::formatsAnalystsMeet_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("md5") << "md5"
                         << "d41d8cd98f00b204e9800998ecf8427e" << true;
    QTest::newRow("md5 short") << "md5"
                               << "d41d8cd98f00b204e9800998ecf8427" << false;
    QTest::newRow("sha1") << "sha1"
                          << "da39a3ee5e6b4b0d3255bfef95601890afd80709" << true;
    QTest::newRow("sha256") << "sha256"
                            << "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"
                            << true;
    QTest::newRow("sha256 not hex")
        << "sha256"
        << "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" << false;
    QTest::newRow("ipv4 leading zero") << "ipv4"
                                       << "192.168.01.1" << false;
    QTest::newRow("ipv6 v4 tail") << "ipv6"
                                  << "::ffff:192.0.2.1" << true;
    QTest::newRow("ipv6 zone") << "ipv6"
                               << "fe80::1%eth0" << false;
    QTest::newRow("uri") << "uri"
                         << "https://cti.example/api?q=1#top" << true;
    QTest::newRow("uri relative") << "uri"
                                  << "/api/v1" << false;
    QTest::newRow("date-time offset") << "date-time"
                                      << "2026-02-28T23:59:59+01:00" << true;
    QTest::newRow("date-time no zone") << "date-time"
                                       << "2026-02-28T23:59:59" << false;
    QTest::newRow("date leap") << "date"
                               << "2028-02-29" << true;
    QTest::newRow("date not leap") << "date"
                                   << "2026-02-29" << false;
    QTest::newRow("uuid") << "uuid"
                          << "6f1c2b9e-8d4a-4c3e-9b7f-000000000000" << true;
    QTest::newRow("hostname label too long")
        << "hostname" << (QString(64, u'a') + QStringLiteral(".example")) << false;
    QTest::newRow("email") << "email"
                           << "soc.team+alerts@example.com" << true;
    QTest::newRow("email two dots") << "email"
                                    << "soc..team@example.com" << false;
    QTest::newRow("regex") << "regex"
                           << "^(a|b" << false;
    QTest::newRow("byte") << "byte"
                          << "b3hh" << true;
    QTest::newRow("unknown format") << "x-custom"
                                    << "anything" << true;
}

void TestSchemaValidator::formatsAnalystsMeet()
{
    QFETCH(QString, format);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QByteArray schema = R"({"type": "string", "format": ")" + format.toUtf8() + R"("})";
    Fixture f(schema);
    const QByteArray instance = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QCOMPARE(f.valid(instance.mid(1, instance.size() - 2)), valid);

    // int32 and int64 bound integers; a format of strings says nothing about numbers.
    Fixture int32(R"({"type": "integer", "format": "int32"})");
    QVERIFY(int32.valid("2147483647"));
    QVERIFY(!int32.valid("2147483648"));
    Fixture ipv4(R"({"format": "ipv4"})");
    QVERIFY(ipv4.valid("12"));
}

void TestSchemaValidator::recursionIsBounded()
{
    // A schema that refers to itself without consuming the instance fails with a message.
    Fixture loop(R"({"$ref": "#"})");
    const auto errors = loop.errors("1");
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.last().message.contains(QStringLiteral("too deeply")));

    // A recursive tree validates nested instances, and its example stops.
    Fixture tree(R"({"$defs": {"Node": {"type": "object", "required": ["name"],
        "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}}}},
        "$ref": "#/$defs/Node"})");
    QVERIFY(
        tree.valid(R"({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]})"));
    QCOMPARE(pointers(tree.errors(R"({"name": "a", "children": [{"children": []}]})")),
             QStringLiteral("/children/0/name required"));
    const QJsonValue example = ExampleGenerator(tree.set).generate(*tree.schema);
    QVERIFY(example.isObject());
    const auto exampleTree = treeOf(example);
    QVERIFY(tree.validator.isValid(*tree.schema, *exampleTree->root()));
}

void TestSchemaValidator::hostileSchemasStayFast()
{
    // 100,000 enum values and 5,000 properties compile and validate without a quadratic cost.
    QByteArray enumSchema = R"({"enum": [)";
    for (int i = 0; i < 100000; ++i)
        enumSchema += (i ? "," : "") + QByteArray::number(i);
    enumSchema += "]}";
    QByteArray wide = R"({"type": "object", "properties": {)";
    QByteArray instance = "{";
    for (int i = 0; i < 5000; ++i) {
        wide += (i ? "," : "") + QByteArray(R"("p)") + QByteArray::number(i)
                + R"(": {"type": "integer"})";
        instance += (i ? "," : "") + QByteArray(R"("p)") + QByteArray::number(i) + R"(": 1)";
    }
    wide += "}}";
    instance += "}";
    QElapsedTimer timer;
    timer.start();
    Fixture e(enumSchema);
    QVERIFY(e.valid("99999"));
    QVERIFY(!e.valid("100000"));
    Fixture w(wide);
    QVERIFY(w.valid(instance));
    QCOMPARE(w.schema->properties.size(), size_t(5000));
    // Generous: this guards against a hang, not a figure (the benchmark measures).
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestSchemaValidator::patternsForExamples_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("generated");
    QTest::newRow("ticket") << R"(^[A-Z]{3}-\d{4}$)" << true;
    QTest::newRow("hex") << R"(^[a-f0-9]{32}$)" << true;
    QTest::newRow("alternatives") << R"(^(low|medium|high)$)" << true;
    QTest::newRow("optional part") << R"(^v\d+(\.\d+)?$)" << true;
    QTest::newRow("unanchored") << R"(abc)" << true;
    QTest::newRow("look-ahead") << R"(^(?=.*[A-Z]).{8,}$)" << false;
    QTest::newRow("negated class") << R"(^[^0-9]+$)" << false;
}

void TestSchemaValidator::patternsForExamples()
{
    QFETCH(QString, pattern);
    QFETCH(bool, generated);
    const QString value = ExampleGenerator::stringForPattern(pattern);
    QCOMPARE(!value.isNull(), generated);
    if (generated)
        QVERIFY2(QRegularExpression(pattern).match(value).hasMatch(), qPrintable(value));
}

void TestSchemaValidator::examplesAreValid_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::newRow("bounds") << QByteArray(
        R"({"type": "object", "required": ["a", "b", "c", "d"], "properties": {
        "a": {"type": "integer", "minimum": 10, "multipleOf": 7}, "b": {"type": "number", "exclusiveMaximum": -2},
        "c": {"type": "string", "minLength": 12, "maxLength": 14}, "d": {"type": "array", "minItems": 3,
        "uniqueItems": true, "items": {"type": "string", "format": "ipv4"}}}})");
    QTest::newRow("examples first")
        << QByteArray(R"({"type": "string", "examples": [5, "good"], "pattern": "^g"})");
    QTest::newRow("enum and default") << QByteArray(
        R"({"type": "object", "properties": {"verdict": {"enum": [null, "malicious", "benign"]},
        "limit": {"type": "integer", "default": 50, "maximum": 100}}})");
    QTest::newRow("oneOf discriminated") << QByteArray(R"({"$defs": {
        "Ip": {"type": "object", "required": ["kind", "value"], "properties": {"kind": {"enum": ["ip"]}, "value": {"format": "ipv4", "type": "string"}}},
        "Url": {"type": "object", "required": ["kind", "url"], "properties": {"kind": {"enum": ["url"]}, "url": {"format": "uri", "type": "string"}}}},
        "oneOf": [{"$ref": "#/$defs/Ip"}, {"$ref": "#/$defs/Url"}], "discriminator": {"propertyName": "kind"}})");
    QTest::newRow("allOf merged") << QByteArray(
        R"({"allOf": [{"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "format": "uuid"}}},
        {"required": ["at"], "properties": {"at": {"type": "string", "format": "date-time"}}}]})");
    QTest::newRow("prefixItems and contains") << QByteArray(
        R"({"type": "array", "prefixItems": [{"type": "integer"}, {"type": "boolean"}],
        "contains": {"const": "marker"}})");
    QTest::newRow("map") << QByteArray(
        R"({"type": "object", "minProperties": 2, "additionalProperties": {"type": "integer", "minimum": 3}})");
    QTest::newRow("pattern hash") << QByteArray(
        R"({"type": "string", "pattern": "^[a-fA-F0-9]{64}$"})");
    QTest::newRow("nullable anyOf")
        << QByteArray(R"({"anyOf": [{"type": "null"}, {"type": "string", "format": "email"}]})");
}

void TestSchemaValidator::examplesAreValid()
{
    QFETCH(QByteArray, schema);
    Fixture f(schema);
    const QJsonValue example = ExampleGenerator(f.set).generate(*f.schema);
    const auto tree = treeOf(example);
    const auto errors = f.validator.validate(*f.schema, *tree->root());
    QVERIFY2(errors.isEmpty(),
             qPrintable(QString::fromUtf8(QJsonDocument(QJsonArray{example}).toJson())
                        + pointers(errors)));
}

void TestSchemaValidator::oxaSchemasCompileAndExamplesValidate()
{
    const QString path = OxaTest::oxaFixturePath();
    if (path.isEmpty())
        QSKIP("The OXA fixture is not beside the checkout (../shared/fixtures)");
    LoadResult loaded = SpecLoader::load(path);
    QVERIFY(loaded.document);
    Diagnostics diagnostics;
    const auto catalog = Catalog::build(loaded.document, LoadLimits(), diagnostics);
    QVERIFY(catalog);
    SchemaSet set(loaded.document);
    QCOMPARE(set.defaultDialect(), SchemaDialect::Draft202012);
    // Requests and responses differ in which of readOnly and writeOnly fields they carry.
    const auto validatorFor = [&](SchemaValidator::Direction direction) {
        SchemaValidator::Options options;
        options.direction = direction;
        return SchemaValidator(set, options);
    };
    const auto generatorFor = [&](SchemaValidator::Direction direction) {
        ExampleGenerator::Options options;
        options.direction = direction;
        return ExampleGenerator(set, options);
    };
    const SchemaValidator requestValidator = validatorFor(SchemaValidator::Direction::Request);
    const SchemaValidator responseValidator = validatorFor(SchemaValidator::Direction::Response);
    const ExampleGenerator requestGenerator = generatorFor(SchemaValidator::Direction::Request);
    const ExampleGenerator responseGenerator = generatorFor(SchemaValidator::Direction::Response);

    int schemas = 0;
    int valid = 0;
    int brokenReferences = 0;
    QStringList unexplained;
    const auto check = [&](const NodeRef &node, const QString &pointer, bool request) {
        if (!node)
            return;
        const SchemaValidator &validator = request ? requestValidator : responseValidator;
        const ExampleGenerator &generator = request ? requestGenerator : responseGenerator;
        const Schema *schema = set.compile(node, pointer);
        QVERIFY(schema);
        ++schemas;
        const QJsonValue example = generator.generate(*schema);
        const auto tree = treeOf(example);
        const auto errors = validator.validate(*schema, *tree->root());
        if (errors.isEmpty()) {
            ++valid;
            return;
        }
        // The only acceptable reason: a dangling reference in the document.
        bool dangling = false;
        for (const ValidationError &e : errors)
            dangling = dangling || e.keyword == u"$ref";
        if (dangling)
            ++brokenReferences;
        else
            unexplained.append(pointer + u' ' + pointers(errors));
    };
    for (const Operation &op : catalog->operations()) {
        for (const Parameter &p : op.parameters)
            check(p.schema, p.pointer + QStringLiteral("/schema"), true);
        if (op.requestBody) {
            for (const MediaType &m : op.requestBody->content)
                check(m.schema, mediaSchemaPointer(op.requestBody->pointer, m.name), true);
        }
        for (const Response &r : op.responses) {
            for (const MediaType &m : r.content)
                check(m.schema, mediaSchemaPointer(r.pointer, m.name), false);
        }
    }
    qInfo("%d schemas, %d examples valid, %d with dangling references",
          schemas,
          valid,
          brokenReferences);
    QVERIFY(schemas > 500);
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.mid(0, 10).join(u'\n')));
    QVERIFY(valid > schemas * 9 / 10);
    QVERIFY(brokenReferences > 0); // the fixture's dangling references are met, and named
}

void TestSchemaValidator::swagger2SchemasFollowTheConvertedDocument()
{
    // Swagger 2.0 is read through its OpenAPI 3 conversion: references to #/definitions land
    // in #/components/schemas, and the schemas must resolve there.
    const auto catalog = OxaTest::catalogFromText(R"(swagger: "2.0"
info: {title: S, version: "1"}
paths:
  /hosts:
    post:
      operationId: addHost
      parameters:
        - {name: body, in: body, required: true, schema: {$ref: '#/definitions/Host'}}
        - {name: limit, in: query, type: integer, maximum: 10}
      responses: {'200': {description: ok, schema: {$ref: '#/definitions/Host'}}}
definitions:
  Host:
    type: object
    required: [name, ip]
    properties:
      name: {type: string, minLength: 2}
      ip: {type: string, format: ipv4}
      parent: {$ref: '#/definitions/Host'}
)");
    QVERIFY(catalog);
    SchemaSet set(catalog->documentPointer());
    QCOMPARE(set.defaultDialect(), SchemaDialect::OpenApi30);
    const Operation *op = catalog->operationByKey(QStringLiteral("POST /hosts"));
    QVERIFY(op && op->requestBody);
    const MediaType &media = op->requestBody->content.front();
    const Schema *body
        = set.compile(media.schema, mediaSchemaPointer(op->requestBody->pointer, media.name));
    const Schema *host = set.target(*body);
    QVERIFY2(host, qPrintable(set.referenceProblem(*body)));
    QCOMPARE(host->componentName(), QStringLiteral("Host"));
    QVERIFY(set.target(*host->property("parent")) == host);
    const SchemaValidator validator(set);
    const QJsonValue example = ExampleGenerator(set).generate(*body);
    const auto tree = treeOf(example);
    QVERIFY2(validator.validate(*body, *tree->root()).isEmpty(),
             qPrintable(jsonText(*tree->root())));
    const auto bad = json(R"({"name": "x", "ip": "300.0.0.1"})");
    QCOMPARE(pointers(validator.validate(*body, *bad->root())),
             QStringLiteral("/name minLength, /ip format"));
    // The Swagger-style query parameter has a synthesised schema.
    const Parameter &limit = op->parameters.at(op->parameters.size() - 1);
    const Schema *limitSchema
        = set.compile(limit.schema, limit.pointer + QStringLiteral("/schema"));
    QCOMPARE(limitSchema->maximum.value_or(0), 10.0);
}

QTEST_GUILESS_MAIN(TestSchemaValidator)
#include "tst_schemavalidator.moc"
