// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/specdocument.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Oxa {

class Catalog;
struct Operation;

/**
 * Which operations use each schema of `components/schemas`, directly or through other schemas,
 * parameters, request bodies and responses, and which schemas refer to it. Built once per
 * catalog (off the GUI thread when large); immutable afterwards.
 */
class SchemaUsage
{
public:
    static SchemaUsage build(const Catalog &catalog);

    /** The names in `components/schemas`, in document order. */
    const QStringList &schemaNames() const { return m_names; }
    NodeRef schema(const QString &name) const { return m_nodes.value(name); }
    /** Operations whose request or responses reach the schema, in catalog order. */
    QList<const Operation *> usedBy(const QString &name) const { return m_usedBy.value(name); }
    /** Schemas whose definitions refer to it directly. */
    QStringList referencedBy(const QString &name) const { return m_referencedBy.value(name); }

private:
    QStringList m_names;
    QHash<QString, NodeRef> m_nodes;
    QHash<QString, QList<const Operation *>> m_usedBy;
    QHash<QString, QStringList> m_referencedBy;
};

} // namespace Oxa
