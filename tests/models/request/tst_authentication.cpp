// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalog.h"
#include "request/authentication.h"
#include "support/httptestserver.h"
#include "support/testdocuments.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Oxa;
using OxaTest::HttpTestServer;

namespace {

const QByteArray kDocument = R"(openapi: 3.1.0
info: {title: Auth, version: "1"}
components:
  securitySchemes:
    keyHeader: {type: apiKey, in: header, name: X-API-Key}
    keyQuery: {type: apiKey, in: query, name: api_key}
    keyCookie: {type: apiKey, in: cookie, name: session}
    basic: {type: http, scheme: basic}
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: /token, scopes: {alerts.read: read alerts}}}
security: [{keyHeader: []}]
paths:
  /default: {get: {responses: {'200': {description: ok}}}}
  /either: {get: {security: [{basic: []}, {bearer: []}], responses: {'200': {description: ok}}}}
  /both: {get: {security: [{keyQuery: [], keyCookie: []}], responses: {'200': {description: ok}}}}
  /open: {get: {security: [], responses: {'200': {description: ok}}}}
  /optional: {get: {security: [{}, {bearer: []}], responses: {'200': {description: ok}}}}
  /oauth: {get: {security: [{oauth: [alerts.read]}], responses: {'200': {description: ok}}}}
)";

SchemeSecret value(const QByteArray &v)
{
    SchemeSecret s;
    s.value = v;
    return s;
}

Result<AccessToken> waitForToken(TokenProvider &provider,
                                 const SecurityScheme &scheme,
                                 const SchemeSecret &secret)
{
    std::optional<Result<AccessToken>> result;
    provider.token(scheme, secret, [&](const Result<AccessToken> &r) { result = r; });
    QElapsedTimer waited;
    waited.start();
    while (!result && waited.elapsed() < 10000)
        QTest::qWait(10);
    if (!result)
        return makeError(Error::Code::Network, QStringLiteral("no answer"));
    return *result;
}

} // namespace

class TestAuthentication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = OxaTest::catalogFromText(kDocument);
        QVERIFY(m_catalog);
    }

    void credentialsFromRequirements()
    {
        const auto op
            = [&](const char *key) { return m_catalog->operationByKey(QString::fromLatin1(key)); };
        QHash<QString, SchemeSecret> secrets;
        // The document's requirement applies where the operation says nothing.
        auto c = credentialsFor(*op("GET /default"), *m_catalog, secrets);
        QVERIFY(!c);
        QCOMPARE(c.error().message,
                 QStringLiteral("The operation needs credentials for keyHeader."));
        secrets.insert(QStringLiteral("keyHeader"), value("k1"));
        c = credentialsFor(*op("GET /default"), *m_catalog, secrets);
        QVERIFY(c);
        QCOMPARE(c->headers, (QList<QPair<QByteArray, QByteArray>>{{"X-API-Key", "k1"}}));

        // Alternatives: the first one with its secrets.
        SchemeSecret basic;
        basic.user = "analyst";
        basic.password = "pa:ss";
        secrets.insert(QStringLiteral("bearer"), value("jwt"));
        c = credentialsFor(*op("GET /either"), *m_catalog, secrets);
        QCOMPARE(c->headers.value(0).second, QByteArray("Bearer jwt"));
        secrets.insert(QStringLiteral("basic"), basic);
        c = credentialsFor(*op("GET /either"), *m_catalog, secrets);
        QCOMPARE(c->headers.value(0).second, "Basic " + QByteArray("analyst:pa:ss").toBase64());

        // All the schemes of one requirement together.
        secrets.insert(QStringLiteral("keyQuery"), value("q1"));
        QVERIFY(!credentialsFor(*op("GET /both"), *m_catalog, secrets));
        secrets.insert(QStringLiteral("keyCookie"), value("c1"));
        c = credentialsFor(*op("GET /both"), *m_catalog, secrets);
        QCOMPARE(c->query,
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("api_key"), QStringLiteral("q1")}}));
        QCOMPARE(c->cookies, (QList<QPair<QByteArray, QByteArray>>{{"session", "c1"}}));

        // No requirement, or anonymous first: nothing sent.
        QVERIFY(credentialsFor(*op("GET /open"), *m_catalog, secrets)->isEmpty());
        QVERIFY(credentialsFor(*op("GET /optional"), *m_catalog, secrets)->isEmpty());

        // OAuth2 needs its token.
        QVERIFY(!credentialsFor(*op("GET /oauth"), *m_catalog, secrets));
        AccessToken token;
        token.token = "t0k";
        c = credentialsFor(*op("GET /oauth"),
                           *m_catalog,
                           secrets,
                           {{QStringLiteral("oauth"), token}});
        QCOMPARE(c->headers.value(0).second, QByteArray("Bearer t0k"));
    }

    void clientCredentialsCachedRefreshedAndRefused()
    {
        HttpTestServer server;
        ApiClient client;
        TokenProvider provider(&client);
        SecurityScheme scheme = m_catalog->securitySchemes().at(5);
        QCOMPARE(scheme.name, QStringLiteral("oauth"));
        scheme.flows[0].tokenUrl = server.url(QStringLiteral("/token")).toString();
        SchemeSecret secret;
        secret.clientId = "console";
        secret.clientSecret = "cl1ent-s3cret";

        server.answer(
            "/token",
            {200,
             R"({"access_token": "t1", "token_type": "bearer", "expires_in": 3600, "refresh_token": "r1"})",
             "application/json",
             {},
             false,
             0,
             0});
        auto token = waitForToken(provider, scheme, secret);
        QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
        QCOMPARE(token->token, QByteArray("t1"));
        QCOMPARE(server.bodies.value(0),
                 QByteArray("grant_type=client_credentials&scope=alerts.read"));
        QVERIFY(server.heads.value(0).contains(
            QByteArray("Authorization: Basic " + QByteArray("console:cl1ent-s3cret").toBase64())));
        // Cached while valid.
        token = waitForToken(provider, scheme, secret);
        QCOMPARE(token->token, QByteArray("t1"));
        QCOMPARE(server.requests.size(), 1);

        // Forgotten (after a 401): fetched anew with the client's credentials.
        provider.forget(QStringLiteral("oauth"));
        server.answer("/token",
                      {200,
                       R"({"access_token": "t2", "expires_in": 10})",
                       "application/json",
                       {},
                       false,
                       0,
                       0});
        token = waitForToken(provider, scheme, secret);
        QCOMPARE(token->token, QByteArray("t2"));
        QCOMPARE(server.bodies.value(1),
                 QByteArray("grant_type=client_credentials&scope=alerts.read"));
        // Expiring within the margin: fetched again.
        server.answer("/token",
                      {200,
                       R"({"access_token": "t3", "expires_in": 3600, "refresh_token": "r3"})",
                       "application/json",
                       {},
                       false,
                       0,
                       0});
        token = waitForToken(provider, scheme, secret);
        QCOMPARE(token->token, QByteArray("t3"));
        QCOMPARE(server.requests.size(), 3);

        // The endpoint's refusal is said, with its own words.
        server.answer("/token",
                      {400,
                       R"({"error": "invalid_client", "error_description": "Unknown client"})",
                       "application/json",
                       {},
                       false,
                       0,
                       0});
        provider.forget(QStringLiteral("oauth"));
        token = waitForToken(provider, scheme, secret);
        QVERIFY(!token);
        QVERIFY(token.error().message.contains(QStringLiteral("invalid_client")));
        QVERIFY(token.error().message.contains(QStringLiteral("Unknown client")));
    }

    void refreshTokenUsedWhenTheTokenExpires()
    {
        HttpTestServer server;
        ApiClient client;
        TokenProvider provider(&client);
        SecurityScheme scheme = m_catalog->securitySchemes().at(5);
        scheme.flows[0].tokenUrl = server.url(QStringLiteral("/token")).toString();
        SchemeSecret secret;
        secret.clientId = "console";
        secret.clientSecret = "x";
        server.answer("/token",
                      {200,
                       R"({"access_token": "t1", "expires_in": 5, "refresh_token": "r1"})",
                       "application/json",
                       {},
                       false,
                       0,
                       0});
        QVERIFY(waitForToken(provider, scheme, secret));
        server.answer("/token",
                      {200,
                       R"({"access_token": "t2", "expires_in": 3600})",
                       "application/json",
                       {},
                       false,
                       0,
                       0});
        const auto token = waitForToken(provider, scheme, secret); // 5 s < the margin: expired
        QCOMPARE(token->token, QByteArray("t2"));
        QCOMPARE(server.bodies.value(1), QByteArray("grant_type=refresh_token&refresh_token=r1"));
    }

    void redirectedTokenRequestKeepsTheSecret()
    {
        HttpTestServer first(QHostAddress(QStringLiteral("127.0.0.1")));
        HttpTestServer other(QHostAddress(QStringLiteral("127.0.0.2")));
        first.answer("/token",
                     {307,
                      "",
                      "text/plain",
                      {{"Location", other.url(QStringLiteral("/token")).toEncoded()}},
                      false,
                      0,
                      0});
        other.answer("/token",
                     {401, R"({"error": "invalid_client"})", "application/json", {}, false, 0, 0});
        ApiClient client;
        TokenProvider provider(&client);
        SecurityScheme scheme = m_catalog->securitySchemes().at(5);
        scheme.flows[0].tokenUrl = first.url(QStringLiteral("/token")).toString();
        SchemeSecret secret;
        secret.clientId = "console";
        secret.clientSecret = "cl1ent-s3cret";
        const auto token = waitForToken(provider, scheme, secret);
        QVERIFY(!token);
        QCOMPARE(other.heads.size(), 1);
        const QByteArray landed = other.heads.front() + other.bodies.front();
        QVERIFY(!landed.contains("cl1ent-s3cret"));
        QVERIFY(!landed.contains(QByteArray("console:cl1ent-s3cret").toBase64()));
        QVERIFY(!landed.contains("Authorization"));
    }

    void openIdConnectDiscovery()
    {
        HttpTestServer server;
        const QByteArray metadata
            = QJsonDocument(QJsonObject{{QStringLiteral("issuer"), QStringLiteral("x")},
                                        {QStringLiteral("token_endpoint"),
                                         server.url(QStringLiteral("/oidc/token")).toString()}})
                  .toJson();
        server.answer("/.well-known/openid-configuration",
                      {200, metadata, "application/json", {}, false, 0, 0});
        server.answer("/oidc/token",
                      {200,
                       R"({"access_token": "oidc-1", "expires_in": 600})",
                       "application/json",
                       {},
                       false,
                       0,
                       0});
        ApiClient client;
        TokenProvider provider(&client);
        SecurityScheme scheme;
        scheme.name = QStringLiteral("oidc");
        scheme.type = QStringLiteral("openIdConnect");
        scheme.openIdConnectUrl
            = server.url(QStringLiteral("/.well-known/openid-configuration")).toString();
        SchemeSecret secret;
        secret.clientId = "console";
        secret.clientSecret = "s";
        const auto token = waitForToken(provider, scheme, secret);
        QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
        QCOMPARE(token->token, QByteArray("oidc-1"));
        QCOMPARE(server.requests,
                 (QList<QByteArray>{"/.well-known/openid-configuration", "/oidc/token"}));
    }

private:
    std::shared_ptr<const Catalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestAuthentication)
#include "tst_authentication.moc"
