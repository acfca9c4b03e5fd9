// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "request/environment.h"

#include <QObject>
#include <QVariantMap>

namespace Oxa {

/**
 * The console's environments and the one calls go to: read from and written to the settings
 * (EnvironmentStore), shared by the toolbar's switch, the window's production banner, the
 * form's calls, and later the runners. The choice belongs to a document: each document
 * remembers its environment (in the settings, by location), opening it selects that one, and a
 * document nobody chose for has none (isChosen() false: its first call asks). The current one
 * is an unnamed environment (the document's own server) when none is chosen. The GUI thread.
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
    /**
     * Chooses a profile by name (empty: the document's server) for the current document, and
     * remembers it for that document; false when there is no such profile.
     */
    bool select(const QString &name);

    /**
     * The document calls are made from now, and its servers: its remembered environment
     * becomes current. The servers are remembered too, to tell an environment that serves
     * another document.
     */
    void setDocument(const QString &location, const QStringList &servers = {});
    QString document() const { return m_document; }
    /** Whether someone chose where the current document's calls go. */
    bool isChosen() const { return m_chosen; }
    /** Remembers a choice for a document before it is opened (the demo, a shared profile). */
    void chooseFor(const QString &location, const QString &name);
    /**
     * Why the current environment may be the wrong one for the current document: its base URL
     * is the server of another document the console opened, and none of this one's. Empty when
     * nothing is amiss, or once acknowledge() was called for this document and environment.
     */
    QString warning() const;
    /**
     * The other document an environment belongs to, when its base URL is none of the current
     * document's servers: the one whose server it is, else one it was chosen for
     * ("oxa-demo.yaml"); empty otherwise.
     */
    QString servedDocument(const Environment &environment) const;
    /** The warning was seen and the call confirmed: not given again for this pair. */
    void acknowledge();

Q_SIGNALS:
    /** The profiles changed (currentChanged follows). */
    void changed();
    void currentChanged(const Oxa::Environment &environment);

private:
    bool knows(const QString &name) const;

    void remember(const QString &location, const QString &name);

    QList<Environment> m_environments;
    QString m_current;
    QString m_document;
    bool m_chosen = false;
    QVariantMap m_byDocument;   ///< location → environment name ("" for the document's servers)
    QVariantMap m_servers;      ///< location → the servers it declares
    QStringList m_acknowledged; ///< "location\nenvironment"
};

} // namespace Oxa
