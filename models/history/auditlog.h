// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// history/ keeps what happened: the exchanges (history) and the audit log of every call that
// changes something.

#include "core/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Oxa {

/** One audited call, as written (secrets already removed by the caller). */
struct AuditEntry
{
    QDateTime time; ///< UTC
    QString environment;
    QString operationKey;
    QString operationId;
    QString risk;
    QString method;
    QString url;
    int status = 0;
    QString outcome; ///< "sent", "refused by the user", an error…
};

/** What verify() found. */
struct AuditVerification
{
    qsizetype entries = 0;       ///< entries whose chain holds
    qsizetype firstBroken = -1;  ///< 1-based line of the first entry that does not, or -1
    bool incompleteTail = false; ///< the last line was cut (a crash while writing)
    QString problem;             ///< translated, empty when everything holds
    bool ok() const { return firstBroken < 0; }
};

/**
 * The audit log: one JSON object per line (JSON Lines), append-only, each entry carrying the
 * SHA-256 of the previous one, so that an edited, inserted or deleted entry breaks the chain
 * from there on. Each append is flushed and synced to disk before it returns. A line cut by a
 * crash is left alone and reported, and the next append starts on a new line chained to the
 * last complete entry. Exports as JSON Lines (the file itself) and CSV.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QString path);

    /** Appends an entry; an Error when the file cannot be written. */
    Result<void> append(const AuditEntry &entry);
    /** Checks the whole chain of a log file. */
    static AuditVerification verify(const QString &path);
    /** The entries as CSV (RFC 4180, UTF-8, a header line). */
    static Result<QByteArray> toCsv(const QString &path);
    const QString &path() const { return m_path; }
    /** Where the console keeps its audit log: the shared data folder's oxa-console/audit.jsonl. */
    static QString defaultPath();

private:
    QString m_path;
};

} // namespace Oxa
