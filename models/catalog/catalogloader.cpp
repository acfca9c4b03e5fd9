// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalogloader.h"

#include "core/backgroundwork.h"

namespace Oxa {

CatalogLoader::CatalogLoader(QObject *parent)
    : QObject(parent)
    , m_work(std::make_unique<BackgroundWork>())
{
    qRegisterMetaType<Oxa::CatalogLoadOutcome>();
    qRegisterMetaType<Oxa::DiscoveryAttempt>();
    qRegisterMetaType<Oxa::LoadStage>();
}

CatalogLoader::~CatalogLoader()
{
    // The workers emit this object's signals: they are waited for while it is whole.
    m_work.reset();
}

void CatalogLoader::cancel()
{
    m_work->cancel();
}

bool CatalogLoader::isRunning() const
{
    return m_work->isRunning();
}

void CatalogLoader::start(const QString &location, Mode mode, LoadOptions options)
{
    auto outcome = std::make_shared<CatalogLoadOutcome>();
    outcome->location = location;
    outcome->discovered = mode == Mode::Backend;
    // Signals of this object may be emitted from the worker: the destructor waits for it.
    options.progress = [this](LoadStage stage) { Q_EMIT stageChanged(stage); };
    m_work->start(
        QStringLiteral("oxa-catalog-loader"),
        [this, outcome, location, mode, options](const std::atomic_bool &cancelled) mutable {
            options.cancel = &cancelled;
            QElapsedTimer timer;
            timer.start();
            if (mode == Mode::Backend) {
                BackendDiscovery::Outcome found
                    = BackendDiscovery::discover(QUrl::fromUserInput(location),
                                                 options,
                                                 [this](const DiscoveryAttempt &attempt) {
                                                     Q_EMIT attempted(attempt);
                                                 });
                outcome->attempts = found.attempts;
                outcome->documentUrl = found.documentUrl;
                outcome->load = Catalog::fromLoadResult(std::move(found.load), options);
            } else {
                outcome->documentUrl = SpecLoader::urlFromLocation(location);
                outcome->load = Catalog::load(location, options);
            }
            if (outcome->load.catalog && !cancelled) {
                outcome->schemaUsage
                    = std::make_shared<SchemaUsage>(SchemaUsage::build(*outcome->load.catalog));
                outcome->searchIndex
                    = std::make_shared<OperationSearchIndex>(outcome->load.catalog);
            }
            outcome->elapsedMilliseconds = timer.elapsed();
        },
        [this, outcome] { Q_EMIT finished(*outcome); });
}

} // namespace Oxa
