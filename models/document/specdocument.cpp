// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "specdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace Oxa {

NodeRef SpecDocument::resolve(NodeRef at) const
{
    if (!at.node || !at.node->isObject())
        return at;
    const JsonNode *ref = at.node->get("$ref");
    if (!ref || !ref->isString())
        return at;
    const auto it = m_references.constFind(at.node);
    if (it == m_references.cend() || it->status != RefStatus::Resolved)
        return NodeRef{};
    return it->target;
}

const ResolvedRef *SpecDocument::reference(const JsonNode *referenceObject) const
{
    const auto it = m_references.constFind(referenceObject);
    return it == m_references.cend() ? nullptr : &*it;
}

Diagnostic SpecDocument::diagnostic(Diagnostic::Severity severity,
                                    DiagnosticCode code,
                                    const QString &message,
                                    const QString &pointer,
                                    const NodeRef &at) const
{
    const TextPosition position = at.position();
    return Diagnostic{severity,
                      code,
                      message,
                      pointer,
                      displayName(at.source),
                      position.line,
                      position.column};
}

QString SpecDocument::displayName(const SourceDocument *source) const
{
    if (!source || source == &main())
        return QString();
    return displayName(source->url());
}

QString SpecDocument::displayName(const QUrl &url) const
{
    if (url == main().url())
        return QString();
    const QUrl &mainUrl = main().url();
    if (url.isLocalFile() && mainUrl.isLocalFile()) {
        const QDir folder = QFileInfo(mainUrl.toLocalFile()).absoluteDir();
        const QString relative = folder.relativeFilePath(url.toLocalFile());
        return relative.startsWith(u"../") ? url.toLocalFile() : relative;
    }
    return url.toDisplayString();
}

const SourceDocument *SpecDocument::sourceNamed(QStringView name) const
{
    for (const std::unique_ptr<SourceDocument> &source : m_sources) {
        if (displayName(source.get()) == name)
            return source.get();
    }
    return nullptr;
}

namespace {

class Dereferencer
{
public:
    Dereferencer(const SpecDocument &document, int maxNodes)
        : m_document(document)
        , m_budget(maxNodes)
    {}

    QJsonValue expand(const JsonNode &node, int depth)
    {
        if (--m_budget < 0 || depth > 256)
            return truncated();
        switch (node.type()) {
        case JsonNode::Type::Array: {
            QJsonArray array;
            for (const JsonNode &item : node.items()) {
                if (m_budget < 0)
                    break;
                array.append(expand(item, depth + 1));
            }
            return array;
        }
        case JsonNode::Type::Object: {
            if (const ResolvedRef *ref = m_document.reference(&node))
                return expandReference(node, *ref, depth);
            // While its members expand, a reference back to this very object is a cycle.
            m_active.push_back(&node);
            QJsonObject object;
            for (const JsonMember &member : node.members()) {
                if (m_budget < 0) {
                    object.insert(QStringLiteral("x-oxa-truncated"), true);
                    break;
                }
                object.insert(member.keyString(), expand(member.value, depth + 1));
            }
            m_active.pop_back();
            return object;
        }
        default:
            return toQJsonValue(node);
        }
    }

private:
    static QJsonValue truncated() { return QJsonObject{{QStringLiteral("x-oxa-truncated"), true}}; }

    QJsonValue expandReference(const JsonNode &node, const ResolvedRef &ref, int depth)
    {
        QJsonObject marker{{QStringLiteral("$ref"), ref.text}};
        if (ref.status != RefStatus::Resolved) {
            marker.insert(QStringLiteral("x-oxa-unresolved"), true);
            return marker;
        }
        for (const JsonNode *active : m_active) {
            if (active == ref.target.node) {
                marker.insert(QStringLiteral("x-oxa-circular"), true);
                return marker;
            }
        }
        m_active.push_back(ref.target.node);
        QJsonValue value = expand(*ref.target.node, depth + 1);
        m_active.pop_back();
        // Sibling keywords (OpenAPI 3.1 schemas, summary/description) stay beside the target's.
        if (value.isObject() && node.size() > 1) {
            QJsonObject object = value.toObject();
            for (const JsonMember &member : node.members()) {
                if (member.key() != "$ref")
                    object.insert(member.keyString(), expand(member.value, depth + 1));
            }
            value = object;
        }
        return value;
    }

    const SpecDocument &m_document;
    int m_budget;
    std::vector<const JsonNode *> m_active;
};

} // namespace

QJsonValue SpecDocument::dereferenced(NodeRef node, int maxNodes) const
{
    if (!node)
        return QJsonValue(QJsonValue::Undefined);
    Dereferencer dereferencer(*this, maxNodes);
    return dereferencer.expand(*node.node, 0);
}

QString scalarText(const NodeRef &ref)
{
    if (!ref)
        return QString();
    const JsonNode &node = *ref.node;
    switch (node.type()) {
    case JsonNode::Type::String:
        return node.toString();
    case JsonNode::Type::Bool:
        return node.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonNode::Type::Null:
        return QString();
    case JsonNode::Type::Integer:
    case JsonNode::Type::Double: {
        if (ref.source) {
            // The number as spelt in the text, when the node still points at it.
            const QByteArray &text = ref.source->tree().text();
            qsizetype end = node.offset();
            auto numeric = [](char c) {
                return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e'
                       || c == 'E' || c == 'x' || c == 'o' || (c >= 'a' && c <= 'f')
                       || (c >= 'A' && c <= 'F');
            };
            while (end < text.size() && numeric(text.at(end)))
                ++end;
            const QByteArray spelt = text.mid(node.offset(), end - qsizetype(node.offset()));
            bool ok = false;
            const double value = spelt.toDouble(&ok);
            if (ok && value == node.toDouble())
                return QString::fromLatin1(spelt);
        }
        return node.isInteger() ? QString::number(node.toInteger())
                                : QString::number(node.toDouble(), 'g', 17);
    }
    default:
        return QString();
    }
}

} // namespace Oxa
