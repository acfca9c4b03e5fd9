// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workflow/workflowsources.h"

#include <QObject>

#include <memory>

namespace Oxa {

class BackgroundWork;

/** What a WorkflowLoader job produced. */
struct WorkflowLoadOutcome
{
    QString location;
    /** Null when the file is not a readable Arazzo document (the diagnostics say why). */
    std::shared_ptr<const ArazzoDocument> document;
    /** Its sources and every step's target; null without a document. */
    std::shared_ptr<const WorkflowSources> sources;
    /** The document's and its sources', sorted. */
    Diagnostics diagnostics;
    qint64 elapsedMilliseconds = 0;
};

/**
 * Reads an Arazzo document and loads its sources off the GUI thread (a big workflow and its
 * descriptions take long enough to freeze a window). A new start drops the running load's
 * outcome; destroying the loader waits for its workers.
 */
class WorkflowLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowLoader)

public:
    explicit WorkflowLoader(QObject *parent = nullptr);
    ~WorkflowLoader() override;

    /** `options.load.cancel` is the loader's own. */
    void start(const QString &location, WorkflowSourceOptions options = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const Oxa::WorkflowLoadOutcome &outcome);

private:
    std::unique_ptr<BackgroundWork> m_work;
};

} // namespace Oxa

Q_DECLARE_METATYPE(Oxa::WorkflowLoadOutcome)
