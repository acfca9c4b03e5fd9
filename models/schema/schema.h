// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// schema/ compiles JSON Schemas (OpenAPI 3.0 and JSON Schema draft-04, draft-07, 2020-12) once
// into a graph shared by the forms, the validator, the example generator and the mock back-end.

#include "document/specdocument.h"

#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <optional>
#include <string_view>
#include <vector>

namespace Oxa {

class SchemaSet;
struct SchemaResource;

/** The rules a schema is read with. */
enum class SchemaDialect : quint8 {
    OpenApi30,   ///< draft-04 flavour plus nullable, discriminator, example; $ref hides siblings
    Draft4,      ///< `id`, boolean exclusive bounds, `dependencies`, items/additionalItems
    Draft7,      ///< draft-06 and draft-07: `$id`, const, contains, if/then/else, boolean schemas
    Draft201909, ///< $recursiveRef is not supported; otherwise read as 2020-12 without prefixItems
    Draft202012, ///< OpenAPI 3.1: type arrays, prefixItems, $defs, $anchor, $dynamicRef, unevaluated*
};

/** The dialect a `$schema` URI names, or nothing for an unknown URI. */
std::optional<SchemaDialect> dialectOfMetaSchema(std::string_view uri);

/** JSON types as a bit set: `integer` is its own bit, and a number schema accepts integers. */
enum SchemaType : quint8 {
    NullType = 1 << 0,
    BooleanType = 1 << 1,
    ObjectType = 1 << 2,
    ArrayType = 1 << 3,
    NumberType = 1 << 4,
    StringType = 1 << 5,
    IntegerType = 1 << 6,
    AnyType = 0x7f,
};

/** The bit of a JSON value's type: integral doubles (1.0) count as integers. */
quint8 schemaTypeOf(const JsonNode &value);
/** "string", "integer"… for one bit; the names joined with " or " for several. */
QString schemaTypeNames(quint8 types);

/** One compiled schema: a node of a graph in which references are edges, cycles included. */
class Schema
{
public:
    struct Property
    {
        std::string_view name;
        const Schema *schema = nullptr;
    };
    struct PatternSchema
    {
        QRegularExpression pattern;
        std::string_view source;
        const Schema *schema = nullptr;
    };
    struct Dependency
    {
        std::string_view name;
        std::vector<std::string_view> required; // dependentRequired (or array `dependencies`)
        const Schema *schema = nullptr;         // dependentSchemas (or schema `dependencies`)
    };
    struct Mapping
    {
        std::string_view value;
        std::string_view reference; ///< a reference, or a bare component name
    };

    /** Where the schema is: its document and its pointer there ("" for a whole document). */
    const SourceDocument *source = nullptr;
    const JsonTree *tree = nullptr;
    const JsonNode *node = nullptr;
    QString pointer;
    const SchemaResource *resource = nullptr;
    SchemaDialect dialect = SchemaDialect::Draft202012;

    /** `true` and `false` schemas, and a `{}`: accepts (or rejects) anything. */
    enum class Kind : quint8 { Normal, AlwaysValid, AlwaysInvalid };
    Kind kind = Kind::Normal;

    // Type and value.
    quint8 types = AnyType; ///< AnyType when the schema says nothing about types
    bool typeDeclared = false;
    bool nullable = false; ///< OpenAPI 3.0 `nullable: true` (already included in types)
    const JsonNode *enumValues = nullptr; ///< an array node
    const JsonNode *constValue = nullptr;
    std::string_view format;
    std::string_view contentMediaType; ///< 2019+: the media type of a string's content

    // Numbers. Draft-04's boolean exclusive bounds are read into the exclusive fields.
    std::optional<double> minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf;
    const JsonNode *multipleOfNode = nullptr; ///< for exact integer arithmetic

    // Strings (lengths in code points).
    std::optional<quint64> minLength, maxLength;
    std::optional<QRegularExpression> pattern;
    std::string_view patternSource;

    // Arrays. Draft-04/07 `items: [..]` reads as prefixItems, then `additionalItems` as items.
    std::vector<const Schema *> prefixItems;
    const Schema *items = nullptr;
    const Schema *contains = nullptr;
    const Schema *unevaluatedItems = nullptr;
    std::optional<quint64> minItems, maxItems, minContains, maxContains;
    bool uniqueItems = false;

    // Objects.
    std::vector<Property> properties; ///< in document order
    std::vector<PatternSchema> patternProperties;
    const Schema *additionalProperties = nullptr;
    const Schema *propertyNames = nullptr;
    const Schema *unevaluatedProperties = nullptr;
    std::vector<std::string_view> required;
    std::vector<Dependency> dependencies;
    std::optional<quint64> minProperties, maxProperties;

    // Applicators.
    std::vector<const Schema *> allOf, anyOf, oneOf;
    const Schema *notSchema = nullptr;
    const Schema *ifSchema = nullptr;
    const Schema *thenSchema = nullptr;
    const Schema *elseSchema = nullptr;

    // References, resolved on first use (see SchemaSet::target()).
    std::string_view refText;
    std::string_view dynamicRefText;
    bool refHidesSiblings = false; ///< draft-04/07, OpenAPI 3.0: a $ref schema is only its target

    // OpenAPI.
    std::string_view discriminatorProperty;
    std::vector<Mapping> discriminatorMapping;

    // Annotations.
    QString title;
    QString description;
    const JsonNode *defaultValue = nullptr;
    std::vector<const JsonNode *> examples; ///< `examples` items, then `example`
    bool readOnly = false;
    bool writeOnly = false;
    bool deprecated = false;

    /** The property's schema (from `properties` only), or nullptr. */
    const Schema *property(std::string_view name) const;
    bool isRequired(std::string_view name) const;
    /** The schema's name: the last token of a components/schemas or $defs pointer, or empty. */
    QString componentName() const;
    /** `title`, else the component name, else empty. */
    QString displayName() const;

private:
    friend class SchemaSet;
    friend class SchemaCompiler;
    mutable std::atomic<const Schema *> m_ref{nullptr};
    mutable std::atomic<const Schema *> m_dynamicRef{nullptr};
    mutable std::atomic<bool> m_refFailed{false};
    mutable std::atomic<bool> m_dynamicRefFailed{false};
    // Set with m_dynamicRef: its static target declares `$dynamicAnchor` with the fragment's name.
    mutable bool m_hasDynamicAnchorTarget = false;
    mutable std::string_view m_dynamicAnchorName;
};

/** One schema resource: a document root or a subschema with its own `$id`. */
struct SchemaResource
{
    QString baseUri; ///< absolute, without fragment
    const JsonNode *root = nullptr;
    const SourceDocument *source = nullptr;
    const JsonTree *tree = nullptr;
    QString rootPointer;
    SchemaDialect dialect = SchemaDialect::Draft202012;
    /** $dynamicAnchor names of the resource (2020-12) and their nodes. */
    std::vector<std::pair<std::string_view, const JsonNode *>> dynamicAnchors;
    /** The vocabulary-based switch of a custom metaschema: validation keywords are ignored. */
    bool validationVocabulary = true;
};

} // namespace Oxa
