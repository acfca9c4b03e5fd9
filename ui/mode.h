// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QString>

class QMenu;
class QWidget;

namespace Oxa {

/**
 * A top-level area of the window, as Qt Creator's modes are: a name, an icon, and the widget
 * that fills the window's centre while it is the current one. The catalog is the first; the
 * workflows, batches and comparisons of the next issues come as modes of their own. The window
 * hosts modes and owns no engine.
 */
class Mode
{
public:
    virtual ~Mode() = default;

    /** Stable, for settings and tests: "catalog", "workflows"… */
    virtual QString id() const = 0;
    /** For people, translated. */
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual QWidget *widget() = 0;
    /**
     * Adds the mode's actions to one of the window's menus, named by id ("go", "operation",
     * "view", "call"), after the window's own.
     */
    virtual void fillMenu(const QString &menu, QMenu *into)
    {
        Q_UNUSED(menu)
        Q_UNUSED(into)
    }
};

} // namespace Oxa
