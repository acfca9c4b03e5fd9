// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "historystore.h"

#include "core/application.h"
#include "core/logging.h"
#include "core/secrets.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Oxa {

namespace {

QByteArray headersJson(const QList<QPair<QByteArray, QByteArray>> &headers,
                       const QList<QByteArray> &secrets)
{
    QJsonArray out;
    for (const auto &[name, value] : maskedHeaders(headers, secrets))
        out.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QByteArray &json)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QJsonValue &pair : QJsonDocument::fromJson(json).array()) {
        const QJsonArray a = pair.toArray();
        out.append({a.at(0).toString().toLatin1(), a.at(1).toString().toUtf8()});
    }
    return out;
}

} // namespace

Exchange HistoryRecord::exchange() const
{
    Exchange e;
    e.method = method.toLatin1();
    e.url = QUrl::fromEncoded(url.toUtf8());
    e.requestHeaders = headersFromJson(requestHeaders);
    e.status = status;
    e.responseHeaders = headersFromJson(responseHeaders);
    e.body = responseBody;
    e.bodySize = size;
    e.truncated = size > responseBody.size();
    e.firstByteMs = firstByteMs;
    e.totalMs = durationMs;
    if (!error.isEmpty())
        e.error = Error{Error::Code::Network, error, {}, -1, 0, 0, DiagnosticCode::ReadFailed};
    return e;
}

QString HistoryStore::defaultPath()
{
    return Application::dataFolder() + QStringLiteral("/history.sqlite");
}

HistoryStore::HistoryStore(const QString &path)
    : m_connection(QStringLiteral("oxa-history-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_problem = tr("Cannot open the history %1: %2").arg(path, db.lastError().text());
        return;
    }
    QSqlQuery q(db);
    // A write-ahead log: a crash loses at most the transaction in progress, never the file.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_problem = tr("Cannot prepare the history %1: %2").arg(path, q.lastError().text());
            return;
        }
    }
    m_problem = migrate(db, path);
    if (!m_problem.isEmpty())
        qCWarning(lcHistory, "%s", qUtf8Printable(m_problem));
}

namespace {

/**
 * The schema's versions, each the statements that bring the one before to it; PRAGMA
 * user_version says which a file has. Files written before the versions were counted say 0,
 * with or without the table and its request_values column: the first steps accept both.
 */
struct Migration
{
    int version;
    /** Statements; one starting with "?column " adds that column unless it is there. */
    QList<const char *> statements;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         {"CREATE TABLE IF NOT EXISTS exchanges ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, environment TEXT,"
          " operation_key TEXT, operation_id TEXT, capability TEXT, risk TEXT, method TEXT,"
          " url TEXT, status INTEGER, duration_ms INTEGER, first_byte_ms INTEGER, size INTEGER,"
          " error TEXT, request_headers BLOB, request_body BLOB, response_headers BLOB,"
          " response_body BLOB)",
          "CREATE INDEX IF NOT EXISTS exchanges_started ON exchanges(started)"}},
        {2, {"?column request_values BLOB"}},
        // Room for the runs of workflows and batches: which run, which step of it.
        {3,
         {"?column run_id TEXT",
          "?column step_id TEXT",
          "CREATE INDEX IF NOT EXISTS exchanges_run ON exchanges(run_id)"}},
        // The runs themselves: a workflow's or a batch's record, beside its exchanges.
        {4,
         {"CREATE TABLE IF NOT EXISTS runs ("
          " run_id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT, status TEXT, started TEXT,"
          " finished TEXT, digest TEXT, record BLOB)",
          "CREATE INDEX IF NOT EXISTS runs_started ON runs(started)"}},
    };
    return list;
}

bool hasColumn(QSqlQuery &q, const QString &name)
{
    bool found = false;
    if (q.exec(QStringLiteral("PRAGMA table_info(exchanges)"))) {
        while (q.next())
            found = found || q.value(1).toString() == name;
    }
    return found;
}

} // namespace

int HistoryStore::schemaVersion()
{
    return migrations().back().version;
}

QString HistoryStore::migrate(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    int version = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    if (version > schemaVersion())
        return tr("The history %1 was written by a newer OXA Console (version %2 of its format; "
                  "this one reads up to %3). It is left as it is, and nothing is recorded.")
            .arg(path)
            .arg(version)
            .arg(schemaVersion());
    for (const Migration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        // One step, whole or not at all.
        if (!db.transaction())
            return tr("Cannot prepare the history %1: %2").arg(path, db.lastError().text());
        QString failed;
        for (const char *statement : migration.statements) {
            QString sql = QString::fromLatin1(statement);
            if (sql.startsWith(u"?column ")) {
                const QString column = sql.mid(8);
                if (hasColumn(q, column.section(u' ', 0, 0)))
                    continue;
                sql = QStringLiteral("ALTER TABLE exchanges ADD COLUMN ") + column;
            }
            if (!q.exec(sql)) {
                failed = q.lastError().text();
                break;
            }
        }
        if (failed.isEmpty()
            && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            failed = q.lastError().text();
        if (!failed.isEmpty()) {
            db.rollback();
            return tr("Cannot prepare the history %1: %2").arg(path, failed);
        }
        if (!db.commit())
            return tr("Cannot prepare the history %1: %2").arg(path, db.lastError().text());
        qCInfo(lcHistory, "%s: format %d", qUtf8Printable(path), migration.version);
    }
    return QString();
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<qint64> HistoryStore::record(const Exchange &exchange,
                                    const BuiltRequest &request,
                                    const HistoryContext &context,
                                    const QList<QByteArray> &secrets)
{
    if (!m_problem.isEmpty())
        return makeError(Error::Code::Io, m_problem);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO exchanges (started, environment, operation_key, "
                       "operation_id, capability, risk,"
                       " method, url, status, duration_ms, first_byte_ms, size, error, "
                       "request_headers, request_body,"
                       " response_headers, response_body, request_values, run_id, step_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime started = QDateTime::currentDateTimeUtc().addMSecs(-exchange.totalMs);
    q.addBindValue(started.toString(Qt::ISODateWithMs));
    q.addBindValue(context.environment);
    q.addBindValue(context.operationKey);
    q.addBindValue(context.operationId);
    q.addBindValue(context.capability);
    q.addBindValue(context.risk);
    q.addBindValue(QString::fromLatin1(exchange.method));
    q.addBindValue(
        QString::fromUtf8(maskSecrets(exchange.url.toEncoded(QUrl::RemoveUserInfo), secrets)));
    q.addBindValue(exchange.status);
    q.addBindValue(exchange.totalMs);
    q.addBindValue(exchange.firstByteMs);
    q.addBindValue(exchange.bodySize);
    q.addBindValue(exchange.error
                       ? QString::fromUtf8(maskSecrets(exchange.error->message.toUtf8(), secrets))
                       : QString());
    q.addBindValue(headersJson(exchange.requestHeaders, secrets));
    q.addBindValue(maskSecrets(request.body.left(kMaxStoredBody), secrets));
    q.addBindValue(headersJson(exchange.responseHeaders, secrets));
    q.addBindValue(maskSecrets(exchange.body.left(kMaxStoredBody), secrets));
    q.addBindValue(
        context.values.isEmpty()
            ? QByteArray()
            : maskSecrets(QJsonDocument(context.values).toJson(QJsonDocument::Compact), secrets));
    q.addBindValue(context.runId.isEmpty() ? QVariant() : QVariant(context.runId));
    q.addBindValue(context.stepId.isEmpty() ? QVariant() : QVariant(context.stepId));
    if (!q.exec())
        return makeError(Error::Code::Io,
                         tr("Cannot write the history: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Result<void> HistoryStore::saveRun(const RunEntry &run)
{
    if (!m_problem.isEmpty())
        return makeError(Error::Code::Io, m_problem);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO runs (run_id, kind, name, status, started, finished,"
                       " digest, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.runId);
    q.addBindValue(run.kind);
    q.addBindValue(run.name);
    q.addBindValue(run.status);
    q.addBindValue(run.started.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(run.finished.isValid() ? run.finished.toUTC().toString(Qt::ISODateWithMs)
                                          : QString());
    q.addBindValue(run.digest);
    q.addBindValue(run.record);
    if (!q.exec())
        return makeError(Error::Code::Io,
                         tr("Cannot write the history: %1").arg(q.lastError().text()));
    return {};
}

namespace {

/** A run's columns in the order the queries select them; the record when it was selected. */
HistoryStore::RunEntry runEntryFrom(const QSqlQuery &q, bool withRecord)
{
    HistoryStore::RunEntry entry;
    entry.runId = q.value(0).toString();
    entry.kind = q.value(1).toString();
    entry.name = q.value(2).toString();
    entry.status = q.value(3).toString();
    entry.started = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    entry.finished = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    entry.digest = q.value(6).toString();
    if (withRecord)
        entry.record = q.value(7).toByteArray();
    return entry;
}

} // namespace

QList<HistoryStore::RunEntry> HistoryStore::runs(const QString &kind,
                                                 const QString &name,
                                                 int limit) const
{
    QList<RunEntry> out;
    if (!m_problem.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT run_id, kind, name, status, started, finished, digest"
                             " FROM runs WHERE kind = ? AND name = ? ORDER BY started DESC"
                             " LIMIT ?"));
    q.addBindValue(kind);
    q.addBindValue(name);
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(runEntryFrom(q, false));
    return out;
}

std::optional<HistoryStore::RunEntry> HistoryStore::run(const QString &runId) const
{
    if (!m_problem.isEmpty())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT run_id, kind, name, status, started, finished, digest, record"
                             " FROM runs WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runEntryFrom(q, true);
}

namespace {

HistoryRecord recordFrom(const QSqlQuery &q)
{
    HistoryRecord r;
    r.id = q.value(0).toLongLong();
    r.started = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.context.environment = q.value(2).toString();
    r.context.operationKey = q.value(3).toString();
    r.context.operationId = q.value(4).toString();
    r.context.capability = q.value(5).toString();
    r.context.risk = q.value(6).toString();
    r.method = q.value(7).toString();
    r.url = q.value(8).toString();
    r.status = q.value(9).toInt();
    r.durationMs = q.value(10).toLongLong();
    r.firstByteMs = q.value(11).toLongLong();
    r.size = q.value(12).toLongLong();
    r.error = q.value(13).toString();
    r.requestHeaders = q.value(14).toByteArray();
    r.requestBody = q.value(15).toByteArray();
    r.responseHeaders = q.value(16).toByteArray();
    r.responseBody = q.value(17).toByteArray();
    r.context.values = QJsonDocument::fromJson(q.value(18).toByteArray()).object();
    r.context.runId = q.value(19).toString();
    r.context.stepId = q.value(20).toString();
    return r;
}

const char *const kColumns
    = "id, started, environment, operation_key, operation_id, capability, risk, method,"
      " url, status, duration_ms, first_byte_ms, size, error, request_headers,"
      " request_body, response_headers, response_body, request_values, run_id, step_id";

} // namespace

QList<HistoryRecord> HistoryStore::search(const HistoryQuery &query) const
{
    QList<HistoryRecord> out;
    if (!m_problem.isEmpty())
        return out;
    QStringList where;
    QVariantList values;
    if (!query.text.isEmpty()) {
        QString pattern = query.text;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        where << QStringLiteral("(url LIKE ? ESCAPE '\\' OR operation_key LIKE ? ESCAPE '\\'"
                                " OR operation_id LIKE ? ESCAPE '\\' OR environment LIKE ? ESCAPE"
                                " '\\')");
        values << pattern << pattern << pattern << pattern;
    }
    if (!query.environment.isEmpty()) {
        where << QStringLiteral("environment = ?");
        values << query.environment;
    }
    if (!query.risk.isEmpty()) {
        where << QStringLiteral("risk = ?");
        values << query.risk;
    }
    if (query.statusClass < 0) {
        where << QStringLiteral("status = 0");
    } else if (query.statusClass > 0) {
        where << QStringLiteral("status >= ? AND status < ?");
        values << query.statusClass * 100 << query.statusClass * 100 + 100;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM exchanges %2 ORDER BY id DESC LIMIT ?")
                  .arg(QString::fromLatin1(kColumns),
                       where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(query.limit);
    if (q.exec()) {
        while (q.next())
            out.append(recordFrom(q));
    }
    return out;
}

QList<HistoryRecord> HistoryStore::ofRun(const QString &runId) const
{
    QList<HistoryRecord> out;
    if (!m_problem.isEmpty() || runId.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM exchanges WHERE run_id = ? ORDER BY id")
                  .arg(QString::fromLatin1(kColumns)));
    q.addBindValue(runId);
    if (q.exec()) {
        while (q.next())
            out.append(recordFrom(q));
    }
    return out;
}

QStringList HistoryStore::environments() const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT DISTINCT environment FROM exchanges WHERE environment <> ''"
                              " ORDER BY environment"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

std::optional<HistoryRecord> HistoryStore::get(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT %1 FROM exchanges WHERE id = ?").arg(QString::fromLatin1(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

qint64 HistoryStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM exchanges")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Result<void> HistoryStore::clear()
{
    if (!m_problem.isEmpty())
        return makeError(Error::Code::Io, m_problem);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // Deleted pages are overwritten, then the file shrinks: nothing of them stays on disk.
    for (const char *statement : {"PRAGMA secure_delete=ON",
                                  "DELETE FROM exchanges",
                                  "PRAGMA wal_checkpoint(TRUNCATE)",
                                  "VACUUM"}) {
        if (!q.exec(QString::fromLatin1(statement)))
            return makeError(Error::Code::Io,
                             tr("Cannot clear the history: %1").arg(q.lastError().text()));
    }
    return {};
}

QString HistoryStore::integrity() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace Oxa
