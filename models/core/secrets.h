// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringView>

class QUrl;

namespace Oxa {

/**
 * Whether a header, parameter or setting name says it carries a secret: Authorization,
 * Proxy-Authorization, Cookie, Set-Cookie, auth, and any name with -auth, token, secret, password, API key,
 * session, credential or signature in it. The one rule behind what is never stored, never
 * logged, and never sent to another origin.
 */
bool isSecretName(QStringView name);

/** What stands for a secret wherever one would be shown or kept: "••••" (UTF-8). */
QByteArray secretMask();

/**
 * `text` with every occurrence of the secrets (raw, percent-encoded, base64 and base64url)
 * replaced by secretMask(). Secrets shorter than 4 bytes are left alone: finding them would
 * mask ordinary text.
 */
QByteArray maskSecrets(QByteArray text, const QList<QByteArray> &secrets);

/**
 * A URL as it may be shown or kept: without user information, the value of every query item
 * whose name isSecretName() masked (however short), and every secret inside it masked.
 */
QByteArray maskedUrl(const QUrl &url, const QList<QByteArray> &secrets);

/** Headers with the value of every secret-named header, and every secret inside the others, masked. */
QList<QPair<QByteArray, QByteArray>> maskedHeaders(
    const QList<QPair<QByteArray, QByteArray>> &headers, const QList<QByteArray> &secrets);

} // namespace Oxa
