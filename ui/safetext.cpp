// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "safetext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace Oxa {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Escaped inside an explicit rich-text tool tip: shown as written, nothing loaded.
    constexpr qsizetype kMaxLength = 4000;
    QString shown = text.size() > kMaxLength ? text.left(kMaxLength) + u'…' : text;
    shown = shown.toHtmlEscaped();
    shown.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<qt>") + shown + QStringLiteral("</qt>");
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

bool SafeToolTipDelegate::helpEvent(QHelpEvent *event,
                                    QAbstractItemView *view,
                                    const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), plainToolTip(text), view, option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Oxa
