// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/catalogfilter.h"

#include "catalog/catalog.h"
#include "catalog/operation.h"

#include <array>

namespace Oxa {

namespace {

struct FieldName
{
    const char *name;
    CatalogFilter::Field field;
};

constexpr std::array kFieldNames{
    FieldName{"method", CatalogFilter::Field::Method},
    FieldName{"tag", CatalogFilter::Field::Tag},
    FieldName{"capability", CatalogFilter::Field::Capability},
    FieldName{"cap", CatalogFilter::Field::Capability},
    FieldName{"risk", CatalogFilter::Field::Risk},
    FieldName{"path", CatalogFilter::Field::Path},
    FieldName{"id", CatalogFilter::Field::OperationId},
    FieldName{"operationid", CatalogFilter::Field::OperationId},
    FieldName{"deprecated", CatalogFilter::Field::Deprecated},
};

constexpr std::array kMethods{"get", "put", "post", "delete", "options", "head", "patch", "trace"};

/** The one known value that `value` names or starts, if exactly one does. */
template<typename Names>
QStringList expandPrefix(const QString &value, const Names &names)
{
    QStringList found;
    for (const QString &name : names) {
        if (name == value)
            return {name};
        if (name.startsWith(value))
            found.append(name);
    }
    return found;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

} // namespace

OperationSearchText::OperationSearchText(const Operation &op)
    : operation(&op)
    , method(op.method.toLower())
    , path(op.path.toLower())
    , operationId(op.operationId.toLower())
    , summary(op.summary.toLower())
    , description(op.description.toLower())
{
    tags.reserve(op.tags.size());
    for (const QString &tag : op.tags)
        tags.append(tag.toLower());
}

OperationSearchIndex::OperationSearchIndex(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog))
{
    if (!m_catalog)
        return;
    m_texts.reserve(size_t(m_catalog->operations().size()));
    for (const Operation &op : m_catalog->operations())
        m_texts.emplace_back(op);
}

QStringList CatalogFilter::fieldNames()
{
    QStringList names;
    for (const FieldName &entry : kFieldNames)
        names.append(QString::fromLatin1(entry.name));
    return names;
}

QStringList CatalogFilter::fieldValues(Field field)
{
    QStringList values;
    switch (field) {
    case Field::Method:
        for (const char *method : kMethods)
            values.append(QString::fromLatin1(method));
        break;
    case Field::Capability:
        for (Capability c : {Capability::Enrichment,
                             Capability::Response,
                             Capability::Telemetry,
                             Capability::Administration,
                             Capability::Other})
            values.append(QString::fromLatin1(capabilityName(c)));
        break;
    case Field::Risk:
        for (Risk r : {Risk::Read, Risk::Write, Risk::Response, Risk::Destructive})
            values.append(QString::fromLatin1(riskName(r)));
        break;
    case Field::Deprecated:
        values = {QStringLiteral("true"), QStringLiteral("false")};
        break;
    case Field::Text:
    case Field::Tag:
    case Field::Path:
    case Field::OperationId:
        break;
    }
    return values;
}

CatalogFilter CatalogFilter::parse(QStringView text)
{
    CatalogFilter filter;
    const qsizetype size = text.size();
    qsizetype i = 0;

    // Reads a quoted or bare value starting at `i`; returns false on an unterminated quote.
    auto readValue = [&](QString &value) {
        value.clear();
        if (i < size && text[i] == u'"') {
            const qsizetype open = i++;
            while (i < size && text[i] != u'"')
                value.append(text[i++]);
            if (i >= size) {
                filter.m_problems.append(
                    {open, size - open, tr("This quotation mark is never closed.")});
                return false;
            }
            ++i; // closing quote
            return true;
        }
        while (i < size && !isSpace(text[i]))
            value.append(text[i++]);
        return true;
    };

    while (i < size) {
        while (i < size && isSpace(text[i]))
            ++i;
        if (i >= size)
            break;
        Term term;
        term.start = i;
        if (text[i] == u'-' || text[i] == u'!') {
            term.negated = true;
            ++i;
            if (i >= size || isSpace(text[i])) {
                filter.m_problems.append({term.start, 1, tr("Nothing follows this negation.")});
                continue;
            }
        }

        // A field is a name made of letters followed by a colon.
        qsizetype nameEnd = i;
        while (nameEnd < size && text[nameEnd].isLetter())
            ++nameEnd;
        const bool hasField = nameEnd > i && nameEnd < size && text[nameEnd] == u':';
        QString value;
        if (!hasField) {
            if (!readValue(value))
                break;
            term.length = i - term.start;
            value = value.toLower();
            if (value.isEmpty()) {
                filter.m_problems.append(
                    {term.start, term.length, tr("This quoted text is empty.")});
                continue;
            }
            term.values = {value};
            filter.m_terms.append(term);
            continue;
        }

        const QString name = text.sliced(i, nameEnd - i).toString().toLower();
        const qsizetype nameStart = i;
        i = nameEnd + 1;
        if (!readValue(value))
            break;
        term.length = i - term.start;
        const auto known
            = std::find_if(kFieldNames.begin(), kFieldNames.end(), [&](const FieldName &f) {
                  return name == QLatin1StringView(f.name);
              });
        if (known == kFieldNames.end()) {
            filter.m_problems.append({nameStart,
                                      nameEnd - nameStart,
                                      tr("Unknown field “%1”. Known fields: %2. Put text with a "
                                         "colon in quotation marks.")
                                          .arg(name, fieldNames().join(QStringLiteral(", ")))});
            continue;
        }
        term.field = known->field;
        value = value.toLower();
        QStringList alternatives;
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            alternatives.append(part.trimmed());
        alternatives.removeAll(QString());
        if (alternatives.isEmpty()) {
            filter.m_problems.append(
                {term.start, term.length, tr("The field “%1” needs a value.").arg(name)});
            continue;
        }

        const QStringList allowed = fieldValues(term.field);
        if (!allowed.isEmpty()) {
            QStringList expanded;
            bool ok = true;
            for (const QString &alternative : alternatives) {
                const QStringList found = expandPrefix(alternative, allowed);
                if (found.size() != 1) {
                    filter.m_problems.append(
                        {term.start,
                         term.length,
                         found.isEmpty()
                             ? tr("“%1” is not a value of %2. Use one of: %3.")
                                   .arg(alternative, name, allowed.join(QStringLiteral(", ")))
                             : tr("“%1” is ambiguous for %2: %3.")
                                   .arg(alternative, name, found.join(QStringLiteral(", ")))});
                    ok = false;
                    break;
                }
                expanded.append(found.front());
            }
            if (!ok)
                continue;
            alternatives = expanded;
        }
        switch (term.field) {
        case Field::Capability:
            for (const QString &v : alternatives)
                term.capabilities.push_back(*capabilityFromName(v));
            break;
        case Field::Risk:
            for (const QString &v : alternatives)
                term.risks.push_back(*riskFromName(v));
            break;
        case Field::Deprecated:
            if (alternatives.size() != 1) {
                filter.m_problems.append(
                    {term.start, term.length, tr("deprecated takes one value: true or false.")});
                continue;
            }
            term.deprecated = alternatives.front() == QLatin1StringView("true");
            break;
        case Field::Text:
        case Field::Method:
        case Field::Tag:
        case Field::Path:
        case Field::OperationId:
            break;
        }
        term.values = alternatives;
        filter.m_terms.append(term);
    }
    return filter;
}

bool CatalogFilter::termMatches(const Term &term, const OperationSearchText &op) const
{
    auto anyValueIn = [&term](const QString &haystack) {
        for (const QString &value : term.values) {
            if (haystack.contains(value))
                return true;
        }
        return false;
    };
    switch (term.field) {
    case Field::Text: {
        const QString &word = term.values.front();
        return op.summary.contains(word) || op.path.contains(word) || op.operationId.contains(word)
               || op.description.contains(word);
    }
    case Field::Method:
        return term.values.contains(op.method);
    case Field::Tag:
        for (const QString &tag : op.tags) {
            if (anyValueIn(tag))
                return true;
        }
        return false;
    case Field::Capability:
        return std::find(term.capabilities.begin(),
                         term.capabilities.end(),
                         op.operation->capability)
               != term.capabilities.end();
    case Field::Risk:
        return std::find(term.risks.begin(), term.risks.end(), op.operation->risk)
               != term.risks.end();
    case Field::Path:
        return anyValueIn(op.path);
    case Field::OperationId:
        return anyValueIn(op.operationId);
    case Field::Deprecated:
        return op.operation->deprecated == term.deprecated;
    }
    return false;
}

bool CatalogFilter::matches(const OperationSearchText &operation) const
{
    if (!isValid())
        return false;
    for (const Term &term : m_terms) {
        if (termMatches(term, operation) == term.negated)
            return false;
    }
    return true;
}

QStringList CatalogFilter::highlights() const
{
    QStringList words;
    for (const Term &term : m_terms) {
        if (term.negated)
            continue;
        if (term.field == Field::Text || term.field == Field::Path
            || term.field == Field::OperationId)
            words.append(term.values);
    }
    words.removeDuplicates();
    return words;
}

} // namespace Oxa
