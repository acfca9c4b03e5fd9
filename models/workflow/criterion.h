// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "workflow/runtimeexpression.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace Oxa {

/** A value an expression of a criterion saw, kept in the run record beside the result. */
struct Observed
{
    QString expression;
    QJsonValue value;
};

/** A criterion evaluated: passed or not, what it saw, and why it could not be decided. */
struct CriterionResult
{
    bool passed = false;
    QList<Observed> observed;
    /** Set when it could not be evaluated (an expression found nothing…): it did not pass. */
    QString error;
};

/**
 * An Arazzo Criterion Object, compiled once and evaluated many times (Arazzo 1.0.1 §"Criterion
 * Object"):
 * - `simple`: literals (true, false, null, numbers, 'strings' with '' for a quote), runtime
 *   expressions, `< <= > >= == != ! && ||`, grouping, `[n]` / `['name']` index and `.name`
 *   property access. Comparisons are loose: a number and a numeric string compare as numbers,
 *   strings compare without case. `!`, `&&` and `||` read other values as JavaScript does,
 *   except that the string "false" is false. A condition wholly in {…} is read without them.
 * - `regex`: the context's value (as text) searched with a PCRE2 pattern (QRegularExpression;
 *   ECMA-262 patterns mean the same but for \d, \w and \b, which also match non-ASCII
 *   letters and digits here): a match anywhere passes; anchor with ^ and $.
 * - `jsonpath`: an RFC 9535 query on the context; a non-empty nodelist passes.
 * - `xpath`: an XPath 1.0 expression on the context's XML (libxml2, no network, no external
 *   entities); a non-empty node set, true, a non-zero number or a non-empty string passes.
 *   XPath 2.0 and 3.0 are refused when named; a criterion without a version, which Arazzo reads
 *   as XPath 3.1, is evaluated as XPath 1.0.
 */
class Criterion
{
    Q_DECLARE_TR_FUNCTIONS(Criterion)

public:
    enum class Type : quint8 { Simple, Regex, JsonPath, XPath };

    /** Compiles a criterion; the error's offset is the condition's character at fault. */
    static Result<Criterion> compile(const QString &condition,
                                     const QString &context = {},
                                     Type type = Type::Simple,
                                     const QString &version = {});
    /** "simple", "regex", "jsonpath", "xpath"; nothing for another word. */
    static std::optional<Type> typeFromName(QStringView name);

    CriterionResult evaluate(const ExpressionScope &scope) const;

    Type type() const;
    const QString &condition() const;
    const QString &context() const;
    /** The runtime expressions the criterion reads (for validation and completion). */
    QStringList expressions() const;

    struct Compiled;

private:
    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace Oxa
