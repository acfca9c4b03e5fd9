// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/headers.h"
#include "request/apiclient.h"

#include <QString>

#include <memory>

namespace Oxa {

class JsonTree;

/**
 * An answer's body as JSON, parsed once (off the GUI thread, by CallSession) and carried with
 * the outcome to the check against the document, the result views and oxa-cli's --json.
 */
struct ParsedBody
{
    std::shared_ptr<const JsonTree> tree; ///< null when the body is not JSON, or was not read
    QString problem;                      ///< why a body meant as JSON is not, for people
    bool meantAsJson = false;             ///< declared JSON, or looks like JSON
};

/**
 * Whether a body is meant as JSON: its Content-Type is a JSON one (application/json, +json),
 * or it starts with '{' or '[' whatever its type says (servers mislabel JSON).
 */
bool bodyMeantAsJson(const HeaderList &headers, const QByteArray &body);

/**
 * Parses an answer's body when it is meant as JSON: from memory, or from its file when it was
 * too large for memory (never a body cut at the size cap). Any thread; the tree is immutable.
 */
ParsedBody parseBody(const Exchange &exchange);

} // namespace Oxa
