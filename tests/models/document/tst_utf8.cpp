// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/utf8.h"

#include <QTest>

using namespace Oxa;

class TestUtf8 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstInvalid_data();
    void firstInvalid();
    void agreesWithQt();
};

void TestUtf8::firstInvalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("ascii, longer than the fast path") << QByteArray("0123456789abcdefghij") << -1;
    QTest::newRow("two, three and four bytes") << QByteArray("é中😀") << -1;
    QTest::newRow("largest code point") << QByteArray("\xF4\x8F\xBF\xBF") << -1;
    QTest::newRow("lone continuation") << QByteArray("abc\x80") << 3;
    QTest::newRow("latin-1 é after the fast path") << QByteArray("12345678caf\xE9") << 11;
    QTest::newRow("overlong two bytes") << QByteArray("\xC0\xAF") << 0;
    QTest::newRow("overlong three bytes") << QByteArray("x\xE0\x80\xAF") << 1;
    QTest::newRow("overlong four bytes") << QByteArray("\xF0\x80\x80\xAF") << 0;
    QTest::newRow("surrogate") << QByteArray("ok\xED\xA0\x80") << 2;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << 0;
    QTest::newRow("truncated at the end") << QByteArray("ab\xE4\xB8") << 2;
    QTest::newRow("bad second continuation") << QByteArray("\xE4\xB8\x41") << 0;
    QTest::newRow("fuzzer's directive") << QByteArray("a: 1\n%defin[\xD8\xD8") << 12;
}

void TestUtf8::firstInvalid()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QCOMPARE(Utf8::firstInvalid(text.constData(), text.size()), qsizetype(offset));
}

void TestUtf8::agreesWithQt()
{
    // Every two-byte string: valid exactly when Qt's decoder round-trips it.
    for (int a = 0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) {
            const char bytes[] = {char(a), char(b)};
            const QByteArray text(bytes, 2);
            const bool valid = Utf8::firstInvalid(text.constData(), 2) < 0;
            const bool qtValid = QString::fromUtf8(text).toUtf8() == text
                                 && !QString::fromUtf8(text).contains(QChar(0xFFFD));
            QVERIFY2(valid == qtValid, qPrintable(QString::asprintf("%02x %02x", a, b)));
        }
    }
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
