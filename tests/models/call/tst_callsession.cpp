// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// A call from start to end against a local server: secrets, tokens, confirmation, the checks of
// the answer, history and audit; and a scripted session after which no secret is in any file.
#include "call/callsession.h"
#include "catalog/catalog.h"
#include "core/secrets.h"
#include "document/jsontree.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "request/secretstore.h"
#include "schema/schemaset.h"
#include "support/httptestserver.h"
#include "support/testdocuments.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Oxa;
using OxaTest::HttpTestServer;

namespace {

/** A document whose token endpoints are on `server`. */
QByteArray document(const HttpTestServer &server)
{
    QByteArray text = R"(openapi: 3.1.0
info: {title: Calls, version: "1"}
components:
  securitySchemes:
    keyHeader: {type: apiKey, in: header, name: X-API-Key, description: The tenant key.}
    keyQuery: {type: apiKey, in: query, name: api_key}
    keyCookie: {type: apiKey, in: cookie, name: sid}
    basic: {type: http, scheme: basic}
    bearer: {type: http, scheme: bearer}
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: "BASE/token", scopes: {}}}
    oidc: {type: openIdConnect, openIdConnectUrl: "BASE/.well-known/openid-configuration"}
  schemas:
    Alert:
      type: object
      required: [id, severity]
      properties:
        id: {type: string}
        severity: {type: integer, minimum: 1, maximum: 5}
paths:
  /alerts:
    get:
      operationId: listAlerts
      security: []
      parameters: [{name: severity, in: query, schema: {type: integer}}]
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Alert'}}}}
        4XX:
          description: client error
          content: {application/problem+json: {schema: {type: object, required: [title]}}}
  /hosts/{id}/isolate:
    post:
      operationId: isolateHost
      x-oxa-risk: response
      security: [{keyHeader: []}]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses: {'202': {description: accepted}}
  /notes:
    post:
      operationId: addNote
      x-oxa-risk: write
      security: []
      responses: {'201': {description: created}}
  /k/query: {get: {operationId: viaQuery, security: [{keyQuery: []}], responses: {'200': {description: ok}}}}
  /k/cookie: {get: {operationId: viaCookie, security: [{keyCookie: []}], responses: {'200': {description: ok}}}}
  /k/basic: {get: {operationId: viaBasic, security: [{basic: []}], responses: {'200': {description: ok}}}}
  /k/bearer: {get: {operationId: viaBearer, security: [{bearer: []}], responses: {'200': {description: ok}}}}
  /k/oauth: {get: {operationId: viaOAuth, security: [{oauth: []}], responses: {'200': {description: ok}}}}
  /k/oidc: {get: {operationId: viaOidc, security: [{oidc: []}], responses: {'200': {description: ok}}}}
)";
    text.replace("BASE", server.url(QString()).toString().toUtf8());
    return text;
}

class Fixture
{
public:
    explicit Fixture(const QString &folder)
        : history(folder + QStringLiteral("/history.sqlite"))
        , audit(folder + QStringLiteral("/audit.jsonl"))
        , secrets(SecretStore::Backend::Memory)
        , session(&secrets)
    {
        session.setHistory(&history);
        session.setAudit(&audit);
    }

    Result<PreparedCall> prepare(const std::shared_ptr<const Catalog> &catalog,
                                 const QString &key,
                                 const RequestValues &values,
                                 const Environment &environment)
    {
        std::optional<Result<PreparedCall>> result;
        session.prepare(catalog,
                        std::make_shared<SchemaSet>(catalog->documentPointer()),
                        key,
                        values,
                        environment,
                        [&](const Result<PreparedCall> &r) { result = r; });
        QElapsedTimer waited;
        waited.start();
        while (!result && waited.elapsed() < 10000)
            QTest::qWait(5);
        if (!result)
            return makeError(Error::Code::Network, QStringLiteral("prepare never ended"));
        return *result;
    }

    CallOutcome send(const PreparedCall &call)
    {
        QSignalSpy done(&session, &CallSession::finished);
        const quint64 id = session.send(call);
        if (!done.wait(10000))
            qWarning("no outcome");
        if (done.isEmpty() || done.front().at(0).toULongLong() != id)
            return CallOutcome();
        return done.front().at(1).value<CallOutcome>();
    }

    void keep(const Environment &environment, const QString &scheme, const SchemeSecret &secret)
    {
        bool written = false;
        session.keepSecret(environment, scheme, secret, true, [&](bool, const QString &) {
            written = true;
        });
        QTRY_VERIFY(written);
    }

    HistoryStore history;
    AuditLog audit;
    SecretStore secrets;
    CallSession session;
};

SchemeSecret value(const QByteArray &v)
{
    SchemeSecret s;
    s.value = v;
    return s;
}

} // namespace

class TestCallSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preparesSendsChecksAndRecords()
    {
        HttpTestServer server;
        server.answer("/alerts",
                      {200, R"([{"id": "a1", "severity": 9}])", "application/json", {}, false, 0, 0});
        const auto catalog = OxaTest::catalogFromText(document(server));
        QVERIFY(catalog);
        QTemporaryDir dir;
        Fixture f(dir.path());
        Environment lab;
        lab.name = QStringLiteral("Lab");
        lab.baseUrl = server.url(QString()).toString();
        lab.defaultHeaders = {{"X-Tenant", "acme"}};
        RequestValues values;
        values.query.insert(QStringLiteral("severity"), 4);
        auto call = f.prepare(catalog, QStringLiteral("GET /alerts"), values, lab);
        QVERIFY2(call, qPrintable(call ? QString() : call.error().message));
        QVERIFY(call->missing.isEmpty());
        QVERIFY(!call->confirm); // a read in a lab
        QCOMPARE(call->request.header("X-Tenant"), QByteArray("acme"));
        QCOMPARE(call->url().toString(), lab.baseUrl + QStringLiteral("/alerts?severity=4"));

        const CallOutcome outcome = f.send(*call);
        QCOMPARE(outcome.exchange.status, 200);
        QVERIFY(server.heads.value(0).contains("X-Tenant: acme"));
        // The answer breaks the schema: a warning, at its place.
        QCOMPARE(outcome.check.problems.size(), 1);
        QCOMPARE(outcome.check.problems.front().instancePointer, QStringLiteral("/0/severity"));
        QVERIFY(outcome.check.schemaPointer.endsWith(
            QStringLiteral("/responses/200/content/application~1json/schema")));
        // The body, parsed once for the check, is carried with the outcome for the views.
        QVERIFY(outcome.body.meantAsJson);
        QVERIFY(outcome.body.tree);
        QCOMPARE(toQJsonValue(*outcome.body.tree->root()),
                 QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")},
                                                   {QStringLiteral("severity"), 9}}}));
        QVERIFY(outcome.recordProblem.isEmpty());
        const auto record = f.history.get(outcome.historyId);
        QVERIFY(record);
        QCOMPARE(record->context.environment, QStringLiteral("Lab"));
        QCOMPARE(record->context.operationId, QStringLiteral("listAlerts"));
        QCOMPARE(record->context.risk, QStringLiteral("read"));
        QCOMPARE(RequestValues::fromJson(record->context.values), values);
        // A read is not audited.
        QCOMPARE(AuditLog::verify(f.audit.path()).entries, 0);

        // A write is, whatever its answer.
        call = f.prepare(catalog, QStringLiteral("POST /notes"), {}, lab);
        QVERIFY(call);
        QVERIFY(!call->confirm);
        QCOMPARE(f.send(*call).exchange.status, 404);
        QCOMPARE(AuditLog::verify(f.audit.path()).entries, 1);
        // In production, a write is confirmed first, and a refusal is audited too.
        lab.production = true;
        call = f.prepare(catalog, QStringLiteral("POST /notes"), {}, lab);
        QVERIFY(call->confirm);
        f.session.refuse(*call);
        const auto csv = AuditLog::toCsv(f.audit.path());
        QVERIFY(csv);
        QVERIFY(csv->contains("refused by the user"));
        QCOMPARE(AuditLog::verify(f.audit.path()).entries, 2);
        QCOMPARE(f.history.count(), 2); // a refused call never reached the history
    }

    void responseOperationsAskForSecretsAndConfirmation()
    {
        HttpTestServer server;
        server.answer("/hosts/web-01/isolate", {202, "", "application/json", {}, false, 0, 0});
        const auto catalog = OxaTest::catalogFromText(document(server));
        QTemporaryDir dir;
        Fixture f(dir.path());
        Environment lab;
        lab.name = QStringLiteral("Lab");
        lab.baseUrl = server.url(QString()).toString();
        RequestValues values;
        values.path.insert(QStringLiteral("id"), QStringLiteral("web-01"));
        values.mediaType = QStringLiteral("application/json");
        values.body = QJsonObject{{QStringLiteral("reason"), QStringLiteral("beacon")}};
        const QString key = QStringLiteral("POST /hosts/{id}/isolate");
        auto call = f.prepare(catalog, key, values, lab);
        QVERIFY(call);
        QVERIFY(call->confirm); // a response operation, even in a lab
        QCOMPARE(call->missing.size(), 1);
        QCOMPARE(call->missing.front().scheme, QStringLiteral("keyHeader"));
        QCOMPARE(call->missing.front().kind, QStringLiteral("apiKey"));
        QCOMPARE(call->missing.front().description, QStringLiteral("The tenant key."));

        f.keep(lab, QStringLiteral("keyHeader"), value("tenant-k3y-0001"));
        call = f.prepare(catalog, key, values, lab);
        QVERIFY(call->missing.isEmpty());
        // What the confirmation shows: everything, the key masked.
        const auto shown = call->headers();
        QVERIFY(shown.contains(qMakePair(QByteArray("X-API-Key"), secretMask())));
        QVERIFY(call->headers(true).contains(
            qMakePair(QByteArray("X-API-Key"), QByteArray("tenant-k3y-0001"))));
        const CallOutcome outcome = f.send(*call);
        QCOMPARE(outcome.exchange.status, 202);
        QVERIFY(server.heads.value(0).contains("X-API-Key: tenant-k3y-0001"));
        QVERIFY(server.bodies.value(0).contains("beacon"));
        QCOMPARE(AuditLog::verify(f.audit.path()).entries, 1);

        // Copy as curl: masked unless asked.
        const QString masked = outcome.curlCommand();
        QVERIFY(masked.startsWith(QStringLiteral("curl -X POST '") + lab.baseUrl));
        QVERIFY(masked.contains(QStringLiteral("-H 'X-API-Key: ••••'")));
        QVERIFY(!masked.contains(QStringLiteral("tenant-k3y-0001")));
        QVERIFY(masked.contains(QStringLiteral("--data-raw '{\"reason\":\"beacon\"}'")));
        const QString revealed = outcome.curlCommand(true);
        QVERIFY(revealed.contains(QStringLiteral("-H 'X-API-Key: tenant-k3y-0001'")));
    }

    void checksTheAnswerAgainstTheDocument()
    {
        HttpTestServer server;
        const auto catalog = OxaTest::catalogFromText(document(server));
        SchemaSet schemas(catalog->documentPointer());
        const Operation &op = *catalog->operationByKey(u"GET /alerts");
        Exchange e;
        e.status = 200;
        e.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}};
        e.body = R"([{"id": "a1", "severity": 3}])";
        e.bodySize = e.body.size();
        ResponseCheck check = checkResponse(op, schemas, e);
        QVERIFY(check.problems.isEmpty());
        QVERIFY(check.note.isEmpty());
        e.body = R"([{"severity": 3}, 4])";
        QCOMPARE(checkResponse(op, schemas, e).problems.size(), 2);
        e.body = "[{";
        check = checkResponse(op, schemas, e);
        QCOMPARE(check.problems.size(), 1);
        QCOMPARE(check.problems.front().keyword, QStringLiteral("json"));
        // 404 falls to 4XX; its media type differs.
        e.status = 404;
        e.body = R"({"title": "no such alert"})";
        check = checkResponse(op, schemas, e);
        QVERIFY(check.note.contains(QStringLiteral("application/json")));
        e.responseHeaders = {{"Content-Type", "application/problem+json"}};
        check = checkResponse(op, schemas, e);
        QVERIFY2(check.note.isEmpty(), qPrintable(check.note));
        QVERIFY(check.schemaPointer.contains(QStringLiteral("/responses/4XX/")));
        e.body = "{}";
        QCOMPARE(checkResponse(op, schemas, e).problems.size(), 1);
        e.status = 500;
        QVERIFY(
            checkResponse(op, schemas, e).note.contains(QStringLiteral("declares no response 500")));
        e.status = 200;
        e.responseHeaders = {{"Content-Type", "text/csv"}};
        QVERIFY(!checkResponse(op, schemas, e).note.isEmpty());
    }

    void secretsRoundTripThroughTheKeychainForm()
    {
        SchemeSecret s;
        s.user = "analyst";
        s.password = "p\"a:ss";
        s.clientId = "console";
        s.clientSecret = "cl1ent";
        s.scopes = {QStringLiteral("alerts.read")};
        const SchemeSecret back = CallSession::decodeSecret(CallSession::encodeSecret(s));
        QCOMPARE(back.user, s.user);
        QCOMPARE(back.password, s.password);
        QCOMPARE(back.clientId, s.clientId);
        QCOMPARE(back.clientSecret, s.clientSecret);
        QCOMPARE(back.scopes, s.scopes);
        QCOMPARE(CallSession::decodeSecret("bare-key").value, QByteArray("bare-key"));
    }

    /**
     * Every kind of credential, sent, recorded and audited; then no secret, raw, base64 or
     * percent-encoded, is in any file the session wrote (history, its write-ahead log, the
     * audit log, the environments' settings).
     */
    void noSecretInAnyFileAfterASession()
    {
        HttpTestServer server;
        const QByteArray issued = "issued-acc3ss-t0ken";
        server.answer("/token",
                      {200,
                       "{\"access_token\": \"" + issued
                           + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600, "
                             "\"refresh_token\": \"r3fresh-t0ken-9\"}",
                       "application/json",
                       {},
                       false,
                       0,
                       0});
        server.answer("/.well-known/openid-configuration",
                      {200,
                       "{\"token_endpoint\": \""
                           + server.url(QStringLiteral("/token")).toString().toUtf8() + "\"}",
                       "application/json",
                       {},
                       false,
                       0,
                       0});
        const auto catalog = OxaTest::catalogFromText(document(server));
        QTemporaryDir dir;
        QList<QByteArray> secrets;
        {
            Fixture f(dir.path());
            Environment lab;
            lab.name = QStringLiteral("Lab");
            lab.baseUrl = server.url(QString()).toString();
            lab.keyHeader = QStringLiteral("X-OXA-Key");
            lab.defaultHeaders = {{"X-Tenant", "acme"}};
            QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            QVERIFY(EnvironmentStore(settings).save({lab}));

            const auto give = [&](const QString &scheme, const SchemeSecret &s) {
                f.keep(lab, scheme, s);
                for (const QByteArray &v : {s.value, s.password, s.clientSecret})
                    if (!v.isEmpty())
                        secrets << v;
            };
            give(MissingSecret::kEnvironmentKey, value("env-k3y-0000001"));
            give(QStringLiteral("keyHeader"), value("header-k3y-0002"));
            give(QStringLiteral("keyQuery"), value("query-k3y/+0003"));
            give(QStringLiteral("keyCookie"), value("cookie-k3y-0004"));
            SchemeSecret basic;
            basic.user = "analyst";
            basic.password = "basic-passw0rd-5";
            give(QStringLiteral("basic"), basic);
            give(QStringLiteral("bearer"), value("bearer-t0ken-0006"));
            SchemeSecret client;
            client.clientId = "console";
            client.clientSecret = "client-s3cret-07";
            give(QStringLiteral("oauth"), client);
            give(QStringLiteral("oidc"), client);
            secrets << issued << "r3fresh-t0ken-9";

            const QStringList keys{QStringLiteral("GET /k/query"),
                                   QStringLiteral("GET /k/cookie"),
                                   QStringLiteral("GET /k/basic"),
                                   QStringLiteral("GET /k/bearer"),
                                   QStringLiteral("GET /k/oauth"),
                                   QStringLiteral("GET /k/oidc"),
                                   QStringLiteral("POST /hosts/{id}/isolate")};
            for (const QString &key : keys) {
                RequestValues values;
                values.path.insert(QStringLiteral("id"), QStringLiteral("web-01"));
                const auto call = f.prepare(catalog, key, values, lab);
                QVERIFY2(call, qPrintable(key + (call ? QString() : call.error().message)));
                QVERIFY2(call->missing.isEmpty(), qPrintable(key));
                // The server echoes what it got, so that the body carries the secrets too.
                const QString path = call->request.url.path();
                server.answer(path.toUtf8(), {200, "echo", "text/plain", {}, false, 0, 0});
                const CallOutcome outcome = f.send(*call);
                QVERIFY2(outcome.recordProblem.isEmpty(), qPrintable(outcome.recordProblem));
                const QByteArray head = server.heads.constLast();
                QVERIFY2(head.contains("X-OXA-Key: env-k3y-0000001"), head.constData());
                QVERIFY2(head.contains("X-Tenant: acme"), head.constData());
            }
            const QByteArray heads = server.heads.join('\n');
            QVERIFY(heads.contains(QByteArray(QByteArray("Authorization: Basic ")
                                              + QByteArray("analyst:basic-passw0rd-5").toBase64())));
            QVERIFY(heads.contains("Authorization: Bearer bearer-t0ken-0006"));
            QVERIFY(heads.contains(QByteArray(QByteArray("Authorization: Bearer ") + issued)));
            QVERIFY(heads.contains("Cookie: sid=cookie-k3y-0004"));
            QVERIFY(heads.contains("api_key=query-k3y%2F%2B0003"));
            QVERIFY(heads.contains("X-API-Key: header-k3y-0002"));
            QCOMPARE(f.history.count(), keys.size());
            QCOMPARE(AuditLog::verify(f.audit.path()).entries, 1);
        }
        const QByteArray files = OxaTest::allFilesUnder(dir.path());
        QVERIFY(files.size() > 10'000);
        for (const QByteArray &secret : std::as_const(secrets)) {
            for (const QByteArray &form : {secret,
                                           secret.toBase64(),
                                           QUrl::toPercentEncoding(QString::fromUtf8(secret)),
                                           QByteArray("analyst:" + secret).toBase64()})
                QVERIFY2(!files.contains(form), form.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCallSession)
#include "tst_callsession.moc"
