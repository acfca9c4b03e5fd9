// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/classification.h"
#include "safetext.h"

namespace Oxa {

/** The colour of an HTTP method's badge, readable on light and dark backgrounds. */
QColor methodColour(const QString &method);

/** The colour that marks what calling an operation may do (response: orange, destructive: red). */
QColor riskColour(Risk risk);

/** A response or destructive operation's marker in `dot`: a coloured disc with "!" or "×". */
void drawRiskMarker(QPainter *painter, const QRect &dot, Risk risk);

/** The background of matched text in lists, for a light or a dark palette. */
QColor matchHighlight(const QPalette &palette);

/** A run of characters of a text: `length` characters from `start`. */
struct TextRun
{
    qsizetype start = 0;
    qsizetype length = 0;
};

/** Ascending character positions grouped into runs of consecutive ones. */
QList<TextRun> textRuns(const QList<qsizetype> &positions);

/**
 * Draws `text` on one line from `x` to the right of `rect`, elided, with `highlight` behind the
 * runs; struck through when `strike`. Returns the x after the text.
 */
int drawMarkedText(QPainter *painter,
                   const QRect &rect,
                   int x,
                   const QString &text,
                   const QList<TextRun> &runs,
                   const QColor &highlight,
                   bool strike = false);

/**
 * Draws the rows of the operation tree: groups with their counts; operations with a method
 * badge, the path, the summary, a risk marker for response and destructive operations,
 * deprecated ones struck through, and the filter's words highlighted.
 */
class OperationDelegate final : public SafeToolTipDelegate
{
    Q_OBJECT

public:
    using SafeToolTipDelegate::SafeToolTipDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Oxa
