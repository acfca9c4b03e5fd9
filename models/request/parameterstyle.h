// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/operation.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Oxa {

/** How OpenAPI 3 writes a parameter's value (the `style` field; RFC 6570 for most). */
enum class ParameterStyle : quint8 {
    Matrix,
    Label,
    Form,
    Simple,
    SpaceDelimited,
    PipeDelimited,
    DeepObject
};

/** The style a `style` value names, or nothing for an unknown one. */
std::optional<ParameterStyle> parameterStyleNamed(QStringView name);
/** The default style of a location: form for query and cookie, simple for path and header. */
ParameterStyle defaultParameterStyle(ParameterLocation location);
/** The default `explode`: true for form, false for every other style. */
bool defaultExplode(ParameterStyle style);

/** How the characters of names and values are written. */
enum class ParameterEncoding : quint8 {
    Percent,       ///< everything but RFC 3986 unreserved characters percent-encoded
    AllowReserved, ///< reserved characters kept as they are (query `allowReserved: true`)
    None,          ///< as they are (header values)
};

/**
 * The text of one parameter as the OpenAPI specification's style table writes it:
 * `;color=blue,black,brown` (matrix), `.blue.black.brown` (label, exploded),
 * `R=100&G=200&B=150` (form, exploded object), `color[R]=100&color[G]=200` (deepObject)…
 * Query and cookie texts carry the name; path and header texts are the part that replaces the
 * template or makes the header value. Names and values are encoded as `encoding` says;
 * delimiters are written as they are ("%20" for spaceDelimited). A null or Undefined value
 * gives an empty text; nested objects and arrays inside arrays or objects are written as JSON,
 * which no style defines. Object members come in `keyOrder` (the schema's property order),
 * then the others by name. Pure; any thread.
 */
QString serializeParameter(const QString &name,
                           const QJsonValue &value,
                           ParameterStyle style,
                           bool explode,
                           ParameterEncoding encoding = ParameterEncoding::Percent,
                           const QStringList &keyOrder = {});

/** `text` percent-encoded but for unreserved characters (and reserved ones when allowed). */
QString percentEncode(const QString &text, ParameterEncoding encoding);

} // namespace Oxa
