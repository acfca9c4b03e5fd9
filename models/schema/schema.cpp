// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "schema.h"

#include "document/jsonpointer.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace Oxa {

std::optional<SchemaDialect> dialectOfMetaSchema(std::string_view uri)
{
    // Compared without scheme and trailing "#", which documents write both ways.
    std::string_view text = uri;
    for (std::string_view scheme : {std::string_view("https://"), std::string_view("http://")}) {
        if (text.substr(0, scheme.size()) == scheme)
            text.remove_prefix(scheme.size());
    }
    while (!text.empty() && text.back() == '#')
        text.remove_suffix(1);
    if (text == "json-schema.org/draft-04/schema")
        return SchemaDialect::Draft4;
    if (text == "json-schema.org/draft-06/schema" || text == "json-schema.org/draft-07/schema")
        return SchemaDialect::Draft7;
    if (text == "json-schema.org/draft/2019-09/schema")
        return SchemaDialect::Draft201909;
    if (text == "json-schema.org/draft/2020-12/schema"
        || text == "spec.openapis.org/oas/3.1/dialect/base")
        return SchemaDialect::Draft202012;
    return std::nullopt;
}

quint8 schemaTypeOf(const JsonNode &value)
{
    switch (value.type()) {
    case JsonNode::Type::Null:
        return NullType;
    case JsonNode::Type::Bool:
        return BooleanType;
    case JsonNode::Type::Integer:
        return IntegerType;
    case JsonNode::Type::Double: {
        const double d = value.toDouble();
        return std::isfinite(d) && std::floor(d) == d ? IntegerType : NumberType;
    }
    case JsonNode::Type::String:
        return StringType;
    case JsonNode::Type::Array:
        return ArrayType;
    case JsonNode::Type::Object:
        return ObjectType;
    }
    return NullType;
}

QString schemaTypeNames(quint8 types)
{
    static const struct
    {
        quint8 bit;
        const char *name;
    } names[] = {
        {ObjectType, "object"},
        {ArrayType, "array"},
        {StringType, "string"},
        {IntegerType, "integer"},
        {NumberType, "number"},
        {BooleanType, "boolean"},
        {NullType, "null"},
    };
    QStringList parts;
    for (const auto &entry : names) {
        if (types & entry.bit)
            parts.append(QString::fromLatin1(entry.name));
    }
    //: Joins JSON type names: "string or null"
    return parts.join(QCoreApplication::translate("Oxa::Schema", " or "));
}

const Schema *Schema::property(std::string_view name) const
{
    for (const Property &p : properties) {
        if (p.name == name)
            return p.schema;
    }
    return nullptr;
}

bool Schema::isRequired(std::string_view name) const
{
    for (std::string_view r : required) {
        if (r == name)
            return true;
    }
    return false;
}

QString Schema::componentName() const
{
    QStringView text(pointer);
    const qsizetype slash = text.lastIndexOf(u'/');
    if (slash < 0)
        return QString();
    const QStringView parent = text.first(slash);
    if (parent.endsWith(u"/components/schemas") || parent.endsWith(u"/$defs")
        || parent.endsWith(u"/definitions"))
        return JsonPointer::unescape(text.sliced(slash + 1));
    return QString();
}

QString Schema::displayName() const
{
    return title.isEmpty() ? componentName() : title;
}

} // namespace Oxa
