// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/schematreemodel.h"

#include "document/jsonpointer.h"

namespace Oxa {

namespace {

constexpr int kMaxEnumShown = 8;

QString compactJson(const NodeRef &node)
{
    if (!node)
        return QString();
    switch (node->type()) {
    case JsonNode::Type::String:
        return u'"' + node->toString() + u'"';
    case JsonNode::Type::Array:
        return QStringLiteral("[…]");
    case JsonNode::Type::Object:
        return QStringLiteral("{…}");
    case JsonNode::Type::Null:
        return QStringLiteral("null");
    default:
        return scalarText(node);
    }
}

bool hasKey(const NodeRef &schema, std::string_view key)
{
    return schema && schema->isObject() && schema->get(key) != nullptr;
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

SchemaTreeModel::~SchemaTreeModel() = default;

QString SchemaTreeModel::referenceName(const QString &reference)
{
    const qsizetype hash = reference.indexOf(u'#');
    const QString fragment = hash >= 0 ? reference.mid(hash + 1) : QString();
    if (fragment.isEmpty()) {
        // A whole document: its file name.
        const QString path = reference.left(hash < 0 ? reference.size() : hash);
        return path.mid(path.lastIndexOf(u'/') + 1);
    }
    const qsizetype slash = fragment.lastIndexOf(u'/');
    QString last = fragment.mid(slash + 1);
    return JsonPointer::unescape(QUrl::fromPercentEncoding(last.toUtf8()));
}

void SchemaTreeModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_document.reset();
    endResetModel();
}

void SchemaTreeModel::setSchema(std::shared_ptr<const SpecDocument> document,
                                NodeRef schema,
                                const QString &rootName)
{
    beginResetModel();
    m_items.clear();
    m_document = std::move(document);
    if (m_document && schema)
        addItem(-1, rootName, schema, false);
    endResetModel();
}

int SchemaTreeModel::addItem(int parent, const QString &name, NodeRef written, bool required)
{
    Item item;
    item.parent = parent;
    item.name = name;
    item.written = written;
    item.required = required;
    item.schema = written;
    if (written && written->isObject()) {
        if (const JsonNode *ref = written->get("$ref"); ref && ref->isString()) {
            const ResolvedRef *resolved = m_document->reference(written.node);
            item.reference = ref->toString();
            if (!resolved || resolved->status != RefStatus::Resolved) {
                item.schema = NodeRef{};
                item.unresolved = true;
            } else {
                item.schema = resolved->target;
                // A schema already open above this row: show it, do not open it again.
                for (int p = parent; p >= 0; p = m_items[size_t(p)].parent) {
                    if (m_items[size_t(p)].schema == item.schema) {
                        item.circular = true;
                        break;
                    }
                }
            }
        }
    }
    const int id = int(m_items.size());
    item.row = parent < 0 ? 0 : int(m_items[size_t(parent)].children.size());
    m_items.push_back(std::move(item));
    if (parent >= 0)
        m_items[size_t(parent)].children.push_back(id);
    return id;
}

bool SchemaTreeModel::mayHaveChildren(const Item &item) const
{
    if (item.circular || item.unresolved || !item.schema || !item.schema->isObject())
        return false;
    for (const char *key : {"properties",
                            "patternProperties",
                            "additionalProperties",
                            "items",
                            "prefixItems",
                            "allOf",
                            "oneOf",
                            "anyOf",
                            "not"}) {
        if (hasKey(item.schema, key))
            return true;
    }
    return false;
}

void SchemaTreeModel::buildChildren(int id) const
{
    if (m_items[size_t(id)].childrenBuilt)
        return;
    m_items[size_t(id)].childrenBuilt = true;
    if (!mayHaveChildren(m_items[size_t(id)]))
        return;
    auto *self = const_cast<SchemaTreeModel *>(this);
    const NodeRef schema = m_items[size_t(id)].schema;
    int added = 0;
    int skipped = 0;
    auto add = [&](const QString &name, NodeRef written, bool required) {
        if (added >= kMaxChildren) {
            ++skipped;
            return;
        }
        ++added;
        self->addItem(id, name, written, required);
    };

    QSet<QString> required;
    for (const JsonNode &item : schema.get("required").items())
        required.insert(item.toString());
    for (const JsonMember &member : schema.get("properties").members()) {
        const QString name = member.keyString();
        add(name, NodeRef{schema.source, &member.value}, required.contains(name));
    }
    for (const JsonMember &member : schema.get("patternProperties").members())
        add(tr("pattern %1").arg(member.keyString()), NodeRef{schema.source, &member.value}, false);
    if (const NodeRef additional = schema.get("additionalProperties");
        additional && additional->isObject())
        add(tr("additional properties"), additional, false);
    const NodeRef items = schema.get("items");
    if (items && items->isObject())
        add(tr("[items]"), items, false);
    int position = 0;
    const auto tuple
        = items && items->isArray() ? items.items() : schema.get("prefixItems").items();
    for (const JsonNode &item : tuple)
        add(QStringLiteral("[%1]").arg(position++), NodeRef{schema.source, &item}, false);
    auto variants = [&](std::string_view key, const QString &label) {
        int n = 0;
        for (const JsonNode &item : schema.get(key).items())
            add(label.arg(++n), NodeRef{schema.source, &item}, false);
    };
    variants("allOf", tr("all of #%1"));
    variants("oneOf", tr("one of #%1"));
    variants("anyOf", tr("any of #%1"));
    if (const NodeRef negated = schema.get("not"); negated && negated->isObject())
        add(tr("not"), negated, false);
    if (skipped > 0) {
        Item more;
        more.parent = id;
        more.row = int(m_items[size_t(id)].children.size());
        more.name = tr("… %n more", nullptr, skipped);
        more.childrenBuilt = true;
        m_items.push_back(more);
        m_items[size_t(id)].children.push_back(int(m_items.size()) - 1);
    }
}

QString SchemaTreeModel::typeText(const Item &item) const
{
    const QString name = item.reference.isEmpty() ? QString() : referenceName(item.reference);
    if (item.unresolved)
        return tr("unresolved %1").arg(item.reference);
    const NodeRef schema = item.schema;
    if (!schema)
        return QString();
    if (schema->isBool())
        return schema->toBool() ? tr("anything") : tr("nothing");
    QString type;
    const NodeRef typeNode = schema.get("type");
    if (typeNode && typeNode->isArray()) {
        QStringList types;
        for (const JsonNode &t : typeNode.items())
            types << t.toString();
        type = types.join(u'|');
    } else if (typeNode) {
        type = typeNode->toString();
    } else if (hasKey(schema, "oneOf")) {
        type = tr("one of");
    } else if (hasKey(schema, "anyOf")) {
        type = tr("any of");
    } else if (hasKey(schema, "allOf")) {
        type = tr("all of");
    } else if (hasKey(schema, "properties")) {
        type = QStringLiteral("object");
    }
    if (type.isEmpty() && name.isEmpty() && !hasKey(schema, "enum") && !hasKey(schema, "const")
        && !hasKey(schema, "not"))
        type = tr("anything"); // {} or a schema that only describes or constrains some types
    if (type == u"array") {
        const NodeRef items = schema.get("items");
        QString itemType;
        if (const JsonNode *ref = items ? items->get("$ref") : nullptr; ref && ref->isString())
            itemType = referenceName(ref->toString());
        else if (items && items.get("type"))
            itemType = items.get("type")->toString();
        if (!itemType.isEmpty())
            type = QStringLiteral("array<%1>").arg(itemType);
    }
    if (const NodeRef format = schema.get("format"); format && format->isString())
        type += QStringLiteral(" (%1)").arg(format->toString());
    if (schema.get("nullable") && schema.get("nullable")->toBool())
        type += tr(", nullable");
    if (!name.isEmpty())
        type = type.isEmpty() ? name : QStringLiteral("%1 · %2").arg(name, type);
    if (item.circular)
        type = tr("%1 (circular)").arg(type);
    return type;
}

QString SchemaTreeModel::constraintsOf(const NodeRef &schema)
{
    if (!schema || !schema->isObject())
        return QString();
    QStringList parts;
    if (const NodeRef values = schema.get("enum"); values && values->isArray()) {
        QStringList shown;
        for (const JsonNode &value : values.items()) {
            if (shown.size() == kMaxEnumShown) {
                shown << tr("… (%n in all)", nullptr, int(values->size()));
                break;
            }
            shown << compactJson(NodeRef{schema.source, &value});
        }
        parts << tr("one of: %1").arg(shown.join(QStringLiteral(", ")));
    }
    if (const NodeRef constant = schema.get("const"))
        parts << tr("always %1").arg(compactJson(constant));
    auto bound = [&](std::string_view key, const QString &format) {
        if (const NodeRef value = schema.get(key); value && value->isNumber())
            parts << format.arg(scalarText(value));
    };
    // OpenAPI 3.0 writes exclusiveness as booleans beside the bound; 3.1 as numbers.
    const NodeRef exclusiveMin = schema.get("exclusiveMinimum");
    const NodeRef exclusiveMax = schema.get("exclusiveMaximum");
    const bool exclusiveMinFlag = exclusiveMin && exclusiveMin->isBool() && exclusiveMin->toBool();
    const bool exclusiveMaxFlag = exclusiveMax && exclusiveMax->isBool() && exclusiveMax->toBool();
    bound("minimum", exclusiveMinFlag ? QStringLiteral("> %1") : QStringLiteral("≥ %1"));
    bound("maximum", exclusiveMaxFlag ? QStringLiteral("< %1") : QStringLiteral("≤ %1"));
    bound("exclusiveMinimum", QStringLiteral("> %1"));
    bound("exclusiveMaximum", QStringLiteral("< %1"));
    bound("multipleOf", tr("multiple of %1"));
    bound("minLength", tr("length ≥ %1"));
    bound("maxLength", tr("length ≤ %1"));
    bound("minItems", tr("items ≥ %1"));
    bound("maxItems", tr("items ≤ %1"));
    bound("minProperties", tr("properties ≥ %1"));
    bound("maxProperties", tr("properties ≤ %1"));
    if (const NodeRef pattern = schema.get("pattern"); pattern && pattern->isString())
        parts << tr("pattern %1").arg(pattern->toString());
    if (schema.get("uniqueItems") && schema.get("uniqueItems")->toBool())
        parts << tr("unique items");
    if (const NodeRef value = schema.get("default"))
        parts << tr("default %1").arg(compactJson(value));
    if (schema.get("readOnly") && schema.get("readOnly")->toBool())
        parts << tr("read-only");
    if (schema.get("writeOnly") && schema.get("writeOnly")->toBool())
        parts << tr("write-only");
    if (schema.get("deprecated") && schema.get("deprecated")->toBool())
        parts << tr("deprecated");
    if (const NodeRef discriminator = schema.get("discriminator").get("propertyName");
        discriminator && discriminator->isString())
        parts << tr("discriminator %1").arg(discriminator->toString());
    return parts.join(QStringLiteral("; "));
}

const SchemaTreeModel::Item *SchemaTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = size_t(index.internalId());
    return id < m_items.size() ? &m_items[id] : nullptr;
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_items.empty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const int id = int(parent.internalId());
    if (parent.model() != this || id >= int(m_items.size()))
        return {};
    buildChildren(id);
    const std::vector<int> &children = m_items[size_t(id)].children;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    const Item *item = itemAt(child);
    if (!item || item->parent < 0)
        return {};
    return createIndex(m_items[size_t(item->parent)].row, 0, quintptr(item->parent));
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_items.empty() ? 0 : 1;
    if (parent.column() != 0 || !itemAt(parent))
        return 0;
    buildChildren(int(parent.internalId()));
    return int(m_items[size_t(parent.internalId())].children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SchemaTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_items.empty();
    const Item *item = itemAt(parent);
    if (!item || parent.column() != 0)
        return false;
    return item->childrenBuilt ? !item->children.empty() : mayHaveChildren(*item);
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return item->required ? tr("%1 *").arg(item->name) : item->name;
        case TypeColumn:
            return typeText(*item);
        case ConstraintsColumn:
            return constraintsOf(item->schema);
        case DescriptionColumn: {
            QString description = item->written.get("description").node
                                      ? item->written.get("description")->toString()
                                      : QString();
            if (description.isEmpty() && item->schema)
                description = item->schema.get("description").node
                                  ? item->schema.get("description")->toString()
                                  : QString();
            // One line in the tree; the tooltip has it all.
            if (role == Qt::DisplayRole)
                description = description.section(u'\n', 0, 0);
            return description;
        }
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(item->name, typeText(*item));
    case RequiredRole:
        return item->required;
    case CircularRole:
        return item->circular;
    case UnresolvedRole:
        return item->unresolved;
    case ReferenceNameRole:
        return item->reference.isEmpty() ? QString() : referenceName(item->reference);
    case PointerRole:
        return item->reference;
    case DeprecatedRole:
        return item->schema && item->schema.get("deprecated")
               && item->schema.get("deprecated")->toBool();
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ConstraintsColumn:
        return tr("Constraints");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace Oxa
