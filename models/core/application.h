// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Who the programs are, for the settings they share and the languages they speak: the console
// and oxa-cli set themselves up with these, so that both read the same profiles and speak the
// same French.

#include <QLocale>
#include <QString>

namespace Oxa::Application {

/** The organisation the settings are kept under ("OXA Console"). */
QString organizationName();
/** The console's settings name ("oxa-console"): oxa-cli reads its environments there too. */
QString settingsName();

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
