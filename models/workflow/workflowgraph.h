// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/classification.h"
#include "workflow/workflowsources.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Oxa {

/**
 * A workflow as a diagram, without drawing it: a node per step (what it calls, with the
 * operation's method, capability and risk, and the console's extensions it uses), the end and
 * failure terminals, and an edge for each way control can go — to the next step, a goto, a
 * retry, an end — each on its own lane so that none crosses another. The workflow mode draws it;
 * tests read it.
 *
 * Layout: steps one under another in their order (row = index), the terminals below. "Next"
 * edges go straight down; a success action's edge runs on a lane to the right of the steps, a
 * failure action's to the left; lanes are given greedily, shortest edges nearest, so nested
 * edges never cross and overlapping ones never share a lane. A retry is a loop on its step.
 */
struct WorkflowGraph
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowGraph)

public:
    struct Node
    {
        enum class Kind : quint8 { Operation, Workflow, Unresolved, End, Failed };
        Kind kind = Kind::Operation;
        int row = 0;
        QString stepId; ///< empty for the terminals
        QString description;
        /** What it calls, as written (operationId, operationPath or workflowId). */
        QString target;
        /** When it resolves to an operation: its method (upper case), path and summary. */
        QString method;
        QString path;
        QString summary;
        Capability capability = Capability::Other;
        Risk risk = Risk::Read;
        /** Why the target does not resolve (Unresolved). */
        QString problem;
        bool confirm = false; ///< x-oxa-confirm, or an operation that is always confirmed
        int prompts = 0;      ///< x-oxa-prompt
        QString foreach;      ///< x-oxa-foreach's items expression
        int criteria = 0;
        QStringList outputs;
        QString pointer; ///< the step in the document
    };

    struct Edge
    {
        enum class Kind : quint8 { Next, Goto, Retry, End };
        Kind kind = Kind::Next;
        int from = 0;
        int to = 0; ///< a node; for a retry, the step itself
        bool failure = false;
        /** 0: straight down (next, or an action to the row just below); 1, 2…: the lane. */
        int lane = 0;
        QString name;      ///< the action's name
        QString condition; ///< its criteria, joined with "and"
        /** A goto to another workflow, or what a retry runs first (a workflow or a step). */
        QString workflowId;
        int retryLimit = 0;
        double retryAfter = 0; ///< seconds
        QString pointer;       ///< the action in the document
    };

    QString workflowId;
    QList<Node> nodes;
    QList<Edge> edges;
    int successLanes = 0;
    int failureLanes = 0;

    /** `sources` may be null (targets unresolved then, methods unknown). */
    static WorkflowGraph build(const ArazzoWorkflow &workflow, const WorkflowSources *sources);

    /** The node of a step, or -1. */
    int nodeOf(QStringView stepId) const;
    /** How an edge reads, for a tooltip or an accessible name: "On failure, retry up to 3 times". */
    QString edgeText(const Edge &edge) const;
};

} // namespace Oxa
