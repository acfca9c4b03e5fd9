// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "preferencesdialog.h"

#include "appearance.h"
#include "safetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Oxa {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    Appearance::fitWindowTitle(this);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_theme = new QComboBox(this);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), int(ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Appearance::themeSetting())));
    form->addRow(plainLabel(tr("Theme:"), this), m_theme);

    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : Appearance::availableLanguages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Appearance::languageSetting())));
    form->addRow(plainLabel(tr("Language:"), this), m_language);
    layout->addLayout(form);
    QLabel *note = plainLabel(tr("A new language applies the next time the console starts."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const auto theme = ThemeChoice(m_theme->currentData().toInt());
    Appearance::setThemeSetting(theme);
    Appearance::applyTheme(theme);
    Appearance::setLanguageSetting(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace Oxa
