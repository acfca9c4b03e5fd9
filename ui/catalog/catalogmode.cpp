// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalogmode.h"

#include "call/calldriver.h"
#include "call/exchangeview.h"
#include "call/historyview.h"
#include "catalog/catalog.h"
#include "catalogpanel.h"
#include "core/application.h"
#include "document/specloader.h"
#include "focuschain.h"
#include "form/operationform.h"
#include "history/historystore.h"
#include "operationpage.h"
#include "request/environmentlist.h"
#include "schema/jsonvalues.h"
#include "schemabrowser.h"
#include "sourceview.h"
#include "workspace/documentsession.h"

#include <QApplication>
#include <QComboBox>
#include <QCursor>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QUrl>
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
    m_requestForm->setMemoryPath(Application::dataFolder() + QStringLiteral("/form-values.json"));
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
    connect(m_requestForm, &OperationForm::sendRequested, this, &CatalogMode::send);
    connect(m_operationPage, &OperationPage::viewSourceRequested, this, [this](const QString &key) {
        const Operation *op = m_document ? m_document->catalog->operationByKey(key) : nullptr;
        if (!op)
            return;
        const TextPosition position = op->node.position();
        showSourceLine(QString(), position.line, position.column);
    });
    connect(m_schemaBrowser, &SchemaBrowser::operationRequested, this, &CatalogMode::showOperation);
    chainInReadingOrder(this);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == SourceTab) {
            ensureSource();
            followOperationInSource();
        }
        // Tab follows reading order, whatever the page built since it was last shown.
        chainInReadingOrder(m_pages->widget(index));
        // The Request page opens on its first field, unless the person is already in the form.
        QWidget *focus = QApplication::focusWidget();
        if (index == RequestTab && !(focus && m_requestForm->isAncestorOf(focus)))
            m_requestForm->focusFirstField();
    });
}

CatalogMode::~CatalogMode() = default;

QIcon CatalogMode::icon() const
{
    return QIcon::fromTheme(QStringLiteral("view-list-tree"),
                            QIcon(QStringLiteral(":/oxa/icons/mode-catalog.svg")));
}

void CatalogMode::setDocument(std::shared_ptr<const OpenDocument> document, bool reloaded)
{
    const QString selected = m_catalogPanel->selectedOperation();
    const int page = m_pages->currentIndex();
    const QString schema = m_schemaBrowser->currentSchema();
    if (!reloaded) {
        // A filter belongs to its document: kept for it while the console runs, and another
        // document opens unfiltered (or with the filter it had).
        if (!m_filterLocation.isEmpty()) {
            if (m_catalogPanel->filterText().isEmpty())
                m_filters.remove(m_filterLocation);
            else
                m_filters.insert(m_filterLocation, m_catalogPanel->filterText());
        }
        m_filterLocation = document ? document->location : QString();
        m_catalogPanel->showHiddenOperation(QString());
        m_catalogPanel->setFilterText(m_filters.value(m_filterLocation));
        // The previous document's answer is not shown as this one's (the History keeps it); a
        // call still on its way goes on showing until it ends.
        if (!m_exchange->pendingId()) {
            m_exchange->clear();
            if (page == ResponseTab)
                m_pages->setCurrentIndex(OperationTab);
        }
    }
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
    if (m_pages->currentIndex() == SourceTab)
        followOperationInSource();
}

void CatalogMode::followOperationInSource()
{
    // The Source page opens where the selected operation is written, and follows the catalog
    // while it is shown; it stays where the person went until another operation is selected.
    const QString key = m_operationPage->operationKey();
    if (key == m_sourceOperation || !m_document)
        return;
    m_sourceOperation = key;
    const Operation *op = m_document->catalog->operationByKey(key);
    if (!op)
        return;
    const TextPosition position = op->node.position();
    moveSource(QString(), position.line, position.column);
}

bool CatalogMode::showOperation(const QString &key)
{
    if (!m_document || !m_document->catalog->operationByKey(key))
        return false;
    selectInCatalog(key);
    showPage(OperationTab);
    return true;
}

void CatalogMode::selectInCatalog(const QString &key)
{
    if (!m_catalogPanel->selectOperation(key)) {
        // Hidden by the filter: shown anyway, the filter kept, and the panel says so.
        m_catalogPanel->showHiddenOperation(key);
    }
    if (m_requestForm->operationKey() != key)
        operationSelected(key);
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
    // A line asked for wins over the selected operation's.
    m_sourceOperation = m_operationPage->operationKey();
    showPage(SourceTab);
    moveSource(source, line, column);
}

void CatalogMode::moveSource(const QString &source, int line, int column)
{
    // A finding in a referenced document shows that document.
    const int chosen = m_sourceChoice->findData(source);
    if (chosen >= 0)
        m_sourceChoice->setCurrentIndex(chosen);
    ensureSource();
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
    m_sourceOperation.clear();
}

void CatalogMode::restoreSettings(const QSettings &settings)
{
    restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_catalogPanel->setFilterHistory(
        settings.value(QStringLiteral("catalog/filterHistory")).toStringList());
    m_catalogPanel->setGrouping(
        OperationTreeModel::Grouping(settings
                                         .value(QStringLiteral("catalog/grouping"),
                                                int(OperationTreeModel::Grouping::CapabilityTag))
                                         .toInt()));
}

void CatalogMode::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/splitter"), saveState());
    settings.remove(QStringLiteral("catalog/filter")); // filters belong to their documents
    settings.setValue(QStringLiteral("catalog/filterHistory"), m_catalogPanel->filterHistory());
    settings.setValue(QStringLiteral("catalog/grouping"), int(m_catalogPanel->grouping()));
}

void CatalogMode::fillMenu(const QString &menu, QMenu *into)
{
    if (menu == u"go") {
        QAction *filter = into->addAction(tr("&Filter Operations"), this, [this] {
            m_catalogPanel->filterField()->setFocus();
            m_catalogPanel->filterField()->selectAll();
        });
        filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
        into->addSeparator();
        const QString pageNames[] = {tr("O&peration Page"),
                                     tr("Re&quest"),
                                     tr("R&esponse"),
                                     tr("&Schemas"),
                                     tr("Sou&rce")};
        for (int page = 0; page < 5; ++page) {
            QAction *action
                = into->addAction(pageNames[page], this, [this, page] { showPage(page); });
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        }
        into->addSeparator();
        QAction *find = into->addAction(tr("&Find in Source…"), this, [this] {
            showPage(SourceTab);
            m_sourceView->showFindBar();
        });
        find->setShortcut(QKeySequence::Find);
        QAction *line = into->addAction(tr("Go to &Line…"), this, [this] {
            showPage(SourceTab);
            m_sourceView->askGoToLine();
        });
        line->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    } else if (menu == u"operation") {
        QAction *copyId = into->addAction(tr("Copy operation&Id"),
                                          m_operationPage,
                                          &OperationPage::copyOperationId);
        copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QAction *copyPath
            = into->addAction(tr("Copy &Path"), m_operationPage, &OperationPage::copyPath);
        copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QAction *source = into->addAction(tr("View &Source"), this, [this] {
            Q_EMIT m_operationPage->viewSourceRequested(m_operationPage->operationKey());
        });
        source->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    } else if (menu == u"view") {
        QMenu *grouping = into->addMenu(tr("&Group Operations"));
        const QPair<QString, OperationTreeModel::Grouping> groupings[] = {
            {tr("By &Capability and Tag"), OperationTreeModel::Grouping::CapabilityTag},
            {tr("By &Tag and Path"), OperationTreeModel::Grouping::TagPath},
            {tr("&Flat List"), OperationTreeModel::Grouping::Flat},
        };
        for (const auto &[name, value] : groupings)
            grouping->addAction(name, this, [this, value] { m_catalogPanel->setGrouping(value); });
    } else if (menu == u"call") {
        into->addAction(m_requestForm->sendAction());
        into->addAction(tr("&Cancel Call"), this, [this] {
            if (const quint64 id = m_exchange->pendingId(); id && m_calls)
                m_calls->cancel(id);
        });
    }
}

// Calls ---------------------------------------------------------------------------------------

void CatalogMode::setCalls(CallDriver *calls, EnvironmentList *environments)
{
    m_calls = calls;
    m_environments = environments;
    connect(calls, &CallDriver::started, this, [this](quint64 id, const PreparedCall &call) {
        if (!call.runId.isEmpty())
            return; // a workflow's or a batch's call: their modes show it
        m_latestCall = id;
        m_exchange->showPending(id, call);
        showPage(ResponseTab);
        Q_EMIT message(tr("Calling %1…").arg(call.operationKey), 0);
    });
    connect(calls, &CallDriver::stopped, this, [this](const QString &key, const QString &why) {
        m_latestCall = 0; // what is shown now is newer than any answer still on its way
        m_exchange->showProblem(key, why);
        showPage(ResponseTab);
        Q_EMIT message(why, 8000);
    });
    connect(calls, &CallDriver::finished, this, [this](quint64 id, const CallOutcome &outcome) {
        // Only the latest call's answer is shown; an earlier one that ends late (its body is
        // parsed off the GUI thread) only goes to the history.
        if (id == m_latestCall)
            m_exchange->showOutcome(outcome);
        const Exchange &e = outcome.exchange;
        Q_EMIT message(e.status > 0
                           ? tr("%1: %2 in %3 ms")
                                 .arg(outcome.call.operationKey)
                                 .arg(e.status)
                                 .arg(e.totalMs)
                           : tr("%1: %2").arg(outcome.call.operationKey,
                                              e.error ? e.error->message : tr("no answer")),
                       8000);
    });
    connect(m_exchange, &ExchangeView::cancelRequested, calls, &CallDriver::cancel);
    connect(m_exchange, &ExchangeView::useAsInputRequested, this, &CatalogMode::chooseInput);
    connect(m_exchange,
            &ExchangeView::sendAgainRequested,
            this,
            [this](const QString &key, const QJsonObject &values) {
                // The form still holds this operation's values (secrets included): send them.
                if (m_requestForm->operationKey() == key) {
                    m_requestForm->send();
                    return;
                }
                openInForm(key, values, true);
            });
    connect(m_exchange,
            &ExchangeView::trustRequested,
            this,
            [this](const QString &name, const QString &digest) {
                QList<Environment> profiles = m_environments->environments();
                for (Environment &e : profiles) {
                    if (e.name == name && !e.trustedCertificates.contains(digest))
                        e.trustedCertificates << digest;
                }
                if (const auto saved = m_environments->set(profiles, m_environments->currentName());
                    !saved) {
                    QMessageBox::warning(this, tr("Environments"), saved.error().message);
                    return;
                }
                Q_EMIT message(tr("The certificate is trusted for %1.").arg(name), 8000);
            });
}

void CatalogMode::send(const QString &operationKey, const RequestValues &values)
{
    if (!m_document || !m_calls)
        return;
    CallRequest request;
    request.catalog = m_document->catalog;
    request.schemas = m_document->schemas;
    request.operationKey = operationKey;
    request.values = values;
    request.environment = m_environments->current();
    if (!m_environments->isChosen()) {
        // Nobody said where this document's calls go: asked before the first one goes.
        EnvironmentQuestion question;
        const QUrl url = SpecLoader::urlFromLocation(m_document->location);
        question.document = QFileInfo(url.path()).fileName();
        if (question.document.isEmpty())
            question.document = m_document->location;
        for (const Server &server : m_document->catalog->servers())
            question.servers << server.url;
        question.environments = m_environments->environments();
        for (const Environment &e : question.environments) {
            if (const QString other = m_environments->servedDocument(e); !other.isEmpty())
                question.notes.insert(e.name, tr("the server of %1").arg(other));
        }
        request.askEnvironment = question;
    } else {
        request.environmentWarning = m_environments->warning();
    }
    const bool warned = !request.environmentWarning.isEmpty();
    QPointer<EnvironmentList> environments = m_environments;
    m_calls->run(request, [environments, warned](const CallEnd &end) {
        if (!environments)
            return;
        if (end.chosenEnvironment)
            environments->select(*end.chosenEnvironment);
        if (warned && end.outcome)
            environments->acknowledge(); // seen, and confirmed
    });
}

void CatalogMode::openFrom(HistoryView *history)
{
    connect(history, &HistoryView::openRequested, this, &CatalogMode::showRecord);
    connect(history, &HistoryView::openInFormRequested, this, [this](const HistoryRecord &r) {
        openInForm(r.context.operationKey, r.context.values, false);
    });
    connect(history, &HistoryView::runAgainRequested, this, [this](const HistoryRecord &r) {
        openInForm(r.context.operationKey, r.context.values, true);
    });
}

void CatalogMode::showRecord(const HistoryRecord &record)
{
    std::optional<ResponseCheck> check;
    const Operation *op
        = m_document ? m_document->catalog->operationByKey(record.context.operationKey) : nullptr;
    if (op) {
        check = checkResponse(*op, *m_document->schemas, record.exchange());
        // The catalog, the operation and the form follow the exchange opened (the form keeps
        // what was typed for the operation it leaves).
        selectInCatalog(record.context.operationKey);
    }
    m_exchange->showRecord(record, check);
    showPage(ResponseTab);
}

void CatalogMode::chooseInput(const QJsonValue &value)
{
    // Which field: a parameter of the operation in the form.
    const Operation *op = m_requestForm->operation();
    QMenu menu(this);
    if (!op || op->parameters.isEmpty()) {
        menu.addAction(tr("The form's operation has no parameter"))->setEnabled(false);
    } else {
        for (const Parameter &p : op->parameters) {
            const QString location = QString::fromLatin1(parameterLocationName(p.location));
            menu.addAction(tr("%1 (%2)").arg(p.name, location),
                           this,
                           [this, value, location, name = p.name] {
                               useAsInput(value, location, name);
                           });
        }
    }
    menu.exec(QCursor::pos());
}

bool CatalogMode::useAsInput(const QJsonValue &value, const QString &location, const QString &name)
{
    const Operation *op = m_requestForm->operation();
    if (!op)
        return false;
    for (const Parameter &p : op->parameters) {
        if (p.name != name || QString::fromLatin1(parameterLocationName(p.location)) != location)
            continue;
        RequestValues values = m_requestForm->values();
        values.at(p.location).insert(name, value);
        m_requestForm->setValues(values);
        showPage(RequestTab);
        Q_EMIT message(tr("%1 is now %2.")
                           .arg(name,
                                value.isString() ? value.toString()
                                                 : QString::fromUtf8(compactJson(value))),
                       8000);
        return true;
    }
    return false;
}

void CatalogMode::openInForm(const QString &operationKey, const QJsonObject &values, bool send)
{
    if (!showOperation(operationKey)) {
        Q_EMIT message(tr("%1 is not in the open document.").arg(operationKey), 8000);
        return;
    }
    if (!values.isEmpty())
        m_requestForm->setValues(RequestValues::fromJson(values));
    showPage(RequestTab);
    if (send)
        m_requestForm->send();
}

} // namespace Oxa
