// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "shortcutsdialog.h"

#include "appearance.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Oxa {

namespace {

/** "&Send Request" → "Send Request"; "Find in Source…" stays as it is. */
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts)
        keys << shortcut.toString(QKeySequence::NativeText);
    return keys.join(QCoreApplication::translate("Oxa::ShortcutsDialog", " or "));
}

QString keyName(QKeyCombination key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    Appearance::fitWindowTitle(this);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table);

    // The menus, in the menu bar's order; a submenu's shortcuts under its menu.
    const std::function<void(const QMenu *, const QString &)> walk
        = [&](const QMenu *menu, const QString &title) {
              bool titled = false;
              for (const QAction *action : menu->actions()) {
                  if (action->menu()) {
                      walk(action->menu(), title);
                      continue;
                  }
                  if (action->isSeparator() || action->shortcuts().isEmpty())
                      continue;
                  if (!titled) {
                      addSection(title);
                      titled = true;
                  }
                  addRow(withoutMnemonic(action->text()), keysOf(action->shortcuts()));
              }
          };
    for (const QAction *top : menus->actions()) {
        if (top->menu())
            walk(top->menu(), withoutMnemonic(top->text()));
    }

    addSection(tr("Without a menu"));
    addRow(tr("Move from the filter into the list of operations"), keyName(Qt::Key_Down));
    addRow(tr("Open the operation chosen in the list or the palette"), keyName(Qt::Key_Return));
    addRow(tr("Next field, previous field"),
           keysOf({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Backtab)}));
    addRow(tr("Close the palette or the find bar"), keyName(Qt::Key_Escape));
    addRow(tr("Move the chart"),
           keysOf({QKeySequence(Qt::Key_Left),
                   QKeySequence(Qt::Key_Right),
                   QKeySequence(Qt::Key_Up),
                   QKeySequence(Qt::Key_Down)}));
    addRow(tr("Show the whole chart again"), keyName(Qt::Key_Home));

    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(std::min(640, m_table->horizontalHeader()->length() + 60), 560);
}

void ShortcutsDialog::addSection(const QString &title)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(title);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 2);
}

void ShortcutsDialog::addRow(const QString &what, const QString &keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(what));
    m_table->setItem(row, 1, new QTableWidgetItem(keys));
}

} // namespace Oxa
