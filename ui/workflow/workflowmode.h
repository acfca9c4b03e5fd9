// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// ui/workflow mirrors models/workflow: the workflow mode shows Arazzo documents the engine
// reads; it decides nothing about them.

#include "mode.h"
#include "workflow/workflowloader.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QListWidget;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Oxa {

class CallDriver;
class Catalog;
class ElidedLabel;
class EnvironmentList;
struct StepRecord;
struct WorkflowGraph;
class WorkflowRunView;
class SourceView;
class WorkflowDiagram;

/**
 * The workflow mode: the workflows of an Arazzo document (a list), the selected one's diagram
 * beside its outline (steps with their parameters, criteria, actions and outputs) and the
 * document's source. Documents and their sources load off the GUI thread; a source may be a
 * description the console has open.
 */
class WorkflowMode final : public QWidget, public Mode
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowMode)

public:
    explicit WorkflowMode(QWidget *parent = nullptr);
    ~WorkflowMode() override;

    /** The title, for people, of a workflow that comes with the console (DemoWorkflows). */
    static QString demoTitle(const QString &name);

    QString id() const override { return QStringLiteral("workflows"); }
    QString title() const override { return tr("Workflows"); }
    QIcon icon() const override;
    QWidget *widget() override { return this; }

    /** Reads an Arazzo document and its sources; `open`: descriptions the console has open. */
    void open(const QString &location, const QList<std::shared_ptr<const Catalog>> &open = {});
    void reload();
    void close();

    /** The document shown (null before one loads, or when the last one could not be read). */
    std::shared_ptr<const ArazzoDocument> document() const;
    std::shared_ptr<const WorkflowSources> sources() const;
    /** The last load's diagnostics: the document's and its sources'. */
    const Diagnostics &diagnostics() const { return m_outcome.diagnostics; }
    QString location() const { return m_outcome.location; }
    /** The document's title, else its file's name; empty when none is shown. */
    QString documentTitle() const;

    void selectWorkflow(const QString &workflowId);
    QString currentWorkflow() const;
    /** The workflow whose diagram is shown (one of a nested Arazzo source's, after a drill-down). */
    const ArazzoWorkflow *shownWorkflow() const { return m_shown.workflow; }
    /**
     * Opens the workflow a step calls (the document's, or an Arazzo source's), remembering
     * where it came from; false when the step calls none that resolves.
     */
    bool openCalledWorkflow(const QString &stepId);
    /** Back to the workflow an openCalledWorkflow() came from (Alt+Left). */
    void goBack();
    bool canGoBack() const { return !m_trail.isEmpty(); }
    void selectStep(const QString &stepId);
    QString currentStep() const;
    /** Shows what a JSON pointer of the document names: its workflow, its step. */
    void showPointer(const QString &pointer);
    void showSourceLine(int line, int column = 1);

    QListWidget *workflowList() const { return m_list; }
    WorkflowDiagram *diagram() const { return m_diagram; }
    QTreeWidget *outline() const { return m_outline; }
    SourceView *sourceView() const { return m_source; }
    QTabWidget *pages() const { return m_pages; }

    WorkflowRunView *runView() const { return m_run; }
    /** Brings the Run page forward (beside the diagram). */
    void showRunPage();
    /** The call engine and environments the runs use (the window's). */
    void setCalls(CallDriver *calls, EnvironmentList *environments);

    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

Q_SIGNALS:
    void loadStarted(const QString &location);
    /** A load ended: `ok` when a document is shown (its diagnostics may still hold errors). */
    void loadFinished(bool ok);
    /** One of the workflows that come with the console was chosen on the empty page. */
    void demoWorkflowRequested(const QString &name);

private:
    void showOutcome(const WorkflowLoadOutcome &outcome);
    void showWorkflow(int index);
    /** Shows a workflow of the document or of one of its Arazzo sources. */
    void present(std::shared_ptr<const WorkflowSources> sources, const ArazzoWorkflow *workflow);
    void fillOutline(const ArazzoWorkflow &workflow, const WorkflowGraph &graph);
    void outlineSelected();
    /** A step's card shows how it ended. */
    void showStepEnd(const StepRecord &step);

    WorkflowLoader *m_loader = nullptr;
    WorkflowLoadOutcome m_outcome;
    /** Asks a person about the sources the policy withheld; loads again when allowed. */
    void askForWithheldSources();
    QList<std::shared_ptr<const Catalog>> m_open;
    CallDriver *m_calls = nullptr;
    /** Sources a person allowed this session (remote, or outside a workflow's folder). */
    QList<QUrl> m_allowedSources;
    /** The withheld sources of a file already asked about: a refusal is not asked again. */
    QString m_askedLocation;
    QList<QUrl> m_askedSources;
    /** What is shown: a workflow and the sources of its document. */
    struct Shown
    {
        std::shared_ptr<const WorkflowSources> sources;
        const ArazzoWorkflow *workflow = nullptr;
        QString step; ///< the step selected, to come back to
    };
    Shown m_shown;
    /** The workflows a person came from, by drilling into a step that calls another. */
    QList<Shown> m_trail;
    QPushButton *m_back = nullptr;
    const ArazzoDocument *m_sourceShown = nullptr; ///< the document the Source page holds
    ElidedLabel *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_list = nullptr;
    WorkflowDiagram *m_diagram = nullptr;
    QTabWidget *m_pages = nullptr;
    QTreeWidget *m_outline = nullptr;
    SourceView *m_source = nullptr;
    WorkflowRunView *m_run = nullptr;
    bool m_syncing = false;
};

} // namespace Oxa
