// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Who the programs are, for the settings they share and the languages they speak: the console
// and oxa-cli set themselves up with these, so that both read the same profiles and speak the
// same French.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Oxa::Application {

/** The organisation the settings are kept under ("OXA Console"). */
QString organizationName();
/** The console's settings name ("oxa-console"): oxa-cli reads its environments there too. */
QString settingsName();

/**
 * The one folder where the console and oxa-cli keep their data (history, audit log, the form's
 * values, the demo's description): `oxa-console` in the user's data folder
 * (~/.local/share/oxa-console), whatever the program or the organisation name.
 */
QString dataFolder();

/** What moving an old data folder's files into the data folder did. */
struct DataMigration
{
    QStringList moved;  ///< files moved, by their path under the folder
    QStringList kept;   ///< files left in the old folder: the data folder has its own
    QStringList failed; ///< files that could not be moved, left where they were
};

/**
 * Moves the files of `from` (recursively) into `to`: a file `to` lacks is moved (never copied
 * and lost), one it has is left in `from`; `from` is removed once empty. Nothing is overwritten.
 */
DataMigration moveDataFolder(const QString &from, const QString &to);

/**
 * Gathers the data that earlier versions kept apart (the form's values under
 * "~/.local/share/OXA Console/oxa-console") into dataFolder(), once at start.
 */
DataMigration gatherDataFolder();

/**
 * Names this program (`program`: "oxa-console", "oxa-cli") under the organisation, with the
 * build's version.
 */
void setIdentity(const QString &program);

/**
 * Installs Qt's own translations and ours for `locale`, replacing the ones installed before;
 * without a translation for it, English (whose file spells the plural forms). The GUI thread.
 */
void installTranslations(const QLocale &locale);

} // namespace Oxa::Application
