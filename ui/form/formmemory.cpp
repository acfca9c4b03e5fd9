// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "formmemory.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace Oxa {

FormMemory::FormMemory(QString path)
    : m_path(std::move(path))
{}

void FormMemory::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(m_path);
    if (m_path.isEmpty() || file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject entries = all.value(QStringLiteral("entries")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it.value().isObject())
            m_entries.insert(it.key(), it.value().toObject());
    }
}

bool FormMemory::save() const
{
    if (m_path.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject entries;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        entries.insert(it.key(), it.value());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                         {QStringLiteral("entries"), entries}})
                   .toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<QJsonObject> FormMemory::value(const QString &key)
{
    load();
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->value(QStringLiteral("values")).toObject();
}

bool FormMemory::setValue(const QString &key, const QJsonObject &values)
{
    if (m_path.isEmpty())
        return false;
    load();
    if (QJsonDocument(values).toJson(QJsonDocument::Compact).size() > kMaxEntryBytes) {
        m_entries.remove(key); // too large to keep: an older entry would be misleading
        return save();
    }
    m_entries.insert(key,
                     QJsonObject{{QStringLiteral("values"), values},
                                 {QStringLiteral("used"), QDateTime::currentMSecsSinceEpoch()}});
    if (m_entries.size() > kMaxEntries) {
        // The least recently used go first.
        QList<QPair<qint64, QString>> byUse;
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            byUse.append({qint64(it->value(QStringLiteral("used")).toDouble()), it.key()});
        std::sort(byUse.begin(), byUse.end());
        for (qsizetype i = 0; i < byUse.size() - kMaxEntries; ++i)
            m_entries.remove(byUse.at(i).second);
    }
    return save();
}

void FormMemory::remove(const QString &key)
{
    load();
    if (m_entries.remove(key) > 0)
        save();
}

} // namespace Oxa
