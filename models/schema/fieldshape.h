// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Oxa {

class SchemaSet;

/** Which editor a schema calls for: the form builder draws one widget per shape. */
enum class FieldShape : quint8 {
    Text,      ///< a line of text
    MultiLine, ///< long text (maxLength > 200, or a description that says so)
    Secret,    ///< masked: format password, or writeOnly
    Integer,
    Number,
    Boolean,
    Enum, ///< a fixed list of values (searchable)
    Date,
    DateTime,
    Formatted,  ///< a checked string: uuid, ipv4, ipv6, email, uri, hostname, hashes
    StringList, ///< an array of strings: accepts a pasted list
    Array,      ///< any other array
    Object,     ///< declared properties
    Map,        ///< free keys with values of one schema (additionalProperties)
    Variant,    ///< oneOf/anyOf alternatives
    FreeJson,   ///< no schema to go by: a JSON editor
    File,       ///< binary content (format binary, octet-stream)
};

/**
 * What a form needs to know about one schema, computed without widgets: the effective schema
 * (references followed, `allOf` merged for display, `anyOf [X, null]` read as X, clearable),
 * the shape and the labels. Pure data, any thread.
 */
struct FieldDescription
{
    Q_DECLARE_TR_FUNCTIONS(FieldDescription)

public:
    FieldShape shape = FieldShape::FreeJson;
    /** The schema the editor works with (a $ref target; the non-null alternative). */
    const Schema *schema = nullptr;
    /** `allOf` parts (followed through references) whose properties the object editor merges. */
    std::vector<const Schema *> parts;
    /** oneOf/anyOf alternatives, for the Variant shape. */
    std::vector<const Schema *> alternatives;
    QStringList alternativeNames;
    /** The field accepts null as well (OpenAPI 3.0 nullable, `anyOf [X, null]`, type arrays). */
    bool nullable = false;
    /** A broken reference on the way: the editor falls back to free JSON and says why. */
    QString problem;

    /** Label: `title`, else the property name, else the component name. */
    static QString label(const Schema &schema, const QString &propertyName);
};

/**
 * An alternative of a oneOf/anyOf as people tell it apart: its title or component name, else
 * its format ("IPv4"), its constant, its first required properties ("with ip, port"), its
 * type; "" when nothing tells.
 */
QString alternativeName(const Schema &schema);

/** The field for a schema (`nullptr`: no schema at all, free JSON). */
FieldDescription describeField(const SchemaSet &schemas, const Schema *schema);

/**
 * The field for a parameter's schema. A value that travels in a path, a query, a header or a
 * cookie is one line: long text, and a value with no schema to go by (a Swagger 2 parameter
 * without a type), are a line of text sent as typed, never a box of JSON.
 */
FieldDescription describeParameterField(const SchemaSet &schemas, const Schema *schema);

/**
 * The properties an object field offers: those of the schema and of its allOf parts (first
 * declaration wins), in document order.
 */
std::vector<Schema::Property> objectProperties(const FieldDescription &field);
bool objectRequires(const FieldDescription &field, std::string_view name);

/**
 * The properties, among `offered` (those the form may show), that an object's form shows
 * before anything is added: the required ones. When none is, the ones people commonly fill:
 * all of a small object (four at most), else those with an example or a default or an
 * identifying name (id, name, value, type, ip, hash, url, domain, query, indicator…), four at
 * most, else the first three. An optional field shown empty sends nothing.
 */
std::vector<std::string_view> propertiesShownFirst(const FieldDescription &field,
                                                   const std::vector<Schema::Property> &offered);

/**
 * Text typed for a field (a command-line `name=value`) as the value its shape calls for:
 * numbers and booleans parsed (kept as text when they do not parse, for validation to say
 * why), lists from JSON or as pasted lists, objects and free values from JSON, anything else
 * as text.
 */
QJsonValue valueFromText(const FieldDescription &field, const QString &text);

} // namespace Oxa
