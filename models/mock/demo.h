// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The demo back-end, the same for the console's "Try the demo" and `oxa-cli mock --demo`: its
// description (built into oxa_models), how it is served, and the key it wants. Not translated:
// the CLI's --env and the keychain use these names.

#include "core/error.h"
#include "mock/mockservice.h"

#include <QByteArray>
#include <QString>

namespace Oxa::Demo {

/** The console environment that points at the demo. */
QString environmentName();
/** The demo's security scheme, and the key it accepts (the mock checks presence only). */
QString keyScheme();
QByteArray key();
/** The port the demo prefers, so that a saved "Demo" environment keeps working. */
constexpr quint16 kPreferredPort = 4010;

/** How the demo is served: stateful (what is created can be read back), requests checked. */
MockOptions serving();

/**
 * Writes the built-in description to `folder` (by default the shared data folder's
 * "oxa-console/demo") as oxa-demo.yaml, unless the file there is already the same, and gives
 * its path: the loader reads files, and references are resolved beside it.
 */
Result<QString> writeDocument(const QString &folder = QString());
/**
 * Writes a built-in file (`resource`, such as a demo workflow) as `name` into `folder` (the
 * same default), unless it is already the same there, and gives its path.
 */
Result<QString> writeBundled(const QString &resource, const QString &folder, const QString &name);

} // namespace Oxa::Demo
