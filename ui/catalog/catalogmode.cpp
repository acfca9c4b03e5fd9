// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalogmode.h"

#include "call/exchangeview.h"
#include "catalog/catalog.h"
#include "catalogpanel.h"
#include "form/operationform.h"
#include "operationpage.h"
#include "schemabrowser.h"
#include "sourceview.h"
#include "workspace/documentsession.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Oxa {

CatalogMode::CatalogMode(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("mainSplitter"));
    m_catalogPanel = new CatalogPanel(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_operationPage = new OperationPage(m_pages);
    m_requestForm = new OperationForm(m_pages);
    m_requestForm->setObjectName(QStringLiteral("requestForm"));
    m_requestForm->setMemoryPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                 + QStringLiteral("/form-values.json"));
    m_exchange = new ExchangeView(m_pages);
    m_schemaBrowser = new SchemaBrowser(m_pages);
    // The source page: the main document, or one it refers to.
    auto *sourcePage = new QWidget(m_pages);
    auto *sourceLayout = new QVBoxLayout(sourcePage);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(2);
    m_sourceChoice = new QComboBox(sourcePage);
    m_sourceChoice->setObjectName(QStringLiteral("sourceChoice"));
    m_sourceChoice->setAccessibleName(tr("Document shown"));
    m_sourceChoice->setToolTip(tr("The document and the documents it refers to"));
    m_sourceChoice->hide();
    sourceLayout->addWidget(m_sourceChoice);
    m_sourceView = new SourceView(sourcePage);
    sourceLayout->addWidget(m_sourceView, 1);
    connect(m_sourceChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_sourceStale = true;
        if (m_pages->currentIndex() == SourceTab)
            ensureSource();
    });
    m_pages->addTab(m_operationPage, tr("Operation"));
    m_pages->addTab(m_requestForm, tr("Request"));
    m_pages->addTab(m_exchange, tr("Response"));
    m_pages->addTab(m_schemaBrowser, tr("Schemas"));
    m_pages->addTab(sourcePage, tr("Source"));
    addWidget(m_catalogPanel);
    addWidget(m_pages);
    setStretchFactor(0, 2);
    setStretchFactor(1, 5);
    setSizes({380, 900});

    connect(m_catalogPanel, &CatalogPanel::operationSelected, this, &CatalogMode::operationSelected);
    connect(m_requestForm, &OperationForm::sendRequested, this, &CatalogMode::sendRequested);
    connect(m_operationPage, &OperationPage::viewSourceRequested, this, [this](const QString &key) {
        const Operation *op = m_document ? m_document->catalog->operationByKey(key) : nullptr;
        if (!op)
            return;
        const TextPosition position = op->node.position();
        showSourceLine(QString(), position.line, position.column);
    });
    connect(m_schemaBrowser, &SchemaBrowser::operationRequested, this, &CatalogMode::showOperation);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == SourceTab)
            ensureSource();
    });
}

CatalogMode::~CatalogMode() = default;

QIcon CatalogMode::icon() const
{
    return QIcon::fromTheme(QStringLiteral("view-list-tree"));
}

void CatalogMode::setDocument(std::shared_ptr<const OpenDocument> document, bool reloaded)
{
    const QString selected = m_catalogPanel->selectedOperation();
    const int page = m_pages->currentIndex();
    const QString schema = m_schemaBrowser->currentSchema();
    // The views let the previous document go here; the session frees it off the GUI thread.
    m_document = std::move(document);
    const std::shared_ptr<const Catalog> catalog = m_document ? m_document->catalog : nullptr;
    m_operationPage->clear();
    m_requestForm->setOperation(nullptr, nullptr, nullptr);
    m_catalogPanel->setSearchIndex(m_document ? m_document->searchIndex : nullptr);
    m_schemaBrowser->setCatalog(catalog, m_document ? m_document->usage : nullptr);
    fillSourceChoice();
    if (!m_document) {
        m_sourceView->clear();
        return;
    }
    // Reload keeps the selection and the page.
    if (!selected.isEmpty())
        showOperation(selected);
    if (!schema.isEmpty())
        m_schemaBrowser->showSchema(schema);
    if (reloaded)
        m_pages->setCurrentIndex(page);
    if (m_pages->currentIndex() == SourceTab)
        ensureSource();
}

void CatalogMode::operationSelected(const QString &key)
{
    const std::shared_ptr<const Catalog> catalog = m_document ? m_document->catalog : nullptr;
    const Operation *op = catalog ? catalog->operationByKey(key) : nullptr;
    m_operationPage->setOperation(catalog, op);
    m_requestForm->setOperation(catalog, m_document ? m_document->schemas : nullptr, op);
}

bool CatalogMode::showOperation(const QString &key)
{
    if (!m_document || !m_document->catalog->operationByKey(key))
        return false;
    if (!m_catalogPanel->selectOperation(key)) {
        // Hidden by the filter: clear it rather than show an operation the tree does not.
        m_catalogPanel->setFilterText(QString());
        if (!m_catalogPanel->selectOperation(key))
            return false;
    }
    operationSelected(key);
    showPage(OperationTab);
    return true;
}

bool CatalogMode::showSchema(const QString &name)
{
    if (!m_schemaBrowser->showSchema(name))
        return false;
    showPage(SchemasTab);
    return true;
}

void CatalogMode::showSourceLine(const QString &source, int line, int column)
{
    // A finding in a referenced document shows that document.
    const int chosen = m_sourceChoice->findData(source);
    if (chosen >= 0)
        m_sourceChoice->setCurrentIndex(chosen);
    showPage(SourceTab);
    if (line > 0)
        m_sourceView->goToLine(line, column);
}

void CatalogMode::showPage(int index)
{
    if (!m_document)
        return;
    m_pages->setCurrentIndex(index);
    if (index == SourceTab)
        ensureSource();
}

void CatalogMode::ensureSource()
{
    if (!m_sourceStale || !m_document)
        return;
    m_sourceStale = false;
    const SpecDocument &document = m_document->catalog->document();
    const SourceDocument *shown = document.sourceNamed(m_sourceChoice->currentData().toString());
    if (!shown)
        shown = &document.main();
    m_sourceView->setSource(shown->tree().text(), shown->url().fileName());
}

void CatalogMode::fillSourceChoice()
{
    // Keep the document shown across a reload when it is still there.
    const QVariant shown = m_sourceChoice->currentData();
    const QSignalBlocker blocker(m_sourceChoice);
    m_sourceChoice->clear();
    if (m_document) {
        const SpecDocument &document = m_document->catalog->document();
        for (const std::unique_ptr<SourceDocument> &source : document.sources()) {
            const QString name = document.displayName(source.get());
            m_sourceChoice->addItem(name.isEmpty()
                                        ? tr("%1 (the document)").arg(source->url().fileName())
                                        : name,
                                    name);
        }
    }
    m_sourceChoice->setCurrentIndex(std::max(0, m_sourceChoice->findData(shown)));
    m_sourceChoice->setVisible(m_sourceChoice->count() > 1);
    m_sourceStale = true;
}

} // namespace Oxa
