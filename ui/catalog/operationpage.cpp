// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "operationpage.h"

#include "catalog/catalog.h"
#include "catalog/schematreemodel.h"
#include "operationdelegate.h"
#include "safemarkdown.h"
#include "safetext.h"
#include "schema/jsonvalues.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Oxa {

namespace {

constexpr int kMaxExampleNodes = 20'000;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QTreeView *schemaView(SchemaTreeModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setItemDelegate(new SafeToolTipDelegate(view));
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->resizeSection(SchemaTreeModel::NameColumn, 220);
    view->header()->resizeSection(SchemaTreeModel::TypeColumn, 200);
    view->header()->resizeSection(SchemaTreeModel::ConstraintsColumn, 220);
    view->header()->setStretchLastSection(true);
    view->setMinimumHeight(160);
    return view;
}

QPlainTextEdit *exampleView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setMaximumHeight(180);
    view->setAccessibleName(QCoreApplication::translate("OperationPage", "Example"));
    return view;
}

void selectable(QLabel *label)
{
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace

OperationPage::OperationPage(QWidget *parent)
    : QWidget(parent)
    , m_bodyModel(new SchemaTreeModel(this))
    , m_responseModel(new SchemaTreeModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder
        = plainLabel(tr("Choose an operation in the catalog, or press Ctrl+K to find one."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll, 1);
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    scroll->hide();

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 8, 12, 12);

    m_title = plainLabel(QString(), m_content);
    m_title->setObjectName(QStringLiteral("operationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    selectable(m_title);
    layout->addWidget(m_title);

    auto *line = new QHBoxLayout;
    m_method = plainLabel(QString(), m_content);
    m_method->setObjectName(QStringLiteral("operationMethod"));
    m_method->setAutoFillBackground(true);
    m_method->setContentsMargins(6, 2, 6, 2);
    QFont methodFont = m_method->font();
    methodFont.setBold(true);
    m_method->setFont(methodFont);
    line->addWidget(m_method);
    m_path = plainLabel(QString(), m_content);
    m_path->setObjectName(QStringLiteral("operationPath"));
    m_path->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    selectable(m_path);
    line->addWidget(m_path, 1);
    auto *copyId = new QPushButton(tr("Copy operationId"), m_content);
    copyId->setObjectName(QStringLiteral("copyOperationId"));
    copyId->setToolTip(tr("Copy the operationId to the clipboard (Ctrl+Shift+I)"));
    auto *copyPath = new QPushButton(tr("Copy path"), m_content);
    copyPath->setObjectName(QStringLiteral("copyPath"));
    copyPath->setToolTip(tr("Copy the path to the clipboard (Ctrl+Shift+P)"));
    auto *source = new QPushButton(tr("View source"), m_content);
    source->setObjectName(QStringLiteral("viewSource"));
    source->setToolTip(tr("Show this operation in the raw document (Ctrl+U)"));
    line->addWidget(copyId);
    line->addWidget(copyPath);
    line->addWidget(source);
    layout->addLayout(line);
    connect(copyId, &QPushButton::clicked, this, &OperationPage::copyOperationId);
    connect(copyPath, &QPushButton::clicked, this, &OperationPage::copyPath);
    connect(source, &QPushButton::clicked, this, [this] { Q_EMIT viewSourceRequested(m_key); });

    m_deprecated
        = plainLabel(tr("Deprecated: this operation may disappear from the back-end."), m_content);
    m_deprecated->setObjectName(QStringLiteral("operationDeprecated"));
    m_deprecated->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }"));
    layout->addWidget(m_deprecated);

    // Plain boxes rather than a form layout: wrapped labels get their height in a box layout.
    m_classification = plainLabel(QString(), m_content);
    m_classification->setObjectName(QStringLiteral("operationClassification"));
    m_classification->setWordWrap(true);
    m_operationId = plainLabel(QString(), m_content);
    m_operationId->setObjectName(QStringLiteral("operationId"));
    m_operationId->setWordWrap(true);
    selectable(m_operationId);
    m_tags = plainLabel(QString(), m_content);
    m_tags->setWordWrap(true);
    layout->addWidget(m_classification);
    layout->addWidget(m_operationId);
    layout->addWidget(m_tags);

    m_description = new SafeTextBrowser(m_content);
    m_description->setObjectName(QStringLiteral("operationDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setFitToContents(true, 20);
    layout->addWidget(m_description);

    layout->addWidget(sectionTitle(tr("Parameters"), m_content));
    m_noParameters = plainLabel(tr("None."), m_content);
    layout->addWidget(m_noParameters);
    m_parameters = new QTableWidget(0, 6, m_content);
    m_parameters->setObjectName(QStringLiteral("operationParameters"));
    m_parameters->setAccessibleName(tr("Parameters"));
    m_parameters->setHorizontalHeaderLabels(
        {tr("Name"), tr("In"), tr("Type"), tr("Required"), tr("Constraints"), tr("Description")});
    m_parameters->setItemDelegate(new SafeToolTipDelegate(m_parameters));
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->verticalHeader()->hide();
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_parameters->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_parameters);

    m_bodySection = new QWidget(m_content);
    auto *body = new QVBoxLayout(m_bodySection);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(sectionTitle(tr("Request body"), m_bodySection));
    m_bodyInfo = plainLabel(QString(), m_bodySection);
    m_bodyInfo->setWordWrap(true);
    body->addWidget(m_bodyInfo);
    m_bodyMedia = new QComboBox(m_bodySection);
    m_bodyMedia->setAccessibleName(tr("Request media type"));
    body->addWidget(m_bodyMedia);
    m_bodyView = schemaView(m_bodyModel, m_bodySection);
    m_bodyView->setObjectName(QStringLiteral("requestBodySchema"));
    m_bodyView->setAccessibleName(tr("Request body schema"));
    body->addWidget(m_bodyView);
    m_bodyExample = exampleView(m_bodySection);
    body->addWidget(m_bodyExample);
    layout->addWidget(m_bodySection);
    connect(m_bodyMedia, &QComboBox::currentIndexChanged, this, &OperationPage::showRequestBody);

    layout->addWidget(sectionTitle(tr("Responses"), m_content));
    m_responses = new QListWidget(m_content);
    m_responses->setObjectName(QStringLiteral("operationResponses"));
    m_responses->setAccessibleName(tr("Responses"));
    m_responses->setMaximumHeight(120);
    m_responses->setItemDelegate(new SafeToolTipDelegate(m_responses));
    layout->addWidget(m_responses);
    m_responseDescription = new SafeTextBrowser(m_content);
    m_responseDescription->setFitToContents(true, 8);
    layout->addWidget(m_responseDescription);
    m_responseMedia = new QComboBox(m_content);
    m_responseMedia->setAccessibleName(tr("Response media type"));
    layout->addWidget(m_responseMedia);
    m_responseView = schemaView(m_responseModel, m_content);
    m_responseView->setObjectName(QStringLiteral("responseSchema"));
    m_responseView->setAccessibleName(tr("Response schema"));
    layout->addWidget(m_responseView);
    m_responseExample = exampleView(m_content);
    layout->addWidget(m_responseExample);
    connect(m_responses, &QListWidget::currentRowChanged, this, &OperationPage::showResponse);
    connect(m_responseMedia, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int row = m_responses->currentRow();
        if (!m_operation || row < 0 || row >= m_operation->responses.size())
            return;
        const Response &response = m_operation->responses[row];
        showMediaType(index >= 0 && index < response.content.size() ? &response.content[index]
                                                                    : nullptr,
                      m_responseModel,
                      m_responseView,
                      m_responseExample);
    });

    m_security = plainLabel(QString(), m_content);
    m_security->setWordWrap(true);
    m_servers = plainLabel(QString(), m_content);
    m_servers->setWordWrap(true);
    selectable(m_servers);
    m_links = plainLabel(QString(), m_content);
    m_links->setWordWrap(true);
    layout->addWidget(sectionTitle(tr("Security, servers and links"), m_content));
    layout->addWidget(m_security);
    layout->addWidget(m_servers);
    layout->addWidget(m_links);
    layout->addStretch(1);
}

OperationPage::~OperationPage() = default;

void OperationPage::clear()
{
    m_catalog.reset();
    m_operation = nullptr;
    m_key.clear();
    m_bodyModel->clear();
    m_responseModel->clear();
    m_scroll->hide();
    m_placeholder->show();
}

void OperationPage::copyOperationId()
{
    if (m_operation)
        QApplication::clipboard()->setText(m_operation->operationId);
}

void OperationPage::copyPath()
{
    if (m_operation)
        QApplication::clipboard()->setText(m_operation->path);
}

void OperationPage::setOperation(std::shared_ptr<const Catalog> catalog, const Operation *op)
{
    if (!catalog || !op) {
        clear();
        return;
    }
    m_catalog = std::move(catalog);
    m_operation = op;
    m_key = op->key;
    m_placeholder->hide();
    m_scroll->show();

    m_title->setText(op->summary.isEmpty() ? op->key : op->summary);
    m_method->setText(op->method);
    QPalette badge = m_method->palette();
    badge.setColor(QPalette::Window, methodColour(op->method));
    badge.setColor(QPalette::WindowText, Qt::white);
    m_method->setPalette(badge);
    m_path->setText(op->webhook ? tr("%1 (webhook)").arg(op->path) : op->path);
    m_deprecated->setVisible(op->deprecated);
    m_classification->setText(tr("Capability: %1 — %2\nRisk: %3 — %4")
                                  .arg(capabilityText(op->capability),
                                       op->capabilityReason,
                                       riskText(op->risk),
                                       op->riskReason));
    m_operationId->setText(
        op->operationIdSynthesised
            ? tr("operationId: %1 (none in the document; made up from the method and path)")
                  .arg(op->operationId)
            : tr("operationId: %1").arg(op->operationId));
    m_tags->setText(
        tr("Tags: %1").arg(op->tags.isEmpty() ? tr("none") : op->tags.join(QStringLiteral(", "))));
    m_description->setMarkdownText(op->description);
    m_description->setVisible(!op->description.isEmpty());

    m_parameters->setRowCount(int(op->parameters.size()));
    m_noParameters->setVisible(op->parameters.isEmpty());
    m_parameters->setVisible(!op->parameters.isEmpty());
    for (int row = 0; row < op->parameters.size(); ++row) {
        const Parameter &p = op->parameters[row];
        const QString constraintText
            = SchemaTreeModel::constraintsOf(m_catalog->document().resolve(p.schema));
        const QStringList cells{p.name,
                                QString::fromLatin1(parameterLocationName(p.location)),
                                p.schemaSummary.text(),
                                p.required ? tr("required") : tr("optional"),
                                constraintText,
                                p.description};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(column == 5 ? cells[column].section(u'\n', 0, 0)
                                                          : cells[column]);
            item->setToolTip(cells[column]);
            if (p.deprecated) {
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
            }
            m_parameters->setItem(row, column, item);
        }
    }
    m_parameters->resizeColumnsToContents();
    m_parameters->setColumnWidth(5, std::max(200, m_parameters->columnWidth(5)));

    m_bodySection->setVisible(op->requestBody.has_value());
    m_bodyMedia->blockSignals(true);
    m_bodyMedia->clear();
    if (op->requestBody) {
        m_bodyInfo->setText((op->requestBody->required ? tr("Required.") : tr("Optional."))
                            + (op->requestBody->description.isEmpty()
                                   ? QString()
                                   : u' ' + op->requestBody->description));
        for (const MediaType &media : op->requestBody->content)
            m_bodyMedia->addItem(media.name);
    }
    m_bodyMedia->blockSignals(false);
    showRequestBody(m_bodyMedia->count() > 0 ? 0 : -1);

    m_responses->clear();
    for (const Response &response : op->responses) {
        const QString first = response.description.section(u'\n', 0, 0);
        auto *item
            = new QListWidgetItem(QStringLiteral("%1  %2").arg(response.code, first), m_responses);
        item->setToolTip(response.description);
    }
    m_responses->setCurrentRow(op->responses.isEmpty() ? -1 : 0);
    if (op->responses.isEmpty())
        showResponse(-1);

    QStringList security;
    for (const SecurityRequirement &requirement : op->security) {
        if (requirement.schemes.isEmpty()) {
            security << tr("anonymous access allowed");
            continue;
        }
        QStringList all;
        for (const auto &[name, scopes] : requirement.schemes)
            all << (scopes.isEmpty()
                        ? name
                        : tr("%1 (scopes: %2)").arg(name, scopes.join(QStringLiteral(", "))));
        security << all.join(tr(" and "));
    }
    m_security->setText(
        tr("Security: %1")
            .arg(security.isEmpty() ? tr("none declared") : security.join(tr("\nor "))));
    QStringList servers;
    for (const Server &server : op->servers)
        servers << (server.description.isEmpty()
                        ? server.url
                        : tr("%1 — %2").arg(server.url, server.description));
    m_servers->setText(tr("Servers: %1").arg(servers.join(u'\n')));
    QStringList links;
    for (const Response &response : op->responses) {
        for (const Link &link : response.links)
            links << tr("%1 after %2 → %3")
                         .arg(link.name,
                              response.code,
                              link.operationId.isEmpty() ? link.operationRef : link.operationId);
    }
    for (const CallbackOperation &callback : op->callbacks)
        links << tr("callback %1: %2 %3").arg(callback.name, callback.method, callback.expression);
    m_links->setText(
        tr("Links and callbacks: %1").arg(links.isEmpty() ? tr("none") : links.join(u'\n')));
}

void OperationPage::showRequestBody(int index)
{
    const MediaType *media = nullptr;
    if (m_operation && m_operation->requestBody && index >= 0
        && index < m_operation->requestBody->content.size())
        media = &m_operation->requestBody->content[index];
    showMediaType(media, m_bodyModel, m_bodyView, m_bodyExample);
}

void OperationPage::showResponse(int row)
{
    m_responseMedia->blockSignals(true);
    m_responseMedia->clear();
    if (!m_operation || row < 0 || row >= m_operation->responses.size()) {
        m_responseMedia->blockSignals(false);
        m_responseDescription->setMarkdownText(QString());
        showMediaType(nullptr, m_responseModel, m_responseView, m_responseExample);
        m_responseMedia->hide();
        return;
    }
    const Response &response = m_operation->responses[row];
    for (const MediaType &media : response.content)
        m_responseMedia->addItem(media.name);
    m_responseMedia->setVisible(!response.content.isEmpty());
    m_responseMedia->blockSignals(false);
    m_responseDescription->setMarkdownText(response.description);
    showMediaType(response.content.isEmpty() ? nullptr : &response.content.front(),
                  m_responseModel,
                  m_responseView,
                  m_responseExample);
}

void OperationPage::showMediaType(const MediaType *media,
                                  SchemaTreeModel *model,
                                  QTreeView *view,
                                  QPlainTextEdit *example)
{
    if (!media || !media->schema || !m_catalog) {
        model->clear();
        view->hide();
    } else {
        model->setSchema(m_catalog->documentPointer(),
                         media->schema,
                         media->schemaSummary.text().isEmpty() ? tr("body")
                                                               : media->schemaSummary.text());
        view->show();
        view->expandToDepth(0);
    }
    // The first example: `example`, else the first of `examples` (its value).
    NodeRef node = media ? media->example : NodeRef{};
    if (!node && media) {
        const auto members = media->examples.members();
        if (!members.empty()) {
            const NodeRef first = m_catalog->document().resolve(
                NodeRef{media->examples.source, &members.front().value});
            node = first.get("value");
        }
    }
    if (node && m_catalog) {
        const QJsonValue value = m_catalog->document().dereferenced(node, kMaxExampleNodes);
        // A string example is shown as its text, anything else as JSON.
        example->setPlainText(value.isString() ? value.toString() : indentedJson(value));
        example->show();
    } else {
        example->clear();
        example->hide();
    }
}

} // namespace Oxa
