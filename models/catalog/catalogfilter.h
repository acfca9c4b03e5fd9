// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/classification.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Oxa {

class Catalog;
struct Operation;

/**
 * The lower-case texts a filter looks at, computed once per operation so that a keystroke in
 * the filter bar only compares strings.
 */
struct OperationSearchText
{
    explicit OperationSearchText(const Operation &operation);

    const Operation *operation = nullptr;
    QString method; ///< lower case
    QString path;
    QString operationId;
    QString summary;
    QString description;
    QStringList tags;
};

/**
 * The search texts of every operation of a catalog, in the catalog's order. Building it lowers
 * the case of every description, which takes tens of milliseconds on a large document: the
 * console builds it on its loading thread. Immutable; keeps its catalog alive.
 */
class OperationSearchIndex
{
public:
    explicit OperationSearchIndex(std::shared_ptr<const Catalog> catalog);

    const std::shared_ptr<const Catalog> &catalog() const { return m_catalog; }
    const std::vector<OperationSearchText> &texts() const { return m_texts; }

private:
    std::shared_ptr<const Catalog> m_catalog;
    std::vector<OperationSearchText> m_texts;
};

/**
 * A query over operations, as typed in the catalog's filter bar:
 *
 *     method:post tag:alerts capability:response risk:destructive path:/cti deprecated:false isolate
 *
 * - Fields: `method`, `tag`, `capability` (or `cap`), `risk`, `path`, `id` (or `operationId`),
 *   `deprecated`. A value may list alternatives with commas (`method:put,patch`) and may be
 *   quoted (`tag:"threat intel"`). `method`, `capability`, `risk` and `deprecated` accept only
 *   their known values (a unique prefix is enough); `tag`, `path` and `id` match a part of the
 *   text, ignoring case.
 * - Free words match a part of the summary, path, operationId or description, ignoring case.
 *   A quoted phrase is one word.
 * - A leading `-` or `!` negates a term. Every term must hold.
 *
 * Mistakes (an unknown field, an unknown value, an unterminated quote, an empty value) are
 * reported with their place in the text; an invalid filter matches nothing, so the view can
 * keep the last valid result while the bar shows the mistake.
 */
class CatalogFilter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFilter)

public:
    enum class Field : quint8 {
        Text,
        Method,
        Tag,
        Capability,
        Risk,
        Path,
        OperationId,
        Deprecated
    };

    struct Term
    {
        Field field = Field::Text;
        bool negated = false;
        /** Lower case; alternatives for the enumerated fields and for comma lists. */
        QStringList values;
        std::vector<Capability> capabilities;
        std::vector<Risk> risks;
        bool deprecated = false;
        qsizetype start = 0;
        qsizetype length = 0;
    };

    struct Problem
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString message; ///< translated
    };

    CatalogFilter() = default;
    static CatalogFilter parse(QStringView text);

    bool isEmpty() const { return m_terms.isEmpty() && m_problems.isEmpty(); }
    bool isValid() const { return m_problems.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }
    const QList<Problem> &problems() const { return m_problems; }

    /** False for an invalid filter. */
    bool matches(const OperationSearchText &operation) const;

    /**
     * What to highlight in the matching rows: the free words and the values of `path` and `id`
     * terms that are not negated, lower case.
     */
    QStringList highlights() const;

    /** The names a field may be written with, for completion ("method", "tag"…). */
    static QStringList fieldNames();
    /** The values an enumerated field accepts, for completion; empty for free-text fields. */
    static QStringList fieldValues(Field field);

private:
    bool termMatches(const Term &term, const OperationSearchText &operation) const;

    QList<Term> m_terms;
    QList<Problem> m_problems;
};

} // namespace Oxa
