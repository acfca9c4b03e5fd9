// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workflow/runrecord.h"

#include <QCoreApplication>

namespace Oxa {

class HistoryStore;
struct ReportPages;

/**
 * The report of a workflow run for an incident ticket, as a PDF: what ran, where, when and how
 * it ended; the inputs and outputs; a table of the steps; then each step with its request, what
 * a person confirmed, the answer, each criterion with the values it saw, the action taken, and
 * the answer's records as the inspector tabulates them. Secrets are masked already (the record
 * and the history keep none). The history, when given, gives the exchanges in full.
 */
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)

public:
    /** Steps told in detail; the others are in the table of steps. */
    static constexpr qsizetype kDetailedSteps = 60;

    static QString html(const RunRecord &record, HistoryStore *history);
    /** Writes the PDF; the problem, for people, or empty. */
    static QString write(const QString &path,
                         const RunRecord &record,
                         HistoryStore *history,
                         ReportPages *pages = nullptr);
};

} // namespace Oxa
