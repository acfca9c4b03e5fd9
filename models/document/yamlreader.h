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
 * Reads YAML 1.2 text (with libfyaml's event parser) into the JSON data model of a JsonTree.
 *
 * Plain scalars are resolved with the YAML 1.2 core schema (so `yes` and `on` stay strings and
 * `0o17` is an integer); mapping keys keep their text ("200" for `200:`). Aliases share the
 * anchored node instead of copying it, and every node an alias adds counts against
 * LoadLimits::maxAliasExpansion, so "billion laughs" documents stop with a diagnostic. An
 * alias to a node that is still open (`&x [*x]`) is an error, not a cycle. Merge keys (`<<`)
 * are applied with an info diagnostic. Only the first document of a stream is read.
 */
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    /**
     * Parses tree.text() and sets tree's root. Returns an Error with the line and column of the
     * fault (Error::Code::Parse for invalid YAML, Error::Code::Limit for depth or alias limits).
     * Non-fatal findings are appended to `findings`. Thread-safe for distinct trees.
     */
    static Result<void> read(JsonTree &tree, const LoadLimits &limits, Diagnostics &findings);
};

} // namespace Oxa
