// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "request/apiclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Oxa {

/** What an exchange was for: kept beside it in the history. */
struct HistoryContext
{
    QString environment;
    QString operationKey;
    QString operationId;
    QString capability;
    QString risk;
    /** The form's values without secrets (RequestValues::toJson()), to open or run again. */
    QJsonObject values;
    /** The run of a workflow or a batch this exchange belongs to, and its step; empty: none. */
    QString runId;
    QString stepId;
};

/** Which exchanges search() returns. */
struct HistoryQuery
{
    /** Matched in the URL, operation key and id, and environment (empty: all). */
    QString text;
    QString environment; ///< exactly this one (empty: all)
    QString risk;        ///< "read", "response"… (empty: all)
    /** 2, 3, 4, 5: that status class; -1: no answer (transport errors); 0: all. */
    int statusClass = 0;
    int limit = 500;
};

/** One exchange as the history keeps it: secrets already replaced by "••••". */
struct HistoryRecord
{
    qint64 id = 0;
    QDateTime started;
    HistoryContext context;
    QString method;
    QString url;
    int status = 0;
    qint64 durationMs = 0;
    qint64 firstByteMs = -1;
    qint64 size = 0;
    QString error;
    QByteArray requestHeaders;  ///< JSON array of [name, value]
    QByteArray requestBody;     ///< the first kMaxStoredBody bytes
    QByteArray responseHeaders; ///< JSON array of [name, value]
    QByteArray responseBody;    ///< the first kMaxStoredBody bytes

    /** The exchange as kept (secrets masked): for the inspector and the check of the body. */
    Exchange exchange() const;
};

/**
 * Every exchange, in SQLite (write-ahead log, synchronous commits) in the application data
 * folder: request and response with their secrets redacted, environment, operation, capability,
 * risk, times, status and size. Redaction replaces the values of credential headers
 * (Authorization, Cookie, API keys…) and every occurrence of the secrets given, raw,
 * percent-encoded or in base64, before anything is written. The thread it was made in.
 */
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr qsizetype kMaxStoredBody = 1024 * 1024;

    explicit HistoryStore(const QString &path);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /** Empty when the database opened; otherwise why not. */
    const QString &problem() const { return m_problem; }

    Result<qint64> record(const Exchange &exchange,
                          const BuiltRequest &request,
                          const HistoryContext &context,
                          const QList<QByteArray> &secrets);
    /** The newest first. */
    QList<HistoryRecord> search(const HistoryQuery &query) const;
    /** The exchanges of one run (a workflow's, a batch's), in the order they were made. */
    QList<HistoryRecord> ofRun(const QString &runId) const;

    /** A run (a workflow's, a batch's) kept beside its exchanges: its record, as JSON. */
    struct RunEntry
    {
        QString runId;
        QString kind; ///< "workflow", "batch"
        QString name; ///< the workflowId, the batch's operation
        QString status;
        QDateTime started;
        QDateTime finished;
        QString digest; ///< SHA-256 of the record, as the audit log has it
        QByteArray record;
    };
    /** Writes a run, or replaces it (a run's record is saved as it goes and at its end). */
    Result<void> saveRun(const RunEntry &run);
    std::optional<RunEntry> run(const QString &runId) const;
    /** The runs of one kind and name (a workflow's id), newest first, without their records. */
    QList<RunEntry> runs(const QString &kind, const QString &name, int limit = 50) const;
    /** The environments that appear in the history, sorted. */
    QStringList environments() const;
    std::optional<HistoryRecord> get(qint64 id) const;
    qint64 count() const;
    /** Forgets every exchange (and reclaims the space); an Error when it cannot. */
    Result<void> clear();
    /** SQLite's own check of the file ("ok" when sound). */
    QString integrity() const;

    static QString defaultPath();
    /**
     * The version of the file's format this build writes (PRAGMA user_version). Older files
     * are brought to it when opened, one step at a time, each in a transaction; a newer one is
     * left alone and nothing is recorded in it.
     */
    static int schemaVersion();

private:
    static QString migrate(QSqlDatabase &db, const QString &path);

    QString m_connection;
    QString m_problem;
};

} // namespace Oxa
