// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/fuzzymatch.h"

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

} // namespace Oxa
