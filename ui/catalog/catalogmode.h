// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mode.h"
#include "request/requestvalues.h"

#include <QHash>
#include <QSplitter>

#include <memory>

class QComboBox;
class QSettings;
class QTabWidget;

namespace Oxa {

class CallDriver;
class CatalogPanel;
class EnvironmentList;
class HistoryView;
struct HistoryRecord;
class ExchangeView;
class OperationForm;
class OperationPage;
class SchemaBrowser;
class SourceView;
struct OpenDocument;

/**
 * The catalog mode: the operations (filter and tree) beside the pages of the one chosen (its
 * description, its request form, the response, the document's schemas and its source, or a
 * document it refers to). Shows the open document the window gives it.
 */
class CatalogMode final : public QSplitter, public Mode
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogMode)

public:
    /** The pages, in order. */
    enum Page { OperationTab, RequestTab, ResponseTab, SchemasTab, SourceTab };

    explicit CatalogMode(QWidget *parent = nullptr);
    ~CatalogMode() override;

    QString id() const override { return QStringLiteral("catalog"); }
    QString title() const override { return tr("Catalog"); }
    QIcon icon() const override;
    QWidget *widget() override { return this; }
    void fillMenu(const QString &menu, QMenu *into) override;
    /** The splitter, the filter, its history and the grouping, from one run to the next. */
    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

    /**
     * Shows a document (or none); what was selected, the page and the schema stay when it is
     * the same document again (`reloaded`).
     */
    void setDocument(std::shared_ptr<const OpenDocument> document, bool reloaded = false);

    /** Shows an operation: selects it in the tree (clearing the filter if it hides it). */
    bool showOperation(const QString &key);
    bool showSchema(const QString &name);
    /** A line of the document, or of one it refers to (`source`, empty: the document). */
    void showSourceLine(const QString &source, int line, int column = 1);
    void showPage(int index);

    CatalogPanel *catalogPanel() const { return m_catalogPanel; }
    QTabWidget *pages() const { return m_pages; }
    OperationPage *operationPage() const { return m_operationPage; }
    OperationForm *requestForm() const { return m_requestForm; }
    ExchangeView *exchangeView() const { return m_exchange; }
    SchemaBrowser *schemaBrowser() const { return m_schemaBrowser; }
    SourceView *sourceView() const { return m_sourceView; }

    /**
     * The calls the form sends, to the current environment, and how they show: pending, then
     * answered (or stopped) in the response page, whose actions (cancel, send again, use a value
     * in the form, trust a certificate) act here.
     */
    void setCalls(CallDriver *calls, EnvironmentList *environments);
    /** What the history asks for: an exchange shown again, its values in the form, sent again. */
    void openFrom(HistoryView *history);
    /** An exchange of the history, checked again against the open document. */
    void showRecord(const Oxa::HistoryRecord &record);
    /** Opens an operation's form with these values (RequestValues::toJson()), sends if asked. */
    void openInForm(const QString &operationKey, const QJsonObject &values, bool send);
    /**
     * Puts a value into a parameter of the form ("path", "query", "header" or "cookie" and its
     * name) and shows the form; false when the form has no such parameter.
     */
    bool useAsInput(const QJsonValue &value, const QString &location, const QString &name);

Q_SIGNALS:
    /** Something for the status bar, for `timeout` milliseconds (0: until the next). */
    void message(const QString &text, int timeout);

private:
    /** Selects an operation in the catalog (even one the filter hides) and in the pages. */
    void selectInCatalog(const QString &key);
    /** Moves the source to the selected operation, once for each operation selected. */
    void followOperationInSource();
    /** Shows a source document (by name; the document itself for none) at a line. */
    void moveSource(const QString &source, int line, int column);
    void send(const QString &operationKey, const RequestValues &values);
    void chooseInput(const QJsonValue &value);
    void operationSelected(const QString &key);
    void ensureSource();
    /** Lists the document and the documents it refers to above the source view. */
    void fillSourceChoice();

    std::shared_ptr<const OpenDocument> m_document;
    CallDriver *m_calls = nullptr;
    quint64 m_latestCall = 0; ///< the call whose answer the response page waits for
    EnvironmentList *m_environments = nullptr;
    CatalogPanel *m_catalogPanel = nullptr;
    QTabWidget *m_pages = nullptr;
    OperationPage *m_operationPage = nullptr;
    OperationForm *m_requestForm = nullptr;
    ExchangeView *m_exchange = nullptr;
    SchemaBrowser *m_schemaBrowser = nullptr;
    SourceView *m_sourceView = nullptr;
    QString m_sourceOperation; // the operation the source was last moved to
    QComboBox *m_sourceChoice = nullptr;
    bool m_sourceStale = true;
    /** Each document's filter, by location, while the console runs. */
    QHash<QString, QString> m_filters;
    QString m_filterLocation;
};

} // namespace Oxa
