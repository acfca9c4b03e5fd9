// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "results/resulttable.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <variant>

namespace Oxa {

/**
 * The filter bar's language over a ResultTable: words that a row must contain somewhere (case
 * ignored; "quoted phrases" too), and predicates on columns, all of which must hold:
 *
 *   severity >= 3   status == "open"   status != closed   src.ip in 10.0.0.0/8
 *   name ~ ^beacon  created > 2026-11-20   user = bob
 *
 * Comparisons follow the column's type: numbers numerically, date-times by instant (a date
 * alone is its midnight UTC), addresses by CIDR ("in") or equality, texts without regard to
 * case; `~` is a regular expression on the cell's text. "and" between terms is allowed.
 */
class ResultFilter
{
    Q_DECLARE_TR_FUNCTIONS(ResultFilter)

public:
    /** Where the text is wrong, for the bar to colour it: the Error's message says why. */
    struct Problem
    {
        QString message;
        qsizetype start = 0;
        qsizetype length = 0;
    };

    /** The filter of `text` over `table`'s columns, or what is wrong with it. */
    static std::variant<ResultFilter, Problem> parse(const QString &text, const ResultTable &table);

    bool isEmpty() const { return m_words.empty() && m_predicates.empty(); }
    /** Whether a record (by its index in the array) passes. Thread-safe. */
    bool matches(const ResultTable &table, quint32 record) const;

private:
    enum class Op : quint8 { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Regex, In };
    struct Predicate
    {
        qsizetype column = 0;
        Op op = Op::Equal;
        QByteArray text; ///< UTF-8, for texts
        double number = 0;
        bool isNumber = false; ///< the value reads as a number
        qint64 instant = 0;
        bool hasInstant = false;          ///< the column holds date-times and the value is one
        std::array<quint8, 16> network{}; ///< IPv6 form (IPv4 mapped)
        int prefix = 128;
        QRegularExpression regex;
    };
    bool holds(const Predicate &p, const JsonNode *value) const;

    std::vector<QByteArray> m_words; ///< lower case UTF-8
    std::vector<Predicate> m_predicates;
};

} // namespace Oxa
