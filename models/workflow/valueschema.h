// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemaset.h"

#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace Oxa {

class JsonTree;

/**
 * A JSON Schema written in a workflow document (a workflow's inputs, a prompt's value),
 * compiled once: what the runner checks values with, and what the console's form engine draws
 * the inputs' form from. Its `$ref`s resolve in its own document ("#/components/inputs/…").
 */
class ValueSchema
{
public:
    /**
     * The schema at `pointer` of `document` (its URI `documentUri`); without a document,
     * `schemaValue` stands alone.
     */
    ValueSchema(const std::shared_ptr<const JsonTree> &document,
                const QString &documentUri,
                const QString &pointer,
                const QJsonValue &schemaValue);
    ~ValueSchema();
    ValueSchema(const ValueSchema &) = delete;
    ValueSchema &operator=(const ValueSchema &) = delete;

    /** Null when the schema could not be compiled (everything is accepted then). */
    const Schema *schema() const { return m_schema; }
    const SchemaSet &schemas() const { return *m_set; }
    /** Each problem of `value` ("/ip: Must match…"), or none. */
    QStringList problems(const QJsonValue &value) const;

private:
    std::unique_ptr<SchemaSet> m_set;
    const Schema *m_schema = nullptr;
};

} // namespace Oxa
