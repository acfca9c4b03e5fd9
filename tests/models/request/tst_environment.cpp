// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/operation.h"
#include "request/environment.h"
#include "testconfig.h"

#include <QFile>
#include <QNetworkProxy>
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
        lab.keyHeader = QStringLiteral("X-OXA-Key");
        lab.proxy = QStringLiteral("http://proxy.lab.example:3128");
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
        QCOMPARE(prod.clientPolicy()->totalTimeoutMs, 60'000);
        QCOMPARE(prod.clientPolicy()->trustedCertificates, QStringList{QStringLiteral("ab12")});

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

    void tlsFilesAndProxyMakeThePolicy()
    {
        Environment lab;
        lab.name = QStringLiteral("Lab");
        auto policy = lab.clientPolicy();
        QVERIFY(policy);
        QVERIFY(!policy->proxy); // the system's
        QVERIFY(policy->caCertificates.isEmpty());

        lab.caBundle = QStringLiteral(OXA_TEST_DATA_DIR "/tls/cert.pem");
        lab.clientCertificate = lab.caBundle;
        lab.clientKey = QStringLiteral(OXA_TEST_DATA_DIR "/tls/key.pem");
        lab.proxy = QStringLiteral("http://proxy.lab.example:3128");
        policy = lab.clientPolicy();
        QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
        QCOMPARE(policy->caCertificates.size(), 1);
        QVERIFY(!policy->clientCertificate.isNull());
        QVERIFY(!policy->clientKey.isNull());
        QCOMPARE(policy->proxy->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(policy->proxy->hostName(), QStringLiteral("proxy.lab.example"));
        QCOMPARE(policy->proxy->port(), quint16(3128));
        lab.proxy = QStringLiteral("socks5://127.0.0.1:1080");
        QCOMPARE(lab.clientPolicy()->proxy->type(), QNetworkProxy::Socks5Proxy);
        lab.proxy = QStringLiteral("none");
        QCOMPARE(lab.clientPolicy()->proxy->type(), QNetworkProxy::NoProxy);

        // Each unreadable file says which it is.
        lab.caBundle = QStringLiteral("/nonexistent/ca.pem");
        policy = lab.clientPolicy();
        QVERIFY(!policy);
        QVERIFY(policy.error().message.contains(QStringLiteral("/nonexistent/ca.pem")));
        lab.caBundle = QStringLiteral(OXA_TEST_DATA_DIR "/tls/key.pem"); // not a certificate
        QVERIFY(!lab.clientPolicy());
        lab.caBundle.clear();
        lab.clientKey = lab.clientCertificate; // not a key
        policy = lab.clientPolicy();
        QVERIFY(!policy);
        QVERIFY(policy.error().message.contains(QStringLiteral("cert.pem")));
        lab.clientKey = QStringLiteral(OXA_TEST_DATA_DIR "/tls/key.pem");
        lab.proxy = QStringLiteral("ftp://proxy");
        QVERIFY(!lab.clientPolicy());
    }

    void secretsHaveTheirKeychainEntries()
    {
        Environment lab;
        QCOMPARE(lab.secretKey(QStringLiteral("bearerAuth")), QStringLiteral("default/bearerAuth"));
        lab.name = QStringLiteral("Lab");
        QCOMPARE(lab.secretKey(QStringLiteral("bearerAuth")), QStringLiteral("Lab/bearerAuth"));
        QCOMPARE(lab.secretKey(QString()), QStringLiteral("Lab/environment key"));
        lab.secretKeys.append({QStringLiteral("bearerAuth"), QStringLiteral("shared/xdr")});
        QCOMPARE(lab.secretKey(QStringLiteral("bearerAuth")), QStringLiteral("shared/xdr"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
