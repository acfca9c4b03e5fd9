// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;

namespace Oxa {

/** Theme (system, light, dark: applied at once) and language (applied at the next start). */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

    void accept() override;

private:
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Oxa
