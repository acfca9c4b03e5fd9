// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diagnostic.h"
#include "core/error.h"
#include "document/textlimits.h"

#include <QCoreApplication>

namespace Oxa {

class JsonTree;

/**
 * Reads RFC 8259 JSON text into a JsonTree. Iterative, so nesting is bounded by
 * LoadLimits::maxDepth and never by the stack; strings without escapes point into the text.
 * A UTF-8 byte order mark is skipped.
 */
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    /**
     * Parses tree.text() and sets tree's root. Returns an Error with the byte offset of the fault
     * on a syntax error (Error::Code::Parse) or when the depth limit is reached
     * (Error::Code::Limit); the tree's root is then left null. Non-fatal findings (duplicate
     * keys) are appended to `findings` with their pointer and position. Thread-safe for distinct
     * trees.
     */
    static Result<void> read(JsonTree &tree, const LoadLimits &limits, Diagnostics &findings);
};

} // namespace Oxa
