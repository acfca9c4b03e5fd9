// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/indicators.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Oxa {

class Catalog;
struct Operation;

/**
 * What a request is about, as the mock reads it: the values it carries (path, then query, then
 * the body's top-level members), the list of items a bulk request submits, and how many records
 * it wants (`limit`, `per_page`, `page_size`…).
 */
struct MockSubject
{
    struct Value
    {
        QString name;
        QString text;
        IndicatorKind kind = IndicatorKind::None;
    };
    QList<Value> values;
    QString listName; ///< the body's list of indicators ("indicators"), when it has one
    QStringList items;
    std::optional<int> limit;

    /** The first value that is an indicator; null when none is. */
    const Value *indicator() const;

    static MockSubject of(const Operation &operation,
                          const QHash<QString, QString> &pathParameters,
                          const QByteArray &target,
                          const QByteArray &body);
};

/**
 * What a document's examples say about indicators: each example record that names an indicator
 * with a verdict ("203.0.113.66 is malicious, 94") is remembered, so that every operation of the
 * mock answers the same about it. An indicator no example names gets a verdict drawn from the
 * seed and the indicator itself (the same each time), and a score within the range the examples
 * give that verdict.
 */
class IndicatorFacts
{
public:
    struct Facts
    {
        QString verdict; ///< empty when the examples have no verdicts at all
        std::optional<double> score;
        bool known = false;
    };

    IndicatorFacts() = default;
    explicit IndicatorFacts(const Catalog &catalog);

    Facts about(const QString &indicator, quint64 seed) const;
    bool isEmpty() const { return m_verdicts.isEmpty(); }

    /** The member of a record that names its indicator ("indicator", "ip", "sha256"…). */
    static QString identifierField(const QJsonObject &record,
                                   IndicatorKind kind = IndicatorKind::None);
    /** The member holding a record's verdict ("verdict", "disposition"…), a string. */
    static QString verdictField(const QJsonObject &record);
    /** The member holding a record's score ("score", "risk_score", "confidence"), a number. */
    static QString scoreField(const QJsonObject &record);

private:
    QHash<QString, Facts> m_known; ///< by normalised indicator
    QStringList m_verdicts;        ///< in the order the examples first give them
    QHash<QString, std::pair<double, double>> m_scores; ///< per verdict: lowest, highest
};

/**
 * A record made about `indicator`: the member naming it set to it (other hashes of the same file
 * derived from it), its type member set to the indicator's kind, its verdict and score set to
 * `facts`. Each change is kept only when `fits` accepts the record with it.
 */
QJsonObject recordAbout(QJsonObject record,
                        const QString &indicator,
                        const IndicatorFacts::Facts &facts,
                        quint64 seed,
                        const std::function<bool(const QJsonObject &)> &fits);

/** FNV-1a: a stable hash of bytes, whatever Qt's hash seed. */
quint64 stableHash(const QByteArray &bytes);

} // namespace Oxa
