// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "demotour.h"

#include "appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Oxa {

DemoTour::DemoTour(const QUrl &backend, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("demoTour"));
    setWindowTitle(tr("Welcome to the demo"));
    Appearance::fitWindowTitle(this);
    setModal(false);
    m_pages = {
        {tr("A back-end of your own"),
         tr("OXA Console is running a demo XDR back-end on this machine, at %1. The \"Demo\" "
            "environment in the toolbar points at it and sends its key for you. Its data is "
            "made up, and nothing leaves your computer: try anything.")
             .arg(backend.toDisplayString()),
         {}},
        {tr("The catalog"),
         tr("On the left, every operation of the back-end, grouped by capability: enrichment "
            "(look-ups), response (actions on hosts and networks) and telemetry. The badge says "
            "what a call may do, from a read to a deletion. Type in the filter to find one."),
         {tr("Show the IP look-up")}},
        {tr("A form, then Send"),
         tr("The Request tab is a form made from the operation's schema. Fill it yourself, or "
            "take the document's example, then press Send (Ctrl+Enter)."),
         {tr("Fill in 203.0.113.66"), tr("Send Now")}},
        {tr("Tables, trees and charts"),
         tr("The answer opens in the Response tab: as a table you can sort and filter, as a "
            "tree, as raw JSON, or as a chart when it holds a series. Events over time shows a "
            "busy week with a spike."),
         {tr("Chart the week's events")}},
        {tr("Response actions are confirmed"),
         tr("Isolating a host or blocking an address acts on real machines. Before any "
            "response action is sent, the console shows the exact request and waits for you; "
            "Cancel is the default. Every such call goes to the audit log."),
         {tr("Prepare a host isolation")}},
        {tr("A workflow, step by step"),
         tr("Triage is rarely one call. The \"Triage an alert\" workflow reads an alert, looks "
            "its addresses up, asks you which host to isolate, confirms the isolation with you "
            "and opens a case. Watch its diagram light up as it runs, slowly enough for a room "
            "to follow (the Presenter option)."),
         {tr("Run \"Triage an alert\"")}},
    };

    auto *layout = new QVBoxLayout(this);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("demoTourCounter"));
    layout->addWidget(m_counter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("demoTourTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);
    layout->addWidget(m_title);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("demoTourText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(420);
    m_text->setMinimumHeight(m_text->fontMetrics().height() * 5);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_text, 1);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), this);
    m_show = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("demoTourShow"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("demoTourNext"));
    m_next->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { setStep(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_step + 1 >= m_pages.size())
            accept();
        else
            setStep(m_step + 1);
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        const int done = m_part;
        if (m_part + 1 < m_pages.at(m_step).actions.size()) {
            ++m_part;
            showPart();
        }
        Q_EMIT showRequested(m_step, done);
    });
    setStep(0);
}

void DemoTour::setStep(int step)
{
    const int before = m_step;
    m_step = qBound(0, step, int(m_pages.size()) - 1);
    m_part = 0;
    const Page &page = m_pages.at(m_step);
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(m_pages.size()));
    m_title->setText(page.title);
    m_text->setText(page.text);
    m_back->setEnabled(m_step > 0);
    showPart();
    m_next->setText(m_step + 1 >= m_pages.size() ? tr("Start exploring") : tr("Next"));
    if (before != m_step)
        Q_EMIT stepChanged(m_step);
}

void DemoTour::showPart()
{
    const QStringList &actions = m_pages.at(m_step).actions;
    m_show->setVisible(!actions.isEmpty());
    m_show->setText(actions.value(m_part));
}

QRect DemoTour::placeAway(QSize size,
                          const QRect &window,
                          const QRect &pages,
                          const QRect &screen,
                          const QList<QRect> &avoid)
{
    constexpr int kMargin = 16;
    const auto at = [&](int x, int y) {
        QRect r(QPoint(x, y), size);
        // Inside the screen, as much as it can be.
        r.moveLeft(std::clamp(r.left(),
                              screen.left(),
                              std::max(screen.left(), screen.right() - size.width() + 1)));
        r.moveTop(std::clamp(r.top(),
                             screen.top(),
                             std::max(screen.top(), screen.bottom() - size.height() + 1)));
        return r;
    };
    // Within an area: as low as it can, at the area's left or right.
    const auto scan = [&](const QRect &area) {
        constexpr int kStep = 8;
        QList<QRect> out;
        for (int bottom = area.bottom() - kMargin; bottom - size.height() >= area.top();
             bottom -= kStep) {
            const int top = bottom - size.height() + 1;
            out << at(area.left() + kMargin, top)
                << at(area.right() - size.width() - kMargin + 1, top);
        }
        return out;
    };
    QList<QRect> places;
    // Beside the window, when the screen has room there.
    if (screen.right() - window.right() >= size.width() + kMargin)
        places << at(window.right() + kMargin, window.top() + 96);
    if (window.left() - screen.left() >= size.width() + kMargin)
        places << at(window.left() - size.width() - kMargin, window.top() + 96);
    if (screen.bottom() - window.bottom() >= size.height() + kMargin)
        places << at(window.right() - size.width(), window.bottom() + kMargin);
    places << scan(pages) << scan(window);
    // What a place hides: first the controls it touches (smaller than the tour: a button
    // partly hidden is hidden), then how much of the rest.
    const qint64 tourArea = qint64(size.width()) * size.height();
    const auto hidden = [&](const QRect &place) {
        std::pair<int, qint64> cost{0, 0};
        for (const QRect &r : avoid) {
            const QRect both = place.intersected(r);
            if (both.isEmpty())
                continue;
            if (qint64(r.width()) * r.height() < tourArea)
                ++cost.first;
            cost.second += qint64(both.width()) * both.height();
        }
        return cost;
    };
    QRect best = places.front();
    std::pair<int, qint64> least = hidden(best);
    for (const QRect &place : std::as_const(places)) {
        const auto cost = hidden(place);
        if (cost.second == 0)
            return place;
        if (cost < least) {
            least = cost;
            best = place;
        }
    }
    return best;
}

} // namespace Oxa
