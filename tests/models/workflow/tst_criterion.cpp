// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/workflow/scopefixture.h"
#include "workflow/criterion.h"

#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

/** 1 passes, 0 does not, -1 cannot be decided (an error on the step). */
int outcome(const CriterionResult &result)
{
    if (!result.error.isEmpty())
        return -1;
    return result.passed ? 1 : 0;
}

} // namespace

class TestCriterion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simple_data();
    void simple();
    void simpleRejects_data();
    void simpleRejects();
    void observesWhatItReads();
    void regex_data();
    void regex();
    void jsonPath_data();
    void jsonPath();
    void xpath_data();
    void xpath();
    void typedCriteriaNeedAContext();
    void versions();
};

void TestCriterion::simple_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("expected");

    // Arazzo 1.0.1's own examples.
    QTest::newRow("spec: status code") << u"$statusCode == 200"_s << 1;
    QTest::newRow("spec: status code in braces") << u"{$statusCode == 200}"_s << 1;
    // Literals and operators, one by one.
    QTest::newRow("<") << u"$statusCode < 300"_s << 1;
    QTest::newRow("<=") << u"$statusCode <= 199"_s << 0;
    QTest::newRow(">") << u"$response.body#/score > 97"_s << 1;
    QTest::newRow(">=") << u"$response.body#/score >= 97.5"_s << 1;
    QTest::newRow("!=") << u"$statusCode != 200"_s << 0;
    QTest::newRow("!") << u"!($statusCode == 404)"_s << 1;
    QTest::newRow("&&") << u"$statusCode == 200 && $response.body#/status == 'closed'"_s << 0;
    QTest::newRow("||") << u"$statusCode == 500 || $response.body#/status == 'open'"_s << 1;
    QTest::newRow("grouping") << u"($statusCode == 500 || $statusCode == 200) && !false"_s << 1;
    QTest::newRow("&& binds tighter than ||") << u"true || false && false"_s << 1;
    QTest::newRow("index") << u"$response.body#/items[1].name == 'b'"_s << 1;
    QTest::newRow("index by name") << u"$response.body#/items[0]['name'] == 'a'"_s << 1;
    QTest::newRow("property after an output") << u"$steps.read.outputs.ids[0] == 'a-1'"_s << 1;
    QTest::newRow("negative number") << u"-1 < $response.body#/alerts/1/severity"_s << 1;
    QTest::newRow("exponent") << u"$statusCode == 2e2"_s << 1;
    QTest::newRow("null") << u"null == null"_s << 1;
    QTest::newRow("null is not a string") << u"$response.body#/status == null"_s << 0;
    QTest::newRow("booleans") << u"true != false"_s << 1;
    QTest::newRow("a literal condition") << u"false"_s << 0;
    // String comparisons MUST be case insensitive.
    QTest::newRow("strings ignore case") << u"$response.body#/verdict == 'MALICIOUS'"_s << 1;
    QTest::newRow("header value ignores case")
        << u"$response.header.Content-Type == 'Application/JSON'"_s << 1;
    QTest::newRow("strings order without case") << u"'apple' < 'Banana'"_s << 1;
    QTest::newRow("quote in a string") << u"'it''s' == 'IT''S'"_s << 1;
    // Loose comparisons.
    QTest::newRow("number and numeric string") << u"$statusCode == '200'"_s << 1;
    QTest::newRow("numeric header") << u"$response.header.X-Rate-Limit > 9"_s << 1;
    QTest::newRow("not a number") << u"$response.body#/status > 3"_s << 0;
    QTest::newRow("not a number, not equal") << u"$response.body#/status == 3"_s << 0;
    QTest::newRow("a boolean and its text") << u"true == 'TRUE'"_s << 1;
    QTest::newRow("arrays are equal by value")
        << u"$steps.read.outputs.ids == $steps.read.outputs.ids"_s << 1;
    QTest::newRow("truthy value") << u"$response.body#/alerts && !$response.body#/missing_is_error"_s
                                  << -1;
    // An expression that finds nothing is an error, not a null.
    QTest::newRow("missing pointer") << u"$response.body#/nope == null"_s << -1;
    QTest::newRow("missing index") << u"$response.body#/items[5].name == 'x'"_s << -1;
    QTest::newRow("short-circuit avoids the error")
        << u"$statusCode == 200 || $response.body#/nope"_s << 1;
}

void TestCriterion::simple()
{
    QFETCH(QString, condition);
    QFETCH(int, expected);
    const auto criterion = Criterion::compile(condition);
    QVERIFY2(criterion, qPrintable(criterion ? QString() : criterion.error().message));
    OxaTest::ScopeFixture fixture;
    const CriterionResult result = criterion->evaluate(fixture.scope);
    QCOMPARE(outcome(result), expected);
    if (expected < 0)
        QVERIFY(result.error.contains(u"finds nothing") || result.error.contains(u"has no"));
}

void TestCriterion::simpleRejects_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("says");

    QTest::newRow("single equals") << u"$statusCode = 200"_s << 12 << u"\"==\""_s;
    QTest::newRow("double quotes") << u"$statusCode == \"200\""_s << 15 << u"single quotes"_s;
    QTest::newRow("ends early") << u"$statusCode =="_s << 14 << u"ends too early"_s;
    QTest::newRow("unclosed group") << u"($statusCode == 200"_s << 19 << u"\")\""_s;
    QTest::newRow("unclosed string") << u"$method == 'GET"_s << 11 << u"not closed"_s;
    QTest::newRow("unknown expression")
        << u"$statuscode == 200"_s << 0 << u"not a runtime expression"_s;
    QTest::newRow("bad expression inside") << u"$steps. == 1"_s << 7 << u"stepId"_s;
    QTest::newRow("a bare word") << u"$statusCode == ok"_s << 15
                                 << u"expected a runtime expression"_s;
    QTest::newRow("fractional index") << u"$inputs.x[1.5]"_s << 13 << u"whole number"_s;
    QTest::newRow("trailing text") << u"$statusCode == 200 200"_s << 19 << u"unexpected"_s;
    QTest::newRow("nesting") << QString(100, u'(') + u"true"_s + QString(100, u')') << 64
                             << u"nests deeper"_s;
}

void TestCriterion::simpleRejects()
{
    QFETCH(QString, condition);
    QFETCH(int, offset);
    QFETCH(QString, says);
    const auto criterion = Criterion::compile(condition);
    QVERIFY(!criterion);
    QCOMPARE(criterion.error().offset, qint64(offset));
    QVERIFY2(criterion.error().message.contains(says), qPrintable(criterion.error().message));
}

void TestCriterion::observesWhatItReads()
{
    OxaTest::ScopeFixture fixture;
    const auto criterion
        = Criterion::compile(u"$statusCode == 200 && $response.body#/status == 'open'"_s);
    QVERIFY(criterion);
    QCOMPARE(criterion->expressions(), (QStringList{u"$statusCode"_s, u"$response.body#/status"_s}));
    const auto result = criterion->evaluate(fixture.scope);
    QVERIFY(result.passed);
    QCOMPARE(result.observed.size(), 2);
    QCOMPARE(result.observed.at(0).expression, u"$statusCode"_s);
    QCOMPARE(result.observed.at(0).value, QJsonValue(200));
    QCOMPARE(result.observed.at(1).value, QJsonValue(u"open"_s));
}

void TestCriterion::regex_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("expected");

    QTest::newRow("spec: ^200$ on the status") << u"$statusCode"_s << u"^200$"_s << 1;
    QTest::newRow("a class of statuses") << u"$statusCode"_s << u"^2\\d\\d$"_s << 1;
    QTest::newRow("a match anywhere") << u"$response.header.Content-Type"_s << u"json"_s << 1;
    QTest::newRow("case matters unless asked")
        << u"$response.body#/verdict"_s << u"^malicious$"_s << 0;
    QTest::newRow("inline flag") << u"$response.body#/verdict"_s << u"(?i)^malicious$"_s << 1;
    QTest::newRow("a number as text") << u"$response.body#/score"_s << u"^97\\.5$"_s << 1;
    QTest::newRow("an object as JSON")
        << u"$steps.read.outputs.first"_s << u"\"host\":\"web-01\""_s << 1;
    QTest::newRow("missing context") << u"$response.header.ETag"_s << u"."_s << -1;
}

void TestCriterion::regex()
{
    QFETCH(QString, context);
    QFETCH(QString, pattern);
    QFETCH(int, expected);
    const auto criterion = Criterion::compile(pattern, context, Criterion::Type::Regex);
    QVERIFY2(criterion, qPrintable(criterion ? QString() : criterion.error().message));
    OxaTest::ScopeFixture fixture;
    QCOMPARE(outcome(criterion->evaluate(fixture.scope)), expected);
}

void TestCriterion::jsonPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");

    // The specification's example holds when the body is an array of objects with "pets"; on
    // {"pets": [...]} RFC 9535 applies the filter to the members' values, which have no "pets".
    QTest::newRow("spec example, array body")
        << QByteArray(R"([{"pets": [1, 2]}])") << u"$response.body"_s << u"$[?count(@.pets) > 0]"_s
        << 1;
    QTest::newRow("spec example, object body")
        << QByteArray(R"({"pets": [1, 2]})") << u"$response.body"_s << u"$[?count(@.pets) > 0]"_s
        << 0;
    QTest::newRow("a severe alert")
        << QByteArray() << u"$response.body"_s << u"$.alerts[?@.severity > 5]"_s << 1;
    QTest::newRow("no critical alert")
        << QByteArray() << u"$response.body"_s << u"$.alerts[?@.severity > 9]"_s << 0;
    QTest::newRow("a context below the body")
        << QByteArray() << u"$response.body#/alerts"_s << u"$[?@.id == 'a-2']"_s << 1;
    QTest::newRow("a step's output")
        << QByteArray() << u"$steps.read.outputs.ids"_s << u"$[?@ == 'a-2']"_s << 1;
    QTest::newRow("an input scalar") << QByteArray() << u"$inputs.limit"_s << u"$[?@ > 1]"_s << 0;
    QTest::newRow("a body that is not JSON")
        << QByteArray("<xml/>") << u"$response.body#/a"_s << u"$"_s << -1;
}

void TestCriterion::jsonPath()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, context);
    QFETCH(QString, query);
    QFETCH(int, expected);
    const auto criterion = Criterion::compile(query, context, Criterion::Type::JsonPath);
    QVERIFY2(criterion, qPrintable(criterion ? QString() : criterion.error().message));
    std::unique_ptr<OxaTest::ScopeFixture> fixture
        = body.isEmpty() ? std::make_unique<OxaTest::ScopeFixture>()
                         : std::make_unique<OxaTest::ScopeFixture>(body);
    const auto result = criterion->evaluate(fixture->scope);
    QCOMPARE(outcome(result), expected);
    if (expected == 1)
        QVERIFY(!result.observed.first().value.toArray().isEmpty()); // the nodes it found
}

void TestCriterion::xpath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("expected");

    const QByteArray order = "<order><status>placed</status><item>a</item><item>b</item></order>";
    QTest::newRow("a value") << order << u"/order/status = 'placed'"_s << 1;
    QTest::newRow("a count") << order << u"count(//item) > 1"_s << 1;
    QTest::newRow("a node set") << order << u"//item[. = 'b']"_s << 1;
    QTest::newRow("an empty node set") << order << u"//missing"_s << 0;
    QTest::newRow("not XML") << QByteArray("plain text") << u"/a"_s << -1;
    // External entities are never loaded: the file's content cannot reach the criterion.
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                      "\"file:///etc/hostname\">]><x>&e;</x>")
        << u"string-length(/x) > 0"_s << 0;
}

void TestCriterion::xpath()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expression);
    QFETCH(int, expected);
    const auto criterion
        = Criterion::compile(expression, u"$response.body"_s, Criterion::Type::XPath, u"xpath-10"_s);
    QVERIFY2(criterion, qPrintable(criterion ? QString() : criterion.error().message));
    OxaTest::ScopeFixture fixture(body);
    QCOMPARE(outcome(criterion->evaluate(fixture.scope)), expected);
}

void TestCriterion::typedCriteriaNeedAContext()
{
    for (const auto type :
         {Criterion::Type::Regex, Criterion::Type::JsonPath, Criterion::Type::XPath}) {
        const auto criterion = Criterion::compile(u"$"_s, QString(), type);
        QVERIFY(!criterion);
        QVERIFY(criterion.error().message.contains(u"needs a context"));
    }
    QVERIFY(!Criterion::compile(u"[a-"_s, u"$statusCode"_s, Criterion::Type::Regex));
    QVERIFY(!Criterion::compile(u"$..["_s, u"$response.body"_s, Criterion::Type::JsonPath));
    QVERIFY(!Criterion::compile(u"//["_s, u"$response.body"_s, Criterion::Type::XPath));
    QCOMPARE(Criterion::typeFromName(u"jsonpath"), Criterion::Type::JsonPath);
    QVERIFY(!Criterion::typeFromName(u"JSONPath"));
}

void TestCriterion::versions()
{
    QVERIFY(Criterion::compile(u"/a"_s, u"$response.body"_s, Criterion::Type::XPath));
    const auto xpath30
        = Criterion::compile(u"/a"_s, u"$response.body"_s, Criterion::Type::XPath, u"xpath-30"_s);
    QVERIFY(!xpath30);
    QCOMPARE(xpath30.error().code, Error::Code::Unsupported);
    QVERIFY(Criterion::compile(u"$.a"_s,
                               u"$response.body"_s,
                               Criterion::Type::JsonPath,
                               u"draft-goessner-dispatch-jsonpath-00"_s));
    QVERIFY(!Criterion::compile(u"$.a"_s,
                                u"$response.body"_s,
                                Criterion::Type::JsonPath,
                                u"jsonpath-2"_s));
}

QTEST_GUILESS_MAIN(TestCriterion)
#include "tst_criterion.moc"
