// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "support/readertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

Parsed parse(const QByteArray &text, LoadLimits limits = {})
{
    return parseWith(&JsonReader::read, SourceFormat::Json, text, limits);
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionsOnAVeryLongLine()
    {
        // Minified documents are one line: positions there must be right, and cheap.
        QByteArray text = "{\"a\": [";
        for (int i = 0; i < 20000; ++i)
            text += (i ? ", " : "") + QByteArray(i % 7 == 0 ? "\"\xc3\xa9t\xc3\xa9\"" : "12345");
        text += "],\n \"b\": [";
        for (int i = 0; i < 5000; ++i)
            text += (i ? "," : "") + QByteArray("\"\xe2\x82\xac\"");
        text += "]}";
        JsonTree tree(text, SourceFormat::Json);
        for (qsizetype offset : {qsizetype(0),
                                 qsizetype(1),
                                 qsizetype(4095),
                                 qsizetype(4096),
                                 qsizetype(4097),
                                 qsizetype(70001),
                                 text.indexOf('\n') - 1,
                                 text.indexOf('\n'),
                                 text.indexOf('\n') + 1,
                                 text.indexOf('\n') + 9000,
                                 text.size() - 1}) {
            const TextPosition expected = textPosition(text, offset);
            const TextPosition actual = tree.position(quint32(offset));
            QCOMPARE(actual.line, expected.line);
            QCOMPARE(actual.column, expected.column);
        }
    }

    void agreesWithQJsonDocument_data();
    void agreesWithQJsonDocument();
    void keepsMemberOrderAndOffsets();
    void stringsPointIntoTheTextUnlessEscaped();
    void numbers_data();
    void numbers();
    void syntaxErrorsHavePositions_data();
    void syntaxErrorsHavePositions();
    void depthLimit();
    void hostileNestingDoesNotOverflowTheStack();
    void duplicateKeysWarnAndLastWins();
    void everyTruncationIsAnErrorNotACrash();
    void randomMutationsNeverCrash();
    void positionsCountCodePoints();
};

void TestJsonReader::agreesWithQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})");
    QTest::newRow("array root") << QByteArray(R"([1, 2.5, -3e2, "x", {}, []])");
    QTest::newRow("scalar root") << QByteArray(R"("just a string")");
    QTest::newRow("escapes") << QByteArray(
        R"(["\"\\\/\b\f\n\r\t", "\u00e9\u4e2d", "\ud83d\ude00"])");
    QTest::newRow("whitespace") << QByteArray(" \n\t\r{ \"k\" :\n[ ] } \n");
    QTest::newRow("non-ASCII keys") << QByteArray(R"({"clé": "valeur", "名前": "値"})");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}");
}

void TestJsonReader::agreesWithQJsonDocument()
{
    QFETCH(QByteArray, json);
    const Parsed parsed = parse(json);
    QVERIFY2(parsed.status.has_value(), qPrintable(parsed.status.error().message));
    QJsonParseError error;
    const QByteArray withoutBom = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    // QJsonDocument only accepts a container as the root; wrap scalars for the comparison.
    const QJsonDocument expected = QJsonDocument::fromJson("[" + withoutBom + "]", &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(toQJsonValue(*parsed.tree->root()), expected.array().at(0));
}

void TestJsonReader::keepsMemberOrderAndOffsets()
{
    const QByteArray json = "{\n  \"zeta\": 1,\n  \"alpha\": [10, 20]\n}";
    const Parsed parsed = parse(json);
    QVERIFY(parsed.status);
    const JsonNode *root = parsed.tree->root();
    QCOMPARE(root->size(), 2u);
    QCOMPARE(root->members()[0].key(), std::string_view("zeta"));
    QCOMPARE(root->members()[1].key(), std::string_view("alpha"));
    const JsonNode *second = root->get("alpha")->at(1);
    QVERIFY(second);
    QCOMPARE(second->toInteger(), 20);
    QCOMPARE(json.mid(second->offset(), 2), QByteArray("20"));
    const TextPosition position = parsed.tree->position(second->offset());
    QCOMPARE(position.line, 3);
    QCOMPARE(position.column, 17);
    QCOMPARE(parsed.tree->position(root->members()[1].keyOffset).column, 3);
}

void TestJsonReader::stringsPointIntoTheTextUnlessEscaped()
{
    const QByteArray json = R"(["plain", "esc\naped"])";
    const Parsed parsed = parse(json);
    QVERIFY(parsed.status);
    const char *begin = parsed.tree->text().constData();
    const char *end = begin + parsed.tree->text().size();
    const std::string_view plain = parsed.tree->root()->at(0)->stringView();
    const std::string_view escaped = parsed.tree->root()->at(1)->stringView();
    QVERIFY(plain.data() >= begin && plain.data() < end);
    QVERIFY(escaped.data() < begin || escaped.data() >= end);
    QCOMPARE(escaped, std::string_view("esc\naped"));
}

void TestJsonReader::numbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<double>("value");
    QTest::newRow("zero") << QByteArray("0") << true << 0.0;
    QTest::newRow("negative") << QByteArray("-42") << true << -42.0;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << true
                               << 9223372036854775807.0;
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << true
                               << -9223372036854775808.0;
    QTest::newRow("beyond int64") << QByteArray("18446744073709551616") << false
                                  << 18446744073709551616.0;
    QTest::newRow("fraction") << QByteArray("2.5") << false << 2.5;
    QTest::newRow("exponent") << QByteArray("1E3") << false << 1000.0;
    QTest::newRow("negative exponent") << QByteArray("-5e-1") << false << -0.5;
    QTest::newRow("huge") << QByteArray("1e400") << false << HUGE_VAL;
    QTest::newRow("tiny") << QByteArray("1e-400") << false << 0.0;
}

void TestJsonReader::numbers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, integer);
    QFETCH(double, value);
    const Parsed parsed = parse(json);
    QVERIFY2(parsed.status, qPrintable(parsed.status.error().message));
    QCOMPARE(parsed.tree->root()->isInteger(), integer);
    QCOMPARE(parsed.tree->root()->toDouble(), value);
}

void TestJsonReader::syntaxErrorsHavePositions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray("  ") << 1 << 3;
    QTest::newRow("trailing comma in object") << QByteArray("{\"a\": 1,\n}") << 2 << 1;
    QTest::newRow("trailing comma in array") << QByteArray("[1, 2, ]") << 1 << 8;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 1 << 6;
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 1 << 2;
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << 1 << 2;
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << 1 << 4;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << 1 << 3;
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << 1 << 3;
    QTest::newRow("leading zero") << QByteArray("[012]") << 1 << 2;
    QTest::newRow("lone minus") << QByteArray("[-]") << 1 << 2;
    QTest::newRow("bare word") << QByteArray("[tru]") << 1 << 2;
    QTest::newRow("two documents") << QByteArray("{} {}") << 1 << 4;
    QTest::newRow("unclosed object") << QByteArray("{\"a\": [1, 2]") << 1 << 13;
    QTest::newRow("comment") << QByteArray("{\n  // no comments in JSON\n}") << 2 << 3;
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << 2;
    QTest::newRow("after multi-byte text") << QByteArray("[\"é\" \"x\"]") << 1 << 6;
}

void TestJsonReader::syntaxErrorsHavePositions()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    const Parsed parsed = parse(json);
    QVERIFY(!parsed.status);
    QCOMPARE(parsed.status.error().code, Error::Code::Parse);
    QVERIFY(!parsed.status.error().message.isEmpty());
    const TextPosition position = parsed.tree->position(quint32(parsed.status.error().offset));
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void TestJsonReader::depthLimit()
{
    LoadLimits limits;
    limits.maxDepth = 20;
    const QByteArray within = QByteArray(20, '[') + QByteArray(20, ']');
    QVERIFY(parse(within, limits).status);
    const QByteArray beyond = QByteArray(21, '[') + QByteArray(21, ']');
    const Parsed parsed = parse(beyond, limits);
    QVERIFY(!parsed.status);
    QCOMPARE(parsed.status.error().code, Error::Code::Limit);
    QVERIFY(parsed.status.error().message.contains(u"20"_s));
    QCOMPARE(parsed.status.error().offset, 20);
}

void TestJsonReader::hostileNestingDoesNotOverflowTheStack()
{
    LoadLimits limits;
    limits.maxDepth = 2'000'000;
    const QByteArray deep = QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']');
    const Parsed parsed = parse(deep, limits);
    QVERIFY(parsed.status);
    const QByteArray deepObjects
        = QByteArray("{\"a\":").repeated(200'000) + "1" + QByteArray(200'000, '}');
    QVERIFY(parse(deepObjects, limits).status);
}

void TestJsonReader::duplicateKeysWarnAndLastWins()
{
    const Parsed parsed = parse(R"({"outer": [{"a": 1, "b": 2, "a": 3}]})");
    QVERIFY(parsed.status);
    const JsonNode *inner = parsed.tree->root()->get("outer")->at(0);
    QCOMPARE(inner->size(), 2u);
    QCOMPARE(inner->get("a")->toInteger(), 3);
    QCOMPARE(inner->members()[0].key(), std::string_view("b"));
    QCOMPARE(parsed.findings.size(), 1);
    QCOMPARE(parsed.findings[0].code, DiagnosticCode::DuplicateKey);
    QCOMPARE(parsed.findings[0].pointer, u"/outer/0/a"_s);
    QCOMPARE(parsed.findings[0].line, 1);
    QCOMPARE(parsed.findings[0].column, 29);

    // Many keys take the sorting path.
    QByteArray big = "{";
    for (int i = 0; i < 100; ++i)
        big += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
    big += "\"k7\": 700}";
    const Parsed many = parse(big);
    QVERIFY(many.status);
    QCOMPARE(many.tree->root()->size(), 100u);
    QCOMPARE(many.tree->root()->get("k7")->toInteger(), 700);
    QCOMPARE(many.findings.size(), 1);
    QCOMPARE(many.findings[0].pointer, u"/k7"_s);
}

void TestJsonReader::everyTruncationIsAnErrorNotACrash()
{
    const QByteArray json
        = R"({"openapi": "3.1.0", "paths": {"/a/{id}": {"get": {"parameters": [)"
          R"({"name": "id", "in": "path", "required": true, "x": [1.5e3, -2, null, "\u00e9\ud83d\ude00"]}]}}}})";
    QVERIFY(parse(json).status);
    for (qsizetype length = 0; length < json.size(); ++length) {
        const Parsed parsed = parse(json.left(length));
        QVERIFY2(!parsed.status, qPrintable(QString::number(length)));
        QVERIFY(parsed.status.error().offset >= 0 && parsed.status.error().offset <= length);
    }
}

void TestJsonReader::randomMutationsNeverCrash()
{
    const QByteArray json
        = R"({"a": [1, 2, {"b": "c\n\u0041", "d": [true, false, null]}], "e": -0.5e-3})";
    const QByteArray alphabet = "{}[]\",:\\u0123456789eE+-.tfn \n\x01\xff";
    forEachMutation(json, alphabet, 20000, 20261122, [](const QByteArray &mutated) {
        const Parsed parsed = parse(mutated);
        if (!parsed.status)
            QVERIFY(parsed.status.error().offset <= mutated.size());
    });
}

void TestJsonReader::positionsCountCodePoints()
{
    const QByteArray json = "{\"ключ\": \"значение\", \"x\": 1}";
    const Parsed parsed = parse(json);
    QVERIFY(parsed.status);
    const JsonNode *x = parsed.tree->root()->get("x");
    QCOMPARE(parsed.tree->position(x->offset()).column, 27);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
