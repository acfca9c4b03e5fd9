// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QString>

#include <memory>

class QTranslator;
class QWidget;

namespace Oxa {

/** Light or dark, or whatever the system uses. */
enum class ThemeChoice : quint8 { System, Light, Dark };

/**
 * The console's look and language: the theme applied to the application palette, and the
 * translators installed for the chosen language. Settings keys: "appearance/theme" and
 * "appearance/language" (empty for the system's).
 */
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    static ThemeChoice themeSetting();
    static void setThemeSetting(ThemeChoice theme);
    /** Applies a theme to the running application. */
    static void applyTheme(ThemeChoice theme);
    /** Whether a palette is a dark one (dark base under light text). */
    static bool isDark(const QPalette &palette);

    /** "" for the system's language, or "en", "fr"… */
    static QString languageSetting();
    static void setLanguageSetting(const QString &language);
    /** The languages the console is translated into: code and name in that language. */
    static QList<QPair<QString, QString>> availableLanguages();
    /**
     * Widens a dialog so that the window manager's title bar shows its whole title ("Title —
     * Application", as Qt sends it), up to the screen's width. Call once the title is set.
     */
    static void fitWindowTitle(QWidget *window);
    /** The title a window manager shows for a window. */
    static QString shownWindowTitle(const QWidget *window);

    /**
     * A moment as the console shows it everywhere, in local time: "2026-12-05 07:12:30". One
     * unambiguous form whatever the language or region, the same from one launch to the next
     * and as the charts' axes and the exported logs write it.
     */
    static QString timestamp(const QDateTime &moment);

    /** Installs Qt's and our translators for the setting (or `language` when given). */
    static void installTranslators(const QString &language = QString());
};

} // namespace Oxa
