// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/jsontree.h"

#include <QJsonValue>

#include <memory>
#include <optional>

namespace Oxa {

class JsonWriter;

/** A hash consistent with jsonEqual(). */
size_t jsonHash(const JsonNode &node);

/** A value as compact JSON text (scalars included: `"x"`, `12`, `null`); empty for Undefined. */
QByteArray compactJson(const QJsonValue &value);
/** A value as indented JSON text (scalars included), or an empty text for Undefined. */
QString indentedJson(const QJsonValue &value);

/** A node as indented JSON text, members in the order they came (what a person reads). */
QString indentedJson(const JsonNode &node);
/**
 * JSON text indented for reading, members in the order received (QJsonObject would sort
 * them); nothing when the text is not JSON, within our reader's limits.
 */
std::optional<QString> indentedJsonText(const QByteArray &json);

/** Writes a node as JSON, members in document order; deeper than `maxDepth` becomes null. */
void writeJson(JsonWriter &writer, const JsonNode &node, int maxDepth = 64);

/** The value as compact JSON text, cut with "…" past `maxLength` characters (for messages). */
QString jsonText(const JsonNode &node, qsizetype maxLength = 80);

/**
 * A value for people: a string as it is (no quotes), anything else as compact JSON; cut with
 * "…" past `maxLength` characters when `maxLength` is positive.
 */
QString valueText(const QJsonValue &value, qsizetype maxLength = -1);

/**
 * A QJsonValue as a JsonNode in `arena` (integral doubles within 2^53 become integers). Object
 * members keep QJsonObject's order (by key).
 */
JsonNode fromQJsonValue(JsonArena &arena, const QJsonValue &value);
/**
 * JSON text typed by a person as a QJsonValue (any value, scalars included), with our reader's
 * limits. On a syntax error returns nothing and sets `error` to "Line L, column C: reason".
 */
std::optional<QJsonValue> parseJsonText(const QString &text, QString *error);

/** A tree holding a copy of the value, for validating values built by forms. */
std::unique_ptr<JsonTree> treeOf(const QJsonValue &value);

} // namespace Oxa
