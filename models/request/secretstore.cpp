// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Oxa {

namespace {

const QString kService = QStringLiteral("oxa-console");

} // namespace

SecretStore::SecretStore(Backend backend, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_timeoutMs(timeoutMs)
{}

void SecretStore::read(const QString &key, ReadDone done)
{
    if (const auto given = m_session.constFind(key); given != m_session.constEnd()) {
        done(*given, QString());
        return;
    }
    if (m_backend == Backend::Memory) {
        const auto it = m_memory.constFind(key);
        done(it == m_memory.constEnd() ? std::nullopt : std::optional<QByteArray>(*it), QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    job->setAutoDelete(true);
    // Whichever comes first, the keychain's answer or the timeout, answers once.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, key, done, answered, timer] {
        timer->deleteLater();
        if (std::exchange(*answered, true))
            return;
        m_backend = Backend::Memory;
        const auto it = m_memory.constFind(key);
        done(it == m_memory.constEnd() ? std::nullopt : std::optional<QByteArray>(*it),
             tr("The keychain did not answer in %1 s.").arg(m_timeoutMs / 1000.0));
    });
    connect(job,
            &QKeychain::Job::finished,
            this,
            [this, key, done, answered, timer](QKeychain::Job *finished) {
                timer->stop();
                timer->deleteLater();
                if (std::exchange(*answered, true))
                    return;
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                if (read->error() == QKeychain::NoError) {
                    done(read->binaryData(), QString());
                    return;
                }
                if (read->error() == QKeychain::EntryNotFound) {
                    const auto it = m_memory.constFind(key);
                    done(it == m_memory.constEnd() ? std::nullopt : std::optional<QByteArray>(*it),
                         QString());
                    return;
                }
                // No keychain here: this session keeps its secrets itself from now on.
                m_backend = Backend::Memory;
                const auto it = m_memory.constFind(key);
                done(it == m_memory.constEnd() ? std::nullopt : std::optional<QByteArray>(*it),
                     read->errorString());
            });
    timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::write(const QString &key, const QByteArray &secret, WriteDone done)
{
    m_memory.insert(key, secret); // for the session, whatever the keychain says
    if (m_backend == Backend::Memory) {
        if (done)
            done(false, QString());
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setBinaryData(secret);
    job->setAutoDelete(true);
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, done, answered, timer] {
        timer->deleteLater();
        if (std::exchange(*answered, true))
            return;
        m_backend = Backend::Memory;
        if (done)
            done(false, tr("The keychain did not answer in %1 s.").arg(m_timeoutMs / 1000.0));
    });
    connect(job,
            &QKeychain::Job::finished,
            this,
            [this, done, answered, timer](QKeychain::Job *finished) {
                timer->stop();
                timer->deleteLater();
                if (std::exchange(*answered, true))
                    return;
                const bool kept = finished->error() == QKeychain::NoError;
                if (!kept)
                    m_backend = Backend::Memory;
                if (done)
                    done(kept, kept ? QString() : finished->errorString());
            });
    timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::remove(const QString &key)
{
    m_memory.remove(key);
    m_session.remove(key);
    if (m_backend == Backend::Memory)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    job->setAutoDelete(true);
    job->start();
}

} // namespace Oxa
