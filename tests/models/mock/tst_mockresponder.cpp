// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// What the mock answers: the response and example Prefer chooses, or one made from the schema.
#include "mock/mockresponder.h"
#include "schema/schemaset.h"
#include "support/testdocuments.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Oxa;

namespace {

const QByteArray kDocument
    = "openapi: 3.1.0\n"
      "info: {title: Replies, version: '1'}\n"
      "paths:\n"
      "  /alerts/{id}:\n"
      "    get:\n"
      "      responses:\n"
      "        '200':\n"
      "          description: ok\n"
      "          content:\n"
      "            text/plain: {example: 'plain text'}\n"
      "            application/json:\n"
      "              examples:\n"
      "                open: {value: {id: a-1, status: open}}\n"
      "                closed: {value: {id: a-2, status: closed}}\n"
      "        '404':\n"
      "          description: missing\n"
      "          content: {application/problem+json: {example: {title: not found}}}\n"
      "        5XX: {description: broken}\n"
      "  /cases:\n"
      "    post:\n"
      "      responses:\n"
      "        '201':\n"
      "          description: created\n"
      "          content:\n"
      "            application/json:\n"
      "              schema: {type: object, required: [id, severity], properties: {id: {type: "
      "string, format: uuid}, severity: {type: integer, minimum: 1, maximum: 5}}}\n"
      "        default: {description: error}\n";

QJsonObject json(const MockReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

} // namespace

class TestMockResponder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesAsPreferSays()
    {
        const auto catalog = OxaTest::catalogFromText(kDocument);
        QVERIFY(catalog);
        const MockResponder responder(catalog,
                                      std::make_shared<SchemaSet>(catalog->documentPointer()));
        const Operation &get = *catalog->operationByKey(u"GET /alerts/{id}");
        // The first success, its JSON media type, its first example.
        MockReply reply = responder.reply(get);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(json(reply).value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(reply.exampleName, QStringLiteral("open"));
        // A named example; a code; a class of codes.
        reply = responder.reply(get, "example=closed");
        QCOMPARE(json(reply).value(QStringLiteral("id")).toString(), QStringLiteral("a-2"));
        reply = responder.reply(get, "code=404");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        QCOMPARE(json(reply).value(QStringLiteral("title")).toString(), QStringLiteral("not found"));
        reply = responder.reply(get, "code=503, example=whatever");
        QCOMPARE(reply.status, 503);
        QVERIFY(reply.body.isEmpty());
        // What the document does not have is said, as a problem description.
        reply = responder.reply(get, "code=418");
        QCOMPARE(reply.status, 500);
        QVERIFY(
            json(reply).value(QStringLiteral("detail")).toString().contains(QStringLiteral("418")));
        reply = responder.reply(get, "example=nope");
        QCOMPARE(reply.status, 500);
        QCOMPARE(responder.reply(get, "code=banana").status, 400);
    }

    void generatesFromTheSchema()
    {
        const auto catalog = OxaTest::catalogFromText(kDocument);
        auto schemas = std::make_shared<SchemaSet>(catalog->documentPointer());
        const MockResponder responder(catalog, schemas);
        const Operation &post = *catalog->operationByKey(u"POST /cases");
        const MockReply reply = responder.reply(post);
        QCOMPARE(reply.status, 201);
        const QJsonObject body = json(reply);
        QCOMPARE(body.value(QStringLiteral("id")).toString().size(), 36); // a uuid
        const int severity = body.value(QStringLiteral("severity")).toInt();
        QVERIFY(severity >= 1 && severity <= 5);
        QCOMPARE(responder.reply(post, "code=500").status, 500); // default
        QVERIFY(responder.reply(post, "code=500").body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMockResponder)
#include "tst_mockresponder.moc"
