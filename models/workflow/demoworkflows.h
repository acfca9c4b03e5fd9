// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

namespace Oxa::DemoWorkflows {

/** The workflows built in for the demo back-end: "triage-alert", "enrich-ioc-list"… */
QStringList names();
/**
 * Writes a demo workflow beside the demo's description (in `folder`, by default the demo's
 * data folder), where its relative source URL finds it, and gives the workflow's path.
 */
Result<QString> write(const QString &name, const QString &folder = QString());

} // namespace Oxa::DemoWorkflows
