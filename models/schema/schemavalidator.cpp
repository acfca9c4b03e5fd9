// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "schemavalidator.h"

#include "document/jsonpointer.h"
#include "schema/formats.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"

#include <QScopeGuard>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <unordered_map>

namespace Oxa {

namespace {

/** What the schemas applied in place at one instance location evaluated (for unevaluated*). */
struct Annotations
{
    std::vector<std::string_view> properties;
    bool allProperties = false;
    quint32 items = 0; // the first `items` items
    bool allItems = false;
    std::vector<quint32> containedItems;

    void merge(const Annotations &other)
    {
        properties.insert(properties.end(), other.properties.begin(), other.properties.end());
        allProperties = allProperties || other.allProperties;
        items = std::max(items, other.items);
        allItems = allItems || other.allItems;
        containedItems.insert(containedItems.end(),
                              other.containedItems.begin(),
                              other.containedItems.end());
    }
    bool hasProperty(std::string_view name) const
    {
        return allProperties
               || std::find(properties.begin(), properties.end(), name) != properties.end();
    }
    bool hasItem(quint32 index) const
    {
        return allItems || index < items
               || std::find(containedItems.begin(), containedItems.end(), index)
                      != containedItems.end();
    }
};

quint64 codePoints(std::string_view utf8)
{
    quint64 count = 0;
    for (char c : utf8) {
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80)
            ++count;
    }
    return count;
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

class Evaluation
{
public:
    Evaluation(const SchemaSet &schemas,
               const SchemaValidator::Options &options,
               QList<ValidationError> *errors)
        : m_schemas(schemas)
        , m_options(options)
        , m_errors(errors)
    {}

    bool evaluate(const Schema &schema, const JsonNode &instance, Annotations *annotations);

private:
    struct Step
    {
        std::string_view key;
        qint64 index = -1;
    };

    /** Errors switched off (or redirected) while evaluating alternatives. */
    class Redirect
    {
    public:
        Redirect(Evaluation &e, QList<ValidationError> *into)
            : m_e(e)
            , m_saved(e.m_errors)
        {
            e.m_errors = into;
        }
        ~Redirect() { m_e.m_errors = m_saved; }

    private:
        Evaluation &m_e;
        QList<ValidationError> *m_saved;
    };

    bool collecting() const { return m_errors != nullptr; }
    void fail(const Schema &schema, const char *keyword, const QString &message);
    QString instancePointer() const;
    bool child(const Schema &schema,
               const JsonNode &value,
               std::string_view key,
               Annotations *a = nullptr);
    bool child(const Schema &schema, const JsonNode &value, quint32 index, Annotations *a = nullptr);
    bool evaluateKeywords(const Schema &s, const JsonNode &instance, Annotations *mine);
    bool checkType(const Schema &s, const JsonNode &instance);
    bool checkNumber(const Schema &s, const JsonNode &instance);
    bool checkString(const Schema &s, const JsonNode &instance);
    bool checkArray(const Schema &s, const JsonNode &instance, Annotations *mine);
    bool checkObject(const Schema &s, const JsonNode &instance, Annotations *mine);
    bool checkAlternatives(const Schema &s, const JsonNode &instance, Annotations *mine);
    bool checkUnevaluated(const Schema &s, const JsonNode &instance, Annotations &mine);
    const Schema *discriminated(const Schema &s, const JsonNode &instance) const;
    const Schema *dynamicTarget(const Schema &s);

    const SchemaSet &m_schemas;
    const SchemaValidator::Options &m_options;
    QList<ValidationError> *m_errors;
    std::vector<Step> m_path;
    std::vector<const SchemaResource *> m_scope;
    int m_depth = 0;
    /** Alternatives are being evaluated again, collecting errors, to explain a failure. */
    bool m_explaining = false;
};

QString Evaluation::instancePointer() const
{
    QString pointer;
    for (const Step &step : m_path) {
        if (step.index >= 0)
            pointer = JsonPointer::append(pointer, qsizetype(step.index));
        else
            pointer = JsonPointer::append(pointer, step.key);
    }
    return pointer;
}

void Evaluation::fail(const Schema &schema, const char *keyword, const QString &message)
{
    if (!m_errors || m_errors->size() >= m_options.maxErrors)
        return;
    ValidationError error;
    error.instancePointer = instancePointer();
    error.keyword = QString::fromLatin1(keyword);
    error.schemaPointer = JsonPointer::append(schema.pointer, std::string_view(keyword));
    error.message = message;
    m_errors->append(error);
}

bool Evaluation::child(const Schema &schema,
                       const JsonNode &value,
                       std::string_view key,
                       Annotations *a)
{
    m_path.push_back({key, -1});
    const bool ok = evaluate(schema, value, a);
    m_path.pop_back();
    return ok;
}

bool Evaluation::child(const Schema &schema, const JsonNode &value, quint32 index, Annotations *a)
{
    m_path.push_back({std::string_view(), qint64(index)});
    const bool ok = evaluate(schema, value, a);
    m_path.pop_back();
    return ok;
}

bool Evaluation::evaluate(const Schema &schema, const JsonNode &instance, Annotations *annotations)
{
    if (schema.kind == Schema::Kind::AlwaysValid)
        return true;
    if (schema.kind == Schema::Kind::AlwaysInvalid) {
        fail(schema, "false", SchemaValidator::tr("No value is allowed here."));
        return false;
    }
    if (m_depth >= m_options.maxDepth) {
        fail(schema,
             "$ref",
             SchemaValidator::tr("The schema nests or recurses too deeply to be checked."));
        return false;
    }
    ++m_depth;
    const bool entered = m_scope.empty() || m_scope.back() != schema.resource;
    if (entered)
        m_scope.push_back(schema.resource);

    Annotations local;
    const bool needsAnnotations
        = annotations || schema.unevaluatedProperties || schema.unevaluatedItems;
    const bool ok = evaluateKeywords(schema, instance, needsAnnotations ? &local : nullptr);
    if (ok && annotations)
        annotations->merge(local);

    if (entered)
        m_scope.pop_back();
    --m_depth;
    return ok;
}

const Schema *Evaluation::dynamicTarget(const Schema &s)
{
    const Schema *target = m_schemas.dynamicTarget(s);
    if (!target || !SchemaSet::dynamicRefIsDynamic(s))
        return target;
    // The outermost resource of the dynamic scope that declares the anchor wins.
    const std::string_view name = SchemaSet::dynamicAnchorName(s);
    for (const SchemaResource *resource : m_scope) {
        if (const Schema *anchored = m_schemas.dynamicAnchor(resource, name))
            return anchored;
    }
    return target;
}

bool Evaluation::evaluateKeywords(const Schema &s, const JsonNode &instance, Annotations *mine)
{
    bool ok = true;
    // Each check may fail; when nobody collects errors the first failure decides.
#define OXA_CHECK(expression)                                                                      \
    do {                                                                                           \
        if (!(expression)) {                                                                       \
            ok = false;                                                                            \
            if (!collecting())                                                                     \
                return false;                                                                      \
        }                                                                                          \
    } while (false)

    if (!s.refText.empty()) {
        const Schema *target = m_schemas.target(s);
        if (!target) {
            fail(s, "$ref", m_schemas.referenceProblem(s));
            OXA_CHECK(false);
        } else {
            OXA_CHECK(evaluate(*target, instance, mine));
        }
    }
    if (!s.dynamicRefText.empty()) {
        const Schema *target = dynamicTarget(s);
        if (!target) {
            fail(s, "$dynamicRef", m_schemas.referenceProblem(s));
            OXA_CHECK(false);
        } else {
            OXA_CHECK(evaluate(*target, instance, mine));
        }
    }
    OXA_CHECK(checkType(s, instance));
    if (s.enumValues) {
        bool found = s.nullable && instance.isNull();
        for (const JsonNode &candidate : s.enumValues->items()) {
            if (found || jsonEqual(candidate, instance)) {
                found = true;
                break;
            }
        }
        if (!found) {
            fail(s, "enum", SchemaValidator::tr("The value is not one of the allowed values."));
            OXA_CHECK(false);
        }
    }
    if (s.constValue && !jsonEqual(*s.constValue, instance)) {
        fail(s,
             "const",
             SchemaValidator::tr("The value must be exactly %1.").arg(jsonText(*s.constValue)));
        OXA_CHECK(false);
    }
    if (instance.isNumber())
        OXA_CHECK(checkNumber(s, instance));
    else if (instance.isString())
        OXA_CHECK(checkString(s, instance));
    else if (instance.isArray())
        OXA_CHECK(checkArray(s, instance, mine));
    else if (instance.isObject())
        OXA_CHECK(checkObject(s, instance, mine));

    for (const Schema *sub : s.allOf)
        OXA_CHECK(evaluate(*sub, instance, mine));
    OXA_CHECK(checkAlternatives(s, instance, mine));
    if (s.notSchema) {
        bool matched = false;
        {
            Redirect quiet(*this, nullptr);
            matched = evaluate(*s.notSchema, instance, nullptr);
        }
        if (matched) {
            fail(s, "not", SchemaValidator::tr("The value matches a schema it must not match."));
            OXA_CHECK(false);
        }
    }
    if (s.ifSchema && (s.thenSchema || s.elseSchema || mine)) {
        Annotations fromIf;
        bool condition = false;
        {
            Redirect quiet(*this, nullptr);
            condition = evaluate(*s.ifSchema, instance, mine ? &fromIf : nullptr);
        }
        if (condition && mine)
            mine->merge(fromIf);
        if (condition && s.thenSchema)
            OXA_CHECK(evaluate(*s.thenSchema, instance, mine));
        else if (!condition && s.elseSchema)
            OXA_CHECK(evaluate(*s.elseSchema, instance, mine));
    }
    if (ok && (s.unevaluatedProperties || s.unevaluatedItems) && mine)
        OXA_CHECK(checkUnevaluated(s, instance, *mine));
#undef OXA_CHECK
    return ok;
}

bool Evaluation::checkType(const Schema &s, const JsonNode &instance)
{
    if (s.types == AnyType)
        return true;
    const quint8 type = schemaTypeOf(instance);
    if (type & s.types)
        return true;
    fail(s,
         "type",
         SchemaValidator::tr("Expected %1, found %2.")
             .arg(schemaTypeNames(s.types & NumberType ? (s.types & ~IntegerType) : s.types),
                  schemaTypeNames(type)));
    return false;
}

bool Evaluation::checkNumber(const Schema &s, const JsonNode &instance)
{
    bool ok = true;
    const double value = instance.toDouble();
    if (s.minimum && value < *s.minimum) {
        fail(s, "minimum", SchemaValidator::tr("Must be at least %1.").arg(number(*s.minimum)));
        ok = false;
    }
    if (s.maximum && value > *s.maximum) {
        fail(s, "maximum", SchemaValidator::tr("Must be at most %1.").arg(number(*s.maximum)));
        ok = false;
    }
    if (s.exclusiveMinimum && value <= *s.exclusiveMinimum) {
        fail(s,
             "exclusiveMinimum",
             SchemaValidator::tr("Must be greater than %1.").arg(number(*s.exclusiveMinimum)));
        ok = false;
    }
    if (s.exclusiveMaximum && value >= *s.exclusiveMaximum) {
        fail(s,
             "exclusiveMaximum",
             SchemaValidator::tr("Must be less than %1.").arg(number(*s.exclusiveMaximum)));
        ok = false;
    }
    if (s.multipleOf) {
        bool multiple = false;
        if (instance.isInteger() && s.multipleOfNode && s.multipleOfNode->isInteger()) {
            multiple = instance.toInteger() % s.multipleOfNode->toInteger() == 0;
        } else {
            const double quotient = value / *s.multipleOf;
            multiple = std::isfinite(quotient)
                       && std::abs(quotient - std::round(quotient))
                              <= 8 * DBL_EPSILON * std::max(1.0, std::abs(quotient));
        }
        if (!multiple) {
            fail(s,
                 "multipleOf",
                 SchemaValidator::tr("Must be a multiple of %1.").arg(number(*s.multipleOf)));
            ok = false;
        }
    }
    if (!s.format.empty() && m_options.assertFormats
        && Formats::check(s.format, instance) == Formats::Verdict::Invalid) {
        fail(s,
             "format",
             SchemaValidator::tr("Out of the range of the format %1.")
                 .arg(QString::fromUtf8(s.format.data(), qsizetype(s.format.size()))));
        ok = false;
    }
    return ok;
}

bool Evaluation::checkString(const Schema &s, const JsonNode &instance)
{
    bool ok = true;
    const std::string_view text = instance.stringView();
    if (s.minLength || s.maxLength) {
        const quint64 length = codePoints(text);
        if (s.minLength && length < *s.minLength) {
            fail(s,
                 "minLength",
                 SchemaValidator::tr("The length must be at least %1.").arg(*s.minLength));
            ok = false;
        }
        if (s.maxLength && length > *s.maxLength) {
            fail(s,
                 "maxLength",
                 SchemaValidator::tr("The length must be at most %1.").arg(*s.maxLength));
            ok = false;
        }
    }
    if (s.pattern) {
        const QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (!s.pattern->match(value).hasMatch()) {
            fail(s,
                 "pattern",
                 SchemaValidator::tr("Must match the pattern %1.")
                     .arg(QString::fromUtf8(s.patternSource.data(),
                                            qsizetype(s.patternSource.size()))));
            ok = false;
        }
    }
    if (!s.format.empty() && m_options.assertFormats
        && Formats::check(s.format, instance) == Formats::Verdict::Invalid) {
        fail(s,
             "format",
             SchemaValidator::tr("Not a valid %1.")
                 .arg(QString::fromUtf8(s.format.data(), qsizetype(s.format.size()))));
        ok = false;
    }
    return ok;
}

bool Evaluation::checkArray(const Schema &s, const JsonNode &instance, Annotations *mine)
{
    bool ok = true;
    const auto items = instance.items();
    const quint64 count = items.size();
    if (s.minItems && count < *s.minItems) {
        fail(s,
             "minItems",
             SchemaValidator::tr("The number of items must be at least %1.").arg(*s.minItems));
        ok = false;
    }
    if (s.maxItems && count > *s.maxItems) {
        fail(s,
             "maxItems",
             SchemaValidator::tr("The number of items must be at most %1.").arg(*s.maxItems));
        ok = false;
    }
    if (!ok && !collecting())
        return false;
    if (s.uniqueItems && count > 1) {
        std::unordered_multimap<size_t, quint32> seen;
        seen.reserve(size_t(count));
        for (quint32 i = 0; i < count; ++i) {
            const size_t hash = jsonHash(items[i]);
            const auto range = seen.equal_range(hash);
            bool duplicate = false;
            for (auto it = range.first; it != range.second; ++it) {
                if (jsonEqual(items[it->second], items[i])) {
                    fail(s,
                         "uniqueItems",
                         SchemaValidator::tr("Items %1 and %2 are equal; items must be unique.")
                             .arg(it->second)
                             .arg(i));
                    duplicate = true;
                    break;
                }
            }
            if (duplicate) {
                ok = false;
                break;
            }
            seen.emplace(hash, i);
        }
        if (!ok && !collecting())
            return false;
    }
    const quint32 prefix = quint32(std::min<size_t>(s.prefixItems.size(), size_t(count)));
    for (quint32 i = 0; i < prefix; ++i) {
        if (!child(*s.prefixItems[i], items[i], i)) {
            ok = false;
            if (!collecting())
                return false;
        }
    }
    if (mine)
        mine->items = std::max(mine->items, prefix);
    if (s.items) {
        for (quint32 i = prefix; i < count; ++i) {
            if (!child(*s.items, items[i], i)) {
                ok = false;
                if (!collecting())
                    return false;
            }
        }
        if (mine)
            mine->allItems = true;
    }
    if (s.contains) {
        quint64 matches = 0;
        {
            Redirect quiet(*this, nullptr);
            for (quint32 i = 0; i < count; ++i) {
                if (child(*s.contains, items[i], i)) {
                    ++matches;
                    if (mine)
                        mine->containedItems.push_back(i);
                }
            }
        }
        const quint64 minimum = s.minContains.value_or(1);
        if (matches < minimum) {
            fail(s,
                 "contains",
                 minimum == 1
                     ? SchemaValidator::tr("No item matches the required item schema.")
                     : SchemaValidator::tr("The number of matching items must be at least %1.")
                           .arg(minimum));
            ok = false;
        }
        if (s.maxContains && matches > *s.maxContains) {
            fail(s,
                 "maxContains",
                 SchemaValidator::tr("The number of matching items must be at most %1.")
                     .arg(*s.maxContains));
            ok = false;
        }
    }
    return ok;
}

bool Evaluation::checkObject(const Schema &s, const JsonNode &instance, Annotations *mine)
{
    bool ok = true;
    const quint64 count = instance.size();
    if (s.minProperties && count < *s.minProperties) {
        fail(s,
             "minProperties",
             SchemaValidator::tr("The number of fields must be at least %1.").arg(*s.minProperties));
        ok = false;
    }
    if (s.maxProperties && count > *s.maxProperties) {
        fail(s,
             "maxProperties",
             SchemaValidator::tr("The number of fields must be at most %1.").arg(*s.maxProperties));
        ok = false;
    }
    for (std::string_view name : s.required) {
        if (instance.get(name))
            continue;
        if (m_options.direction != SchemaValidator::Direction::Any) {
            // readOnly fields are sent by servers only, writeOnly ones by clients only.
            const Schema *property = s.property(name);
            if (property
                && ((property->readOnly
                     && m_options.direction == SchemaValidator::Direction::Request)
                    || (property->writeOnly
                        && m_options.direction == SchemaValidator::Direction::Response)))
                continue;
        }
        m_path.push_back({name, -1});
        fail(s, "required", SchemaValidator::tr("This field is required."));
        m_path.pop_back();
        ok = false;
        if (!collecting())
            return false;
    }
    for (const Schema::Dependency &dependency : s.dependencies) {
        if (!instance.get(dependency.name))
            continue;
        for (std::string_view name : dependency.required) {
            if (!instance.get(name)) {
                m_path.push_back({name, -1});
                fail(s,
                     s.dialect == SchemaDialect::Draft202012
                             || s.dialect == SchemaDialect::Draft201909
                         ? "dependentRequired"
                         : "dependencies",
                     SchemaValidator::tr("This field is required when %1 is present.")
                         .arg(QString::fromUtf8(dependency.name.data(),
                                                qsizetype(dependency.name.size()))));
                m_path.pop_back();
                ok = false;
                if (!collecting())
                    return false;
            }
        }
        if (dependency.schema && !evaluate(*dependency.schema, instance, mine)) {
            ok = false;
            if (!collecting())
                return false;
        }
    }
    if (!ok && !collecting())
        return false;

    const bool hasMemberKeywords = !s.properties.empty() || !s.patternProperties.empty()
                                   || s.additionalProperties || s.propertyNames;
    if (!hasMemberKeywords)
        return ok;
    // Large objects look their declared properties up in a table rather than scanning them.
    std::unordered_map<std::string_view, const Schema *> declared;
    if (s.properties.size() > 16) {
        declared.reserve(s.properties.size());
        for (const Schema::Property &p : s.properties)
            declared.emplace(p.name, p.schema);
    }
    for (const JsonMember &member : instance.members()) {
        const std::string_view name = member.key();
        if (s.propertyNames) {
            const JsonNode nameNode = JsonNode::makeString(name);
            bool valid = false;
            {
                Redirect quiet(*this, nullptr);
                valid = evaluate(*s.propertyNames, nameNode, nullptr);
            }
            if (!valid) {
                m_path.push_back({name, -1});
                fail(s, "propertyNames", SchemaValidator::tr("This field name is not allowed."));
                m_path.pop_back();
                ok = false;
                if (!collecting())
                    return false;
            }
        }
        bool matched = false;
        const Schema *property = nullptr;
        if (!declared.empty()) {
            const auto it = declared.find(name);
            property = it == declared.end() ? nullptr : it->second;
        } else {
            property = s.property(name);
        }
        if (property) {
            matched = true;
            if (!child(*property, member.value, name)) {
                ok = false;
                if (!collecting())
                    return false;
            }
        }
        for (const Schema::PatternSchema &p : s.patternProperties) {
            if (!p.pattern.match(QString::fromUtf8(name.data(), qsizetype(name.size()))).hasMatch())
                continue;
            matched = true;
            if (!child(*p.schema, member.value, name)) {
                ok = false;
                if (!collecting())
                    return false;
            }
        }
        if (matched) {
            if (mine)
                mine->properties.push_back(name);
            continue;
        }
        if (s.additionalProperties) {
            if (s.additionalProperties->kind == Schema::Kind::AlwaysInvalid) {
                m_path.push_back({name, -1});
                fail(s,
                     "additionalProperties",
                     SchemaValidator::tr("The field %1 is not allowed here.")
                         .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
                m_path.pop_back();
                ok = false;
                if (!collecting())
                    return false;
            } else if (!child(*s.additionalProperties, member.value, name)) {
                ok = false;
                if (!collecting())
                    return false;
            }
            if (mine)
                mine->properties.push_back(name);
        }
    }
    return ok;
}

const Schema *Evaluation::discriminated(const Schema &s, const JsonNode &instance) const
{
    if (s.discriminatorProperty.empty() || !instance.isObject())
        return nullptr;
    const JsonNode *value = instance.get(s.discriminatorProperty);
    if (!value || !value->isString())
        return nullptr;
    return m_schemas.discriminated(s, value->stringView());
}

bool Evaluation::checkAlternatives(const Schema &s, const JsonNode &instance, Annotations *mine)
{
    bool ok = true;
    const auto run = [&](const std::vector<const Schema *> &alternatives, bool exactlyOne) {
        if (alternatives.empty())
            return true;
        // Errors are only worth building when they are shown: alternatives are first tried
        // without them (a valid document, the usual case, pays for nothing more), and tried
        // again collecting them only to explain a failure (once: not again at each level below).
        if (collecting() && !m_explaining) {
            Annotations quietly;
            int quietMatches = 0;
            {
                Redirect quiet(*this, nullptr);
                for (size_t i = 0; i < alternatives.size(); ++i) {
                    Annotations branch;
                    if (!evaluate(*alternatives[i], instance, mine ? &branch : nullptr))
                        continue;
                    ++quietMatches;
                    if (mine)
                        quietly.merge(branch);
                    if ((!exactlyOne && !mine) || (exactlyOne && quietMatches > 1))
                        break;
                }
            }
            if (exactlyOne ? quietMatches == 1 : quietMatches > 0) {
                if (mine)
                    mine->merge(quietly);
                return true;
            }
        }
        const bool wasExplaining = m_explaining;
        m_explaining = collecting();
        const auto restore = qScopeGuard([&] { m_explaining = wasExplaining; });
        std::vector<QList<ValidationError>> errors(collecting() ? alternatives.size() : 0);
        int matches = 0;
        int firstMatch = -1;
        int secondMatch = -1;
        for (size_t i = 0; i < alternatives.size(); ++i) {
            Annotations branch;
            bool valid = false;
            {
                Redirect redirect(*this, collecting() ? &errors[i] : nullptr);
                valid = evaluate(*alternatives[i], instance, mine ? &branch : nullptr);
            }
            if (!valid)
                continue;
            ++matches;
            if (firstMatch < 0)
                firstMatch = int(i);
            else if (secondMatch < 0)
                secondMatch = int(i);
            if (mine)
                mine->merge(branch);
            // anyOf may stop at the first match unless annotations of every match count.
            if (!exactlyOne && !mine)
                return true;
            if (exactlyOne && matches > 1 && !collecting() && !mine)
                return false;
        }
        if (exactlyOne && matches > 1) {
            fail(s,
                 "oneOf",
                 SchemaValidator::tr(
                     "The value matches alternatives %1 and %2; it must match exactly one.")
                     .arg(firstMatch + 1)
                     .arg(secondMatch + 1));
            return false;
        }
        if (matches > 0)
            return true;
        fail(s,
             exactlyOne ? "oneOf" : "anyOf",
             SchemaValidator::tr("The value matches none of the alternatives."));
        if (collecting()) {
            // Explain with the alternative the discriminator names, else the closest one.
            size_t best = 0;
            const Schema *named = discriminated(s, instance);
            bool found = false;
            for (size_t i = 0; i < alternatives.size() && named; ++i) {
                if (alternatives[i] == named || m_schemas.target(*alternatives[i]) == named) {
                    best = i;
                    found = true;
                }
            }
            for (size_t i = 1; i < alternatives.size() && !found; ++i) {
                if (errors[i].size() < errors[best].size())
                    best = i;
            }
            for (const ValidationError &e : std::as_const(errors[best])) {
                if (m_errors->size() >= m_options.maxErrors)
                    break;
                m_errors->append(e);
            }
        }
        return false;
    };
    if (!run(s.anyOf, false)) {
        ok = false;
        if (!collecting())
            return false;
    }
    if (!run(s.oneOf, true))
        ok = false;
    return ok;
}

bool Evaluation::checkUnevaluated(const Schema &s, const JsonNode &instance, Annotations &mine)
{
    bool ok = true;
    if (s.unevaluatedProperties && instance.isObject() && !mine.allProperties) {
        for (const JsonMember &member : instance.members()) {
            if (mine.hasProperty(member.key()))
                continue;
            if (s.unevaluatedProperties->kind == Schema::Kind::AlwaysInvalid) {
                m_path.push_back({member.key(), -1});
                fail(s,
                     "unevaluatedProperties",
                     SchemaValidator::tr("The field %1 is not allowed here.")
                         .arg(member.keyString()));
                m_path.pop_back();
                ok = false;
            } else if (!child(*s.unevaluatedProperties, member.value, member.key())) {
                ok = false;
            }
            if (!ok && !collecting())
                return false;
        }
    }
    if (s.unevaluatedItems && instance.isArray() && !mine.allItems) {
        const auto items = instance.items();
        for (quint32 i = 0; i < items.size(); ++i) {
            if (mine.hasItem(i))
                continue;
            if (!child(*s.unevaluatedItems, items[i], i)) {
                ok = false;
                if (!collecting())
                    return false;
            }
        }
    }
    // Whatever was left is now evaluated, for the schemas around this one.
    if (s.unevaluatedProperties)
        mine.allProperties = true;
    if (s.unevaluatedItems)
        mine.allItems = true;
    return ok;
}

} // namespace

SchemaValidator::SchemaValidator(const SchemaSet &schemas)
    : SchemaValidator(schemas, Options())
{}

SchemaValidator::SchemaValidator(const SchemaSet &schemas, Options options)
    : m_schemas(schemas)
    , m_options(options)
{}

bool SchemaValidator::isValid(const Schema &schema, const JsonNode &instance) const
{
    Evaluation evaluation(m_schemas, m_options, nullptr);
    return evaluation.evaluate(schema, instance, nullptr);
}

QList<ValidationError> SchemaValidator::validate(const Schema &schema,
                                                 const JsonNode &instance) const
{
    QList<ValidationError> errors;
    Evaluation evaluation(m_schemas, m_options, &errors);
    const bool valid = evaluation.evaluate(schema, instance, nullptr);
    if (!valid && errors.isEmpty()) {
        ValidationError error;
        error.schemaPointer = schema.pointer;
        error.message = tr("The value does not match the schema.");
        errors.append(error);
    }
    return errors;
}

} // namespace Oxa
