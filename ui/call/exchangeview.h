// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "call/callsession.h"
#include "history/historystore.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace Oxa {

struct ReportPages;

class ResultsView;

/**
 * The exchange inspector: what was sent (secrets masked), the answer's status, headers, timing,
 * size and body, and the warnings of its check against the document; copy as curl (masked, or
 * with its secrets when asked), save the body, send again, trust a certificate a TLS error
 * named. Shows a call in progress, a call as it ended, or an exchange from the history.
 */
class ExchangeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeView)

public:
    explicit ExchangeView(QWidget *parent = nullptr);

    /** A call on its way: the request, and a Cancel button. */
    void showPending(quint64 id, const PreparedCall &call);
    void showOutcome(const CallOutcome &outcome);
    /** An exchange from the history, with its check when the document is open. */
    void showRecord(const HistoryRecord &record, const std::optional<ResponseCheck> &check = {});
    /** A call that could not be prepared or was refused: why, in place of an answer. */
    void showProblem(const QString &operationKey, const QString &message);
    void clear();

    /** The id of the call shown while it runs, else 0. */
    quint64 pendingId() const { return m_pending; }
    /** The shell command for the exchange shown; empty when there is none. */
    QString curl(bool reveal) const;
    /** The body as the view holds it (what "Save Body" writes, the temporary file aside). */
    QByteArray body() const { return m_body; }
    QTabWidget *tabs() const { return m_tabs; }
    /** The body's Table, Tree and Raw views. */
    ResultsView *results() const { return m_results; }
    /** Checks of the body against the document, as listed. */
    QStringList checkLines() const;
    /** Writes the whole body (the temporary file of a large one) to `path`; why not, or empty. */
    QString saveBodyTo(const QString &path) const;
    QString statusText() const;
    /**
     * The report of the exchange shown, for an incident ticket: operation, time, environment,
     * the request and its answer in short, the checks, the records as the table shows them
     * (filtered and sorted; the first 500). The chart is drawn by writeReport().
     */
    QString reportHtml() const;
    /**
     * Writes the report as PDF, the chart drawn on the page below the text (or on a page of its
     * own); the error, or empty. `pages` says where things went.
     */
    QString writeReport(const QString &path, ReportPages *pages = nullptr) const;

Q_SIGNALS:
    void cancelRequested(quint64 id);
    /** Send the same request again (from the form's values). */
    void sendAgainRequested(const QString &operationKey, const QJsonObject &values);
    /** A value of the answer, for a field of the request form. */
    void useAsInputRequested(const QJsonValue &value);
    /** The user trusts the certificate of this SHA-256 digest for this environment. */
    void trustRequested(const QString &environment, const QString &digest);

private:
    struct Shown;
    void show(const Shown &shown);
    void saveBody();
    void chooseReport();
    void copyCurl(bool reveal);

    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_timing = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_again = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_trust = nullptr;
    QToolButton *m_report = nullptr;
    QString m_summaryText; ///< method, URL, environment and error, for the report
    QString m_started;
    QTabWidget *m_tabs = nullptr;
    ResultsView *m_results = nullptr;
    QTreeWidget *m_headers = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QTreeWidget *m_checks = nullptr;

    quint64 m_pending = 0;
    QByteArray m_body;
    QString m_bodyName = QStringLiteral("response.json"); ///< suggested when it is saved
    QString m_bodyFile;
    QString m_operationKey;
    QJsonObject m_values;
    QByteArray m_requestBody; ///< masked
    QString m_environment;
    QString m_digest;
    QString m_curlMasked;
    QString m_curlRevealed; ///< only for a live call: the history keeps no secret
};

} // namespace Oxa
