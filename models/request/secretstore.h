// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace Oxa {

/**
 * Secrets at rest: the operating system's keychain (QtKeychain, service "oxa-console"), asked
 * asynchronously and given up after a timeout. Where no keychain answers (headless machines,
 * CI), a secret lives in this object's memory for the session only. A secret is never written
 * anywhere else: not in settings, history, logs or exports. The thread it lives in.
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend : quint8 { Keychain, Memory };

    explicit SecretStore(Backend backend = Backend::Keychain,
                         int timeoutMs = 3000,
                         QObject *parent = nullptr);

    /** The secret, or nothing when there is none; `problem` says why the keychain did not answer. */
    using ReadDone = std::function<void(std::optional<QByteArray> secret, const QString &problem)>;
    void read(const QString &key, ReadDone done);
    /** `kept` is true when the keychain holds it, false when only this session does. */
    using WriteDone = std::function<void(bool kept, const QString &problem)>;
    void write(const QString &key, const QByteArray &secret, WriteDone done = {});
    void remove(const QString &key);
    /**
     * Keeps a secret for this session only, never in the keychain; it is read before the
     * keychain's (a secret given for one run: oxa-cli's environment variables, a prompt's
     * "don't remember").
     */
    void keepForSession(const QString &key, const QByteArray &secret)
    {
        m_session.insert(key, secret);
    }
    /** False once the keychain failed or timed out: the session keeps secrets itself. */
    bool keychainAvailable() const { return m_backend == Backend::Keychain; }

private:
    Backend m_backend;
    int m_timeoutMs;
    QHash<QString, QByteArray> m_memory;
    QHash<QString, QByteArray> m_session;
};

} // namespace Oxa
