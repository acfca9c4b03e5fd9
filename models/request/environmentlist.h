// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "request/environment.h"

#include <QObject>

namespace Oxa {

/**
 * The console's environments and the one calls go to: read from and written to the settings
 * (EnvironmentStore, and the current one's name), shared by the toolbar's switch, the window's
 * production banner, the form's calls, and later the runners. The current one is an unnamed
 * environment (the document's own server) when none is chosen. The GUI thread.
 */
class EnvironmentList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentList)

public:
    explicit EnvironmentList(QObject *parent = nullptr);

    /** Reads the profiles and the current one from the settings. */
    void load();

    const QList<Environment> &environments() const { return m_environments; }
    Environment current() const;
    QString currentName() const { return m_current; }

    /**
     * Replaces the profiles and saves them, `current` chosen; an Error (and nothing changed)
     * when they cannot be saved, e.g. a default header that looks like a secret.
     */
    Result<void> set(const QList<Environment> &environments, const QString &current);
    /** Chooses a profile by name (empty: the document's server); false when there is none. */
    bool select(const QString &name);

Q_SIGNALS:
    /** The profiles changed (currentChanged follows). */
    void changed();
    void currentChanged(const Oxa::Environment &environment);

private:
    bool knows(const QString &name) const;

    QList<Environment> m_environments;
    QString m_current;
};

} // namespace Oxa
