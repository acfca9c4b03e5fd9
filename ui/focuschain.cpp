// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "focuschain.h"

#include <QAbstractButton>
#include <QLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace Oxa {

namespace {

constexpr char kChooser[] = "oxaChooser";

bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

void collect(QWidget *w, QList<QWidget *> &out);

void collectLayout(QLayout *layout, QList<QWidget *> &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget())
            collect(w, out);
        else if (QLayout *inner = item->layout())
            collectLayout(inner, out);
    }
}

void collect(QWidget *w, QList<QWidget *> &out)
{
    if (w->isWindow() && !out.isEmpty())
        return; // a dialog or a popup has its own order
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        const bool below = tabs->tabPosition() == QTabWidget::South;
        if (!below)
            out << tabs->tabBar();
        for (int i = 0; i < tabs->count(); ++i)
            collect(tabs->widget(i), out);
        if (below)
            out << tabs->tabBar();
        return;
    }
    if (auto *split = qobject_cast<QSplitter *>(w)) {
        for (int i = 0; i < split->count(); ++i)
            collect(split->widget(i), out);
        return;
    }
    if (auto *scroll = qobject_cast<QScrollArea *>(w); scroll && scroll->widget()) {
        if (takesTab(scroll))
            out << scroll;
        collect(scroll->widget(), out);
        return;
    }
    if (takesTab(w)) {
        out << w;
        if (!w->layout())
            return; // one stop: a line edit, a view, a combo box
    }
    if (QLayout *layout = w->layout()) {
        collectLayout(layout, out);
        return;
    }
    // Without a layout (a stacked widget's pages): the order of the children.
    const QList<QWidget *> children = w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children)
        collect(child, out);
}

/**
 * Shown, or about to be: a widget just added to a shown layout is shown by the event loop a
 * moment later, and a person sees it as shown. Only a widget hidden on purpose is not.
 */
bool shownUnder(const QWidget *w, const QWidget *root)
{
    for (; w && w != root; w = w->parentWidget()) {
        if (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide))
            return false;
    }
    return true;
}

} // namespace

QList<QWidget *> readingOrder(QWidget *root)
{
    QList<QWidget *> out;
    if (root)
        collect(root, out);
    out.removeAll(root); // the root's own place in its parent's order is its parent's business
    return out;
}

void chainInReadingOrder(QWidget *root)
{
    const QList<QWidget *> order = readingOrder(root);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

QWidget *firstField(QWidget *root)
{
    const QList<QWidget *> order = readingOrder(root);
    for (QWidget *w : order) {
        if (!shownUnder(w, root) || !w->isEnabled())
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QTabBar *>(w)
            || w->property(kChooser).toBool())
            continue;
        return w;
    }
    return nullptr;
}

void markAsChooser(QWidget *w)
{
    w->setProperty(kChooser, true);
}

} // namespace Oxa
