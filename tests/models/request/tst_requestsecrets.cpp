// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The one rule for "the secret values of a request": every place a secret may sit in a request's
// values (parameters by place, name and schema; body fields by schema, however deep or however
// reached), what is kept (left out) and what is shown (masked).
#include "core/secrets.h"
#include "request/requestsecrets.h"
#include "schema/schemaset.h"
#include "support/testdocuments.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kDocument = R"(openapi: 3.1.0
info: {title: Secrets, version: '1'}
paths:
  /login/{tenant}:
    post:
      operationId: login
      parameters:
        - {name: tenant, in: path, required: true, schema: {type: string}}
        - {name: api_key, in: query, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
        - {name: X-Session-Token, in: header, schema: {type: string}}
        - {name: X-Request-Id, in: header, schema: {type: string}}
        - {name: X-Pin, in: header, schema: {type: string, format: password}}
        - {name: X-Otp, in: header, schema: {$ref: '#/components/schemas/OneTime'}}
        - {name: prefs, in: cookie, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Login'}
          text/plain:
            schema: {type: string}
      responses: {'200': {description: ok}}
  /plain:
    post:
      operationId: plain
      requestBody:
        content:
          application/json:
            schema: {type: string, format: password}
      responses: {'204': {description: ok}}
components:
  schemas:
    OneTime: {type: integer, writeOnly: true}
    Login:
      type: object
      properties:
        user: {type: string}
        password: {type: string, format: password}
        profile:
          allOf:
            - {$ref: '#/components/schemas/Profile'}
        devices:
          type: array
          prefixItems: [{type: object, properties: {pin: {type: string, writeOnly: true}}}]
          items: {type: object, properties: {label: {type: string}}}
        extra:
          type: object
          patternProperties:
            '^x-secret-': {type: string, writeOnly: true}
          additionalProperties: {type: string}
        either:
          oneOf:
            - {type: object, properties: {recovery: {type: string, format: password}}}
            - {type: object, properties: {hint: {type: string}}}
    Profile:
      type: object
      properties:
        nick: {type: string}
        passphrase: {type: string, writeOnly: true}
)";

} // namespace

class TestRequestSecrets : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Catalog> m_catalog;

    RequestSecrets secretsOf(const QString &key, const RequestValues &values)
    {
        SchemaSet schemas(m_catalog->documentPointer());
        return requestSecrets(*m_catalog->operationByKey(key), schemas, values);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = OxaTest::catalogFromText(kDocument);
        QVERIFY(m_catalog);
        QVERIFY(m_catalog->operationByKey(u"POST /login/{tenant}"));
    }

    void parametersBySchemaNameAndPlace()
    {
        RequestValues values;
        values.path.insert(u"tenant"_s, u"acme"_s);
        values.query.insert(u"api_key"_s, u"k3y-quer1"_s);
        values.query.insert(u"page"_s, 2);
        values.header.insert(u"X-Session-Token"_s, u"s3ss-t0ken"_s);
        values.header.insert(u"X-Request-Id"_s, u"req-17"_s);
        values.header.insert(u"X-Pin"_s, u"4711"_s);
        values.header.insert(u"X-Otp"_s, 123456);
        values.cookie.insert(u"prefs"_s, u"dark-mode"_s);
        // Given without a declaration: judged by its name alone.
        values.query.insert(u"access_token"_s, u"undeclared-t0k"_s);
        const RequestSecrets found = secretsOf(u"POST /login/{tenant}"_s, values);

        QStringList places = found.places;
        places.sort();
        QCOMPARE(places,
                 (QStringList{u"cookie/prefs"_s,
                              u"header/X-Otp"_s,
                              u"header/X-Pin"_s,
                              u"header/X-Session-Token"_s,
                              u"query/access_token"_s,
                              u"query/api_key"_s}));
        for (const QByteArray &secret : {QByteArray("k3y-quer1"),
                                         QByteArray("s3ss-t0ken"),
                                         QByteArray("4711"),
                                         QByteArray("123456"),
                                         QByteArray("dark-mode"),
                                         QByteArray("undeclared-t0k")})
            QVERIFY2(found.values.contains(secret), secret.constData());
        QVERIFY(!found.values.contains("acme"));
        QVERIFY(!found.values.contains("req-17"));
        QVERIFY(!found.values.contains("2"));

        // Kept: the secrets left out, the rest as given.
        QCOMPARE(found.kept.path, values.path);
        QCOMPARE(found.kept.query, (QJsonObject{{u"page"_s, 2}}));
        QCOMPARE(found.kept.header, (QJsonObject{{u"X-Request-Id"_s, u"req-17"_s}}));
        QVERIFY(found.kept.cookie.isEmpty());
        // Masked: every key still there, so that a request built from them has the same shape.
        const QString mask = QString::fromUtf8(secretMask());
        QCOMPARE(found.masked.query.value(u"api_key"_s).toString(), mask);
        QCOMPARE(found.masked.query.value(u"access_token"_s).toString(), mask);
        QCOMPARE(found.masked.query.value(u"page"_s).toInt(), 2);
        QCOMPARE(found.masked.header.value(u"X-Otp"_s).toString(), mask);
        QCOMPARE(found.masked.header.value(u"X-Pin"_s).toString(), mask);
        QCOMPARE(found.masked.header.value(u"X-Request-Id"_s).toString(), u"req-17"_s);
        QCOMPARE(found.masked.cookie.value(u"prefs"_s).toString(), mask);
    }

    void bodyFieldsAtAnyDepth()
    {
        RequestValues values;
        values.mediaType = u"application/json"_s;
        values.body = QJsonObject{
            {u"user"_s, u"ana"_s},
            {u"password"_s, u"hunter2-pass"_s},
            {u"profile"_s, QJsonObject{{u"nick"_s, u"an"_s}, {u"passphrase"_s, u"correct horse"_s}}},
            {u"devices"_s,
             QJsonArray{QJsonObject{{u"pin"_s, u"9876"_s}}, QJsonObject{{u"label"_s, u"laptop"_s}}}},
            {u"extra"_s, QJsonObject{{u"x-secret-seed"_s, u"seedseed"_s}, {u"colour"_s, u"teal"_s}}},
            {u"either"_s, QJsonObject{{u"recovery"_s, u"rec0very-code"_s}}},
        };
        const RequestSecrets found = secretsOf(u"POST /login/{tenant}"_s, values);
        QStringList places = found.places;
        places.sort();
        QCOMPARE(places,
                 (QStringList{u"body/devices/0/pin"_s,
                              u"body/either/recovery"_s,
                              u"body/extra/x-secret-seed"_s,
                              u"body/password"_s,
                              u"body/profile/passphrase"_s}));
        for (const QByteArray &secret : {QByteArray("hunter2-pass"),
                                         QByteArray("correct horse"),
                                         QByteArray("9876"),
                                         QByteArray("seedseed"),
                                         QByteArray("rec0very-code")})
            QVERIFY2(found.values.contains(secret), secret.constData());
        QCOMPARE(found.values.size(), 5);

        const QJsonObject kept = found.kept.body.toObject();
        QCOMPARE(kept.value(u"user"_s).toString(), u"ana"_s);
        QVERIFY(!kept.contains(u"password"_s));
        QCOMPARE(kept.value(u"profile"_s).toObject(), (QJsonObject{{u"nick"_s, u"an"_s}}));
        // An array keeps its length: the secret item's field is left out, not the item.
        QCOMPARE(kept.value(u"devices"_s).toArray(),
                 (QJsonArray{QJsonObject{}, QJsonObject{{u"label"_s, u"laptop"_s}}}));
        QCOMPARE(kept.value(u"extra"_s).toObject(), (QJsonObject{{u"colour"_s, u"teal"_s}}));
        QCOMPARE(kept.value(u"either"_s).toObject(), QJsonObject{});

        const QString mask = QString::fromUtf8(secretMask());
        const QJsonObject masked = found.masked.body.toObject();
        QCOMPARE(masked.value(u"password"_s).toString(), mask);
        QCOMPARE(masked.value(u"user"_s).toString(), u"ana"_s);
        QCOMPARE(masked.value(u"profile"_s).toObject().value(u"passphrase"_s).toString(), mask);
        QCOMPARE(masked.value(u"devices"_s).toArray().at(0).toObject().value(u"pin"_s).toString(),
                 mask);
    }

    void theBodyIsReadWithItsMediaType()
    {
        // The same text under text/plain has no secret field; under JSON it is a string, not
        // an object, so none of the Login fields applies either.
        RequestValues values;
        values.mediaType = u"text/plain"_s;
        values.body = u"password=hunter2"_s;
        QVERIFY(secretsOf(u"POST /login/{tenant}"_s, values).places.isEmpty());
        // A body that is a secret as a whole is left out whole.
        RequestValues whole;
        whole.body = u"whole-body-secret"_s;
        const RequestSecrets found = secretsOf(u"POST /plain"_s, whole);
        QCOMPARE(found.places, QStringList{u"body"_s});
        QCOMPARE(found.values, QList<QByteArray>{"whole-body-secret"});
        QVERIFY(found.kept.body.isUndefined());
        QCOMPARE(found.masked.body.toString(), QString::fromUtf8(secretMask()));
    }

    void aCyclicSchemaEnds()
    {
        const auto catalog = OxaTest::catalogFromText(R"(openapi: 3.1.0
info: {title: Cycle, version: '1'}
paths:
  /n:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Node'}
      responses: {'204': {description: ok}}
components:
  schemas:
    Node:
      type: object
      properties:
        secret: {type: string, writeOnly: true}
        next: {$ref: '#/components/schemas/Node'}
      allOf: [{$ref: '#/components/schemas/Node'}]
)");
        QVERIFY(catalog);
        // A chain deeper than the walk: the walk stops, never recursing without end.
        QJsonValue chain = QJsonObject{{u"secret"_s, u"deepest-one"_s}};
        for (int i = 0; i < 200; ++i)
            chain = QJsonObject{{u"next"_s, chain}, {u"secret"_s, u"level-%1"_s.arg(i)}};
        RequestValues values;
        values.body = chain;
        SchemaSet schemas(catalog->documentPointer());
        const RequestSecrets found
            = requestSecrets(*catalog->operationByKey(u"POST /n"), schemas, values);
        QVERIFY(found.values.contains("level-199"));
        QVERIFY(found.values.contains("level-140"));
        QVERIFY(found.places.contains(u"body/secret"_s));
    }
};

QTEST_GUILESS_MAIN(TestRequestSecrets)
#include "tst_requestsecrets.moc"
