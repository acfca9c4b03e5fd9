// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "request/requestvalues.h"

#include <QByteArray>
#include <QList>

namespace Oxa {

class SchemaSet;

/**
 * The secrets that the values of one request carry, found by one rule: a parameter is secret by
 * its place (a cookie), by its name (isSecretName: token, key, secret, password, session…) or by
 * its schema (`format: password`, `writeOnly`); a body field is secret by its schema
 * (`format: password` or `writeOnly`, through references, allOf/anyOf/oneOf, if/then/else,
 * additional and pattern properties, and array items), at any depth. The credentials of the
 * security schemes, the tokens and the environment's key are added by CallSession, which applies
 * the whole set to everything it writes or shows.
 */
struct RequestSecrets
{
    /** Every secret value as text (a string's UTF-8, another scalar's JSON), to mask in text. */
    QList<QByteArray> values;
    /** The values with each secret left out: what may be kept (history, form memory). */
    RequestValues kept;
    /** The values with each secret replaced by secretMask(): what may be shown or kept. */
    RequestValues masked;
    /** Where the secrets were: "query/api_key", "body/credentials/password"… */
    QStringList places;
};

/**
 * Finds the secrets of `values` for `operation`; `schemas` compiles the parameters' and the
 * body's schemas (the body's media type is the one RequestValues names, else the first
 * declared). Pure apart from compiling schemas; the thread that owns `schemas`.
 */
RequestSecrets requestSecrets(const Operation &operation,
                              SchemaSet &schemas,
                              const RequestValues &values);

} // namespace Oxa
