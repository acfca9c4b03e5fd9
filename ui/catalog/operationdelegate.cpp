// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "operationdelegate.h"

#include "appearance.h"
#include "catalog/classification.h"
#include "catalog/operationtreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Oxa {

namespace {

constexpr int kPadding = 4;

/** Draws `text` from `x`, highlighting the words found in it; returns the x after it. */
int drawHighlighted(QPainter *painter,
                    const QRect &rect,
                    int x,
                    const QString &text,
                    const QStringList &highlights,
                    const QColor &highlight,
                    bool strike)
{
    QList<TextRun> runs;
    const QString lower = text.toLower();
    for (const QString &word : highlights) {
        if (word.isEmpty())
            continue;
        for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.size()))
            runs.append({at, word.size()});
    }
    return drawMarkedText(painter, rect, x, text, runs, highlight, strike);
}

} // namespace

QColor matchHighlight(const QPalette &palette)
{
    return Appearance::isDark(palette) ? QColor(0x80, 0x6a, 0x00, 160)
                                       : QColor(0xff, 0xe0, 0x70, 200);
}

QList<TextRun> textRuns(const QList<qsizetype> &positions)
{
    QList<TextRun> runs;
    for (const qsizetype at : positions) {
        if (!runs.isEmpty() && runs.last().start + runs.last().length == at)
            ++runs.last().length;
        else
            runs.append({at, 1});
    }
    return runs;
}

int drawMarkedText(QPainter *painter,
                   const QRect &rect,
                   int x,
                   const QString &text,
                   const QList<TextRun> &runs,
                   const QColor &highlight,
                   bool strike)
{
    const QFontMetrics metrics = painter->fontMetrics();
    const QString elided = metrics.elidedText(text, Qt::ElideRight, rect.right() - x);
    // Background behind the marked runs (as far as the elided text shows them), then the text.
    const qsizetype shown
        = elided == text ? text.size() : std::max<qsizetype>(0, elided.size() - 1);
    for (const TextRun &run : runs) {
        const qsizetype end = std::min(run.start + run.length, shown);
        if (run.start < 0 || run.start >= end)
            continue;
        const int start = x + metrics.horizontalAdvance(elided.left(run.start));
        const int width = metrics.horizontalAdvance(elided.mid(run.start, end - run.start));
        painter->fillRect(QRect(start, rect.top() + 2, width, rect.height() - 4), highlight);
    }
    QFont font = painter->font();
    font.setStrikeOut(strike);
    painter->setFont(font);
    const QRect textRect(x, rect.top(), rect.right() - x, rect.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, elided);
    font.setStrikeOut(false);
    painter->setFont(font);
    return x + metrics.horizontalAdvance(elided);
}

QColor methodColour(const QString &method)
{
    if (method == u"GET")
        return QColor(0x2e, 0x7d, 0x32);
    if (method == u"POST")
        return QColor(0x15, 0x65, 0xc0);
    if (method == u"PUT")
        return QColor(0xb2, 0x6a, 0x00);
    if (method == u"PATCH")
        return QColor(0x6a, 0x1b, 0x9a);
    if (method == u"DELETE")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x54, 0x6e, 0x7a);
}

QColor riskColour(Risk risk)
{
    switch (risk) {
    case Risk::Destructive:
        return QColor(0xd3, 0x2f, 0x2f);
    case Risk::Response:
        return QColor(0xef, 0x8f, 0x00);
    case Risk::Write:
        return QColor(0x15, 0x65, 0xc0);
    case Risk::Read:
        break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

void drawRiskMarker(QPainter *painter, const QRect &dot, Risk risk)
{
    if (risk != Risk::Response && risk != Risk::Destructive)
        return;
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(riskColour(risk));
    painter->drawEllipse(dot);
    painter->setPen(Qt::white);
    painter->drawText(dot,
                      Qt::AlignCenter,
                      risk == Risk::Destructive ? QStringLiteral("×") : QStringLiteral("!"));
    painter->restore();
}

QSize OperationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = SafeToolTipDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * kPadding));
    return size;
}

void OperationDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection from the style, the rest drawn here
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor foreground
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor highlight = matchHighlight(opt.palette);
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    painter->setPen(foreground);
    painter->setFont(opt.font);
    const QStringList highlights = index.data(OperationTreeModel::HighlightsRole).toStringList();

    const auto kind
        = OperationTreeModel::NodeKind(index.data(OperationTreeModel::NodeKindRole).toInt());
    if (kind != OperationTreeModel::NodeKind::Operation) {
        QFont bold = opt.font;
        bold.setBold(kind != OperationTreeModel::NodeKind::Path);
        painter->setFont(bold);
        const QString label = index.data(OperationTreeModel::LabelRole).toString();
        const QString count = QString::number(index.data(OperationTreeModel::CountRole).toInt());
        int x = drawHighlighted(painter,
                                rect,
                                rect.left(),
                                label,
                                kind == OperationTreeModel::NodeKind::Path ? highlights
                                                                           : QStringList(),
                                highlight,
                                false);
        painter->setFont(opt.font);
        const QFontMetrics metrics(opt.font);
        const int width = metrics.horizontalAdvance(count) + 2 * kPadding;
        const QRect badge(x + 2 * kPadding,
                          rect.center().y() - metrics.height() / 2,
                          width,
                          metrics.height());
        if (badge.right() < rect.right()) {
            QColor fill = foreground;
            fill.setAlpha(40);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
            painter->setPen(foreground);
            painter->drawText(badge, Qt::AlignCenter, count);
        }
        painter->restore();
        return;
    }

    const QString method = index.data(OperationTreeModel::MethodRole).toString();
    const QString path = index.data(OperationTreeModel::PathRole).toString();
    const QString summary = index.data(OperationTreeModel::SummaryRole).toString();
    const bool deprecated = index.data(OperationTreeModel::DeprecatedRole).toBool();
    const auto risk = Risk(index.data(OperationTreeModel::RiskRole).toInt());

    // Method badge.
    QFont small = opt.font;
    small.setBold(true);
    small.setPointSizeF(std::max(6.0, opt.font.pointSizeF() * 0.8));
    const QFontMetrics smallMetrics(small);
    const int badgeWidth = smallMetrics.horizontalAdvance(QStringLiteral("DELETE")) + 2 * kPadding;
    const QRect badge(rect.left(),
                      rect.center().y() - smallMetrics.height() / 2 - 1,
                      badgeWidth,
                      smallMetrics.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(methodColour(method));
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(small);
    painter->drawText(badge, Qt::AlignCenter, method);
    int x = badge.right() + 2 * kPadding;

    // Risk marker: a coloured dot with a sign, before the path.
    if (risk == Risk::Response || risk == Risk::Destructive) {
        const int size = smallMetrics.height();
        const QRect dot(x, rect.center().y() - size / 2, size, size);
        drawRiskMarker(painter, dot, risk);
        x = dot.right() + kPadding;
    }

    painter->setPen(foreground);
    painter->setFont(opt.font);
    x = drawHighlighted(painter, rect, x, path, highlights, highlight, deprecated);
    if (!summary.isEmpty() && x + 3 * kPadding < rect.right()) {
        QColor dim = foreground;
        if (!selected)
            dim.setAlphaF(0.65f);
        painter->setPen(dim);
        drawHighlighted(painter, rect, x + 3 * kPadding, summary, highlights, highlight, deprecated);
    }
    painter->restore();
}

} // namespace Oxa
