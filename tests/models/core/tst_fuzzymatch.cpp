// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/fuzzymatch.h"

#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

class TestFuzzyMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subsequence_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matched");
        QTest::newRow("empty pattern") << u""_s << u"anything"_s << true;
        QTest::newRow("exact") << u"isolate"_s << u"isolate"_s << true;
        QTest::newRow("ignores case") << u"ISOLATE"_s << u"Isolate a host"_s << true;
        QTest::newRow("ignores pattern spaces") << u"iso host"_s << u"Isolate a host"_s << true;
        QTest::newRow("gaps") << u"isohost"_s << u"Isolate a host"_s << true;
        QTest::newRow("order matters") << u"hostiso"_s << u"Isolate a host"_s << false;
        QTest::newRow("missing letter") << u"isolatez"_s << u"Isolate a host"_s << false;
        QTest::newRow("longer than text") << u"abcdef"_s << u"abc"_s << false;
        QTest::newRow("empty text") << u"a"_s << u""_s << false;
        QTest::newRow("accents are letters") << u"équipe"_s << u"L'Équipe rouge"_s << true;
    }

    void subsequence()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matched);
        const FuzzyMatch match = fuzzyMatch(pattern, text);
        QCOMPARE(match.matched(), matched);
        if (!matched)
            return;
        // The positions spell the pattern, in order.
        QString spelled;
        qsizetype last = -1;
        for (qsizetype position : match.positions) {
            QVERIFY(position > last);
            last = position;
            spelled += text[position].toCaseFolded();
        }
        QString expected = pattern.toCaseFolded();
        expected.remove(u' ');
        QCOMPARE(spelled, expected);
    }

    void needles()
    {
        QCOMPARE(fuzzyNeedle(u" Iso  Host "), u"isohost"_s);
        QCOMPARE(fuzzyNeedle(u"   "), QString());
        // A text that misses a needle misses every longer one: the palette narrows on it.
        QVERIFY(!fuzzyMatch(u"isx"_s, u"Isolate a host"_s).matched());
        QVERIFY(!fuzzyMatch(u"isxo"_s, u"Isolate a host"_s).matched());
        QVERIFY(fuzzyMatch(u"ISO h"_s, u"Isolate a host"_s).matched());
    }

    void prefersWordStarts()
    {
        // "gaa" should align with the capitals of getAllAlerts, not with the first a's.
        const FuzzyMatch match = fuzzyMatch(u"gaa"_s, u"getAllAlerts"_s);
        QCOMPARE(match.positions, (QList<qsizetype>{0, 3, 6}));
        // The i after a path separator, not the one inside "hosts/{id}".
        const FuzzyMatch path = fuzzyMatch(u"hi"_s, u"/hosts/filter/isolate"_s);
        QCOMPARE(path.positions, (QList<qsizetype>{1, 14}));
    }

    void ranksBetterAlignmentsHigher()
    {
        auto score = [](const QString &pattern, const QString &text) {
            return fuzzyMatch(pattern, text).score;
        };
        // A run of consecutive characters beats scattered ones.
        QVERIFY(score(u"host"_s, u"Isolate a host"_s) > score(u"host"_s, u"shadow costs"_s));
        // A match at word starts beats one inside words.
        QVERIFY(score(u"ih"_s, u"isolate host"_s) > score(u"ih"_s, u"with"_s));
        // A prefix beats the same letters later.
        QVERIFY(score(u"alert"_s, u"alerts by day"_s) > score(u"alert"_s, u"count of the alerts"_s));
    }

    void longTextsAreCut()
    {
        const QString text = QString(5000, u'x') + u"needle"_s;
        QVERIFY(!fuzzyMatch(u"needle"_s, text).matched());
        QVERIFY(fuzzyMatch(u"needle"_s, text, 6000).matched());
    }

    void didYouMean_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QStringList>("closest");
        const QStringList commands{QStringLiteral("inspect"),
                                   QStringLiteral("validate"),
                                   QStringLiteral("call"),
                                   QStringLiteral("audit"),
                                   QStringLiteral("mock")};
        QTest::newRow("missing letter") << "inspec" << QStringList{QStringLiteral("inspect")};
        QTest::newRow("swapped") << "vaildate" << QStringList{QStringLiteral("validate")};
        QTest::newRow("case") << "MOCK" << QStringList{QStringLiteral("mock")};
        QTest::newRow("far") << "deploy" << QStringList();
        QTest::newRow("empty") << "" << QStringList();
    }
    void didYouMean()
    {
        QFETCH(QString, wanted);
        QFETCH(QStringList, closest);
        const QStringList commands{QStringLiteral("inspect"),
                                   QStringLiteral("validate"),
                                   QStringLiteral("call"),
                                   QStringLiteral("audit"),
                                   QStringLiteral("mock")};
        QCOMPARE(closestNames(wanted, commands), closest);
    }

    void didYouMeanOperations()
    {
        const QStringList ids{QStringLiteral("lookupIp"),
                              QStringLiteral("lookupDomain"),
                              QStringLiteral("lookupUrl"),
                              QStringLiteral("listAlerts"),
                              QStringLiteral("listAlertSources")};
        QCOMPARE(closestNames(u"lookupIP", ids), QStringList{QStringLiteral("lookupIp")});
        QCOMPARE(closestNames(u"lokupIp", ids), QStringList{QStringLiteral("lookupIp")});
        // Nearest first, then names that contain it.
        QCOMPARE(closestNames(u"listAlert", ids),
                 (QStringList{QStringLiteral("listAlerts"), QStringLiteral("listAlertSources")}));
        QCOMPARE(closestNames(u"lookup", ids, 2),
                 (QStringList{QStringLiteral("lookupIp"), QStringLiteral("lookupDomain")}));
    }

    void tiers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tier");
        QTest::newRow("exact") << "List alerts"
                               << "List alerts" << int(MatchTier::Exact);
        QTest::newRow("exact, case and spaces") << "list  ALERTS "
                                                << "List alerts" << int(MatchTier::Exact);
        QTest::newRow("prefix") << "List alerts"
                                << "List alerts types" << int(MatchTier::Prefix);
        QTest::newRow("word starts") << "lst al"
                                     << "List alerts" << int(MatchTier::Fuzzy);
        QTest::newRow("word starts in order")
            << "li al so"
            << "List alert sources (last 90 days)" << int(MatchTier::WordStarts);
        QTest::newRow("camel case") << "get alerts"
                                    << "getAlertsResource" << int(MatchTier::WordStarts);
        QTest::newRow("out of order") << "sources alert"
                                      << "List alert sources" << int(MatchTier::Fuzzy);
        QTest::newRow("fuzzy") << "lstalrt"
                               << "List alerts" << int(MatchTier::Fuzzy);
    }
    void tiers()
    {
        QFETCH(QString, query);
        QFETCH(QString, name);
        QFETCH(int, tier);
        QCOMPARE(int(matchTier(TierQuery(query), {u"unrelated", name})), tier);
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatch)
#include "tst_fuzzymatch.moc"
