// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

class QWidget;

namespace Oxa {

/**
 * The widgets under root that Tab can reach, in the order its layouts place them: rows top to
 * bottom, each left to right, a tab widget's tabs where they are drawn (above or below its
 * pages). Hidden widgets are included, so that the order holds when they are shown; Tab skips
 * them while they are hidden. A widget that takes the focus itself (a line edit, a list, a
 * combo box) is one stop: what it holds is its own business.
 */
QList<QWidget *> readingOrder(QWidget *root);

/**
 * Chains Tab through readingOrder(root). Qt's default order is the order widgets were created
 * in, which a form built when an operation is chosen, or a page that adds a row later, does not
 * follow. Call it again after adding widgets.
 */
void chainInReadingOrder(QWidget *root);

/**
 * The first widget under root that takes typing (an editor, not a button nor a chooser), or
 * nullptr.
 */
QWidget *firstField(QWidget *root);

/**
 * Marks `w` as a chooser among a field's forms (IPv4 / IPv6) shown before the field's value:
 * firstField() goes past it to the value, Tab and Shift+Tab still reach it.
 */
void markAsChooser(QWidget *w);

} // namespace Oxa
