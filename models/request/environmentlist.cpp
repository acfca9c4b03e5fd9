// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "environmentlist.h"

#include "document/specloader.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace Oxa {

namespace {

const QString kCurrentKey = QStringLiteral("environment/current"); ///< before documents chose
const QString kByDocumentKey = QStringLiteral("environment/documents");
const QString kServersKey = QStringLiteral("environment/documentServers");
const QString kAcknowledgedKey = QStringLiteral("environment/acknowledged");

/** A server or base URL compared as scheme, host, port and path, without a trailing slash. */
QString comparable(const QString &url)
{
    const QUrl u(url.trimmed());
    if (!u.isValid() || u.host().isEmpty())
        return QString();
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return u.scheme().toLower() + QStringLiteral("://") + u.host().toLower() + u':'
           + QString::number(u.port(u.scheme() == u"https" ? 443 : 80)) + path;
}
constexpr qsizetype kMaxDocuments = 200;

} // namespace

EnvironmentList::EnvironmentList(QObject *parent)
    : QObject(parent)
{}

void EnvironmentList::load()
{
    QSettings settings;
    m_environments = EnvironmentStore(settings).load();
    m_byDocument = settings.value(kByDocumentKey).toMap();
    m_servers = settings.value(kServersKey).toMap();
    m_acknowledged = settings.value(kAcknowledgedKey).toStringList();
    // The environment is the document's: none until a document says which.
    settings.remove(kCurrentKey);
    const QString current = m_byDocument.value(m_document).toString();
    m_chosen = !m_document.isEmpty() && m_byDocument.contains(m_document)
               && (current.isEmpty() || knows(current));
    m_current = m_chosen ? current : QString();
    Q_EMIT changed();
    Q_EMIT currentChanged(this->current());
}

bool EnvironmentList::knows(const QString &name) const
{
    return std::any_of(m_environments.begin(), m_environments.end(), [&](const Environment &e) {
        return e.name == name;
    });
}

Environment EnvironmentList::current() const
{
    for (const Environment &e : m_environments) {
        if (e.name == m_current)
            return e;
    }
    return Environment();
}

Result<void> EnvironmentList::set(const QList<Environment> &environments, const QString &current)
{
    QSettings settings;
    if (auto saved = EnvironmentStore(settings).save(environments); !saved)
        return saved;
    m_environments = environments;
    const QString before = m_current;
    m_current = knows(current) ? current : QString();
    // A choice for the open document only when one is made (editing the profiles is none).
    if (!m_document.isEmpty() && (m_chosen || m_current != before)) {
        remember(m_document, m_current);
        m_chosen = true;
    }
    Q_EMIT changed();
    Q_EMIT currentChanged(this->current());
    return {};
}

bool EnvironmentList::select(const QString &name)
{
    if (!name.isEmpty() && !knows(name))
        return false;
    if (!m_document.isEmpty())
        remember(m_document, name);
    const bool wasChosen = m_chosen;
    m_chosen = !m_document.isEmpty();
    if (name != m_current || wasChosen != m_chosen) {
        m_current = name;
        Q_EMIT currentChanged(current());
    }
    return true;
}

void EnvironmentList::remember(const QString &location, const QString &name)
{
    if (location.isEmpty())
        return;
    m_byDocument.insert(location, name);
    // Bounded: the oldest entries go first (QVariantMap keeps no order: any goes).
    while (m_byDocument.size() > kMaxDocuments)
        m_byDocument.erase(m_byDocument.begin());
    QSettings().setValue(kByDocumentKey, m_byDocument);
}

void EnvironmentList::chooseFor(const QString &location, const QString &name)
{
    remember(location, name);
    if (location == m_document)
        select(name);
}

void EnvironmentList::setDocument(const QString &location, const QStringList &servers)
{
    m_document = location;
    if (!location.isEmpty() && !servers.isEmpty()
        && m_servers.value(location).toStringList() != servers) {
        m_servers.insert(location, servers);
        while (m_servers.size() > kMaxDocuments)
            m_servers.erase(m_servers.begin());
        QSettings().setValue(kServersKey, m_servers);
    }
    const QString remembered = m_byDocument.value(location).toString();
    m_chosen = !location.isEmpty() && m_byDocument.contains(location)
               && (remembered.isEmpty() || knows(remembered));
    m_current = m_chosen ? remembered : QString();
    Q_EMIT currentChanged(current());
}

QString EnvironmentList::servedDocument(const Environment &environment) const
{
    const QString base = comparable(environment.baseUrl);
    if (base.isEmpty() || m_document.isEmpty())
        return QString();
    const auto serves = [&](const QString &location) {
        for (const QString &server : m_servers.value(location).toStringList()) {
            const QString known = comparable(server);
            if (!known.isEmpty() && (base == known || base.startsWith(known + u'/')))
                return true;
        }
        return false;
    };
    if (serves(m_document))
        return QString();
    const auto named = [](const QString &location) {
        return QFileInfo(SpecLoader::urlFromLocation(location).path()).fileName();
    };
    for (auto it = m_servers.begin(); it != m_servers.end(); ++it) {
        if (it.key() != m_document && serves(it.key()))
            return named(it.key());
    }
    // Its address may not be the one the other document declares (the demo on another port
    // when its own is taken): chosen for another document is enough.
    for (auto it = m_byDocument.begin(); it != m_byDocument.end(); ++it) {
        if (it.key() != m_document && it.value().toString() == environment.name)
            return named(it.key());
    }
    return QString();
}

QString EnvironmentList::warning() const
{
    const Environment environment = current();
    if (m_acknowledged.contains(m_document + u'\n' + environment.name))
        return QString();
    const QString other = servedDocument(environment);
    if (other.isEmpty())
        return QString();
    return tr("%1 (%2) is the server of %3, not of this document.")
        .arg(environment.name, environment.baseUrl, other);
}

void EnvironmentList::acknowledge()
{
    const QString pair = m_document + u'\n' + current().name;
    if (m_document.isEmpty() || m_acknowledged.contains(pair))
        return;
    m_acknowledged.prepend(pair);
    m_acknowledged = m_acknowledged.mid(0, int(kMaxDocuments));
    QSettings().setValue(kAcknowledgedKey, m_acknowledged);
}

} // namespace Oxa
