// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "exchangeview.h"

#include "appearance.h"
#include "call/responsebody.h"
#include "core/headers.h"
#include "core/secrets.h"
#include "document/jsontree.h"
#include "exchangereport.h"
#include "request/requestvalues.h"
#include "results/chartview.h"
#include "results/resultsview.h"
#include "results/resulttablemodel.h"
#include "safetext.h"
#include "savefile.h"
#include "schema/jsonvalues.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Oxa {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/** Bodies larger than this are shown in part (the whole is saved). */
constexpr qsizetype kShownBody = 2 * 1024 * 1024;
/** Up to this size, a JSON body is shown indented. */
constexpr qsizetype kIndentedBody = 1024 * 1024;
/** Up to this many characters, indented JSON is coloured. */
constexpr qsizetype kHighlightedBody = 256 * 1024;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString headerLines(const Headers &headers)
{
    QString out;
    for (const auto &[name, value] : headers)
        out += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    return out;
}

/**
 * A body for people: indented JSON, text, or a note for binary bytes. `parsed` is the body
 * already parsed (a live answer's), or null to parse it here (a body from the history).
 */
QString bodyText(const QByteArray &body, qint64 size, const JsonTree *parsed, bool *json)
{
    *json = false;
    if (body.isEmpty())
        return QString();
    const QByteArray head = body.left(4096);
    if (head.contains('\0'))
        return ExchangeView::tr("A binary body of %1. Save it to open it with another program.")
            .arg(sizeText(size));
    if (body.size() <= kIndentedBody) {
        // Indented, members in the order they came.
        const std::optional<QString> indented
            = parsed ? indentedJson(*parsed->root()) : indentedJsonText(body);
        if (indented) {
            *json = true;
            return *indented;
        }
    }
    QString text = QString::fromUtf8(body.left(kShownBody));
    if (size > kShownBody)
        text += u'\n'
                + ExchangeView::tr("… the first %1 of %2 are shown; save the body to keep it all.")
                      .arg(sizeText(kShownBody), sizeText(size));
    return text;
}

/** Characters of a parameter's value, lines and characters of the body, in a report. */
constexpr qsizetype kReportValue = 160;
constexpr qsizetype kReportBodyLines = 24;
constexpr qsizetype kReportBodyCharacters = 3000;

/** The start of a request body, for a report: indented JSON or text, and how much is left out. */
QString bodyExcerpt(const QByteArray &body)
{
    if (body.left(4096).contains('\0'))
        return ExchangeView::tr("A binary body of %1.").arg(sizeText(body.size()));
    const std::optional<QString> json
        = body.size() <= kIndentedBody ? indentedJsonText(body) : std::nullopt;
    const QString text = json ? *json : QString::fromUtf8(body.left(kReportBodyCharacters * 2));
    QStringList lines = text.split(u'\n');
    const qsizetype total = lines.size();
    if (total > kReportBodyLines)
        lines.resize(kReportBodyLines);
    QString shown = lines.join(u'\n');
    if (shown.size() > kReportBodyCharacters)
        shown = shown.left(kReportBodyCharacters - 1) + u'…';
    if (total > kReportBodyLines)
        shown += u'\n'
                 + ExchangeView::tr("… %n more line(s).", nullptr, int(total - kReportBodyLines));
    return shown;
}

QString statusColor(int status, bool failed)
{
    if (failed || status == 0)
        return QStringLiteral("#8e0000");
    if (status >= 500)
        return QStringLiteral("#c62828");
    if (status >= 400)
        return QStringLiteral("#b45309");
    if (status >= 300)
        return QStringLiteral("#1d4ed8");
    return QStringLiteral("#2e7d32");
}

} // namespace

struct ExchangeView::Shown
{
    QString operationKey;
    QString environment;
    bool production = false;
    QDateTime started;
    int status = 0;
    QString reason;
    QString error;
    QString method;
    QString url;
    Headers requestHeaders; ///< masked
    QByteArray requestBody; ///< masked
    Headers responseHeaders;
    QByteArray body;
    qint64 bodySize = 0;
    bool truncated = false;
    QString bodyFile;
    qint64 firstByteMs = -1;
    qint64 totalMs = 0;
    QList<QUrl> redirects;
    QStringList tlsErrors;
    QString digest;
    std::optional<ResponseCheck> check;
    qint64 historyId = -1;
    QJsonObject values;
    /** The body parsed once by the session (a live answer); null: parsed here. */
    std::shared_ptr<const JsonTree> parsed;
    QString curlMasked;
    QString curlRevealed;
    bool pending = false;
};

ExchangeView::ExchangeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exchangeView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *top = new QHBoxLayout;
    m_status = plainLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("exchangeStatus"));
    m_status->setMargin(4);
    QFont big = m_status->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_status->setFont(big);
    top->addWidget(m_status);
    m_summary = plainLabel(QString(), this);
    m_summary->setObjectName(QStringLiteral("exchangeSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    const auto button = [this, top](const QString &text, const QString &name) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(b);
        return b;
    };
    m_cancel = button(tr("Cancel"), QStringLiteral("cancelCall"));
    m_again = button(tr("Send Again"), QStringLiteral("sendAgain"));
    m_copy = button(tr("Copy as curl"), QStringLiteral("copyCurl"));
    m_copy->setPopupMode(QToolButton::MenuButtonPopup);
    auto *copyMenu = new QMenu(m_copy);
    copyMenu->addAction(tr("Copy as curl, Secrets Masked"), this, [this] { copyCurl(false); });
    QAction *revealing
        = copyMenu->addAction(tr("Copy as curl with Secrets…"), this, [this] { copyCurl(true); });
    revealing->setObjectName(QStringLiteral("copyCurlWithSecrets"));
    m_copy->setMenu(copyMenu);
    m_save = button(tr("Save Body…"), QStringLiteral("saveBody"));
    m_report = button(tr("Report…"), QStringLiteral("exchangeReport"));
    m_report->setToolTip(tr("A PDF of this exchange, its records and its chart, for a ticket"));
    m_trust = button(tr("Trust This Certificate…"), QStringLiteral("trustCertificate"));
    layout->addLayout(top);
    m_timing = plainLabel(QString(), this);
    m_timing->setObjectName(QStringLiteral("exchangeTiming"));
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_timing);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_results = new ResultsView(m_tabs);
    m_tabs->addTab(m_results, tr("Body"));
    connect(m_results, &ResultsView::useAsInputRequested, this, &ExchangeView::useAsInputRequested);
    m_headers = new QTreeWidget(m_tabs);
    m_headers->setObjectName(QStringLiteral("exchangeHeaders"));
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setItemDelegate(new SafeToolTipDelegate(m_headers));
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_headers, tr("Headers"));
    m_request = new QPlainTextEdit(m_tabs);
    m_request->setObjectName(QStringLiteral("requestAsSent"));
    m_request->setReadOnly(true);
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_request, tr("Request"));
    m_checks = new QTreeWidget(m_tabs);
    m_checks->setObjectName(QStringLiteral("exchangeChecks"));
    m_checks->setHeaderLabels({tr("Where"), tr("Warning")});
    m_checks->setRootIsDecorated(false);
    m_checks->setItemDelegate(new SafeToolTipDelegate(m_checks));
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_checks, tr("Checks"));
    layout->addWidget(m_tabs, 1);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_pending)
            Q_EMIT cancelRequested(m_pending);
    });
    connect(m_again, &QToolButton::clicked, this, [this] {
        Q_EMIT sendAgainRequested(m_operationKey, m_values);
    });
    connect(m_copy, &QToolButton::clicked, this, [this] { copyCurl(false); });
    connect(m_save, &QToolButton::clicked, this, &ExchangeView::saveBody);
    connect(m_report, &QToolButton::clicked, this, &ExchangeView::chooseReport);
    connect(m_trust, &QToolButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this,
            tr("Trust This Certificate"),
            tr("Trust the server certificate whose SHA-256 digest is\n%1\nfor the environment "
               "%2? Calls in that environment will accept this certificate, and only this one, "
               "in spite of the errors listed.")
                .arg(m_digest, m_environment),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            Q_EMIT trustRequested(m_environment, m_digest);
    });
    clear();
}

void ExchangeView::clear()
{
    Shown nothing;
    show(nothing);
    m_status->setText(tr("No call yet"));
    m_status->setStyleSheet(QString());
    m_summary->setText(tr("Send a request from the Request page (Ctrl+Enter): its answer is shown "
                          "here."));
    m_timing->clear();
}

void ExchangeView::showPending(quint64 id, const PreparedCall &call)
{
    Shown s;
    s.pending = true;
    s.operationKey = call.operationKey;
    s.environment = call.environment.name;
    s.production = call.environment.production;
    s.method = QString::fromLatin1(call.request.method);
    s.url = call.url().toString();
    s.requestHeaders = call.headers();
    s.requestBody = call.body();
    s.values = call.storedValues;
    show(s);
    m_pending = id;
    m_cancel->setVisible(true);
    m_status->setText(tr("Sending…"));
    m_status->setStyleSheet(QString());
}

void ExchangeView::showOutcome(const CallOutcome &outcome)
{
    const Exchange &e = outcome.shown;
    const PreparedCall &call = outcome.call;
    Shown s;
    s.operationKey = call.operationKey;
    s.environment = call.environment.name;
    s.production = call.environment.production;
    s.started = QDateTime::currentDateTime().addMSecs(-e.totalMs);
    s.status = e.status;
    s.reason = QString::fromLatin1(e.reason);
    s.error = e.error ? e.error->message : QString();
    s.method = QString::fromLatin1(e.method);
    s.url = e.url.toString();
    s.requestHeaders = e.requestHeaders;
    s.requestBody = call.body();
    s.responseHeaders = e.responseHeaders;
    s.body = e.body;
    s.bodySize = e.bodySize;
    s.truncated = e.truncated;
    s.bodyFile = e.bodyFile;
    s.firstByteMs = e.firstByteMs;
    s.totalMs = e.totalMs;
    s.redirects = e.redirects;
    s.tlsErrors = e.tlsErrors;
    s.digest = e.error ? e.certificateDigest : QString();
    s.check = outcome.check;
    s.historyId = outcome.historyId;
    s.values = call.storedValues;
    s.parsed = outcome.body.tree;
    s.curlMasked = outcome.curlCommand();
    s.curlRevealed = outcome.curlCommand(true);
    show(s);
    if (!outcome.recordProblem.isEmpty())
        m_timing->setText(m_timing->text() + u'\n' + outcome.recordProblem);
}

void ExchangeView::showRecord(const HistoryRecord &record, const std::optional<ResponseCheck> &check)
{
    const Exchange e = record.exchange();
    Shown s;
    s.operationKey = record.context.operationKey;
    s.environment = record.context.environment;
    s.started = record.started.toLocalTime();
    s.status = e.status;
    s.error = record.error;
    s.method = record.method;
    s.url = record.url;
    s.requestHeaders = e.requestHeaders;
    s.requestBody = record.requestBody;
    s.responseHeaders = e.responseHeaders;
    s.body = e.body;
    s.bodySize = e.bodySize;
    s.truncated = e.truncated;
    s.firstByteMs = e.firstByteMs;
    s.totalMs = e.totalMs;
    s.historyId = record.id;
    s.values = record.context.values;
    s.check = check;
    // What the history kept has its secrets masked already: nothing to reveal.
    CallOutcome kept;
    kept.exchange = kept.shown = e;
    kept.call.request.method = e.method;
    kept.call.request.body = record.requestBody;
    kept.call.shownRequest = kept.call.request;
    s.curlMasked = kept.curlCommand();
    show(s);
}

void ExchangeView::showProblem(const QString &operationKey, const QString &message)
{
    Shown s;
    s.operationKey = operationKey;
    s.error = message;
    show(s);
}

void ExchangeView::show(const Shown &s)
{
    m_pending = 0;
    m_operationKey = s.operationKey;
    m_values = s.values;
    m_requestBody = s.requestBody;
    m_environment = s.environment;
    m_digest = s.digest;
    m_body = s.body;
    m_bodyFile = s.bodyFile;
    m_curlMasked = s.curlMasked;
    m_curlRevealed = s.curlRevealed;
    m_cancel->setVisible(false);
    m_again->setVisible(!s.operationKey.isEmpty() && !s.pending);
    m_copy->setVisible(!s.curlMasked.isEmpty());
    m_copy->menu()->actions().constLast()->setEnabled(!s.curlRevealed.isEmpty());
    m_save->setVisible(s.bodySize > 0 || !s.body.isEmpty());
    m_trust->setVisible(!s.digest.isEmpty() && !s.environment.isEmpty());

    const bool failed = !s.error.isEmpty();
    if (s.status > 0)
        m_status->setText(QString::number(s.status) + u' ' + s.reason);
    else
        m_status->setText(failed ? tr("No answer") : QString());
    m_status->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; }")
            .arg(statusColor(s.status, failed && s.status == 0)));
    QStringList summary;
    if (!s.method.isEmpty())
        summary << s.method + u' ' + s.url;
    if (!s.environment.isEmpty())
        summary << (s.production ? tr("Environment: %1 (production)") : tr("Environment: %1"))
                       .arg(s.environment);
    if (failed)
        summary << s.error;
    m_summary->setText(summary.join(u'\n'));
    m_summaryText = summary.join(u'\n');
    m_report->setVisible(!s.method.isEmpty() && !s.pending);

    QStringList timing;
    if (s.started.isValid())
        timing << Appearance::timestamp(s.started);
    if (s.firstByteMs >= 0)
        timing << tr("first byte after %1 ms").arg(s.firstByteMs);
    if (!s.pending && (s.status > 0 || failed))
        timing << tr("total %1 ms").arg(s.totalMs);
    if (s.bodySize > 0)
        timing << (s.truncated ? tr("%1 (cut at the size cap)").arg(sizeText(s.bodySize))
                               : sizeText(s.bodySize));
    if (!s.redirects.isEmpty())
        timing << tr("%n redirect(s)", nullptr, int(s.redirects.size()));
    if (s.historyId > 0)
        timing << tr("history #%1").arg(s.historyId);
    m_timing->setText(timing.join(QStringLiteral(" · ")));
    m_started = timing.join(QStringLiteral(" · "));

    bool json = false;
    const QString text = bodyText(s.body, s.bodySize, s.parsed.get(), &json);
    // The JSON in full for the table and the tree; the text as it is for Raw (coloured when
    // short enough: colours cost time on every line).
    const bool parseable = json || bodyMeantAsJson(s.responseHeaders, s.body);
    m_bodyName = parseable                          ? QStringLiteral("response.json")
                 : s.body.left(4096).contains('\0') ? QStringLiteral("response.bin")
                                                    : QStringLiteral("response.txt");
    if (s.pending || s.body.isEmpty())
        m_results->clear();
    else
        m_results->setBody(s.body,
                           parseable,
                           text,
                           json && text.size() <= kHighlightedBody,
                           s.truncated ? QString() : s.bodyFile,
                           s.parsed);

    m_headers->clear();
    const auto group = [this](const QString &title, const Headers &headers) {
        auto *top = new QTreeWidgetItem(m_headers, {title});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const auto &[name, value] : headers)
            new QTreeWidgetItem(top, {QString::fromLatin1(name), QString::fromUtf8(value)});
        top->setExpanded(true);
    };
    if (!s.responseHeaders.isEmpty())
        group(tr("Response headers (%1)").arg(s.responseHeaders.size()), s.responseHeaders);
    if (!s.requestHeaders.isEmpty())
        group(tr("Request headers (%1)").arg(s.requestHeaders.size()), s.requestHeaders);

    QString request;
    if (!s.method.isEmpty()) {
        for (const QUrl &url : s.redirects)
            request
                += tr("Redirected from %1").arg(url.toDisplayString(QUrl::RemoveUserInfo)) + u'\n';
        request += s.method + u' ' + s.url + u'\n' + headerLines(s.requestHeaders);
        if (!s.requestBody.isEmpty())
            request += u'\n' + QString::fromUtf8(s.requestBody.left(kShownBody));
        for (const QString &problem : s.tlsErrors)
            request += u'\n' + tr("TLS: %1").arg(problem);
    }
    m_request->setPlainText(request);

    m_checks->clear();
    int warnings = 0;
    if (s.check) {
        if (!s.check->note.isEmpty())
            new QTreeWidgetItem(m_checks, {QString(), s.check->note});
        for (const ValidationError &problem : s.check->problems) {
            new QTreeWidgetItem(m_checks,
                                {problem.instancePointer.isEmpty() ? tr("(body)")
                                                                   : problem.instancePointer,
                                 problem.message});
            ++warnings;
        }
        if (s.check->note.isEmpty() && s.check->problems.isEmpty() && s.status > 0)
            new QTreeWidgetItem(m_checks, {QString(), tr("The answer matches the document.")});
    } else if (s.status > 0) {
        new QTreeWidgetItem(m_checks,
                            {QString(), tr("Not checked: open the document it came from.")});
    }
    m_tabs->setTabText(3, warnings ? tr("Checks (%1)").arg(warnings) : tr("Checks"));
    m_tabs->setTabText(1,
                       s.responseHeaders.isEmpty()
                           ? tr("Headers")
                           : tr("Headers (%1)").arg(s.responseHeaders.size()));
}

QString ExchangeView::curl(bool reveal) const
{
    return reveal ? m_curlRevealed : m_curlMasked;
}

QStringList ExchangeView::checkLines() const
{
    QStringList out;
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_checks->topLevelItem(i);
        out << (item->text(0).isEmpty() ? item->text(1) : item->text(0) + u' ' + item->text(1));
    }
    return out;
}

QString ExchangeView::statusText() const
{
    return m_status->text();
}

void ExchangeView::copyCurl(bool reveal)
{
    if (reveal) {
        const auto answer = QMessageBox::warning(
            this,
            tr("Copy with Secrets"),
            tr("The command will hold the secrets of this call in clear text. Anyone who reads "
               "the clipboard, or where you paste it, can use them."),
            QMessageBox::Ok | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Ok)
            return;
    }
    QApplication::clipboard()->setText(curl(reveal));
}

void ExchangeView::saveBody()
{
    SaveFile::save(this,
                   tr("Save Body"),
                   m_bodyName,
                   QString(),
                   [this](const QString &path, const QString &) { return saveBodyTo(path); });
}

QString ExchangeView::reportHtml() const
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    // Every table of the report is ruled the same way.
    const QString ruled = reportTableTag();
    QString html
        = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(m_operationKey.isEmpty() ? tr("Exchange") : m_operationKey));
    html += QStringLiteral("<p><b>%1</b> · %2</p>").arg(esc(statusText()), esc(m_started));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(m_summaryText).replace(u'\n', QStringLiteral("<br>")));
    // What was asked, in short: the parameters given (secrets are never kept) and the body.
    QString asked;
    for (const char *in : {"path", "query", "header", "cookie"}) {
        const QJsonObject given = m_values.value(QLatin1String(in)).toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            asked += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(QLatin1String(in),
                              esc(it.key()),
                              esc(valueText(it.value(), kReportValue)));
    }
    if (!asked.isEmpty() || !m_requestBody.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Request")));
    if (!asked.isEmpty())
        html += ruled
                + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>%4</table>")
                      .arg(esc(tr("In")), esc(tr("Name")), esc(tr("Value")), asked);
    if (!m_requestBody.isEmpty())
        html += QStringLiteral("<p>%1</p><pre>%2</pre>")
                    .arg(esc(tr("Body (secrets masked):")), esc(bodyExcerpt(m_requestBody)));
    const QStringList checks = checkLines();
    if (!checks.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Checks")));
        for (const QString &line : checks)
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul>");
    }
    if (const ResultTable *table = m_results->tableModel()->table()) {
        // The columns shown, in the order shown.
        QList<int> columns;
        for (int c = 0; c < m_results->tableModel()->columnCount(); ++c) {
            if (!m_results->table()->isColumnHidden(c))
                columns << c;
        }
        html += recordsHtml(*table,
                            columns,
                            m_results->besideValues(),
                            m_results->tableModel()->filterText());
    }
    html += QStringLiteral("</body></html>");
    return html;
}

QString ExchangeView::writeReport(const QString &path, ReportPages *pages) const
{
    // The chart as it is, computed for the rows shown, and drawn on the page itself.
    std::function<void(QPainter &, const QRectF &)> chart;
    ChartView *view = m_results->chart();
    if (m_results->tableModel()->table()) {
        view->refresh();
        if (!view->data().series.empty())
            chart = [view](QPainter &painter, const QRectF &target) {
                view->paintChart(painter, target);
            };
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    const ResultTable *table = m_results->tableModel()->table();
    if (table && table->columnCount() > 8)
        pdf.setPageOrientation(QPageLayout::Landscape); // room for the columns
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(m_operationKey);
    pdf.setCreator(QStringLiteral("OXA Console"));
    QTextDocument document;
    document.setHtml(reportHtml());
    const QString title
        = view->spec().title.isEmpty() ? tr("Chart") : tr("Chart: %1").arg(view->spec().title);
    const ReportPages printed = printReport(pdf, document, title, chart);
    if (pages)
        *pages = printed;
    return printed.count > 0 && QFileInfo(path).size() > 0 ? QString()
                                                           : tr("Cannot write %1.").arg(path);
}

void ExchangeView::chooseReport()
{
    SaveFile::save(this,
                   tr("Exchange Report"),
                   QStringLiteral("exchange.pdf"),
                   tr("PDF (*.pdf)"),
                   [this](const QString &path, const QString &) { return writeReport(path); });
}

QString ExchangeView::saveBodyTo(const QString &path) const
{
    bool saved = false;
    QString problem;
    if (!m_bodyFile.isEmpty() && QFile::exists(m_bodyFile)) {
        QFile::remove(path);
        QFile source(m_bodyFile);
        saved = source.copy(path);
        problem = source.errorString();
    } else {
        QFile file(path);
        saved = file.open(QIODevice::WriteOnly) && file.write(m_body) == m_body.size()
                && file.flush();
        problem = file.errorString();
    }
    return saved ? QString() : tr("Cannot write %1: %2").arg(path, problem);
}

} // namespace Oxa
