// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// workspace/ is what the console has open: one document with everything its views read
// (OpenDocument), and the session that opens, reloads and closes it (DocumentSession), with the
// policy for references outside the document's folder or on the network.

#include "catalog/catalogloader.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace Oxa {

class SchemaSet;

/**
 * One open document: its catalog, its compiled schemas (compiled on demand, thread-safe), where
 * its schemas are used, the filter's search index and what the load reported. Shared by every
 * view, the call engine and the runners; freed off the GUI thread when the last holder lets go.
 */
struct OpenDocument
{
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<SchemaSet> schemas;
    std::shared_ptr<const SchemaUsage> usage;
    std::shared_ptr<const OperationSearchIndex> searchIndex;
    Diagnostics diagnostics; ///< what the load reported, the policy's refusals included
    QString location;        ///< as the user gave it (a path, a URL, a back-end's base URL)
    QUrl documentUrl;        ///< the document's own URL (the one found, for a back-end)
    CatalogLoader::Mode mode = CatalogLoader::Mode::Document;
    bool discovered = false; ///< found from a back-end's base URL
    qint64 loadMilliseconds = 0;
};

/** How references to other files or to the network are treated for one document. */
enum class ReferencePolicy : quint8 { Ask, Allow, Deny };

/** The policy the user chose for a document, kept in the settings; Ask until then. */
ReferencePolicy referencePolicy(const QUrl &document);
void setReferencePolicy(const QUrl &document, ReferencePolicy policy);

/**
 * Opens, reloads and closes the console's document, off the GUI thread (CatalogLoader). A
 * document whose references the policy refused asks, once per document, whether to follow them
 * (through the question given, which the window answers with the Interaction), remembers the
 * answer and reloads when it is yes. The document replaced is let go after the views had it
 * replaced, and freed on a pool thread: it may weigh hundreds of megabytes. The GUI thread.
 */
class DocumentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSession)

public:
    /** Asks whether to follow references to these places; answers once, maybe later. */
    using ReferenceQuestion
        = std::function<void(const QList<QUrl> &places, std::function<void(bool)> answer)>;

    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    /** Who is asked about references; without one, they are refused (and not remembered). */
    void setReferenceQuestion(ReferenceQuestion question) { m_question = std::move(question); }

    void open(const QString &location, CatalogLoader::Mode mode);
    /** Opens the current document again (its selection is the views' business). */
    void reload();
    void cancel();
    /** Lets the current document go; documentChanged(nullptr). */
    void close();
    bool isLoading() const { return m_loader->isRunning(); }
    bool isReloading() const { return m_reloading; }

    /** The open document; null when none is. */
    std::shared_ptr<const OpenDocument> document() const { return m_document; }

Q_SIGNALS:
    /** A load began (`reloading` when it is the current document again). */
    void loadStarted(const QString &location, Oxa::CatalogLoader::Mode mode, bool reloading);
    void stageChanged(Oxa::LoadStage stage);
    /** A back-end's base URL: one place tried for its description. */
    void attempted(const Oxa::DiscoveryAttempt &attempt);
    /** The open document changed (null: closed); `reloaded` when it is the same one again. */
    void documentChanged(std::shared_ptr<const Oxa::OpenDocument> document, bool reloaded);
    /** A load could not open its document; the current one stays. */
    void loadFailed(const Oxa::CatalogLoadOutcome &outcome);
    void loadCancelled();
    /** A load ended, whatever its outcome: after the question about references, if any. */
    void loadFinished(bool success);

private:
    void start(const QString &location, CatalogLoader::Mode mode);
    void loaded(const CatalogLoadOutcome &outcome);
    void replace(std::shared_ptr<const OpenDocument> next, bool reloaded);

    CatalogLoader *m_loader;
    std::shared_ptr<const OpenDocument> m_document;
    ReferenceQuestion m_question;
    bool m_reloading = false;
};

} // namespace Oxa

Q_DECLARE_METATYPE(std::shared_ptr<const Oxa::OpenDocument>)
