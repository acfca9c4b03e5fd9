// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/classification.h"

#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

class TestClassification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heuristics_data();
    void heuristics();
    void explicitAnnotationsWin();
    void reasonsAreGiven();
    void names();
};

void TestClassification::heuristics_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("operationId");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("capability");
    QTest::addColumn<QString>("risk");

    auto row = [](const char *name,
                  const char *method,
                  const char *path,
                  const char *id,
                  const char *summary,
                  QStringList tags,
                  const char *capability,
                  const char *risk) {
        QTest::newRow(name) << QString::fromUtf8(method) << QString::fromUtf8(path)
                            << QString::fromUtf8(id) << QString::fromUtf8(summary) << tags
                            << QString::fromUtf8(capability) << QString::fromUtf8(risk);
    };
    // Reads of security data are enrichment.
    row("ip reputation",
        "GET",
        "/v1/ip/{ip}/reputation",
        "",
        "Reputation of an IP",
        {},
        "enrichment",
        "read");
    row("hash lookup", "GET", "/files/{sha256}", "getFile", "", {}, "enrichment", "read");
    row("observable context",
        "GET",
        "/cti/observables/{id}/context",
        "",
        "",
        {},
        "enrichment",
        "read");
    // A POST that only searches or counts does not change state.
    row("POST search",
        "POST",
        "/observables/search",
        "",
        "Search observables",
        {},
        "enrichment",
        "read");
    row("POST bulk lookup, no summary",
        "POST",
        "/iocs/bulk-lookup",
        "post_bulk",
        "",
        {},
        "enrichment",
        "read");
    row("POST count", "POST", "/alerts/count", "", "Count alerts", {}, "telemetry", "read");
    row("POST timeseries",
        "POST",
        "/telemetry/events",
        "",
        "Get events telemetry (timeseries)",
        {},
        "telemetry",
        "read");
    row("search job",
        "POST",
        "/events/search/jobs",
        "",
        "Create an event search job",
        {},
        "enrichment",
        "read");
    row("run a query", "POST", "/hunting/queries/runs", "", "Execute query", {}, "enrichment", "read");
    // Telemetry.
    row("statistics", "GET", "/alerts/statistics", "", "", {}, "telemetry", "read");
    row("top in the path", "GET", "/threats/top", "", "", {}, "telemetry", "read");
    row("top only in the summary",
        "GET",
        "/terms/similar/search",
        "",
        "Finds top-10 similar terms",
        {},
        "enrichment",
        "read");
    row("tag says telemetry", "GET", "/reports/daily", "", "", {u"Telemetry"_s}, "telemetry", "read");
    // Response: acting on the estate, or on cases and alerts.
    row("isolate a host",
        "POST",
        "/hosts/{id}/isolate",
        "",
        "Isolate a host",
        {},
        "response",
        "response");
    row("release a host", "POST", "/hosts/{id}/unisolate", "", "", {}, "response", "response");
    row("block an ip", "PUT", "/firewall/blocklist/{ip}", "", "", {}, "response", "response");
    row("quarantine a file", "POST", "/files/{hash}/quarantine", "", "", {}, "response", "response");
    row("activate a countermeasure",
        "PATCH",
        "/countermeasures/{id}/activate",
        "",
        "Activate a countermeasure",
        {},
        "response",
        "response");
    row("deny a countermeasure",
        "PATCH",
        "/countermeasures/{id}/deny",
        "",
        "",
        {},
        "response",
        "response");
    row("run a playbook",
        "POST",
        "/playbooks/{id}/run",
        "",
        "Run a playbook",
        {},
        "response",
        "response");
    row("run an action", "POST", "/automation/actions/{id}/run", "", "", {}, "response", "response");
    row("create a case", "POST", "/cases", "", "Create a case", {}, "response", "write");
    row("comment an alert",
        "POST",
        "/alerts/{id}/comments",
        "",
        "Comment an alert",
        {},
        "response",
        "write");
    row("alert workflow",
        "PATCH",
        "/alerts/{id}/workflow",
        "",
        "Trigger an action on the alert workflow",
        {},
        "response",
        "write");
    row("delete a case", "DELETE", "/cases/{id}", "", "", {}, "response", "destructive");
    // Administration: configuration CRUD, read or written.
    row("list users", "GET", "/users", "", "List users", {}, "administration", "read");
    row("create a rule",
        "POST",
        "/rules",
        "",
        "Create a detection rule",
        {},
        "administration",
        "write");
    row("configuration prefix",
        "GET",
        "/conf/alerts/types",
        "",
        "List alert types",
        {},
        "administration",
        "read");
    row("countermeasure templates live in /conf",
        "POST",
        "/conf/countermeasures",
        "",
        "Create a set of countermeasures",
        {},
        "administration",
        "write");
    row("counter_measures in an operationId",
        "GET",
        "/conf/sets",
        "get_counter_measures",
        "",
        {},
        "administration",
        "read");
    row("connector start",
        "POST",
        "/connectors/{id}/start",
        "",
        "Start connector",
        {},
        "administration",
        "write");
    row("activate a playbook is configuration",
        "POST",
        "/playbooks/{id}/activate",
        "",
        "Activate a playbook",
        {},
        "administration",
        "write");
    row("login", "POST", "/auth/login", "", "Login user", {}, "administration", "write");
    row("save a query",
        "POST",
        "/notebooks/queries",
        "save_query",
        "Save query",
        {},
        "administration",
        "write");
    row("data change", "POST", "/assets", "", "Create an asset", {}, "administration", "write");
    // Destructive.
    row("DELETE", "DELETE", "/rules/{id}", "", "", {}, "administration", "destructive");
    row("POST that removes",
        "POST",
        "/assets/{id}/tags/remove",
        "",
        "Remove a tag",
        {},
        "administration",
        "destructive");
    // Kill chains are intelligence, not an order.
    row("kill chains", "GET", "/kill-chains", "", "List kill chains", {}, "enrichment", "read");
    row("kill a process",
        "POST",
        "/processes/{pid}/kill",
        "",
        "Kill a process",
        {},
        "response",
        "response");
    // Nothing recognised.
    row("unknown domain", "GET", "/repos/{owner}/{repo}", "", "Get a repository", {}, "other", "read");
    row("unknown domain write", "POST", "/gists", "", "Create a gist", {}, "other", "write");
}

void TestClassification::heuristics()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, operationId);
    QFETCH(QString, summary);
    QFETCH(QStringList, tags);
    QFETCH(QString, capability);
    QFETCH(QString, risk);
    const Classification result = OperationClassifier::classify(
        {method, path, operationId, summary, tags, {}, {}, {}, {}, {}, {}});
    QCOMPARE(QString::fromLatin1(capabilityName(result.capability)), capability);
    QCOMPARE(QString::fromLatin1(riskName(result.risk)), risk);
}

void TestClassification::explicitAnnotationsWin()
{
    ClassificationInput
        input{u"GET"_s, u"/users"_s, QString(), QString(), {u"Admin"_s}, {}, {}, {}, {}, {}, {}};
    input.tagCapability = Capability::Telemetry;
    input.tagWithCapability = u"Admin"_s;
    Classification result = OperationClassifier::classify(input);
    QCOMPARE(result.capability, Capability::Telemetry);
    QVERIFY(result.capabilityReason.contains(u"Admin"_s));

    input.capability = Capability::Response;
    input.risk = Risk::Response;
    result = OperationClassifier::classify(input);
    QCOMPARE(result.capability, Capability::Response);
    QCOMPARE(result.risk, Risk::Response);
    QVERIFY(result.capabilityReason.contains(u"x-oxa-capability"_s));
    QVERIFY(result.riskReason.contains(u"x-oxa-risk"_s));

    // A tag's risk applies when the operation has none; the heuristics never override it.
    ClassificationInput deleteInput{
        u"DELETE"_s, u"/things/{id}"_s, QString(), QString(), {}, {}, {}, {}, {}, {}, {}};
    deleteInput.tagRisk = Risk::Write;
    deleteInput.tagWithRisk = u"Soft delete"_s;
    QCOMPARE(OperationClassifier::classify(deleteInput).risk, Risk::Write);
}

void TestClassification::reasonsAreGiven()
{
    const Classification isolate = OperationClassifier::classify(
        {u"POST"_s, u"/hosts/{id}/isolate"_s, QString(), QString(), {}, {}, {}, {}, {}, {}, {}});
    QVERIFY(isolate.capabilityReason.contains(u"isolate"_s));
    QVERIFY(isolate.riskReason.contains(u"isolate"_s));
    const Classification search = OperationClassifier::classify({u"POST"_s,
                                                                 u"/observables/search"_s,
                                                                 QString(),
                                                                 u"Search observables"_s,
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {}});
    QVERIFY(search.riskReason.contains(u"search"_s));
}

void TestClassification::names()
{
    for (Capability c : {Capability::Enrichment,
                         Capability::Response,
                         Capability::Telemetry,
                         Capability::Administration,
                         Capability::Other}) {
        QCOMPARE(capabilityFromName(QString::fromLatin1(capabilityName(c))), c);
        QVERIFY(!capabilityText(c).isEmpty());
    }
    for (Risk r : {Risk::Read, Risk::Write, Risk::Response, Risk::Destructive}) {
        QCOMPARE(riskFromName(QString::fromLatin1(riskName(r))), r);
        QVERIFY(!riskText(r).isEmpty());
    }
    QCOMPARE(capabilityFromName(u"RESPONSE"), Capability::Response);
    QVERIFY(!capabilityFromName(u"attack"));
    QVERIFY(!riskFromName(u""));
}

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
