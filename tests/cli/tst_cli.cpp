// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "history/auditlog.h"
#include "request/environment.h"
#include "support/httptestserver.h"
#include "support/privatehome.h"
#include "support/secretprobe.h"
#include "support/testdocuments.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Where the runs keep their settings, history and audit log: never the user's own. */
QTemporaryDir &home()
{
    static QTemporaryDir dir;
    return dir;
}

QProcessEnvironment runEnvironment()
{
    return OxaTest::privateHomeEnvironment(home());
}

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = runEnvironment();
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OXA_CLI_PATH), arguments);
    if (!process.waitForFinished(60'000))
        qFatal("oxa-cli did not finish");
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(),
               process.readAllStandardError()};
}

/** oxa-cli in the background, this thread's event loop turning (for servers the test runs). */
Run cliWithServer(const QStringList &arguments, const QHash<QString, QString> &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = runEnvironment();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(OXA_CLI_PATH), arguments);
    if (!finished.wait(60'000))
        qFatal("oxa-cli did not finish");
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(),
               process.readAllStandardError()};
}

const QByteArray Clean
    = "openapi: 3.0.3\ninfo: {title: Clean, version: '1'}\n"
      "servers: [{url: 'https://xdr.example.test'}]\n"
      "paths:\n  /hosts/{id}/isolate:\n    post:\n      operationId: isolateHost\n"
      "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n"
      "      responses: {'202': {description: isolating}}\n"
      "  /observables/search:\n    post:\n      operationId: searchObservables\n"
      "      requestBody: {content: {application/json: {schema: {type: object}}}}\n"
      "      responses: {'200': {description: found}}\n";

const QByteArray Broken = "openapi: 3.0.3\ninfo: {title: Broken, version: '1'}\n"
                          "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n"
                          "        '200': {description: ok, content: {application/json: {schema: "
                          "{$ref: '#/components/schemas/Nope'}}}}\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectJsonIsTheCanonicalForm();
    void inspectText();
    void validateExitStatuses();
    void validateJson();
    void unloadableDocument();
    void limitsFromTheCommandLine();
    void usageErrors();
    void remoteReferencesNeedTheFlag();
    void oxaFixture();
    void callPrintsTheAnswer();
    void callExitStatuses();
    void callRefusesResponseOperationsWithoutYes();
    void callWithAConsoleEnvironment();
    void callKeepsNoSecret();
    void auditVerifyAndExport();
    void messagesAPersonCanActOn();
    void earlierDataIsGathered();
};

void TestCli::inspectJsonIsTheCanonicalForm()
{
    DocumentFolder folder;
    const QString path = folder.write(u"clean.yaml"_s, Clean);
    const Run run = cli({u"inspect"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QByteArray("{\"version\": \"3.0.3\", \"title\": \"Clean\", \"servers\": "
                        "[\"https://xdr.example.test\"], "
                        "\"securitySchemes\": [], \"operations\": ["
                        "{\"method\": \"POST\", \"path\": \"/hosts/{id}/isolate\", "
                        "\"operationId\": \"isolateHost\", "
                        "\"tags\": [], \"parameters\": [{\"name\": \"id\", \"in\": \"path\", "
                        "\"required\": true}], "
                        "\"requestBodyContentTypes\": [], \"responseCodes\": [\"202\"], "
                        "\"capability\": \"response\", "
                        "\"risk\": \"response\"}, "
                        "{\"method\": \"POST\", \"path\": \"/observables/search\", "
                        "\"operationId\": \"searchObservables\", "
                        "\"tags\": [], \"parameters\": [], \"requestBodyContentTypes\": "
                        "[\"application/json\"], "
                        "\"responseCodes\": [\"200\"], \"capability\": \"enrichment\", \"risk\": "
                        "\"read\"}]}\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCli::inspectText()
{
    DocumentFolder folder;
    const QString path = folder.write(u"clean.yaml"_s, Clean);
    const Run run = cli({u"inspect"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.startsWith(u"Clean 1 (OpenAPI 3.0.3)\n"_s));
    QVERIFY(text.contains(u"2 operations: 1 enrichment, 1 response"_s));
    QVERIFY(text.contains(u"POST    /hosts/{id}/isolate"_s));
    QVERIFY(text.contains(u"isolateHost"_s));
}

void TestCli::validateExitStatuses()
{
    DocumentFolder folder;
    const Run clean = cli({u"validate"_s, folder.write(u"clean.yaml"_s, Clean)});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(clean.out.contains("loaded, 2 operations; 0 errors"));

    const Run broken = cli({u"validate"_s, folder.write(u"broken.yaml"_s, Broken)});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.out.contains("broken.yaml:8:"));
    QVERIFY(broken.out.contains(": error: "));
    QVERIFY(broken.out.contains("[ref.dangling]"));

    const Run syntax
        = cli({u"validate"_s,
               folder.write(u"syntax.json"_s, "{\"openapi\": \"3.0.0\",\n  \"paths\": {]}")});
    QCOMPARE(syntax.exitCode, 2);
    QVERIFY(syntax.out.contains("syntax.json:2:13: error:"));
    QVERIFY(syntax.out.contains("could not be loaded"));
}

void TestCli::validateJson()
{
    DocumentFolder folder;
    const Run run = cli({u"validate"_s, folder.write(u"broken.yaml"_s, Broken), u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.keys(), QStringList({u"diagnostics"_s, u"loaded"_s, u"operations"_s}));
    QCOMPARE(root[u"loaded"_s].toBool(), true);
    QCOMPARE(root[u"operations"_s].toInt(), 1);
    const QJsonObject first = root[u"diagnostics"_s].toArray().at(0).toObject();
    QCOMPARE(first[u"severity"_s].toString(), u"error"_s);
    QCOMPARE(first[u"code"_s].toString(), u"ref.dangling"_s);
    QCOMPARE(first[u"pointer"_s].toString(),
             u"/paths/~1a/get/responses/200/content/application~1json/schema/$ref"_s);
    QCOMPARE(first[u"line"_s].toInt(), 8);
    QVERIFY(first[u"column"_s].toInt() > 1);
    QVERIFY(!first[u"message"_s].toString().isEmpty());
    QVERIFY(!first.contains(u"source"_s));
    // The key order is the documented one.
    QVERIFY(run.out.startsWith("{\"loaded\": true, \"operations\": 1, \"diagnostics\": "
                               "[{\"severity\": \"error\", \"message\": "));
}

void TestCli::unloadableDocument()
{
    DocumentFolder folder;
    const QString notOpenApi = folder.write(u"list.json"_s, "[1, 2, 3]");
    const Run validate = cli({u"validate"_s, notOpenApi, u"--json"_s});
    QCOMPARE(validate.exitCode, 2);
    const QJsonObject root = QJsonDocument::fromJson(validate.out).object();
    QCOMPARE(root[u"loaded"_s].toBool(), false);
    QCOMPARE(root[u"operations"_s].toInt(), 0);
    QCOMPARE(root[u"diagnostics"_s].toArray().at(0)[u"code"_s].toString(), u"spec.not-openapi"_s);

    const Run inspect = cli({u"inspect"_s, notOpenApi, u"--json"_s});
    QCOMPARE(inspect.exitCode, 2);
    QVERIFY(inspect.out.isEmpty());
    QVERIFY(inspect.err.contains("not an OpenAPI description"));

    const Run missing = cli({u"validate"_s, folder.path(u"missing.yaml"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.contains("does not exist"));
}

void TestCli::limitsFromTheCommandLine()
{
    DocumentFolder folder;
    const QString path = folder.write(u"clean.yaml"_s, Clean);
    const Run size = cli({u"validate"_s, path, u"--max-size"_s, u"100"_s, u"--json"_s});
    QCOMPARE(size.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(size.out)[u"diagnostics"_s][0][u"code"_s].toString(),
             u"limit.size"_s);
    const Run depth = cli({u"validate"_s, path, u"--max-depth"_s, u"3"_s, u"--json"_s});
    QCOMPARE(depth.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(depth.out)[u"diagnostics"_s][0][u"code"_s].toString(),
             u"limit.depth"_s);
    const Run operations = cli({u"validate"_s, path, u"--max-operations"_s, u"1"_s, u"--json"_s});
    QCOMPARE(operations.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(operations.out)[u"operations"_s].toInt(), 1);
    const Run bad = cli({u"validate"_s, path, u"--max-depth"_s, u"lots"_s});
    QCOMPARE(bad.exitCode, 64);
    QVERIFY(bad.err.contains("--max-depth"));
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).exitCode, 64);
    const Run unknown = cli({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 64);
    QVERIFY(unknown.err.contains("frobnicate"));
    QCOMPARE(cli({u"inspect"_s}).exitCode, 64);
    QCOMPARE(cli({u"inspect"_s, u"a"_s, u"b"_s}).exitCode, 64);
    QCOMPARE(cli({u"validate"_s, u"--no-such-option"_s, u"x"_s}).exitCode, 64);
    const Run help = cli({u"inspect"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--allow-remote-refs"));
    QCOMPARE(cli({u"--version"_s}).exitCode, 0);
}

void TestCli::remoteReferencesNeedTheFlag()
{
    DocumentFolder folder;
    // Port 9 (discard) on loopback: nothing listens, so an attempted fetch fails fast.
    const QString path
        = folder.write(u"remote.yaml"_s,
                       "openapi: 3.0.3\ninfo: {title: R, version: '1'}\npaths: {}\n"
                       "components: {schemas: {A: {$ref: 'http://127.0.0.1:9/a.yaml'}}}\n");
    const Run refused = cli({u"validate"_s, path, u"--json"_s});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(refused.out)[u"diagnostics"_s][0][u"code"_s].toString(),
             u"ref.remote-forbidden"_s);
    const Run allowed
        = cli({u"validate"_s, path, u"--json"_s, u"--allow-remote-refs"_s, u"--timeout"_s, u"5"_s});
    QCOMPARE(allowed.exitCode, 1);
    // Allowed, so it was fetched: the failure is now the connection, not the policy.
    QCOMPARE(QJsonDocument::fromJson(allowed.out)[u"diagnostics"_s][0][u"code"_s].toString(),
             u"ref.document-failed"_s);
}

void TestCli::oxaFixture()
{
    const QString path = oxaFixturePath();
    if (path.isEmpty())
        QSKIP("../shared/fixtures/oxa is not beside the checkout");
    const Run inspect = cli({u"inspect"_s, path, u"--json"_s});
    QCOMPARE(inspect.exitCode, 0);
    const QJsonObject catalog = QJsonDocument::fromJson(inspect.out).object();
    QCOMPARE(catalog[u"version"_s].toString(), u"3.1.0"_s);
    QCOMPARE(catalog[u"title"_s].toString(), u"OXA API Documentation"_s);
    QCOMPARE(catalog[u"servers"_s].toArray(), QJsonArray{u""_s});
    const QJsonArray operations = catalog[u"operations"_s].toArray();
    QCOMPARE(operations.size(), 379);
    QString previous;
    for (const QJsonValue &value : operations) {
        const QJsonObject operation = value.toObject();
        QVERIFY(!operation[u"capability"_s].toString().isEmpty());
        QVERIFY(!operation[u"risk"_s].toString().isEmpty());
        // Every operation of the fixture has its own operationId: none is synthesized.
        QVERIFY(operation[u"operationId"_s].isString());
        QVERIFY(!operation.contains(u"synthesizedOperationId"_s));
        const QString key
            = operation[u"path"_s].toString() + u'\n' + operation[u"method"_s].toString();
        QVERIFY2(previous < key, qPrintable(key)); // sorted by path then method, no duplicates
        previous = key;
    }

    const Run validate = cli({u"validate"_s, path, u"--json"_s});
    QCOMPARE(validate.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(validate.out).object();
    QCOMPARE(report[u"loaded"_s].toBool(), true);
    QCOMPARE(report[u"operations"_s].toInt(), 379);
    int dangling = 0;
    for (const QJsonValue &value : report[u"diagnostics"_s].toArray()) {
        if (value[u"code"_s].toString() != u"ref.dangling")
            continue;
        ++dangling;
        QVERIFY(value[u"pointer"_s].toString().startsWith(u"/paths/~1cti~1"_s));
        QVERIFY(value[u"line"_s].toInt() > 0);
    }
    QCOMPARE(dangling, 12);
}

void TestCli::callPrintsTheAnswer()
{
    DocumentFolder folder;
    const QString path = folder.write(u"clean.yaml"_s, Clean);
    folder.write(u"body.json"_s, R"({"type": "ipv4", "value": "192.0.2.7"})");
    HttpTestServer server;
    server.answer("/observables/search",
                  {200,
                   R"({"items": [{"value": "192.0.2.7", "verdict": "malicious"}]})",
                   "application/json",
                   {},
                   false,
                   0,
                   0});
    const QString base = server.url(QString()).toString();
    const Run run = cliWithServer({u"call"_s,
                                   path,
                                   u"searchObservables"_s,
                                   u"--server"_s,
                                   base,
                                   u"--body"_s,
                                   u"@"_s + folder.path(u"body.json"_s),
                                   u"--header"_s,
                                   u"X-Request-Id: r-9"_s,
                                   u"--bearer-env"_s,
                                   u"OXA_TEST_TOKEN"_s},
                                  {{u"OXA_TEST_TOKEN"_s, u"t0k3n-from-env"_s}});
    QCOMPARE(run.exitCode, 0);
    // The body as received, its line ended (it is JSON).
    QCOMPARE(run.out,
             QByteArray(R"({"items": [{"value": "192.0.2.7", "verdict": "malicious"}]})"
                        "\n"));
    const QByteArray head = server.heads.value(0);
    QVERIFY(head.startsWith("POST /observables/search HTTP/1.1"));
    QVERIFY(head.contains("Authorization: Bearer t0k3n-from-env"));
    QVERIFY(head.contains("X-Request-Id: r-9"));
    QVERIFY(head.contains("Content-Type: application/json"));
    QCOMPARE(server.bodies.value(0), QByteArray(R"({"type":"ipv4","value":"192.0.2.7"})"));

    // --json: status, headers, timing and body in one object.
    const Run json = cliWithServer({u"call"_s,
                                    path,
                                    u"POST /observables/search"_s,
                                    u"--server"_s,
                                    base,
                                    u"--body"_s,
                                    u"{}"_s,
                                    u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject out = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(out.value(u"status"_s).toInt(), 200);
    QCOMPARE(out.value(u"headers"_s).toObject().value(u"content-type"_s).toString(),
             u"application/json"_s);
    QVERIFY(out.value(u"timing"_s).toObject().value(u"totalMs"_s).toDouble() >= 0);
    QCOMPARE(out.value(u"body"_s).toObject().value(u"items"_s).toArray().size(), 1);
}

void TestCli::callExitStatuses()
{
    DocumentFolder folder;
    const QString path = folder.write(u"clean.yaml"_s, Clean);
    HttpTestServer server;
    server.answer("/observables/search",
                  {404, R"({"detail": "no"})", "application/json", {}, false, 0, 0});
    const QString base = server.url(QString()).toString();
    QCOMPARE(cliWithServer({u"call"_s, path, u"searchObservables"_s, u"--server"_s, base}).exitCode,
             3);
    server.answer("/observables/search", {503, "busy", "text/plain", {}, false, 0, 0});
    QCOMPARE(cliWithServer({u"call"_s, path, u"searchObservables"_s, u"--server"_s, base}).exitCode,
             4);
    // Nobody listens there.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const Run refused = cliWithServer(
        {u"call"_s, path, u"searchObservables"_s, u"--server"_s, u"http://127.0.0.1:%1"_s.arg(port)});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY(!refused.err.isEmpty());
    // Usage: an unknown operation, a missing path parameter, an unset variable.
    QCOMPARE(cliWithServer({u"call"_s, path, u"nope"_s, u"--server"_s, base}).exitCode, 64);
    QCOMPARE(cliWithServer({u"call"_s,
                            path,
                            u"searchObservables"_s,
                            u"--server"_s,
                            base,
                            u"--bearer-env"_s,
                            u"OXA_TEST_UNSET_VARIABLE"_s})
                 .exitCode,
             64);
}

void TestCli::callRefusesResponseOperationsWithoutYes()
{
    DocumentFolder folder;
    const QString path = folder.write(u"clean.yaml"_s, Clean);
    HttpTestServer server;
    server.answer("/hosts/web-01/isolate",
                  {202, R"({"state": "isolating"})", "application/json", {}, false, 0, 0});
    const QString base = server.url(QString()).toString();
    const Run refused = cliWithServer(
        {u"call"_s, path, u"isolateHost"_s, u"--server"_s, base, u"--param"_s, u"id=web-01"_s});
    QCOMPARE(refused.exitCode, 6);
    QVERIFY(refused.err.contains("--yes"));
    QVERIFY(server.heads.isEmpty()); // nothing was sent
    const Run confirmed = cliWithServer({u"call"_s,
                                         path,
                                         u"isolateHost"_s,
                                         u"--server"_s,
                                         base,
                                         u"--param"_s,
                                         u"id=web-01"_s,
                                         u"--yes"_s});
    QCOMPARE(confirmed.exitCode, 0);
    QVERIFY(server.heads.value(0).startsWith("POST /hosts/web-01/isolate HTTP/1.1"));
}

void TestCli::callWithAConsoleEnvironment()
{
    DocumentFolder folder;
    const QString path
        = folder.write(u"cases.yaml"_s,
                       "openapi: 3.1.0\ninfo: {title: Cases, version: '1'}\n"
                       "paths:\n  /cases:\n    get:\n      operationId: listCases\n"
                       "      responses: {'200': {description: ok}}\n"
                       "    post:\n      operationId: createCase\n      x-oxa-risk: write\n"
                       "      responses: {'201': {description: created}}\n");
    HttpTestServer server;
    server.answer("/cases", {200, "[]", "application/json", {}, false, 0, 0});
    // The console's profile, where the console keeps it.
    QDir().mkpath(home().filePath(u"config/OXA Console"_s));
    {
        QSettings settings(home().filePath(u"config/OXA Console/oxa-console.conf"_s),
                           QSettings::IniFormat);
        Oxa::Environment production;
        production.name = u"Prod"_s;
        production.baseUrl = server.url(QString()).toString();
        production.production = true;
        production.defaultHeaders = {{"X-Tenant", "acme"}};
        production.keyHeader = u"X-OXA-Key"_s;
        QVERIFY(Oxa::EnvironmentStore(settings).save({production}));
    }
    const QHash<QString, QString> key{{u"OXA_TEST_KEY"_s, u"pr0d-k3y-from-env"_s}};
    const Run read = cliWithServer(
        {u"call"_s, path, u"listCases"_s, u"--env"_s, u"Prod"_s, u"--key-env"_s, u"OXA_TEST_KEY"_s},
        key);
    QCOMPARE(read.exitCode, 0);
    QCOMPARE(read.out, QByteArray("[]\n"));
    QVERIFY(server.heads.value(0).contains("X-Tenant: acme"));
    QVERIFY(server.heads.value(0).contains("X-OXA-Key: pr0d-k3y-from-env"));
    // Anything but a read, in production, is confirmed: refused (and audited) without --yes.
    const QStringList create{u"call"_s,
                             path,
                             u"createCase"_s,
                             u"--env"_s,
                             u"Prod"_s,
                             u"--key-env"_s,
                             u"OXA_TEST_KEY"_s};
    const Run refused = cliWithServer(create, key);
    QCOMPARE(refused.exitCode, 6);
    QVERIFY(refused.err.contains("production"));
    QCOMPARE(server.heads.size(), 1);
    QCOMPARE(cliWithServer(create + QStringList{u"--yes"_s}, key).exitCode, 0);
    QCOMPARE(server.heads.size(), 2);
    const Run verified = cli({u"audit"_s, u"verify"_s});
    QCOMPARE(verified.exitCode, 0);
    const Run csv = cli({u"audit"_s, u"export"_s, u"--csv"_s});
    QVERIFY(csv.out.contains("refused by the user"));
    QVERIFY(csv.out.contains("createCase"));
    // The history has both calls that went; no file holds the key.
    QVERIFY(QFileInfo::exists(home().filePath(u"data/oxa-console/history.sqlite"_s)));
    QDirIterator files(home().path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("pr0d-k3y-from-env"), qPrintable(file.fileName()));
    }
    // An unknown environment names the known ones.
    const Run unknown = cliWithServer({u"call"_s, path, u"listCases"_s, u"--env"_s, u"Lab"_s});
    QCOMPARE(unknown.exitCode, 64);
    QVERIFY(unknown.err.contains("Prod"));
}

void TestCli::callKeepsNoSecret()
{
    // Issue 14, §0: a query api_key, a header token, a cookie, a password and a writeOnly body
    // field, and the scheme's key: every one goes to the server and none reaches a file.
    DocumentFolder folder;
    const QString path = folder.write(u"secrets.yaml"_s,
                                      "openapi: 3.1.0\n"
                                      "info: {title: Secrets, version: '1'}\n"
                                      "components:\n"
                                      "  securitySchemes:\n"
                                      "    tenantKey: {type: apiKey, in: header, name: X-API-Key}\n"
                                      "security: [{tenantKey: []}]\n"
                                      "paths:\n"
                                          + OxaTest::sessionsPathItem());
    HttpTestServer server;
    server.answer("/sessions",
                  {201, R"({"session": "opened"})", "application/json", {}, false, 0, 0});
    const QByteArray query = "qk+Z9/x8 api";
    const QByteArray token = "hs/Y7w6+session";
    const QByteArray cookie = "ck-X5v4-sid";
    const QByteArray password = "pw W3u2/h+nter";
    const QByteArray recovery = "rc-V1t0+recover";
    const QByteArray scheme = "sk-U9s8/tenant+key";
    const Run run
        = cliWithServer({u"call"_s,
                         path,
                         u"openSession"_s,
                         u"--server"_s,
                         server.url(QString()).toString(),
                         u"--param"_s,
                         u"api_key="_s + QString::fromUtf8(query),
                         u"--param"_s,
                         u"X-Session-Token="_s + QString::fromUtf8(token),
                         u"--param"_s,
                         u"sid="_s + QString::fromUtf8(cookie),
                         u"--param"_s,
                         u"note=kept-in-history"_s,
                         u"--body"_s,
                         QString::fromUtf8(R"({"user": "ana-kept", "password": ")" + password
                                           + R"(", "recovery": ")" + recovery + "\"}"),
                         u"--secret-env"_s,
                         u"tenantKey=OXA_SCHEME_KEY"_s,
                         u"--yes"_s},
                        {{u"OXA_SCHEME_KEY"_s, QString::fromUtf8(scheme)}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Everything went as given.
    QCOMPARE(server.heads.size(), 1);
    const QByteArray head = server.heads.front();
    QVERIFY(head.contains(QUrl::toPercentEncoding(QString::fromUtf8(query))));
    QVERIFY(head.contains(QByteArray("X-Session-Token: ").append(token)));
    QVERIFY(head.contains(QByteArray("sid=").append(cookie)));
    QVERIFY(head.contains(QByteArray("X-API-Key: ").append(scheme)));
    QVERIFY(server.bodies.front().contains(password));
    QVERIFY(server.bodies.front().contains(recovery));
    // The history and the audit log were written, with what is not secret…
    const QByteArray files = OxaTest::allFilesUnder(home().path());
    QVERIFY(QFileInfo::exists(home().filePath(u"data/oxa-console/history.sqlite"_s)));
    QVERIFY(files.contains("kept-in-history"));
    QVERIFY(files.contains("ana-kept"));
    QVERIFY(files.contains("openSession"));
    // …and no secret, in any spelling.
    for (const QByteArray &secret : {query, token, cookie, password, recovery, scheme}) {
        for (const QByteArray &spelling : OxaTest::secretSpellings(secret))
            QVERIFY2(!files.contains(spelling), spelling.constData());
    }
}

void TestCli::auditVerifyAndExport()
{
    DocumentFolder folder;
    const QString path = folder.path(u"audit.jsonl"_s);
    {
        Oxa::AuditLog log(path);
        for (int i = 0; i < 3; ++i) {
            Oxa::AuditEntry e;
            e.time = QDateTime::currentDateTimeUtc();
            e.operationKey = u"POST /hosts/{id}/isolate"_s;
            e.url = u"https://xdr.example/hosts/h%1/isolate"_s.arg(i);
            e.status = 202;
            QVERIFY(log.append(e));
        }
    }
    Run run = cli({u"audit"_s, u"verify"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("3 entries, the chain holds."));
    run = cli({u"audit"_s, u"export"_s, path, u"--csv"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 4);
    // One changed character: found, and named.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray text = file.readAll();
    text.replace("/h1/", "/h7/");
    file.seek(0);
    file.write(text);
    file.close();
    run = cli({u"audit"_s, u"verify"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("Line 2"));
    QCOMPARE(cli({u"audit"_s, u"verify"_s, folder.path(u"missing.jsonl"_s)}).exitCode, 2);
}

void TestCli::messagesAPersonCanActOn()
{
    // The usage line names the command, its arguments in the order they are typed.
    const Run help = cli({u"call"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: oxa-cli call [options] document operation\n"),
             help.out.left(80).constData());
    QVERIFY(cli({u"mock"_s, u"--help"_s}).out.startsWith("Usage: oxa-cli mock [options] document"));

    // Did you mean: a command, an operationId.
    const Run typo = cli({u"inspec"_s});
    QCOMPARE(typo.exitCode, 64);
    QVERIFY2(typo.err.contains("Did you mean inspect?"), typo.err.constData());
    DocumentFolder folder;
    const QString path = folder.write(u"clean.yaml"_s, Clean);
    const Run operation
        = cli({u"call"_s, path, u"searchObservable"_s, u"--server"_s, u"http://127.0.0.1:9"_s});
    QCOMPARE(operation.exitCode, 64);
    QVERIFY2(operation.err.contains("Did you mean searchObservables?"), operation.err.constData());

    // A JSON body that does not parse is refused where it breaks, and nothing is sent.
    HttpTestServer server;
    server.answer("/observables/search", {404, QByteArray(), "application/json", {}, false, 0, 0});
    const QString base = server.url(QString()).toString();
    const Run broken = cliWithServer({u"call"_s,
                                      path,
                                      u"searchObservables"_s,
                                      u"--server"_s,
                                      base,
                                      u"--body"_s,
                                      u"{\"type\": ipv4}"_s});
    QCOMPARE(broken.exitCode, 3);
    QVERIFY2(broken.err.contains("not valid JSON") && broken.err.contains("column 10"),
             broken.err.constData());
    QVERIFY(server.heads.isEmpty());

    // An error without a body still says what happened.
    const Run missing = cliWithServer(
        {u"call"_s, path, u"searchObservables"_s, u"--server"_s, base, u"--body"_s, u"{}"_s});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(missing.err.startsWith("HTTP 404"), missing.err.constData());

    // JSON output ends its line.
    QVERIFY(cli({u"inspect"_s, path, u"--json"_s}).out.endsWith("}\n"));
    QVERIFY(cli({u"validate"_s, path, u"--json"_s}).out.endsWith("}\n"));
}

void TestCli::earlierDataIsGathered()
{
    // Earlier consoles kept the form's values apart ("OXA Console/oxa-console"): any program
    // that starts moves them into the one data folder.
    const QString old = home().filePath(u"data/OXA Console/oxa-console/form-values.json"_s);
    QVERIFY(QDir().mkpath(QFileInfo(old).absolutePath()));
    QFile file(old);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    QCOMPARE(cli({u"--version"_s}).exitCode, 0);
    QVERIFY(QFileInfo::exists(home().filePath(u"data/oxa-console/form-values.json"_s)));
    QVERIFY(!QFileInfo::exists(home().filePath(u"data/OXA Console"_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
