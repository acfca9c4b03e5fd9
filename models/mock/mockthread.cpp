// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockthread.h"

#include "catalog/catalog.h"
#include "schema/schemaset.h"

namespace Oxa {

MockThread::MockThread(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("mock back-end"));
}

MockThread::~MockThread()
{
    stop();
}

Result<QUrl> MockThread::start(const QString &document,
                               const MockOptions &options,
                               const QHostAddress &address,
                               quint16 port)
{
    if (m_backend)
        return m_baseUrl;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    Result<QUrl> result = QUrl();
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            const CatalogLoad loaded = Catalog::load(document);
            if (!loaded.catalog) {
                QString reason;
                for (const Diagnostic &d : loaded.diagnostics) {
                    if (d.severity == Diagnostic::Severity::Error && reason.isEmpty())
                        reason = d.message;
                }
                result = makeError(Error::Code::Io, reason);
                return;
            }
            auto *backend
                = new MockBackend(loaded.catalog,
                                  std::make_shared<SchemaSet>(loaded.catalog->documentPointer()),
                                  options);
            const auto listening = backend->listen(address, port);
            if (!listening) {
                result = tl::unexpected(listening.error());
                delete backend;
                return;
            }
            connect(backend, &MockBackend::served, this, &MockThread::served);
            m_backend = backend;
            result = backend->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!result) {
        stop();
        return result;
    }
    m_baseUrl = *result;
    return result;
}

void MockThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_backend;
            m_backend = nullptr;
            m_context->deleteLater(); // when the thread ends
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context = nullptr;
    m_baseUrl.clear();
}

} // namespace Oxa
