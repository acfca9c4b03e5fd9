// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// One call driven to its end with a scripted Interaction: the round of secrets, the
// confirmation and its refusal (audited), the stops, and a driver without anyone to ask, which
// fails closed.
#include "call/calldriver.h"
#include "call/interaction.h"
#include "catalog/catalog.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "request/secretstore.h"
#include "schema/schemaset.h"
#include "support/httptestserver.h"
#include "support/testdocuments.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;
using OxaTest::HttpTestServer;

namespace {

const QByteArray kDocument = R"(openapi: 3.1.0
info: {title: Driven, version: "1"}
components:
  securitySchemes:
    tenantKey: {type: apiKey, in: header, name: X-API-Key}
    user: {type: http, scheme: basic}
paths:
  /alerts:
    get:
      operationId: listAlerts
      security: [{tenantKey: []}]
      responses: {'200': {description: ok}}
  /pair:
    get:
      operationId: needsBoth
      security: [{tenantKey: [], user: []}]
      responses: {'200': {description: ok}}
  /hosts/{id}/isolate:
    post:
      operationId: isolateHost
      x-oxa-risk: response
      security: []
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'202': {description: accepted}}
)";

SchemeSecret secretOf(const QByteArray &value)
{
    SchemeSecret s;
    s.value = value;
    return s;
}

class Fixture
{
public:
    Fixture()
        : history(dir.filePath(u"history.sqlite"_s))
        , audit(dir.filePath(u"audit.jsonl"_s))
        , secrets(SecretStore::Backend::Memory)
        , session(&secrets)
        , driver(&session, &script)
    {
        session.setHistory(&history);
        session.setAudit(&audit);
        catalog = OxaTest::catalogFromText(kDocument);
        lab.name = u"Lab"_s;
    }

    CallEnd run(const QString &key,
                const RequestValues &values = {},
                const QString &runId = {},
                const QString &stepId = {},
                bool confirm = false)
    {
        std::optional<CallEnd> end;
        bool returned = false;
        CallRequest request;
        request.catalog = catalog;
        request.schemas = std::make_shared<SchemaSet>(catalog->documentPointer());
        request.operationKey = key;
        request.values = values;
        request.environment = lab;
        request.runId = runId;
        request.stepId = stepId;
        request.confirm = confirm;
        driver.run(request, [&](const CallEnd &e) {
            if (!returned)
                qWarning("the end came before run() returned");
            end = e;
        });
        returned = true;
        if (!QTest::qWaitFor([&] { return end.has_value(); }, 10000))
            qWarning("the call never ended");
        return end.value_or(CallEnd());
    }

    QTemporaryDir dir;
    HistoryStore history;
    AuditLog audit;
    SecretStore secrets;
    CallSession session;
    ScriptedInteraction script;
    CallDriver driver;
    std::shared_ptr<const Catalog> catalog;
    Environment lab;
};

} // namespace

class TestCallDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksEachMissingSecretOnceThenSends()
    {
        HttpTestServer server;
        server.answer("/alerts", {200, "[]", "application/json", {}, false, 0, 0});
        Fixture f;
        f.lab.baseUrl = server.url(QString()).toString();
        f.script.secrets.insert(u"tenantKey"_s, GivenSecret{secretOf("dr1ver-k3y"), false});
        QSignalSpy started(&f.driver, &CallDriver::started);
        QSignalSpy finished(&f.driver, &CallDriver::finished);

        CallEnd end = f.run(u"GET /alerts"_s);
        QVERIFY(!end.stop);
        QVERIFY(end.outcome);
        QCOMPARE(end.outcome->exchange.status, 200);
        QVERIFY(end.id != 0);
        QCOMPARE(f.script.count(u"secret"_s), 1);
        QCOMPARE(f.script.asked().front().subject, u"tenantKey"_s);
        QCOMPARE(f.script.count(u"confirm"_s), 0); // a read in a lab
        QVERIFY(server.heads.value(0).contains("X-API-Key: dr1ver-k3y"));
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.front().at(0).toULongLong(), end.id);
        // Recorded, outside any run.
        QCOMPARE(f.history.search({}).value(0).context.operationKey, u"GET /alerts"_s);
        QVERIFY(f.history.search({}).value(0).context.runId.isEmpty());
        // Kept for the session: the second call asks nothing; as a step of a run, it says so.
        end = f.run(u"GET /alerts"_s, {}, u"run-42"_s, u"lookUp"_s);
        QCOMPARE(end.outcome->exchange.status, 200);
        QCOMPARE(f.script.count(u"secret"_s), 1);
        QCOMPARE(server.heads.size(), 2);
        QCOMPARE(end.outcome->call.runId, u"run-42"_s);
        QCOMPARE(f.history.ofRun(u"run-42"_s).size(), 1);
        QCOMPARE(f.history.ofRun(u"run-42"_s).front().context.stepId, u"lookUp"_s);
    }

    // A workflow step marked x-oxa-confirm is confirmed even when it only reads.
    void aRequestCanAskForAConfirmation()
    {
        HttpTestServer server;
        server.answer("/alerts", {200, "[]", "application/json", {}, false, 0, 0});
        Fixture f;
        f.lab.baseUrl = server.url(QString()).toString();
        f.script.secrets.insert(u"tenantKey"_s, GivenSecret{secretOf("k"), false});
        const CallEnd refused = f.run(u"GET /alerts"_s, {}, u"run-7"_s, u"read"_s, true);
        QCOMPARE(refused.stop, CallStop::Refused);
        QCOMPARE(f.script.count(u"confirm"_s), 1);
        QCOMPARE(server.heads.size(), 0);
        f.script.confirms = true;
        const CallEnd sent = f.run(u"GET /alerts"_s, {}, u"run-7"_s, u"read"_s, true);
        QVERIFY(!sent.stop);
        QCOMPARE(f.script.count(u"confirm"_s), 2);
        QCOMPARE(server.heads.size(), 1);
    }

    void twoSecretsAreAskedInOneRound()
    {
        HttpTestServer server;
        server.answer("/pair", {200, "{}", "application/json", {}, false, 0, 0});
        Fixture f;
        f.lab.baseUrl = server.url(QString()).toString();
        f.script.secrets.insert(u"tenantKey"_s, GivenSecret{secretOf("pair-k3y"), false});
        SchemeSecret basic;
        basic.user = "ana";
        basic.password = "pair-passw0rd";
        f.script.secrets.insert(u"user"_s, GivenSecret{basic, false});
        const CallEnd end = f.run(u"GET /pair"_s);
        QVERIFY2(!end.stop, qPrintable(end.why));
        QCOMPARE(f.script.count(u"secret"_s), 2);
        QVERIFY(server.heads.value(0).contains("X-API-Key: pair-k3y"));
        QVERIFY(server.heads.value(0).contains(
            QByteArray("Authorization: Basic ").append(QByteArray("ana:pair-passw0rd").toBase64())));
    }

    void aSecretNotGivenStopsTheCall()
    {
        HttpTestServer server;
        Fixture f; // the script knows no secret
        f.lab.baseUrl = server.url(QString()).toString();
        QSignalSpy stopped(&f.driver, &CallDriver::stopped);
        const CallEnd end = f.run(u"GET /alerts"_s);
        QCOMPARE(end.stop, std::optional(CallStop::NoSecret));
        QVERIFY(!end.why.isEmpty());
        QVERIFY(end.call);
        QCOMPARE(end.call->missing.size(), 1);
        QCOMPARE(end.call->missing.front().scheme, u"tenantKey"_s);
        QVERIFY(!end.outcome);
        QVERIFY(server.heads.isEmpty());
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.front().at(0).toString(), u"GET /alerts"_s);
    }

    void aSecretThatIsNotEnoughEndsAfterOneRound()
    {
        HttpTestServer server;
        Fixture f;
        f.lab.baseUrl = server.url(QString()).toString();
        f.script.secretWith = [](const MissingSecret &, const Environment &) {
            return std::optional(GivenSecret{SchemeSecret(), false}); // an empty answer
        };
        const CallEnd end = f.run(u"GET /alerts"_s);
        QCOMPARE(end.stop, std::optional(CallStop::SecretsNotEnough));
        QCOMPARE(f.script.count(u"secret"_s), 1); // never asked in a loop
        QVERIFY(server.heads.isEmpty());
    }

    void aRefusalIsAuditedAndNothingGoes()
    {
        HttpTestServer server;
        server.answer("/hosts/web-01/isolate", {202, "", "application/json", {}, false, 0, 0});
        Fixture f;
        f.lab.baseUrl = server.url(QString()).toString();
        RequestValues values;
        values.path.insert(u"id"_s, u"web-01"_s);
        CallEnd end = f.run(u"POST /hosts/{id}/isolate"_s, values);
        QCOMPARE(end.stop, std::optional(CallStop::Refused));
        QCOMPARE(f.script.count(u"confirm"_s), 1);
        const auto &asked = f.script.asked().back();
        QVERIFY(asked.call);
        QCOMPARE(asked.call->url().path(), u"/hosts/web-01/isolate"_s);
        QVERIFY(server.heads.isEmpty());
        QCOMPARE(AuditLog::verify(f.audit.path()).entries, 1);
        QVERIFY(AuditLog::toCsv(f.audit.path())->contains("refused by the user"));
        // Confirmed, it goes, and is audited too.
        f.script.confirms = true;
        end = f.run(u"POST /hosts/{id}/isolate"_s, values);
        QVERIFY(!end.stop);
        QCOMPARE(end.outcome->exchange.status, 202);
        QCOMPARE(server.heads.size(), 1);
        QCOMPARE(AuditLog::verify(f.audit.path()).entries, 2);
    }

    void withNobodyToAskItFailsClosed()
    {
        HttpTestServer server;
        Fixture f;
        f.lab.baseUrl = server.url(QString()).toString();
        f.driver.setInteraction(nullptr);
        RequestValues values;
        values.path.insert(u"id"_s, u"web-01"_s);
        QCOMPARE(f.run(u"POST /hosts/{id}/isolate"_s, values).stop,
                 std::optional(CallStop::Refused));
        QCOMPARE(f.run(u"GET /alerts"_s).stop, std::optional(CallStop::NoSecret));
        QVERIFY(server.heads.isEmpty());
    }

    void logsWhatHappensWithoutItsSecrets()
    {
        HttpTestServer server;
        server.answer("/alerts", {200, "[]", "application/json", {}, false, 0, 0});
        Fixture f;
        f.lab.baseUrl = server.url(QString()).toString();
        f.script.secrets.insert(u"tenantKey"_s, GivenSecret{secretOf("l0gged-n3ver"), false});
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(u"oxa.*=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (QByteArrayView(context.category).startsWith("oxa."))
                    lines << QString::fromLatin1(context.category) + u": " + message;
            });
        const CallEnd sent = f.run(u"GET /alerts"_s, {}, u"run-1"_s, u"first"_s);
        f.driver.setInteraction(nullptr);
        RequestValues values;
        values.path.insert(u"id"_s, u"web-01"_s);
        const CallEnd refused = f.run(u"POST /hosts/{id}/isolate"_s, values);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!sent.stop);
        QCOMPARE(refused.stop, std::optional(CallStop::Refused));
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(u"oxa.call: #"_s) && all.contains(u"GET /alerts: GET http"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"(run run-1, step first)"_s), qPrintable(all));
        QVERIFY2(all.contains(u"GET /alerts: 200 in"_s), qPrintable(all));
        QVERIFY2(all.contains(u"POST /hosts/{id}/isolate not sent"_s), qPrintable(all));
        QVERIFY(!all.contains(u"l0gged-n3ver"_s));
    }

    void anUnknownOperationIsNotPrepared()
    {
        Fixture f;
        f.lab.baseUrl = u"http://127.0.0.1:9"_s;
        const CallEnd end = f.run(u"GET /nowhere"_s);
        QCOMPARE(end.stop, std::optional(CallStop::NotPrepared));
        QVERIFY(!end.why.isEmpty());
        QVERIFY(!end.call);
        QVERIFY(f.script.asked().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallDriver)
#include "tst_calldriver.moc"
