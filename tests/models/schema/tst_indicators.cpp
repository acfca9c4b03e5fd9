// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Indicators: what kind a value is, refanging, and pasted lists split into items.
#include "schema/indicators.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Oxa;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("kind");
        QTest::newRow("ipv4") << "198.51.100.23"
                              << "ipv4";
        QTest::newRow("ipv4 leading zero") << "198.051.100.23"
                                           << "";
        QTest::newRow("ipv4 out of range") << "198.51.100.256"
                                           << "";
        QTest::newRow("ipv6") << "2001:db8::1"
                              << "ipv6";
        QTest::newRow("ipv6 mapped") << "::ffff:192.0.2.1"
                                     << "ipv6";
        QTest::newRow("cidr v4") << "192.0.2.0/24"
                                 << "cidr";
        QTest::newRow("cidr v4 too wide") << "192.0.2.0/33"
                                          << "";
        QTest::newRow("cidr v6") << "2001:db8::/32"
                                 << "cidr";
        QTest::newRow("domain") << "login-update.example.net"
                                << "domain";
        QTest::newRow("domain upper, root dot") << "MAIL.Example.COM."
                                                << "domain";
        QTest::newRow("punycode") << "xn--bcher-kva.example"
                                  << "domain";
        QTest::newRow("punycode top") << "shop.xn--p1ai"
                                      << "domain";
        QTest::newRow("bare word") << "localhost"
                                   << "";
        QTest::newRow("file name") << "invoice.pdf"
                                   << "domain"; // as tools read it too
        QTest::newRow("numeric top") << "host.123"
                                     << "";
        QTest::newRow("url") << "https://files.example.com/invoice.pdf?x=1"
                             << "url";
        QTest::newRow("url ip host") << "http://203.0.113.66:8080/gate.php"
                                     << "url";
        QTest::newRow("url ipv6 host") << "http://[2001:db8::1]/x"
                                       << "url";
        QTest::newRow("url other scheme") << "javascript://alert(1)"
                                          << "";
        QTest::newRow("url no host") << "https:///path"
                                     << "";
        QTest::newRow("email") << "a.martin@corp.example"
                               << "email";
        QTest::newRow("email no dot") << "root@localhost"
                                      << "";
        QTest::newRow("md5") << "44d88612fea8a8f36de82e1278abb02f"
                             << "md5";
        QTest::newRow("md5 upper") << "44D88612FEA8A8F36DE82E1278ABB02F"
                                   << "md5";
        QTest::newRow("sha1") << "3395856ce81f2b7382dee72602f798b642f14140"
                              << "sha1";
        QTest::newRow("sha256") << QString(64, u'a') << "sha256";
        QTest::newRow("sha512") << QString(128, u'0') << "sha512";
        QTest::newRow("hex of no hash length") << QString(33, u'a') << "";
        QTest::newRow("not hex") << QString(31, u'a') + u'g' << "";
        QTest::newRow("cve") << "CVE-2024-3400"
                             << "cve";
        QTest::newRow("cve lower") << "cve-2021-44228"
                                   << "cve";
        QTest::newRow("cve short") << "CVE-2024-340"
                                   << "";
        QTest::newRow("sentence") << "not an ioc!"
                                  << "";
        QTest::newRow("word") << "malicious"
                              << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("defanged is not refanged here") << "evil[.]example"
                                                       << "";
    }
    void kinds()
    {
        QFETCH(QString, value);
        QFETCH(QString, kind);
        QCOMPARE(indicatorKindName(indicatorKind(value)), kind);
    }

    void refanging_data()
    {
        QTest::addColumn<QString>("defanged");
        QTest::addColumn<QString>("restored");
        QTest::newRow("brackets") << "evil[.]example[.]com"
                                  << "evil.example.com";
        QTest::newRow("parentheses") << "198.51.100(.)7"
                                     << "198.51.100.7";
        QTest::newRow("dot word") << "bad(dot)example[DOT]net"
                                  << "bad.example.net";
        QTest::newRow("hxxp") << "hxxp://bad[.]example/payload.exe"
                              << "http://bad.example/payload.exe";
        QTest::newRow("hxxps upper") << "HXXPS[:]//bad.example"
                                     << "https://bad.example";
        QTest::newRow("mail") << "phish[@]bad.example"
                              << "phish@bad.example";
        QTest::newRow("mail at") << "phish[at]bad.example"
                                 << "phish@bad.example";
        QTest::newRow("nothing") << "203.0.113.66"
                                 << "203.0.113.66";
    }
    void refanging()
    {
        QFETCH(QString, defanged);
        QFETCH(QString, restored);
        QCOMPARE(refanged(defanged), restored);
        QVERIFY(indicatorKind(refanged(defanged)) != IndicatorKind::None);
    }

    void pastedLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("lines") << "192.0.2.1\n198.51.100.7\r\n\n203.0.113.9\n"
                               << list({"192.0.2.1", "198.51.100.7", "203.0.113.9"});
        QTest::newRow("commas") << "a.example, b.example,c.example"
                                << list({"a.example", "b.example", "c.example"});
        QTest::newRow("spaces between indicators")
            << "198.51.100.7 203.0.113.66\t192.0.2.1"
            << list({"198.51.100.7", "203.0.113.66", "192.0.2.1"});
        QTest::newRow("semicolons") << "x y;z" << list({"x y", "z"});
        QTest::newRow("json array")
            << R"(["evil.example", "bad.example"])" << list({"evil.example", "bad.example"});
        QTest::newRow("bullets")
            << "- evil[.]example\n* hxxps://bad[.]example/x\n3) 198.51.100[.]7,"
            << list({"evil.example", "https://bad.example/x", "198.51.100.7"});
        QTest::newRow("lines keep free text")
            << "Mimikatz credential dump\nPsExec lateral move"
            << list({"Mimikatz credential dump", "PsExec lateral move"});
        // The issue's line: two indicators on one line, and a line that is none.
        QTest::newRow("mixed line")
            << "hxxp://bad.example/payload.exe, 198.51.100.7\nnot an ioc!\nCVE-2024-3400"
            << list({"http://bad.example/payload.exe",
                     "198.51.100.7",
                     "not an ioc!",
                     "CVE-2024-3400"});
        QTest::newRow("old mac line ends")
            << "a.example\rb.example" << list({"a.example", "b.example"});
        QTest::newRow("empty") << " \n , " << QStringList();
    }
    void pastedLists()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, items);
        QCOMPARE(splitPastedList(text), items);
    }

    void refangingCanBeOff()
    {
        QCOMPARE(splitPastedList(QStringLiteral("evil[.]example"), false),
                 QStringList{QStringLiteral("evil[.]example")});
    }

    void hostileTextStaysBounded()
    {
        // A megabyte on one line, and a million candidates: seconds at most, never a crash.
        QElapsedTimer timer;
        timer.start();
        const QString oneLine(1 << 20, u'a');
        QCOMPARE(splitPastedList(oneLine).size(), 1);
        QString many;
        many.reserve(8 << 20);
        for (int i = 0; i < 1'000'000; ++i)
            many += QStringLiteral("10.%1.%2.1,").arg(i % 250).arg(i / 250 % 250);
        QCOMPARE(splitPastedList(many).size(), 1'000'000);
        QString invalid = QString::fromUtf8("\xff\xfe 198.51.100.7 \xc3");
        QCOMPARE(splitPastedList(invalid).size(), 3);
        QVERIFY2(timer.elapsed() < 60'000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
