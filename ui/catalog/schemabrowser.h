// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/schemausage.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QStringListModel;
class QListView;
class QTreeView;

namespace Oxa {

class Catalog;
class SafeTextBrowser;
class SchemaTreeModel;

/**
 * The schemas of `components/schemas`: a searchable list, the chosen schema as a tree, and what
 * uses it (operations, and other schemas).
 */
class SchemaBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaBrowser(QWidget *parent = nullptr);
    ~SchemaBrowser() override;

    /** `usage` may be built later (it is computed off the GUI thread for large documents). */
    void setCatalog(std::shared_ptr<const Catalog> catalog,
                    std::shared_ptr<const SchemaUsage> usage);
    bool showSchema(const QString &name);
    QString currentSchema() const { return m_current; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *usedByList() const { return m_usedBy; }

Q_SIGNALS:
    void operationRequested(const QString &key);

private:
    void updateUsage();

    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const SchemaUsage> m_usage;
    QString m_current;
    QLineEdit *m_search = nullptr;
    QStringListModel *m_names = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_title = nullptr;
    SafeTextBrowser *m_description = nullptr;
    SchemaTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QListWidget *m_usedBy = nullptr;
    QLabel *m_referencedBy = nullptr;
};

} // namespace Oxa
