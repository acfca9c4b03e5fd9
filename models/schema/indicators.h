// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Oxa {

/**
 * The kinds of indicator an analyst pastes: addresses and ranges, names, URLs, mailboxes,
 * file hashes and vulnerability ids.
 */
enum class IndicatorKind : quint8 {
    None,
    Ipv4,
    Ipv6,
    Cidr,
    Domain,
    Url,
    Email,
    Md5,
    Sha1,
    Sha256,
    Sha512,
    Cve
};

/**
 * What kind of indicator a single, trimmed and refanged value is; None for text that is none
 * (a sentence, "not an ioc!", a bare word without a dot). Case does not matter. Pure, any thread.
 */
IndicatorKind indicatorKind(const QString &value);
/** The kind's short name, as APIs and STIX-like payloads spell it: "ipv4", "domain", "sha256"… */
QString indicatorKindName(IndicatorKind kind);
/** Whether the kind is a file hash (MD5, SHA-1, SHA-256, SHA-512). */
bool isHashKind(IndicatorKind kind);

/**
 * A defanged indicator restored: "hxxp" → "http", "[.]", "(.)", "{.}", "(dot)", "[dot]" → ".",
 * "[:]" → ":", "[@]", "[at]", "(at)" → "@".
 */
QString refanged(QString value);

/**
 * A pasted list as items, in order. Lines, commas, semicolons and whitespace all separate
 * items; a line whose pieces are none of them an indicator stays one item ("Mimikatz credential
 * dump"), so that free text can still be listed one per line. Surrounding quotes, brackets and
 * bullets are dropped, empty items skipped, a JSON-looking array read item by item; with
 * `refang`, defanged indicators are restored.
 */
QStringList splitPastedList(const QString &text, bool refang = true);

} // namespace Oxa
