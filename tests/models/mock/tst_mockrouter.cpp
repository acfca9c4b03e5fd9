// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Which operation a request reaches on the mock back-end.
#include "mock/mockrouter.h"
#include "support/testdocuments.h"

#include <QRegularExpression>
#include <QTest>

using namespace Oxa;

namespace {

const QByteArray kDocument
    = "openapi: 3.1.0\n"
      "info: {title: Routes, version: '1'}\n"
      "paths:\n"
      "  /alerts:\n"
      "    get: {operationId: listAlerts, responses: {'200': {description: ok}}}\n"
      "    post: {operationId: createAlert, responses: {'201': {description: ok}}}\n"
      "  /alerts/count:\n"
      "    get: {operationId: countAlerts, responses: {'200': {description: ok}}}\n"
      "  /alerts/{uuid}:\n"
      "    get: {operationId: getAlert, responses: {'200': {description: ok}}}\n"
      "    delete: {operationId: deleteAlert, responses: {'204': {description: ok}}}\n"
      "  /alerts/{uuid}/workflow:\n"
      "    patch: {operationId: alertWorkflow, responses: {'200': {description: ok}}}\n"
      "  /files/{name}:\n"
      "    get: {operationId: getFile, responses: {'200': {description: ok}}}\n"
      "webhooks:\n"
      "  alertCreated:\n"
      "    post: {operationId: onAlert, responses: {'200': {description: ok}}}\n";

QString routed(const MockRouter &router, const char *method, const char *path)
{
    const auto result = router.route(QString::fromLatin1(method), QString::fromLatin1(path));
    if (const auto *route = std::get_if<MockRoute>(&result))
        return route->operation->operationId;
    return std::get<MockRouter::Miss>(result) == MockRouter::Miss::NoPath ? QStringLiteral("404")
                                                                          : QStringLiteral("405");
}

} // namespace

class TestMockRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesByTemplate()
    {
        const MockRouter router(OxaTest::catalogFromText(kDocument));
        QCOMPARE(routed(router, "GET", "/alerts"), QStringLiteral("listAlerts"));
        QCOMPARE(routed(router, "POST", "/alerts/"), QStringLiteral("createAlert"));
        QCOMPARE(routed(router, "get", "/alerts/count"),
                 QStringLiteral("countAlerts")); // literal first
        QCOMPARE(routed(router, "GET", "/alerts/7f0c"), QStringLiteral("getAlert"));
        QCOMPARE(routed(router, "DELETE", "/alerts/7f0c"), QStringLiteral("deleteAlert"));
        QCOMPARE(routed(router, "PATCH", "/alerts/7f0c/workflow"), QStringLiteral("alertWorkflow"));
        QCOMPARE(routed(router, "PUT", "/alerts/7f0c"), QStringLiteral("405"));
        QCOMPARE(router.methodsFor(QStringLiteral("/alerts/7f0c")),
                 (QStringList{QStringLiteral("DELETE"), QStringLiteral("GET")}));
        QCOMPARE(routed(router, "GET", "/nothing/here"), QStringLiteral("404"));
        QCOMPARE(routed(router, "POST", "/alertCreated"),
                 QStringLiteral("404")); // webhooks are not served
        // Parameters decoded after matching: an encoded slash stays in its parameter.
        const auto file
            = router.route(QStringLiteral("GET"), QStringLiteral("/files/a%2Fb%20c.txt"));
        QCOMPARE(std::get<MockRoute>(file).pathParameters.value(QStringLiteral("name")),
                 QStringLiteral("a/b c.txt"));
        QCOMPARE(routed(router, "GET", "/files/a/b"), QStringLiteral("404"));
    }

    void everyOxaOperationIsReachable()
    {
        const QString path = OxaTest::oxaFixturePath();
        if (path.isEmpty())
            QSKIP("The OXA fixture is not beside the checkout");
        const auto catalog = Catalog::load(path).catalog;
        QVERIFY(catalog);
        const MockRouter router(catalog);
        static const QRegularExpression parameter(QStringLiteral("\\{[^}]+\\}"));
        int served = 0;
        for (const Operation &op : catalog->operations()) {
            if (op.webhook)
                continue;
            QString concrete = op.path;
            concrete.replace(parameter, QStringLiteral("p-1"));
            const auto result = router.route(op.method, concrete);
            const auto *route = std::get_if<MockRoute>(&result);
            QVERIFY2(route, qPrintable(op.key));
            QCOMPARE(route->operation->key, op.key);
            ++served;
        }
        qInfo("%d operations reachable", served);
        QCOMPARE(served, 379);
    }
};

QTEST_GUILESS_MAIN(TestMockRouter)
#include "tst_mockrouter.moc"
