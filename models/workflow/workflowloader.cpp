// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/workflowloader.h"

#include "core/backgroundwork.h"

#include <QElapsedTimer>

namespace Oxa {

WorkflowLoader::WorkflowLoader(QObject *parent)
    : QObject(parent)
    , m_work(std::make_unique<BackgroundWork>())
{
    qRegisterMetaType<Oxa::WorkflowLoadOutcome>();
}

WorkflowLoader::~WorkflowLoader() = default;

void WorkflowLoader::cancel()
{
    m_work->cancel();
}

bool WorkflowLoader::isRunning() const
{
    return m_work->isRunning();
}

void WorkflowLoader::start(const QString &location, WorkflowSourceOptions options)
{
    auto outcome = std::make_shared<WorkflowLoadOutcome>();
    outcome->location = location;
    m_work->start(
        QStringLiteral("oxa-workflow-loader"),
        [outcome, location, options](const std::atomic_bool &cancelled) mutable {
            QElapsedTimer timer;
            timer.start();
            options.load.cancel = &cancelled;
            ArazzoDocument::Load loaded = ArazzoDocument::load(location, options.load);
            outcome->diagnostics = loaded.diagnostics;
            if (loaded.document && !cancelled) {
                outcome->document = loaded.document;
                outcome->sources = WorkflowSources::load(loaded.document, options);
                outcome->diagnostics += outcome->sources->diagnostics();
            }
            sortDiagnostics(outcome->diagnostics);
            outcome->elapsedMilliseconds = timer.elapsed();
        },
        [this, outcome] { Q_EMIT finished(*outcome); });
}

} // namespace Oxa
