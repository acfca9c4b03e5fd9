// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/classification.h"
#include "request/apiclient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace Oxa {

struct Operation;

/** When a call is shown and confirmed before it goes. */
enum class ConfirmationPolicy : quint8 {
    Risky,   ///< response and destructive operations (the default)
    NonRead, ///< anything that is not a read
    Always,  ///< every call
};

/**
 * A named profile of a back-end: where it is, how calls go there, and how careful to be. No
 * secret is ever part of it: `secretKeys` name the keychain entries that hold them.
 */
struct Environment
{
    QString name;
    QString baseUrl;
    bool production = false; ///< a visible banner, and confirmation that cannot be turned off
    ConfirmationPolicy confirmation = ConfirmationPolicy::Risky;
    QList<QPair<QByteArray, QByteArray>> defaultHeaders;
    int inactivityTimeoutMs = 30'000;
    int totalTimeoutMs = 120'000;
    QString caBundle;                ///< extra certificate authorities (PEM file)
    QString clientCertificate;       ///< PEM file
    QString clientKey;               ///< PEM file (its passphrase is a secret, in the keychain)
    QString proxy;                   ///< http://host:port, or empty for the system's
    QStringList trustedCertificates; ///< SHA-256 digests (hex) of certificates the user trusted
    /** Security scheme name → keychain entry; "" is the environment's own key. */
    QList<QPair<QString, QString>> secretKeys;
    /**
     * The environment's own credential, sent with every call (for documents that declare no
     * security scheme, like OXA's): the header it goes in, "Authorization" meaning
     * "Bearer <key>"; empty for none. The key itself is in the keychain (secretKey("")).
     */
    QString keyHeader;

    /**
     * The keychain entry of a scheme's secret ("" for the environment's own key): as
     * `secretKeys` says, else "NAME/SCHEME" ("default/SCHEME" without a profile).
     */
    QString secretKey(const QString &scheme) const;
    /**
     * The client policy of this environment: deadlines, trusted certificates, the CA bundle,
     * the client certificate and key (with the key's passphrase) and the proxy ("none", or
     * http://, socks5:// host:port; empty for the system's). An Error names a file that cannot
     * be read or a proxy that cannot be understood.
     */
    Result<ClientPolicy> clientPolicy(const QByteArray &keyPassphrase = {}) const;
    /** The policy in force: production never asks less than for every non-read call. */
    ConfirmationPolicy effectiveConfirmation() const;

    friend bool operator==(const Environment &, const Environment &) = default;
};

/**
 * Whether a call of this operation in this environment is confirmed first: response and
 * destructive operations always; in production, any operation that is not a read too; beyond
 * that, as the environment's policy says.
 */
bool needsConfirmation(const Operation &operation, const Environment &environment);

/**
 * Environments kept in QSettings (group "environments"), in the order the user made them.
 * Header values that look secret (Authorization, keys, tokens, cookies) are refused on save:
 * they belong in the keychain. GUI thread.
 */
class EnvironmentStore
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentStore)

public:
    explicit EnvironmentStore(QSettings &settings);

    QList<Environment> load() const;
    /** Replaces every stored environment. Returns an Error naming a secret-looking header. */
    Result<void> save(const QList<Environment> &environments);

private:
    QSettings &m_settings;
};

} // namespace Oxa
