// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

namespace Oxa {

class DemoTour;
class MainWindow;
class MockThread;

/**
 * "Try the demo": starts the built-in demo back-end on a thread of its own (once), points a
 * "Demo" environment at it with the demo key (for the session only), opens its document and
 * shows the tour, whose steps drive the window through its public face: show an operation,
 * fill its form, send it, chart its answer.
 */
class DemoLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoLauncher)

public:
    explicit DemoLauncher(MainWindow *window);
    ~DemoLauncher() override;

    void start();
    /** The demo back-end, while it runs; null before. */
    MockThread *backend() const { return m_backend; }
    DemoTour *tour() const { return m_tour; }

private:
    void step(int step, int part);
    void showTour();
    /** Moves the tour where it hides nothing its step talks about. */
    void placeTour();
    /** Places the tour once the window has laid out what it shows now. */
    void placeTourSoon();

    MainWindow *m_window;
    MockThread *m_backend = nullptr;
    QPointer<DemoTour> m_tour;
};

} // namespace Oxa
