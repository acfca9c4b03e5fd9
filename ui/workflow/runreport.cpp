// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "runreport.h"

#include "appearance.h"
#include "call/exchangereport.h"
#include "call/responsebody.h"
#include "history/historystore.h"
#include "results/resulttable.h"
#include "schema/jsonvalues.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Oxa {

namespace {

/** Characters of a value in the report. */
constexpr qsizetype kValue = 160;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString valuesTable(const QJsonObject &values)
{
    QString html = reportTableTag();
    for (auto it = values.begin(); it != values.end(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(esc(it.key()), esc(valueText(it.value(), kValue)));
    return html + QStringLiteral("</table>");
}

QString statusWord(const QString &status)
{
    if (status == u"succeeded")
        return RunReport::tr("succeeded");
    if (status == u"failed")
        return RunReport::tr("failed");
    if (status == u"cancelled")
        return RunReport::tr("cancelled");
    if (status == u"running")
        return RunReport::tr("running");
    return status;
}

QString actionWords(const StepRecord &step)
{
    return step.actionName.isEmpty() ? step.action
                                     : RunReport::tr("%1 (%2)").arg(step.action, step.actionName);
}

/** The answer's records as the inspector's table has them, or nothing when it has none. */
QString answerHtml(const StepRecord &step, const QString &runId, HistoryStore *history)
{
    const HistoryRecord kept = step.exchangeRecord(runId, history);
    if (kept.responseBody.isEmpty())
        return QString();
    const ParsedBody body = parseBody(kept.exchange());
    // The records the inspector would tabulate (its best candidate), else the body's start.
    const auto table = body.tree ? ResultTable::fromBody(body.tree) : std::nullopt;
    if (!table)
        return QStringLiteral("<pre>%1</pre>")
            .arg(esc(QString::fromUtf8(kept.responseBody.left(2000))));
    QList<int> columns;
    for (qsizetype c = 0; c < table->columnCount(); ++c)
        columns << int(c);
    return recordsHtml(*table, columns, {}, QString());
}

} // namespace

QString RunReport::html(const RunRecord &record, HistoryStore *history)
{
    QString html
        = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Run of %1").arg(record.workflowId)));
    const qint64 ms = record.finished.isValid() ? record.started.msecsTo(record.finished) : -1;
    html += QStringLiteral("<p><b>%1</b> · %2%3</p>")
                .arg(esc(statusWord(record.status)),
                     esc(Appearance::timestamp(record.started)),
                     ms >= 0 ? esc(tr(" · %1 s").arg(double(ms) / 1000.0, 0, 'f', 2)) : QString());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(esc(tr("Document: %1").arg(record.document)),
                     esc(tr("Run: %1").arg(record.runId)));
    if (!record.error.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(record.error));
    if (!record.inputs.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Inputs"))) + valuesTable(record.inputs);
    if (!record.outputs.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Outputs"))) + valuesTable(record.outputs);

    // Every step attempt in one table: the decisions at a glance.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Steps"))) + reportTableTag();
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th></tr>")
                .arg(esc(tr("Step")),
                     esc(tr("Try")),
                     esc(tr("Status")),
                     esc(tr("HTTP")),
                     esc(tr("Action")),
                     esc(tr("Time")));
    for (const StepRecord &step : record.steps) {
        const int http = step.response.value(u"status").toInt();
        const QString name = step.item >= 0 ? tr("%1 [%2]").arg(step.stepId).arg(step.item)
                             : step.workflowId == record.workflowId
                                 ? step.stepId
                                 : tr("%1 › %2").arg(step.workflowId, step.stepId);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(esc(name),
                         QString::number(step.attempt),
                         esc(statusWord(step.status)),
                         http > 0 ? QString::number(http) : QString(),
                         esc(actionWords(step)),
                         esc(tr("%1 ms").arg(step.durationMs)));
    }
    html += QStringLiteral("</table>");

    // Each step in detail, as the run view tells it.
    qsizetype told = 0;
    for (const StepRecord &step : record.steps) {
        if (told == kDetailedSteps) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("The other %1 step attempts are in the table above; the "
                                    "run's record has them all.")
                                     .arg(record.steps.size() - kDetailedSteps)));
            break;
        }
        ++told;
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(tr("%1, attempt %2 — %3")
                                 .arg(step.item >= 0 ? tr("%1 [%2]").arg(step.stepId).arg(step.item)
                                                     : step.stepId)
                                 .arg(step.attempt)
                                 .arg(statusWord(step.status))));
        QStringList lines;
        if (!step.target.isEmpty())
            lines << tr("Calls: %1").arg(step.target);
        if (!step.request.value(u"method").toString().isEmpty())
            lines << tr("Request: %1 %2")
                         .arg(step.request.value(u"method").toString(),
                              step.request.value(u"url").toString());
        if (!step.confirmed.isEmpty())
            lines << tr("Confirmed by a person: %1").arg(step.confirmed);
        if (step.response.contains(u"status"))
            lines << tr("Answer: HTTP %1").arg(step.response.value(u"status").toInt());
        if (step.waitedMs > 0)
            lines << tr("Waited %1 s before this attempt.").arg(double(step.waitedMs) / 1000.0);
        if (!step.action.isEmpty())
            lines << tr("Then: %1").arg(actionWords(step));
        if (!step.error.isEmpty())
            lines << tr("Error: %1").arg(step.error);
        html += QStringLiteral("<p>");
        for (const QString &line : std::as_const(lines))
            html += esc(line) + QStringLiteral("<br>");
        html += QStringLiteral("</p>");
        if (!step.criteria.isEmpty()) {
            html += reportTableTag()
                    + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                          .arg(esc(tr("Criterion")), esc(tr("Met")), esc(tr("Values seen")));
            for (const CriterionRecord &criterion : step.criteria) {
                QStringList seen;
                for (const QJsonValue &each : criterion.observed) {
                    const QJsonObject o = each.toObject();
                    seen << tr("%1 = %2").arg(o.value(u"expression").toString(),
                                              valueText(o.value(u"value"), kValue));
                }
                if (!criterion.error.isEmpty())
                    seen << criterion.error;
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(esc(criterion.condition),
                                 esc(criterion.passed ? tr("yes") : tr("no")),
                                 esc(seen.join(u"; ")));
            }
            html += QStringLiteral("</table>");
        }
        if (!step.outputs.isEmpty())
            html
                += QStringLiteral("<p>%1</p>").arg(esc(tr("Outputs:"))) + valuesTable(step.outputs);
        html += answerHtml(step, record.runId, history);
    }
    html += QStringLiteral("</body></html>");
    return html;
}

QString RunReport::write(const QString &path,
                         const RunRecord &record,
                         HistoryStore *history,
                         ReportPages *pages)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape); // room for an answer's columns
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(tr("Run of %1").arg(record.workflowId));
    pdf.setCreator(QStringLiteral("OXA Console"));
    QTextDocument document;
    document.setHtml(html(record, history));
    const ReportPages printed = printReport(pdf, document, QString(), {});
    if (pages)
        *pages = printed;
    return printed.count > 0 && QFileInfo(path).size() > 0 ? QString()
                                                           : tr("Cannot write %1.").arg(path);
}

} // namespace Oxa
