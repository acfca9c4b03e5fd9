// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QMimeData;
class QPushButton;

namespace Oxa {

/**
 * What the console shows before a document is open: open a file, connect to a back-end by its
 * base URL, the recent documents and back-ends, and the demo.
 */
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecent(const QStringList &documents, const QStringList &backends);
    /** Whether "Try the demo" is offered (the console offers it; a kiosk build might not). */
    void setDemoAvailable(bool available);

    /** Asks for a description file (starting in `folder`); empty when the person declines. */
    static QString askDocument(QWidget *parent, const QString &folder);
    /** Asks for a back-end's base URL; empty when the person declines. */
    static QString askBackend(QWidget *parent);
    /** What was dropped on the window: a file, a URL or the first line of a text; or empty. */
    static QString droppedLocation(const QMimeData *mime);
    QLineEdit *backendField() const { return m_backend; }

Q_SIGNALS:
    void openFileRequested();
    void openDocumentRequested(const QString &location);
    void connectRequested(const QString &baseUrl);
    void demoRequested();
    /** One of the workflows that come with the console (DemoWorkflows::names()). */
    void demoWorkflowRequested(const QString &name);

private:
    QLineEdit *m_backend = nullptr;
    QListWidget *m_documents = nullptr;
    QListWidget *m_backends = nullptr;
    QListWidget *m_workflows = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace Oxa
