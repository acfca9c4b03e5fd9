// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/valueschema.h"

#include "document/jsonpointer.h"
#include "document/jsonreader.h"
#include "schema/jsonvalues.h"
#include "schema/schemavalidator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Oxa {

ValueSchema::ValueSchema(const std::shared_ptr<const JsonTree> &document,
                         const QString &documentUri,
                         const QString &pointer,
                         const QJsonValue &schemaValue)
    : m_set(std::make_unique<SchemaSet>(SchemaDialect::Draft202012))
{
    std::shared_ptr<const JsonTree> tree = document;
    QString at = pointer;
    if (!tree) {
        tree = std::shared_ptr<const JsonTree>(treeOf(schemaValue));
        at = QString();
    }
    m_set->addDocument(documentUri, tree, SchemaDialect::Draft202012);
    // The schema as a reference into its document, so that its own $refs resolve there.
    const QString wrapperUri = QStringLiteral("https://oxa.invalid/workflow-value.json");
    const QByteArray wrapper
        = QJsonDocument(QJsonObject{{QStringLiteral("$ref"),
                                     QString(documentUri + u'#' + JsonPointer::toUriFragment(at))}})
              .toJson(QJsonDocument::Compact);
    auto wrapperTree = std::make_shared<JsonTree>(wrapper, SourceFormat::Json);
    Diagnostics findings;
    if (!JsonReader::read(*wrapperTree, LoadLimits(), findings))
        return;
    m_set->addDocument(wrapperUri, wrapperTree, SchemaDialect::Draft202012);
    m_schema = m_set->compileDocument(wrapperUri);
}

ValueSchema::~ValueSchema() = default;

QStringList ValueSchema::problems(const QJsonValue &value) const
{
    if (!m_schema)
        return {};
    const auto instance = treeOf(value);
    QStringList out;
    for (const ValidationError &error :
         SchemaValidator(*m_set).validate(*m_schema, *instance->root())) {
        const QString where
            = error.instancePointer.isEmpty() ? QString() : error.instancePointer + u": ";
        out.append(where + error.message);
    }
    return out;
}

} // namespace Oxa
