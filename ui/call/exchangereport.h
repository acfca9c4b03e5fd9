// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QString;
class QTextDocument;

namespace Oxa {

class ResultTable;

/** How every table of a report is ruled: the opening tag. */
QString reportTableTag();

/**
 * The records of an answer as a report shows them: the plain values beside them, then the
 * rows shown (the first 500) in `columns` (the first 14: what a landscape page holds), with a
 * line saying how many and the filter when there is one. HTML, every text escaped.
 */
QString recordsHtml(const ResultTable &table,
                    QList<int> columns,
                    const QList<QPair<QString, QString>> &beside,
                    const QString &filter);

/** Where the pages of a report put things, in points from the top left of the printable area. */
struct ReportPages
{
    int count = 0;
    QSizeF printable;   ///< the page inside its margins
    qreal textEnd = 0;  ///< where the text ends on its last page
    int chartPage = -1; ///< 0-based; -1 without a chart
    QRectF chart;       ///< the chart's drawing, heading excluded
};

/**
 * Prints `text` on `device`'s pages, then the chart below the text when the room left on the
 * last page holds it at a readable size, else on a page of its own; `drawChart` draws it into
 * the rectangle it is given (vector: the PDF gets paths and text, not a picture of a widget).
 * Returns where things went. `chartTitle` heads the chart; no chart without drawChart.
 */
ReportPages printReport(QPagedPaintDevice &device,
                        const QTextDocument &text,
                        const QString &chartTitle,
                        const std::function<void(QPainter &, const QRectF &)> &drawChart);

} // namespace Oxa
