// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Oxa {

class AuditLog;
class HistoryStore;
struct HistoryRecord;

/** A criterion as a step saw it. */
struct CriterionRecord
{
    QString condition;
    QString context;
    QString type; ///< simple, regex, jsonpath, xpath
    bool passed = false;
    QJsonArray observed; ///< [{"expression", "value"}]
    QString error;

    QJsonObject toJson() const;
    static CriterionRecord fromJson(const QJsonObject &json);
};

/**
 * One attempt of one step (one item of an x-oxa-foreach): what was sent, with its secrets
 * masked, what came back, bounded, each criterion with what it saw, the action chosen, the
 * outputs, the wait before it and its timing.
 */
struct StepRecord
{
    QString workflowId;
    QString stepId;
    int attempt = 1;
    int item = -1;        ///< the x-oxa-foreach item, -1 for none
    QString status;       ///< succeeded, failed, skipped
    QString target;       ///< the operation ("GET /alerts/{id}") or the workflow called
    QJsonObject request;  ///< {"method", "url", "headers": [[name, value]], "body"}
    QJsonObject response; ///< {"status", "headers", "body", "truncated"}
    QList<CriterionRecord> criteria;
    QString action; ///< "next", "end", "goto:<step>", "goto-workflow:<id>", "retry", "fail"
    QString actionName;
    QJsonObject outputs;
    QDateTime started;
    qint64 durationMs = 0;
    qint64 waitedMs = 0; ///< before this attempt (retryAfter, Retry-After)
    /** What a person confirmed before the call went, as they read it; empty: none was asked. */
    QString confirmed;
    /** The exchange in the history (the inspector shows it in full); -1: not kept there. */
    qint64 historyId = -1;
    QString error;

    QJsonObject toJson() const;
    static StepRecord fromJson(const QJsonObject &json);
    /**
     * The step's exchange as the history keeps it: its row in `history` when it has it (the
     * bodies in full), else made from what the record holds (bodies up to their bound) — a run
     * exported on another machine, or forgotten since.
     */
    HistoryRecord exchangeRecord(const QString &runId, const HistoryStore *history = nullptr) const;
};

/** A body as a record holds it (JSON, or text) as the bytes that went or came. */
QByteArray recordedBody(const QJsonValue &body);

/**
 * A workflow run, as kept with the run (SQLite), exported (JSON, HAR 1.2) and digested into the
 * audit log. Its JSON is documented in docs/run-record.md.
 */
struct RunRecord
{
    QString runId;
    QString document; ///< the Arazzo document's URL
    QString workflowId;
    QString status;     ///< running, succeeded, failed, cancelled
    QJsonObject inputs; ///< secret inputs masked
    QJsonObject outputs;
    QList<StepRecord> steps;
    QString error;
    QDateTime started;
    QDateTime finished;

    QJsonObject toJson() const;
    static RunRecord fromJson(const QJsonObject &json);
    /** SHA-256 (hex) of the compact JSON: what the audit log keeps. */
    QString digest() const;
    /** The exchanges as HAR 1.2 (the steps that sent something), bodies as recorded. */
    QJsonObject toHar() const;
    /**
     * Writes the record (toJson) or its HAR (toHar) to a file, atomically: oxa-cli's --trace and
     * --har, the console's export. The problem, for people; empty when it was written.
     */
    QString save(const QString &path, bool har) const;

    /**
     * Keeps the run: its record in the history (replaced as it goes), and its start or its end,
     * with the record's digest, in the audit log's hash chain. Either may be null. The first
     * problem met, for people; empty when all went well.
     */
    QString keep(HistoryStore *history, AuditLog *audit, const QString &environment) const;
};

} // namespace Oxa
