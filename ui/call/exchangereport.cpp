// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "exchangereport.h"

#include "results/resulttable.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

namespace Oxa {

namespace {

// The text is laid out in points and drawn scaled to the device: the same layout on any
// resolution, and what the PDF holds stays text and paths.
constexpr qreal kPointsPerInch = 72.0;
// A chart is drawn at most this tall for its width, and not squeezed below a third of a page.
constexpr qreal kChartShape = 0.62;
constexpr qreal kLeastChartShare = 0.33;

} // namespace

QString reportTableTag()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">");
}

QString recordsHtml(const ResultTable &table,
                    QList<int> columns,
                    const QList<QPair<QString, QString>> &beside,
                    const QString &filter)
{
    // The words are the inspector's (its translation context), where people met them first.
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    const QString ruled = reportTableTag();
    QString html;
    // The plain values beside the records first: a look-up's verdict is the answer.
    if (!beside.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(QCoreApplication::translate("ExchangeView", "Values")))
                + ruled;
        for (const auto &[name, value] : beside)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(esc(name), esc(value.left(200)));
        html += QStringLiteral("</table>");
    }
    constexpr qsizetype kRows = 500;
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(QCoreApplication::translate("ExchangeView", "Records")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(filter.isEmpty()
                             ? QCoreApplication::translate("ExchangeView",
                                                           "%n record(s).",
                                                           nullptr,
                                                           int(table.rowCount()))
                             : QCoreApplication::translate("ExchangeView",
                                                           "%1 of %2 records, filter: %3")
                                   .arg(table.rowCount())
                                   .arg(table.recordCount())
                                   .arg(filter)));
    html += ruled + QStringLiteral("<tr>");
    constexpr qsizetype kColumns = 14;
    if (columns.size() > kColumns) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate(
                                 "ExchangeView",
                                 "The first %1 of %2 columns; hide columns in the table to "
                                 "choose them.")
                                 .arg(kColumns)
                                 .arg(columns.size())));
        columns.resize(kColumns);
    }
    for (const int c : std::as_const(columns))
        html += QStringLiteral("<th>%1</th>").arg(esc(table.column(c).name));
    html += QStringLiteral("</tr>");
    for (qsizetype row = 0; row < std::min(kRows, table.rowCount()); ++row) {
        html += QStringLiteral("<tr>");
        for (const int c : std::as_const(columns))
            html += QStringLiteral("<td>%1</td>").arg(esc(table.text(row, c).left(200)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (table.rowCount() > kRows)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("ExchangeView", "… and %1 more.")
                                 .arg(table.rowCount() - kRows)));
    return html;
}

ReportPages printReport(QPagedPaintDevice &device,
                        const QTextDocument &text,
                        const QString &chartTitle,
                        const std::function<void(QPainter &, const QRectF &)> &drawChart)
{
    ReportPages pages;
    const QPageLayout layout = device.pageLayout();
    const QRectF printable = layout.paintRect(QPageLayout::Point);
    pages.printable = printable.size();
    const qreal scale = device.logicalDpiX() / kPointsPerInch;

    // The text measured in points: a 72 dpi image is the measuring device.
    QImage measure(1, 1, QImage::Format_RGB32);
    measure.setDotsPerMeterX(qRound(kPointsPerInch / 0.0254));
    measure.setDotsPerMeterY(qRound(kPointsPerInch / 0.0254));
    std::unique_ptr<QTextDocument> document(text.clone());
    document->documentLayout()->setPaintDevice(&measure);
    document->setPageSize(pages.printable);
    const int textPages = document->pageCount();
    const qreal pageHeight = pages.printable.height();
    // Where the text ends: the bottom of its last line (the root frame's height counts whole pages).
    qreal bottom = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        bottom = std::max(bottom, document->documentLayout()->blockBoundingRect(block).bottom());
    const qreal textEnd = bottom - (textPages - 1) * pageHeight;

    QPainter painter;
    if (!painter.begin(&device))
        return pages;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    for (int page = 0; page < textPages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        document->drawContents(&painter,
                               QRectF(0, page * pageHeight, pages.printable.width(), pageHeight));
        painter.restore();
    }
    pages.count = textPages;
    pages.textEnd = textEnd;

    if (drawChart) {
        // In pixels of the 72 dpi layout, which are points: the painter scales them once.
        QFont heading = document->defaultFont();
        heading.setBold(true);
        heading.setPixelSize(qRound(QFontInfo(document->defaultFont()).pointSizeF() * 1.3));
        const QFontMetricsF metrics(heading, &measure);
        const qreal headingHeight = metrics.height() * 1.6;
        const qreal width = pages.printable.width();
        const qreal wanted = width * kChartShape;
        qreal top = textEnd + metrics.height();
        qreal room = pageHeight - top - headingHeight;
        if (room < std::min(wanted, pageHeight * kLeastChartShare)) {
            device.newPage(); // a page of its own rather than a sliver
            ++pages.count;
            top = 0;
            room = pageHeight - headingHeight;
        }
        pages.chartPage = pages.count - 1;
        painter.setFont(heading);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, top, width, headingHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         chartTitle);
        pages.chart = QRectF(0, top + headingHeight, width, std::min(wanted, room));
        painter.save();
        painter.setClipRect(pages.chart);
        drawChart(painter, pages.chart);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace Oxa
