// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Oxa {

/**
 * Form values kept across sessions: one JSON file (in the application data folder), an entry
 * per document and operation, the least recently used dropped past kMaxEntries. Bounded on
 * reading (a file or an entry too large is ignored) and written atomically. What is stored is
 * what the caller gives: secrets must be taken out before. GUI thread.
 */
class FormMemory
{
public:
    static constexpr int kMaxEntries = 200;
    static constexpr qsizetype kMaxEntryBytes = 256 * 1024;
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    /** An empty path keeps nothing. */
    explicit FormMemory(QString path = QString());

    std::optional<QJsonObject> value(const QString &key);
    /** Stores the entry and writes the file; false when it could not be written. */
    bool setValue(const QString &key, const QJsonObject &values);
    void remove(const QString &key);
    const QString &path() const { return m_path; }

private:
    void load();
    bool save() const;

    QString m_path;
    bool m_loaded = false;
    QHash<QString, QJsonObject> m_entries; // each with "values" and "used"
};

} // namespace Oxa
