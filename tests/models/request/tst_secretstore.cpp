// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "request/secretstore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

using namespace Oxa;

namespace {

struct ReadResult
{
    bool answered = false;
    std::optional<QByteArray> secret;
    QString problem;
};

ReadResult readNow(SecretStore &store, const QString &key)
{
    ReadResult result;
    store.read(key, [&](std::optional<QByteArray> secret, const QString &problem) {
        result = {true, secret, problem};
    });
    QElapsedTimer waited;
    waited.start();
    while (!result.answered && waited.elapsed() < 15000)
        QTest::qWait(10);
    return result;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryForTheSession()
    {
        SecretStore store(SecretStore::Backend::Memory);
        QVERIFY(!store.keychainAvailable());
        QVERIFY(!readNow(store, QStringLiteral("Lab/bearer")).secret);
        bool kept = true;
        store.write(QStringLiteral("Lab/bearer"), "t0k", [&](bool k, const QString &) { kept = k; });
        QVERIFY(!kept); // only this session holds it
        QCOMPARE(readNow(store, QStringLiteral("Lab/bearer")).secret.value_or(QByteArray()),
                 QByteArray("t0k"));
        store.remove(QStringLiteral("Lab/bearer"));
        QVERIFY(!readNow(store, QStringLiteral("Lab/bearer")).secret);
    }

    void sessionSecretsComeFirstAndNeverReachTheKeychain()
    {
        // A keychain store that never answers: the session's secret is read at once.
        SecretStore store(SecretStore::Backend::Keychain, 60'000);
        const QString key = QStringLiteral("oxa-test/session-only");
        store.keepForSession(key, "given-for-one-run");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(readNow(store, key).secret.value_or(QByteArray()), QByteArray("given-for-one-run"));
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(store.keychainAvailable()); // the keychain was not even asked
        store.remove(key);
    }

    void keychainOrItsFallback()
    {
        // With a keychain service the secret is kept there; without one (CI, headless) the
        // store falls back to the session: either way it comes back, and never hangs.
        SecretStore store(SecretStore::Backend::Keychain, 2000);
        const QString key
            = QStringLiteral("oxa-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool answered = false;
        bool kept = false;
        QElapsedTimer timer;
        timer.start();
        store.write(key, "s3cret", [&](bool k, const QString &) {
            answered = true;
            kept = k;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(store.keychainAvailable(), kept);
        const ReadResult read = readNow(store, key);
        QVERIFY(read.answered);
        QCOMPARE(read.secret.value_or(QByteArray()), QByteArray("s3cret"));
        store.remove(key);
        qInfo("keychain %s",
              kept ? "available: the secret was kept there" : "unavailable: kept for the session");
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
