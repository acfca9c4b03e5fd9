// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schema.h"
#include "schema/schemavalidator.h"

#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace Oxa {

class SchemaSet;

/**
 * A valid instance of a schema, for "fill example" in forms and for the mock back-end: the
 * schema's own examples, default, const or enum when they are valid, otherwise a value built
 * from its type, format, bounds and simple patterns. Deterministic; bounded in depth (a
 * recursive schema stops at optional fields, then at Options::maxDepth) and in size.
 * Reentrant; any thread.
 */
class ExampleGenerator
{
public:
    struct Options
    {
        /** Requests leave readOnly fields out, responses writeOnly ones. */
        SchemaValidator::Direction direction = SchemaValidator::Direction::Any;
        /** Optional fields too, while above this depth; required ones always (to maxDepth). */
        bool includeOptional = true;
        int optionalDepth = 4;
        int maxDepth = 12;
        /** Values produced at most; past it containers stay as small as their schema allows. */
        int maxNodes = 5000;
        /**
         * With a seed, values look real and vary (RealisticValues): arrays get several items,
         * instants fall in the week before `now`. The same seed gives the same value; a value
         * the schema refuses is made again without the seed.
         */
        std::optional<quint64> seed;
        QDateTime now;
    };

    explicit ExampleGenerator(const SchemaSet &schemas);
    ExampleGenerator(const SchemaSet &schemas, Options options);

    QJsonValue generate(const Schema &schema) const;

    /**
     * A string matching a simple regular expression (literals, classes, escapes, groups with
     * alternatives, quantifiers), or a null QString when the pattern is beyond that.
     */
    static QString stringForPattern(const QString &pattern);

private:
    const SchemaSet &m_schemas;
    Options m_options;
};

} // namespace Oxa
