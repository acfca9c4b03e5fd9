// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/schemausage.h"

#include "catalog/catalog.h"
#include "document/jsonpointer.h"

#include <QSet>

#include <vector>

namespace Oxa {

namespace {

/**
 * The schemas that `start` refers to: references into components/schemas are collected, other
 * references (parameters, responses, request bodies) are followed once each.
 */
QSet<QString> referencedSchemas(const SpecDocument &document,
                                const std::vector<NodeRef> &start,
                                const QHash<const JsonNode *, QString> &byNode)
{
    QSet<QString> found;
    QSet<const JsonNode *> followed;
    std::vector<NodeRef> stack(start.begin(), start.end());
    while (!stack.empty()) {
        const NodeRef node = stack.back();
        stack.pop_back();
        if (!node)
            continue;
        if (node->isArray()) {
            for (const JsonNode &item : node.items())
                stack.push_back(NodeRef{node.source, &item});
            continue;
        }
        if (!node->isObject())
            continue;
        if (const JsonNode *ref = node->get("$ref"); ref && ref->isString()) {
            const ResolvedRef *resolved = document.reference(node.node);
            if (resolved && resolved->status == RefStatus::Resolved) {
                QString name = byNode.value(resolved->target.node);
                if (name.isEmpty())
                    name = JsonPointer::componentName(resolved->location, u"/components/schemas/");
                if (!name.isEmpty()) {
                    found.insert(name);
                } else if (!followed.contains(resolved->target.node)) {
                    followed.insert(resolved->target.node);
                    stack.push_back(resolved->target);
                }
            }
        }
        for (const JsonMember &member : node.members())
            stack.push_back(NodeRef{node.source, &member.value});
    }
    return found;
}

} // namespace

SchemaUsage SchemaUsage::build(const Catalog &catalog)
{
    SchemaUsage usage;
    const SpecDocument &document = catalog.document();
    const NodeRef schemas = document.root().get("components").get("schemas");
    QHash<const JsonNode *, QString> byNode;
    for (const JsonMember &member : schemas.members()) {
        const QString name = member.keyString();
        const NodeRef node{schemas.source, &member.value};
        usage.m_names.append(name);
        usage.m_nodes.insert(name, node);
        byNode.insert(node.node, name);
    }

    // The schema graph: what each schema refers to directly.
    QHash<QString, QSet<QString>> edges;
    for (const QString &name : std::as_const(usage.m_names)) {
        QSet<QString> targets = referencedSchemas(document, {usage.m_nodes.value(name)}, byNode);
        for (const QString &target : std::as_const(targets)) {
            if (target != name && usage.m_nodes.contains(target))
                usage.m_referencedBy[target].append(name);
        }
        edges.insert(name, std::move(targets));
    }

    for (const Operation &op : catalog.operations()) {
        std::vector<NodeRef> start{op.node};
        // Parameters declared on the path item lie outside the operation's node.
        for (const Parameter &parameter : op.parameters) {
            if (parameter.inherited)
                start.push_back(parameter.schema);
            for (const MediaType &media : parameter.content)
                start.push_back(media.schema);
        }
        QSet<QString> reached = referencedSchemas(document, start, byNode);
        std::vector<QString> pending(reached.begin(), reached.end());
        while (!pending.empty()) {
            const QString name = pending.back();
            pending.pop_back();
            for (const QString &next : edges.value(name)) {
                if (!reached.contains(next)) {
                    reached.insert(next);
                    pending.push_back(next);
                }
            }
        }
        for (const QString &name : std::as_const(reached))
            usage.m_usedBy[name].append(&op);
    }
    return usage;
}

} // namespace Oxa
