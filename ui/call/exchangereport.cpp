// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "exchangereport.h"

#include <QAbstractTextDocumentLayout>
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
