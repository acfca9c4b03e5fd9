// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalog.h"
#include "request/requestbuilder.h"
#include "schema/schemaset.h"
#include "support/testdocuments.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Oxa;

namespace {

const QByteArray kDocument = R"(openapi: 3.1.0
info: {title: Calls, version: "1"}
servers:
  - url: https://{region}.xdr.example/api/{version}
    variables:
      region: {default: eu, enum: [eu, us]}
      version: {default: v2}
paths:
  /hosts/{hostId}/events/{kinds}:
    get:
      operationId: hostEvents
      parameters:
        - {name: hostId, in: path, required: true, schema: {type: string}}
        - {name: kinds, in: path, required: true, style: label, explode: true, schema: {type: array, items: {type: string}}}
        - {name: severity, in: query, schema: {type: array, items: {type: integer}}}
        - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {status: {type: string}, owner: {type: string}}}}
        - {name: q, in: query, allowReserved: true, schema: {type: string}}
        - {name: ids, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
        - {name: where, in: query, content: {application/json: {schema: {type: object}}}}
        - {name: X-Request-Id, in: header, schema: {type: string}}
        - {name: Accept, in: header, schema: {type: string}}
        - {name: tenant, in: cookie, schema: {type: string}}
        - {name: theme, in: cookie, schema: {type: string}}
      responses: {'200': {description: ok}}
  /alerts:
    post:
      operationId: createAlert
      servers: [{url: /relative/base}]
      requestBody:
        content:
          application/json: {schema: {type: object}}
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                title: {type: string}
                tags: {type: array, items: {type: string}}
                meta: {type: object}
            encoding:
              tags: {style: spaceDelimited, explode: false}
          multipart/form-data:
            schema:
              type: object
              properties:
                sample: {type: string, format: binary}
                note: {type: string}
                context: {type: object}
          text/plain: {schema: {type: string}}
          application/octet-stream: {schema: {type: string, format: binary}}
      responses: {'201': {description: created}}
)";

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = OxaTest::catalogFromText(kDocument);
        QVERIFY(m_catalog);
        m_schemas = std::make_unique<SchemaSet>(m_catalog->documentPointer());
    }

    void parametersInEveryPlace()
    {
        const Operation *op
            = m_catalog->operationByKey(QStringLiteral("GET /hosts/{hostId}/events/{kinds}"));
        RequestValues values;
        values.path
            = {{QStringLiteral("hostId"), QStringLiteral("web 01/a")},
               {QStringLiteral("kinds"), QJsonArray{QStringLiteral("dns"), QStringLiteral("tls")}}};
        values.query
            = {{QStringLiteral("severity"), QJsonArray{3, 4}},
               {QStringLiteral("filter"),
                QJsonObject{{QStringLiteral("owner"), QStringLiteral("soc")},
                            {QStringLiteral("status"), QStringLiteral("open")}}},
               {QStringLiteral("q"), QStringLiteral("a/b?c")},
               {QStringLiteral("ids"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}},
               {QStringLiteral("where"),
                QJsonObject{{QStringLiteral("ip"), QStringLiteral("192.0.2.1")}}}};
        values.header = {{QStringLiteral("X-Request-Id"), QStringLiteral("r-1")},
                         {QStringLiteral("Accept"), QStringLiteral("text/html")}};
        values.cookie = {{QStringLiteral("tenant"), QStringLiteral("acme")},
                         {QStringLiteral("theme"), QStringLiteral("dark")}};
        const auto built = RequestBuilder::build(*op, values, QString(), QUrl(), m_schemas.get());
        QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
        QCOMPARE(built->method, QByteArray("GET"));
        // The server's variables take their defaults; the path values are percent-encoded; the
        // query keeps the declared order of deepObject members, and `|` is encoded on the wire.
        QCOMPARE(
            built->url.toString(QUrl::FullyEncoded),
            QStringLiteral(
                "https://eu.xdr.example/api/v2/hosts/web%2001%2Fa/events/.dns.tls"
                "?severity=3&severity=4&filter[status]=open&filter[owner]=soc&q=a/b?c&ids=x%7Cy"
                "&where=%7B%22ip%22%3A%22192.0.2.1%22%7D"));
        QCOMPARE(built->header("X-Request-Id"), QByteArray("r-1"));
        QVERIFY(built->header("Accept").isEmpty()); // Accept, Content-Type, Authorization: ignored
        QCOMPARE(built->header("Cookie"), QByteArray("tenant=acme; theme=dark"));
        QVERIFY(!built->hasBody());
    }

    void refusals()
    {
        const Operation *op
            = m_catalog->operationByKey(QStringLiteral("GET /hosts/{hostId}/events/{kinds}"));
        RequestValues values;
        values.path = {{QStringLiteral("hostId"), QStringLiteral("h")}};
        auto built = RequestBuilder::build(*op, values, QString());
        QVERIFY(!built);
        QCOMPARE(built.error().message, QStringLiteral("The path parameter kinds has no value."));
        values.path.insert(QStringLiteral("kinds"), QJsonArray{QStringLiteral("dns")});
        values.header = {{QStringLiteral("X-Request-Id"), QStringLiteral("a\r\nX-Injected: 1")}};
        built = RequestBuilder::build(*op, values, QString());
        QVERIFY(!built);
        QVERIFY(built.error().message.contains(QStringLiteral("line break")));
        values.header = {};
        QVERIFY(!RequestBuilder::build(*op, values, QStringLiteral("ftp://files.example/")));
        QVERIFY(!RequestBuilder::build(*op, values, QStringLiteral("not a url")));
        // A typed base URL wins over the document's servers; its path is kept.
        built = RequestBuilder::build(*op, values, QStringLiteral("http://127.0.0.1:8080/base/"));
        QVERIFY(built);
        QCOMPARE(built->url.toString(),
                 QStringLiteral("http://127.0.0.1:8080/base/hosts/h/events/.dns"));
    }

    void bodies()
    {
        const Operation *op = m_catalog->operationByKey(QStringLiteral("POST /alerts"));
        RequestValues values;
        // A relative server resolves against the document's location when it was downloaded.
        values.mediaType = QStringLiteral("application/json");
        values.body = QJsonObject{{QStringLiteral("title"), QStringLiteral("Beacon")}};
        auto built = RequestBuilder::build(*op,
                                           values,
                                           QString(),
                                           QUrl(QStringLiteral("https://xdr.example/openapi.json")),
                                           m_schemas.get());
        QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
        QCOMPARE(built->url.toString(), QStringLiteral("https://xdr.example/relative/base/alerts"));
        QCOMPARE(built->body, QByteArray(R"({"title":"Beacon"})"));
        QCOMPARE(built->header("Content-Type"), QByteArray("application/json"));
        // Without a location, a relative server cannot be called.
        QVERIFY(!RequestBuilder::build(*op, values, QString()));

        const QString base = QStringLiteral("https://xdr.example");
        values.mediaType = QStringLiteral("application/x-www-form-urlencoded");
        values.body = QJsonObject{{QStringLiteral("title"), QStringLiteral("a b&c")},
                                  {QStringLiteral("tags"),
                                   QJsonArray{QStringLiteral("apt"), QStringLiteral("c2")}},
                                  {QStringLiteral("meta"),
                                   QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}};
        built = RequestBuilder::build(*op, values, base, QUrl(), m_schemas.get());
        QVERIFY(built);
        // Declared order; the encoding object makes `tags` space-delimited; objects explode.
        QCOMPARE(built->body, QByteArray("title=a%20b%26c&tags=apt%20c2&k=v"));

        values.mediaType = QStringLiteral("multipart/form-data");
        values.body
            = QJsonObject{{QStringLiteral("sample"), QStringLiteral("/tmp/sample.bin")},
                          {QStringLiteral("note"), QStringLiteral("from the sandbox")},
                          {QStringLiteral("context"), QJsonObject{{QStringLiteral("case"), 7}}}};
        built = RequestBuilder::build(*op, values, base, QUrl(), m_schemas.get());
        QVERIFY(built);
        QCOMPARE(built->parts.size(), 3);
        QCOMPARE(built->parts[0].name, QByteArray("sample"));
        QCOMPARE(built->parts[0].file, QStringLiteral("/tmp/sample.bin"));
        QCOMPARE(built->parts[0].contentType, QByteArray("application/octet-stream"));
        QCOMPARE(built->parts[1].data, QByteArray("from the sandbox"));
        QCOMPARE(built->parts[2].data, QByteArray(R"({"case":7})"));
        QCOMPARE(built->parts[2].contentType, QByteArray("application/json"));
        QVERIFY(built->header("Content-Type").isEmpty()); // the multipart writer adds its boundary

        values.mediaType = QStringLiteral("text/plain");
        values.body = QStringLiteral("free text");
        built = RequestBuilder::build(*op, values, base, QUrl(), m_schemas.get());
        QCOMPARE(built->body, QByteArray("free text"));
        QCOMPARE(built->header("Content-Type"), QByteArray("text/plain; charset=utf-8"));

        values.mediaType = QStringLiteral("application/octet-stream");
        values.body = QStringLiteral("/tmp/dump.pcap");
        built = RequestBuilder::build(*op, values, base, QUrl(), m_schemas.get());
        QCOMPARE(built->bodyFile, QStringLiteral("/tmp/dump.pcap"));
        QVERIFY(built->body.isEmpty());
    }

private:
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<SchemaSet> m_schemas;
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
