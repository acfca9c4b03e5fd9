// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/jsonpointer.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"

#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

class TestJsonPointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void componentNames()
    {
        using namespace Qt::StringLiterals;
        const auto prefix = u"/components/schemas/"_s;
        QCOMPARE(JsonPointer::componentName(u"/components/schemas/Alert/properties/id"_s, prefix),
                 u"Alert"_s);
        QCOMPARE(JsonPointer::componentName(u"#/components/schemas/a~1b~0c"_s, prefix), u"a/b~c"_s);
        QCOMPARE(JsonPointer::componentName(u"/components/responses/Gone"_s, prefix), QString());
        QCOMPARE(JsonPointer::componentName(u"/paths/~1a"_s, prefix), QString());
        QCOMPARE(JsonPointer::unescape(u"~01~1"_s), u"~1/"_s);
    }

    void prefixes()
    {
        QCOMPARE(JsonPointer::prefix(u"/paths/~1a/get/responses", 2), u"/paths/~1a");
        QCOMPARE(JsonPointer::prefix(u"/paths/~1a/get/responses", 3), u"/paths/~1a/get");
        QCOMPARE(JsonPointer::prefix(u"/paths/~1a/get", 3), u"/paths/~1a/get");
        QCOMPARE(JsonPointer::prefix(u"/paths/~1a", 3), u"/paths/~1a");
        QCOMPARE(JsonPointer::prefix(u"/paths//x", 2), u"/paths/"); // an empty token counts
        QCOMPARE(JsonPointer::prefix(u"/a", 0), u"");
        QCOMPARE(JsonPointer::prefix(u"", 2), u"");
    }

    void escapeAndAppend();
    void parseTokens_data();
    void parseTokens();
    void evaluateRfc6901Examples_data();
    void evaluateRfc6901Examples();
    void memberIndexAgreesWithAScan();
    void uriFragments_data();
    void uriFragments();
};

void TestJsonPointer::escapeAndAppend()
{
    QCOMPARE(JsonPointer::escape(u"/paths/{id}~x"), u"~1paths~1{id}~0x"_s);
    QCOMPARE(JsonPointer::append(u"/paths"_s, u"/a/b"), u"/paths/~1a~1b"_s);
    QCOMPARE(JsonPointer::append(u"/tags"_s, qsizetype(3)), u"/tags/3"_s);
    QCOMPARE(JsonPointer::append(QString(), std::string_view("é")), u"/é"_s);
}

void TestJsonPointer::parseTokens_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("whole document") << QByteArray("") << true << QStringList();
    QTest::newRow("empty key") << QByteArray("/") << true << QStringList{u""_s};
    QTest::newRow("escapes in order")
        << QByteArray("/a~01/b~10") << true << QStringList{u"a~1"_s, u"b/0"_s};
    QTest::newRow("no leading slash") << QByteArray("a/b") << false << QStringList();
    QTest::newRow("bad escape") << QByteArray("/a~2") << false << QStringList();
    QTest::newRow("dangling tilde") << QByteArray("/a~") << false << QStringList();
}

void TestJsonPointer::parseTokens()
{
    QFETCH(QByteArray, pointer);
    QFETCH(bool, valid);
    QFETCH(QStringList, tokens);
    const auto parsed
        = JsonPointer::parse(std::string_view(pointer.constData(), size_t(pointer.size())));
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QStringList actual;
    for (const std::string &token : *parsed)
        actual << QString::fromStdString(token);
    QCOMPARE(actual, tokens);
}

void TestJsonPointer::evaluateRfc6901Examples_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected"); // the value's text, or empty for "absent"
    // The examples of RFC 6901 section 5, plus what must not resolve.
    QTest::newRow("whole") << QByteArray("") << QByteArray("object");
    QTest::newRow("/foo") << QByteArray("/foo") << QByteArray("array");
    QTest::newRow("/foo/0") << QByteArray("/foo/0") << QByteArray("bar");
    QTest::newRow("/") << QByteArray("/") << QByteArray("0");
    QTest::newRow("/a~1b") << QByteArray("/a~1b") << QByteArray("1");
    QTest::newRow("/c%d") << QByteArray("/c%d") << QByteArray("2");
    QTest::newRow("/e^f") << QByteArray("/e^f") << QByteArray("3");
    QTest::newRow("/g|h") << QByteArray("/g|h") << QByteArray("4");
    QTest::newRow("/i\\j") << QByteArray("/i\\j") << QByteArray("5");
    QTest::newRow("/k\"l") << QByteArray("/k\"l") << QByteArray("6");
    QTest::newRow("/ ") << QByteArray("/ ") << QByteArray("7");
    QTest::newRow("/m~0n") << QByteArray("/m~0n") << QByteArray("8");
    QTest::newRow("index out of range") << QByteArray("/foo/2") << QByteArray();
    QTest::newRow("leading zero index") << QByteArray("/foo/01") << QByteArray();
    QTest::newRow("dash index") << QByteArray("/foo/-") << QByteArray();
    QTest::newRow("into a scalar") << QByteArray("/a~1b/x") << QByteArray();
    QTest::newRow("missing key") << QByteArray("/nope") << QByteArray();
}

void TestJsonPointer::evaluateRfc6901Examples()
{
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    JsonTree tree(R"({"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4,
                     "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8})",
                  SourceFormat::Json);
    Diagnostics findings;
    QVERIFY(JsonReader::read(tree, {}, findings));
    const auto tokens
        = JsonPointer::parse(std::string_view(pointer.constData(), size_t(pointer.size())));
    QVERIFY(tokens);
    const JsonNode *node = JsonPointer::evaluate(tree.root(), *tokens);
    if (expected.isEmpty()) {
        QVERIFY(!node);
        return;
    }
    QVERIFY(node);
    if (expected == "object")
        QVERIFY(node->isObject());
    else if (expected == "array")
        QVERIFY(node->isArray());
    else if (node->isString())
        QCOMPARE(QByteArray(node->stringView().data(), qsizetype(node->stringView().size())),
                 expected);
    else
        QCOMPARE(QByteArray::number(node->toInteger()), expected);
}

void TestJsonPointer::memberIndexAgreesWithAScan()
{
    QByteArray text = "{\"schemas\": {";
    for (int i = 0; i < 200; ++i)
        text += (i ? ", " : "") + QByteArray("\"S") + QByteArray::number(i)
                + "\": " + QByteArray::number(i);
    text += ", \"a/b\": -1}}";
    JsonTree tree(text, SourceFormat::Json);
    Diagnostics findings;
    QVERIFY(JsonReader::read(tree, {}, findings));
    JsonPointer::MemberIndex index;
    for (const char *pointer : {"/schemas/S0",
                                "/schemas/S199",
                                "/schemas/S77",
                                "/schemas/a~1b",
                                "/schemas/S200",
                                "/nope/S1"}) {
        const auto tokens = JsonPointer::parse(pointer);
        QCOMPARE(JsonPointer::evaluate(tree.root(), *tokens, &index),
                 JsonPointer::evaluate(tree.root(), *tokens));
    }
    QCOMPARE(JsonPointer::evaluate(tree.root(), *JsonPointer::parse("/schemas/S77"), &index)
                 ->toInteger(),
             77);
    QVERIFY(!JsonPointer::evaluate(tree.root(), *JsonPointer::parse("/schemas/S200"), &index));
}

void TestJsonPointer::uriFragments_data()
{
    QTest::addColumn<QByteArray>("fragment");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("plain") << QByteArray("/components/schemas/Pet") << true
                           << u"/components/schemas/Pet"_s;
    QTest::newRow("braces") << QByteArray("/paths/~1users~1%7Bid%7D") << true
                            << u"/paths/~1users~1{id}"_s;
    QTest::newRow("space and percent") << QByteArray("/a%20b/c%25d") << true << u"/a b/c%d"_s;
    QTest::newRow("utf-8") << QByteArray("/caf%C3%A9") << true << u"/café"_s;
    QTest::newRow("truncated escape") << QByteArray("/a%2") << false << QString();
    QTest::newRow("bad hex") << QByteArray("/a%zz") << false << QString();
}

void TestJsonPointer::uriFragments()
{
    QFETCH(QByteArray, fragment);
    QFETCH(bool, valid);
    QFETCH(QString, pointer);
    const auto decoded = JsonPointer::fromUriFragment(
        std::string_view(fragment.constData(), size_t(fragment.size())));
    QCOMPARE(decoded.has_value(), valid);
    if (valid) {
        QCOMPARE(QString::fromStdString(*decoded), pointer);
        const QString back = JsonPointer::toUriFragment(pointer);
        const auto again = JsonPointer::fromUriFragment(back.toStdString());
        QVERIFY(again);
        QCOMPARE(QString::fromStdString(*again), pointer);
    }
}

QTEST_GUILESS_MAIN(TestJsonPointer)
#include "tst_jsonpointer.moc"
