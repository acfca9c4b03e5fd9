// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "environment.h"

#include "catalog/operation.h"
#include "core/secrets.h"

#include <QFile>
#include <QSettings>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

namespace Oxa {

namespace {

const char *policyName(ConfirmationPolicy policy)
{
    switch (policy) {
    case ConfirmationPolicy::Risky:
        return "risky";
    case ConfirmationPolicy::NonRead:
        return "non-read";
    case ConfirmationPolicy::Always:
        return "always";
    }
    return "risky";
}

ConfirmationPolicy policyNamed(const QString &name)
{
    if (name == u"non-read")
        return ConfirmationPolicy::NonRead;
    if (name == u"always")
        return ConfirmationPolicy::Always;
    return ConfirmationPolicy::Risky;
}

/** A PEM file's bytes, or an Error naming it. */
Result<QByteArray> readPem(const QString &path)
{
    QFile file(path);
    constexpr qint64 kMaxPem = 4 * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("Oxa::Environment", "Cannot read %1: %2")
                             .arg(path, file.errorString()));
    if (file.size() > kMaxPem)
        return makeError(Error::Code::Limit,
                         QCoreApplication::translate("Oxa::Environment",
                                                     "%1 is too large for a PEM file.")
                             .arg(path));
    return file.readAll();
}

} // namespace

QString Environment::secretKey(const QString &scheme) const
{
    for (const auto &[entryScheme, key] : secretKeys) {
        if (entryScheme == scheme && !key.isEmpty())
            return key;
    }
    // Untranslated: the keychain entry must not change with the language.
    return (name.isEmpty() ? QStringLiteral("default") : name) + u'/'
           + (scheme.isEmpty() ? QStringLiteral("environment key") : scheme);
}

Result<ClientPolicy> Environment::clientPolicy(const QByteArray &keyPassphrase) const
{
    ClientPolicy policy;
    policy.inactivityTimeoutMs = inactivityTimeoutMs;
    policy.totalTimeoutMs = totalTimeoutMs;
    policy.trustedCertificates = trustedCertificates;
    if (!caBundle.isEmpty()) {
        const auto pem = readPem(caBundle);
        if (!pem)
            return makeError(pem.error().code, pem.error().message);
        policy.caCertificates = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (policy.caCertificates.isEmpty())
            return makeError(Error::Code::Parse,
                             QCoreApplication::translate("Oxa::Environment",
                                                         "%1 holds no PEM certificate.")
                                 .arg(caBundle));
    }
    if (!clientCertificate.isEmpty()) {
        const auto certificate = readPem(clientCertificate);
        if (!certificate)
            return makeError(certificate.error().code, certificate.error().message);
        policy.clientCertificate = QSslCertificate(*certificate, QSsl::Pem);
        if (policy.clientCertificate.isNull())
            return makeError(Error::Code::Parse,
                             QCoreApplication::translate("Oxa::Environment",
                                                         "%1 holds no PEM certificate.")
                                 .arg(clientCertificate));
        const QString keyPath = clientKey.isEmpty() ? clientCertificate : clientKey;
        const auto key = readPem(keyPath);
        if (!key)
            return makeError(key.error().code, key.error().message);
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            policy.clientKey = QSslKey(*key, algorithm, QSsl::Pem, QSsl::PrivateKey, keyPassphrase);
            if (!policy.clientKey.isNull())
                break;
        }
        if (policy.clientKey.isNull())
            return makeError(Error::Code::Parse,
                             QCoreApplication::translate(
                                 "Oxa::Environment",
                                 "%1 holds no private key that can be read (or its passphrase is "
                                 "wrong).")
                                 .arg(keyPath));
    }
    if (proxy.compare(u"none", Qt::CaseInsensitive) == 0) {
        policy.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    } else if (!proxy.isEmpty()) {
        const QUrl url(proxy);
        const QString scheme = url.scheme().toLower();
        const bool socks = scheme == u"socks5";
        if ((!socks && scheme != u"http") || url.host().isEmpty())
            return makeError(Error::Code::Parse,
                             QCoreApplication::translate("Oxa::Environment",
                                                         "The proxy %1 is not http://host:port, "
                                                         "socks5://host:port or none.")
                                 .arg(proxy));
        policy.proxy = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                     url.host(),
                                     quint16(url.port(socks ? 1080 : 8080)),
                                     url.userName(),
                                     url.password());
    }
    return policy;
}

ConfirmationPolicy Environment::effectiveConfirmation() const
{
    if (production && confirmation == ConfirmationPolicy::Risky)
        return ConfirmationPolicy::NonRead;
    return confirmation;
}

bool needsConfirmation(const Operation &operation, const Environment &environment)
{
    if (operation.risk == Risk::Response || operation.risk == Risk::Destructive)
        return true;
    switch (environment.effectiveConfirmation()) {
    case ConfirmationPolicy::Always:
        return true;
    case ConfirmationPolicy::NonRead:
        return operation.risk != Risk::Read;
    case ConfirmationPolicy::Risky:
        break;
    }
    return false;
}

EnvironmentStore::EnvironmentStore(QSettings &settings)
    : m_settings(settings)
{}

QList<Environment> EnvironmentStore::load() const
{
    QList<Environment> out;
    const int count = m_settings.beginReadArray(QStringLiteral("environments"));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        Environment e;
        e.name = m_settings.value(QStringLiteral("name")).toString();
        e.baseUrl = m_settings.value(QStringLiteral("baseUrl")).toString();
        e.production = m_settings.value(QStringLiteral("production"), false).toBool();
        e.confirmation = policyNamed(m_settings.value(QStringLiteral("confirmation")).toString());
        const QStringList headers = m_settings.value(QStringLiteral("headers")).toStringList();
        for (const QString &line : headers) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0 && !isSecretName(line.left(colon)))
                e.defaultHeaders.append(
                    {line.left(colon).toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
        }
        e.inactivityTimeoutMs
            = m_settings.value(QStringLiteral("inactivityTimeoutMs"), 30'000).toInt();
        e.totalTimeoutMs = m_settings.value(QStringLiteral("totalTimeoutMs"), 120'000).toInt();
        e.caBundle = m_settings.value(QStringLiteral("caBundle")).toString();
        e.clientCertificate = m_settings.value(QStringLiteral("clientCertificate")).toString();
        e.clientKey = m_settings.value(QStringLiteral("clientKey")).toString();
        e.proxy = m_settings.value(QStringLiteral("proxy")).toString();
        e.keyHeader = m_settings.value(QStringLiteral("keyHeader")).toString();
        e.trustedCertificates
            = m_settings.value(QStringLiteral("trustedCertificates")).toStringList();
        const QStringList keys = m_settings.value(QStringLiteral("secretKeys")).toStringList();
        for (const QString &pair : keys)
            e.secretKeys.append({pair.section(u'=', 0, 0), pair.section(u'=', 1)});
        if (!e.name.isEmpty())
            out.append(e);
    }
    m_settings.endArray();
    return out;
}

Result<void> EnvironmentStore::save(const QList<Environment> &environments)
{
    for (const Environment &e : environments) {
        for (const auto &[name, value] : e.defaultHeaders) {
            if (isSecretName(QString::fromLatin1(name)))
                return makeError(
                    Error::Code::Forbidden,
                    tr("The header %1 of %2 looks like a secret: keep it in the keychain, "
                       "not in the environment's settings.")
                        .arg(QString::fromLatin1(name), e.name));
        }
    }
    m_settings.remove(QStringLiteral("environments"));
    m_settings.beginWriteArray(QStringLiteral("environments"), int(environments.size()));
    for (int i = 0; i < environments.size(); ++i) {
        const Environment &e = environments.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), e.name);
        m_settings.setValue(QStringLiteral("baseUrl"), e.baseUrl);
        m_settings.setValue(QStringLiteral("production"), e.production);
        m_settings.setValue(QStringLiteral("confirmation"),
                            QString::fromLatin1(policyName(e.confirmation)));
        QStringList headers;
        for (const auto &[name, value] : e.defaultHeaders)
            headers << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
        m_settings.setValue(QStringLiteral("headers"), headers);
        m_settings.setValue(QStringLiteral("inactivityTimeoutMs"), e.inactivityTimeoutMs);
        m_settings.setValue(QStringLiteral("totalTimeoutMs"), e.totalTimeoutMs);
        m_settings.setValue(QStringLiteral("caBundle"), e.caBundle);
        m_settings.setValue(QStringLiteral("clientCertificate"), e.clientCertificate);
        m_settings.setValue(QStringLiteral("clientKey"), e.clientKey);
        m_settings.setValue(QStringLiteral("proxy"), e.proxy);
        m_settings.setValue(QStringLiteral("keyHeader"), e.keyHeader);
        m_settings.setValue(QStringLiteral("trustedCertificates"), e.trustedCertificates);
        QStringList keys;
        for (const auto &[scheme, key] : e.secretKeys)
            keys << scheme + u'=' + key;
        m_settings.setValue(QStringLiteral("secretKeys"), keys);
    }
    m_settings.endArray();
    m_settings.sync();
    return {};
}

} // namespace Oxa
