// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Oxa {

/** How well a pattern matched a text, and where. */
struct FuzzyMatch
{
    /** Higher is better; negative when the pattern is not a subsequence of the text. */
    int score = -1;
    /** Indexes in the text of the matched characters, ascending. */
    QList<qsizetype> positions;

    bool matched() const { return score >= 0; }
};

/**
 * Matches `pattern` as a subsequence of `text`, ignoring case and the pattern's spaces, and
 * scores the best alignment: characters that start words (after a space, `/`, `_`, `-`, `.`, `{`
 * or at a lower-to-upper case change) and runs of consecutive characters score high, gaps cost.
 * So "isohost" finds "Isolate a host" and "gaa" finds "getAllAlerts". Texts longer than
 * `maxTextLength` are cut there, which bounds the work per candidate.
 */
FuzzyMatch fuzzyMatch(QStringView pattern, QStringView text, qsizetype maxTextLength = 512);

/**
 * The characters of `pattern` that fuzzyMatch() looks for: case-folded, spaces left out. A text
 * that does not match a needle matches no needle that starts with it.
 */
QString fuzzyNeedle(QStringView pattern);

/**
 * The case-folded words of a name or a query: runs of letters and digits, split at
 * lower-to-upper case changes ("kill_chain_short_id" and "killChainShortId" give the same).
 */
QStringList identifierWords(QStringView text);

/** How a query meets a name, best first; ranks before any fuzzy score. */
enum class MatchTier : quint8 { Fuzzy, WordStarts, Prefix, Exact };

/** A query prepared once for matchTier(), when it is matched against many names. */
struct TierQuery
{
    explicit TierQuery(QStringView query);
    QString text;      ///< spaces simplified
    QStringList words; ///< case-folded words
};

/**
 * The best tier of `query` over `names` (a summary, an operationId, "GET /path"…), case and
 * repeated spaces ignored: Exact when a name is the query, Prefix when one starts with it,
 * WordStarts when each word of the query starts a word of one name, in order ("li al so" for
 * "List alert sources"), else Fuzzy. A palette sorts by tier, then by fuzzy score.
 */
MatchTier matchTier(const TierQuery &query, std::initializer_list<QStringView> names);

/**
 * The names closest to a mistyped one, for "did you mean": those a few edits away (an
 * insertion, deletion, substitution or swap of neighbours, case ignored; at most a third of
 * the name), and those that start with it or contain it; nearest first, at most `count`.
 */
QStringList closestNames(QStringView wanted, const QStringList &names, int count = 3);

} // namespace Oxa
