// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "auditlog.h"

#include "core/application.h"
#include "core/jsonwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <unistd.h>

namespace Oxa {

namespace {

const QByteArray kHashMarker = R"(, "hash": ")";

/** The hash a line claims, and the text it covers; false when the line has no hash. */
bool splitLine(const QByteArray &line, QByteArray *covered, QByteArray *claimed)
{
    const qsizetype at = line.lastIndexOf(kHashMarker);
    if (at < 0 || !line.endsWith("\"}"))
        return false;
    *covered = line.left(at);
    *claimed = line.mid(at + kHashMarker.size(), line.size() - at - kHashMarker.size() - 2);
    return true;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        utf8 = '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

} // namespace

QString AuditLog::defaultPath()
{
    return Application::dataFolder() + QStringLiteral("/audit.jsonl");
}

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{}

Result<void> AuditLog::append(const AuditEntry &entry)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return makeError(Error::Code::Io,
                         tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString()));
    // The last complete entry gives the sequence number and the hash to chain to; a line cut
    // by a crash (no final newline) never completed and is removed.
    const QByteArray all = file.readAll();
    qsizetype end = all.size();
    if (!all.isEmpty() && !all.endsWith('\n')) {
        end = all.lastIndexOf('\n') + 1;
        if (!file.resize(end))
            return makeError(Error::Code::Io,
                             tr("Cannot repair the audit log %1: %2")
                                 .arg(m_path, file.errorString()));
    }
    QByteArray previousHash = QByteArray(64, '0');
    qint64 seq = 1;
    if (end > 0) {
        const qsizetype start = all.lastIndexOf('\n', end - 2) + 1;
        const QByteArray last = all.mid(start, end - 1 - start);
        QByteArray covered;
        QByteArray claimed;
        if (splitLine(last, &covered, &claimed)) {
            previousHash = claimed;
            seq = QJsonDocument::fromJson(last).object().value(QStringLiteral("seq")).toInteger()
                  + 1;
        }
    }
    JsonWriter writer;
    writer.beginObject();
    const auto text = [&writer](const char *key, const QString &value) {
        writer.key(std::string_view(key));
        writer.value(value);
    };
    writer.key(std::string_view("seq"));
    writer.value(seq);
    text("time", entry.time.toUTC().toString(Qt::ISODateWithMs));
    text("environment", entry.environment);
    text("operation", entry.operationKey);
    text("operationId", entry.operationId);
    text("risk", entry.risk);
    text("method", entry.method);
    text("url", entry.url);
    writer.key(std::string_view("status"));
    writer.value(entry.status);
    text("outcome", entry.outcome);
    text("prev", QString::fromLatin1(previousHash));
    writer.endObject();
    QByteArray covered = writer.finish().trimmed();
    covered.chop(1); // the closing brace: the hash comes before it
    const QByteArray line = covered + kHashMarker + sha256(covered) + "\"}\n";
    if (!file.seek(end) || file.write(line) != line.size() || !file.flush())
        return makeError(Error::Code::Io,
                         tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString()));
    ::fsync(file.handle()); // on disk before the call is reported done
    return {};
}

AuditVerification AuditLog::verify(const QString &path)
{
    AuditVerification result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.firstBroken = 0;
        result.problem = tr("Cannot read the audit log %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray all = file.readAll();
    QList<QByteArray> lines = all.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    else if (!lines.isEmpty()) {
        lines.removeLast(); // cut by a crash: never completed, never chained
        result.incompleteTail = true;
    }
    QByteArray previous = QByteArray(64, '0');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray covered;
        QByteArray claimed;
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
        const bool shaped = splitLine(lines.at(i), &covered, &claimed);
        const QString why = !shaped || object.isEmpty()  ? tr("it is not an audit entry")
                            : sha256(covered) != claimed ? tr("its content does not match its hash")
                            : object.value(QStringLiteral("prev")).toString().toLatin1() != previous
                                ? tr("the entry before it is missing or changed")
                            : object.value(QStringLiteral("seq")).toInteger() != i + 1
                                ? tr("its number is out of sequence")
                                : QString();
        if (!why.isEmpty()) {
            result.firstBroken = i + 1;
            result.problem = tr("Line %1 of %2 breaks the chain: %3.").arg(i + 1).arg(path, why);
            return result;
        }
        previous = claimed;
        ++result.entries;
    }
    return result;
}

Result<QByteArray> AuditLog::toCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         tr("Cannot read the audit log %1: %2").arg(path, file.errorString()));
    static const char *const columns[] = {"seq",
                                          "time",
                                          "environment",
                                          "operation",
                                          "operationId",
                                          "risk",
                                          "method",
                                          "url",
                                          "status",
                                          "outcome",
                                          "prev",
                                          "hash"};
    QByteArray out;
    for (const char *column : columns)
        out += QByteArray(column) + (column == columns[std::size(columns) - 1] ? "\r\n" : ",");
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue;
        QList<QByteArray> fields;
        for (const char *column : columns) {
            const QJsonValue v = object.value(QString::fromLatin1(column));
            fields << csvField(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
        }
        out += fields.join(',') + "\r\n";
    }
    return out;
}

} // namespace Oxa
