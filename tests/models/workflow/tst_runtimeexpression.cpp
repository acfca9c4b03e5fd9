// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/workflow/scopefixture.h"
#include "workflow/runtimeexpression.h"

#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;
using Root = RuntimeExpression::Root;
using Part = RuntimeExpression::Part;

Q_DECLARE_METATYPE(RuntimeExpression::Root)
Q_DECLARE_METATYPE(RuntimeExpression::Part)

class TestRuntimeExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void literalsThatLookLikeMoney();
    void evaluates_data();
    void evaluates();
    void resolvesValues_data();
    void resolvesValues();
    void resolvesPayloadsMemberByMember();
    void findsEveryExpressionOfAValue();
};

void TestRuntimeExpression::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Root>("root");
    QTest::addColumn<Part>("part");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("pointer"); // "-" for none

    // The examples table of Arazzo 1.0.1 §"Runtime Expressions", row by row.
    QTest::newRow("HTTP method") << u"$method"_s << Root::Method << Part::None << QString()
                                 << QString() << QString() << u"-"_s;
    QTest::newRow("requested media type")
        << u"$request.header.accept"_s << Root::Request << Part::Header << u"accept"_s << QString()
        << QString() << u"-"_s;
    QTest::newRow("request parameter") << u"$request.path.id"_s << Root::Request << Part::Path
                                       << u"id"_s << QString() << QString() << u"-"_s;
    QTest::newRow("request body property")
        << u"$request.body#/user/uuid"_s << Root::Request << Part::Body << QString() << QString()
        << QString() << u"/user/uuid"_s;
    QTest::newRow("request URL") << u"$url"_s << Root::Url << Part::None << QString() << QString()
                                 << QString() << u"-"_s;
    QTest::newRow("response value") << u"$response.body#/status"_s << Root::Response << Part::Body
                                    << QString() << QString() << QString() << u"/status"_s;
    QTest::newRow("response header")
        << u"$response.header.Server"_s << Root::Response << Part::Header << u"Server"_s
        << QString() << QString() << u"-"_s;
    QTest::newRow("workflow input") << u"$inputs.username"_s << Root::Inputs << Part::None
                                    << u"username"_s << QString() << QString() << u"-"_s;
    QTest::newRow("another workflow's input")
        << u"$workflows.foo.inputs.username"_s << Root::Workflows << Part::None << u"foo"_s
        << u"inputs"_s << u"username"_s << u"-"_s;
    QTest::newRow("step output") << u"$steps.someStepId.outputs.pets"_s << Root::Steps << Part::None
                                 << u"someStepId"_s << u"outputs"_s << u"pets"_s << u"-"_s;
    QTest::newRow("step output, part of it")
        << u"$steps.someStepId.outputs.pets#/0/id"_s << Root::Steps << Part::None << u"someStepId"_s
        << u"outputs"_s << u"pets"_s << u"/0/id"_s;
    QTest::newRow("workflow output") << u"$outputs.bar"_s << Root::Outputs << Part::None << u"bar"_s
                                     << QString() << QString() << u"-"_s;
    QTest::newRow("another workflow's output")
        << u"$workflows.foo.outputs.bar"_s << Root::Workflows << Part::None << u"foo"_s
        << u"outputs"_s << u"bar"_s << u"-"_s;
    QTest::newRow("another workflow's output, part of it")
        << u"$workflows.foo.outputs.mappedResponse#/name"_s << Root::Workflows << Part::None
        << u"foo"_s << u"outputs"_s << u"mappedResponse"_s << u"/name"_s;
    QTest::newRow("components parameter")
        << u"$components.parameters.foo"_s << Root::Components << Part::None << QString()
        << u"parameters"_s << u"foo"_s << u"-"_s;
    // Elsewhere in the specification.
    QTest::newRow("status code") << u"$statusCode"_s << Root::StatusCode << Part::None << QString()
                                 << QString() << QString() << u"-"_s;
    QTest::newRow("a source's URL")
        << u"$sourceDescriptions.petStoreDescription.url"_s << Root::SourceDescriptions
        << Part::None << u"petStoreDescription"_s << u"url"_s << QString() << u"-"_s;
    QTest::newRow("a source's operation")
        << u"$sourceDescriptions.pets.getPetById"_s << Root::SourceDescriptions << Part::None
        << u"pets"_s << u"getPetById"_s << QString() << u"-"_s;
    QTest::newRow("a dashed input") << u"$inputs.x-api-key"_s << Root::Inputs << Part::None
                                    << u"x-api-key"_s << QString() << QString() << u"-"_s;
    QTest::newRow("a reusable action")
        << u"$components.successActions.notify"_s << Root::Components << Part::None << QString()
        << u"successActions"_s << u"notify"_s << u"-"_s;
    QTest::newRow("a whole body") << u"$response.body"_s << Root::Response << Part::Body
                                  << QString() << QString() << QString() << u"-"_s;
    QTest::newRow("a header with token characters")
        << u"$response.header.X-Rate_Limit!"_s << Root::Response << Part::Header
        << u"X-Rate_Limit!"_s << QString() << QString() << u"-"_s;
    QTest::newRow("the root pointer") << u"$response.body#"_s << Root::Response << Part::Body
                                      << QString() << QString() << QString() << QString();
    // The ABNF's names are any text: a step's outputs without ".outputs." still read as them.
    QTest::newRow("all of a step's outputs") << u"$steps.read"_s << Root::Steps << Part::None
                                             << u"read"_s << QString() << QString() << u"-"_s;
    QTest::newRow("all of them, written out")
        << u"$steps.read.outputs"_s << Root::Steps << Part::None << u"read"_s << u"outputs"_s
        << QString() << u"-"_s;
    QTest::newRow("an output without .outputs.")
        << u"$steps.plan.finalizedPaymentPlan"_s << Root::Steps << Part::None << u"plan"_s
        << QString() << u"finalizedPaymentPlan"_s << u"-"_s;
    QTest::newRow("escaped pointer") << u"$inputs.map#/a~1b/~0c"_s << Root::Inputs << Part::None
                                     << u"map"_s << QString() << QString() << u"/a~1b/~0c"_s;
}

void TestRuntimeExpression::parses()
{
    QFETCH(QString, text);
    const auto expression = RuntimeExpression::parse(text);
    QVERIFY2(expression, qPrintable(expression ? QString() : expression.error().message));
    QVERIFY(RuntimeExpression::looksLikeExpression(text));
    QTEST(expression->root(), "root");
    QTEST(expression->part(), "part");
    QTEST(expression->name(), "name");
    QTEST(expression->field(), "field");
    QTEST(expression->member(), "member");
    QFETCH(QString, pointer);
    if (pointer == u"-")
        QVERIFY(!expression->pointer());
    else
        QCOMPARE(expression->pointer().value_or(u"-"_s), pointer);
    QCOMPARE(expression->text(), text);
}

void TestRuntimeExpression::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("says");

    QTest::newRow("unknown root") << u"$statuscode"_s << 0 << u"starts with"_s;
    QTest::newRow("trailing text") << u"$url.host"_s << 4 << u"nothing follows"_s;
    QTest::newRow("no dot") << u"$inputs"_s << 7 << u"\".\" follows"_s;
    QTest::newRow("unknown part") << u"$request.head.x"_s << 9 << u"header."_s;
    QTest::newRow("empty header") << u"$response.header."_s << 17 << u"header name"_s;
    QTest::newRow("header with a space") << u"$response.header.X Y"_s << 18 << u"token"_s;
    QTest::newRow("broken pointer") << u"$response.body#/a~2"_s << 15 << u"JSON pointer"_s;
    QTest::newRow("pointer without slash") << u"$response.body#a"_s << 15 << u"JSON pointer"_s;
    QTest::newRow("body and more") << u"$response.bodyx"_s << 14 << u"followed by nothing"_s;
    QTest::newRow("a step without an id") << u"$steps."_s << 7 << u"a stepId follows"_s;
    QTest::newRow("a step output with a space")
        << u"$steps.read.a b"_s << 12 << u"a name follows"_s;
    QTest::newRow("a workflow's steps") << u"$workflows.w.steps.x"_s << 13 << u".outputs.<name>"_s;
    QTest::newRow("an empty output") << u"$steps.read.outputs."_s << 20 << u"a name follows"_s;
    QTest::newRow("unknown component kind")
        << u"$components.schemas.Alert"_s << 12 << u"parameters."_s;
    QTest::newRow("empty input") << u"$inputs."_s << 8 << u"a name follows"_s;
    QTest::newRow("input with a space") << u"$inputs.a b"_s << 8 << u"a name follows"_s;
}

void TestRuntimeExpression::rejects()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(QString, says);
    const auto expression = RuntimeExpression::parse(text);
    QVERIFY(!expression);
    QCOMPARE(expression.error().code, Error::Code::Parse);
    QCOMPARE(expression.error().offset, qint64(offset));
    QVERIFY2(expression.error().message.contains(says), qPrintable(expression.error().message));
}

void TestRuntimeExpression::literalsThatLookLikeMoney()
{
    QVERIFY(!RuntimeExpression::looksLikeExpression(u"$100"));
    QVERIFY(!RuntimeExpression::looksLikeExpression(u"$inputsAndMore"));
    QVERIFY(!RuntimeExpression::looksLikeExpression(u"price: $inputs.x"));
    QVERIFY(RuntimeExpression::looksLikeExpression(u"$url"));
    QVERIFY(RuntimeExpression::looksLikeExpression(u"$inputs"));
}

void TestRuntimeExpression::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected"); // undefined: an error whose message holds `says`
    QTest::addColumn<QString>("says");

    const QJsonValue error(QJsonValue::Undefined);
    QTest::newRow("status code is a number") << u"$statusCode"_s << QJsonValue(200) << QString();
    QTest::newRow("url") << u"$url"_s << QJsonValue(u"http://127.0.0.1:4010/alerts/a-1?limit=5"_s)
                         << QString();
    QTest::newRow("method") << u"$method"_s << QJsonValue(u"GET"_s) << QString();
    QTest::newRow("header names ignore case")
        << u"$response.header.x-rate-limit"_s << QJsonValue(u"10"_s) << QString();
    QTest::newRow("request header")
        << u"$request.header.ACCEPT"_s << QJsonValue(u"application/json"_s) << QString();
    QTest::newRow("absent header")
        << u"$response.header.ETag"_s << error << u"no header \"ETag\""_s;
    QTest::newRow("body pointer") << u"$response.body#/alerts/1/id"_s << QJsonValue(u"a-2"_s)
                                  << QString();
    QTest::newRow("body pointer keeps types")
        << u"$response.body#/score"_s << QJsonValue(97.5) << QString();
    QTest::newRow("body part as array")
        << u"$response.body#/items"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"name"_s, u"a"_s}}, QJsonObject{{u"name"_s, u"b"_s}}})
        << QString();
    QTest::newRow("nothing at a pointer is an error")
        << u"$response.body#/alerts/7"_s << error << u"finds nothing"_s;
    QTest::newRow("request query keeps its type")
        << u"$request.query.limit"_s << QJsonValue(5) << QString();
    QTest::newRow("request path") << u"$request.path.id"_s << QJsonValue(u"a-1"_s) << QString();
    QTest::newRow("absent query parameter")
        << u"$request.query.page"_s << error << u"no parameter \"page\""_s;
    QTest::newRow("request body") << u"$request.body#/user/uuid"_s << QJsonValue(u"u-9"_s)
                                  << QString();
    QTest::newRow("input") << u"$inputs.indicator"_s << QJsonValue(u"203.0.113.7"_s) << QString();
    QTest::newRow("input member by dots")
        << u"$inputs.alert.id"_s << QJsonValue(u"a-1"_s) << QString();
    QTest::newRow("input index by dots")
        << u"$inputs.alert.tags.1"_s << QJsonValue(u"mail"_s) << QString();
    QTest::newRow("a dotted name wins") << u"$inputs.a.b"_s << QJsonValue(u"dotted"_s) << QString();
    QTest::newRow("input pointer")
        << u"$inputs.alert#/tags/0"_s << QJsonValue(u"phishing"_s) << QString();
    QTest::newRow("absent input") << u"$inputs.ticket"_s << error
                                  << u"no inputs named \"ticket\""_s;
    QTest::newRow("absent input member")
        << u"$inputs.alert.owner"_s << error << u"has no member \"owner\""_s;
    QTest::newRow("workflow output")
        << u"$outputs.verdict"_s << QJsonValue(u"malicious"_s) << QString();
    QTest::newRow("step output") << u"$steps.read.outputs.count"_s << QJsonValue(2) << QString();
    QTest::newRow("step output pointer")
        << u"$steps.read.outputs.ids#/1"_s << QJsonValue(u"a-2"_s) << QString();
    QTest::newRow("step output member")
        << u"$steps.read.outputs.first.host"_s << QJsonValue(u"web-01"_s) << QString();
    QTest::newRow("a step output without .outputs.")
        << u"$steps.read.count"_s << QJsonValue(2) << QString();
    QTest::newRow("all of a step's outputs")
        << u"$steps.read#/ids/0"_s << QJsonValue(u"a-1"_s) << QString();
    QTest::newRow("a step that did not run")
        << u"$steps.isolate.outputs.id"_s << error << u"has not run"_s;
    QTest::newRow("workflow input")
        << u"$workflows.enrich.inputs.list#/2"_s << QJsonValue(3) << QString();
    QTest::newRow("workflow output")
        << u"$workflows.enrich.outputs.count"_s << QJsonValue(3) << QString();
    QTest::newRow("a workflow that did not run")
        << u"$workflows.triage.outputs.x"_s << error << u"has not run"_s;
    QTest::newRow("source URL") << u"$sourceDescriptions.demo.url"_s
                                << QJsonValue(u"oxa-demo.yaml"_s) << QString();
    QTest::newRow("unknown source")
        << u"$sourceDescriptions.oxa.url"_s << error << u"no source description"_s;
    QTest::newRow("component") << u"$components.parameters.page#/value"_s << QJsonValue(1)
                               << QString();
    QTest::newRow("absent component")
        << u"$components.failureActions.retry"_s << error << u"no component"_s;
}

void TestRuntimeExpression::evaluates()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, says);
    OxaTest::ScopeFixture fixture;
    const auto expression = RuntimeExpression::parse(text);
    QVERIFY(expression);
    const auto value = expression->evaluate(fixture.scope);
    if (expected.isUndefined()) {
        QVERIFY(!value);
        QVERIFY2(value.error().message.contains(says), qPrintable(value.error().message));
        QVERIFY(value.error().message.contains(text));
        return;
    }
    QVERIFY2(value, qPrintable(value ? QString() : value.error().message));
    QCOMPARE(*value, expected);
}

void TestRuntimeExpression::resolvesValues_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("embedding");
    QTest::addColumn<QJsonValue>("expected"); // undefined: an error

    const auto plain = int(Embedding::Plain);
    QTest::newRow("one expression keeps its type")
        << QJsonValue(u"$steps.read.outputs.ids"_s) << plain
        << QJsonValue(QJsonArray{u"a-1"_s, u"a-2"_s});
    QTest::newRow("one braced expression keeps its type")
        << QJsonValue(u"{$statusCode}"_s) << plain << QJsonValue(200);
    QTest::newRow("embedded in a text")
        << QJsonValue(u"alert {$inputs.alert.id} answered {$statusCode}"_s) << plain
        << QJsonValue(u"alert a-1 answered 200"_s);
    QTest::newRow("an array embedded as JSON")
        << QJsonValue(u"tags={$inputs.alert.tags}"_s) << plain
        << QJsonValue(u"tags=[\"phishing\",\"mail\"]"_s);
    QTest::newRow("a literal") << QJsonValue(u"placed"_s) << plain << QJsonValue(u"placed"_s);
    QTest::newRow("a price") << QJsonValue(u"$100"_s) << plain << QJsonValue(u"$100"_s);
    QTest::newRow("braces that are not expressions")
        << QJsonValue(u"{a} {$x} {$inputs.limit"_s) << plain
        << QJsonValue(u"{a} {$x} {$inputs.limit"_s);
    QTest::newRow("numbers stay numbers") << QJsonValue(7) << plain << QJsonValue(7);
    QTest::newRow("inside a JSON string")
        << QJsonValue(u"{\"q\": \"{$inputs.quote}\"}"_s) << int(Embedding::Json)
        << QJsonValue(u"{\"q\": \"say \\\"hi\\\" & <go>\"}"_s);
    QTest::newRow("inside XML") << QJsonValue(u"<q>{$inputs.quote}</q>"_s) << int(Embedding::Xml)
                                << QJsonValue(u"<q>say &quot;hi&quot; &amp; &lt;go&gt;</q>"_s);
    QTest::newRow("inside a form")
        << QJsonValue(u"q={$inputs.quote}&n={$inputs.limit}"_s) << int(Embedding::Form)
        << QJsonValue(u"q=say%20%22hi%22%20%26%20%3Cgo%3E&n=5"_s);
    QTest::newRow("an embedded expression that finds nothing")
        << QJsonValue(u"id {$inputs.nope}"_s) << plain << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("a whole expression that does not parse")
        << QJsonValue(u"$steps."_s) << plain << QJsonValue(QJsonValue::Undefined);
}

void TestRuntimeExpression::resolvesValues()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, embedding);
    QFETCH(QJsonValue, expected);
    OxaTest::ScopeFixture fixture;
    const auto resolved = Expressions::resolve(value, fixture.scope, Embedding(embedding));
    if (expected.isUndefined()) {
        QVERIFY(!resolved);
        return;
    }
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
    QCOMPARE(*resolved, expected);
}

// The specification's "JSON Object Example" of a request body: each member resolved, types kept.
void TestRuntimeExpression::resolvesPayloadsMemberByMember()
{
    OxaTest::ScopeFixture fixture;
    const QJsonObject payload = OxaTest::jsonObject(R"({"petOrder": {"petId": "$inputs.alert.id",
        "quantity": "$inputs.limit", "status": "placed", "complete": false,
        "tags": ["$inputs.alert.tags", "note {$statusCode}"]}})");
    const auto resolved = Expressions::resolve(payload, fixture.scope);
    QVERIFY(resolved);
    const QJsonObject order = resolved->toObject().value(u"petOrder").toObject();
    QCOMPARE(order.value(u"petId"), QJsonValue(u"a-1"_s));
    QCOMPARE(order.value(u"quantity"), QJsonValue(5));
    QCOMPARE(order.value(u"status"), QJsonValue(u"placed"_s));
    QCOMPARE(order.value(u"complete"), QJsonValue(false));
    QCOMPARE(order.value(u"tags").toArray().at(0), QJsonValue(QJsonArray{u"phishing"_s, u"mail"_s}));
    QCOMPARE(order.value(u"tags").toArray().at(1), QJsonValue(u"note 200"_s));
}

void TestRuntimeExpression::findsEveryExpressionOfAValue()
{
    const QJsonObject payload
        = OxaTest::jsonObject(R"({"a": "$inputs.x", "b": ["id {$steps.s.outputs.id}
        and {$statusCode}", "{$steps.}"], "c": {"d": "$100", "e": 4}})");
    const auto found = Expressions::find(payload);
    QCOMPARE(found.size(), 4);
    QStringList texts;
    int errors = 0;
    for (const auto &each : found) {
        texts.append(each.text);
        errors += each.error.has_value();
    }
    texts.sort();
    QCOMPARE(texts,
             (QStringList{u"$inputs.x"_s, u"$statusCode"_s, u"$steps."_s, u"$steps.s.outputs.id"_s}));
    QCOMPARE(errors, 1);
}

QTEST_GUILESS_MAIN(TestRuntimeExpression)
#include "tst_runtimeexpression.moc"
