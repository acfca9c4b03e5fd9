// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workflow/workflowgraph.h"

#include <QGraphicsView>
#include <QHash>

namespace Oxa {

class DiagramNodeItem;

/**
 * A workflow drawn from its WorkflowGraph: a card per step (the method's badge, the step's id,
 * what it calls, markers for a confirmation, a prompt, a loop over a list, a sub-workflow),
 * the end and failure terminals, and the edges — next steps straight down, success actions on
 * the right in green, failure actions on the left in red, retries as loops, conditional ones
 * dashed, each with its words as a tooltip. Selecting a card selects its step; Up and Down move
 * between steps.
 */
class WorkflowDiagram final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowDiagram)

public:
    /** How a step's card shows in a run. */
    enum class StepState : quint8 { None, Running, Waiting, Succeeded, Failed, Skipped };

    explicit WorkflowDiagram(QWidget *parent = nullptr);
    ~WorkflowDiagram() override;

    void setGraph(const WorkflowGraph &graph);
    const WorkflowGraph &graph() const { return m_graph; }

    /** Selects a step's card and shows it; an unknown or empty id clears the selection. */
    void selectStep(const QString &stepId);
    QString selectedStep() const;
    /** A step's state in the run shown, with a word or two under it ("retry in 5 s"). */
    void setStepState(const QString &stepId, StepState state, const QString &note = QString());
    StepState stepState(const QString &stepId) const;
    /** Every card back to no state (a new run). */
    void clearStates();
    /** Where a step's card is drawn, in the scene (empty when there is none): for tests. */
    QRectF stepRect(const QString &stepId) const;

Q_SIGNALS:
    void stepSelected(const QString &stepId);
    /** A card was double-clicked, or Enter pressed on it: open what it calls. */
    void stepActivated(const QString &stepId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    WorkflowGraph m_graph;
    QHash<QString, DiagramNodeItem *> m_cards;
    QHash<QString, QPair<StepState, QString>> m_states; ///< kept when the cards are drawn again
    bool m_selecting = false;
};

} // namespace Oxa
