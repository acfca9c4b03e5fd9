// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "secrets.h"

#include <QRegularExpression>

namespace Oxa {

bool isSecretName(QStringView name)
{
    static const QRegularExpression
        secret(QStringLiteral(
                   "^((proxy-)?authorization|(set-)?cookie|auth)$"
                   "|[-_]auth|token|secret|passw|api[-_]?key|session|credential|signature"),
               QRegularExpression::CaseInsensitiveOption);
    return secret.match(name.toString()).hasMatch();
}

} // namespace Oxa
