// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "secrets.h"

#include <QRegularExpression>
#include <QString>
#include <QUrl>

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

QByteArray secretMask()
{
    return QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2");
}

QByteArray maskSecrets(QByteArray text, const QList<QByteArray> &secrets)
{
    const QByteArray mask = secretMask();
    for (const QByteArray &secret : secrets) {
        if (secret.size() < 4)
            continue;
        for (const QByteArray &form :
             {secret,
              QUrl::toPercentEncoding(QString::fromUtf8(secret)),
              secret.toBase64(),
              secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)}) {
            text.replace(form, mask);
        }
    }
    return text;
}

QByteArray maskedUrl(const QUrl &url, const QList<QByteArray> &secrets)
{
    QByteArray encoded = url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    const qsizetype question = encoded.indexOf('?');
    if (question >= 0) {
        // Item by item, on the encoded text: the rest of the query stays byte for byte.
        QList<QByteArray> items = encoded.mid(question + 1).split('&');
        for (QByteArray &item : items) {
            const qsizetype equals = item.indexOf('=');
            const QByteArray name
                = QByteArray::fromPercentEncoding(equals < 0 ? item : item.left(equals));
            if (equals >= 0 && isSecretName(QString::fromUtf8(name)))
                item = item.left(equals + 1) + secretMask().toPercentEncoding();
        }
        encoded = encoded.left(question + 1) + items.join('&');
    }
    return maskSecrets(encoded, secrets);
}

QList<QPair<QByteArray, QByteArray>> maskedHeaders(
    const QList<QPair<QByteArray, QByteArray>> &headers, const QList<QByteArray> &secrets)
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (!isSecretName(QString::fromLatin1(name))) {
            out.append({name, maskSecrets(value, secrets)});
            continue;
        }
        // "Bearer ••••": the scheme of an Authorization value is not a secret.
        const qsizetype space = value.indexOf(' ');
        const bool schemed = name.compare("Authorization", Qt::CaseInsensitive) == 0
                             || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0;
        out.append(
            {name, schemed && space > 0 ? value.left(space + 1) + secretMask() : secretMask()});
    }
    return out;
}

} // namespace Oxa
