// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The mock back-end: requests checked, answers valid and realistic, failures injected, state
// kept, and the same over HTTP.
#include "document/backenddiscovery.h"
#include "mock/mockbackend.h"
#include "mock/mockservice.h"
#include "mock/mockthread.h"
#include "schema/schemaset.h"
#include "schema/schemavalidator.h"
#include "support/testdocuments.h"
#include "testconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kDocument
    = "openapi: 3.1.0\n"
      "info: {title: Mock, version: '1'}\n"
      "servers: [{url: 'https://xdr.example/api/v2'}]\n"
      "security: [{key: []}]\n"
      "components:\n"
      "  securitySchemes: {key: {type: http, scheme: bearer}}\n"
      "  schemas:\n"
      "    Event:\n"
      "      type: object\n"
      "      required: [id, src_ip, sha256, created_at, severity, count]\n"
      "      properties:\n"
      "        id: {type: string, format: uuid}\n"
      "        src_ip: {type: string}\n"
      "        sha256: {type: string}\n"
      "        created_at: {type: string, format: date-time}\n"
      "        severity: {type: string, enum: [low, medium, high, critical]}\n"
      "        count: {type: integer, minimum: 0}\n"
      "    Case:\n"
      "      type: object\n"
      "      required: [case_id, title, status]\n"
      "      properties:\n"
      "        case_id: {type: string, format: uuid, readOnly: true}\n"
      "        title: {type: string, minLength: 3}\n"
      "        status: {type: string, enum: [open, closed], default: open}\n"
      "paths:\n"
      "  /events:\n"
      "    get:\n"
      "      parameters:\n"
      "        - {name: limit, in: query, schema: {type: integer, maximum: 100}}\n"
      "        - {name: since, in: query, required: true, schema: {type: string, format: date}}\n"
      "      responses:\n"
      "        '200':\n"
      "          description: ok\n"
      "          content: {application/json: {schema: {type: array, items: {$ref: "
      "'#/components/schemas/Event'}}}}\n"
      "  /cases:\n"
      "    get:\n"
      "      responses:\n"
      "        '200':\n"
      "          description: ok\n"
      "          content: {application/json: {schema: {type: object, required: [items], "
      "properties: {items: {type: array, items: {$ref: '#/components/schemas/Case'}}}}}}\n"
      "    post:\n"
      "      requestBody:\n"
      "        required: true\n"
      "        content: {application/json: {schema: {type: object, required: [title], "
      "properties: {title: {type: string, minLength: 3}}}}}\n"
      "      responses:\n"
      "        '201':\n"
      "          description: created\n"
      "          content: {application/json: {schema: {$ref: '#/components/schemas/Case'}}}\n"
      "  /cases/{case_id}:\n"
      "    get:\n"
      "      parameters: [{name: case_id, in: path, required: true, schema: {type: string}}]\n"
      "      responses:\n"
      "        '200':\n"
      "          description: ok\n"
      "          content: {application/json: {schema: {$ref: '#/components/schemas/Case'}}}\n"
      "        '404': {description: missing}\n"
      "    patch:\n"
      "      parameters: [{name: case_id, in: path, required: true, schema: {type: string}}]\n"
      "      requestBody:\n"
      "        content: {application/json: {schema: {type: object}}}\n"
      "      responses:\n"
      "        '200':\n"
      "          description: ok\n"
      "          content: {application/json: {schema: {$ref: '#/components/schemas/Case'}}}\n"
      "    delete:\n"
      "      parameters: [{name: case_id, in: path, required: true, schema: {type: string}}]\n"
      "      responses: {'204': {description: deleted}}\n"
      "  /open:\n"
      "    get:\n"
      "      security: [{}]\n"
      "      responses:\n"
      "        '200':\n"
      "          description: ok\n"
      "          content:\n"
      "            application/json:\n"
      "              example: {at: '2026-01-10T08:00:00Z', day: '2026-01-09', text: hello}\n";

struct Fixture
{
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<SchemaSet> schemas;
};

Fixture fixture(const QByteArray &text = kDocument)
{
    Fixture f;
    f.catalog = OxaTest::catalogFromText(text);
    if (f.catalog)
        f.schemas = std::make_shared<SchemaSet>(f.catalog->documentPointer());
    return f;
}

MockRequest request(const char *method,
                    const QByteArray &target,
                    const QByteArray &body = {},
                    bool authorized = true)
{
    MockRequest r;
    r.method = method;
    r.target = target;
    r.body = body;
    if (authorized)
        r.headers.append({QByteArray("Authorization"), QByteArray("Bearer k")});
    if (!body.isEmpty())
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return r;
}

QJsonValue json(const MockAnswer &answer)
{
    const QJsonDocument d = QJsonDocument::fromJson(answer.reply.body);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

MockOptions options(quint64 seed = 1)
{
    MockOptions o;
    o.seed = seed;
    o.now = kNow;
    return o;
}

/**
 * Serves every operation of a document and validates each JSON answer against the schema of
 * its response. Errors that come from a reference the document leaves dangling are counted
 * apart: the schema itself is broken there.
 */
struct Sweep
{
    int operations = 0;
    int jsonAnswers = 0;
    int invalid = 0;
    int danglingOnly = 0;
    QStringList failures;
};

Sweep sweep(const Fixture &f, quint64 seed)
{
    Sweep out;
    MockService service(f.catalog, f.schemas, options(seed));
    SchemaValidator::Options checking;
    checking.direction = SchemaValidator::Direction::Response;
    checking.maxErrors = 20;
    const SchemaValidator validator(*f.schemas, checking);
    for (const Operation &operation : f.catalog->operations()) {
        ++out.operations;
        const MockReply reply = service.generated(operation, {}, operation.key.toUtf8());
        if (!reply.contentType.contains("json") || reply.body.isEmpty())
            continue;
        ++out.jsonAnswers;
        const Response *response = operation.responseFor(reply.status);
        if (!response)
            continue;
        const MediaType *media = nullptr;
        for (const MediaType &m : response->content) {
            if (m.name.toUtf8() == reply.contentType)
                media = &m;
        }
        if (!media || !media->schema)
            continue;
        const Schema *schema
            = f.schemas->compile(media->schema, mediaSchemaPointer(response->pointer, media->name));
        if (!schema)
            continue;
        const auto tree = OxaTest::jsonTree(reply.body);
        const QList<ValidationError> errors = validator.validate(*schema, *tree->root());
        if (errors.isEmpty())
            continue;
        bool dangling = true;
        for (const ValidationError &e : errors)
            dangling = dangling && e.keyword == u"$ref";
        if (dangling) {
            ++out.danglingOnly;
        } else {
            ++out.invalid;
            out.failures << operation.key + u": " + errors.front().instancePointer + u' '
                                + errors.front().message;
        }
    }
    return out;
}

Fixture loadedFixture(const QString &path)
{
    Fixture f;
    const CatalogLoad loaded = Catalog::load(path);
    f.catalog = loaded.catalog;
    if (f.catalog)
        f.schemas = std::make_shared<SchemaSet>(f.catalog->documentPointer());
    return f;
}

/** Every string in a value, with its pointer. */
void strings(const QJsonValue &value, const QString &at, QList<QPair<QString, QString>> &out)
{
    if (value.isString()) {
        out.append({at, value.toString()});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            strings(array.at(i), at + u'/' + QString::number(i), out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            strings(it.value(), at + u'/' + it.key(), out);
    }
}

} // namespace

class TestMockService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAnswerMatchesItsSchema_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("operations");
        QTest::newRow("demo") << QStringLiteral(OXA_DEMO_DOCUMENT) << 24;
        QTest::newRow("oxa") << OxaTest::oxaFixturePath() << 379;
    }
    void everyAnswerMatchesItsSchema()
    {
        QFETCH(QString, path);
        QFETCH(int, operations);
        if (!QFile::exists(path))
            QSKIP("The shared fixtures are not beside the checkout.");
        const CatalogLoad loaded = Catalog::load(path);
        QVERIFY(loaded.catalog);
        Fixture f{loaded.catalog, std::make_shared<SchemaSet>(loaded.catalog->documentPointer())};
        for (quint64 seed : {1ull, 2ull, 99ull}) {
            const Sweep s = sweep(f, seed);
            QCOMPARE(s.operations, operations);
            QVERIFY(s.jsonAnswers > operations / 2);
            qInfo("%s, seed %llu: %d JSON answers, %d invalid, %d refused only by a dangling "
                  "reference",
                  qPrintable(QFileInfo(path).fileName()),
                  seed,
                  s.jsonAnswers,
                  s.invalid,
                  s.danglingOnly);
            QVERIFY2(s.invalid == 0, qPrintable(s.failures.join(u'\n')));
            if (path.endsWith(u".yaml"))
                QCOMPARE(s.danglingOnly, 0);
        }
    }

    void generatedValuesLookReal()
    {
        const Fixture f = fixture();
        QVERIFY(f.catalog);
        MockService service(f.catalog, f.schemas, options(7));
        const Operation &events = *f.catalog->operationByKey(u"GET /events");
        const QJsonArray a
            = QJsonDocument::fromJson(service.generated(events, {}, "a").body).array();
        const QJsonArray again
            = QJsonDocument::fromJson(service.generated(events, {}, "a").body).array();
        const QJsonArray other
            = QJsonDocument::fromJson(service.generated(events, {}, "b").body).array();
        QCOMPARE(a, again);
        QVERIFY(a != other);
        MockService reseeded(f.catalog, f.schemas, options(8));
        QVERIFY(QJsonDocument::fromJson(reseeded.generated(events, {}, "a").body).array() != a);

        // Many records: addresses in the documentation ranges, distinct hashes and UUIDs,
        // instants in the last week, low severities more common than critical ones.
        QHash<QString, int> severities;
        QSet<QString> ids;
        int records = 0;
        for (int i = 0; i < 200; ++i) {
            const QJsonArray items
                = QJsonDocument::fromJson(service.generated(events, {}, QByteArray::number(i)).body)
                      .array();
            QVERIFY(items.size() >= 1);
            for (const QJsonValue &v : items) {
                const QJsonObject e = v.toObject();
                ++records;
                const QString ip = e.value(u"src_ip").toString();
                QVERIFY2(ip.startsWith(u"192.0.2.") || ip.startsWith(u"198.51.100.")
                             || ip.startsWith(u"203.0.113."),
                         qPrintable(ip));
                QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                            .match(e.value(u"sha256").toString())
                            .hasMatch());
                ids.insert(e.value(u"id").toString());
                const QDateTime at
                    = QDateTime::fromString(e.value(u"created_at").toString(), Qt::ISODate);
                QVERIFY(at.isValid());
                QVERIFY2(at <= kNow && at >= kNow.addDays(-7), qPrintable(at.toString()));
                ++severities[e.value(u"severity").toString()];
                QVERIFY(e.value(u"count").toInt() >= 0);
            }
        }
        QVERIFY(records > 600); // several items per array
        QCOMPARE(ids.size(), records);
        QCOMPARE(severities.size(), 4);
        QVERIFY(severities.value(QStringLiteral("low"))
                > 2 * severities.value(QStringLiteral("critical")));
    }

    void requestsAreChecked()
    {
        const Fixture f = fixture();
        MockService service(f.catalog, f.schemas, options());
        // The document's base path is optional.
        QCOMPARE(service.handle(request("GET", "/api/v2/events?since=2026-11-01")).reply.status,
                 200);
        QCOMPARE(service.handle(request("GET", "/events?since=2026-11-01")).reply.status, 200);

        MockAnswer a = service.handle(request("GET", "/events?since=2026-11-01", {}, false));
        QCOMPARE(a.reply.status, 401);
        QCOMPARE(a.reply.contentType, QByteArray("application/problem+json"));
        QCOMPARE(a.headers.value(0).first, QByteArray("WWW-Authenticate"));
        QCOMPARE(service.handle(request("GET", "/open", {}, false)).reply.status, 200);

        a = service.handle(request("GET", "/events?limit=500"));
        QCOMPARE(a.reply.status, 400);
        const QJsonArray errors = json(a).toObject().value(u"errors").toArray();
        QCOMPARE(errors.size(), 2);
        QStringList names;
        for (const QJsonValue &e : errors)
            names << e.toObject().value(u"name").toString();
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("limit"), QStringLiteral("since")}));
        QCOMPARE(service.handle(request("GET", "/events?since=yesterday")).reply.status, 400);

        QCOMPARE(service.handle(request("POST", "/cases", "{\"title\": \"ab\"}")).reply.status, 400);
        QCOMPARE(service.handle(request("POST", "/cases", "{\"title\": ")).reply.status, 400);
        QCOMPARE(service.handle(request("POST", "/cases")).reply.status, 400); // required
        MockRequest text = request("POST", "/cases");
        text.body = "title=x";
        text.headers.append({QByteArray("Content-Type"), QByteArray("text/plain")});
        QCOMPARE(service.handle(text).reply.status, 415);
        QCOMPARE(service.handle(request("POST", "/cases", "{\"title\": \"Beacon\"}")).reply.status,
                 201);

        a = service.handle(request("PUT", "/events"));
        QCOMPARE(a.reply.status, 405);
        QCOMPARE(a.headers.value(0), qMakePair(QByteArray("Allow"), QByteArray("GET")));
        QCOMPARE(service.handle(request("GET", "/nowhere")).reply.status, 404);

        MockOptions small = options();
        small.maxBodyBytes = 10;
        MockService strict(f.catalog, f.schemas, small);
        QCOMPARE(strict.handle(request("POST", "/cases", "{\"title\": \"Beacon\"}")).reply.status,
                 413);
        MockOptions lenient = options();
        lenient.validateRequests = false;
        QCOMPARE(MockService(f.catalog, f.schemas, lenient)
                     .handle(request("GET", "/events", {}, false))
                     .reply.status,
                 200);
    }

    void refusalsUseTheDeclaredResponse()
    {
        // Issue 14, §5: as Prism, the operation's 422, else its 400, 4XX or default, with a
        // body that fits its schema and says what is wrong where it has room; RFC 9457 when
        // the operation declares nothing for it.
        const Fixture f = fixture(R"(openapi: 3.1.0
info: {title: Refusals, version: '1'}
paths:
  /unprocessable:
    get:
      parameters: [{name: q, in: query, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok}
        '400': {description: bad, content: {application/json: {schema: {type: object}}}}
        '422':
          description: invalid
          content:
            application/json:
              schema:
                type: object
                required: [code, message]
                properties:
                  code: {type: string}
                  message: {type: string}
                  details: {type: array, items: {type: string}}
  /closed:
    get:
      parameters: [{name: q, in: query, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok}
        '400':
          description: bad
          content:
            application/json:
              schema:
                type: object
                additionalProperties: false
                required: [msg]
                properties: {msg: {type: string, enum: [bad request]}}
  /family:
    get:
      parameters: [{name: q, in: query, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok}
        4XX: {description: client error}
  /fallback:
    get:
      parameters: [{name: q, in: query, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok}
        default:
          description: error
          content:
            application/json:
              schema:
                type: object
                properties: {error: {type: string}, errors: {type: array}}
  /undocumented:
    get:
      parameters: [{name: q, in: query, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
)");
        QVERIFY(f.catalog);
        MockService service(f.catalog, f.schemas, options());

        MockAnswer a = service.handle(request("GET", "/unprocessable"));
        QCOMPARE(a.reply.status, 422);
        QCOMPARE(a.reply.contentType, QByteArray("application/json"));
        QJsonObject body = json(a).toObject();
        QCOMPARE(body.value(u"code").toString(), u"422"_s); // a string, as declared
        QVERIFY2(body.value(u"message").toString().contains(u"GET /unprocessable"_s),
                 a.reply.body.constData());
        QVERIFY(!body.contains(u"status"_s) || body.value(u"status").isDouble());
        const QJsonArray details = body.value(u"details").toArray();
        QCOMPARE(details.size(), 1);
        QVERIFY2(details.at(0).toString().contains(u"query q"_s), a.reply.body.constData());

        // A closed schema has no room: the body fits it, and says nothing more.
        a = service.handle(request("GET", "/closed"));
        QCOMPARE(a.reply.status, 400);
        QCOMPARE(json(a).toObject(), (QJsonObject{{u"msg"_s, u"bad request"_s}}));

        // 4XX without a body: RFC 9457.
        a = service.handle(request("GET", "/family"));
        QCOMPARE(a.reply.status, 400);
        QCOMPARE(a.reply.contentType, QByteArray("application/problem+json"));
        QCOMPARE(json(a).toObject().value(u"errors").toArray().size(), 1);

        a = service.handle(request("GET", "/fallback"));
        QCOMPARE(a.reply.status, 400);
        QCOMPARE(a.reply.contentType, QByteArray("application/json"));
        body = json(a).toObject();
        QVERIFY(body.value(u"error").toString().contains(u"problem"_s));
        QCOMPARE(body.value(u"errors").toArray().at(0).toObject().value(u"name").toString(), u"q"_s);

        a = service.handle(request("GET", "/undocumented"));
        QCOMPARE(a.reply.status, 400);
        QCOMPARE(a.reply.contentType, QByteArray("application/problem+json"));
        QCOMPARE(json(a).toObject().value(u"status").toInt(), 400);
    }

    void oxaRefusalsAreDocumented()
    {
        // Every GET of the OXA document called without a required query or header parameter
        // answers with a status the operation documents, whenever it documents a client error
        // (422, 400, 4XX or default) at all.
        const QString path = OxaTest::oxaFixturePath();
        if (path.isEmpty())
            QSKIP("../shared/fixtures/oxa is not beside the checkout");
        const CatalogLoad loaded = Catalog::load(path);
        QVERIFY(loaded.catalog);
        const Fixture f{loaded.catalog,
                        std::make_shared<SchemaSet>(loaded.catalog->documentPointer())};
        MockService service(f.catalog, f.schemas, options());
        int refused = 0;
        int documented = 0;
        QStringList undocumented;
        for (const Operation &operation : f.catalog->operations()) {
            if (operation.method != u"GET")
                continue;
            bool missing = false;
            QString target = operation.path;
            for (const Parameter &p : operation.parameters) {
                if (p.location == ParameterLocation::Path)
                    target.replace(u'{' + p.name + u'}', u"00000000-0000-4000-8000-000000000000"_s);
                else if (p.required)
                    missing = true;
            }
            if (!missing)
                continue;
            ++refused;
            const MockAnswer a = service.handle(request("GET", target.toUtf8()));
            QVERIFY2(a.reply.status == 400 || a.reply.status == 422,
                     qPrintable(operation.key + u": " + QString::number(a.reply.status)));
            const bool declares = operation.responseFor(400) || operation.responseFor(422);
            if (!declares) {
                undocumented << operation.key;
                QCOMPARE(a.reply.contentType, QByteArray("application/problem+json"));
                continue;
            }
            QVERIFY2(operation.responseFor(a.reply.status),
                     qPrintable(operation.key + u": " + QString::number(a.reply.status)));
            if (a.reply.status == 400)
                QVERIFY(!operation.responseFor(422) || operation.responseFor(422)->code != u"422");
            ++documented;
        }
        qInfo("OXA: %d GETs refused for a missing parameter, %d with a documented status; "
              "%lld declare no client error: %s",
              refused,
              documented,
              qlonglong(undocumented.size()),
              qPrintable(undocumented.join(u", ")));
        QVERIFY(refused >= 10);
        QCOMPARE(documented + undocumented.size(), refused);
        QVERIFY(documented > undocumented.size());
    }

    void failuresAreInjected()
    {
        const Fixture f = fixture();
        MockOptions o = options();
        o.throttleRate = 1;
        MockAnswer a = MockService(f.catalog, f.schemas, o).handle(request("GET", "/open"));
        QCOMPARE(a.reply.status, 429);
        QCOMPARE(a.headers.value(0), qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        o = options();
        o.errorRate = 1;
        QCOMPARE(MockService(f.catalog, f.schemas, o).handle(request("GET", "/open")).reply.status,
                 500);
        o = options();
        o.timeoutRate = 1;
        QCOMPARE(MockService(f.catalog, f.schemas, o).handle(request("GET", "/open")).fate,
                 MockAnswer::Fate::Timeout);

        // Shares hold over many requests, and the sequence is the seed's.
        o = options(3);
        o.errorRate = 0.2;
        o.throttleRate = 0.1;
        o.latencyMs = 100;
        const auto run = [&] {
            MockService service(f.catalog, f.schemas, o);
            QList<int> statuses;
            for (int i = 0; i < 2000; ++i) {
                const MockAnswer answer = service.handle(request("GET", "/open"));
                if (answer.delayMs < 80 || answer.delayMs > 120)
                    return QList<int>();
                statuses << answer.reply.status;
            }
            return statuses;
        };
        const QList<int> first = run();
        QCOMPARE(first.size(), 2000);
        QCOMPARE(run(), first);
        const auto share = [&](int status) { return double(first.count(status)) / first.size(); };
        QVERIFY2(qAbs(share(500) - 0.2) < 0.04, qPrintable(QString::number(share(500))));
        QVERIFY2(qAbs(share(429) - 0.1) < 0.03, qPrintable(QString::number(share(429))));
    }

    void statefulCasesRoundTrip()
    {
        const Fixture f = fixture();
        MockOptions o = options();
        o.stateful = true;
        MockService service(f.catalog, f.schemas, o);
        MockAnswer created = service.handle(request("POST", "/cases", "{\"title\": \"Beacon\"}"));
        QCOMPARE(created.reply.status, 201);
        const QJsonObject kase = json(created).toObject();
        const QString id = kase.value(u"case_id").toString();
        QVERIFY(QUuid::fromString(id).isNull() == false);
        QCOMPARE(kase.value(u"title").toString(), QStringLiteral("Beacon"));
        QCOMPARE(kase.value(u"status").toString(), QStringLiteral("open"));

        // The same request again creates another case, with an id of its own.
        const QJsonObject second
            = json(service.handle(request("POST", "/cases", "{\"title\": \"Beacon\"}"))).toObject();
        QVERIFY(!second.value(u"case_id").toString().isEmpty());
        QVERIFY(second.value(u"case_id") != kase.value(u"case_id"));
        QVERIFY(!QUuid::fromString(second.value(u"case_id").toString()).isNull());

        const QByteArray item = "/cases/" + id.toUtf8();
        QCOMPARE(json(service.handle(request("GET", item))).toObject(), kase);
        const QJsonArray listed
            = json(service.handle(request("GET", "/cases"))).toObject().value(u"items").toArray();
        QCOMPARE(listed.at(0).toObject(), second); // newest first
        QCOMPARE(listed.at(1).toObject(), kase);

        MockAnswer changed = service.handle(request("PATCH", item, "{\"status\": \"closed\"}"));
        QCOMPARE(changed.reply.status, 200);
        QCOMPARE(json(changed).toObject().value(u"status").toString(), QStringLiteral("closed"));
        QCOMPARE(json(service.handle(request("GET", item))).toObject().value(u"status").toString(),
                 QStringLiteral("closed"));
        // A change the schema refuses keeps what was there.
        service.handle(
            request("PATCH", item, "{\"status\": \"exploded\", \"title\": \"Beacon 2\"}"));
        const QJsonObject after = json(service.handle(request("GET", item))).toObject();
        QCOMPARE(after.value(u"status").toString(), QStringLiteral("closed"));
        QCOMPARE(after.value(u"title").toString(), QStringLiteral("Beacon 2"));

        QCOMPARE(service.handle(request("DELETE", item)).reply.status, 204);
        QCOMPARE(service.handle(request("GET", item)).reply.status, 404);
        QCOMPARE(service.handle(request("PATCH", item, "{\"title\": \"again\"}")).reply.status, 404);
        const QJsonArray remaining
            = json(service.handle(request("GET", "/cases"))).toObject().value(u"items").toArray();
        for (const QJsonValue &v : remaining)
            QVERIFY(v.toObject().value(u"case_id").toString() != id);

        // Without state, an id is answered by a made-up case that carries it, when its schema
        // accepts it.
        MockService stateless(f.catalog, f.schemas, options());
        const QByteArray uuid = "0d7e2a41-8f3c-4b6d-a5e9-1c2b3d4e5f60";
        QJsonObject made = json(stateless.handle(request("GET", "/cases/" + uuid))).toObject();
        QCOMPARE(made.value(u"case_id").toString().toUtf8(), uuid);
        made = json(stateless.handle(request("GET", "/cases/c-42"))).toObject();
        QVERIFY(!QUuid::fromString(made.value(u"case_id").toString()).isNull());
    }

    void answersAreAboutTheIndicatorAsked()
    {
        // The issue's reproduction: the demo answered about 203.0.113.66 whatever was asked.
        const Fixture f = loadedFixture(QStringLiteral(OXA_DEMO_DOCUMENT));
        QVERIFY(f.catalog);
        MockService service(f.catalog, f.schemas, options());
        const auto ask = [&](const QByteArray &target) {
            const MockAnswer a = service.handle(request("GET", target));
            [&] { QCOMPARE(a.reply.status, 200); }();
            return json(a).toObject();
        };
        QJsonObject ip = ask("/enrichment/ip/198.51.100.23");
        QCOMPARE(ip.value(u"indicator").toString(), QStringLiteral("198.51.100.23"));
        QCOMPARE(ip.value(u"type").toString(), QStringLiteral("ipv4"));
        // What the document's own examples say about it (the bulk example: suspicious, 48).
        QCOMPARE(ip.value(u"verdict").toString(), QStringLiteral("suspicious"));
        QCOMPARE(ip.value(u"score").toInt(), 48);
        QCOMPARE(ask("/enrichment/ip/198.51.100.23"), ip); // the same answer each time
        // An address the examples describe gets its own example.
        QCOMPARE(ask("/enrichment/ip/198.51.100.7").value(u"verdict").toString(),
                 QStringLiteral("benign"));
        QCOMPARE(ask("/enrichment/ip/203.0.113.66").value(u"score").toInt(), 94);

        // One nobody describes: about it, with a verdict of its own, the same each time and in
        // another back-end with the same seed; its score agrees with its verdict.
        const QJsonObject v6 = ask("/enrichment/ip/2001:db8::5");
        QCOMPARE(v6.value(u"indicator").toString(), QStringLiteral("2001:db8::5"));
        QCOMPARE(v6.value(u"type").toString(), QStringLiteral("ipv6"));
        MockService again(f.catalog, f.schemas, options());
        QCOMPARE(json(again.handle(request("GET", "/enrichment/ip/2001:db8::5"))).toObject(), v6);
        QHash<QString, int> verdicts;
        for (int i = 1; i <= 60; ++i) {
            const QJsonObject other = ask("/enrichment/ip/192.0.2." + QByteArray::number(100 + i));
            QCOMPARE(other.value(u"indicator").toString(),
                     QStringLiteral("192.0.2.%1").arg(100 + i));
            const QString verdict = other.value(u"verdict").toString();
            const int score = other.value(u"score").toInt();
            ++verdicts[verdict];
            if (verdict == u"malicious")
                QVERIFY2(score >= 88, qPrintable(QString::number(score)));
            else if (verdict == u"benign")
                QVERIFY2(score <= 3, qPrintable(QString::number(score)));
        }
        QVERIFY2(verdicts.size() >= 3, qPrintable(QStringList(verdicts.keys()).join(u',')));

        // A hash: the field of its kind carries it.
        const QJsonObject md5 = ask("/enrichment/file/0123456789abcdef0123456789abcdef");
        QCOMPARE(md5.value(u"md5").toString(), QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(md5.value(u"sha256").toString()
                != u"9f2c1e8a7b3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6");
        const QByteArray sha256(64, 'e');
        QCOMPARE(ask("/enrichment/file/" + sha256).value(u"sha256").toString().toLatin1(), sha256);
        QCOMPARE(ask("/enrichment/domain/evil.example.org").value(u"indicator").toString(),
                 QStringLiteral("evil.example.org"));
        QCOMPARE(ask("/enrichment/url?url=https%3A%2F%2Fbad.example%2Fx")
                     .value(u"indicator")
                     .toString(),
                 QStringLiteral("https://bad.example/x"));
        const QJsonObject context = ask("/observables/198.51.100.23/context");
        QCOMPARE(context.value(u"observable").toString(), QStringLiteral("198.51.100.23"));
        QCOMPARE(context.value(u"verdict").toString(), QStringLiteral("suspicious"));
    }

    void bulkAnswersOnePerItem()
    {
        const Fixture f = loadedFixture(QStringLiteral(OXA_DEMO_DOCUMENT));
        QVERIFY(f.catalog);
        MockService service(f.catalog, f.schemas, options());
        const QStringList asked{QStringLiteral("198.51.100.23"),
                                QStringLiteral("evil.example.org"),
                                QStringLiteral("2001:db8::5"),
                                QStringLiteral("0123456789abcdef0123456789abcdef"),
                                QStringLiteral("https://bad.example/x"),
                                QStringLiteral("203.0.113.66")};
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("indicators"),
                                                           QJsonArray::fromStringList(asked)}})
                                    .toJson(QJsonDocument::Compact);
        const MockAnswer a = service.handle(request("POST", "/enrichment/bulk", body));
        QCOMPARE(a.reply.status, 200);
        const QJsonObject answer = json(a).toObject();
        const QJsonArray results = answer.value(u"results").toArray();
        QCOMPARE(results.size(), asked.size());
        const QStringList types{QStringLiteral("ipv4"),
                                QStringLiteral("domain"),
                                QStringLiteral("ipv6"),
                                QStringLiteral("md5"),
                                QStringLiteral("url"),
                                QStringLiteral("ipv4")};
        QHash<QString, int> counted;
        for (qsizetype i = 0; i < asked.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            QCOMPARE(r.value(u"indicator").toString(), asked.at(i));
            QCOMPARE(r.value(u"type").toString(), types.at(i));
            ++counted[r.value(u"verdict").toString()];
        }
        // The same verdict as a single look-up of the same indicator.
        for (const int i : {0, 2, 5}) {
            const QJsonObject single
                = json(service.handle(request("GET", "/enrichment/ip/" + asked.at(i).toUtf8())))
                      .toObject();
            QCOMPARE(results.at(i).toObject().value(u"verdict"), single.value(u"verdict"));
            QCOMPARE(results.at(i).toObject().value(u"score"), single.value(u"score"));
        }
        // The summary counts what is there.
        const QJsonObject summary = answer.value(u"summary").toObject();
        int total = 0;
        for (auto it = summary.begin(); it != summary.end(); ++it) {
            QCOMPARE(it.value().toInt(), counted.value(it.key()));
            total += it.value().toInt();
        }
        QCOMPARE(total, asked.size());
    }

    void limitBoundsTheItems()
    {
        const Fixture f = loadedFixture(QStringLiteral(OXA_DEMO_DOCUMENT));
        QVERIFY(f.catalog);
        MockService service(f.catalog, f.schemas, options());
        for (const int limit : {1, 2, 3}) {
            const MockAnswer a
                = service.handle(request("GET", "/alerts?limit=" + QByteArray::number(limit)));
            QCOMPARE(a.reply.status, 200);
            QCOMPARE(json(a).toObject().value(u"items").toArray().size(), limit);
        }
        const Fixture own = fixture();
        MockService events(own.catalog, own.schemas, options());
        QCOMPARE(json(events.handle(request("GET", "/events?since=2026-11-01&limit=2")))
                     .toArray()
                     .size(),
                 2);
        // More than one answer holds: more are made, each different.
        const QJsonArray many
            = json(events.handle(request("GET", "/events?since=2026-11-01&limit=40"))).toArray();
        QCOMPARE(many.size(), 40);
        QSet<QString> ids;
        for (const QJsonValue &e : many)
            ids.insert(e.toObject().value(u"id").toString());
        QCOMPARE(ids.size(), 40);
    }

    void oxaAlertsReadLikeAlerts()
    {
        const Fixture f = loadedFixture(OxaTest::oxaFixturePath());
        if (!f.catalog)
            QSKIP("The shared fixtures are not beside the checkout.");
        MockOptions o = options();
        o.validateRequests = false;
        MockService service(f.catalog, f.schemas, o);
        const MockAnswer a = service.handle(request("GET", "/alerts?limit=2"));
        QCOMPARE(a.reply.status, 200);
        const QJsonArray items = json(a).toObject().value(u"items").toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &v : items) {
            const QJsonObject alert = v.toObject();
            QVERIFY(!alert.value(u"title").toString().isEmpty());
            QVERIFY(!QUuid::fromString(alert.value(u"uuid").toString()).isNull());
            // Durations are durations, not instants.
            const int toDetect = alert.value(u"time_to_detect").toInt();
            QVERIFY2(toDetect >= 0 && toDetect < 30 * 86400, qPrintable(QString::number(toDetect)));
            // Nested lists stay short, and hold something.
            for (const QString &list :
                 {QStringLiteral("ttps"), QStringLiteral("adversaries"), QStringLiteral("cases")}) {
                const QJsonArray nested = alert.value(list).toArray();
                QVERIFY2(nested.size() <= 3, qPrintable(list));
                for (const QJsonValue &item : nested)
                    QVERIFY2(!item.toObject().isEmpty(), qPrintable(list));
            }
        }
    }

    void noPlaceholderStrings_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("demo") << QStringLiteral(OXA_DEMO_DOCUMENT);
        QTest::newRow("oxa") << OxaTest::oxaFixturePath();
    }
    void noPlaceholderStrings()
    {
        // Strings without an example are made from their name and format: no "string", and
        // no instant written as a number where the schema says date-time.
        QFETCH(QString, path);
        const Fixture f = loadedFixture(path);
        if (!f.catalog)
            QSKIP("The shared fixtures are not beside the checkout.");
        MockService service(f.catalog, f.schemas, options());
        QStringList placeholders;
        int values = 0;
        for (const Operation &operation : f.catalog->operations()) {
            const MockReply reply = service.generated(operation, {}, operation.key.toUtf8());
            if (!reply.contentType.contains("json"))
                continue;
            QList<QPair<QString, QString>> found;
            strings(QJsonDocument::fromJson("[" + reply.body + "]").array().at(0), QString(), found);
            values += int(found.size());
            for (const auto &[at, text] : found) {
                // "string" as the value of a "type" is a type's name (OXA's FieldType enum).
                if (at.endsWith(u"/type"))
                    continue;
                if (text == u"string" || (text.startsWith(u"string") && text.mid(6).toInt() > 0))
                    placeholders << operation.key + u' ' + at;
            }
        }
        qInfo("%d strings, %lld placeholders", values, qsizetype(placeholders.size()));
        QVERIFY(values > 100);
        QVERIFY2(placeholders.isEmpty(), qPrintable(placeholders.mid(0, 20).join(u'\n')));
    }

    void patternedIdsDiffer()
    {
        // Ids written by a pattern (the demo's "al-00000") vary with the seed and the request.
        const CatalogLoad loaded = Catalog::load(QStringLiteral(OXA_DEMO_DOCUMENT));
        QVERIFY(loaded.catalog);
        const Fixture f{loaded.catalog,
                        std::make_shared<SchemaSet>(loaded.catalog->documentPointer())};
        MockService service(f.catalog, f.schemas, options());
        const Operation &triage = *f.catalog->operationByKey(u"PATCH /alerts/{alert_id}");
        QSet<QString> ids;
        for (int i = 0; i < 50; ++i) {
            const QJsonObject alert
                = QJsonDocument::fromJson(service.generated(triage, {}, QByteArray::number(i)).body)
                      .object();
            const QString id = alert.value(u"alert_id").toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^al-[0-9]{5}$")).match(id).hasMatch(),
                     qPrintable(id));
            ids.insert(id);
        }
        QVERIFY2(ids.size() > 45, qPrintable(QString::number(ids.size())));
    }

    void examplesFollowToday()
    {
        const QByteArray week = "{\"points\":[{\"time\":\"2026-01-03T23:00:00Z\"},"
                                "{\"time\":\"2026-01-10T08:30:00.250+01:00\"}],"
                                "\"day\":\"2026-01-09\",\"name\":\"2026-01-09 report\"}";
        const QJsonObject moved
            = QJsonDocument::fromJson(MockService::rebased(week, kNow)).object();
        const QJsonArray points = moved.value(u"points").toArray();
        const QDateTime last
            = QDateTime::fromString(points.at(1).toObject().value(u"time").toString(),
                                    Qt::ISODateWithMs);
        QVERIFY(last <= kNow && last > kNow.addDays(-1));
        QCOMPARE(last.toUTC().time(), QTime(7, 30, 0, 250)); // the hour of day stays
        QCOMPARE(points.at(0).toObject().value(u"time").toString(),
                 QStringLiteral("2026-11-16T23:00:00Z"));
        QCOMPARE(moved.value(u"day").toString(), QStringLiteral("2026-11-22"));
        QCOMPARE(moved.value(u"name").toString(), QStringLiteral("2026-01-09 report"));
        QCOMPARE(MockService::rebased("{\"n\":1}", kNow), QByteArray("{\"n\":1}"));

        const Fixture f = fixture();
        MockService service(f.catalog, f.schemas, options());
        const QJsonObject open = json(service.handle(request("GET", "/open"))).toObject();
        QCOMPARE(open.value(u"at").toString(), QStringLiteral("2026-11-23T08:00:00Z"));
        QCOMPARE(open.value(u"day").toString(), QStringLiteral("2026-11-22"));
    }

    void servesOverHttp()
    {
        const Fixture f = fixture();
        MockOptions o = options();
        o.stateful = true;
        MockBackend backend(f.catalog, f.schemas, o);
        const auto port = backend.listen();
        QVERIFY(port);
        QVERIFY(*port > 0);
        QCOMPARE(backend.baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1/api/v2").arg(*port));
        QSignalSpy served(&backend, &MockBackend::served);
        QNetworkAccessManager manager;
        const auto call = [&](const QByteArray &method,
                              const QString &path,
                              const QByteArray &body = {},
                              bool authorized = true) {
            QNetworkRequest r(QUrl(backend.baseUrl().toString() + path));
            if (authorized)
                r.setRawHeader("Authorization", "Bearer k");
            if (!body.isEmpty())
                r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            r.setTransferTimeout(5000);
            QNetworkReply *reply = manager.sendCustomRequest(r, method, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(6000);
            reply->deleteLater();
            return reply;
        };
        QNetworkReply *created = call("POST", QStringLiteral("/cases"), "{\"title\": \"Beacon\"}");
        QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QString id
            = QJsonDocument::fromJson(created->readAll()).object().value(u"case_id").toString();
        QNetworkReply *read = call("GET", QStringLiteral("/cases/") + id);
        QCOMPARE(read->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(read->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(QJsonDocument::fromJson(read->readAll()).object().value(u"title").toString(),
                 QStringLiteral("Beacon"));
        QNetworkReply *deleted = call("DELETE", QStringLiteral("/cases/") + id);
        QCOMPARE(deleted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        QNetworkReply *refused = call("GET", QStringLiteral("/open"), {}, true);
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QNetworkReply *unauthorized
            = call("GET", QStringLiteral("/events?since=2026-11-01"), {}, false);
        QCOMPARE(unauthorized->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(served.size(), 5);
        const MockLogEntry entry = served.at(0).at(0).value<MockLogEntry>();
        QCOMPARE(entry.status, 201);
        QCOMPARE(entry.operationKey, QStringLiteral("POST /cases"));
        QVERIFY(entry.line().contains(QStringLiteral("POST /api/v2/cases")));
        QVERIFY(entry.line().contains(QStringLiteral("201")));

        // Only loopback by default: the port is not open on the other addresses.
        QCOMPARE(backend.baseUrl().host(), QStringLiteral("127.0.0.1"));
        MockBackend busy(f.catalog, f.schemas, o);
        QVERIFY(!busy.listen(QHostAddress(QHostAddress::LocalHost), *port));
    }

    void servesItsDescription()
    {
        const Fixture f = fixture();
        MockService service(f.catalog, f.schemas, options());
        for (const QByteArray &target : {QByteArray("/openapi.json"),
                                         QByteArray("/api/v2/openapi.json"),
                                         QByteArray("/openapi.yaml")}) {
            MockRequest r = request("GET", target, {}, false); // no credentials needed
            r.headers.append({QByteArray("Host"), QByteArray("127.0.0.1:4999")});
            const MockAnswer a = service.handle(r);
            QCOMPARE(a.reply.status, 200);
            QVERIFY(a.reply.contentType.startsWith(target.endsWith("yaml") ? "application/yaml"
                                                                           : "application/json"));
            const QJsonObject document = QJsonDocument::fromJson(a.reply.body).object();
            QCOMPARE(document.value(u"openapi").toString(), QStringLiteral("3.1.0"));
            QCOMPARE(document.value(u"paths").toObject().size(), 4);
            const QJsonArray servers = document.value(u"servers").toArray();
            QCOMPARE(servers.size(), 2);
            QCOMPARE(servers.at(0).toObject().value(u"url").toString(),
                     QStringLiteral("http://127.0.0.1:4999/api/v2"));
            QCOMPARE(servers.at(1).toObject().value(u"url").toString(),
                     QStringLiteral("https://xdr.example/api/v2"));
        }
        // Members keep their order.
        MockRequest r = request("GET", "/openapi.json");
        const QByteArray text = service.handle(r).reply.body;
        QVERIFY(text.indexOf("\"openapi\"") < text.indexOf("\"info\""));
        QVERIFY(text.indexOf("\"/events\"") < text.indexOf("\"/cases\""));
        QCOMPARE(service.handle(request("POST", "/openapi.json")).reply.status, 404);

        // "Connect to Back-end" finds the demo served by the mock, and calls it there.
        MockThread demo;
        const auto started = demo.start(QStringLiteral(OXA_DEMO_DOCUMENT), options());
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        const BackendDiscovery::Outcome found = BackendDiscovery::discover(*started, LoadOptions());
        QVERIFY(found.load.document);
        QCOMPARE(found.documentUrl.path(), QString(started->path() + u"/openapi.json"));
        const auto catalog = Catalog::fromLoadResult(LoadResult(found.load), LoadOptions()).catalog;
        QVERIFY(catalog);
        QCOMPARE(catalog->operations().size(), 24);
        QCOMPARE(QUrl(catalog->servers().front().url), *started);
    }

    void latencyAndTimeoutsOverHttp()
    {
        const Fixture f = fixture();
        MockOptions o = options();
        o.latencyMs = 300;
        MockBackend slow(f.catalog, f.schemas, o);
        QVERIFY(slow.listen());
        QNetworkAccessManager manager;
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply
            = manager.get(QNetworkRequest(QUrl(slow.baseUrl().toString() + u"/open")));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(3000));
        QVERIFY2(clock.elapsed() >= 230, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        o = options();
        o.timeoutRate = 1;
        MockBackend silent(f.catalog, f.schemas, o);
        QVERIFY(silent.listen());
        QNetworkRequest r(QUrl(silent.baseUrl().toString() + u"/open"));
        r.setTransferTimeout(400);
        reply = manager.get(r);
        QSignalSpy ended(reply, &QNetworkReply::finished);
        QVERIFY(ended.wait(3000));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestMockService)
#include "tst_mockservice.moc"
