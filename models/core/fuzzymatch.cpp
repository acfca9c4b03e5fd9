// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/fuzzymatch.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Oxa {

namespace {

constexpr int kCharScore = 16;
constexpr int kWordStartBonus = 24;
constexpr int kTextStartBonus = 32;
constexpr int kConsecutiveBonus = 20;
constexpr int kGapOpen = 3;
constexpr int kGapExtend = 1;
constexpr int kNone = std::numeric_limits<int>::min() / 4;

bool startsWord(QStringView text, qsizetype j)
{
    if (j == 0)
        return true;
    const QChar before = text[j - 1];
    const QChar here = text[j];
    if (before.isSpace() || before == u'/' || before == u'_' || before == u'-' || before == u'.'
        || before == u'{' || before == u'(')
        return here.isLetterOrNumber();
    return before.isLower() && here.isUpper();
}

} // namespace

QString fuzzyNeedle(QStringView pattern)
{
    QString needle;
    needle.reserve(pattern.size());
    for (QChar c : pattern) {
        if (!c.isSpace())
            needle.append(c.toCaseFolded());
    }
    return needle;
}

FuzzyMatch fuzzyMatch(QStringView pattern, QStringView text, qsizetype maxTextLength)
{
    const QString needle = fuzzyNeedle(pattern);
    FuzzyMatch result;
    if (needle.isEmpty()) {
        result.score = 0;
        return result;
    }
    text = text.first(std::min(text.size(), maxTextLength));
    const qsizetype m = needle.size();
    const qsizetype n = text.size();
    if (m > n)
        return result;

    // Quick rejection: the needle must be a subsequence at all.
    {
        qsizetype i = 0;
        for (qsizetype j = 0; j < n && i < m; ++j) {
            if (text[j].toCaseFolded() == needle[i])
                ++i;
        }
        if (i < m)
            return result;
    }

    // score[i][j]: best score with needle[i] matched at text[j]; from[i][j]: where needle[i-1]
    // was matched on that alignment.
    std::vector<int> score(size_t(m * n), kNone);
    std::vector<qsizetype> from(size_t(m * n), -1);
    std::vector<int> bonus(static_cast<size_t>(n));
    QString folded;
    folded.reserve(n);
    for (qsizetype j = 0; j < n; ++j) {
        folded.append(text[j].toCaseFolded());
        bonus[size_t(j)] = kCharScore
                           + (j == 0                ? kTextStartBonus
                              : startsWord(text, j) ? kWordStartBonus
                                                    : 0);
    }
    for (qsizetype j = 0; j < n; ++j) {
        if (folded[j] == needle[0])
            score[size_t(j)]
                = bonus[size_t(j)] - (j > 0 ? kGapOpen + int(std::min<qsizetype>(j, 64)) / 8 : 0);
    }
    for (qsizetype i = 1; i < m; ++i) {
        const int *previous = &score[size_t((i - 1) * n)];
        int *row = &score[size_t(i * n)];
        qsizetype *rowFrom = &from[size_t(i * n)];
        // Best alignment with needle[i-1] at some k <= j-2 (a gap before j), minus the gap.
        int running = kNone;
        qsizetype runningFrom = -1;
        for (qsizetype j = 1; j < n; ++j) {
            if (folded[j] == needle[i]) {
                int best = kNone;
                qsizetype bestFrom = -1;
                if (previous[j - 1] != kNone) {
                    best = previous[j - 1] + kConsecutiveBonus;
                    bestFrom = j - 1;
                }
                if (running > best) {
                    best = running;
                    bestFrom = runningFrom;
                }
                if (best != kNone) {
                    row[j] = best + bonus[size_t(j)];
                    rowFrom[j] = bestFrom;
                }
            }
            if (running != kNone)
                running -= kGapExtend;
            if (previous[j - 1] != kNone && previous[j - 1] - kGapOpen > running) {
                running = previous[j - 1] - kGapOpen;
                runningFrom = j - 1;
            }
        }
    }
    const int *last = &score[size_t((m - 1) * n)];
    qsizetype end = -1;
    for (qsizetype j = 0; j < n; ++j) {
        if (last[j] != kNone && (end < 0 || last[j] > last[end]))
            end = j;
    }
    if (end < 0)
        return result;
    result.score = std::max(0, last[end]);
    result.positions.resize(m);
    qsizetype j = end;
    for (qsizetype i = m - 1; i >= 0; --i) {
        result.positions[i] = j;
        j = from[size_t(i * n + j)];
    }
    return result;
}

namespace {

/** Optimal string alignment distance, case-folded, giving up past `limit`. */
int editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size() - b.size())) > limit)
        return limit + 1;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({previous[size_t(j)] + 1,
                              current[size_t(j - 1)] + 1,
                              previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[size_t(j - 2)] + 1);
            current[size_t(j)] = d;
            best = std::min(best, d);
        }
        if (best > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}

} // namespace

QStringList identifierWords(QStringView text)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty())
                words << word;
            word.clear();
            continue;
        }
        if (c.isUpper() && i > 0 && text.at(i - 1).isLower() && !word.isEmpty()) {
            words << word;
            word.clear();
        }
        word += c.toCaseFolded();
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

TierQuery::TierQuery(QStringView query)
    : text(query.toString().simplified())
    , words(identifierWords(query))
{}

MatchTier matchTier(const TierQuery &query, std::initializer_list<QStringView> names)
{
    if (query.text.isEmpty())
        return MatchTier::Fuzzy;
    MatchTier best = MatchTier::Fuzzy;
    for (const QStringView name : names) {
        if (name.compare(query.text, Qt::CaseInsensitive) == 0)
            return MatchTier::Exact;
        if (name.startsWith(query.text, Qt::CaseInsensitive)) {
            best = MatchTier::Prefix;
            continue;
        }
        if (best != MatchTier::Fuzzy || query.words.isEmpty())
            continue;
        // Each query word starts a word of the name, in order; read in place, for the
        // palette asks this of every operation at each key.
        qsizetype at = 0;
        bool all = true;
        for (const QString &w : query.words) {
            bool found = false;
            for (; at < name.size() && !found; ++at) {
                const QChar c = name.at(at);
                const bool starts = c.isLetterOrNumber()
                                    && (at == 0 || !name.at(at - 1).isLetterOrNumber()
                                        || (c.isUpper() && name.at(at - 1).isLower()));
                if (starts && name.mid(at).startsWith(w, Qt::CaseInsensitive)) {
                    found = true;
                    at += w.size() - 1;
                }
            }
            if (!found) {
                all = false;
                break;
            }
        }
        if (all)
            best = MatchTier::WordStarts;
    }
    return best;
}

QStringList closestNames(QStringView wanted, const QStringList &names, int count)
{
    const QString folded = wanted.toString().toCaseFolded();
    if (folded.isEmpty() || folded.size() > 256)
        return {};
    const int limit = std::max(1, int(folded.size()) / 3);
    QList<std::pair<int, QString>> found;
    for (const QString &name : names) {
        const QString other = name.toCaseFolded();
        int distance = other.size() <= 256 ? editDistance(folded, other, limit) : limit + 1;
        if (distance > limit && folded.size() >= 3 && other.contains(folded))
            distance = limit + 1; // after the near misses
        else if (distance > limit)
            continue;
        found.append({distance, name});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &x, const auto &y) {
        return x.first < y.first;
    });
    QStringList out;
    for (const auto &[distance, name] : found) {
        if (out.size() < count && !out.contains(name))
            out << name;
    }
    return out;
}

} // namespace Oxa
