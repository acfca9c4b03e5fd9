// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalogloader.h"

#include <QThread>

namespace Oxa {

struct CatalogLoader::Job
{
    std::atomic_bool cancel{false};
    std::unique_ptr<QThread> thread;
    CatalogLoadOutcome outcome;
};

CatalogLoader::CatalogLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Oxa::CatalogLoadOutcome>();
    qRegisterMetaType<Oxa::DiscoveryAttempt>();
    qRegisterMetaType<Oxa::LoadStage>();
}

CatalogLoader::~CatalogLoader()
{
    cancel();
    for (const std::shared_ptr<Job> &job : std::as_const(m_cancelled))
        job->thread->wait();
}

void CatalogLoader::cancel()
{
    if (!m_job)
        return;
    m_job->cancel = true;
    m_cancelled.append(std::move(m_job));
    m_job.reset();
}

void CatalogLoader::start(const QString &location, Mode mode, LoadOptions options)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->outcome.location = location;
    job->outcome.discovered = mode == Mode::Backend;
    options.cancel = &job->cancel;
    // Signals of this object may be emitted from the worker: the destructor waits for it.
    options.progress = [this](LoadStage stage) { Q_EMIT stageChanged(stage); };

    Job *raw = job.get();
    job->thread.reset(QThread::create([this, raw, location, mode, options]() {
        QElapsedTimer timer;
        timer.start();
        CatalogLoadOutcome &outcome = raw->outcome;
        if (mode == Mode::Backend) {
            BackendDiscovery::Outcome found
                = BackendDiscovery::discover(QUrl::fromUserInput(location),
                                             options,
                                             [this](const DiscoveryAttempt &attempt) {
                                                 Q_EMIT attempted(attempt);
                                             });
            outcome.attempts = found.attempts;
            outcome.documentUrl = found.documentUrl;
            outcome.load = Catalog::fromLoadResult(std::move(found.load), options);
        } else {
            outcome.documentUrl = SpecLoader::urlFromLocation(location);
            outcome.load = Catalog::load(location, options);
        }
        if (outcome.load.catalog && !raw->cancel) {
            outcome.schemaUsage
                = std::make_shared<SchemaUsage>(SchemaUsage::build(*outcome.load.catalog));
            outcome.searchIndex = std::make_shared<OperationSearchIndex>(outcome.load.catalog);
        }
        outcome.elapsedMilliseconds = timer.elapsed();
    }));
    job->thread->setObjectName(QStringLiteral("oxa-catalog-loader"));
    // A weak reference: the job owns the thread, whose connection must not own the job.
    const std::weak_ptr<Job> weak = job;
    connect(
        job->thread.get(),
        &QThread::finished,
        this,
        [this, weak]() {
            if (const std::shared_ptr<Job> finished = weak.lock())
                deliver(finished);
        },
        Qt::QueuedConnection);
    m_job = job;
    job->thread->start();
}

void CatalogLoader::deliver(const std::shared_ptr<Job> &job)
{
    job->thread->wait();
    if (job == m_job) {
        m_job.reset();
        Q_EMIT finished(job->outcome);
        return;
    }
    m_cancelled.removeOne(job);
}

} // namespace Oxa
