// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "appearance.h"

#include "core/application.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPalette>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Oxa {

namespace {

QPalette &systemPalette()
{
    // The palette the platform gave us, before any override.
    static QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::Midlight, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    // Fusion's own palette is a good, neutral light theme.
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

} // namespace

ThemeChoice Appearance::themeSetting()
{
    const QString value = QSettings().value(QStringLiteral("appearance/theme")).toString();
    if (value == u"light")
        return ThemeChoice::Light;
    if (value == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void Appearance::setThemeSetting(ThemeChoice theme)
{
    const char *names[] = {"system", "light", "dark"};
    QSettings().setValue(QStringLiteral("appearance/theme"), QString::fromLatin1(names[int(theme)]));
}

QString Appearance::shownWindowTitle(const QWidget *window)
{
    QString shown = window->windowTitle();
    shown.remove(u"[*]"_s);
    const QString application = QGuiApplication::applicationDisplayName();
    // Qt's X11 and Wayland back-ends append the application's name with an em dash.
    if (!application.isEmpty() && !shown.contains(application))
        shown += u" \u2014 "_s + application;
    return shown;
}

QString Appearance::timestamp(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

void Appearance::fitWindowTitle(QWidget *window)
{
    // Title bars draw their text bold in most themes; leave room for the icon and three buttons
    // on a bar as tall as the style says, and for the frame.
    QFont font = window->font();
    font.setBold(true);
    const int bar
        = std::max(24, window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window));
    int needed = QFontMetrics(font).horizontalAdvance(shownWindowTitle(window)) + 4 * bar + 32;
    if (const QScreen *screen = window->screen())
        needed = std::min(needed, screen->availableGeometry().width() - 48);
    if (window->minimumWidth() < needed)
        window->setMinimumWidth(needed);
}

void Appearance::applyTheme(ThemeChoice theme)
{
    systemPalette(); // remember it before the first change
    switch (theme) {
    case ThemeChoice::System:
        QApplication::setPalette(systemPalette());
        break;
    case ThemeChoice::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString Appearance::languageSetting()
{
    return QSettings().value(QStringLiteral("appearance/language")).toString();
}

void Appearance::setLanguageSetting(const QString &language)
{
    QSettings().setValue(QStringLiteral("appearance/language"), language);
}

QList<QPair<QString, QString>> Appearance::availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

void Appearance::installTranslators(const QString &language)
{
    const QString chosen = language.isEmpty() ? languageSetting() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    Application::installTranslations(locale);
}

} // namespace Oxa
