// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRectF>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QString;
class QTextDocument;

namespace Oxa {

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
