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
        list.setDocument(u"/docs/a.yaml"_s);
        QVERIFY(!list.isChosen());
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

        // Another list (the next start) reads the same, for the same document.
        EnvironmentList again;
        again.load();
        QCOMPARE(again.environments().size(), 2);
        QVERIFY(again.currentName().isEmpty()); // no document yet
        again.setDocument(u"/docs/a.yaml"_s);
        QVERIFY(again.isChosen());
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

    void eachDocumentHasItsOwn()
    {
        EnvironmentList list;
        list.load();
        Environment demo;
        demo.name = u"Demo"_s;
        demo.baseUrl = u"http://127.0.0.1:4010/api/v1/"_s;
        Environment lab;
        lab.name = u"Lab"_s;
        lab.baseUrl = u"https://lab.example"_s;
        QVERIFY(list.set({demo, lab}, QString()));
        // The demo is chosen for its document before it opens, and selected when it does.
        list.chooseFor(u"/data/oxa-demo.yaml"_s, u"Demo"_s);
        list.setDocument(u"/data/oxa-demo.yaml"_s, {u"http://127.0.0.1:4010/api/v1"_s});
        QVERIFY(list.isChosen());
        QCOMPARE(list.currentName(), u"Demo"_s);
        QVERIFY(list.warning().isEmpty()); // its own server

        // The issue: after the demo, another document does not inherit its environment.
        QSignalSpy current(&list, &EnvironmentList::currentChanged);
        list.setDocument(u"/fixtures/schema-oxa-backend.json"_s, {QString()});
        QVERIFY(!list.isChosen());
        QVERIFY(list.currentName().isEmpty());
        QCOMPARE(current.size(), 1);
        // Chosen for it anyway, the demo's address is flagged (once acknowledged, no more).
        QVERIFY(list.select(u"Demo"_s));
        QVERIFY(list.isChosen());
        QVERIFY2(list.warning().contains(u"oxa-demo.yaml"_s), qPrintable(list.warning()));
        list.acknowledge();
        QVERIFY(list.warning().isEmpty());
        QVERIFY(list.select(u"Lab"_s));
        QVERIFY(list.warning().isEmpty()); // the server of no document the console knows

        // Back and forth: each its own.
        list.setDocument(u"/data/oxa-demo.yaml"_s);
        QCOMPARE(list.currentName(), u"Demo"_s);
        list.setDocument(u"/fixtures/schema-oxa-backend.json"_s);
        QCOMPARE(list.currentName(), u"Lab"_s);
        // Editing the profiles is no choice for a document nobody chose for.
        list.setDocument(u"/docs/new.yaml"_s);
        QVERIFY(list.set({demo, lab}, QString()));
        QVERIFY(!list.isChosen());
        // The document's own servers are a choice too.
        QVERIFY(list.select(QString()));
        QVERIFY(list.isChosen());
        EnvironmentList next;
        next.load();
        next.setDocument(u"/docs/new.yaml"_s);
        QVERIFY(next.isChosen());
        QVERIFY(next.currentName().isEmpty());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestEnvironmentList)
#include "tst_environmentlist.moc"
