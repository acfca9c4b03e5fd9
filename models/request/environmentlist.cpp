// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "environmentlist.h"

#include <QSettings>

#include <algorithm>

namespace Oxa {

namespace {

const QString kCurrentKey = QStringLiteral("environment/current");

} // namespace

EnvironmentList::EnvironmentList(QObject *parent)
    : QObject(parent)
{}

void EnvironmentList::load()
{
    QSettings settings;
    m_environments = EnvironmentStore(settings).load();
    const QString current = settings.value(kCurrentKey).toString();
    m_current = knows(current) ? current : QString();
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
    m_current = knows(current) ? current : QString();
    settings.setValue(kCurrentKey, m_current);
    Q_EMIT changed();
    Q_EMIT currentChanged(this->current());
    return {};
}

bool EnvironmentList::select(const QString &name)
{
    if (!name.isEmpty() && !knows(name))
        return false;
    if (name != m_current) {
        m_current = name;
        QSettings().setValue(kCurrentKey, m_current);
        Q_EMIT currentChanged(current());
    }
    return true;
}

} // namespace Oxa
