// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/operation.h"
#include "request/environment.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;

Q_DECLARE_METATYPE(Oxa::Risk)
Q_DECLARE_METATYPE(Oxa::ConfirmationPolicy)

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmation_data()
    {
        QTest::addColumn<Risk>("risk");
        QTest::addColumn<ConfirmationPolicy>("policy");
        QTest::addColumn<bool>("production");
        QTest::addColumn<bool>("asked");
        // Response and destructive calls: always, whatever the profile says.
        QTest::newRow("response, lab")
            << Risk::Response << ConfirmationPolicy::Risky << false << true;
        QTest::newRow("destructive, lab")
            << Risk::Destructive << ConfirmationPolicy::Risky << false << true;
        QTest::newRow("write, lab") << Risk::Write << ConfirmationPolicy::Risky << false << false;
        QTest::newRow("read, lab") << Risk::Read << ConfirmationPolicy::Risky << false << false;
        // Production: every non-read call, even when the profile asks for less.
        QTest::newRow("write, production")
            << Risk::Write << ConfirmationPolicy::Risky << true << true;
        QTest::newRow("read, production")
            << Risk::Read << ConfirmationPolicy::Risky << true << false;
        QTest::newRow("read, production, always")
            << Risk::Read << ConfirmationPolicy::Always << true << true;
        QTest::newRow("write, lab, non-read")
            << Risk::Write << ConfirmationPolicy::NonRead << false << true;
        QTest::newRow("read, lab, always")
            << Risk::Read << ConfirmationPolicy::Always << false << true;
    }
    void confirmation()
    {
        QFETCH(Risk, risk);
        QFETCH(ConfirmationPolicy, policy);
        QFETCH(bool, production);
        QFETCH(bool, asked);
        Operation op;
        op.risk = risk;
        Environment e;
        e.confirmation = policy;
        e.production = production;
        QCOMPARE(needsConfirmation(op, e), asked);
    }

    void storedWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        Environment lab;
        lab.name = QStringLiteral("Lab");
        lab.baseUrl = QStringLiteral("https://xdr.lab.example");
        lab.defaultHeaders.append({QByteArray("X-Tenant"), QByteArray("acme")});
        lab.secretKeys.append({QString(), QStringLiteral("oxa-console/Lab/bearer")});
        lab.trustedCertificates << QStringLiteral("ab12");
        Environment prod = lab;
        prod.name = QStringLiteral("Production");
        prod.production = true;
        prod.confirmation = ConfirmationPolicy::Always;
        prod.totalTimeoutMs = 60'000;
        {
            QSettings settings(path, QSettings::IniFormat);
            EnvironmentStore store(settings);
            QVERIFY(store.save({lab, prod}));
            QCOMPARE(store.load(), (QList<Environment>{lab, prod}));
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(EnvironmentStore(settings).load(), (QList<Environment>{lab, prod}));
        QCOMPARE(prod.clientPolicy().totalTimeoutMs, 60'000);
        QCOMPARE(prod.clientPolicy().trustedCertificates, QStringList{QStringLiteral("ab12")});

        // A header that looks like a secret is refused, and nothing is written.
        Environment leaky = lab;
        leaky.defaultHeaders.append({QByteArray("Authorization"), QByteArray("Bearer s3cret")});
        const auto saved = EnvironmentStore(settings).save({leaky});
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(QStringLiteral("Authorization")));
        leaky.defaultHeaders = {{"X-Api-Key", "s3cret"}};
        QVERIFY(!EnvironmentStore(settings).save({leaky}));
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
