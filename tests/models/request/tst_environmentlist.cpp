// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The console's environments and the current one: read from and kept in the settings, chosen
// by name, refused whole when one cannot be saved.
#include "request/environmentlist.h"
#include "support/privatehome.h"

#include <QSignalSpy>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

class TestEnvironmentList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        OxaTest::usePrivateHome(m_home, u"tst_environmentlist"_s);
    }

    void keptChosenAndReadAgain()
    {
        EnvironmentList list;
        list.load();
        QVERIFY(list.environments().isEmpty());
        QVERIFY(list.current().name.isEmpty()); // the document's own server
        Environment lab;
        lab.name = u"Lab"_s;
        lab.baseUrl = u"https://lab.example"_s;
        Environment prod = lab;
        prod.name = u"Prod"_s;
        prod.production = true;
        QSignalSpy changed(&list, &EnvironmentList::changed);
        QSignalSpy current(&list, &EnvironmentList::currentChanged);
        QVERIFY(list.set({lab, prod}, u"Prod"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(current.back().at(0).value<Environment>().name, u"Prod"_s);
        QVERIFY(list.current().production);
        QVERIFY(list.select(u"Lab"_s));
        QCOMPARE(list.current().name, u"Lab"_s);
        QVERIFY(!list.select(u"Nowhere"_s));
        QCOMPARE(list.currentName(), u"Lab"_s);
        const qsizetype signals = current.size();
        QVERIFY(list.select(u"Lab"_s)); // already: nothing said
        QCOMPARE(current.size(), signals);

        // Another list (the next start) reads the same.
        EnvironmentList again;
        again.load();
        QCOMPARE(again.environments().size(), 2);
        QCOMPARE(again.currentName(), u"Lab"_s);
        QVERIFY(again.select(QString()));
        QVERIFY(again.current().name.isEmpty());

        // A profile with a secret-looking default header is refused, and nothing changes.
        Environment leaky = lab;
        leaky.name = u"Leaky"_s;
        leaky.defaultHeaders = {{"Authorization", "Bearer nope"}};
        QVERIFY(!list.set({leaky}, u"Leaky"_s));
        QCOMPARE(list.environments().size(), 2);
        QCOMPARE(list.currentName(), u"Lab"_s);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestEnvironmentList)
#include "tst_environmentlist.moc"
