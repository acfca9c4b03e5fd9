// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/workflowgraph.h"

#include <algorithm>

namespace Oxa {

namespace {

QString conditionOf(const QList<ArazzoCriterion> &criteria)
{
    QStringList conditions;
    for (const ArazzoCriterion &criterion : criteria)
        conditions.append(criterion.condition);
    return conditions.join(WorkflowGraph::tr(" and "));
}

/** Lanes for the side edges of one side: shortest first, each on the lowest free lane. */
int assignLanes(QList<WorkflowGraph::Edge> &edges, const QList<int> &rows, bool failure)
{
    QList<int> side;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const WorkflowGraph::Edge &e = edges.at(i);
        if (e.failure == failure && e.kind != WorkflowGraph::Edge::Kind::Retry
            && e.kind != WorkflowGraph::Edge::Kind::Next && rows.at(e.to) != rows.at(e.from) + 1)
            side.append(int(i));
    }
    const auto span
        = [&](int i) { return std::abs(rows.at(edges.at(i).to) - rows.at(edges.at(i).from)); };
    std::stable_sort(side.begin(), side.end(), [&](int a, int b) { return span(a) < span(b); });
    QList<QList<std::pair<int, int>>> taken; // per lane, the row intervals it holds
    for (const int i : side) {
        WorkflowGraph::Edge &e = edges[i];
        const int top = qMin(rows.at(e.from), rows.at(e.to));
        const int bottom = qMax(rows.at(e.from), rows.at(e.to));
        int lane = 0;
        for (; lane < taken.size(); ++lane) {
            const bool free = std::none_of(taken.at(lane).cbegin(),
                                           taken.at(lane).cend(),
                                           [&](const std::pair<int, int> &held) {
                                               return held.first <= bottom && top <= held.second;
                                           });
            if (free)
                break;
        }
        if (lane == taken.size())
            taken.append(QList<std::pair<int, int>>());
        taken[lane].append({top, bottom});
        e.lane = lane + 1;
    }
    return int(taken.size());
}

} // namespace

WorkflowGraph WorkflowGraph::build(const ArazzoWorkflow &workflow, const WorkflowSources *sources)
{
    WorkflowGraph graph;
    graph.workflowId = workflow.workflowId;
    const int steps = int(workflow.steps.size());
    for (int i = 0; i < steps; ++i) {
        const ArazzoStep &step = workflow.steps.at(i);
        Node node;
        node.row = i;
        node.stepId = step.stepId;
        node.description = step.description;
        node.target = !step.operationId.isEmpty()     ? step.operationId
                      : !step.operationPath.isEmpty() ? step.operationPath
                                                      : step.workflowId;
        node.kind = step.workflowId.isEmpty() ? Node::Kind::Operation : Node::Kind::Workflow;
        if (sources) {
            const WorkflowSources::Target target = sources->target(step);
            if (target.operation) {
                node.method = target.operation->method;
                node.path = target.operation->path;
                node.summary = target.operation->summary;
                node.capability = target.operation->capability;
                node.risk = target.operation->risk;
            } else if (!target.workflow) {
                node.kind = Node::Kind::Unresolved;
                node.problem = target.problem;
            }
        }
        // The runner confirms these whatever the document says: the diagram says so too.
        node.confirm
            = step.confirm || node.risk == Risk::Response || node.risk == Risk::Destructive;
        node.prompts = int(step.prompts.size());
        if (step.foreach)
            node.foreach = step.foreach->items;
        node.criteria = int(step.successCriteria.size());
        for (const ArazzoOutput &output : step.outputs)
            node.outputs.append(output.name);
        node.pointer = step.pointer;
        graph.nodes.append(node);
    }
    Node end;
    end.kind = Node::Kind::End;
    end.row = steps;
    graph.nodes.append(end);
    const int endNode = steps;
    int failedNode = -1;
    const auto failed = [&] {
        if (failedNode < 0) {
            Node terminal;
            terminal.kind = Node::Kind::Failed;
            terminal.row = steps + 1;
            graph.nodes.append(terminal);
            failedNode = int(graph.nodes.size()) - 1;
        }
        return failedNode;
    };

    for (int i = 0; i < steps; ++i) {
        const ArazzoStep &step = workflow.steps.at(i);
        bool unconditionalSuccess = false;
        for (const bool failure : {false, true}) {
            const QList<ArazzoAction> actions
                = failure ? workflow.failureActionsOf(step) : workflow.successActionsOf(step);
            for (const ArazzoAction &action : actions) {
                Edge edge;
                edge.from = i;
                edge.failure = failure;
                edge.name = action.name;
                edge.condition = conditionOf(action.criteria);
                edge.pointer = action.pointer;
                edge.workflowId = action.workflowId;
                switch (action.type) {
                case ArazzoAction::Type::End:
                    edge.kind = Edge::Kind::End;
                    edge.to = failure ? failed() : endNode;
                    break;
                case ArazzoAction::Type::Goto: {
                    edge.kind = Edge::Kind::Goto;
                    const int to = action.stepId.isEmpty() ? -1 : graph.nodeOf(action.stepId);
                    // A goto to a workflow runs it and ends this one (the spec's semantics).
                    edge.to = to >= 0 ? to : endNode;
                    break;
                }
                case ArazzoAction::Type::Retry:
                    edge.kind = Edge::Kind::Retry;
                    edge.to = i;
                    edge.retryLimit = action.effectiveRetryLimit();
                    edge.retryAfter = action.retryAfter.value_or(0);
                    if (edge.workflowId.isEmpty() && !action.stepId.isEmpty())
                        edge.workflowId = action.stepId;
                    break;
                }
                graph.edges.append(edge);
                if (!failure && action.criteria.isEmpty()
                    && action.type != ArazzoAction::Type::Retry)
                    unconditionalSuccess = true;
            }
        }
        // Without a success action that always applies, a step goes on to the next one.
        if (!unconditionalSuccess) {
            Edge next;
            next.from = i;
            next.to = i + 1;
            graph.edges.append(next);
        }
    }
    QList<int> rows;
    for (const Node &node : std::as_const(graph.nodes))
        rows.append(node.row);
    graph.successLanes = assignLanes(graph.edges, rows, false);
    graph.failureLanes = assignLanes(graph.edges, rows, true);
    return graph;
}

int WorkflowGraph::nodeOf(QStringView stepId) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (!nodes.at(i).stepId.isEmpty() && nodes.at(i).stepId == stepId)
            return int(i);
    }
    return -1;
}

QString WorkflowGraph::edgeText(const Edge &edge) const
{
    QString what;
    switch (edge.kind) {
    case Edge::Kind::Next:
        return tr("then the next step");
    case Edge::Kind::Goto:
        what = edge.workflowId.isEmpty() ? tr("go to %1").arg(nodes.value(edge.to).stepId)
                                         : tr("go to the workflow %1").arg(edge.workflowId);
        break;
    case Edge::Kind::Retry:
        what = edge.workflowId.isEmpty()
                   ? tr("retry up to %n time(s)", nullptr, edge.retryLimit)
                   : tr("run %1, then retry (up to %n time(s))", nullptr, edge.retryLimit)
                         .arg(edge.workflowId);
        if (edge.retryAfter > 0)
            what += tr(", %1 s apart").arg(edge.retryAfter);
        break;
    case Edge::Kind::End:
        what = edge.failure ? tr("end the workflow as failed") : tr("end the workflow");
        break;
    }
    QString text = edge.failure ? tr("On failure, %1").arg(what) : tr("On success, %1").arg(what);
    if (!edge.name.isEmpty())
        text += u" (" + edge.name + u')';
    if (!edge.condition.isEmpty())
        text += tr(", when %1").arg(edge.condition);
    return text;
}

} // namespace Oxa
