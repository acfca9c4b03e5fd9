// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "safetext.h"

namespace Oxa {

/** The colour of an HTTP method's badge, readable on light and dark backgrounds. */
QColor methodColour(const QString &method);

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
