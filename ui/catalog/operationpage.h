// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTreeView;
class QVBoxLayout;

namespace Oxa {

class Catalog;
class SafeTextBrowser;
class SchemaTreeModel;
struct MediaType;
struct Operation;

/**
 * Everything about one operation, read-only: summary, method and path, capability and risk
 * with their reasons, description (safe Markdown), parameters, request body schema, responses
 * with schemas and examples, security, servers, links and callbacks. Every text from the
 * document is shown as plain text or through SafeMarkdown.
 */
class OperationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OperationPage(QWidget *parent = nullptr);
    ~OperationPage() override;

    void setOperation(std::shared_ptr<const Catalog> catalog, const Operation *operation);
    void clear();
    QString operationKey() const { return m_key; }

    void copyOperationId();
    void copyPath();

Q_SIGNALS:
    /** Show the operation's place in the raw document. */
    void viewSourceRequested(const QString &key);
    void schemaRequested(const QString &name);

private:
    void showRequestBody(int index);
    void showResponse(int row);
    void showMediaType(const MediaType *media,
                       SchemaTreeModel *model,
                       QTreeView *view,
                       QPlainTextEdit *example);

    std::shared_ptr<const Catalog> m_catalog;
    const Operation *m_operation = nullptr;
    QString m_key;

    QWidget *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_method = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_deprecated = nullptr;
    QLabel *m_classification = nullptr;
    QLabel *m_operationId = nullptr;
    QLabel *m_tags = nullptr;
    SafeTextBrowser *m_description = nullptr;
    QTableWidget *m_parameters = nullptr;
    QLabel *m_noParameters = nullptr;
    QWidget *m_bodySection = nullptr;
    QLabel *m_bodyInfo = nullptr;
    QComboBox *m_bodyMedia = nullptr;
    SchemaTreeModel *m_bodyModel = nullptr;
    QTreeView *m_bodyView = nullptr;
    QPlainTextEdit *m_bodyExample = nullptr;
    QListWidget *m_responses = nullptr;
    SafeTextBrowser *m_responseDescription = nullptr;
    QComboBox *m_responseMedia = nullptr;
    SchemaTreeModel *m_responseModel = nullptr;
    QTreeView *m_responseView = nullptr;
    QPlainTextEdit *m_responseExample = nullptr;
    QLabel *m_security = nullptr;
    QLabel *m_servers = nullptr;
    QLabel *m_links = nullptr;
};

} // namespace Oxa
