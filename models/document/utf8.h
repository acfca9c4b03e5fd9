// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace Oxa::Utf8 {

/**
 * The offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
 * surrogates and values above U+10FFFF are invalid), or -1 when the whole text is valid.
 * Linear, with an ASCII fast path.
 */
qsizetype firstInvalid(const char *text, qsizetype size);

} // namespace Oxa::Utf8
