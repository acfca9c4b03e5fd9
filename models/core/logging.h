// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The logging categories of models/, one per activity. Only warnings show by default; the rest
// is asked for with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="oxa.call=true". What they
// print is what may be shown: URLs, headers and bodies with their secrets masked, never a value
// given for a secret.

#include <QLoggingCategory>

namespace Oxa {

Q_DECLARE_LOGGING_CATEGORY(lcLoad)     ///< "oxa.load": documents read, parsed, built, refused
Q_DECLARE_LOGGING_CATEGORY(lcCall)     ///< "oxa.call": calls prepared, sent, answered, stopped
Q_DECLARE_LOGGING_CATEGORY(lcHistory)  ///< "oxa.history": the history and the audit log
Q_DECLARE_LOGGING_CATEGORY(lcMock)     ///< "oxa.mock": the mock back-end
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow) ///< "oxa.workflow": Arazzo runs, step by step
Q_DECLARE_LOGGING_CATEGORY(lcBatch)    ///< "oxa.batch": lists of indicators, item by item

} // namespace Oxa
