// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "schemabrowser.h"

#include "catalog/catalog.h"
#include "catalog/schematreemodel.h"
#include "safemarkdown.h"
#include "safetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringListModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Oxa {

SchemaBrowser::SchemaBrowser(QWidget *parent)
    : QWidget(parent)
    , m_names(new QStringListModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_model(new SchemaTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("schemaSplitter"));
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("schemaSearch"));
    m_search->setPlaceholderText(tr("Search schemas"));
    m_search->setAccessibleName(tr("Search schemas"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_filtered->setSourceModel(m_names);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("schemaList"));
    m_list->setAccessibleName(tr("Schemas"));
    m_list->setModel(m_filtered);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    leftLayout->addWidget(m_list, 1);
    connect(m_search,
            &QLineEdit::textChanged,
            m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    showSchema(index.data().toString());
            });

    auto *right = new QSplitter(Qt::Vertical, splitter);
    auto *top = new QWidget(right);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 0, 0, 0);
    m_title = plainLabel(tr("Choose a schema."), top);
    m_title->setObjectName(QStringLiteral("schemaTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);
    topLayout->addWidget(m_title);
    m_description = new SafeTextBrowser(top);
    m_description->setFitToContents(true, 8);
    topLayout->addWidget(m_description);
    m_tree = new QTreeView(top);
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setAccessibleName(tr("Schema"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new SafeToolTipDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(SchemaTreeModel::NameColumn, 220);
    m_tree->header()->resizeSection(SchemaTreeModel::TypeColumn, 200);
    m_tree->header()->resizeSection(SchemaTreeModel::ConstraintsColumn, 220);
    topLayout->addWidget(m_tree, 1);

    auto *bottom = new QWidget(right);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(6, 0, 0, 0);
    bottomLayout->addWidget(plainLabel(tr("Used by (double-click to open):"), bottom));
    m_usedBy = new QListWidget(bottom);
    m_usedBy->setObjectName(QStringLiteral("schemaUsedBy"));
    m_usedBy->setAccessibleName(tr("Operations using this schema"));
    m_usedBy->setItemDelegate(new SafeToolTipDelegate(m_usedBy));
    bottomLayout->addWidget(m_usedBy, 1);
    m_referencedBy = plainLabel(QString(), bottom);
    m_referencedBy->setWordWrap(true);
    bottomLayout->addWidget(m_referencedBy);
    connect(m_usedBy, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT operationRequested(item->data(Qt::UserRole).toString());
    });
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
}

SchemaBrowser::~SchemaBrowser() = default;

void SchemaBrowser::setCatalog(std::shared_ptr<const Catalog> catalog,
                               std::shared_ptr<const SchemaUsage> usage)
{
    const QString current = m_current;
    m_catalog = std::move(catalog);
    m_usage = std::move(usage);
    m_names->setStringList(m_usage ? m_usage->schemaNames() : QStringList());
    m_model->clear();
    m_current.clear();
    m_title->setText(m_names->rowCount() == 0 ? tr("This document has no components/schemas.")
                                              : tr("Choose a schema."));
    m_description->setMarkdownText(QString());
    m_usedBy->clear();
    m_referencedBy->clear();
    if (!current.isEmpty())
        showSchema(current);
}

bool SchemaBrowser::showSchema(const QString &name)
{
    if (!m_catalog || !m_usage || !m_usage->schema(name))
        return false;
    m_current = name;
    m_title->setText(name);
    const NodeRef schema = m_usage->schema(name);
    const NodeRef resolved = m_catalog->document().resolve(schema);
    m_description->setMarkdownText(
        resolved.get("description") ? resolved.get("description")->toString() : QString());
    m_model->setSchema(m_catalog->documentPointer(), schema, name);
    m_tree->expandToDepth(0);
    updateUsage();
    const QModelIndexList found
        = m_filtered->match(m_filtered->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    if (!found.isEmpty() && m_list->currentIndex() != found.front())
        m_list->setCurrentIndex(found.front());
    return true;
}

void SchemaBrowser::updateUsage()
{
    m_usedBy->clear();
    const QList<const Operation *> operations = m_usage->usedBy(m_current);
    for (const Operation *op : operations) {
        auto *item
            = new QListWidgetItem(op->summary.isEmpty() ? op->key
                                                        : tr("%1 — %2").arg(op->key, op->summary),
                                  m_usedBy);
        item->setData(Qt::UserRole, op->key);
        item->setToolTip(op->key);
    }
    if (operations.isEmpty())
        m_usedBy->addItem(tr("No operation uses it."));
    const QStringList schemas = m_usage->referencedBy(m_current);
    m_referencedBy->setText(
        schemas.isEmpty()
            ? QString()
            : tr("Referred to by the schemas: %1").arg(schemas.join(QStringLiteral(", "))));
}

} // namespace Oxa
