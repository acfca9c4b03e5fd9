// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace Oxa {

/**
 * Help › Keyboard Shortcuts: every shortcut of the window's menus, read from the menus
 * themselves (so the list cannot drift from them), then the keys that no menu shows (Down from
 * the filter, Escape, the chart's arrows). Non-modal, so it can stay open beside the window.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent);

    QTableWidget *table() const { return m_table; }

private:
    void addSection(const QString &title);
    void addRow(const QString &what, const QString &keys);

    QTableWidget *m_table = nullptr;
};

} // namespace Oxa
