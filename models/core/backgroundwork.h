// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Oxa {

/**
 * One piece of work at a time on a thread of its own, for the loaders that keep the GUI thread
 * free: the work runs there with a cancel flag to watch; `done` runs on this object's thread once
 * it has finished. Starting another cancels the running one, whose `done` is then never called;
 * destroying the object cancels and waits for every worker still running. The work must not
 * touch this object: what it makes, it keeps in what it captured.
 */
class BackgroundWork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundWork)

public:
    using Work = std::function<void(const std::atomic_bool &cancelled)>;

    explicit BackgroundWork(QObject *parent = nullptr);
    ~BackgroundWork() override;

    /** `name` names the thread (seen in a debugger and in `top -H`). */
    void start(const QString &name, Work work, std::function<void()> done);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

private:
    struct Job;
    void deliver(const std::shared_ptr<Job> &job);

    std::shared_ptr<Job> m_job;
    QList<std::shared_ptr<Job>> m_cancelled; // still running; waited for on destruction
};

} // namespace Oxa
