// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>

namespace Oxa {

/**
 * Whether a header, parameter or setting name says it carries a secret: Authorization,
 * Proxy-Authorization, Cookie, Set-Cookie, auth, and any name with -auth, token, secret, password, API key,
 * session, credential or signature in it. The one rule behind what is never stored, never
 * logged, and never sent to another origin.
 */
bool isSecretName(QStringView name);

} // namespace Oxa
