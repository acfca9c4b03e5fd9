// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "request/environment.h"

#include <QDialog>
#include <QLabel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace Oxa {

class CallSession;
class EnvironmentList;
class Catalog;

/**
 * The environment switch of the toolbar, a view of the EnvironmentList: "the document's
 * server" or one of the profiles, and a button to manage them.
 */
class EnvironmentBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBar)

public:
    explicit EnvironmentBar(EnvironmentList *list, QWidget *parent = nullptr);

    const QList<Environment> &environments() const;
    /** The chosen profile; an unnamed one (the document's own server) when none is. */
    Environment current() const;
    bool select(const QString &name);
    QComboBox *choice() const { return m_choice; }

Q_SIGNALS:
    void manageRequested();

private:
    void showCurrent();
    void fill();

    EnvironmentList *m_list;
    QComboBox *m_choice = nullptr;
};

/**
 * A red strip over the window while the current environment is a production one, so that it
 * is never chosen by accident: its name, where calls go, and that they are confirmed.
 */
class ProductionBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionBanner)

public:
    ProductionBanner(EnvironmentList *list, QWidget *parent = nullptr);

private:
    void follow(const Environment &environment);
};

/**
 * Edits the environments: name, base URL, production, confirmation policy, default headers,
 * the environment's own key header, deadlines, TLS files, proxy and trusted certificates; and
 * sets or forgets the secrets (the environment's key, each security scheme of the document)
 * in the keychain. Secret-looking default headers are refused with the reason.
 */
class EnvironmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentDialog)

public:
    EnvironmentDialog(const QList<Environment> &environments,
                      const QString &current,
                      const Catalog *catalog,
                      CallSession *session,
                      QWidget *parent = nullptr);

    QList<Environment> environments() const;
    QString currentName() const;
    /** Adds a profile (for tests and "New"), selected. */
    void add(const Environment &environment);
    QListWidget *list() const { return m_list; }

    void accept() override;

private:
    void load(int row);
    void store();
    void setSecret(const QString &scheme);

    QList<Environment> m_environments;
    const Catalog *m_catalog;
    CallSession *m_session;
    int m_row = -1;
    QListWidget *m_list = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QCheckBox *m_production = nullptr;
    QComboBox *m_confirmation = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_keyHeader = nullptr;
    QSpinBox *m_inactivity = nullptr;
    QSpinBox *m_total = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QLineEdit *m_clientCertificate = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QLineEdit *m_proxy = nullptr;
    QListWidget *m_trusted = nullptr;
    QListWidget *m_secrets = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Oxa
