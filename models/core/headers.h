// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Oxa {

/** HTTP header fields in the order they came or go: name and value, as bytes. */
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/**
 * The value of a header field, its name compared without case (RFC 9110); the first when it
 * is repeated, a null QByteArray when it is absent (an empty one when present and empty).
 */
inline QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return QByteArray();
}

/** Removes every field of that name, compared without case. */
inline void removeHeader(HeaderList &headers, QByteArrayView name)
{
    headers.removeIf([name](const QPair<QByteArray, QByteArray> &field) {
        return QByteArrayView(field.first).compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace Oxa
