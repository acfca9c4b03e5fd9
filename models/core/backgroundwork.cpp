// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/backgroundwork.h"

#include <QThread>

namespace Oxa {

struct BackgroundWork::Job
{
    std::atomic_bool cancel{false};
    std::unique_ptr<QThread> thread;
    std::function<void()> done;
};

BackgroundWork::BackgroundWork(QObject *parent)
    : QObject(parent)
{}

BackgroundWork::~BackgroundWork()
{
    cancel();
    for (const std::shared_ptr<Job> &job : std::as_const(m_cancelled))
        job->thread->wait();
}

void BackgroundWork::cancel()
{
    if (!m_job)
        return;
    m_job->cancel = true;
    m_cancelled.append(std::move(m_job));
    m_job.reset();
}

void BackgroundWork::start(const QString &name, Work work, std::function<void()> done)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    const std::atomic_bool *flag = &job->cancel;
    job->thread.reset(QThread::create([work = std::move(work), flag] { work(*flag); }));
    job->thread->setObjectName(name);
    // A weak reference: the job owns the thread, whose connection must not own the job.
    const std::weak_ptr<Job> weak = job;
    connect(
        job->thread.get(),
        &QThread::finished,
        this,
        [this, weak] {
            if (const std::shared_ptr<Job> finished = weak.lock())
                deliver(finished);
        },
        Qt::QueuedConnection);
    m_job = job;
    job->thread->start();
}

void BackgroundWork::deliver(const std::shared_ptr<Job> &job)
{
    job->thread->wait();
    if (job == m_job) {
        m_job.reset();
        if (job->done)
            job->done();
        return;
    }
    m_cancelled.removeOne(job);
}

} // namespace Oxa
