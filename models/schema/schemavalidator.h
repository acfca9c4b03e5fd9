// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Oxa {

class SchemaSet;

/** One reason an instance does not match a schema. */
struct ValidationError
{
    QString instancePointer; ///< where in the instance ("" for the whole value)
    QString schemaPointer;   ///< the failing keyword in its document ("/components/…/minLength")
    QString keyword;         ///< "minLength", "required", "$ref"…
    QString message;         ///< translated, for people

    friend bool operator==(const ValidationError &, const ValidationError &) = default;
};

/**
 * Validates JSON values against compiled schemas, the way JSON Schema 2020-12, draft-07,
 * draft-04 and OpenAPI 3.0 define it: every keyword of the schema's dialect, annotations
 * included (unevaluatedProperties, unevaluatedItems), references and dynamic references.
 *
 * Errors name the instance location, the schema keyword and say what is wrong; for a value
 * that matches none of a oneOf or anyOf, the alternative the discriminator names (else the
 * closest one) contributes its own errors too, so that a form can show them beside its fields.
 * Bounded: evaluation deeper than a limit (a schema that recurses without consuming the
 * instance) is an error, never a stack overflow. Reentrant: one validator per thread, or
 * share a const one.
 */
class SchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaValidator)

public:
    /** Which side of an exchange a value is: readOnly properties are not required in requests. */
    enum class Direction : quint8 { Any, Request, Response };

    struct Options
    {
        /** Check `format` (forms, mock, responses); the conformance suite wants annotations only. */
        bool assertFormats = true;
        Direction direction = Direction::Any;
        /** Errors reported at most; validity is exact beyond it. */
        int maxErrors = 200;
        /** Nested schema evaluations at most. */
        int maxDepth = 400;
    };

    explicit SchemaValidator(const SchemaSet &schemas);
    SchemaValidator(const SchemaSet &schemas, Options options);

    const Options &options() const { return m_options; }

    /** Whether the value matches; faster than validate(), which explains. */
    bool isValid(const Schema &schema, const JsonNode &instance) const;
    /** Every error, up to Options::maxErrors; empty when the value is valid. */
    QList<ValidationError> validate(const Schema &schema, const JsonNode &instance) const;

private:
    const SchemaSet &m_schemas;
    Options m_options;
};

} // namespace Oxa
