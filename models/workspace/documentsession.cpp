// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "documentsession.h"

#include "document/specloader.h"
#include "schema/schemaset.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSettings>
#include <QThreadPool>

namespace Oxa {

namespace {

QString referenceKey(const QUrl &document)
{
    // Hashed: a URL may hold characters QSettings keys do not like.
    const QByteArray hash = QCryptographicHash::hash(document.toString(QUrl::FullyEncoded).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(32);
    return QStringLiteral("references/") + QString::fromLatin1(hash);
}

} // namespace

ReferencePolicy referencePolicy(const QUrl &document)
{
    const QString value = QSettings().value(referenceKey(document)).toString();
    if (value == u"allow")
        return ReferencePolicy::Allow;
    if (value == u"deny")
        return ReferencePolicy::Deny;
    return ReferencePolicy::Ask;
}

void setReferencePolicy(const QUrl &document, ReferencePolicy policy)
{
    QSettings settings;
    if (policy == ReferencePolicy::Ask)
        settings.remove(referenceKey(document));
    else
        settings.setValue(referenceKey(document),
                          policy == ReferencePolicy::Allow ? QStringLiteral("allow")
                                                           : QStringLiteral("deny"));
}

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_loader(new CatalogLoader(this))
{
    qRegisterMetaType<std::shared_ptr<const Oxa::OpenDocument>>();
    connect(m_loader, &CatalogLoader::stageChanged, this, &DocumentSession::stageChanged);
    connect(m_loader, &CatalogLoader::attempted, this, &DocumentSession::attempted);
    connect(m_loader, &CatalogLoader::finished, this, &DocumentSession::loaded);
}

DocumentSession::~DocumentSession() = default;

void DocumentSession::open(const QString &location, CatalogLoader::Mode mode)
{
    m_reloading = false;
    start(location, mode);
}

void DocumentSession::reload()
{
    if (!m_document || isLoading())
        return;
    m_reloading = true;
    start(m_document->location, m_document->mode);
}

void DocumentSession::cancel()
{
    if (!isLoading())
        return;
    m_loader->cancel();
    m_reloading = false;
    Q_EMIT loadCancelled();
    Q_EMIT loadFinished(false);
}

void DocumentSession::close()
{
    m_loader->cancel();
    m_reloading = false;
    replace(nullptr, false);
}

void DocumentSession::start(const QString &location, CatalogLoader::Mode mode)
{
    LoadOptions options;
    // A document whose references the user allowed once is loaded with them from then on.
    const QUrl documentUrl = mode == CatalogLoader::Mode::Document
                                 ? SpecLoader::urlFromLocation(location)
                                 : QUrl::fromUserInput(location);
    if (referencePolicy(documentUrl) == ReferencePolicy::Allow) {
        options.allowRemoteRefs = true;
        options.allowFilesOutsideFolder = true;
    }
    Q_EMIT loadStarted(location, mode, m_reloading);
    m_loader->start(location, mode, options);
}

void DocumentSession::loaded(const CatalogLoadOutcome &outcome)
{
    const bool reloaded = std::exchange(m_reloading, false);
    if (outcome.load.cancelled) {
        Q_EMIT loadCancelled();
        Q_EMIT loadFinished(false);
        return;
    }
    if (!outcome.load.catalog) {
        Q_EMIT loadFailed(outcome);
        Q_EMIT loadFinished(false);
        return;
    }
    auto next = std::make_shared<OpenDocument>();
    next->catalog = outcome.load.catalog;
    // Schemas compile on demand, as forms, checks and the mock need them.
    next->schemas = std::make_shared<SchemaSet>(next->catalog->documentPointer());
    next->usage = outcome.schemaUsage;
    next->searchIndex = outcome.searchIndex;
    next->diagnostics = outcome.load.diagnostics;
    next->location = outcome.location;
    next->documentUrl = outcome.documentUrl;
    next->mode = outcome.discovered ? CatalogLoader::Mode::Backend : CatalogLoader::Mode::Document;
    next->discovered = outcome.discovered;
    next->loadMilliseconds = outcome.elapsedMilliseconds;
    replace(next, reloaded);

    // References the policy refused: ask once per document, remember the answer.
    const QList<QUrl> refused = next->catalog->document().forbiddenLocations();
    if (refused.isEmpty() || referencePolicy(next->documentUrl) != ReferencePolicy::Ask
        || !m_question) {
        Q_EMIT loadFinished(true);
        return;
    }
    // The answer may come later: the document stays open until it does.
    const QUrl document = next->documentUrl;
    QPointer<DocumentSession> self(this);
    m_question(refused, [self, document](bool allow) {
        if (!self || !self->m_document || self->m_document->documentUrl != document)
            return;
        setReferencePolicy(document, allow ? ReferencePolicy::Allow : ReferencePolicy::Deny);
        Q_EMIT self->loadFinished(true);
        if (allow) {
            self->m_reloading = true;
            self->start(self->m_document->location, self->m_document->mode);
        }
    });
}

void DocumentSession::replace(std::shared_ptr<const OpenDocument> next, bool reloaded)
{
    std::shared_ptr<const OpenDocument> previous = std::exchange(m_document, std::move(next));
    Q_EMIT documentChanged(m_document, reloaded);
    // The views have let the previous document go: whatever is left of it is freed here, on a
    // pool thread, not the GUI thread.
    if (previous)
        QThreadPool::globalInstance()->start(
            [previous = std::move(previous)]() mutable { previous.reset(); });
}

} // namespace Oxa
