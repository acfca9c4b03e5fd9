// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/runrecord.h"

#include "history/auditlog.h"
#include "history/historystore.h"
#include "schema/jsonvalues.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

namespace Oxa {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonArray harHeaders(const QJsonValue &headers)
{
    QJsonArray out;
    for (const QJsonValue &pair : headers.toArray())
        out.append(QJsonObject{{QStringLiteral("name"), pair.toArray().at(0)},
                               {QStringLiteral("value"), pair.toArray().at(1)}});
    return out;
}

QString bodyText(const QJsonValue &body)
{
    return QString::fromUtf8(recordedBody(body));
}

QByteArray headerBytes(const QJsonValue &headers)
{
    return QJsonDocument(headers.toArray()).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray recordedBody(const QJsonValue &body)
{
    if (body.isString())
        return body.toString().toUtf8();
    if (body.isUndefined() || body.isNull())
        return QByteArray();
    // A scalar too (a body that is only a number) goes as its JSON text.
    return QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

HistoryRecord StepRecord::exchangeRecord(const QString &runId, const HistoryStore *history) const
{
    if (history && historyId >= 0) {
        // Only the row of this very step: a history cleared since reuses its numbers.
        std::optional<HistoryRecord> row = history->get(historyId);
        if (row && row->context.runId == runId && row->context.stepId == stepId)
            return *row;
    }
    HistoryRecord kept;
    kept.id = historyId;
    kept.started = started;
    kept.context.operationKey = target;
    kept.context.runId = runId;
    kept.context.stepId = stepId;
    kept.context.values = request.value(u"values").toObject();
    kept.method = request.value(u"method").toString();
    kept.url = request.value(u"url").toString();
    kept.status = response.value(u"status").toInt();
    kept.durationMs = durationMs;
    kept.error = response.value(u"error").toString();
    kept.requestHeaders = headerBytes(request.value(u"headers"));
    kept.requestBody = recordedBody(request.value(u"body"));
    kept.responseHeaders = headerBytes(response.value(u"headers"));
    kept.responseBody = recordedBody(response.value(u"body"));
    kept.size = kept.responseBody.size();
    return kept;
}

QJsonObject CriterionRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("condition"), condition},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("passed"), passed},
                     {QStringLiteral("observed"), observed}};
    if (!context.isEmpty())
        json.insert(QStringLiteral("context"), context);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

CriterionRecord CriterionRecord::fromJson(const QJsonObject &json)
{
    CriterionRecord record;
    record.condition = json.value(u"condition").toString();
    record.context = json.value(u"context").toString();
    record.type = json.value(u"type").toString();
    record.passed = json.value(u"passed").toBool();
    record.observed = json.value(u"observed").toArray();
    record.error = json.value(u"error").toString();
    return record;
}

QJsonObject StepRecord::toJson() const
{
    QJsonArray criteriaJson;
    for (const CriterionRecord &criterion : criteria)
        criteriaJson.append(criterion.toJson());
    QJsonObject json{{QStringLiteral("workflowId"), workflowId},
                     {QStringLiteral("stepId"), stepId},
                     {QStringLiteral("attempt"), attempt},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("criteria"), criteriaJson},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("outputs"), outputs},
                     {QStringLiteral("started"), isoTime(started)},
                     {QStringLiteral("durationMs"), durationMs},
                     {QStringLiteral("waitedMs"), waitedMs}};
    if (item >= 0)
        json.insert(QStringLiteral("item"), item);
    if (!request.isEmpty())
        json.insert(QStringLiteral("request"), request);
    if (!response.isEmpty())
        json.insert(QStringLiteral("response"), response);
    if (!actionName.isEmpty())
        json.insert(QStringLiteral("actionName"), actionName);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (historyId >= 0)
        json.insert(QStringLiteral("historyId"), historyId);
    if (!confirmed.isEmpty())
        json.insert(QStringLiteral("confirmed"), confirmed);
    return json;
}

StepRecord StepRecord::fromJson(const QJsonObject &json)
{
    StepRecord record;
    record.workflowId = json.value(u"workflowId").toString();
    record.stepId = json.value(u"stepId").toString();
    record.attempt = json.value(u"attempt").toInt(1);
    record.item = json.value(u"item").toInt(-1);
    record.status = json.value(u"status").toString();
    record.target = json.value(u"target").toString();
    record.request = json.value(u"request").toObject();
    record.response = json.value(u"response").toObject();
    for (const QJsonValue &criterion : json.value(u"criteria").toArray())
        record.criteria.append(CriterionRecord::fromJson(criterion.toObject()));
    record.action = json.value(u"action").toString();
    record.actionName = json.value(u"actionName").toString();
    record.outputs = json.value(u"outputs").toObject();
    record.started = fromIso(json.value(u"started"));
    record.durationMs = json.value(u"durationMs").toInteger();
    record.waitedMs = json.value(u"waitedMs").toInteger();
    record.error = json.value(u"error").toString();
    record.historyId = json.value(u"historyId").toInteger(-1);
    record.confirmed = json.value(u"confirmed").toString();
    return record;
}

QJsonObject RunRecord::toJson() const
{
    QJsonArray stepsJson;
    for (const StepRecord &step : steps)
        stepsJson.append(step.toJson());
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("oxa-run/1")},
                       {QStringLiteral("runId"), runId},
                       {QStringLiteral("document"), document},
                       {QStringLiteral("workflowId"), workflowId},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("outputs"), outputs},
                       {QStringLiteral("steps"), stepsJson},
                       {QStringLiteral("error"),
                        error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
                       {QStringLiteral("started"), isoTime(started)},
                       {QStringLiteral("finished"), isoTime(finished)}};
}

RunRecord RunRecord::fromJson(const QJsonObject &json)
{
    RunRecord record;
    record.runId = json.value(u"runId").toString();
    record.document = json.value(u"document").toString();
    record.workflowId = json.value(u"workflowId").toString();
    record.status = json.value(u"status").toString();
    record.inputs = json.value(u"inputs").toObject();
    record.outputs = json.value(u"outputs").toObject();
    for (const QJsonValue &step : json.value(u"steps").toArray())
        record.steps.append(StepRecord::fromJson(step.toObject()));
    record.error = json.value(u"error").toString();
    record.started = fromIso(json.value(u"started"));
    record.finished = fromIso(json.value(u"finished"));
    return record;
}

QString RunRecord::digest() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(toJson()).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString RunRecord::save(const QString &path, bool har) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(har ? toHar() : toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit())
        return file.errorString();
    return QString();
}

QString RunRecord::keep(HistoryStore *history, AuditLog *audit, const QString &environment) const
{
    const bool running = status == u"running";
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    const QString sum = digest();
    QString problem;
    if (history) {
        HistoryStore::RunEntry entry{runId,
                                     QStringLiteral("workflow"),
                                     workflowId,
                                     status,
                                     started,
                                     finished,
                                     running ? QString() : sum,
                                     json};
        if (const auto saved = history->saveRun(entry); !saved)
            problem = saved.error().message;
    }
    if (audit) {
        AuditEntry entry;
        entry.time = (running ? started : finished).toUTC();
        entry.environment = environment;
        entry.operationKey = QStringLiteral("workflow ") + workflowId;
        entry.operationId = workflowId;
        entry.method = QStringLiteral("RUN");
        entry.url = document;
        entry.outcome = running
                            ? QStringLiteral("run %1 started").arg(runId)
                            : QStringLiteral("run %1 %2, record sha256:%3").arg(runId, status, sum);
        if (const auto written = audit->append(entry); !written && problem.isEmpty())
            problem = written.error().message;
    }
    return problem;
}

QJsonObject RunRecord::toHar() const
{
    QJsonArray entries;
    for (const StepRecord &step : steps) {
        if (step.request.isEmpty())
            continue;
        const QUrl url(step.request.value(u"url").toString());
        QJsonArray query;
        for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            query.append(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
        QJsonObject request{{QStringLiteral("method"), step.request.value(u"method")},
                            {QStringLiteral("url"), url.toString()},
                            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                            {QStringLiteral("cookies"), QJsonArray()},
                            {QStringLiteral("headers"), harHeaders(step.request.value(u"headers"))},
                            {QStringLiteral("queryString"), query},
                            {QStringLiteral("headersSize"), -1},
                            {QStringLiteral("bodySize"), -1}};
        const QString sent = bodyText(step.request.value(u"body"));
        if (!sent.isEmpty()) {
            request.insert(QStringLiteral("postData"),
                           QJsonObject{{QStringLiteral("mimeType"),
                                        step.request.value(u"mediaType").toString()},
                                       {QStringLiteral("text"), sent}});
        }
        const QString received = bodyText(step.response.value(u"body"));
        QJsonObject response{{QStringLiteral("status"), step.response.value(u"status").toInt()},
                             {QStringLiteral("statusText"),
                              step.response.value(u"reason").toString()},
                             {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                             {QStringLiteral("cookies"), QJsonArray()},
                             {QStringLiteral("headers"),
                              harHeaders(step.response.value(u"headers"))},
                             {QStringLiteral("content"),
                              QJsonObject{{QStringLiteral("size"), received.toUtf8().size()},
                                          {QStringLiteral("mimeType"),
                                           step.response.value(u"mediaType").toString()},
                                          {QStringLiteral("text"), received}}},
                             {QStringLiteral("redirectURL"), QString()},
                             {QStringLiteral("headersSize"), -1},
                             {QStringLiteral("bodySize"), -1}};
        entries.append(QJsonObject{{QStringLiteral("startedDateTime"), isoTime(step.started)},
                                   {QStringLiteral("time"), double(step.durationMs)},
                                   {QStringLiteral("request"), request},
                                   {QStringLiteral("response"), response},
                                   {QStringLiteral("cache"), QJsonObject()},
                                   {QStringLiteral("timings"),
                                    QJsonObject{{QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), double(step.durationMs)},
                                                {QStringLiteral("receive"), 0}}},
                                   {QStringLiteral("comment"),
                                    QString(step.workflowId + u'/' + step.stepId)}});
    }
    return QJsonObject{
        {QStringLiteral("log"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                     {QStringLiteral("creator"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("OXA Console")},
                                  {QStringLiteral("version"), QStringLiteral(OXA_VERSION)}}},
                     {QStringLiteral("comment"),
                      QString(QStringLiteral("run ") + runId + QStringLiteral(" of ") + workflowId)},
                     {QStringLiteral("entries"), entries}}}};
}

} // namespace Oxa
