// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers for showing untrusted text. Qt guesses whether a tool tip, a QLabel (AutoText) or a
// message box text is rich text, and rich text may load images from files and devices: document
// text must never reach those guesses unescaped.

#include <QLabel>
#include <QStyledItemDelegate>

namespace Oxa {

/** A tool tip that shows `text` literally, line breaks kept. */
QString plainToolTip(const QString &text);

/** A label that never interprets its text as markup. */
QLabel *plainLabel(const QString &text = QString(), QWidget *parent = nullptr);

/**
 * A label of one line of plain text that gives way when room is short: it shows as much as fits,
 * ends with "…", and its tool tip then shows the whole text. For a status bar or a header whose
 * neighbours matter more than its last words.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    /** Whether the text is cut at the label's present width. */
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

/** An item delegate whose tool tips show the model's text literally. */
class SafeToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event,
                   QAbstractItemView *view,
                   const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace Oxa
