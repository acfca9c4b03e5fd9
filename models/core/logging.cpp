// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace Oxa {

Q_LOGGING_CATEGORY(lcLoad, "oxa.load", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCall, "oxa.call", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "oxa.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMock, "oxa.mock", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkflow, "oxa.workflow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBatch, "oxa.batch", QtWarningMsg)

} // namespace Oxa
