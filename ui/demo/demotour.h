// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>
#include <QRect>
#include <QStringList>
#include <QUrl>

class QLabel;
class QPushButton;

namespace Oxa {

/**
 * The demo's welcome tour: six short steps through the first five minutes (the back-end, the
 * catalog, a form, results, a confirmed response action, a workflow run step by step). "Show
 * me" does the step in the window. Not modal: the window stays usable while it is open.
 */
class DemoTour final : public QDialog
{
    Q_OBJECT

public:
    enum Step : quint8 { Backend, Catalog, Form, Results, Response, Workflow, StepCount };

    DemoTour(const QUrl &backend, QWidget *parent = nullptr);

    /** What "Show me" does on the Form step: fill the form first, then send it. */
    enum Part : quint8 { FillForm = 0, SendForm = 1 };

    int step() const { return m_step; }
    void setStep(int step);
    /** The part of the step the next "Show me" does (the Form step has two). */
    int part() const { return m_part; }

    /**
     * Where a tour of `size` goes so as to hide none of `avoid` (what the step talks about):
     * beside the window when the screen has room, else over `pages` (the pages of the
     * window) or the window as low as it can, at their left or right; when every place hides
     * something, the one touching the fewest controls (rectangles smaller than the tour), then
     * hiding the least of the rest.
     * Rectangles in screen coordinates; the result lies inside `screen`.
     */
    static QRect placeAway(QSize size,
                           const QRect &window,
                           const QRect &pages,
                           const QRect &screen,
                           const QList<QRect> &avoid);

Q_SIGNALS:
    /** The user asked to see the step (its `part`) done in the window. */
    void showRequested(int step, int part);
    /** Another step is shown. */
    void stepChanged(int step);

private:
    struct Page
    {
        QString title;
        QString text;
        QStringList actions; ///< "Show me" button texts, part by part; empty: none
    };
    void showPart();

    QList<Page> m_pages;
    int m_step = 0;
    int m_part = 0;
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Oxa
