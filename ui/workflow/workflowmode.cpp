// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflowmode.h"

#include "call/calldriver.h"
#include "call/interaction.h"
#include "catalog/sourceview.h"
#include "document/jsonpointer.h"
#include "safetext.h"
#include "schema/jsonvalues.h"
#include "workflow/demoworkflows.h"
#include "workflowdiagram.h"
#include "workflowrunview.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Oxa {

namespace {

enum Role { PointerRole = Qt::UserRole + 1, StepRole };

/** Characters of a value in the outline. */
constexpr qsizetype kOutlineValue = 120;

QTreeWidgetItem *addItem(QTreeWidgetItem *parent,
                         const QString &name,
                         const QString &value,
                         const QString &pointer)
{
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setData(0, PointerRole, pointer);
    item->setToolTip(1, plainToolTip(value));
    return item;
}

} // namespace

WorkflowMode::WorkflowMode(QWidget *parent)
    : QWidget(parent)
    , m_loader(new WorkflowLoader(this))
{
    setObjectName(QStringLiteral("workflowMode"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_header = new ElidedLabel(this);
    m_header->setObjectName(QStringLiteral("workflowHeader"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("workflowBack"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setVisible(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_header, 1);
    layout->addLayout(top);
    connect(m_back, &QPushButton::clicked, this, &WorkflowMode::goBack);

    m_stack = new QStackedWidget(this);
    // Before a workflow is open: how to open one, and the ones that come with the console.
    m_empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    QLabel *hint = plainLabel(tr("Open an Arazzo workflow file (File ▸ Open Document…, or drop it "
                                 "here) to see its workflows, or try one on the demo back-end:"),
                              m_empty);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    emptyLayout->addWidget(hint);
    auto *offers = new QHBoxLayout;
    offers->addStretch(1);
    for (const QString &name : DemoWorkflows::names()) {
        auto *button = new QPushButton(demoTitle(name), m_empty);
        button->setObjectName(QStringLiteral("demoWorkflow_") + name);
        connect(button, &QPushButton::clicked, this, [this, name] {
            Q_EMIT demoWorkflowRequested(name);
        });
        offers->addWidget(button);
    }
    offers->addStretch(1);
    emptyLayout->addLayout(offers);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_empty);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("workflowSplitter"));
    m_list = new QListWidget(m_splitter);
    m_list->setObjectName(QStringLiteral("workflowList"));
    m_list->setAccessibleName(tr("Workflows"));
    m_list->setItemDelegate(new SafeToolTipDelegate(m_list));
    m_diagram = new WorkflowDiagram(m_splitter);
    m_pages = new QTabWidget(m_splitter);
    m_pages->setObjectName(QStringLiteral("workflowPages"));
    m_outline = new QTreeWidget(m_pages);
    m_outline->setObjectName(QStringLiteral("workflowOutline"));
    m_outline->setHeaderLabels({tr("Step"), tr("Value")});
    m_outline->setAccessibleName(tr("Workflow outline"));
    m_outline->setItemDelegate(new SafeToolTipDelegate(m_outline));
    m_outline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_pages->addTab(m_outline, tr("Outline"));
    m_run = new WorkflowRunView(m_pages);
    m_pages->addTab(m_run, tr("Run"));
    m_source = new SourceView(m_pages);
    m_pages->addTab(m_source, tr("Source"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_diagram);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({200, 520, 380});
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);

    connect(m_loader, &WorkflowLoader::finished, this, &WorkflowMode::showOutcome);
    // A run lights the diagram up as it goes.
    using State = WorkflowDiagram::StepState;
    connect(m_run, &WorkflowRunView::runStarted, m_diagram, &WorkflowDiagram::clearStates);
    connect(m_run, &WorkflowRunView::stepStarted, this, [this](const QString &stepId) {
        m_diagram->setStepState(stepId, State::Running);
    });
    connect(m_run,
            &WorkflowRunView::stepWaiting,
            this,
            [this](const QString &stepId, qint64 milliseconds) {
                m_diagram->setStepState(stepId,
                                        State::Waiting,
                                        tr("%1 s").arg(double(milliseconds) / 1000.0, 0, 'f', 1));
            });
    connect(m_run, &WorkflowRunView::stepPaused, this, [this](const QString &stepId, bool failed) {
        if (failed)
            m_diagram->setStepState(stepId, State::Failed, tr("waiting for you"));
        else
            m_diagram->setStepState(stepId, State::Waiting, tr("paused"));
    });
    connect(m_run, &WorkflowRunView::stepFinished, this, &WorkflowMode::showStepEnd);
    connect(m_run, &WorkflowRunView::stepChosen, this, &WorkflowMode::selectStep);
    connect(m_run, &WorkflowRunView::presenterChanged, this, [this](bool on) {
        m_diagram->setTransform(on ? QTransform::fromScale(1.4, 1.4) : QTransform());
    });
    connect(m_run, &WorkflowRunView::keptRunShown, this, [this](const RunRecord &record) {
        m_diagram->clearStates();
        for (const StepRecord &step : record.steps) {
            if (step.workflowId == record.workflowId)
                showStepEnd(step);
        }
    });
    // A run that ends on a step still running or waiting (cancelled, a person declined) ends
    // there on the diagram too.
    connect(m_run, &WorkflowRunView::runFinished, this, [this](const RunRecord &record) {
        for (const WorkflowGraph::Node &node : m_diagram->graph().nodes) {
            const State state = m_diagram->stepState(node.stepId);
            if (state == State::Running || state == State::Waiting)
                m_diagram->setStepState(node.stepId,
                                        State::Failed,
                                        record.status == u"cancelled" ? tr("cancelled") : QString());
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &WorkflowMode::showWorkflow);
    connect(m_diagram, &WorkflowDiagram::stepSelected, this, &WorkflowMode::selectStep);
    connect(m_diagram, &WorkflowDiagram::stepActivated, this, &WorkflowMode::openCalledWorkflow);
    connect(m_outline, &QTreeWidget::currentItemChanged, this, &WorkflowMode::outlineSelected);
    // Activating a line of the outline shows where it is written.
    connect(m_outline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!m_shown.sources || !item)
            return;
        const TextPosition at
            = m_shown.sources->document().position(item->data(0, PointerRole).toString());
        showSourceLine(at.line, at.column);
    });
}

WorkflowMode::~WorkflowMode() = default;

QString WorkflowMode::demoTitle(const QString &name)
{
    if (name == u"triage-alert")
        return tr("Triage an alert");
    if (name == u"enrich-ioc-list")
        return tr("Enrich a list of indicators");
    if (name == u"contain-and-verify")
        return tr("Contain an address and verify");
    return name;
}

QIcon WorkflowMode::icon() const
{
    return QIcon::fromTheme(QStringLiteral("media-playlist-repeat"),
                            QIcon(QStringLiteral(":/oxa/icons/mode-workflows.svg")));
}

void WorkflowMode::open(const QString &location, const QList<std::shared_ptr<const Catalog>> &open)
{
    m_open = open;
    WorkflowSourceOptions options;
    options.open = open;
    options.allowed = m_allowedSources;
    m_header->setText(tr("Reading %1…").arg(location));
    Q_EMIT loadStarted(location);
    m_loader->start(location, options);
}

void WorkflowMode::reload()
{
    if (!m_outcome.location.isEmpty())
        open(m_outcome.location, m_open);
}

void WorkflowMode::close()
{
    m_loader->cancel();
    showOutcome(WorkflowLoadOutcome());
}

std::shared_ptr<const ArazzoDocument> WorkflowMode::document() const
{
    return m_outcome.document;
}

QString WorkflowMode::documentTitle() const
{
    if (!m_outcome.document)
        return QString();
    return m_outcome.document->title().isEmpty() ? QFileInfo(m_outcome.location).fileName()
                                                 : m_outcome.document->title();
}

std::shared_ptr<const WorkflowSources> WorkflowMode::sources() const
{
    return m_outcome.sources;
}

void WorkflowMode::showOutcome(const WorkflowLoadOutcome &outcome)
{
    const QString workflow = outcome.location == m_outcome.location ? currentWorkflow() : QString();
    const QString step = currentStep();
    m_outcome = outcome;
    m_syncing = true;
    m_list->clear();
    m_syncing = false;
    const ArazzoDocument *document = outcome.document.get();
    if (!document) {
        m_header->setText(outcome.location.isEmpty()
                              ? QString()
                              : tr("%1 could not be read as an Arazzo document (see the "
                                   "diagnostics).")
                                    .arg(outcome.location));
        m_diagram->setGraph(WorkflowGraph());
        m_outline->clear();
        m_run->setWorkflow(nullptr, nullptr);
        m_shown = Shown();
        m_trail.clear();
        m_back->setVisible(false);
        m_source->clear();
        m_sourceShown = nullptr;
        m_stack->setCurrentWidget(m_empty);
        Q_EMIT loadFinished(false);
        return;
    }
    const qsizetype errors = countSeverity(outcome.diagnostics, Diagnostic::Severity::Error);
    QStringList sourceNames;
    for (const WorkflowSources::Source &source : outcome.sources->sources())
        sourceNames.append(source.catalog || source.arazzo
                               ? source.declared.name
                               : tr("%1 (not loaded)").arg(source.declared.name));
    m_header->setText(tr("%1 — %2 · Arazzo %3 · sources: %4 · %n error(s)", nullptr, int(errors))
                          .arg(documentTitle(),
                               QFileInfo(outcome.location).fileName(),
                               document->version(),
                               sourceNames.isEmpty() ? tr("none") : sourceNames.join(u", ")));
    m_header->setToolTip(plainToolTip(outcome.location));
    for (const ArazzoWorkflow &each : document->workflows()) {
        auto *item = new QListWidgetItem(each.summary.isEmpty()
                                             ? each.workflowId
                                             : tr("%1\n%2").arg(each.workflowId, each.summary),
                                         m_list);
        QStringList tip{tr("%n step(s)", nullptr, int(each.steps.size()))};
        if (!each.description.isEmpty())
            tip << each.description;
        if (!each.dependsOn.isEmpty())
            tip << tr("Runs first: %1").arg(each.dependsOn.join(u", "));
        item->setToolTip(plainToolTip(tip.join(u'\n')));
        item->setData(Qt::UserRole, each.workflowId);
    }
    m_source->setSource(document->tree().text(), outcome.location);
    m_sourceShown = document;
    m_stack->setCurrentWidget(m_splitter);
    if (!m_list->count()) {
        showWorkflow(-1);
    } else {
        selectWorkflow(workflow);
        if (m_list->currentRow() < 0)
            m_list->setCurrentRow(0);
        selectStep(step);
    }
    Q_EMIT loadFinished(true);
    askForWithheldSources();
}

void WorkflowMode::selectWorkflow(const QString &workflowId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == workflowId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString WorkflowMode::currentWorkflow() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void WorkflowMode::showWorkflow(int index)
{
    if (m_syncing)
        return;
    const ArazzoDocument *document = m_outcome.document.get();
    if (!document || index < 0 || index >= document->workflows().size()) {
        m_diagram->setGraph(WorkflowGraph());
        m_outline->clear();
        m_run->setWorkflow(nullptr, nullptr);
        m_shown = Shown();
        m_trail.clear();
        m_back->setVisible(false);
        return;
    }
    m_trail.clear();
    present(m_outcome.sources, &document->workflows().at(index));
}

void WorkflowMode::present(std::shared_ptr<const WorkflowSources> sources,
                           const ArazzoWorkflow *workflow)
{
    m_shown = Shown{std::move(sources), workflow, QString()};
    m_diagram->setGraph(WorkflowGraph::build(*workflow, m_shown.sources.get()));
    fillOutline(*workflow, m_diagram->graph());
    m_run->setWorkflow(m_shown.sources, workflow);
    // The Source page holds the document of the workflow shown.
    const ArazzoDocument &document = m_shown.sources->document();
    if (m_sourceShown != &document) {
        m_sourceShown = &document;
        m_source->setSource(document.tree().text(), document.url().toString(QUrl::RemoveUserInfo));
    }
    if (m_trail.isEmpty()) {
        m_back->setVisible(false);
    } else {
        const Shown &from = m_trail.back();
        m_back->setText(tr("‹ %1").arg(from.workflow->workflowId));
        m_back->setToolTip(tr("Back to %1 (Alt+Left)").arg(from.workflow->workflowId));
        m_back->setVisible(true);
    }
}

bool WorkflowMode::openCalledWorkflow(const QString &stepId)
{
    if (!m_shown.workflow)
        return false;
    const int index = m_shown.workflow->stepIndex(stepId);
    if (index < 0)
        return false;
    const WorkflowSources::Target target
        = m_shown.sources->target(m_shown.workflow->steps.at(index));
    if (!target.workflow)
        return false;
    std::shared_ptr<const WorkflowSources> sources
        = target.sources == m_shown.sources.get() ? m_shown.sources
                                                  : m_outcome.sources->shared(target.sources);
    if (!sources)
        return false;
    m_shown.step = stepId;
    m_trail.append(m_shown);
    present(std::move(sources), target.workflow);
    return true;
}

void WorkflowMode::goBack()
{
    if (m_trail.isEmpty())
        return;
    const Shown from = m_trail.takeLast();
    present(from.sources, from.workflow);
    selectStep(from.step);
}

void WorkflowMode::fillOutline(const ArazzoWorkflow &workflow, const WorkflowGraph &graph)
{
    m_syncing = true;
    m_outline->clear();
    for (int index = 0; index < workflow.steps.size(); ++index) {
        const ArazzoStep &step = workflow.steps.at(index);
        const QString &target = graph.nodes.at(index).target;
        auto *item = new QTreeWidgetItem(m_outline, {step.stepId, target});
        item->setData(0, PointerRole, step.pointer);
        item->setData(0, StepRole, step.stepId);
        item->setToolTip(1, plainToolTip(step.description.isEmpty() ? target : step.description));
        for (const ArazzoParameter &parameter : workflow.parametersOf(step))
            addItem(item,
                    parameter.in.isEmpty() ? parameter.name
                                           : tr("%1 (%2)").arg(parameter.name, parameter.in),
                    valueText(parameter.value, kOutlineValue),
                    parameter.pointer);
        if (step.requestBody)
            addItem(item,
                    tr("request body"),
                    valueText(step.requestBody->payload, kOutlineValue),
                    step.requestBody->pointer);
        for (const ArazzoPrompt &prompt : step.prompts)
            addItem(item,
                    tr("asks"),
                    prompt.title.isEmpty() ? prompt.name : prompt.title,
                    step.pointer + u"/x-oxa-prompt");
        if (step.foreach)
            addItem(item,
                    tr("for each"),
                    tr("%1 as $inputs.%2").arg(step.foreach->items, step.foreach->as),
                    step.pointer + u"/x-oxa-foreach");
        for (const ArazzoCriterion &criterion : step.successCriteria)
            addItem(item, tr("succeeds when"), criterion.condition, criterion.pointer);
        // The step's actions (its own and the workflow's), as the diagram's edges say them.
        for (const WorkflowGraph::Edge &edge : graph.edges) {
            if (edge.from == index && edge.kind != WorkflowGraph::Edge::Kind::Next)
                addItem(item, tr("action"), graph.edgeText(edge), edge.pointer);
        }
        for (const ArazzoOutput &output : step.outputs)
            addItem(item,
                    tr("output %1").arg(output.name),
                    valueText(output.value, kOutlineValue),
                    output.pointer);
    }
    m_syncing = false;
}

void WorkflowMode::selectStep(const QString &stepId)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_diagram->selectStep(stepId);
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < m_outline->topLevelItemCount() && !found; ++i) {
        if (m_outline->topLevelItem(i)->data(0, StepRole).toString() == stepId)
            found = m_outline->topLevelItem(i);
    }
    m_outline->setCurrentItem(found);
    if (found)
        m_outline->scrollToItem(found);
    m_syncing = false;
}

QString WorkflowMode::currentStep() const
{
    return m_diagram->selectedStep();
}

void WorkflowMode::outlineSelected()
{
    if (m_syncing)
        return;
    QTreeWidgetItem *item = m_outline->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (item) {
        m_syncing = true;
        m_diagram->selectStep(item->data(0, StepRole).toString());
        m_syncing = false;
    }
}

void WorkflowMode::showPointer(const QString &pointer)
{
    const ArazzoDocument *document = m_outcome.document.get();
    if (!document)
        return;
    // "/workflows/<i>/steps/<j>/…": that workflow, that step.
    const auto tokens = JsonPointer::parse(pointer.toStdString());
    if (!tokens || tokens->size() < 2 || tokens->at(0) != "workflows")
        return;
    bool ok = false;
    const int index = QString::fromStdString(tokens->at(1)).toInt(&ok);
    if (!ok || index < 0 || index >= document->workflows().size())
        return;
    m_list->setCurrentRow(index);
    if (m_shown.workflow != &document->workflows().at(index))
        showWorkflow(index); // from a drill-down: the document's own workflow again
    const ArazzoWorkflow &workflow = document->workflows().at(index);
    if (tokens->size() >= 4 && tokens->at(2) == "steps") {
        const int step = QString::fromStdString(tokens->at(3)).toInt(&ok);
        if (ok && step >= 0 && step < workflow.steps.size())
            selectStep(workflow.steps.at(step).stepId);
    }
}

void WorkflowMode::showSourceLine(int line, int column)
{
    m_pages->setCurrentWidget(m_source);
    m_source->goToLine(line, column);
}

void WorkflowMode::showStepEnd(const StepRecord &step)
{
    if (step.item >= 0)
        return; // a loop's items: the step's own record says how it ended
    using State = WorkflowDiagram::StepState;
    m_diagram->setStepState(step.stepId,
                            step.status == u"succeeded" ? State::Succeeded
                            : step.status == u"skipped" ? State::Skipped
                                                        : State::Failed,
                            step.attempt > 1 ? tr("try %1").arg(step.attempt) : QString());
}

void WorkflowMode::askForWithheldSources()
{
    // A workflow file is often someone else's: its remote sources and those outside its folder
    // are read once a person says so (the same question as a description's references).
    if (m_outcome.location != m_askedLocation) {
        m_askedLocation = m_outcome.location;
        m_askedSources.clear();
    }
    QList<QUrl> withheld = m_outcome.sources ? m_outcome.sources->withheld() : QList<QUrl>();
    withheld.removeIf([this](const QUrl &url) { return m_askedSources.contains(url); });
    Interaction *interaction = m_calls ? m_calls->interaction() : nullptr;
    if (withheld.isEmpty() || !interaction)
        return;
    m_askedSources += withheld;
    const QString location = m_outcome.location;
    QPointer<WorkflowMode> self(this);
    interaction->allowReferences(withheld, [self, location, withheld](bool yes) {
        if (!self || !yes || self->m_outcome.location != location)
            return;
        self->m_allowedSources += withheld;
        self->open(location, self->m_open);
    });
}

void WorkflowMode::setCalls(CallDriver *calls, EnvironmentList *environments)
{
    m_calls = calls;
    m_run->setCalls(calls, environments);
}

void WorkflowMode::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("workflows/splitter")).toByteArray());
}

void WorkflowMode::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("workflows/splitter"), m_splitter->saveState());
}

void WorkflowMode::showRunPage()
{
    m_pages->setCurrentWidget(m_run);
}

} // namespace Oxa
