// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/iregexp.h"
#include "document/jsonpath.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "support/readertest.h"
#include "testconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<JsonTree> readJson(const QByteArray &text, quint32 maxDepth = 512)
{
    auto tree = std::make_unique<JsonTree>(text, SourceFormat::Json);
    Diagnostics findings;
    LoadLimits limits;
    limits.maxDepth = maxDepth;
    if (!JsonReader::read(*tree, limits, findings))
        return nullptr;
    return tree;
}

QJsonValue valuesOf(const std::vector<JsonPathMatch> &matches)
{
    QJsonArray values;
    for (const auto &match : matches)
        values.append(toQJsonValue(*match.node));
    return values;
}

QStringList pathsOf(const std::vector<JsonPathMatch> &matches)
{
    QStringList paths;
    for (const auto &match : matches)
        paths.append(match.path);
    return paths;
}

QStringList strings(const JsonNode *array)
{
    QStringList list;
    for (const JsonNode &item : array->items())
        list.append(item.toString());
    return list;
}

} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complianceSuite_data();
    void complianceSuite();
    void selects_data();
    void selects();
    void rejects_data();
    void rejects();
    void singularQueries();
    void normalizedPathsEscapeNames();
    void iRegexpTranslation_data();
    void iRegexpTranslation();
    void deepDocumentsDoNotRecurse();
    void hostileQueriesStopAtTheirLimits();
    void mutatedQueriesNeverCrash();

private:
    std::unique_ptr<JsonTree> m_suite;
};

void TestJsonPath::initTestCase()
{
    QFile file(QStringLiteral(OXA_SHARED_FIXTURES_DIR "/jsonpath-cts/cts.json"));
    if (file.open(QIODevice::ReadOnly))
        m_suite = readJson(file.readAll());
}

void TestJsonPath::complianceSuite_data()
{
    QTest::addColumn<int>("index");
    if (!m_suite)
        return;
    const JsonNode *tests = m_suite->root()->get("tests");
    for (quint32 i = 0; i < tests->size(); ++i) {
        const QString name = tests->at(i)->get("name")->toString();
        QTest::addRow("%d %s", int(i), qPrintable(name)) << int(i);
    }
}

// RFC 9535's compliance test suite, every case: rejected queries must be rejected, and the
// others must give the expected nodes with their normalized paths (one of the expected
// nodelists where member order is free).
void TestJsonPath::complianceSuite()
{
    if (!m_suite)
        QSKIP("../shared/fixtures/jsonpath-cts is absent");
    QFETCH(int, index);
    const JsonNode *test = m_suite->root()->get("tests")->at(quint32(index));
    const QString selector = test->get("selector")->toString();
    const auto query = JsonPath::parse(selector);
    if (test->get("invalid_selector")) {
        QVERIFY2(!query, qPrintable(u"accepted "_s + selector));
        QVERIFY(!query.error().message.isEmpty());
        return;
    }
    QVERIFY2(query, qPrintable(selector + u": "_s + (query ? QString() : query.error().message)));
    const auto matches = query->locate(*test->get("document"));
    QVERIFY(matches);
    const QJsonValue values = valuesOf(*matches);
    const QStringList paths = pathsOf(*matches);
    if (const JsonNode *result = test->get("result")) {
        QCOMPARE(values, toQJsonValue(*result));
        QCOMPARE(paths, strings(test->get("result_paths")));
        // select() gives the same nodes, without their paths.
        const auto nodes = query->select(*test->get("document"));
        QVERIFY(nodes);
        QCOMPARE(nodes->size(), matches->size());
        for (size_t i = 0; i < nodes->size(); ++i)
            QCOMPARE((*nodes)[i], (*matches)[i].node);
        return;
    }
    const JsonNode *alternatives = test->get("results");
    const JsonNode *alternativePaths = test->get("results_paths");
    bool found = false;
    for (quint32 i = 0; i < alternatives->size() && !found; ++i) {
        found = values == toQJsonValue(*alternatives->at(i))
                && paths == strings(alternativePaths->at(i));
    }
    QVERIFY2(found, qPrintable(paths.join(u", ")));
}

void TestJsonPath::selects_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("paths");

    const QByteArray alert = R"({"alert": {"id": "a-1", "severity": 8,
        "observables": [{"type": "ipv4", "value": "203.0.113.7", "verdict": "malicious"},
                        {"type": "domain", "value": "Example.org", "verdict": "benign"},
                        {"type": "sha256", "value": "e3b0", "score": 97.5}]}})";
    QTest::newRow("a malicious observable")
        << alert << u"$.alert.observables[?@.verdict == 'malicious'].value"_s
        << QStringList{u"$['alert']['observables'][0]['value']"_s};
    QTest::newRow("numbers compare across integer and decimal")
        << alert << u"$..observables[?@.score > 97 && @.score < 97.6]"_s
        << QStringList{u"$['alert']['observables'][2]"_s};
    QTest::newRow("an absent member is neither equal nor ordered")
        << alert << u"$.alert.observables[?@.score != 97.5].type"_s
        << QStringList{u"$['alert']['observables'][0]['type']"_s,
                       u"$['alert']['observables'][1]['type']"_s};
    QTest::newRow("comparison with the root") << alert << u"$.alert[?@ == $.alert.severity]"_s
                                              << QStringList{u"$['alert']['severity']"_s};
    QTest::newRow("match is anchored, search is not")
        << alert
        << u"$.alert.observables[?match(@.value, '[A-Z].*') || search(@.value, 'b0$')].type"_s
        << QStringList{u"$['alert']['observables'][1]['type']"_s,
                       u"$['alert']['observables'][2]['type']"_s};
    QTest::newRow("a dynamic pattern")
        << QByteArray(R"({"p": "a.c", "v": [{"s": "abc"}, {"s": "xabc"}]})")
        << u"$.v[?match(@.s, $.p)].s"_s << QStringList{u"$['v'][0]['s']"_s};
    QTest::newRow("a dot does not match a line break")
        << QByteArray(R"(["a\nb", "a\rb", "a b"])") << u"$[?match(@, 'a.b')]"_s
        << QStringList{u"$[2]"_s};
    QTest::newRow("length counts characters, not bytes")
        << QByteArray(R"(["été", "ete!"])") << u"$[?length(@) == 3]"_s << QStringList{u"$[0]"_s};
    QTest::newRow("count and value")
        << QByteArray(R"([{"a": [1, 2]}, {"a": [3]}])")
        << u"$[?count(@.a[*]) == 1 && value(@.a[0]) == 3]"_s << QStringList{u"$[1]"_s};
    QTest::newRow("objects compare deeply")
        << QByteArray(R"([{"k": {"x": [1, {"y": null}]}}, {"k": {"x": [1, {"y": 0}]}}])")
        << u"$[?@.k == $[0].k]"_s << QStringList{u"$[0]"_s};
    QTest::newRow("strings order by code point")
        << QByteArray(R"(["a", "B", "é", "z"])") << u"$[?@ > 'z']"_s << QStringList{u"$[2]"_s};
    QTest::newRow("a negative slice")
        << QByteArray("[0, 1, 2, 3, 4]") << u"$[-1:0:-2]"_s << QStringList{u"$[4]"_s, u"$[2]"_s};
    QTest::newRow("descendants before their children's children")
        << QByteArray(R"([[1], [2]])") << u"$..[*]"_s
        << QStringList{u"$[0]"_s, u"$[1]"_s, u"$[0][0]"_s, u"$[1][0]"_s};
    QTest::newRow("blank space between tokens")
        << QByteArray(R"({"a": [1, 2]})") << u"$ .a [ 0 , -1 ] "_s.trimmed()
        << QStringList{u"$['a'][0]"_s, u"$['a'][1]"_s};
}

void TestJsonPath::selects()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, query);
    QFETCH(QStringList, paths);
    const auto tree = readJson(document);
    QVERIFY(tree);
    const auto parsed = JsonPath::parse(query);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const auto matches = parsed->locate(*tree->root());
    QVERIFY(matches);
    QCOMPARE(pathsOf(*matches), paths);
}

void TestJsonPath::rejects_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("says");

    QTest::newRow("no root") << u"alert.id"_s << 0 << u"starts with"_s;
    QTest::newRow("unclosed bracket") << u"$.a[0"_s << 5 << u"expected \",\" or \"]\""_s;
    QTest::newRow("leading zero") << u"$[01]"_s << 2 << u"leading zero"_s;
    QTest::newRow("minus zero index") << u"$[-0]"_s << 2 << u"-0"_s;
    QTest::newRow("past 2^53") << u"$[9007199254740992]"_s << 2 << u"2⁵³"_s;
    QTest::newRow("a literal as a condition") << u"$[?1]"_s << 3 << u"literal alone"_s;
    QTest::newRow("a non-singular comparison") << u"$[?@.* == 1]"_s << 3 << u"singular"_s;
    QTest::newRow("a value function as a condition")
        << u"$[?length(@)]"_s << 3 << u"gives a value"_s;
    QTest::newRow("count of a value") << u"$[?count(1) == 1]"_s << 9 << u"is a query"_s;
    QTest::newRow("an unknown function") << u"$[?first(@.a)]"_s << 3 << u"unknown function"_s;
    QTest::newRow("too many arguments") << u"$[?length(@, @) == 1]"_s << 13 << u"too many"_s;
    QTest::newRow("wrong quote escaped") << u"$['a\\\"b']"_s << 4 << u"own quote"_s;
    QTest::newRow("lone low surrogate") << u"$['\\uDC00']"_s << 9 << u"low surrogate"_s;
    QTest::newRow("trailing blank") << u"$.a "_s << 3 << u"after the query"_s;
    QTest::newRow("negated comparison") << u"$[?!@.a == 1]"_s << 8 << u"expected \",\" or \"]\""_s;
}

void TestJsonPath::rejects()
{
    QFETCH(QString, query);
    QFETCH(int, offset);
    QFETCH(QString, says);
    const auto parsed = JsonPath::parse(query);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, Error::Code::Parse);
    QCOMPARE(parsed.error().offset, qint64(offset));
    QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
}

void TestJsonPath::singularQueries()
{
    QVERIFY(JsonPath::parse(u"$.a['b'][0]"_s)->isSingular());
    QVERIFY(JsonPath::parse(u"$"_s)->isSingular());
    QVERIFY(!JsonPath::parse(u"$.a[0,1]"_s)->isSingular());
    QVERIFY(!JsonPath::parse(u"$..a"_s)->isSingular());
    QVERIFY(!JsonPath::parse(u"$.a[0:1]"_s)->isSingular());
    QCOMPARE(JsonPath::parse(u"$.a"_s)->text(), std::string("$.a"));
}

void TestJsonPath::normalizedPathsEscapeNames()
{
    QCOMPARE(JsonPath::memberStep("it's"), u"['it\\'s']"_s);
    QCOMPARE(JsonPath::memberStep("a\\b"), u"['a\\\\b']"_s);
    QCOMPARE(JsonPath::memberStep("\x01\t\n"), u"['\\u0001\\t\\n']"_s);
    QCOMPARE(JsonPath::memberStep("\"é\""), u"['\"é\"']"_s);
}

void TestJsonPath::iRegexpTranslation_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("outcome"); // 1 matches whole, 0 does not, -1 not an I-Regexp

    QTest::newRow("literal") << u"abc"_s << u"abc"_s << 1;
    QTest::newRow("anchors, as ECMAScript reads them") << u"^a$"_s << u"a"_s << 1;
    QTest::newRow("no anchor inside a class") << u"[$^]+"_s << u"^$"_s << 1;
    QTest::newRow("dot") << u"a.c"_s << u"a\u00e9c"_s << 1;
    QTest::newRow("dot and line feed") << u"a.c"_s << u"a\nc"_s << 0;
    QTest::newRow("class with range and dash") << u"[a-c-]+"_s << u"ab-c"_s << 1;
    QTest::newRow("negated class") << u"[^0-9]"_s << u"7"_s << 0;
    QTest::newRow("category") << u"\\p{Lu}\\P{L}"_s << u"\u00c91"_s << 1;
    QTest::newRow("category in a class") << u"[\\p{Nd}x]{2,3}"_s << u"x9"_s << 1;
    QTest::newRow("supplementary character")
        << u"[\U0001F600-\U0001F64F]"_s << u"\U0001F601"_s << 1;
    QTest::newRow("escaped metacharacters") << u"\\(\\.\\)\\{\\}"_s << u"(.){}"_s << 1;
    QTest::newRow("alternation in a group") << u"(ab|c)d"_s << u"cd"_s << 1;
    QTest::newRow("exact repeat") << u"a{2}"_s << u"aaa"_s << 0;
    QTest::newRow("back-reference") << u"(a)\\1"_s << QString() << -1;
    QTest::newRow("perl class") << u"\\d"_s << QString() << -1;
    QTest::newRow("lookahead") << u"(?=a)"_s << QString() << -1;
    QTest::newRow("double quantifier") << u"a**"_s << QString() << -1;
    QTest::newRow("empty class") << u"[]"_s << QString() << -1;
    QTest::newRow("reversed range") << u"[z-a]"_s << QString() << -1;
    QTest::newRow("reversed repeat") << u"a{3,2}"_s << QString() << -1;
    QTest::newRow("huge repeat") << u"a{99999}"_s << QString() << -1;
    QTest::newRow("unknown category") << u"\\p{Xx}"_s << QString() << -1;
    QTest::newRow("block escape") << u"\\p{IsBasicLatin}"_s << QString() << -1;
    QTest::newRow("unclosed group") << u"(a"_s << QString() << -1;
    QTest::newRow("lone bracket") << u"a]"_s << QString() << -1;
}

void TestJsonPath::iRegexpTranslation()
{
    QFETCH(QString, pattern);
    QFETCH(QString, subject);
    QFETCH(int, outcome);
    const auto pcre = IRegexp::toPcre(pattern, IRegexp::Anchoring::Whole);
    if (outcome < 0) {
        QVERIFY2(!pcre, qPrintable(pcre.value_or(QString())));
        return;
    }
    QVERIFY(pcre);
    const QRegularExpression regex(*pcre);
    QVERIFY2(regex.isValid(), qPrintable(*pcre + u": "_s + regex.errorString()));
    QCOMPARE(regex.match(subject).hasMatch(), outcome == 1);
}

// A descendant segment walks an explicit stack: 100,000 nested arrays neither overflow the
// stack nor take long.
void TestJsonPath::deepDocumentsDoNotRecurse()
{
    constexpr int depth = 100'000;
    const QByteArray text = QByteArray(depth, '[') + "7" + QByteArray(depth, ']');
    const auto tree = readJson(text, depth + 1);
    QVERIFY(tree);
    const auto matches = JsonPath::parse(u"$..[?@ == 7]"_s)->locate(*tree->root());
    QVERIFY(matches);
    QCOMPARE(matches->size(), size_t(1));
    QVERIFY(matches->front().path.endsWith(u"[0][0][0]"));
}

void TestJsonPath::hostileQueriesStopAtTheirLimits()
{
    // Nesting: filters within filters, parentheses within parentheses.
    QString nested = u"$"_s;
    for (int i = 0; i < 100; ++i)
        nested += u"[?@"_s;
    nested += QString(100, u']');
    const auto deep = JsonPath::parse(nested);
    QVERIFY(!deep);
    QCOMPARE(deep.error().code, Error::Code::Limit);
    const auto parentheses
        = JsonPath::parse(u"$[?"_s + QString(200, u'(') + u"@"_s + QString(200, u')') + u"]"_s);
    QVERIFY(!parentheses);
    QCOMPARE(parentheses.error().code, Error::Code::Limit);
    // Length.
    QCOMPARE(JsonPath::parse(u"$"_s + u".a"_s.repeated(10'000)).error().code, Error::Code::Limit);

    // Work: descendants of descendants of descendants of a wide document.
    QByteArray wide = "[";
    for (int i = 0; i < 2000; ++i)
        wide += "[1, [2, [3, [4]]]],";
    wide += "0]";
    const auto tree = readJson(wide);
    QVERIFY(tree);
    JsonPathLimits limits;
    limits.maxWork = 200'000;
    QElapsedTimer timer;
    timer.start();
    const auto explosive = JsonPath::parse(u"$..*..*..*..*"_s, limits)->select(*tree->root());
    QVERIFY(!explosive);
    QCOMPARE(explosive.error().code, Error::Code::Limit);
    QVERIFY(explosive.error().message.contains(u"200000"));
    // The same query within the default budget on a small document works.
    QVERIFY(JsonPath::parse(u"$..*..*"_s)->select(*readJson("[[1, [2]]]")->root()));
}

// Every compliance query, mangled at random, parses or is rejected, and evaluates within its
// budget on a document of every type.
void TestJsonPath::mutatedQueriesNeverCrash()
{
    if (!m_suite)
        QSKIP("../shared/fixtures/jsonpath-cts is absent");
    const auto document
        = readJson(R"({"a": [1, 2.5, "x", null, true, {"b": [[]], "c": {}}], "d": "e"})");
    QVERIFY(document);
    const QByteArray alphabet = "$@.[]()?*:,'\"\\-0123456789!=<>&|abcelmnstuv ";
    int parsed = 0;
    int rounds = 0;
    for (const JsonNode &test : m_suite->root()->get("tests")->items()) {
        const QByteArray seed = test.get("selector")->toString().toUtf8();
        if (seed.isEmpty())
            continue;
        OxaTest::forEachMutation(seed, alphabet, 30, quint32(rounds), [&](const QByteArray &query) {
            ++rounds;
            const auto path
                = JsonPath::parse(std::string_view(query.constData(), size_t(query.size())));
            if (path) {
                ++parsed;
                QVERIFY(path->locate(*document->root()));
            } else {
                QVERIFY(path.error().offset >= 0 && path.error().offset <= query.size());
            }
        });
    }
    QVERIFY(rounds > 10'000);
    // The mutations reach the evaluator, not only the parser's errors (about one in seven).
    QVERIFY2(parsed > 1'000, qPrintable(QString::number(parsed)));
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
