// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <functional>

namespace Oxa {

/**
 * YAML 1.2 text of a JSON value, in block style, for files that people read and edit (a
 * workflow the console writes, a collection): mappings in the order `rank` gives (lower
 * first; equal ranks by name, as QJsonObject has them), strings plain when they read back as
 * the same string in YAML 1.2 and 1.1 alike (no "yes", "0x10", "1e3", "null"…), with a
 * literal block for text on several lines, double-quoted otherwise. Reads back with YamlReader
 * as the same JSON value (tested, hostile strings included). `indent` spaces start each line.
 */
QByteArray yamlText(const QJsonValue &value,
                    const std::function<int(QStringView key)> &rank = {},
                    int indent = 0);

/** Whether a string can be written as a plain YAML scalar and read back as that string. */
bool isPlainYamlString(QStringView text);

} // namespace Oxa
