// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "demotour.h"

#include "appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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
         QString()},
        {tr("The catalog"),
         tr("On the left, every operation of the back-end, grouped by capability: enrichment "
            "(look-ups), response (actions on hosts and networks) and telemetry. The badge says "
            "what a call may do, from a read to a deletion. Type in the filter to find one."),
         tr("Show the IP look-up")},
        {tr("A form, then Send"),
         tr("The Request tab is a form made from the operation's schema. Fill it yourself, or "
            "take the document's example, then press Send (Ctrl+Enter)."),
         tr("Look up 203.0.113.66")},
        {tr("Tables, trees and charts"),
         tr("The answer opens in the Response tab: as a table you can sort and filter, as a "
            "tree, as raw JSON, or as a chart when it holds a series. Events over time shows a "
            "busy week with a spike."),
         tr("Chart the week's events")},
        {tr("Response actions are confirmed"),
         tr("Isolating a host or blocking an address acts on real machines. Before any "
            "response action is sent, the console shows the exact request and waits for you; "
            "Cancel is the default. Every such call goes to the audit log."),
         tr("Prepare a host isolation")},
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
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT showRequested(m_step); });
    setStep(0);
}

void DemoTour::setStep(int step)
{
    m_step = qBound(0, step, int(m_pages.size()) - 1);
    const Page &page = m_pages.at(m_step);
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(m_pages.size()));
    m_title->setText(page.title);
    m_text->setText(page.text);
    m_back->setEnabled(m_step > 0);
    m_show->setVisible(!page.action.isEmpty());
    m_show->setText(page.action);
    m_next->setText(m_step + 1 >= m_pages.size() ? tr("Start exploring") : tr("Next"));
}

} // namespace Oxa
