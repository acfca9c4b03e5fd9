// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>
#include <QUrl>

class QLabel;
class QPushButton;

namespace Oxa {

/**
 * The demo's welcome tour: five short steps through the first five minutes (the back-end, the
 * catalog, a form, results, a confirmed response action). "Show me" does the step in the
 * window. Not modal: the window stays usable while it is open.
 */
class DemoTour final : public QDialog
{
    Q_OBJECT

public:
    enum Step : quint8 { Backend, Catalog, Form, Results, Response, StepCount };

    DemoTour(const QUrl &backend, QWidget *parent = nullptr);

    int step() const { return m_step; }
    void setStep(int step);

Q_SIGNALS:
    /** The user asked to see the step done in the window. */
    void showRequested(int step);

private:
    struct Page
    {
        QString title;
        QString text;
        QString action; ///< "Show me" button text; empty: none
    };
    QList<Page> m_pages;
    int m_step = 0;
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Oxa
