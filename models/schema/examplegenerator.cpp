// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "examplegenerator.h"

#include "schema/jsonvalues.h"
#include "schema/realisticvalues.h"
#include "schema/schemaset.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Oxa {

namespace {

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

/** A value for a format, varied by `variant` so that unique items stay unique. */
QString formatted(std::string_view format, int variant)
{
    const QString n = QString::number(variant);
    if (format == "date-time")
        return QStringLiteral("2026-01-%1T09:30:00Z").arg(15 + variant % 14, 2, 10, QLatin1Char('0'));
    if (format == "date")
        return QStringLiteral("2026-01-%1").arg(15 + variant % 14, 2, 10, QLatin1Char('0'));
    if (format == "time")
        return QStringLiteral("09:30:%1Z").arg(variant % 60, 2, 10, QLatin1Char('0'));
    if (format == "email")
        return variant ? QStringLiteral("analyst%1@example.com").arg(n)
                       : QStringLiteral("analyst@example.com");
    if (format == "hostname" || format == "idn-hostname")
        return variant ? QStringLiteral("host%1.example.com").arg(n)
                       : QStringLiteral("host.example.com");
    if (format == "ipv4")
        return QStringLiteral("192.0.2.%1").arg(10 + variant % 240); // RFC 5737 documentation range
    if (format == "ipv6")
        return QStringLiteral("2001:db8::%1").arg(10 + variant % 240, 0, 16); // RFC 3849
    if (format == "uri" || format == "url" || format == "iri")
        return QStringLiteral("https://example.com/%1").arg(variant ? n : QString());
    if (format == "uri-reference" || format == "iri-reference")
        return QStringLiteral("/resources/%1").arg(n);
    if (format == "uuid")
        return QStringLiteral("6f1c2b9e-8d4a-4c3e-9b7f-%1").arg(variant, 12, 10, QLatin1Char('0'));
    if (format == "md5")
        return QStringLiteral("%1").arg(variant, 32, 16, QLatin1Char('0'));
    if (format == "sha1" || format == "sha-1")
        return QStringLiteral("%1").arg(variant, 40, 16, QLatin1Char('0'));
    if (format == "sha256" || format == "sha-256")
        return QStringLiteral("%1").arg(variant, 64, 16, QLatin1Char('0'));
    if (format == "sha512" || format == "sha-512")
        return QStringLiteral("%1").arg(variant, 128, 16, QLatin1Char('0'));
    if (format == "byte")
        return QStringLiteral("b3hh");
    if (format == "regex")
        return QStringLiteral("^[a-z]+$");
    if (format == "json-pointer")
        return QStringLiteral("/items/%1").arg(n);
    if (format == "duration")
        return QStringLiteral("PT%1M").arg(variant + 5);
    if (format == "password")
        return QStringLiteral("secret");
    return QString();
}

/** A value suggested by a field's name (the same reading as seeded values), when its schema
 * says nothing more. */
QString fromName(const QString &name, int variant)
{
    const FieldNameKind kind = fieldNameKind(name);
    const char *format = kind == FieldNameKind::Domain ? "hostname" : formatOf(kind);
    return format ? formatted(format, variant) : QString();
}

/** The range a number may take: exclusive bounds moved in by 1 (integers) or 0.5. */
std::pair<double, double> bounds(const Schema &s, bool integer)
{
    double low = -INFINITY;
    double high = INFINITY;
    if (s.minimum)
        low = *s.minimum;
    if (s.exclusiveMinimum)
        low = std::max(low, *s.exclusiveMinimum + (integer ? 1 : 0.5));
    if (s.maximum)
        high = *s.maximum;
    if (s.exclusiveMaximum)
        high = std::min(high, *s.exclusiveMaximum - (integer ? 1 : 0.5));
    return {low, high};
}

class PatternWriter
{
public:
    explicit PatternWriter(const QString &pattern)
        : m_p(pattern)
    {}

    bool write(QString *out)
    {
        if (!alternatives(out, 0))
            return false;
        return m_at == m_p.size();
    }

private:
    // Writes the first alternative of a sequence list; skips the others.
    bool alternatives(QString *out, int depth)
    {
        if (depth > 20)
            return false;
        if (!sequence(out, depth))
            return false;
        while (m_at < m_p.size() && m_p.at(m_at) == u'|') {
            ++m_at;
            QString ignored;
            if (!sequence(&ignored, depth))
                return false;
        }
        return true;
    }

    bool sequence(QString *out, int depth)
    {
        while (m_at < m_p.size()) {
            const QChar c = m_p.at(m_at);
            if (c == u'|' || c == u')')
                return true;
            if (c == u'^' || c == u'$') {
                ++m_at;
                continue;
            }
            QString atom;
            if (!this->atom(&atom, depth))
                return false;
            int minimum = 1;
            if (!quantifier(&minimum))
                return false;
            for (int i = 0; i < minimum; ++i)
                *out += atom;
            if (out->size() > 4096)
                return false;
        }
        return true;
    }

    bool atom(QString *out, int depth)
    {
        const QChar c = m_p.at(m_at++);
        if (c == u'(') {
            if (m_p.mid(m_at, 2) == u"?:")
                m_at += 2;
            else if (m_at < m_p.size() && m_p.at(m_at) == u'?')
                return false; // look-arounds and named groups
            if (!alternatives(out, depth + 1) || m_at >= m_p.size() || m_p.at(m_at) != u')')
                return false;
            ++m_at;
            return true;
        }
        if (c == u'[')
            return characterClass(out);
        if (c == u'.') {
            *out += u'a';
            return true;
        }
        if (c == u'\\') {
            if (m_at >= m_p.size())
                return false;
            const QChar e = m_p.at(m_at++);
            if (e == u'd')
                *out += u'1';
            else if (e == u'w')
                *out += u'a';
            else if (e == u's')
                *out += u' ';
            else if (e.isLetterOrNumber())
                return false; // \b, \p{…}, back references
            else
                *out += e;
            return true;
        }
        if (c == u'*' || c == u'+' || c == u'?' || c == u'{')
            return false;
        *out += c;
        return true;
    }

    bool characterClass(QString *out)
    {
        if (m_at < m_p.size() && m_p.at(m_at) == u'^')
            return false;
        QChar first;
        bool have = false;
        while (m_at < m_p.size() && m_p.at(m_at) != u']') {
            QChar c = m_p.at(m_at++);
            if (c == u'\\' && m_at < m_p.size()) {
                const QChar e = m_p.at(m_at++);
                c = e == u'd' ? u'1' : e == u'w' ? u'a' : e == u's' ? u' ' : e;
            }
            if (!have) {
                first = c;
                have = true;
            }
        }
        if (m_at >= m_p.size() || !have)
            return false;
        ++m_at; // ']'
        *out += first;
        return true;
    }

    bool quantifier(int *minimum)
    {
        if (m_at >= m_p.size())
            return true;
        const QChar c = m_p.at(m_at);
        if (c == u'*' || c == u'?') {
            ++m_at;
            *minimum = 0;
            // An optional atom is written once anyway when that is harmless: keep it out.
        } else if (c == u'+') {
            ++m_at;
            *minimum = 1;
        } else if (c == u'{') {
            const qsizetype close = m_p.indexOf(u'}', m_at);
            if (close < 0)
                return false;
            const QString body = m_p.mid(m_at + 1, close - m_at - 1);
            bool ok = false;
            *minimum = body.section(u',', 0, 0).toInt(&ok);
            if (!ok || *minimum > 1000)
                return false;
            m_at = close + 1;
        } else {
            return true;
        }
        if (m_at < m_p.size() && (m_p.at(m_at) == u'?' || m_p.at(m_at) == u'+'))
            ++m_at; // lazy or possessive
        return true;
    }

    const QString &m_p;
    qsizetype m_at = 0;
};

class Generation
{
public:
    Generation(const SchemaSet &schemas, const ExampleGenerator::Options &options)
        : m_schemas(schemas)
        , m_options(options)
        , m_validator(schemas, validatorOptions(options))
    {
        if (options.seed)
            m_random.emplace(*options.seed,
                             options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc());
    }

    QJsonValue value(const Schema &s, int depth, int variant, const QString &name);

private:
    static SchemaValidator::Options validatorOptions(const ExampleGenerator::Options &options)
    {
        SchemaValidator::Options o;
        o.direction = options.direction;
        o.maxErrors = 1;
        return o;
    }
    bool valid(const Schema &s, const QJsonValue &v) const
    {
        const auto tree = treeOf(v);
        return m_validator.isValid(s, *tree->root());
    }
    bool valid(const Schema &s, const JsonNode &v) const { return m_validator.isValid(s, v); }
    quint8 chosenType(const Schema &s) const;
    QJsonValue fromType(const Schema &s, quint8 type, int depth, int variant, const QString &name);
    QJsonValue string(const Schema &s, int variant, const QString &name);
    QJsonValue number(const Schema &s, bool integer, int variant);
    QJsonValue array(const Schema &s, int depth, const QString &name);
    QJsonValue object(const Schema &s, int depth, const QString &name = QString());
    QJsonValue realistic(const Schema &s, const QString &name);
    bool skipped(const Schema &property) const
    {
        return (property.readOnly && m_options.direction == SchemaValidator::Direction::Request)
               || (property.writeOnly
                   && m_options.direction == SchemaValidator::Direction::Response);
    }

    const SchemaSet &m_schemas;
    const ExampleGenerator::Options &m_options;
    SchemaValidator m_validator;
    std::optional<RealisticValues> m_random;
    int m_nodes = 0;
    /** The name of the object or list whose members are being made ("rule", "ttps"). */
    QString m_parent;
};

QJsonObject merged(QJsonObject into, const QJsonValue &other)
{
    const QJsonObject object = other.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
    }
    return into;
}

QJsonValue Generation::value(const Schema &s, int depth, int variant, const QString &name)
{
    ++m_nodes;
    if (s.kind != Schema::Kind::Normal || depth > m_options.maxDepth)
        return QJsonValue(QJsonValue::Null);
    // What the schema offers itself, when it is valid (variants after the first are made up).
    if (s.constValue)
        return toQJsonValue(*s.constValue);
    if (m_random && !s.enumValues) {
        const QJsonValue v = realistic(s, name);
        if (!v.isUndefined() && valid(s, v))
            return v;
    }
    if (variant == 0) {
        for (const JsonNode *example : s.examples) {
            if (valid(s, *example))
                return toQJsonValue(*example);
        }
        if (s.defaultValue && valid(s, *s.defaultValue))
            return toQJsonValue(*s.defaultValue);
    }
    if (s.enumValues && s.enumValues->size() > 0) {
        const auto values = s.enumValues->items();
        std::vector<const JsonNode *> choices;
        for (const JsonNode &v : values) {
            if (!v.isNull())
                choices.push_back(&v);
        }
        if (choices.empty())
            return QJsonValue(QJsonValue::Null);
        const size_t index = m_random ? m_random->choice(quint32(choices.size()), name)
                                      : size_t(variant) % choices.size();
        return toQJsonValue(*choices[index]);
    }

    if (!s.refText.empty()) {
        const Schema *target = m_schemas.target(s);
        QJsonValue fromTarget
            = target ? value(*target, depth, variant, name) : QJsonValue(QJsonValue::Null);
        if (s.refHidesSiblings || !fromTarget.isObject())
            return fromTarget;
        // 2020-12: the siblings add to the target.
        return merged(object(s, depth, name).toObject(), fromTarget);
    }
    if (!s.dynamicRefText.empty()) {
        if (const Schema *target = m_schemas.dynamicTarget(s))
            return value(*target, depth, variant, name);
    }
    const auto &alternatives = s.oneOf.empty() ? s.anyOf : s.oneOf;
    if (!alternatives.empty()) {
        // The first alternative that is not just null and whose value the whole schema accepts.
        QJsonValue fallback;
        for (const Schema *alternative : alternatives) {
            const Schema *target
                = alternative->refText.empty() ? alternative : m_schemas.target(*alternative);
            if (target && target->typeDeclared && target->types == NullType)
                continue;
            QJsonValue candidate = value(*alternative, depth, variant, name);
            if (candidate.isObject() && !s.discriminatorProperty.empty()) {
                QJsonObject object = candidate.toObject();
                const QString property = text(s.discriminatorProperty);
                if (!object.contains(property)) {
                    object.insert(property, m_schemas.discriminatorTag(s, *alternative));
                    candidate = object;
                }
            }
            if (candidate.isObject() && (s.typeDeclared || !s.properties.empty()))
                candidate = merged(object(s, depth, name).toObject(), candidate);
            if (fallback.isUndefined())
                fallback = candidate;
            if (valid(s, candidate))
                return candidate;
        }
        if (!fallback.isUndefined())
            return fallback;
    }
    if (!s.allOf.empty()) {
        QJsonValue combined;
        for (const Schema *part : s.allOf) {
            const QJsonValue v = value(*part, depth, variant, name);
            if (combined.isUndefined() || (combined.isNull() && !v.isNull()))
                combined = v;
            else if (combined.isObject() && v.isObject())
                combined = merged(combined.toObject(), v);
        }
        if (combined.isObject() && (!s.properties.empty() || s.typeDeclared))
            combined = merged(object(s, depth, name).toObject(), combined);
        if (!combined.isUndefined() && !combined.isNull())
            return combined;
    }
    return fromType(s, chosenType(s), depth, variant, name);
}

QJsonValue Generation::realistic(const Schema &s, const QString &name)
{
    if (s.kind != Schema::Kind::Normal || !s.refText.empty() || s.pattern || s.multipleOf)
        return QJsonValue(QJsonValue::Undefined);
    const quint8 type = chosenType(s);
    if (type == StringType) {
        QString v = m_random->forFormat(s.format);
        if (v.isNull() && s.format.empty())
            v = m_random->forName(name, m_parent);
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v);
    }
    if (type == IntegerType || type == NumberType) {
        const bool integer = type == IntegerType;
        const auto [low, high] = bounds(s, integer);
        const auto v = m_random->numberForName(name, low, high, integer);
        if (!v)
            return QJsonValue(QJsonValue::Undefined);
        if (integer)
            return qint64(*v);
        return *v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

quint8 Generation::chosenType(const Schema &s) const
{
    if (s.typeDeclared) {
        for (quint8 t : {ObjectType, ArrayType, StringType, IntegerType, NumberType, BooleanType}) {
            if (s.types & t)
                return t;
        }
        return NullType;
    }
    if (!s.properties.empty() || !s.required.empty() || s.additionalProperties || s.minProperties)
        return ObjectType;
    if (s.items || !s.prefixItems.empty() || s.minItems || s.contains)
        return ArrayType;
    if (s.minLength || s.maxLength || s.pattern || !s.format.empty())
        return StringType;
    if (s.minimum || s.maximum || s.exclusiveMinimum || s.exclusiveMaximum || s.multipleOf)
        return NumberType;
    return NullType;
}

QJsonValue Generation::fromType(
    const Schema &s, quint8 type, int depth, int variant, const QString &name)
{
    switch (type) {
    case ObjectType:
        return object(s, depth, name);
    case ArrayType:
        return array(s, depth, name);
    case StringType:
        return string(s, variant, name);
    case IntegerType:
        return number(s, true, variant);
    case NumberType:
        return number(s, false, variant);
    case BooleanType:
        return m_random ? m_random->below(3) == 0 : variant % 2 == 0;
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

QJsonValue Generation::string(const Schema &s, int variant, const QString &name)
{
    QString result = formatted(s.format, variant);
    if (result.isEmpty() && s.pattern) {
        result = ExampleGenerator::stringForPattern(text(s.patternSource));
        if (!result.isNull() && variant > 0) {
            // Vary a pattern's value by its last digit or letter, when that still matches.
            for (qsizetype i = result.size() - 1; i >= 0; --i) {
                if (result.at(i).isDigit() || result.at(i).isLetter()) {
                    QString varied = result;
                    varied[i]
                        = QChar(result.at(i).isDigit() ? u'0' + variant % 10 : u'a' + variant % 26);
                    if (s.pattern->match(varied).hasMatch())
                        result = varied;
                    break;
                }
            }
        }
        if (!result.isNull() && m_random) {
            // Seeded: random digits, then random letters, wherever the pattern still matches
            // ("al-00000" becomes "al-48213"), so that generated ids differ.
            for (const bool letters : {false, true}) {
                QString varied = result;
                for (QChar &c : varied) {
                    if (!letters && c.isDigit())
                        c = QChar(u'0' + m_random->below(10));
                    else if (letters && c >= u'a' && c <= u'z')
                        c = QChar(u'a' + m_random->below(26));
                    else if (letters && c >= u'A' && c <= u'Z')
                        c = QChar(u'A' + m_random->below(26));
                }
                if (s.pattern->match(varied).hasMatch())
                    result = varied;
            }
        }
        if (result.isNull())
            result = m_random ? m_random->readable(name, m_parent) : QStringLiteral("string");
    }
    if (result.isEmpty() && s.format.empty())
        result = fromName(name, variant);
    if (result.isEmpty() && s.format.empty() && m_random)
        result = m_random->readable(name, m_parent);
    if (result.isEmpty() && s.format.empty()) {
        result = QStringLiteral("string");
        if (variant > 0)
            result += QString::number(variant);
    }
    if (s.minLength && quint64(result.size()) < *s.minLength && *s.minLength <= 10000)
        result += QString(qsizetype(*s.minLength) - result.size(), u'x');
    if (s.maxLength && quint64(result.size()) > *s.maxLength)
        result.truncate(qsizetype(*s.maxLength));
    return result;
}

QJsonValue Generation::number(const Schema &s, bool integer, int variant)
{
    const auto [low, high] = bounds(s, integer);
    double v = std::isfinite(low) ? low : (std::isfinite(high) && high < 1 ? high : 1);
    if (!std::isfinite(low) && std::isfinite(high) && high >= 1)
        v = std::min(1.0, high);
    if (!integer && !s.multipleOf && !std::isfinite(low) && !std::isfinite(high))
        v = 1.5;
    v += variant;
    if (std::isfinite(high) && v > high)
        v = high;
    if (s.multipleOf && *s.multipleOf > 0) {
        const double m = *s.multipleOf;
        v = std::ceil(v / m) * m;
        if (std::isfinite(high) && v > high)
            v = std::floor(high / m) * m;
    }
    if (integer)
        v = std::ceil(v);
    if (integer && std::abs(v) < 9007199254740992.0)
        return qint64(v);
    return v;
}

QJsonValue Generation::array(const Schema &s, int depth, const QString &name)
{
    // Items are named after their list: the members of "ttps" items know they are techniques.
    const QString itemName = name.isEmpty() ? m_parent : name;
    QJsonArray out;
    for (size_t i = 0; i < s.prefixItems.size(); ++i) {
        if (s.minItems && quint64(i) >= *s.minItems && i > 0)
            break;
        out.append(value(*s.prefixItems[i], depth + 1, 0, itemName));
    }
    quint64 wanted = std::max<quint64>(s.minItems.value_or(0), out.isEmpty() ? 1 : 0);
    if (s.maxItems)
        wanted = std::min(wanted, *s.maxItems);
    if (m_random && !s.prefixItems.size())
        wanted = m_random->arrayLength(quint32(std::min<quint64>(s.minItems.value_or(0), 1000)),
                                       quint32(std::min<quint64>(s.maxItems.value_or(1000), 1000)),
                                       depth > 1);
    if (m_nodes > m_options.maxNodes || depth >= m_options.optionalDepth)
        wanted = s.minItems.value_or(0);
    const Schema *item = s.items;
    if (item && item->kind == Schema::Kind::AlwaysInvalid)
        item = nullptr;
    for (quint64 i = quint64(out.size()); i < wanted && i < 1000; ++i) {
        if (item)
            out.append(value(*item, depth + 1, int(i), itemName));
        else if (s.contains)
            out.append(value(*s.contains, depth + 1, int(i), itemName));
        else
            out.append(QStringLiteral("item%1").arg(i + 1));
    }
    if (s.contains && !valid(s, out) && (!s.maxItems || quint64(out.size()) < *s.maxItems))
        out.append(value(*s.contains, depth + 1, 0, itemName));
    return out;
}

QJsonValue Generation::object(const Schema &s, int depth, const QString &name)
{
    const QString outer = m_parent;
    if (!name.isEmpty())
        m_parent = name;
    QJsonObject out;
    const bool optional = m_options.includeOptional && depth < m_options.optionalDepth
                          && m_nodes < m_options.maxNodes;
    for (const Schema::Property &p : s.properties) {
        const bool required = s.isRequired(p.name);
        if (skipped(*p.schema) || (!required && !optional))
            continue;
        if (!required && p.schema->deprecated)
            continue;
        const QString member = text(p.name);
        out.insert(member, value(*p.schema, depth + 1, 0, member));
    }
    if (out.isEmpty() && !s.properties.empty() && m_options.includeOptional
        && depth < m_options.maxDepth && m_nodes < m_options.maxNodes) {
        // Too deep for optional members, and none is required: its plain members (no
        // containers, so no further depth) rather than an empty object.
        for (const Schema::Property &p : s.properties) {
            const Schema *target
                = p.schema->refText.empty() ? p.schema : m_schemas.target(*p.schema);
            if (!target || skipped(*p.schema) || p.schema->deprecated)
                continue;
            const quint8 type = chosenType(*target);
            if (type == StringType || type == IntegerType || type == NumberType
                || type == BooleanType) {
                const QString member = text(p.name);
                out.insert(member, value(*p.schema, depth + 1, 0, member));
            }
        }
    }
    for (std::string_view r : s.required) {
        const QString key = text(r);
        if (out.contains(key) || s.property(r))
            continue;
        const Schema *schema = s.additionalProperties;
        out.insert(key,
                   schema ? value(*schema, depth + 1, 0, key)
                          : QJsonValue(m_random ? m_random->readable(key, m_parent)
                                                : QStringLiteral("string")));
    }
    if (s.minProperties && quint64(out.size()) < *s.minProperties && s.additionalProperties
        && s.additionalProperties->kind != Schema::Kind::AlwaysInvalid) {
        for (int i = 1; quint64(out.size()) < *s.minProperties && i < 1000; ++i)
            out.insert(QStringLiteral("key%1").arg(i),
                       value(*s.additionalProperties, depth + 1, i, QString()));
    }
    m_parent = outer;
    return out;
}

} // namespace

ExampleGenerator::ExampleGenerator(const SchemaSet &schemas)
    : ExampleGenerator(schemas, Options())
{}

ExampleGenerator::ExampleGenerator(const SchemaSet &schemas, Options options)
    : m_schemas(schemas)
    , m_options(options)
{}

QJsonValue ExampleGenerator::generate(const Schema &schema) const
{
    Generation generation(m_schemas, m_options);
    QJsonValue v = generation.value(schema, 0, 0, QString());
    if (m_options.seed) {
        // Random values can break what one value cannot see (uniqueItems, a oneOf that two
        // alternatives now match): the value is checked as a whole, and made again without
        // the seed when the schema refuses it.
        SchemaValidator::Options checking;
        checking.direction = m_options.direction;
        checking.maxErrors = 1;
        const auto tree = treeOf(v);
        if (!SchemaValidator(m_schemas, checking).isValid(schema, *tree->root())) {
            Options plain = m_options;
            plain.seed.reset();
            Generation again(m_schemas, plain);
            v = again.value(schema, 0, 0, QString());
        }
    }
    return v;
}

QString ExampleGenerator::stringForPattern(const QString &pattern)
{
    QString out;
    PatternWriter writer(pattern);
    if (!writer.write(&out))
        return QString();
    if (!QRegularExpression(pattern).match(out).hasMatch())
        return QString();
    return out;
}

} // namespace Oxa
