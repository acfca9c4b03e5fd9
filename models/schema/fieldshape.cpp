// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "fieldshape.h"

#include "schema/indicators.h"
#include "schema/jsonvalues.h"
#include "schema/realisticvalues.h"
#include "schema/schemaset.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Oxa {

namespace {

/** The schema a `$ref`-only schema stands for, followed through chains (bounded). */
const Schema *followed(const SchemaSet &schemas, const Schema *schema, QString *problem)
{
    for (int hops = 0; schema && hops < 32; ++hops) {
        if (schema->refText.empty())
            return schema;
        const Schema *target = schemas.target(*schema);
        if (!target) {
            *problem = schemas.referenceProblem(*schema);
            return nullptr;
        }
        // A 2020-12 $ref with its own constraints stays itself; its parts come through allOf.
        if (!schema->refHidesSiblings && (schema->typeDeclared || !schema->properties.empty()))
            return schema;
        schema = target;
    }
    return schema;
}

/** OpenAPI 3.1 marks file content with contentMediaType (3.0 with format: binary). */
bool isBinaryMedia(std::string_view media)
{
    return !media.empty() && media.substr(0, 5) != "text/"
           && media.find("json") == std::string_view::npos
           && media.find("xml") == std::string_view::npos;
}

bool isNullOnly(const Schema *schema)
{
    return schema && schema->typeDeclared && schema->types == NullType;
}

bool stringFormatIsChecked(std::string_view format)
{
    for (std::string_view f : {"uuid",
                               "ipv4",
                               "ipv6",
                               "email",
                               "uri",
                               "url",
                               "uri-reference",
                               "hostname",
                               "md5",
                               "sha1",
                               "sha256",
                               "sha512",
                               "byte",
                               "json-pointer",
                               "regex",
                               "time"}) {
        if (f == format)
            return true;
    }
    return false;
}

void collectParts(const SchemaSet &schemas,
                  const Schema *schema,
                  std::vector<const Schema *> &into,
                  int depth)
{
    if (!schema || depth > 16)
        return;
    QString ignored;
    const Schema *s = followed(schemas, schema, &ignored);
    if (!s || std::find(into.begin(), into.end(), s) != into.end())
        return;
    into.push_back(s);
    // 2020-12: a $ref beside keywords of its own adds its target's.
    if (!s->refText.empty() && !s->refHidesSiblings)
        collectParts(schemas, schemas.target(*s), into, depth + 1);
    for (const Schema *part : s->allOf)
        collectParts(schemas, part, into, depth + 1);
}

} // namespace

QString FieldDescription::label(const Schema &schema, const QString &propertyName)
{
    if (!schema.title.isEmpty())
        return schema.title;
    if (!propertyName.isEmpty())
        return propertyName;
    return schema.componentName();
}

namespace {

/** A format as people name it ("IPv4", "UUID"), or the format itself. */
QString formatName(std::string_view format)
{
    static const QHash<QByteArray, const char *> names = {
        {"ipv4", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "IPv4")},
        {"ipv6", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "IPv6")},
        {"email", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "Email address")},
        {"hostname", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "Host name")},
        {"uri", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "URI")},
        {"url", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "URL")},
        {"uuid", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "UUID")},
        {"date", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "Date")},
        {"date-time", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "Date and time")},
        {"md5", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "MD5")},
        {"sha1", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "SHA-1")},
        {"sha256", QT_TRANSLATE_NOOP("Oxa::FieldDescription", "SHA-256")},
    };
    const QByteArray key(format.data(), qsizetype(format.size()));
    if (const char *name = names.value(key.toLower()))
        return QCoreApplication::translate("Oxa::FieldDescription", name);
    return QString::fromUtf8(key);
}

} // namespace

QString alternativeName(const Schema &schema)
{
    // Its own name first; then what tells it apart: a format, a constant, its first properties,
    // its type.
    if (QString name = schema.displayName(); !name.isEmpty())
        return name;
    if (!schema.format.empty())
        return formatName(schema.format);
    if (schema.constValue)
        return jsonText(*schema.constValue, 40);
    if (schema.enumValues && schema.enumValues->size() == 1)
        return jsonText(schema.enumValues->items()[0], 40);
    if (!schema.properties.empty()) {
        QStringList names;
        for (const std::string_view name : schema.required)
            names << QString::fromUtf8(name.data(), qsizetype(name.size()));
        if (names.isEmpty()) {
            for (const Schema::Property &property : schema.properties)
                names << QString::fromUtf8(property.name.data(), qsizetype(property.name.size()));
        }
        const qsizetype shown = std::min<qsizetype>(names.size(), 3);
        return FieldDescription::tr("with %1").arg(
            names.mid(0, shown).join(QStringLiteral(", "))
            + (names.size() > shown ? QStringLiteral(", …") : QString()));
    }
    if (schema.typeDeclared)
        return schemaTypeNames(schema.types & ~NullType);
    return QString();
}

FieldDescription describeField(const SchemaSet &schemas, const Schema *schema)
{
    FieldDescription field;
    if (!schema)
        return field;
    const Schema *s = followed(schemas, schema, &field.problem);
    if (!s)
        return field; // free JSON, with the problem said
    field.schema = s;

    // anyOf/oneOf: [X, null] is X, clearable; anything richer is a variant.
    const auto &alternatives = s->oneOf.empty() ? s->anyOf : s->oneOf;
    if (!alternatives.empty()) {
        std::vector<const Schema *> real;
        for (const Schema *alternative : alternatives) {
            QString ignored;
            const Schema *target = followed(schemas, alternative, &ignored);
            if (isNullOnly(target))
                field.nullable = true;
            else
                real.push_back(alternative);
        }
        if (real.size() == 1 && !s->typeDeclared && s->properties.empty()) {
            FieldDescription inner = describeField(schemas, real.front());
            inner.nullable = true;
            return inner;
        }
        if (!real.empty()) {
            field.shape = FieldShape::Variant;
            for (const Schema *alternative : real) {
                QString ignored;
                const Schema *target = followed(schemas, alternative, &ignored);
                field.alternatives.push_back(alternative);
                field.alternativeNames.append(target ? alternativeName(*target) : QString());
            }
            // Said apart: a name two alternatives share, or none, gets its place.
            const QStringList named = field.alternativeNames;
            for (qsizetype i = 0; i < field.alternativeNames.size(); ++i) {
                QString &name = field.alternativeNames[i];
                if (name.isEmpty())
                    name = FieldDescription::tr("Variant %1").arg(i + 1);
                else if (named.count(name) > 1)
                    name = FieldDescription::tr("%1 (variant %2)").arg(name).arg(i + 1);
            }
            return field;
        }
    }

    collectParts(schemas, s, field.parts, 0);
    quint8 types = AnyType;
    for (const Schema *part : field.parts) {
        if (part->typeDeclared)
            types &= part->types;
    }
    if (types & NullType && types != AnyType) {
        field.nullable = true;
        types &= ~NullType;
    }
    const bool hasProperties = std::any_of(field.parts.begin(),
                                           field.parts.end(),
                                           [](const Schema *p) { return !p->properties.empty(); });
    if (s->enumValues && s->enumValues->size() > 0) {
        field.shape = FieldShape::Enum;
        for (const JsonNode &v : s->enumValues->items())
            field.nullable = field.nullable || v.isNull();
        return field;
    }
    if (s->constValue) {
        field.shape = FieldShape::Enum;
        return field;
    }
    if (types == AnyType) {
        // Untyped: guess from the keywords, else free JSON.
        if (hasProperties)
            types = ObjectType;
        else if (s->items)
            types = ArrayType;
        else if (!s->format.empty() || s->pattern || s->minLength || s->maxLength)
            types = StringType;
        else if (s->additionalProperties && s->additionalProperties->kind == Schema::Kind::Normal)
            types = ObjectType;
    }
    switch (types) {
    case StringType: {
        const std::string_view f = s->format;
        if (f == "password" || s->writeOnly)
            field.shape = FieldShape::Secret;
        else if (f == "date")
            field.shape = FieldShape::Date;
        else if (f == "date-time")
            field.shape = FieldShape::DateTime;
        else if (f == "binary" || isBinaryMedia(s->contentMediaType))
            field.shape = FieldShape::File;
        else if (stringFormatIsChecked(f))
            field.shape = FieldShape::Formatted;
        else if (s->maxLength.value_or(0) > 200)
            field.shape = FieldShape::MultiLine;
        else
            field.shape = FieldShape::Text;
        break;
    }
    case IntegerType:
        field.shape = FieldShape::Integer;
        break;
    case IntegerType | NumberType:
    case NumberType:
        field.shape = FieldShape::Number;
        break;
    case BooleanType:
        field.shape = FieldShape::Boolean;
        break;
    case ArrayType: {
        const FieldDescription item = describeField(schemas, s->items);
        if (!s->items || item.shape == FieldShape::FreeJson) {
            field.shape = FieldShape::FreeJson; // an array without items: any JSON array
        } else if (item.schema && item.schema->types == StringType && s->prefixItems.empty()
                   && item.shape != FieldShape::Enum) {
            field.shape = FieldShape::StringList;
        } else {
            field.shape = FieldShape::Array;
        }
        break;
    }
    case ObjectType:
        if (hasProperties)
            field.shape = FieldShape::Object;
        else if (s->additionalProperties && s->additionalProperties->kind == Schema::Kind::Normal)
            field.shape = FieldShape::Map;
        else
            field.shape = s->additionalProperties ? FieldShape::Object : FieldShape::FreeJson;
        break;
    default:
        field.shape = FieldShape::FreeJson;
    }
    return field;
}

FieldDescription describeParameterField(const SchemaSet &schemas, const Schema *schema)
{
    FieldDescription field = describeField(schemas, schema);
    if (field.shape == FieldShape::MultiLine || field.shape == FieldShape::FreeJson)
        field.shape = FieldShape::Text;
    return field;
}

std::vector<Schema::Property> objectProperties(const FieldDescription &field)
{
    std::vector<Schema::Property> out;
    for (const Schema *part : field.parts) {
        for (const Schema::Property &p : part->properties) {
            const bool known = std::any_of(out.begin(), out.end(), [&](const Schema::Property &q) {
                return q.name == p.name;
            });
            if (!known)
                out.push_back(p);
        }
    }
    return out;
}

std::vector<std::string_view> propertiesShownFirst(const FieldDescription &field,
                                                   const std::vector<Schema::Property> &offered)
{
    constexpr size_t kCommon = 4;
    constexpr size_t kFirst = 3;
    std::vector<std::string_view> out;
    for (const Schema::Property &p : offered) {
        if (objectRequires(field, p.name))
            out.push_back(p.name);
    }
    if (!out.empty() || offered.empty())
        return out;
    if (offered.size() <= kCommon) {
        for (const Schema::Property &p : offered)
            out.push_back(p.name);
        return out;
    }
    // Names of what is looked up (ip, sha256, domain, url…) as generated values read them,
    // and the generic words that name a thing.
    static const QSet<QString> naming = {QStringLiteral("id"),
                                         QStringLiteral("name"),
                                         QStringLiteral("value"),
                                         QStringLiteral("type"),
                                         QStringLiteral("kind"),
                                         QStringLiteral("query"),
                                         QStringLiteral("indicator"),
                                         QStringLiteral("observable"),
                                         QStringLiteral("hash")};
    static const QSet<FieldNameKind> lookedUpKinds = {FieldNameKind::Ipv4,
                                                      FieldNameKind::Ipv6,
                                                      FieldNameKind::Sha256,
                                                      FieldNameKind::Sha1,
                                                      FieldNameKind::Md5,
                                                      FieldNameKind::Email,
                                                      FieldNameKind::Domain,
                                                      FieldNameKind::Host,
                                                      FieldNameKind::Url};
    for (const Schema::Property &p : offered) {
        const QString name = QString::fromUtf8(p.name.data(), qsizetype(p.name.size())).toLower();
        const bool common = !p.schema->examples.empty() || p.schema->defaultValue
                            || naming.contains(name) || lookedUpKinds.contains(fieldNameKind(name));
        if (common && out.size() < kCommon)
            out.push_back(p.name);
    }
    if (out.empty()) {
        for (size_t i = 0; i < std::min(kFirst, offered.size()); ++i)
            out.push_back(offered[i].name);
    }
    return out;
}

bool objectRequires(const FieldDescription &field, std::string_view name)
{
    return std::any_of(field.parts.begin(), field.parts.end(), [&](const Schema *part) {
        return part->isRequired(name);
    });
}

QJsonValue valueFromText(const FieldDescription &field, const QString &text)
{
    QString error;
    switch (field.shape) {
    case FieldShape::Integer:
    case FieldShape::Number: {
        bool ok = false;
        const qint64 integer = text.toLongLong(&ok);
        if (ok)
            return integer;
        const double number = text.toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    case FieldShape::Boolean:
        if (text == u"true" || text == u"false")
            return text == u"true";
        return text;
    case FieldShape::StringList:
        if (text.trimmed().startsWith(u'[')) {
            if (const auto parsed = parseJsonText(text, &error))
                return *parsed;
        }
        return QJsonArray::fromStringList(splitPastedList(text));
    case FieldShape::Array:
    case FieldShape::Object:
    case FieldShape::Map:
    case FieldShape::Variant:
    case FieldShape::FreeJson:
        if (const auto parsed = parseJsonText(text, &error))
            return *parsed;
        if (field.shape == FieldShape::Array)
            return QJsonArray::fromStringList(splitPastedList(text));
        return text;
    default:
        if (field.nullable && text == u"null")
            return QJsonValue(QJsonValue::Null);
        return text;
    }
}

} // namespace Oxa
