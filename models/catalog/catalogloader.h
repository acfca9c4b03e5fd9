// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogfilter.h"
#include "catalog/schemausage.h"
#include "document/backenddiscovery.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace Oxa {

class BackgroundWork;

/** What a CatalogLoader job produced. */
struct CatalogLoadOutcome
{
    CatalogLoad load;
    /** As the user gave it: a path, a document URL or a back-end base URL. */
    QString location;
    /** The document's URL; the one that answered after a discovery. */
    QUrl documentUrl;
    /** A back-end URL: each location tried. */
    QList<DiscoveryAttempt> attempts;
    bool discovered = false;
    /** Computed on the worker too, so that the schema browser costs the GUI nothing. */
    std::shared_ptr<const SchemaUsage> schemaUsage;
    /** Likewise for the filter bar's lower-case texts. */
    std::shared_ptr<const OperationSearchIndex> searchIndex;
    qint64 elapsedMilliseconds = 0;
};

/**
 * Loads documents for the console off the GUI thread: a file or document URL with
 * Catalog::load, or a back-end base URL with BackendDiscovery. Reports each step and each
 * discovery attempt as it happens and the outcome at the end, through queued signals. Starting a
 * new load cancels the one running, whose outcome is then dropped; destroying the loader
 * cancels and waits for its worker.
 */
class CatalogLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogLoader)

public:
    enum class Mode : quint8 { Document, Backend };

    explicit CatalogLoader(QObject *parent = nullptr);
    ~CatalogLoader() override;

    /** `options.cancel` and `options.progress` are the loader's own; anything set there is ignored. */
    void start(const QString &location, Mode mode, LoadOptions options = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void stageChanged(Oxa::LoadStage stage);
    void attempted(const Oxa::DiscoveryAttempt &attempt);
    void finished(const Oxa::CatalogLoadOutcome &outcome);

private:
    std::unique_ptr<BackgroundWork> m_work;
};

} // namespace Oxa

Q_DECLARE_METATYPE(Oxa::CatalogLoadOutcome)
Q_DECLARE_METATYPE(Oxa::DiscoveryAttempt)
