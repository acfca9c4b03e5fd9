// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalog.h"
#include "catalog/catalogreport.h"
#include "document/specloader.h"
#include "support/testdocuments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

struct Built
{
    LoadResult loaded;
    std::shared_ptr<const Catalog> catalog;
    Diagnostics diagnostics;

    const Operation &operation(const QString &key) const
    {
        const Operation *found = catalog->operationByKey(key);
        if (!found)
            qFatal("no operation %s", qPrintable(key));
        return *found;
    }
};

Built build(const QByteArray &text, const QString &name = u"doc.yaml"_s, LoadOptions options = {})
{
    Built built;
    built.loaded
        = SpecLoader::loadBytes(text, QUrl::fromLocalFile(u"/nonexistent/"_s + name), options);
    built.diagnostics = built.loaded.diagnostics;
    if (built.loaded.document)
        built.catalog = Catalog::build(built.loaded.document, options.limits, built.diagnostics);
    return built;
}

QStringList parameterNames(const Operation &operation)
{
    QStringList names;
    for (const Parameter &p : operation.parameters)
        names << p.name + u'@' + QLatin1String(parameterLocationName(p.location));
    return names;
}

QJsonValue schemaOf(const Built &built, const NodeRef &schema)
{
    return built.catalog->document().dereferenced(schema);
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parametersMergeWithThePathLevel();
    void pathItemReferenceMergesWithItsTarget();
    void swaggerStyleParametersBecomeSchemas();
    void nullableForms_data();
    void nullableForms();
    void bodiesAndResponses();
    void securityRequirements();
    void effectiveServers();
    void operationIds();
    void pathTemplates();
    void pathLevelParametersAreReadOnce();
    void callbacksLinksHeadersAndWebhooks();
    void operationAtAPointer();
    void operationLimit();
    void yamlAndJsonGiveTheSameCatalog();
    void swagger2IsConverted();
    void openApi30And31();
    void nonAsciiNames();
    void tagAnnotationsClassify();
    void canonicalJsonForm();
    void mediaTypesMatchTheMostSpecificFirst();
    void canonicalJsonKeepsOperationIdsAsWritten();
    void oxaFixture();
};

void TestCatalog::parametersMergeWithThePathLevel()
{
    const Built built = build("openapi: 3.0.3\npaths:\n"
                              "  /items/{id}:\n"
                              "    parameters:\n"
                              "      - {name: id, in: path, required: true, schema: {type: "
                              "string}, description: path level}\n"
                              "      - {name: trace, in: header, schema: {type: string}}\n"
                              "      - {name: verbose, in: query, schema: {type: boolean}}\n"
                              "    get:\n"
                              "      parameters:\n"
                              "        - {name: verbose, in: query, schema: {type: integer}, "
                              "description: operation level}\n"
                              "        - {name: trace, in: query, schema: {type: string}}\n"
                              "        - {name: limit, in: query, schema: {type: integer}}\n"
                              "        - {name: limit, in: query, schema: {type: string}}\n"
                              "      responses: {'200': {description: ok}}\n");
    QVERIFY(built.catalog);
    const Operation &get = built.operation(u"GET /items/{id}"_s);
    // The operation's own first, then the path item's that it does not override.
    QCOMPARE(parameterNames(get),
             QStringList({u"verbose@query"_s,
                          u"trace@query"_s,
                          u"limit@query"_s,
                          u"id@path"_s,
                          u"trace@header"_s}));
    QCOMPARE(get.parameters.at(0).description, u"operation level"_s);
    QCOMPARE(get.parameters.at(0).schemaSummary.type, u"integer"_s);
    QVERIFY(!get.parameters.at(0).inherited);
    QVERIFY(get.parameters.at(3).inherited);
    QCOMPARE(get.parameters.at(3).pointer, u"/paths/~1items~1{id}/parameters/0"_s);
    QCOMPARE(get.parameters.at(2).schemaSummary.type, u"integer"_s); // the first "limit" wins
    QCOMPARE(count(built.diagnostics, DiagnosticCode::DuplicateParameter), 1);
    QCOMPARE(find(built.diagnostics, DiagnosticCode::DuplicateParameter)->pointer,
             u"/paths/~1items~1{id}/get/parameters/3"_s);
    // Serialisation defaults.
    QCOMPARE(get.parameters.at(0).style, u"form"_s);
    QVERIFY(get.parameters.at(0).explode);
    QCOMPARE(get.parameters.at(3).style, u"simple"_s);
    QVERIFY(!get.parameters.at(3).explode);
}

void TestCatalog::pathItemReferenceMergesWithItsTarget()
{
    const Built built
        = build("openapi: 3.1.0\npaths:\n"
                "  /connectors:\n"
                "    parameters: [{name: org, in: query, schema: {type: string}}]\n"
                "    get: {operationId: listConnectors, responses: {'200': {description: ok}}}\n"
                "    post: {operationId: createConnector, responses: {'201': {description: ok}}}\n"
                "  /register:\n"
                "    $ref: '#/paths/~1connectors'\n"
                "    post: {operationId: register, responses: {'201': {description: registered}}}\n"
                "  /elsewhere:\n"
                "    $ref: '#/components/pathItems/Shared'\n"
                "components:\n"
                "  pathItems:\n"
                "    Shared:\n"
                "      delete: {responses: {'204': {description: gone}}}\n");
    QVERIFY2(built.catalog, qPrintable(describe(built.diagnostics)));
    QCOMPARE(built.catalog->operations().size(), 5); // 2 + the same 2 through the $ref + 1
    const Operation &get = built.operation(u"GET /register"_s);
    QCOMPARE(get.operationId, u"listConnectors"_s);
    QCOMPARE(parameterNames(get), QStringList{u"org@query"_s});
    QCOMPARE(get.pointer, u"/paths/~1register/get"_s);
    QCOMPARE(built.operation(u"POST /register"_s).operationId, u"register"_s); // its own member wins
    QCOMPARE(built.operation(u"DELETE /elsewhere"_s).responses.at(0).description, u"gone"_s);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::DuplicateOperationId), 1);
}

void TestCatalog::swaggerStyleParametersBecomeSchemas()
{
    const Built built = build(R"({"openapi": "3.1.0", "paths": {"/alerts": {"get": {"parameters": [
        {"in": "query", "name": "limit", "required": false, "type": "integer", "default": 10, "minimum": 1, "maximum": 100},
        {"in": "query", "name": "status", "type": "string", "enum": ["open", "closed"]},
        {"in": "query", "name": "ids", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
        {"in": "query", "name": "tags", "type": "array", "items": {"type": "string"}},
        {"in": "query", "name": "sep", "type": "array", "items": {"type": "string"}, "collectionFormat": "pipes"},
        {"in": "query", "name": "fields", "type": "string", "x-nullable": true},
        {"in": "query", "name": "modern", "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok"}}}}}})",
                              u"doc.json"_s);
    QVERIFY(built.catalog);
    const Operation &get = built.operation(u"GET /alerts"_s);
    const Parameter &limit = get.parameters.at(0);
    QVERIFY(limit.swaggerStyle);
    QCOMPARE(schemaOf(built, limit.schema),
             QJsonValue(QJsonObject{{u"type"_s, u"integer"_s},
                                    {u"default"_s, 10},
                                    {u"minimum"_s, 1},
                                    {u"maximum"_s, 100}}));
    QCOMPARE(get.parameters.at(1).schemaSummary.enumValues, QStringList({u"open"_s, u"closed"_s}));
    // collectionFormat becomes style and explode; Swagger's default (csv) does not explode.
    QCOMPARE(get.parameters.at(2).style, u"form"_s);
    QVERIFY(get.parameters.at(2).explode);
    QCOMPARE(get.parameters.at(3).style, u"form"_s);
    QVERIFY(!get.parameters.at(3).explode);
    QCOMPARE(get.parameters.at(3).schemaSummary.type, u"array<string>"_s);
    QCOMPARE(get.parameters.at(4).style, u"pipeDelimited"_s);
    QVERIFY(get.parameters.at(5).schemaSummary.nullable);
    QVERIFY(!get.parameters.at(6).swaggerStyle);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::SwaggerStyleParameter), 6);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::NullableNormalised), 1);
    const Diagnostic *note = find(built.diagnostics, DiagnosticCode::SwaggerStyleParameter);
    QCOMPARE(note->severity, Diagnostic::Severity::Info);
    QCOMPARE(note->pointer, u"/paths/~1alerts/get/parameters/0"_s);
    QCOMPARE(note->line, 2);
    // The synthesised schema points back at the parameter's text.
    QCOMPARE(limit.schema.position().line, 2);
}

void TestCatalog::nullableForms_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("nullable");
    QTest::newRow("3.0 nullable") << QByteArray(R"({"type": "string", "nullable": true})")
                                  << u"3.0.3"_s << u"string"_s << true;
    QTest::newRow("3.1 type array")
        << QByteArray(R"({"type": ["integer", "null"]})") << u"3.1.0"_s << u"integer"_s << true;
    QTest::newRow("anyOf with null")
        << QByteArray(R"({"anyOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "null"}]})")
        << u"3.1.0"_s << u"object"_s << true;
    QTest::newRow("oneOf with null first") << QByteArray(
        R"({"oneOf": [{"type": "null"}, {"type": "array", "items": {"type": "string"}}]})")
                                           << u"3.1.0"_s << u"array<string>"_s << true;
    QTest::newRow("enum with null") << QByteArray(R"({"type": "string", "enum": ["a", null]})")
                                    << u"3.0.3"_s << u"string"_s << true;
    QTest::newRow("plain") << QByteArray(R"({"type": "string"})") << u"3.1.0"_s << u"string"_s
                           << false;
    QTest::newRow("anyOf of two types")
        << QByteArray(R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})") << u"3.1.0"_s
        << u"anyOf"_s << false;
}

void TestCatalog::nullableForms()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, version);
    QFETCH(QString, type);
    QFETCH(bool, nullable);
    const QByteArray text = "{\"openapi\": \"" + version.toUtf8()
                            + "\", \"paths\": {\"/x\": {\"get\": {\"parameters\": ["
                              "{\"name\": \"p\", \"in\": \"query\", \"schema\": "
                            + schema
                            + "}], \"responses\": {\"200\": "
                              "{\"description\": \"ok\"}}}}}, \"components\": {\"schemas\": "
                              "{\"Pet\": {\"type\": \"object\"}}}}";
    const Built built = build(text, u"doc.json"_s);
    QVERIFY2(built.catalog, qPrintable(describe(built.diagnostics)));
    const SchemaSummary &summary = built.operation(u"GET /x"_s).parameters.at(0).schemaSummary;
    QCOMPARE(summary.type, type);
    QCOMPARE(summary.nullable, nullable);
    if (QByteArray(QTest::currentDataTag()) == "anyOf with null")
        QCOMPARE(summary.text(), u"Pet, nullable"_s);
}

void TestCatalog::bodiesAndResponses()
{
    const Built built
        = build("openapi: 3.0.3\npaths:\n  /cases:\n    post:\n"
                "      requestBody:\n        required: true\n        content:\n"
                "          application/json: {schema: {$ref: '#/components/schemas/Case'}}\n"
                "          application/x-www-form-urlencoded: {schema: {type: object}}\n"
                "      responses:\n"
                "        default: {description: error}\n"
                "        '4XX': {description: client error}\n"
                "        '201': {description: created, content: {application/json: {schema: {$ref: "
                "'#/components/schemas/Case'}}}}\n"
                "        '400': {description: bad}\n"
                "        '200': {description: fine}\n"
                "        x-note: ignored\n"
                "components:\n  schemas:\n    Case: {type: object}\n");
    QVERIFY(built.catalog);
    const Operation &post = built.operation(u"POST /cases"_s);
    QVERIFY(post.requestBody);
    QVERIFY(post.requestBody->required);
    QCOMPARE(post.requestBodyContentTypes(),
             QStringList({u"application/json"_s, u"application/x-www-form-urlencoded"_s}));
    QCOMPARE(post.requestBody->content.at(0).schemaSummary.referenceName, u"Case"_s);
    QCOMPARE(post.responseCodes(),
             QStringList({u"200"_s, u"201"_s, u"400"_s, u"4XX"_s, u"default"_s}));
    QCOMPARE(post.responses.at(1).content.at(0).schemaSummary.text(), u"Case"_s);
}

void TestCatalog::securityRequirements()
{
    const Built built
        = build("openapi: 3.0.3\nsecurity: [{apiKey: []}]\npaths:\n"
                "  /a: {get: {responses: {'200': {description: ok}}}}\n"
                "  /b: {get: {security: [], responses: {'200': {description: ok}}}}\n"
                "  /c: {get: {security: [{oauth: [read, write]}, {apiKey: [], bearer: []}], "
                "responses: {'200': {description: ok}}}}\n"
                "  /d: {get: {security: [{nobody: []}], responses: {'200': {description: ok}}}}\n"
                "components:\n  securitySchemes:\n"
                "    apiKey: {type: apiKey, name: X-API-Key, in: header}\n"
                "    bearer: {type: http, scheme: bearer, bearerFormat: JWT}\n"
                "    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: "
                "'https://id.example.test/token', scopes: {read: Read, write: Write}}}}\n");
    QVERIFY(built.catalog);
    QCOMPARE(built.catalog->securitySchemes().size(), 3);
    QCOMPARE(built.catalog->securitySchemes().at(2).flows.at(0).type, u"clientCredentials"_s);
    QCOMPARE(built.catalog->securitySchemes().at(2).flows.at(0).scopes.size(), 2);
    QCOMPARE(built.operation(u"GET /a"_s).security.size(), 1);
    QCOMPARE(built.operation(u"GET /a"_s).security.at(0).schemes.at(0).first, u"apiKey"_s);
    QCOMPARE(built.operation(u"GET /b"_s).security.size(), 0); // explicitly anonymous
    const Operation &c = built.operation(u"GET /c"_s);
    QCOMPARE(c.security.size(), 2);
    QCOMPARE(c.security.at(0).schemes.at(0).second, QStringList({u"read"_s, u"write"_s}));
    QCOMPARE(c.security.at(1).schemes.size(), 2);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::UnknownSecurityScheme), 1);
    QCOMPARE(find(built.diagnostics, DiagnosticCode::UnknownSecurityScheme)->pointer,
             u"/paths/~1d/get/security/0/nobody"_s);
}

void TestCatalog::effectiveServers()
{
    const Built built
        = build("openapi: 3.0.3\n"
                "servers:\n  - url: 'https://{region}.xdr.example.test/api'\n    variables:\n"
                "      region: {default: eu, enum: [eu, us]}\n"
                "paths:\n"
                "  /a: {get: {responses: {'200': {description: ok}}}}\n"
                "  /b:\n    servers: [{url: 'https://b.example.test'}]\n"
                "    get: {responses: {'200': {description: ok}}}\n"
                "    put: {servers: [{url: 'https://put.example.test'}], responses: {'200': "
                "{description: ok}}}\n");
    QVERIFY(built.catalog);
    QCOMPARE(built.catalog->servers().at(0).variables.at(0).enumValues,
             QStringList({u"eu"_s, u"us"_s}));
    QCOMPARE(built.operation(u"GET /a"_s).servers.at(0).url,
             u"https://{region}.xdr.example.test/api"_s);
    QCOMPARE(built.operation(u"GET /a"_s).servers.at(0).variables.at(0).defaultValue, u"eu"_s);
    QCOMPARE(built.operation(u"GET /b"_s).servers.at(0).url, u"https://b.example.test"_s);
    QCOMPARE(built.operation(u"PUT /b"_s).servers.at(0).url, u"https://put.example.test"_s);

    const Built none
        = build("openapi: 3.0.3\npaths:\n  /a: {get: {responses: {'200': {description: ok}}}}\n");
    QVERIFY(none.catalog->servers().isEmpty());
    QCOMPARE(none.operation(u"GET /a"_s).servers.at(0).url, u"/"_s);
}

void TestCatalog::operationIds()
{
    const Built built = build(
        "openapi: 3.0.3\npaths:\n"
        "  /alerts/{uuid}/comments:\n"
        "    get: {responses: {'200': {description: ok}}}\n"
        "    post: {operationId: getAlertsByUuidComments, responses: {'200': {description: ok}}}\n"
        "  /:\n    get: {responses: {'200': {description: ok}}}\n"
        "  /x:\n    get: {operationId: same, responses: {'200': {description: ok}}}\n"
        "  /y:\n    get: {operationId: same, responses: {'200': {description: ok}}}\n");
    QVERIFY(built.catalog);
    const Operation &synthesised = built.operation(u"GET /alerts/{uuid}/comments"_s);
    QVERIFY(synthesised.operationIdSynthesised);
    // The natural name is taken by an explicit operationId: a suffix keeps them apart.
    QCOMPARE(synthesised.operationId, u"getAlertsByUuidComments_2"_s);
    QCOMPARE(built.operation(u"GET /"_s).operationId, u"getRoot"_s);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::SynthesisedOperationId), 2);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::DuplicateOperationId), 1);
    QCOMPARE(built.catalog->operationsById(u"same").size(), 2);
    // Stable: the same document gives the same names.
    const Built again = build("openapi: 3.0.3\npaths:\n  /alerts/{uuid}/comments:\n    get: "
                              "{responses: {'200': {description: ok}}}\n");
    QCOMPARE(again.operation(u"GET /alerts/{uuid}/comments"_s).operationId,
             u"getAlertsByUuidComments"_s);
}

void TestCatalog::pathTemplates()
{
    const Built built
        = build("openapi: 3.0.3\npaths:\n"
                "  /a/{id}/b/{other}:\n"
                "    get:\n      parameters:\n"
                "        - {name: id, in: path, schema: {type: string}}\n"
                "        - {name: stray, in: path, required: true, schema: {type: string}}\n"
                "      responses: {'200': {description: ok}}\n");
    QVERIFY(built.catalog);
    const Operation &get = built.operation(u"GET /a/{id}/b/{other}"_s);
    QVERIFY(get.parameters.at(0).required); // path parameters always are
    QCOMPARE(count(built.diagnostics, DiagnosticCode::InvalidParameter), 1);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::MissingPathParameter), 1);
    QVERIFY(find(built.diagnostics, DiagnosticCode::MissingPathParameter)
                ->message.contains(u"{other}"_s));
    QCOMPARE(count(built.diagnostics, DiagnosticCode::UndeclaredPathParameter), 1);
}

void TestCatalog::pathLevelParametersAreReadOnce()
{
    // Three operations share the path item's parameters: their problems are reported once.
    const Built built
        = build("openapi: 3.0.3\npaths:\n"
                "  /a/{id}:\n"
                "    parameters:\n"
                "      - {name: id, in: path, required: true, schema: {type: string}}\n"
                "      - {name: stray, in: path, required: true, schema: {type: string}}\n"
                "      - {name: q, in: query, schema: {type: string}}\n"
                "      - {name: q, in: query, schema: {type: integer}}\n"
                "      - {name: legacy, in: query, type: string}\n"
                "    get: {responses: {'200': {description: ok}}}\n"
                "    put: {responses: {'200': {description: ok}}}\n"
                "    delete: {responses: {'200': {description: ok}}}\n");
    QVERIFY(built.catalog);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::UndeclaredPathParameter), 1);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::DuplicateParameter), 1);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::SwaggerStyleParameter), 1);
    for (const char *key : {"GET /a/{id}", "PUT /a/{id}", "DELETE /a/{id}"})
        QCOMPARE(parameterNames(built.operation(QString::fromLatin1(key))),
                 QStringList({u"id@path"_s, u"stray@path"_s, u"q@query"_s, u"legacy@query"_s}));
}

void TestCatalog::callbacksLinksHeadersAndWebhooks()
{
    const Built built = build(
        "openapi: 3.1.0\npaths:\n  /subscriptions:\n    post:\n"
        "      callbacks:\n        onEvent:\n          '{$request.body#/callbackUrl}':\n"
        "            post: {summary: Event delivered, responses: {'200': {description: ok}}}\n"
        "      responses:\n        '201':\n          description: created\n"
        "          headers:\n            Location: {required: true, schema: {type: string, format: "
        "uri}}\n"
        "            X-Legacy: {type: integer}\n"
        "          links:\n            get: {operationId: getSubscription, parameters: {id: "
        "'$response.body#/id'}}\n"
        "webhooks:\n  alertRaised:\n    post: {responses: {'200': {description: ok}}}\n"
        "x-webhooks:\n  legacy:\n    post: {responses: {'200': {description: ok}}}\n");
    QVERIFY2(built.catalog, qPrintable(describe(built.diagnostics)));
    const Operation &post = built.operation(u"POST /subscriptions"_s);
    QCOMPARE(post.callbacks.size(), 1);
    QCOMPARE(post.callbacks.at(0).expression, u"{$request.body#/callbackUrl}"_s);
    QCOMPARE(post.callbacks.at(0).summary, u"Event delivered"_s);
    QCOMPARE(post.responses.at(0).headers.size(), 2);
    QCOMPARE(post.responses.at(0).headers.at(0).schemaSummary.text(), u"string (uri)"_s);
    QCOMPARE(post.responses.at(0).headers.at(1).schemaSummary.type, u"integer"_s);
    QCOMPARE(post.responses.at(0).links.at(0).operationId, u"getSubscription"_s);
    QCOMPARE(built.catalog->webhooks().size(), 2);
    QVERIFY(built.catalog->webhooks().at(0).webhook);
    QCOMPARE(built.catalog->operations().size(), 1); // webhooks are not callable operations
    QCOMPARE(count(built.diagnostics, DiagnosticCode::MissingPathParameter), 0);
}

void TestCatalog::operationAtAPointer()
{
    const Built built
        = build("openapi: 3.1.0\npaths:\n"
                "  /a/{id}:\n"
                "    parameters: [{name: id, in: path, required: true}]\n"
                "    put: {responses: {'200': {description: ok}}}\n"
                "    get: {responses: {'200': {description: ok}}}\n"
                "  /b~c:\n"
                "    delete: {responses: {'204': {description: gone}}}\n"
                "webhooks:\n  raised:\n    post: {responses: {'200': {description: ok}}}\n");
    QVERIFY2(built.catalog, qPrintable(describe(built.diagnostics)));
    auto keyAt = [&](const char *pointer) {
        const Operation *op = built.catalog->operationAt(QString::fromUtf8(pointer));
        return op ? op->key : QString();
    };
    QCOMPARE(keyAt("/paths/~1a~1{id}/put/responses/200"), u"PUT /a/{id}"_s);
    QCOMPARE(keyAt("/paths/~1a~1{id}/get"), u"GET /a/{id}"_s);
    // The path item's own parts lead to its first operation in the catalog's order (by method).
    QCOMPARE(keyAt("/paths/~1a~1{id}/parameters/0"), u"GET /a/{id}"_s);
    QCOMPARE(keyAt("/paths/~1a~1{id}"), u"GET /a/{id}"_s);
    QCOMPARE(keyAt("/paths/~1b~0c/delete"), u"DELETE /b~c"_s);
    QCOMPARE(keyAt("/paths/~1nowhere/get"), QString());
    QCOMPARE(keyAt("/webhooks/raised/post"), QString());
    QCOMPARE(keyAt("/components/schemas/A"), QString());
    QCOMPARE(keyAt(""), QString());
}

void TestCatalog::operationLimit()
{
    QByteArray paths;
    for (int i = 0; i < 30; ++i)
        paths += "  /p" + QByteArray::number(i)
                 + ": {get: {responses: {'200': {description: ok}}}, "
                   "delete: {responses: {'204': {description: ok}}}}\n";
    LoadOptions options;
    options.limits.maxOperations = 25;
    const Built built = build("openapi: 3.0.3\npaths:\n" + paths, u"doc.yaml"_s, options);
    QVERIFY(built.catalog);
    QCOMPARE(built.catalog->operations().size(), 25);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::OperationLimit), 1);
    QCOMPARE(find(built.diagnostics, DiagnosticCode::OperationLimit)->severity,
             Diagnostic::Severity::Error);
    QVERIFY(find(built.diagnostics, DiagnosticCode::OperationLimit)->message.contains(u"25"_s));
}

void TestCatalog::yamlAndJsonGiveTheSameCatalog()
{
    const QByteArray yaml
        = "openapi: 3.1.0\ninfo: {title: Same, version: '2'}\nservers: [{url: 'https://x.test'}]\n"
          "paths:\n  /b/{id}:\n    parameters: [{name: id, in: path, required: true, schema: "
          "{type: string}}]\n"
          "    delete: {tags: [B], responses: {'204': {description: gone}}}\n"
          "    get: {operationId: getB, tags: [B], parameters: [{name: q, in: query, type: "
          "string}],\n"
          "          responses: {'200': {description: ok}, default: {description: no}}}\n"
          "  /a:\n    post: {requestBody: {content: {application/json: {schema: {type: "
          "object}}}},\n"
          "           responses: {'201': {description: made}}}\n";
    const QByteArray json
        = R"({"openapi": "3.1.0", "info": {"title": "Same", "version": "2"}, "servers": [{"url": "https://x.test"}],
      "paths": {"/b/{id}": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "delete": {"tags": ["B"], "responses": {"204": {"description": "gone"}}},
        "get": {"operationId": "getB", "tags": ["B"], "parameters": [{"name": "q", "in": "query", "type": "string"}],
                "responses": {"200": {"description": "ok"}, "default": {"description": "no"}}}},
        "/a": {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                        "responses": {"201": {"description": "made"}}}}}})";
    const Built fromYaml = build(yaml, u"doc.yaml"_s);
    const Built fromJson = build(json, u"doc.json"_s);
    QVERIFY(fromYaml.catalog && fromJson.catalog);
    const QByteArray a = CatalogReport::catalogJson(*fromYaml.catalog);
    const QByteArray b = CatalogReport::catalogJson(*fromJson.catalog);
    QCOMPARE(a, b);
    QCOMPARE(fromYaml.catalog->operations().at(0).key, u"POST /a"_s); // sorted by path, then method
    QCOMPARE(fromYaml.catalog->operations().at(1).key, u"DELETE /b/{id}"_s);
    QCOMPARE(fromYaml.diagnostics.size(), fromJson.diagnostics.size());
}

void TestCatalog::swagger2IsConverted()
{
    const Built built = build(R"({"swagger": "2.0", "info": {"title": "Legacy XDR", "version": "1"},
      "host": "xdr.example.test", "basePath": "/api/v1", "schemes": ["https", "http"],
      "consumes": ["application/json"], "produces": ["application/json", "application/xml"],
      "securityDefinitions": {
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "basic": {"type": "basic"},
        "oauth": {"type": "oauth2", "flow": "application", "tokenUrl": "https://id.example.test/token", "scopes": {"read": "Read"}}},
      "security": [{"key": []}],
      "parameters": {
        "Limit": {"name": "limit", "in": "query", "type": "integer", "default": 20},
        "Body": {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Host"}}},
      "responses": {"NotFound": {"description": "no such host", "schema": {"$ref": "#/definitions/Error"}}},
      "paths": {
        "/hosts": {
          "get": {"operationId": "listHosts", "parameters": [{"$ref": "#/parameters/Limit"},
                    {"name": "ids", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "csv"}],
                  "responses": {"200": {"description": "hosts", "schema": {"type": "array", "items": {"$ref": "#/definitions/Host"}},
                                        "headers": {"X-Total": {"type": "integer"}}, "examples": {"application/json": [{"id": "h1"}]}}}},
          "post": {"operationId": "createHost", "parameters": [{"$ref": "#/parameters/Body"}],
                   "responses": {"201": {"description": "created"}, "404": {"$ref": "#/responses/NotFound"}}}},
        "/hosts/{id}/isolate": {
          "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}],
          "post": {"operationId": "isolateHost", "consumes": ["multipart/form-data"],
                   "parameters": [{"name": "reason", "in": "formData", "type": "string", "required": true},
                                  {"name": "evidence", "in": "formData", "type": "file"}],
                   "responses": {"202": {"description": "isolating"}}}},
        "/hosts/{id}/note": {
          "post": {"parameters": [{"name": "id", "in": "path", "required": true, "type": "string"},
                                  {"name": "text", "in": "formData", "type": "string"}],
                   "responses": {"200": {"description": "ok"}}}}},
      "definitions": {"Host": {"type": "object", "properties": {"id": {"type": "string"}, "peer": {"$ref": "#/definitions/Host"}}},
                      "Error": {"type": "object", "x-nullable": true}}})",
                              u"legacy.json"_s);
    QVERIFY2(built.catalog, qPrintable(describe(built.diagnostics)));
    QCOMPARE(built.catalog->info().specVersion, SpecVersion::Swagger20);
    QCOMPARE(countSeverity(built.diagnostics, Diagnostic::Severity::Error), 0);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::SwaggerConverted), 1);
    // host + basePath + schemes → servers.
    QCOMPARE(built.catalog->servers().size(), 2);
    QCOMPARE(built.catalog->servers().at(0).url, u"https://xdr.example.test/api/v1"_s);
    QCOMPARE(built.catalog->servers().at(1).url, u"http://xdr.example.test/api/v1"_s);
    // securityDefinitions → security schemes.
    const auto &schemes = built.catalog->securitySchemes();
    QCOMPARE(schemes.size(), 3);
    QCOMPARE(schemes.at(1).type, u"http"_s);
    QCOMPARE(schemes.at(1).scheme, u"basic"_s);
    QCOMPARE(schemes.at(2).flows.at(0).type, u"clientCredentials"_s);
    QCOMPARE(schemes.at(2).flows.at(0).tokenUrl, u"https://id.example.test/token"_s);
    // Parameters: referenced and inline, with csv → form without explode.
    const Operation &list = built.operation(u"GET /hosts"_s);
    QCOMPARE(parameterNames(list), QStringList({u"limit@query"_s, u"ids@query"_s}));
    QCOMPARE(list.parameters.at(0).schemaSummary.type, u"integer"_s);
    QVERIFY(!list.parameters.at(1).explode);
    QCOMPARE(list.responses.at(0).content.size(), 2); // one per produces media type
    QCOMPARE(list.responses.at(0).content.at(0).schemaSummary.type, u"array<Host>"_s);
    QCOMPARE(list.responses.at(0).headers.at(0).schemaSummary.type, u"integer"_s);
    QCOMPARE(built.catalog->document().dereferenced(list.responses.at(0).content.at(0).example),
             QJsonValue(QJsonArray{QJsonObject{{u"id"_s, u"h1"_s}}}));
    // body → request body with the consumes media types; shared responses stay shared.
    const Operation &create = built.operation(u"POST /hosts"_s);
    QCOMPARE(create.requestBodyContentTypes(), QStringList{u"application/json"_s});
    QVERIFY(create.requestBody->required);
    QCOMPARE(create.requestBody->content.at(0).schemaSummary.referenceName, u"Host"_s);
    QCOMPARE(create.responses.at(1).description, u"no such host"_s);
    QCOMPARE(create.responses.at(1).content.at(0).schemaSummary.referenceName, u"Error"_s);
    // formData → one object schema, multipart when a file is sent.
    const Operation &isolate = built.operation(u"POST /hosts/{id}/isolate"_s);
    QCOMPARE(isolate.requestBodyContentTypes(), QStringList{u"multipart/form-data"_s});
    QCOMPARE(parameterNames(isolate), QStringList{u"id@path"_s});
    const QJsonObject form = built.catalog->document()
                                 .dereferenced(isolate.requestBody->content.at(0).schema)
                                 .toObject();
    QCOMPARE(form[u"properties"_s][u"evidence"_s][u"format"_s].toString(), u"binary"_s);
    QCOMPARE(form[u"required"_s].toArray(), QJsonArray{u"reason"_s});
    // …and url-encoded when not, even though the document consumes JSON by default: the
    // operation's own consumes win, otherwise the document's apply.
    const Operation &note = built.operation(u"POST /hosts/{id}/note"_s);
    QCOMPARE(note.requestBodyContentTypes(), QStringList{u"application/json"_s});
    QVERIFY(note.operationIdSynthesised);
    QCOMPARE(isolate.capability, Capability::Response);
    QCOMPARE(isolate.risk, Risk::Response);
    // Recursive definitions survive the conversion.
    QCOMPARE(count(built.diagnostics, DiagnosticCode::RecursiveSchema), 1);
}

void TestCatalog::openApi30And31()
{
    for (const char *version : {"3.0.3", "3.1.0"}) {
        const Built built = build(
            QByteArray("openapi: ") + version
            + "\ninfo: {title: T, version: '1'}\npaths:\n"
              "  /pets: {get: {operationId: listPets, responses: {'200': {description: ok}}}}\n");
        QVERIFY(built.catalog);
        QCOMPARE(built.catalog->info().specVersionText, QString::fromLatin1(version));
        QCOMPARE(built.catalog->operations().size(), 1);
        QVERIFY2(built.diagnostics.isEmpty(), qPrintable(describe(built.diagnostics)));
    }
    // A 3.0 operation needs responses; a 3.1 document may even have no paths.
    QCOMPARE(count(build("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {/a: {get: {}}}\n")
                       .diagnostics,
                   DiagnosticCode::MissingField),
             1);
    QVERIFY(build("openapi: 3.1.0\ninfo: {title: T, version: '1'}\nwebhooks: {}\n")
                .diagnostics.isEmpty());
}

void TestCatalog::nonAsciiNames()
{
    const Built built
        = build("openapi: 3.1.0\ninfo: {title: Sécurité, version: '1'}\npaths:\n"
                "  /menaces/{identifiant}:\n    get:\n      operationId: obtenirMenaceÉlevée\n"
                "      summary: Obtenir une menace\n      tags: [Menaces]\n"
                "      parameters: [{name: identifiant, in: path, required: true, schema: {type: "
                "string}},\n"
                "                   {name: 名前, in: query, schema: {type: string}}]\n"
                "      responses: {'200': {description: ok}}\n"
                "  /données:\n    get: {responses: {'200': {description: ok}}}\n");
    QVERIFY(built.catalog);
    QCOMPARE(built.catalog->info().title, u"Sécurité"_s);
    const Operation &get = built.operation(u"GET /menaces/{identifiant}"_s);
    QCOMPARE(get.operationId, u"obtenirMenaceÉlevée"_s);
    QCOMPARE(get.parameters.at(1).name, u"名前"_s);
    QCOMPARE(built.operation(u"GET /données"_s).operationId, u"getDonnées"_s);
    const QJsonDocument json = QJsonDocument::fromJson(CatalogReport::catalogJson(*built.catalog));
    QCOMPARE(json[u"operations"_s][1][u"parameters"_s][1][u"name"_s].toString(), u"名前"_s);
}

void TestCatalog::tagAnnotationsClassify()
{
    const Built built
        = build("openapi: 3.1.0\ntags:\n"
                "  - {name: Containment, x-oxa-capability: response, x-oxa-risk: response}\n"
                "  - {name: Broken, x-oxa-capability: attack}\n"
                "paths:\n"
                "  /devices/{id}/network: {parameters: [{name: id, in: path, required: true, "
                "schema: {type: string}}],\n"
                "     put: {tags: [Containment], responses: {'200': {description: ok}}},\n"
                "     get: {tags: [Broken], x-oxa-capability: telemetry, responses: {'200': "
                "{description: ok}}}}\n"
                "  /misc: {post: {x-oxa-risk: sideways, responses: {'200': {description: ok}}}}\n");
    QVERIFY(built.catalog);
    const Operation &put = built.operation(u"PUT /devices/{id}/network"_s);
    QCOMPARE(put.capability, Capability::Response);
    QCOMPARE(put.risk, Risk::Response);
    QVERIFY(put.capabilityReason.contains(u"Containment"_s));
    QCOMPARE(built.operation(u"GET /devices/{id}/network"_s).capability, Capability::Telemetry);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::UnknownCapability), 1);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::UnknownRisk), 1);
    QCOMPARE(built.operation(u"POST /misc"_s).risk, Risk::Write);
}

void TestCatalog::canonicalJsonForm()
{
    const Built built
        = build("openapi: 3.1.0\ninfo: {title: 'Quote \" and é', version: '1'}\n"
                "servers: [{url: 'https://x.test/api'}]\n"
                "paths:\n  /a/{id}:\n    parameters: [{name: id, in: path, required: true, schema: "
                "{type: string}}]\n"
                "    get:\n      operationId: getA\n      tags: [One, Two]\n"
                "      parameters: [{name: q, in: query, schema: {type: string}}]\n"
                "      responses: {default: {description: e}, '200': {description: ok}}\n"
                "components: {securitySchemes: {k: {type: apiKey, name: k, in: query}}}\n");
    QVERIFY(built.catalog);
    // moc misreads \" inside raw strings, hence an ordinary literal here.
    QCOMPARE(CatalogReport::catalogJson(*built.catalog),
             QByteArray(
                 "{\"version\": \"3.1.0\", \"title\": \"Quote \\\" and \xc3\xa9\", \"servers\": "
                 "[\"https://x.test/api\"], "
                 "\"securitySchemes\": [\"k\"], \"operations\": [{\"method\": \"GET\", \"path\": "
                 "\"/a/{id}\", "
                 "\"operationId\": \"getA\", \"tags\": [\"One\", \"Two\"], \"parameters\": "
                 "[{\"name\": \"q\", "
                 "\"in\": \"query\", \"required\": false}, {\"name\": \"id\", \"in\": \"path\", "
                 "\"required\": true}], "
                 "\"requestBodyContentTypes\": [], \"responseCodes\": [\"200\", \"default\"], "
                 "\"capability\": \"other\", \"risk\": \"read\"}]}\n"));
}

void TestCatalog::canonicalJsonKeepsOperationIdsAsWritten()
{
    // Issue 14, §5: a workflow names operations as the document wrote them; the name given
    // here to one without an operationId is reported, but never as if the document had it.
    const Built built
        = build("openapi: 3.1.0\ninfo: {title: Ids, version: '1'}\npaths:\n"
                "  /a: {get: {operationId: getA, responses: {'200': {description: ok}}}}\n"
                "  /b: {get: {responses: {'200': {description: ok}}}}\n");
    QVERIFY(built.catalog);
    const QJsonArray operations
        = QJsonDocument::fromJson(CatalogReport::catalogJson(*built.catalog))[u"operations"_s]
              .toArray();
    QCOMPARE(operations.size(), 2);
    const QJsonObject written = operations.at(0).toObject();
    QCOMPARE(written[u"operationId"_s], QJsonValue(u"getA"_s));
    QVERIFY(!written.contains(u"synthesizedOperationId"_s));
    const QJsonObject synthesized = operations.at(1).toObject();
    QVERIFY(synthesized.contains(u"operationId"_s));
    QVERIFY(synthesized[u"operationId"_s].isNull());
    QCOMPARE(synthesized[u"synthesizedOperationId"_s],
             QJsonValue(built.operation(u"GET /b"_s).operationId));
    QCOMPARE(synthesized[u"synthesizedOperationId"_s].toString(), u"getB"_s);
    // The key follows operationId, before the tags.
    const QByteArray text = CatalogReport::catalogJson(*built.catalog);
    QVERIFY(text.contains("\"operationId\": null, \"synthesizedOperationId\": \"getB\", \"tags\""));
}

void TestCatalog::mediaTypesMatchTheMostSpecificFirst()
{
    QList<MediaType> content(4);
    content[0].name = u"*/*"_s;
    content[1].name = u"text/*"_s;
    content[2].name = u"application/json; charset=utf-8"_s;
    content[3].name = u"Application/Problem+JSON"_s;
    // Whatever the order: exact, then the family, then anything.
    QCOMPARE(mediaForContentType(content, u"application/json"), &content[2]);
    QCOMPARE(mediaForContentType(content, u"APPLICATION/JSON;charset=UTF-8"), &content[2]);
    QCOMPARE(mediaForContentType(content, u"application/problem+json"), &content[3]);
    QCOMPARE(mediaForContentType(content, u"text/csv"), &content[1]);
    QCOMPARE(mediaForContentType(content, u"image/png"), &content[0]);
    QCOMPARE(mediaForContentType(content, u""), &content[0]);
    content.removeFirst();
    QCOMPARE(mediaForContentType(content, u"image/png"), nullptr);
    QCOMPARE(mediaForContentType({}, u"application/json"), nullptr);
}

void TestCatalog::oxaFixture()
{
    const QString path = oxaFixturePath();
    if (path.isEmpty())
        QSKIP("../shared/fixtures/oxa is not beside the checkout");
    Built built;
    built.loaded = SpecLoader::load(path);
    QVERIFY(built.loaded.document);
    built.diagnostics = built.loaded.diagnostics;
    built.catalog = Catalog::build(built.loaded.document, LoadLimits{}, built.diagnostics);
    QCOMPARE(built.catalog->operations().size(), 379);
    QCOMPARE(count(built.diagnostics, DiagnosticCode::DanglingRef), 12);
    QCOMPARE(countSeverity(built.diagnostics, Diagnostic::Severity::Error), 12);

    // The /register path item is a $ref to /conf/connectors: its two operations are there.
    QCOMPARE(built.operation(u"GET /register"_s).operationId, u"get_connectors_resource"_s);
    QCOMPARE(built.operation(u"POST /register"_s).operationId, u"post_connectors_resource"_s);

    // Swagger-2-style parameters have schemas.
    const Operation &alerts = built.operation(u"GET /alerts"_s);
    QVERIFY(alerts.parameters.size() > 20);
    for (const Parameter &parameter : alerts.parameters) {
        if (parameter.name == u"sort")
            continue; // written without a type in the document: reported, accepts anything
        QVERIFY2(parameter.schema, qPrintable(parameter.name));
    }

    // Every operation has a capability and a risk with their reasons.
    for (const Operation &operation : built.catalog->operations()) {
        QVERIFY(!operation.capabilityReason.isEmpty());
        QVERIFY(!operation.riskReason.isEmpty());
    }

    struct Pin
    {
        const char *key;
        Capability capability;
        Risk risk;
    };
    const Pin pins[] = {
        // enrichment: look-ups and searches of security data
        {"GET /alerts", Capability::Enrichment, Risk::Read},
        {"GET /alerts/{uuid}", Capability::Enrichment, Risk::Read},
        {"GET /cti/observables", Capability::Enrichment, Risk::Read},
        {"GET /cti/observables/{uuid}", Capability::Enrichment, Risk::Read},
        {"POST /cti/observables/bulk-search", Capability::Enrichment, Risk::Read},
        {"POST /cti/observables/search", Capability::Enrichment, Risk::Read},
        {"POST /cti/objects/search", Capability::Enrichment, Risk::Read},
        {"GET /cti/indicators", Capability::Enrichment, Risk::Read},
        {"GET /cti/indicators/context", Capability::Enrichment, Risk::Read},
        {"GET /cti/objects/{object_id}/context", Capability::Enrichment, Risk::Read},
        {"POST /cti/indicators/indicates-relationships", Capability::Enrichment, Risk::Read},
        {"GET /asset-management/assets", Capability::Enrichment, Risk::Read},
        {"GET /cases/{case_uuid}", Capability::Enrichment, Risk::Read},
        {"GET /kill-chains", Capability::Enrichment, Risk::Read},
        {"POST /conf/events/search/jobs", Capability::Enrichment, Risk::Read},
        {"POST /notebooks/queries/runs", Capability::Enrichment, Risk::Read},
        // telemetry: counters, time series, statistics — POSTs included
        {"POST /telemetry/events", Capability::Telemetry, Risk::Read},
        {"POST /telemetry/events/counters", Capability::Telemetry, Risk::Read},
        {"GET /telemetry/assets/heatmap", Capability::Telemetry, Risk::Read},
        {"GET /alerts/statistics", Capability::Telemetry, Risk::Read},
        {"POST /cti/observables/count", Capability::Telemetry, Risk::Read},
        {"GET /cti/statistics/top/{type}", Capability::Telemetry, Risk::Read},
        {"GET /orchestration/playbooks/statistics", Capability::Telemetry, Risk::Read},
        // response: countermeasures, actions, playbooks, cases and alerts
        {"PATCH /alerts/countermeasures/{countermeasure_uuid}/activate",
         Capability::Response,
         Risk::Response},
        {"PATCH /alerts/countermeasures/{countermeasure_uuid}/deny",
         Capability::Response,
         Risk::Response},
        {"PATCH /alerts/countermeasures/{countermeasure_uuid}/{action_step_name_or_uuid}/activate",
         Capability::Response,
         Risk::Response},
        {"POST /orchestration/actions/{uuid}/run", Capability::Response, Risk::Response},
        {"POST /orchestration/playbook-runs/{uuid}/re-run", Capability::Response, Risk::Response},
        {"POST /cases", Capability::Response, Risk::Write},
        {"PATCH /alerts/{uuid}/workflow", Capability::Response, Risk::Write},
        {"POST /alerts/{uuid}/countermeasures", Capability::Response, Risk::Write},
        {"PATCH /alerts/bulk/add-to-case", Capability::Response, Risk::Write},
        {"DELETE /cases/{case_uuid}", Capability::Response, Risk::Destructive},
        {"DELETE /alerts/{uuid}", Capability::Response, Risk::Destructive},
        // administration: configuration CRUD
        {"GET /users", Capability::Administration, Risk::Read},
        {"POST /users", Capability::Administration, Risk::Write},
        {"GET /conf/rules-catalog/rules", Capability::Administration, Risk::Read},
        {"POST /conf/rules-catalog/rules", Capability::Administration, Risk::Write},
        {"DELETE /conf/rules-catalog/rules/{uuid}", Capability::Administration, Risk::Destructive},
        {"GET /conf/connectors", Capability::Administration, Risk::Read},
        {"PATCH /conf/connectors/{uuid}", Capability::Administration, Risk::Write},
        {"POST /conf/countermeasures", Capability::Administration, Risk::Write},
        {"GET /conf/countermeasures", Capability::Administration, Risk::Read},
        {"POST /orchestration/playbooks/{uuid}/activate", Capability::Administration, Risk::Write},
        {"POST /auth/login", Capability::Administration, Risk::Write},
        {"POST /ingestion/formats/parse", Capability::Administration, Risk::Read},
        {"DELETE /ingestion/formats/{format_uuid}/", Capability::Administration, Risk::Destructive},
        {"POST /cti/ioc-collections/{uuid}/cti/indicators/text",
         Capability::Administration,
         Risk::Write},
        {"POST /notebooks/queries", Capability::Administration, Risk::Write},
    };
    int pinned = 0;
    for (const Pin &pin : pins) {
        const Operation &operation = built.operation(QString::fromUtf8(pin.key));
        QVERIFY2(operation.capability == pin.capability,
                 qPrintable(u"%1: %2 (%3)"_s.arg(QString::fromUtf8(pin.key),
                                                 QLatin1String(capabilityName(operation.capability)),
                                                 operation.capabilityReason)));
        QVERIFY2(operation.risk == pin.risk,
                 qPrintable(u"%1: %2 (%3)"_s.arg(QString::fromUtf8(pin.key),
                                                 QLatin1String(riskName(operation.risk)),
                                                 operation.riskReason)));
        ++pinned;
    }
    QVERIFY(pinned >= 30);

    // Nothing acts on the estate that is not a response, and every DELETE is destructive.
    for (const Operation &operation : built.catalog->operations()) {
        if (operation.risk == Risk::Response)
            QCOMPARE(operation.capability, Capability::Response);
        if (operation.method == u"DELETE")
            QCOMPARE(operation.risk, Risk::Destructive);
        if (operation.method == u"GET")
            QCOMPARE(operation.risk, Risk::Read);
    }
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
