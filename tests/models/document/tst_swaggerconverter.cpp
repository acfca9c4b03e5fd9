// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "document/swaggerconverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

QJsonObject convert(const QByteArray &swagger,
                    Diagnostics *findings = nullptr,
                    const QUrl &url = QUrl())
{
    JsonTree tree(swagger, SourceFormat::Json);
    Diagnostics local;
    if (!JsonReader::read(tree, {}, local))
        qFatal("bad test document");
    const JsonNode converted = SwaggerConverter::convert(tree, url, findings ? *findings : local);
    return toQJsonValue(converted).toObject();
}

QJsonValue at(const QJsonObject &root, const QString &pointer)
{
    QJsonValue value = root;
    for (const QString &token : pointer.split(u'/', Qt::SkipEmptyParts)) {
        const QString key = QString(token).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        value = value.isArray() ? value.toArray().at(key.toInt()) : value.toObject().value(key);
    }
    return value;
}

} // namespace

class TestSwaggerConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localReferencesAreRewritten();
    void componentsMove();
    void servers_data();
    void servers();
    void securityDefinitions();
    void pathLevelBodyParameters();
    void fileTypes();
    void tabSeparatedIsReported();
    void unchangedSubtreesAreShared();
    void deepDocumentsDoNotExhaustTheStack();
    void manyDefinitions();
    void legacyParameterSchemas_data();
    void legacyParameterSchemas();
};

void TestSwaggerConverter::localReferencesAreRewritten()
{
    const QJsonObject root = convert(R"({"swagger": "2.0", "paths": {"/a": {"get": {
        "parameters": [{"$ref": "#/parameters/Limit"}],
        "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/A"}}, "404": {"$ref": "#/responses/Missing"}}}}},
      "parameters": {"Limit": {"name": "limit", "in": "query", "type": "integer"}},
      "responses": {"Missing": {"description": "missing"}},
      "definitions": {"A": {"properties": {"b": {"$ref": "#/definitions/B"}, "x": {"$ref": "other.json#/definitions/X"}}}, "B": {}}})");
    QCOMPARE(at(root, u"/openapi"_s).toString(), u"3.0.3"_s);
    QCOMPARE(at(root, u"/paths/~1a/get/parameters/0/$ref"_s).toString(),
             u"#/components/parameters/Limit"_s);
    QCOMPARE(at(root, u"/paths/~1a/get/responses/200/content/application~1json/schema/$ref"_s)
                 .toString(),
             u"#/components/schemas/A"_s);
    QCOMPARE(at(root, u"/paths/~1a/get/responses/404/$ref"_s).toString(),
             u"#/components/responses/Missing"_s);
    QCOMPARE(at(root, u"/components/schemas/A/properties/b/$ref"_s).toString(),
             u"#/components/schemas/B"_s);
    // References into other files point at documents that are not converted: left as written.
    QCOMPARE(at(root, u"/components/schemas/A/properties/x/$ref"_s).toString(),
             u"other.json#/definitions/X"_s);
}

void TestSwaggerConverter::componentsMove()
{
    const QJsonObject root = convert(
        R"({"swagger": "2.0", "consumes": ["application/json", "application/xml"], "paths": {},
      "parameters": {"Q": {"name": "q", "in": "query", "type": "string", "collectionFormat": "csv"},
                     "Body": {"name": "body", "in": "body", "required": true, "schema": {"type": "object"}},
                     "Form": {"name": "f", "in": "formData", "type": "string"}}})");
    QCOMPARE(at(root, u"/components/parameters/Q/schema/type"_s).toString(), u"string"_s);
    QVERIFY(!at(root, u"/components/parameters/Q/type"_s).isString());
    QVERIFY(at(root, u"/components/parameters/Body"_s).isUndefined());
    QVERIFY(at(root, u"/components/parameters/Form"_s).isUndefined());
    QCOMPARE(at(root, u"/components/requestBodies/Body/required"_s).toBool(), true);
    QCOMPARE(at(root, u"/components/requestBodies/Body/content"_s).toObject().keys(),
             QStringList({u"application/json"_s, u"application/xml"_s}));
}

void TestSwaggerConverter::servers_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QStringList>("servers");
    QTest::newRow("host, base path, schemes")
        << QByteArray(R"("host": "h.test", "basePath": "/v2", "schemes": ["https"])") << QUrl()
        << QStringList{u"https://h.test/v2"_s};
    QTest::newRow("no schemes, fetched over http")
        << QByteArray(R"("host": "h.test")") << QUrl(u"http://h.test/swagger.json"_s)
        << QStringList{u"http://h.test"_s};
    QTest::newRow("no schemes, from a file")
        << QByteArray(R"("host": "h.test:8443")") << QUrl::fromLocalFile(u"/tmp/s.json"_s)
        << QStringList{u"https://h.test:8443"_s};
    QTest::newRow("no host") << QByteArray(R"("basePath": "/api")") << QUrl()
                             << QStringList{u"/api"_s};
    QTest::newRow("nothing") << QByteArray(R"("info": {})") << QUrl() << QStringList{u"/"_s};
}

void TestSwaggerConverter::servers()
{
    QFETCH(QByteArray, fields);
    QFETCH(QUrl, url);
    QFETCH(QStringList, servers);
    const QJsonObject root
        = convert("{\"swagger\": \"2.0\", \"paths\": {}, " + fields + "}", nullptr, url);
    QStringList actual;
    for (const QJsonValue &server : root[u"servers"_s].toArray())
        actual << server[u"url"_s].toString();
    QCOMPARE(actual, servers);
}

void TestSwaggerConverter::securityDefinitions()
{
    const QJsonObject root = convert(R"({"swagger": "2.0", "paths": {}, "securityDefinitions": {
        "implicit": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a.test/auth", "scopes": {"r": "read"}},
        "code": {"type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a.test/auth", "tokenUrl": "https://a.test/token"},
        "password": {"type": "oauth2", "flow": "password", "tokenUrl": "https://a.test/token", "scopes": {}},
        "basic": {"type": "basic", "description": "user and password"},
        "key": {"type": "apiKey", "name": "api_key", "in": "query"}}})");
    QCOMPARE(at(root, u"/components/securitySchemes/implicit/flows/implicit/authorizationUrl"_s)
                 .toString(),
             u"https://a.test/auth"_s);
    QCOMPARE(at(root, u"/components/securitySchemes/code/flows/authorizationCode/tokenUrl"_s)
                 .toString(),
             u"https://a.test/token"_s);
    QVERIFY(
        at(root, u"/components/securitySchemes/code/flows/authorizationCode/scopes"_s).isObject());
    QVERIFY(at(root, u"/components/securitySchemes/password/flows/password"_s).isObject());
    QCOMPARE(at(root, u"/components/securitySchemes/basic"_s).toObject(),
             QJsonObject({{u"type"_s, u"http"_s},
                          {u"scheme"_s, u"basic"_s},
                          {u"description"_s, u"user and password"_s}}));
    QCOMPARE(at(root, u"/components/securitySchemes/key/in"_s).toString(), u"query"_s);
}

void TestSwaggerConverter::pathLevelBodyParameters()
{
    const QJsonObject root = convert(R"({"swagger": "2.0", "paths": {"/things/{id}": {
        "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"},
                       {"name": "body", "in": "body", "schema": {"type": "object", "title": "shared"}}],
        "put": {"responses": {"200": {"description": "ok"}}},
        "patch": {"parameters": [{"name": "body", "in": "body", "schema": {"type": "object", "title": "own"}}],
                  "responses": {"200": {"description": "ok"}}}}}})");
    QCOMPARE(at(root, u"/paths/~1things~1{id}/parameters"_s).toArray().size(), 1);
    QCOMPARE(at(root,
                u"/paths/~1things~1{id}/put/requestBody/content/application~1json/schema/title"_s)
                 .toString(),
             u"shared"_s);
    QCOMPARE(at(root,
                u"/paths/~1things~1{id}/patch/requestBody/content/application~1json/schema/title"_s)
                 .toString(),
             u"own"_s);
}

void TestSwaggerConverter::fileTypes()
{
    const QJsonObject root = convert(
        R"({"swagger": "2.0", "paths": {"/f": {"get": {"produces": ["application/octet-stream"],
        "responses": {"200": {"description": "the file", "schema": {"type": "file"}}}}}}})");
    QCOMPARE(at(root, u"/paths/~1f/get/responses/200/content/application~1octet-stream/schema"_s)
                 .toObject(),
             QJsonObject({{u"type"_s, u"string"_s}, {u"format"_s, u"binary"_s}}));
}

void TestSwaggerConverter::tabSeparatedIsReported()
{
    JsonTree tree(
        R"({"in": "query", "name": "t", "type": "array", "items": {"type": "string"}, "collectionFormat": "tsv"})",
        SourceFormat::Json);
    Diagnostics findings;
    QVERIFY(JsonReader::read(tree, {}, findings));
    const auto legacy = SwaggerConverter::legacyParameter(tree.arena(), *tree.root());
    QVERIFY(legacy);
    QVERIFY(legacy->tabSeparated);
    QCOMPARE(QString::fromLatin1(legacy->style.data(), qsizetype(legacy->style.size())), u"form"_s);
}

void TestSwaggerConverter::unchangedSubtreesAreShared()
{
    JsonTree tree(R"({"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {},
                      "definitions": {"Plain": {"type": "string"}, "WithRef": {"items": {"$ref": "#/definitions/Plain"}}}})",
                  SourceFormat::Json);
    Diagnostics findings;
    QVERIFY(JsonReader::read(tree, {}, findings));
    const JsonNode converted = SwaggerConverter::convert(tree, QUrl(), findings);
    const JsonNode *original = tree.root()->get("definitions");
    const JsonNode *schemas = converted.get("components")->get("schemas");
    QCOMPARE(converted.get("info")->members().data(), tree.root()->get("info")->members().data());
    QCOMPARE(schemas->get("Plain")->members().data(), original->get("Plain")->members().data());
    QVERIFY(schemas->get("WithRef")->members().data() != original->get("WithRef")->members().data());
    // Converted nodes keep the position of the text they come from.
    QCOMPARE(converted.get("paths")->offset(), tree.root()->get("paths")->offset());
}

void TestSwaggerConverter::deepDocumentsDoNotExhaustTheStack()
{
    // A user may raise the depth limit far beyond the default; conversion must survive it.
    const int depth = 300'000;
    QByteArray text = R"({"swagger": "2.0", "paths": {}, "definitions": {"Deep": )";
    text += QByteArray("{\"items\": ").repeated(depth) + R"({"$ref": "#/definitions/Deep"})"
            + QByteArray(depth, '}');
    text += "}}";
    JsonTree tree(text, SourceFormat::Json);
    Diagnostics findings;
    LoadLimits limits;
    limits.maxDepth = 1'000'000;
    QVERIFY(JsonReader::read(tree, limits, findings));
    const JsonNode converted = SwaggerConverter::convert(tree, QUrl(), findings);
    QVERIFY(converted.get("components")->get("schemas")->get("Deep"));
}

void TestSwaggerConverter::manyDefinitions()
{
    // Large objects go through the builder's index: every member kept once, in order.
    QByteArray definitions;
    for (int i = 0; i < 100; ++i)
        definitions += (i ? ", " : "") + QByteArray("\"D") + QByteArray::number(i)
                       + "\": {\"items\": {\"$ref\": \"#/definitions/D"
                       + QByteArray::number((i + 1) % 100) + "\"}}";
    const QJsonObject root
        = convert("{\"swagger\": \"2.0\", \"paths\": {}, \"definitions\": {" + definitions + "}}");
    const QJsonObject schemas = at(root, u"/components/schemas"_s).toObject();
    QCOMPARE(schemas.size(), 100);
    QCOMPARE(at(root, u"/components/schemas/D99/items/$ref"_s).toString(),
             u"#/components/schemas/D0"_s);
    QCOMPARE(at(root, u"/components/schemas/D42/items/$ref"_s).toString(),
             u"#/components/schemas/D43"_s);
}

void TestSwaggerConverter::legacyParameterSchemas_data()
{
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("explode"); // -1: default
    QTest::newRow("scalar") << QByteArray(
        R"({"in": "query", "name": "n", "type": "integer", "format": "int32", "minimum": 0, "description": "d"})")
                            << QByteArray(R"({"type": "integer", "format": "int32", "minimum": 0})")
                            << QString() << -1;
    QTest::newRow("csv in a path")
        << QByteArray(
               R"({"in": "path", "name": "ids", "type": "array", "items": {"type": "string"}})")
        << QByteArray(R"({"type": "array", "items": {"type": "string"}})") << u"simple"_s << 0;
    QTest::newRow("multi") << QByteArray(
        R"({"in": "query", "name": "ids", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"})")
                           << QByteArray(R"({"type": "array", "items": {"type": "string"}})")
                           << u"form"_s << 1;
    QTest::newRow("ssv") << QByteArray(
        R"({"in": "query", "name": "ids", "type": "array", "collectionFormat": "ssv"})")
                         << QByteArray(R"({"type": "array"})") << u"spaceDelimited"_s << 0;
    QTest::newRow("x-nullable") << QByteArray(
        R"({"in": "query", "name": "s", "type": "string", "x-nullable": true, "enum": ["a"]})")
                                << QByteArray(
                                       R"({"type": "string", "enum": ["a"], "nullable": true})")
                                << QString() << -1;
}

void TestSwaggerConverter::legacyParameterSchemas()
{
    QFETCH(QByteArray, parameter);
    QFETCH(QByteArray, schema);
    QFETCH(QString, style);
    QFETCH(int, explode);
    JsonTree tree(parameter, SourceFormat::Json);
    Diagnostics findings;
    QVERIFY(JsonReader::read(tree, {}, findings));
    const auto legacy = SwaggerConverter::legacyParameter(tree.arena(), *tree.root());
    QVERIFY(legacy);
    QCOMPARE(toQJsonValue(legacy->schema), QJsonValue(QJsonDocument::fromJson(schema).object()));
    QCOMPARE(QString::fromLatin1(legacy->style.data(), qsizetype(legacy->style.size())), style);
    QCOMPARE(legacy->explode.has_value() ? int(*legacy->explode) : -1, explode);

    JsonTree modern(R"({"in": "query", "name": "m", "schema": {"type": "string"}})",
                    SourceFormat::Json);
    QVERIFY(JsonReader::read(modern, {}, findings));
    QVERIFY(!SwaggerConverter::legacyParameter(modern.arena(), *modern.root()));
}

QTEST_GUILESS_MAIN(TestSwaggerConverter)
#include "tst_swaggerconverter.moc"
