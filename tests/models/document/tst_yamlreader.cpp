// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/jsontree.h"
#include "document/yamlreader.h"
#include "support/readertest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

Parsed parse(const QByteArray &text, LoadLimits limits = {})
{
    return parseWith(&YamlReader::read, SourceFormat::Yaml, text, limits);
}

QJsonValue json(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

bool hasFinding(const Diagnostics &findings, DiagnosticCode code)
{
    return std::any_of(findings.cbegin(), findings.cend(), [code](const Diagnostic &d) {
        return d.code == code;
    });
}

QByteArray billionLaughs(int levels)
{
    QByteArray yaml = "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", "
                      "\"lol\", \"lol\", \"lol\"]\n";
    for (int i = 1; i <= levels; ++i) {
        const QByteArray previous = "*a" + QByteArray::number(i - 1);
        yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            yaml += (j ? ", " : "") + previous;
        yaml += "]\n";
    }
    return yaml;
}

} // namespace

class TestYamlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheJsonDataModel_data();
    void readsTheJsonDataModel();
    void coreSchemaScalars_data();
    void coreSchemaScalars();
    void explicitTags();
    void singleQuotedScalars_data();
    void singleQuotedScalars();
    void keysKeepTheirText();
    void keepsMemberOrderAndPositions();
    void aliasesShareTheAnchoredNode();
    void mergeKeys();
    void recursiveAliasIsAnError();
    void undefinedAliasIsAnError();
    void aliasBombHitsTheLimit();
    void depthLimit();
    void hostileNestingDoesNotOverflowTheStack();
    void syntaxErrorsHavePositions_data();
    void syntaxErrorsHavePositions();
    void onlyTheFirstDocumentIsRead();
    void duplicateKeysWarn();
    void nonScalarKeyIsReported();
    void emptyText();
    void emptyKeys();
    void invalidUtf8AndNulNeverReachLibfyaml();
    void everyTruncationEndsCleanly();
    void randomMutationsNeverCrash();
};

void TestYamlReader::readsTheJsonDataModel_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("block mapping") << QByteArray("a: 1\nb: two\nc:\n  d: [x, y]\n")
                                   << QByteArray(R"({"a": 1, "b": "two", "c": {"d": ["x", "y"]}})");
    QTest::newRow("block sequence") << QByteArray("- a\n- - b\n  - c\n- {k: v}\n")
                                    << QByteArray(R"(["a", ["b", "c"], {"k": "v"}])");
    QTest::newRow("json is yaml") << QByteArray(R"({"a": [1, 2.5, true, null], "b": "é"})")
                                  << QByteArray(R"({"a": [1, 2.5, true, null], "b": "é"})");
    QTest::newRow("quoted") << QByteArray("s: 'it''s'\nd: \"tab\\tand \\u00e9\"\n")
                            << QByteArray(R"({"s": "it's", "d": "tab\tand é"})");
    QTest::newRow("literal and folded") << QByteArray("l: |\n  one\n  two\nf: >\n  one\n  two\n")
                                        << QByteArray(R"({"l": "one\ntwo\n", "f": "one two\n"})");
    QTest::newRow("empty values") << QByteArray("a:\nb: ~\nc: ''\n")
                                  << QByteArray(R"({"a": null, "b": null, "c": ""})");
    QTest::newRow("comments") << QByteArray("# header\na: 1 # trailing\n# end\n")
                              << QByteArray(R"({"a": 1})");
    QTest::newRow("non-ASCII") << QByteArray("名前: 値\nclé: [café]\n")
                               << QByteArray(R"({"名前": "値", "clé": ["café"]})");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "a: 1\n")
                                     << QByteArray(R"({"a": 1})");
}

void TestYamlReader::readsTheJsonDataModel()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, expected);
    const Parsed parsed = parse(yaml);
    QVERIFY2(parsed.status, qPrintable(parsed.status.error().message));
    QCOMPARE(toQJsonValue(*parsed.tree->root()), json(expected));
}

void TestYamlReader::coreSchemaScalars_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("integer") << QByteArray("42") << QByteArray("42");
    QTest::newRow("signed") << QByteArray("-17") << QByteArray("-17");
    QTest::newRow("octal") << QByteArray("0o17") << QByteArray("15");
    QTest::newRow("hex") << QByteArray("0x1F") << QByteArray("31");
    QTest::newRow("float") << QByteArray("2.5") << QByteArray("2.5");
    QTest::newRow("exponent") << QByteArray("1e3") << QByteArray("1000.0");
    QTest::newRow("leading dot") << QByteArray(".5") << QByteArray("0.5");
    QTest::newRow("true") << QByteArray("True") << QByteArray("true");
    QTest::newRow("null word") << QByteArray("NULL") << QByteArray("null");
    QTest::newRow("YAML 1.1 yes stays a string") << QByteArray("yes") << QByteArray(R"("yes")");
    QTest::newRow("YAML 1.1 on stays a string") << QByteArray("on") << QByteArray(R"("on")");
    QTest::newRow("country code NO") << QByteArray("NO") << QByteArray(R"("NO")");
    QTest::newRow("version 3.0.3") << QByteArray("3.0.3") << QByteArray(R"("3.0.3")");
    QTest::newRow("sexagesimal is a string") << QByteArray("1:30") << QByteArray(R"("1:30")");
    QTest::newRow("date is a string") << QByteArray("2024-01-02") << QByteArray(R"("2024-01-02")");
    QTest::newRow("quoted number is a string") << QByteArray("'42'") << QByteArray(R"("42")");
    QTest::newRow("huge integer becomes a double")
        << QByteArray("123456789012345678901234567890") << QByteArray("1.2345678901234568e29");
}

void TestYamlReader::coreSchemaScalars()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QByteArray, expected);
    const Parsed parsed = parse("v: " + scalar + "\n");
    QVERIFY2(parsed.status, qPrintable(parsed.status.error().message));
    const JsonNode *value = parsed.tree->root()->get("v");
    QVERIFY(value);
    QCOMPARE(toQJsonValue(*value), json(expected));
    if (expected == "1000.0")
        QCOMPARE(value->type(), JsonNode::Type::Double);
}

void TestYamlReader::explicitTags()
{
    const Parsed parsed = parse(
        "s: !!str 12\ni: !!int '7'\nf: !!float 3\nbad: !!int abc\nc: !custom 5\nn: !!null ''\n");
    QVERIFY(parsed.status);
    QCOMPARE(toQJsonValue(*parsed.tree->root()),
             json(R"({"s": "12", "i": 7, "f": 3.0, "bad": "abc", "c": 5, "n": null})"));
    QCOMPARE(parsed.tree->root()->get("f")->type(), JsonNode::Type::Double);
    QVERIFY(hasFinding(parsed.findings, DiagnosticCode::UnknownYamlTag));
}

void TestYamlReader::singleQuotedScalars_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("value");
    QTest::newRow("escaped quote") << QByteArray("v: 'it''s'\n") << u"it's"_s;
    // libfyaml 0.7.12 gets these wrong (found by tests/fuzz): they are decoded here.
    QTest::newRow("five escapes in a row") << QByteArray("v: '''''''''''x'\n") << u"'''''x"_s;
    QTest::newRow("ten escapes at the end")
        << QByteArray("v: 'x'''''''''''''''''''''\n") << u"x''''''''''"_s;
    QTest::newRow("only quotes") << QByteArray("v: ''''''''''''\n") << u"'''''"_s;
    QTest::newRow("blanks kept") << QByteArray("v: '  spaced  '\n") << u"  spaced  "_s;
    QTest::newRow("empty") << QByteArray("v: ''\n") << QString();
    // YAML 1.2 example 7.9, with spaces where the spec has a tab (libfyaml refuses the tab).
    QTest::newRow("folding") << QByteArray(
        "v: ' 1st non-empty\n\n   2nd non-empty \n   3rd non-empty '\n")
                             << u" 1st non-empty\n2nd non-empty 3rd non-empty "_s;
    QTest::newRow("several empty lines") << QByteArray("v: 'a\n\n\n  b'\n") << u"a\n\nb"_s;
    QTest::newRow("trailing blanks before a break")
        << QByteArray("v: 'trail   \n  next'\n") << u"trail next"_s;
    QTest::newRow("CRLF") << QByteArray("v: 'crlf\r\n  next'\r\n") << u"crlf next"_s;
    QTest::newRow("escapes across lines") << QByteArray("v: 'x''y\n  ''z'''\n") << u"x'y 'z'"_s;
    QTest::newRow("non-ASCII") << QByteArray("v: 'é ''中'''\n") << u"é '中'"_s;
}

void TestYamlReader::singleQuotedScalars()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, value);
    const Parsed parsed = parse(yaml);
    QVERIFY2(parsed.status, qPrintable(parsed.status ? QString() : parsed.status.error().message));
    QCOMPARE(parsed.tree->root()->get("v")->toString(), value);

    const Parsed key = parse("'a''b': 1\n'plain key': 2\n");
    QVERIFY(key.status);
    QVERIFY(key.tree->root()->get("a'b"));
    // Without escapes or line breaks the value still points into the text.
    const std::string_view plain = key.tree->root()->members()[1].key();
    const char *begin = key.tree->text().constData();
    QVERIFY(plain.data() >= begin && plain.data() < begin + key.tree->text().size());
}

void TestYamlReader::keysKeepTheirText()
{
    const Parsed parsed
        = parse("responses:\n  200: {description: ok}\n  4XX: {description: no}\n  default: {}\n"
                "true: yes\n1.50: price\n");
    QVERIFY(parsed.status);
    const JsonNode *responses = parsed.tree->root()->get("responses");
    QCOMPARE(responses->members()[0].key(), std::string_view("200"));
    QCOMPARE(responses->members()[1].key(), std::string_view("4XX"));
    QVERIFY(parsed.tree->root()->get("true"));
    QVERIFY(parsed.tree->root()->get("1.50"));
}

void TestYamlReader::keepsMemberOrderAndPositions()
{
    const QByteArray yaml = "zeta: 1\nalpha:\n  - first\n  - second\n";
    const Parsed parsed = parse(yaml);
    QVERIFY(parsed.status);
    const JsonNode *root = parsed.tree->root();
    QCOMPARE(root->members()[0].key(), std::string_view("zeta"));
    QCOMPARE(root->members()[1].key(), std::string_view("alpha"));
    const JsonNode *second = root->get("alpha")->at(1);
    const TextPosition position = parsed.tree->position(second->offset());
    QCOMPARE(position.line, 4);
    QCOMPARE(position.column, 5);
    QCOMPARE(parsed.tree->position(root->members()[1].keyOffset).line, 2);
}

void TestYamlReader::aliasesShareTheAnchoredNode()
{
    const Parsed parsed = parse(
        "base: &b {type: string, maxLength: 8}\nuse1: *b\nuse2: *b\nname: &n hello\nagain: *n\n");
    QVERIFY(parsed.status);
    const JsonNode *root = parsed.tree->root();
    QCOMPARE(toQJsonValue(*root->get("use1")), json(R"({"type": "string", "maxLength": 8})"));
    // Shared, not copied: both aliases see the same member array.
    QCOMPARE(root->get("use1")->members().data(), root->get("base")->members().data());
    QCOMPARE(root->get("use2")->members().data(), root->get("base")->members().data());
    QCOMPARE(root->get("again")->toString(), u"hello"_s);
}

void TestYamlReader::mergeKeys()
{
    const Parsed parsed = parse("defaults: &d {a: 1, b: 2}\nmore: &m {c: 3, a: 9}\n"
                                "one: {<<: *d, b: 20}\nmany:\n  <<: [*d, *m]\n  z: 0\n");
    QVERIFY2(parsed.status, qPrintable(parsed.status.error().message));
    const JsonNode *root = parsed.tree->root();
    QCOMPARE(toQJsonValue(*root->get("one")), json(R"({"a": 1, "b": 20})"));
    // Earlier mappings of a merge list win; explicit keys win over all of them.
    QCOMPARE(toQJsonValue(*root->get("many")), json(R"({"z": 0, "a": 1, "b": 2, "c": 3})"));
    QVERIFY(hasFinding(parsed.findings, DiagnosticCode::MergeKeyApplied));
}

void TestYamlReader::recursiveAliasIsAnError()
{
    for (const QByteArray &yaml :
         {QByteArray("&x [*x]\n"), QByteArray("a: &x\n  b: *x\n"), QByteArray("&x {k: [*x]}\n")}) {
        const Parsed parsed = parse(yaml);
        QVERIFY2(!parsed.status, yaml.constData());
        QCOMPARE(parsed.status.error().code, Error::Code::Parse);
        QVERIFY(parsed.status.error().message.contains(u"*x"_s));
        QVERIFY(parsed.status.error().offset >= 0);
    }
}

void TestYamlReader::undefinedAliasIsAnError()
{
    const Parsed parsed = parse("a: *nowhere\n");
    QVERIFY(!parsed.status);
    QVERIFY(parsed.status.error().message.contains(u"*nowhere"_s));
    QCOMPARE(parsed.tree->position(quint32(parsed.status.error().offset)).column, 4);
}

void TestYamlReader::aliasBombHitsTheLimit()
{
    // 10^9 strings once expanded; the limit stops it early and quickly.
    const Parsed bomb = parse(billionLaughs(9));
    QVERIFY(!bomb.status);
    QCOMPARE(bomb.status.error().code, Error::Code::Limit);
    QVERIFY(bomb.status.error().message.contains(u"1000000"_s));

    // A handful of legitimate aliases stays far below it.
    QVERIFY(parse(billionLaughs(3)).status);
    LoadLimits tight;
    tight.maxAliasExpansion = 100;
    const Parsed limited = parse(billionLaughs(3), tight);
    QVERIFY(!limited.status);
    QCOMPARE(limited.status.error().code, Error::Code::Limit);
}

void TestYamlReader::depthLimit()
{
    LoadLimits limits;
    limits.maxDepth = 30;
    QVERIFY(parse(QByteArray(30, '[') + QByteArray(30, ']')).status);
    const Parsed flow = parse(QByteArray(31, '[') + QByteArray(31, ']'), limits);
    QVERIFY(!flow.status);
    QCOMPARE(flow.status.error().code, Error::Code::Limit);
    QByteArray block;
    for (int i = 0; i < 40; ++i)
        block += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
    block += QByteArray(80, ' ') + "leaf\n";
    const Parsed blocks = parse(block, limits);
    QVERIFY(!blocks.status);
    QCOMPARE(blocks.status.error().code, Error::Code::Limit);
    QCOMPARE(blocks.tree->position(quint32(blocks.status.error().offset)).line, 31);
}

void TestYamlReader::hostileNestingDoesNotOverflowTheStack()
{
    LoadLimits limits;
    limits.maxDepth = 1'000'000;
    QVERIFY(parse(QByteArray(200'000, '[') + QByteArray(200'000, ']'), limits).status);
    QByteArray dashes;
    for (int i = 0; i < 100'000; ++i)
        dashes += "- ";
    dashes += "x\n";
    QVERIFY(parse(dashes, limits).status);
    // With the default limit, the same input is a clear diagnostic.
    const Parsed refused = parse(dashes);
    QVERIFY(!refused.status);
    QCOMPARE(refused.status.error().code, Error::Code::Limit);
}

void TestYamlReader::syntaxErrorsHavePositions_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed flow sequence") << QByteArray("a: [1, 2\nb: 3\n") << 3;
    QTest::newRow("unterminated quote") << QByteArray("a: 1\nkey: \"open\n") << 2;
    QTest::newRow("tab indentation") << QByteArray("a:\n\t- b\n") << 2;
    QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3;
}

void TestYamlReader::syntaxErrorsHavePositions()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    const Parsed parsed = parse(yaml);
    QVERIFY(!parsed.status);
    QCOMPARE(parsed.status.error().code, Error::Code::Parse);
    QCOMPARE(parsed.status.error().line, line);
    QVERIFY(parsed.status.error().column >= 1);
    QVERIFY(parsed.status.error().message.startsWith(u"Invalid YAML: "_s));
}

void TestYamlReader::onlyTheFirstDocumentIsRead()
{
    const Parsed parsed = parse("---\na: 1\n---\nb: 2\n");
    QVERIFY(parsed.status);
    QCOMPARE(toQJsonValue(*parsed.tree->root()), json(R"({"a": 1})"));
    QVERIFY(hasFinding(parsed.findings, DiagnosticCode::MultipleYamlDocuments));
}

void TestYamlReader::duplicateKeysWarn()
{
    const Parsed parsed = parse("paths:\n  /a: {}\n  /b: {}\n  /a: {get: {}}\n");
    QVERIFY(parsed.status);
    const JsonNode *paths = parsed.tree->root()->get("paths");
    QCOMPARE(paths->size(), 2u);
    QCOMPARE(paths->get("/a")->size(), 1u);
    QCOMPARE(parsed.findings.size(), 1);
    QCOMPARE(parsed.findings[0].code, DiagnosticCode::DuplicateKey);
    QCOMPARE(parsed.findings[0].pointer, u"/paths/~1a"_s);
    QCOMPARE(parsed.findings[0].line, 4);
}

void TestYamlReader::nonScalarKeyIsReported()
{
    const Parsed parsed = parse("? [a, b]\n: complex\nplain: ok\n");
    QVERIFY(parsed.status);
    QCOMPARE(toQJsonValue(*parsed.tree->root()), json(R"({"plain": "ok"})"));
    QVERIFY(hasFinding(parsed.findings, DiagnosticCode::NonScalarKey));
}

void TestYamlReader::emptyText()
{
    QVERIFY(!parse("").status);
    QVERIFY(!parse("# only a comment\n").status);
    const Parsed explicitNull = parse("---\n");
    QVERIFY(explicitNull.status);
    QVERIFY(explicitNull.tree->root()->isNull());
}

void TestYamlReader::emptyKeys()
{
    // Found by tests/fuzz: an empty key has no storage; looking it up must still work.
    const Parsed parsed = parse("'': empty\n? \n: implicit\nx: 1\n");
    QVERIFY(parsed.status);
    QVERIFY(parsed.tree->root()->get(""));
    QCOMPARE(parsed.tree->root()->get("x")->toInteger(), 1);
    QVERIFY(!parsed.tree->root()->get("y"));
}

void TestYamlReader::invalidUtf8AndNulNeverReachLibfyaml()
{
    // libfyaml 0.7.12 loops forever on these (found by tests/fuzz; upstream issue #101).
    for (const QByteArray &hostile :
         {QByteArray("%\"\xA6"), QByteArray("a: 1\n%defin[\xD8\xD8\xD8\xD8")}) {
        QElapsedTimer timer;
        timer.start();
        const Parsed parsed = parse(hostile);
        QVERIFY(!parsed.status);
        QCOMPARE(parsed.status.error().diagnostic, DiagnosticCode::YamlSyntax);
        QVERIFY(parsed.status.error().message.contains(u"UTF-8"_s));
        QVERIFY(timer.elapsed() < 1000);
    }
    const Parsed nul = parse(QByteArray("a: 1\nb: \0c\n", 12));
    QVERIFY(!nul.status);
    QCOMPARE(nul.tree->position(quint32(nul.status.error().offset)).line, 2);
}

void TestYamlReader::everyTruncationEndsCleanly()
{
    const QByteArray yaml
        = "openapi: 3.1.0\ninfo: {title: \"T\", version: '1'}\npaths:\n  /a/{id}:\n"
          "    get:\n      parameters:\n        - &p {name: id, in: path, required: true}\n"
          "        - *p\n      responses:\n        '200': {description: |\n            ok\n        "
          "  }\n";
    for (qsizetype length = 0; length <= yaml.size(); ++length) {
        const Parsed parsed = parse(yaml.left(length));
        if (!parsed.status)
            QVERIFY(!parsed.status.error().message.isEmpty());
    }
}

void TestYamlReader::randomMutationsNeverCrash()
{
    const QByteArray yaml
        = "a: &x [1, {b: \"c\\n\"}, 'd']\nb: *x\nc:\n  - <<: {m: 1}\n    n: |\n      text\n";
    const QByteArray alphabet = "[]{}:,-&*!<>|'\"#?\n \t%@`abc012";
    forEachMutation(yaml, alphabet, 5000, 42, [](const QByteArray &mutated) {
        const Parsed parsed = parse(mutated);
        if (!parsed.status)
            QVERIFY(!parsed.status.error().message.isEmpty());
    });
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
