// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/jsonpointer.h"
#include "document/specdocument.h"
#include "document/specloader.h"
#include "support/testdocuments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

#include <sys/stat.h>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

// The same description in JSON and in YAML: references of every kind OpenAPI allows.
const QByteArray EveryRefJson = R"({
  "openapi": "3.0.3",
  "info": {"title": "Every reference", "version": "1"},
  "paths": {
    "/pets/{id}": {
      "parameters": [{"$ref": "#/components/parameters/Id"}],
      "get": {
        "operationId": "getPet",
        "responses": {
          "200": {"$ref": "#/components/responses/Pet"},
          "default": {"description": "error", "headers": {"X-Rate": {"$ref": "#/components/headers/Rate"}}}
        },
        "callbacks": {"onChange": {"$ref": "#/components/callbacks/Changed"}},
        "security": [{"key": []}]
      },
      "put": {
        "requestBody": {"$ref": "#/components/requestBodies/PetBody"},
        "responses": {"204": {"description": "done", "links": {"self": {"$ref": "#/components/links/Self"}}}}
      }
    },
    "/alias": {"$ref": "#/paths/~1pets~1%7Bid%7D"}
  },
  "components": {
    "schemas": {
      "Pet": {"type": "object", "properties": {"name": {"type": "string"}, "tag": {"$ref": "#/components/schemas/Tag"}}},
      "Tag": {"type": "string", "enum": ["a", "b"]},
      "a~b/c": {"type": "integer"},
      "UsesEscapes": {"$ref": "#/components/schemas/a~0b~1c"}
    },
    "parameters": {"Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}},
    "responses": {"Pet": {"description": "a pet", "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Pet"},
      "examples": {"one": {"$ref": "#/components/examples/OnePet"}}}}}},
    "examples": {"OnePet": {"value": {"name": "Rex", "$ref": "not a reference: example data"}}},
    "requestBodies": {"PetBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}},
    "headers": {"Rate": {"schema": {"type": "integer"}}},
    "securitySchemes": {"key": {"$ref": "#/components/securitySchemes/realKey"}, "realKey": {"type": "apiKey", "name": "X-Key", "in": "header"}},
    "links": {"Self": {"operationId": "getPet"}},
    "callbacks": {"Changed": {"{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}}}
  }
})";

const QByteArray EveryRefYaml = R"(openapi: 3.0.3
info: {title: Every reference, version: '1'}
paths:
  /pets/{id}:
    parameters:
      - $ref: '#/components/parameters/Id'
    get:
      operationId: getPet
      responses:
        '200': {$ref: '#/components/responses/Pet'}
        default:
          description: error
          headers:
            X-Rate: {$ref: '#/components/headers/Rate'}
      callbacks:
        onChange: {$ref: '#/components/callbacks/Changed'}
      security:
        - key: []
    put:
      requestBody: {$ref: '#/components/requestBodies/PetBody'}
      responses:
        '204':
          description: done
          links:
            self: {$ref: '#/components/links/Self'}
  /alias:
    $ref: '#/paths/~1pets~1%7Bid%7D'
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
        tag: {$ref: '#/components/schemas/Tag'}
    Tag: {type: string, enum: [a, b]}
    a~b/c: {type: integer}
    UsesEscapes: {$ref: '#/components/schemas/a~0b~1c'}
  parameters:
    Id: {name: id, in: path, required: true, schema: {type: string}}
  responses:
    Pet:
      description: a pet
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Pet'}
          examples:
            one: {$ref: '#/components/examples/OnePet'}
  examples:
    OnePet:
      value: {name: Rex, $ref: 'not a reference: example data'}
  requestBodies:
    PetBody:
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Pet'}
  headers:
    Rate: {schema: {type: integer}}
  securitySchemes:
    key: {$ref: '#/components/securitySchemes/realKey'}
    realKey: {type: apiKey, name: X-Key, in: header}
  links:
    Self: {operationId: getPet}
  callbacks:
    Changed:
      '{$request.body#/url}':
        post:
          responses: {'200': {description: ok}}
)";

LoadResult loadText(const QByteArray &text,
                    const QString &name = u"doc.json"_s,
                    LoadOptions options = {})
{
    return SpecLoader::loadBytes(text,
                                 QUrl::fromLocalFile(u"/nonexistent-folder/"_s + name),
                                 options);
}

QString locationOf(const SpecDocument &document, const char *pointer)
{
    const auto tokens = JsonPointer::parse(pointer);
    const JsonNode *node = JsonPointer::evaluate(document.root().node, *tokens);
    const ResolvedRef *ref = document.reference(node);
    return ref ? ref->location : QString();
}

} // namespace

class TestSpecLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonAndYamlGiveTheSameDocument();
    void referencesOfEveryKindResolve_data();
    void referencesOfEveryKindResolve();
    void versions_data();
    void versions();
    void danglingReferenceIsReportedAndTheRestLoads();
    void circularChainIsAnError();
    void recursiveSchemaIsMarkedAndNotExpandedForever();
    void hopLimit();
    void referencesToOtherFiles();
    void filesOutsideTheFolderNeedPermission();
    void symlinkOutOfTheFolderIsOutside();
    void remoteReferencesNeedPermission();
    void remoteDocumentNeedsPermissionForItsNeighbours();
    void brokenReferencedDocument();
    void referencedDocumentLimit();
    void sizeLimit();
    void depthLimit_data();
    void depthLimit();
    void aliasLimit();
    void syntaxErrors_data();
    void syntaxErrors();
    void truncatedDocumentsNeverCrash();
    void specialFilesAreRefused();
    void utf16IsConverted();
    void invalidUtf8IsRepaired();
    void nonAsciiNames();
    void refWhereOpenApiForbidsIt();
    void discriminatorMappingIsChecked();
    void dereferencingHasABudget();
    void oxaFixtureLoadsWithItsDanglingReferences();
};

void TestSpecLoader::jsonAndYamlGiveTheSameDocument()
{
    const LoadResult json = loadText(EveryRefJson, u"doc.json"_s);
    const LoadResult yaml = loadText(EveryRefYaml, u"doc.yaml"_s);
    QVERIFY2(json.document, qPrintable(describe(json.diagnostics)));
    QVERIFY2(yaml.document, qPrintable(describe(yaml.diagnostics)));
    QCOMPARE(json.document->main().tree().format(), SourceFormat::Json);
    QCOMPARE(yaml.document->main().tree().format(), SourceFormat::Yaml);
    QVERIFY2(json.diagnostics.isEmpty(), qPrintable(describe(json.diagnostics)));
    QVERIFY2(yaml.diagnostics.isEmpty(), qPrintable(describe(yaml.diagnostics)));
    QCOMPARE(json.document->referenceCount(), yaml.document->referenceCount());
    QCOMPARE(json.document->dereferenced(json.document->root()),
             yaml.document->dereferenced(yaml.document->root()));
}

void TestSpecLoader::referencesOfEveryKindResolve_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QString>("location");
    QTest::newRow("path item") << QByteArray("/paths/~1alias") << u"#/paths/~1pets~1{id}"_s;
    QTest::newRow("parameter") << QByteArray("/paths/~1pets~1{id}/parameters/0")
                               << u"#/components/parameters/Id"_s;
    QTest::newRow("response") << QByteArray("/paths/~1pets~1{id}/get/responses/200")
                              << u"#/components/responses/Pet"_s;
    QTest::newRow("header") << QByteArray(
        "/paths/~1pets~1{id}/get/responses/default/headers/X-Rate")
                            << u"#/components/headers/Rate"_s;
    QTest::newRow("callback") << QByteArray("/paths/~1pets~1{id}/get/callbacks/onChange")
                              << u"#/components/callbacks/Changed"_s;
    QTest::newRow("request body") << QByteArray("/paths/~1pets~1{id}/put/requestBody")
                                  << u"#/components/requestBodies/PetBody"_s;
    QTest::newRow("link") << QByteArray("/paths/~1pets~1{id}/put/responses/204/links/self")
                          << u"#/components/links/Self"_s;
    QTest::newRow("schema") << QByteArray(
        "/components/responses/Pet/content/application~1json/schema")
                            << u"#/components/schemas/Pet"_s;
    QTest::newRow("nested schema")
        << QByteArray("/components/schemas/Pet/properties/tag") << u"#/components/schemas/Tag"_s;
    QTest::newRow("example") << QByteArray(
        "/components/responses/Pet/content/application~1json/examples/one")
                             << u"#/components/examples/OnePet"_s;
    QTest::newRow("security scheme") << QByteArray("/components/securitySchemes/key")
                                     << u"#/components/securitySchemes/realKey"_s;
    QTest::newRow("~0 and ~1") << QByteArray("/components/schemas/UsesEscapes")
                               << u"#/components/schemas/a~0b~1c"_s;
}

void TestSpecLoader::referencesOfEveryKindResolve()
{
    QFETCH(QByteArray, pointer);
    QFETCH(QString, location);
    const LoadResult result = loadText(EveryRefJson);
    QVERIFY(result.document);
    QCOMPARE(locationOf(*result.document, pointer.constData()), location);
    const auto tokens = JsonPointer::parse(pointer.constData());
    const NodeRef at{&result.document->main(),
                     JsonPointer::evaluate(result.document->root().node, *tokens)};
    const NodeRef target = result.document->resolve(at);
    QVERIFY(target);
    QVERIFY(!target->get("$ref"));
}

void TestSpecLoader::versions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("warned");
    QTest::newRow("3.0.3") << QByteArray("openapi: 3.0.3\npaths: {}\n")
                           << int(SpecVersion::OpenApi30) << false;
    QTest::newRow("3.1.1") << QByteArray("openapi: 3.1.1\npaths: {}\n")
                           << int(SpecVersion::OpenApi31) << false;
    QTest::newRow("3.2.0 is read as 3.1")
        << QByteArray("openapi: 3.2.0\npaths: {}\n") << int(SpecVersion::OpenApi31) << true;
    QTest::newRow("unquoted 3.0 in YAML")
        << QByteArray("openapi: 3.0\npaths: {}\n") << int(SpecVersion::OpenApi30) << false;
    QTest::newRow("swagger 2.0") << QByteArray("swagger: '2.0'\npaths: {}\n")
                                 << int(SpecVersion::Swagger20) << false;
    QTest::newRow("unquoted swagger 2.0")
        << QByteArray("swagger: 2.0\npaths: {}\n") << int(SpecVersion::Swagger20) << false;
    QTest::newRow("no version, has paths")
        << QByteArray("paths: {}\n") << int(SpecVersion::OpenApi30) << true;
    QTest::newRow("strange openapi")
        << QByteArray("openapi: banana\npaths: {}\n") << int(SpecVersion::OpenApi30) << true;
}

void TestSpecLoader::versions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, version);
    QFETCH(bool, warned);
    const LoadResult result = loadText(text, u"doc.yaml"_s);
    QVERIFY2(result.document, qPrintable(describe(result.diagnostics)));
    QCOMPARE(int(result.document->version()), version);
    QCOMPARE(count(result.diagnostics, DiagnosticCode::UnknownVersion) > 0, warned);
    if (QTest::currentDataTag() == QByteArrayLiteral("unquoted swagger 2.0"))
        QCOMPARE(result.document->versionText(), u"2.0"_s);

    for (const QByteArray &notOpenApi :
         {QByteArray("[1, 2]"), QByteArray("\"text\""), QByteArray("{\"name\": \"x\"}")}) {
        const LoadResult refused = loadText(notOpenApi);
        QVERIFY(!refused.document);
        QCOMPARE(count(refused.diagnostics, DiagnosticCode::NotOpenApi), 1);
    }
}

void TestSpecLoader::danglingReferenceIsReportedAndTheRestLoads()
{
    const QByteArray text = "openapi: 3.1.0\n"
                            "paths:\n"
                            "  /a:\n"
                            "    get:\n"
                            "      responses:\n"
                            "        '200':\n"
                            "          description: ok\n"
                            "          content:\n"
                            "            application/json:\n"
                            "              schema: {$ref: '#/components/schemas/Missing'}\n"
                            "  /b:\n"
                            "    get:\n"
                            "      parameters: [{$ref: '#/components/parameters/Nope/deeper'}]\n"
                            "      responses: {'200': {$ref: '#/components/responses/Fine'}}\n"
                            "components:\n"
                            "  responses:\n"
                            "    Fine: {description: fine}\n";
    const LoadResult result = loadText(text, u"doc.yaml"_s);
    QVERIFY(result.document);
    QCOMPARE(count(result.diagnostics, DiagnosticCode::DanglingRef), 2);
    const Diagnostic &first = result.diagnostics.at(0);
    QCOMPARE(first.severity, Diagnostic::Severity::Error);
    QCOMPARE(first.pointer, u"/paths/~1a/get/responses/200/content/application~1json/schema/$ref"_s);
    QCOMPARE(first.line, 10);
    QCOMPARE(first.column, 31);
    QVERIFY(first.message.contains(u"Missing"_s));
    QVERIFY(first.message.contains(u"/components has no \"schemas\""_s));
    QCOMPARE(result.diagnostics.at(1).pointer, u"/paths/~1b/get/parameters/0/$ref"_s);
    QVERIFY(result.diagnostics.at(1).message.contains(u"/components has no \"parameters\""_s));
    QCOMPARE(locationOf(*result.document, "/paths/~1b/get/responses/200"),
             u"#/components/responses/Fine"_s);
    const NodeRef broken{&result.document->main(),
                         JsonPointer::evaluate(result.document->root().node,
                                               *JsonPointer::parse("/paths/~1b/get/parameters/0"))};
    QVERIFY(!result.document->resolve(broken));
}

void TestSpecLoader::circularChainIsAnError()
{
    const QByteArray text = R"({"openapi": "3.0.0", "paths": {"/x": {"get": {
        "parameters": [{"$ref": "#/components/parameters/A"}], "responses": {}}}},
      "components": {"parameters": {"A": {"$ref": "#/components/parameters/B"},
                                    "B": {"$ref": "#/components/parameters/A"},
                                    "Self": {"$ref": "#/components/parameters/Self"}}}})";
    const LoadResult result = loadText(text);
    QVERIFY(result.document);
    QCOMPARE(count(result.diagnostics, DiagnosticCode::CircularRefChain), 4);
    const Diagnostic *first = find(result.diagnostics, DiagnosticCode::CircularRefChain);
    QCOMPARE(first->pointer, u"/paths/~1x/get/parameters/0/$ref"_s);
    QVERIFY(first->message.contains(u"back to itself"_s));
}

void TestSpecLoader::recursiveSchemaIsMarkedAndNotExpandedForever()
{
    const QByteArray text
        = R"({"openapi": "3.1.0", "paths": {"/tree": {"get": {"responses": {"200": {
        "description": "a tree", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}}}}},
      "components": {"schemas": {
        "Node": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                                                   "owner": {"$ref": "#/components/schemas/Person"}}},
        "Person": {"type": "object", "properties": {"friend": {"$ref": "#/components/schemas/Friend"}}},
        "Friend": {"allOf": [{"$ref": "#/components/schemas/Person"}]},
        "Leaf": {"type": "string"}}}})";
    const LoadResult result = loadText(text);
    QVERIFY(result.document);
    QCOMPARE(count(result.diagnostics, DiagnosticCode::RecursiveSchema), 2);
    QCOMPARE(countSeverity(result.diagnostics, Diagnostic::Severity::Error), 0);
    const SpecDocument &document = *result.document;
    auto refAt = [&](const char *pointer) {
        return document.reference(
            JsonPointer::evaluate(document.root().node, *JsonPointer::parse(pointer)));
    };
    QVERIFY(refAt("/components/schemas/Node/properties/children/items")->circular);
    QVERIFY(!refAt("/components/schemas/Node/properties/owner")->circular);
    QVERIFY(refAt("/components/schemas/Person/properties/friend")->circular);
    QVERIFY(refAt("/components/schemas/Friend/allOf/0")->circular);
    QVERIFY(!refAt("/paths/~1tree/get/responses/200/content/application~1json/schema")->circular);

    const QJsonObject tree = document.dereferenced(document.root()).toObject();
    const QJsonObject node = tree[u"components"_s][u"schemas"_s][u"Node"_s].toObject();
    const QJsonObject again = node[u"properties"_s][u"children"_s][u"items"_s].toObject();
    QCOMPARE(again[u"$ref"_s].toString(), u"#/components/schemas/Node"_s);
    QCOMPARE(again[u"x-oxa-circular"_s].toBool(), true);
}

void TestSpecLoader::hopLimit()
{
    QByteArray schemas;
    for (int i = 0; i < 10; ++i)
        schemas += "\"S" + QByteArray::number(i) + "\": {\"$ref\": \"#/components/schemas/S"
                   + QByteArray::number(i + 1) + "\"},";
    schemas += "\"S10\": {\"type\": \"string\"}";
    const QByteArray text
        = "{\"openapi\": \"3.0.0\", \"paths\": {}, \"components\": {\"schemas\": {" + schemas
          + "}}}";
    QVERIFY(loadText(text).diagnostics.isEmpty());
    LoadOptions options;
    options.limits.maxRefHops = 5;
    const LoadResult limited = loadText(text, u"doc.json"_s, options);
    QVERIFY(limited.document);
    QVERIFY(count(limited.diagnostics, DiagnosticCode::RefHopLimit) > 0);
    QVERIFY(find(limited.diagnostics, DiagnosticCode::RefHopLimit)->message.contains(u"5"_s));
    // S5 → … → S10 takes five references: within the limit.
    QCOMPARE(locationOf(*limited.document, "/components/schemas/S5"), u"#/components/schemas/S10"_s);
}

void TestSpecLoader::referencesToOtherFiles()
{
    DocumentFolder folder;
    folder
        .write(u"api/schemas/pet.yaml"_s,
               "Pet:\n  type: object\n  properties:\n    owner: {$ref: '../common.json#/Person'}\n"
               "    broken: {$ref: '#/Nowhere'}\n");
    folder.write(u"api/common.json"_s, R"({"Person": {"type": "object"}})");
    folder.write(u"api/param with space.yaml"_s, "name: q\nin: query\nschema: {type: string}\n");
    const QString main = folder.write(
        u"api/openapi.yaml"_s,
        "openapi: 3.0.3\npaths:\n  /pets:\n    get:\n"
        "      parameters: [{$ref: 'param%20with%20space.yaml'}]\n"
        "      responses:\n        '200':\n          description: ok\n"
        "          content: {application/json: {schema: {$ref: 'schemas/pet.yaml#/Pet'}}}\n");
    const LoadResult result = SpecLoader::load(main);
    QVERIFY2(result.document, qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.document->sources().size(), size_t(4));
    QCOMPARE(locationOf(*result.document,
                        "/paths/~1pets/get/responses/200/content/application~1json/schema"),
             u"schemas/pet.yaml#/Pet"_s);
    QCOMPARE(locationOf(*result.document, "/paths/~1pets/get/parameters/0"),
             u"param with space.yaml#"_s);
    // Findings inside a referenced document name it, with their own position.
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &broken = result.diagnostics.at(0);
    QCOMPARE(broken.code, DiagnosticCode::DanglingRef);
    QCOMPARE(broken.source, u"schemas/pet.yaml"_s);
    QCOMPARE(broken.pointer, u"/Pet/properties/broken/$ref"_s);
    QCOMPARE(broken.line, 5);
}

void TestSpecLoader::filesOutsideTheFolderNeedPermission()
{
    DocumentFolder folder;
    folder.write(u"secret.yaml"_s, "Secret: {type: string}\n");
    const QString main = folder.write(u"api/openapi.yaml"_s,
                                      "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n"
                                      "    A: {$ref: '../secret.yaml#/Secret'}\n"
                                      "    B: {$ref: '/etc/passwd'}\n");
    const LoadResult refused = SpecLoader::load(main);
    QVERIFY(refused.document);
    QCOMPARE(count(refused.diagnostics, DiagnosticCode::ExternalRefForbidden), 2);
    QCOMPARE(refused.document->sources().size(), size_t(1)); // nothing was read
    QVERIFY(find(refused.diagnostics, DiagnosticCode::ExternalRefForbidden)
                ->message.contains(u"outside"_s));

    LoadOptions options;
    options.allowFilesOutsideFolder = true;
    const LoadResult allowed = SpecLoader::load(main, options);
    QCOMPARE(count(allowed.diagnostics, DiagnosticCode::ExternalRefForbidden), 0);
    QCOMPARE(locationOf(*allowed.document, "/components/schemas/A"),
             folder.path(u"secret.yaml"_s) + u"#/Secret"_s);
}

void TestSpecLoader::symlinkOutOfTheFolderIsOutside()
{
    DocumentFolder folder;
    folder.write(u"outside/secret.yaml"_s, "Secret: {type: string}\n");
    QDir().mkpath(folder.path(u"api"_s));
    QVERIFY(QFile::link(folder.path(u"outside/secret.yaml"_s), folder.path(u"api/link.yaml"_s)));
    const QString main = folder.write(
        u"api/openapi.yaml"_s,
        "openapi: 3.0.3\npaths: {}\ncomponents: {schemas: {A: {$ref: 'link.yaml#/Secret'}}}\n");
    const LoadResult result = SpecLoader::load(main);
    QCOMPARE(count(result.diagnostics, DiagnosticCode::ExternalRefForbidden), 1);
}

void TestSpecLoader::remoteReferencesNeedPermission()
{
    DocumentFolder folder;
    const QString main = folder.write(u"openapi.yaml"_s,
                                      "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n"
                                      "    A: {$ref: 'http://127.0.0.1:9/schemas.yaml#/A'}\n");
    auto fetcher = std::make_shared<MemoryFetcher>();
    QFile file(main);
    QVERIFY(file.open(QIODevice::ReadOnly));
    fetcher->documents.insert(QUrl::fromLocalFile(main), file.readAll());
    fetcher->documents.insert(QUrl(u"http://127.0.0.1:9/schemas.yaml"_s), "A: {type: integer}\n");

    LoadOptions options;
    options.fetcher = fetcher;
    const LoadResult refused = SpecLoader::load(main, options);
    QVERIFY(refused.document);
    QCOMPARE(count(refused.diagnostics, DiagnosticCode::RemoteRefForbidden), 1);
    QVERIFY(!fetcher->requested.contains(QUrl(u"http://127.0.0.1:9/schemas.yaml"_s)));

    options.allowRemoteRefs = true;
    const LoadResult allowed = SpecLoader::load(main, options);
    QVERIFY2(allowed.diagnostics.isEmpty(), qPrintable(describe(allowed.diagnostics)));
    QCOMPARE(locationOf(*allowed.document, "/components/schemas/A"),
             u"http://127.0.0.1:9/schemas.yaml#/A"_s);
}

void TestSpecLoader::remoteDocumentNeedsPermissionForItsNeighbours()
{
    auto fetcher = std::make_shared<MemoryFetcher>();
    fetcher->documents.insert(QUrl(u"https://api.example.test/v1/openapi.yaml"_s),
                              "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n"
                              "    Near: {$ref: 'schemas/near.yaml'}\n"
                              "    OtherHost: {$ref: 'https://evil.example.test/x.yaml'}\n"
                              "    Parent: {$ref: '../secrets.yaml'}\n"
                              "    Local: {$ref: 'file:///etc/passwd'}\n");
    fetcher->documents.insert(QUrl(u"https://api.example.test/v1/schemas/near.yaml"_s),
                              "type: string\n");
    LoadOptions options;
    options.fetcher = fetcher;
    options.allowFilesOutsideFolder = true; // still never from a downloaded document
    const QString main = u"https://api.example.test/v1/openapi.yaml"_s;

    // Without permission, nothing but the main document is fetched, not even its neighbours.
    const LoadResult strict = SpecLoader::load(main, options);
    QVERIFY(strict.document);
    QCOMPARE(count(strict.diagnostics, DiagnosticCode::RemoteRefForbidden), 3);
    QCOMPARE(count(strict.diagnostics, DiagnosticCode::ExternalRefForbidden), 1);
    QCOMPARE(fetcher->requested, QList<QUrl>{QUrl(main)});

    // With it, the network is open; local files stay closed to a downloaded document.
    options.allowRemoteRefs = true;
    fetcher->requested.clear();
    const LoadResult allowed = SpecLoader::load(main, options);
    QCOMPARE(locationOf(*allowed.document, "/components/schemas/Near"),
             u"https://api.example.test/v1/schemas/near.yaml#"_s);
    QCOMPARE(count(allowed.diagnostics, DiagnosticCode::RemoteRefForbidden), 0);
    QCOMPARE(count(allowed.diagnostics, DiagnosticCode::ExternalRefForbidden), 1);
    QVERIFY(find(allowed.diagnostics, DiagnosticCode::ExternalRefForbidden)
                ->message.contains(u"local file"_s));
    QVERIFY(!fetcher->requested.contains(QUrl(u"file:///etc/passwd"_s)));
}

void TestSpecLoader::brokenReferencedDocument()
{
    DocumentFolder folder;
    folder.write(u"bad.json"_s, "{\"A\": [1, 2,]}");
    const QString main = folder.write(u"openapi.yaml"_s,
                                      "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n"
                                      "    A: {$ref: 'bad.json#/A'}\n    B: {$ref: 'bad.json#/B'}\n"
                                      "    C: {$ref: 'missing.yaml'}\n    D: {type: string}\n");
    const LoadResult result = SpecLoader::load(main);
    QVERIFY(result.document);
    // One note per unreadable document, and one per reference into it.
    QCOMPARE(count(result.diagnostics, DiagnosticCode::ExternalDocumentFailed), 5);
    bool sawPosition = false;
    for (const Diagnostic &d : result.diagnostics)
        sawPosition
            = sawPosition
              || (d.message.contains(u"bad.json"_s) && d.message.contains(u"line 1, column 13"_s));
    QVERIFY2(sawPosition, qPrintable(describe(result.diagnostics)));
}

void TestSpecLoader::referencedDocumentLimit()
{
    DocumentFolder folder;
    QByteArray schemas;
    for (int i = 0; i < 5; ++i) {
        folder.write(u"s%1.yaml"_s.arg(i), "type: string\n");
        schemas += "    S" + QByteArray::number(i) + ": {$ref: 's" + QByteArray::number(i)
                   + ".yaml'}\n";
    }
    const QString main
        = folder.write(u"openapi.yaml"_s,
                       "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n" + schemas);
    LoadOptions options;
    options.limits.maxReferencedDocuments = 3;
    const LoadResult result = SpecLoader::load(main, options);
    QVERIFY(result.document);
    QCOMPARE(result.document->sources().size(), size_t(4));
    QVERIFY(count(result.diagnostics, DiagnosticCode::DocumentCountLimit) >= 1);
}

void TestSpecLoader::sizeLimit()
{
    DocumentFolder folder;
    const QString main = folder.write(u"big.json"_s,
                                      "{\"openapi\": \"3.0.0\", \"paths\": {}, \"x\": \""
                                          + QByteArray(5000, 'a') + "\"}");
    LoadOptions options;
    options.limits.maxDocumentBytes = 4096;
    const LoadResult result = SpecLoader::load(main, options);
    QVERIFY(!result.document);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.at(0).code, DiagnosticCode::DocumentTooLarge);
    QVERIFY(result.diagnostics.at(0).message.contains(u"4096"_s));
    QVERIFY(SpecLoader::load(main).document);
}

void TestSpecLoader::depthLimit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    const QByteArray deep = QByteArray(40, '[') + QByteArray(40, ']');
    QTest::newRow("json") << "{\"openapi\": \"3.0.0\", \"x\": " + deep + "}" << u"doc.json"_s;
    QTest::newRow("yaml") << "openapi: 3.0.0\nx: " + deep + "\n" << u"doc.yaml"_s;
}

void TestSpecLoader::depthLimit()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    LoadOptions options;
    options.limits.maxDepth = 32;
    const LoadResult result = loadText(text, name, options);
    QVERIFY(!result.document);
    QCOMPARE(result.diagnostics.at(0).code, DiagnosticCode::DepthLimit);
    QCOMPARE(result.diagnostics.at(0).line, 1 + int(name.endsWith(u"yaml")));
    QVERIFY(loadText(text, name).document);
}

void TestSpecLoader::aliasLimit()
{
    QByteArray text = "openapi: 3.0.0\npaths: {}\nx0: &a0 [a, a, a, a, a, a, a, a, a, a]\n";
    for (int i = 1; i < 8; ++i) {
        const QByteArray previous = "*a" + QByteArray::number(i - 1);
        text += "x" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + previous;
        for (int j = 1; j < 10; ++j)
            text += ", " + previous;
        text += "]\n";
    }
    const LoadResult result = loadText(text, u"bomb.yaml"_s);
    QVERIFY(!result.document);
    QCOMPARE(result.diagnostics.at(0).code, DiagnosticCode::AliasLimit);
    QVERIFY(result.diagnostics.at(0).line > 3);
}

void TestSpecLoader::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("json") << QByteArray("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {,}\n}")
                          << u"a.json"_s << int(DiagnosticCode::JsonSyntax) << 3;
    QTest::newRow("yaml") << QByteArray("openapi: 3.0.0\npaths:\n  /a: [1, 2\n") << u"a.yaml"_s
                          << int(DiagnosticCode::YamlSyntax) << 4;
    QTest::newRow("json-looking yaml") << QByteArray("{openapi: 3.0.0, paths: {") << u"a.yml"_s
                                       << int(DiagnosticCode::JsonSyntax) << 1;
    QTest::newRow("empty") << QByteArray("") << u"a.yaml"_s << int(DiagnosticCode::YamlSyntax) << 0;
}

void TestSpecLoader::syntaxErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QFETCH(int, code);
    QFETCH(int, line);
    const LoadResult result = loadText(text, name);
    QVERIFY(!result.document);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(int(result.diagnostics.at(0).code), code);
    if (line > 0)
        QCOMPARE(result.diagnostics.at(0).line, line);
}

void TestSpecLoader::truncatedDocumentsNeverCrash()
{
    for (const QByteArray &text : {EveryRefJson, EveryRefYaml}) {
        for (qsizetype length = 0; length < text.size(); length += 7) {
            const LoadResult result
                = loadText(text.left(length), text == EveryRefJson ? u"d.json"_s : u"d.yaml"_s);
            if (!result.document)
                QVERIFY(!result.diagnostics.isEmpty());
        }
    }
    // The JSON/YAML flow variant loads after a retry as YAML.
    const LoadResult flow = loadText("{openapi: 3.0.0, paths: {}}", u"flow.yml"_s);
    QVERIFY(flow.document);
}

void TestSpecLoader::specialFilesAreRefused()
{
    const LoadResult device = SpecLoader::load(u"/dev/zero"_s);
    QVERIFY(!device.document);
    QCOMPARE(device.diagnostics.at(0).code, DiagnosticCode::NotARegularFile);

    DocumentFolder folder;
    const QByteArray fifo = folder.path(u"pipe.yaml"_s).toLocal8Bit();
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    const LoadResult pipe = SpecLoader::load(folder.path(u"pipe.yaml"_s)); // must not block
    QVERIFY(!pipe.document);
    QCOMPARE(pipe.diagnostics.at(0).code, DiagnosticCode::NotARegularFile);

    const LoadResult directory = SpecLoader::load(folder.path(QString()));
    QVERIFY(!directory.document);
    QCOMPARE(directory.diagnostics.at(0).code, DiagnosticCode::ReadFailed);

    const LoadResult missing = SpecLoader::load(folder.path(u"nope.yaml"_s));
    QVERIFY(!missing.document);
    QVERIFY(missing.diagnostics.at(0).message.contains(u"nope.yaml"_s));
}

void TestSpecLoader::utf16IsConverted()
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16
        = encoder(u"openapi: 3.0.0\ninfo: {title: Café, version: '1'}\npaths: {}\n"_s);
    const LoadResult result = loadText(utf16, u"doc.yaml"_s);
    QVERIFY2(result.document, qPrintable(describe(result.diagnostics)));
    QCOMPARE(count(result.diagnostics, DiagnosticCode::Utf16Converted), 1);
    QCOMPARE(result.document->root().get("info").get("title")->toString(), u"Café"_s);
}

void TestSpecLoader::invalidUtf8IsRepaired()
{
    // A description saved in Latin-1 by mistake still loads; the first bad byte is pointed at.
    for (const char *name : {"doc.yaml", "doc.json"}) {
        const QByteArray text
            = QByteArray(name).endsWith("yaml")
                  ? QByteArray("openapi: 3.0.0\ninfo: {title: Caf\xE9, version: '1'}\npaths: {}\n")
                  : QByteArray("{\"openapi\": \"3.0.0\",\n \"info\": {\"title\": \"Caf\xE9\", "
                               "\"version\": \"1\"}, \"paths\": {}}");
        const LoadResult result = loadText(text, QString::fromLatin1(name));
        QVERIFY2(result.document, qPrintable(describe(result.diagnostics)));
        const Diagnostic *note = find(result.diagnostics, DiagnosticCode::InvalidUtf8);
        QVERIFY(note);
        QCOMPARE(note->severity, Diagnostic::Severity::Warning);
        QCOMPARE(note->line, 2);
        QCOMPARE(result.document->root().get("info").get("title")->toString(), u"Caf\uFFFD"_s);
    }
}

void TestSpecLoader::nonAsciiNames()
{
    const QByteArray text
        = R"({"openapi": "3.1.0", "paths": {"/café/{clé}": {"get": {"responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Caf%C3%A9"}}}}}}}},
      "components": {"schemas": {"Café": {"$ref": "#/components/schemas/%E4%B8%AD%E6%96%87"}, "中文": {"type": "string"}}}})";
    const LoadResult result = loadText(text);
    QVERIFY(result.document);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(locationOf(*result.document,
                        "/paths/~1café~1{clé}/get/responses/200/content/application~1json/schema"),
             u"#/components/schemas/中文"_s);
}

void TestSpecLoader::refWhereOpenApiForbidsIt()
{
    const QByteArray text
        = R"({"openapi": "3.0.0", "paths": {"/x": {"get": {"$ref": "#/components/x-operations/get"}}},
      "components": {"x-operations": {"get": {"responses": {"200": {"$ref": "#/components/responses/Nope"}}}}}})";
    const LoadResult result = loadText(text);
    QVERIFY(result.document);
    QCOMPARE(count(result.diagnostics, DiagnosticCode::RefNotAllowedHere), 1);
    // Followed anyway: the target's own references were walked.
    QCOMPARE(count(result.diagnostics, DiagnosticCode::DanglingRef), 1);
}

void TestSpecLoader::discriminatorMappingIsChecked()
{
    const QByteArray text = R"({"openapi": "3.0.0", "paths": {}, "components": {"schemas": {
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "kind",
                 "mapping": {"dog": "#/components/schemas/Dog", "cat": "Cat", "fish": "#/components/schemas/Fish"}}},
        "Dog": {"type": "object"}, "Cat": {"type": "object"}}}})";
    const LoadResult result = loadText(text);
    QVERIFY(result.document);
    QCOMPARE(count(result.diagnostics, DiagnosticCode::DanglingRef), 1);
    QCOMPARE(result.diagnostics.at(0).pointer,
             u"/components/schemas/Pet/discriminator/mapping/fish"_s);
}

void TestSpecLoader::dereferencingHasABudget()
{
    // Each level names the next twice: 2^40 nodes once inlined.
    QByteArray schemas;
    for (int i = 0; i < 40; ++i)
        schemas += "\"L" + QByteArray::number(i)
                   + "\": {\"properties\": {\"a\": {\"$ref\": \"#/components/schemas/L"
                   + QByteArray::number(i + 1) + "\"}, \"b\": {\"$ref\": \"#/components/schemas/L"
                   + QByteArray::number(i + 1) + "\"}}},";
    schemas += "\"L40\": {\"type\": \"string\"}";
    const LoadResult result
        = loadText("{\"openapi\": \"3.1.0\", \"paths\": {}, \"components\": {\"schemas\": {"
                   + schemas + "}}}");
    QVERIFY(result.document);
    const NodeRef l0 = result.document->root().get("components").get("schemas").get("L0");
    const QByteArray expanded = QJsonDocument(result.document->dereferenced(l0, 5000).toObject())
                                    .toJson(QJsonDocument::Compact);
    QVERIFY(expanded.contains("x-oxa-truncated"));
    QVERIFY(expanded.size() < 1'000'000);
}

void TestSpecLoader::oxaFixtureLoadsWithItsDanglingReferences()
{
    const QString path = oxaFixturePath();
    if (path.isEmpty())
        QSKIP("../shared/fixtures/oxa is not beside the checkout");
    const LoadResult result = SpecLoader::load(path);
    QVERIFY(result.document);
    QCOMPARE(result.document->version(), SpecVersion::OpenApi31);
    QCOMPARE(count(result.diagnostics, DiagnosticCode::DanglingRef), 12);
    QStringList targets;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.code != DiagnosticCode::DanglingRef)
            continue;
        QVERIFY(d.pointer.startsWith(u"/paths/~1cti~1"_s));
        QVERIFY(d.pointer.contains(u"/responses/"_s));
        QVERIFY(d.pointer.endsWith(u"/schema/$ref"_s));
        QVERIFY(d.line > 0 && d.column > 0);
        targets << d.message.section(u' ', 0, 0);
    }
    targets.removeDuplicates();
    targets.sort();
    QCOMPARE(targets,
             QStringList({u"#/components/schemas/Cti/buNdleschema"_s,
                          u"#/components/schemas/Cti/collecTionschema"_s,
                          u"#/components/schemas/Cti/indicAtorschema"_s,
                          u"#/components/schemas/Cti/lAbelschema"_s}));
    // The /register path item is a $ref to another path item.
    QCOMPARE(locationOf(*result.document, "/paths/~1register"), u"#/paths/~1conf~1connectors"_s);
}

QTEST_GUILESS_MAIN(TestSpecLoader)
#include "tst_specloader.moc"
