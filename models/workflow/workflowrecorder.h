// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "request/requestvalues.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace Oxa {

class Catalog;
struct HistoryRecord;

/** One call as it was made: what a recorded workflow step is written from. */
struct RecordedCall
{
    QString operationKey; ///< "GET /alerts/{alert_id}"
    QString operationId;  ///< empty when the operation has none
    RequestValues values; ///< without secrets (the history keeps none)
    int status = 0;
    /** The answer's body as JSON (undefined when it was not JSON). */
    QJsonValue response = QJsonValue(QJsonValue::Undefined);
};

/**
 * Writes calls as an Arazzo 1.0.1 workflow, for a person to review: a step per call (its
 * operationId, or its operationPath), its parameters and body as they were sent, and a
 * success criterion on the status it got. A value that an earlier answer held (a host, an
 * alert id, an address) becomes an output of that step and an expression pointing at it, so
 * that the workflow carries values from one call to the next instead of repeating them. Only
 * values worth following are matched (strings of three characters or more, numbers beyond
 * ±9); the nearest earlier answer wins, its shallowest place first.
 */
class WorkflowRecorder
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRecorder)

public:
    struct Source
    {
        QString name; ///< the source description's name ("demo")
        QString url;  ///< as the workflow file should say it (relative to it, or a URL)
    };

    /** The Arazzo document, as JSON (its keys in Arazzo's order once written by yaml()). */
    static QJsonObject document(const QList<RecordedCall> &calls,
                                const Source &source,
                                const QString &workflowId,
                                const QString &summary);
    /** Only the workflow object (for a collection that gains one). */
    static QJsonObject workflow(const QList<RecordedCall> &calls,
                                const QString &sourceName,
                                const QString &workflowId,
                                const QString &summary);
    /** YAML text with the keys in the order the Arazzo specification lists them. */
    static QByteArray yaml(const QJsonValue &value, int indent = 0);
    /** A workflowId or stepId from any words ("Triage alert 42" → "triageAlert42"). */
    static QString identifier(const QString &words, const QString &fallback);

    /** An exchange of the history as a call; its operationId from `catalog` when it has it. */
    static RecordedCall fromHistory(const HistoryRecord &record, const Catalog *catalog);
    /**
     * The source a workflow written at `workflowPath` names for `catalog`'s description: a
     * name from its title, and its file relative to the workflow's folder (or its URL).
     */
    static Source sourceFor(const Catalog &catalog, const QString &workflowPath);
    /**
     * Writes `calls` as a workflow file at `path`, atomically: a new Arazzo document, or one
     * more workflow in the collection already there (its text kept as it is, the workflow
     * inserted after the last one, with an id of its own). The problem, for people; empty when
     * written. `workflowId` is made unique in the collection; the one used is returned in it.
     */
    static QString save(const QString &path,
                        const QList<RecordedCall> &calls,
                        const Catalog &catalog,
                        QString &workflowId,
                        const QString &summary);

    /**
     * The calls of a HAR 1.2 log (a browser's, another runner's) that reach an operation of
     * `catalog`: method and path matched against its templates, whatever base path the URLs
     * have; query, path and declared header parameters and the body read back as values,
     * credentials left out. Entries that match nothing are counted in `skipped`.
     */
    static QList<RecordedCall> fromHar(const QJsonObject &har,
                                       const std::shared_ptr<const Catalog> &catalog,
                                       int *skipped = nullptr);
};

} // namespace Oxa
