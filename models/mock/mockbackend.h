// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "mock/mockservice.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Oxa {

/** One request the mock back-end served, for its log. */
struct MockLogEntry
{
    QDateTime at;
    QByteArray method;
    QByteArray target;
    int status = 0; ///< 0: no answer (an injected timeout)
    qint64 elapsedMs = 0;
    QString operationKey;
    QString note;

    /**
     * "12:01:07.123 GET /api/v1/alerts → 200 GET /alerts 3 ms (note)". Query items with a
     * secret's name ("api_key", "token"…) are masked.
     */
    QString line() const;
    /** The same as one JSON object, for JSON Lines logs: at, method, target, status… */
    QJsonObject toJson() const;
    /** The target with the values of secret-named query items masked. */
    QString shownTarget() const;
};

/**
 * A document served as a back-end over HTTP (QHttpServer), on loopback unless told otherwise.
 * MockService decides every answer; this class owns the sockets, the injected latency and
 * timeouts, and the log. Lives on one thread, whose event loop must run: the console gives it
 * a thread of its own, oxa-cli its main thread.
 */
class MockBackend : public QObject
{
    Q_OBJECT

public:
    MockBackend(std::shared_ptr<const Catalog> catalog,
                std::shared_ptr<SchemaSet> schemas,
                MockOptions options = {},
                QObject *parent = nullptr);
    ~MockBackend() override;

    /** Starts listening; port 0 picks a free one. Returns the port. */
    Result<quint16> listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                           quint16 port = 0);
    quint16 port() const { return m_port; }
    /** Where clients call it: "http://127.0.0.1:PORT" and the document's base path. */
    QUrl baseUrl() const;
    MockService &service() { return *m_service; }

Q_SIGNALS:
    void served(const Oxa::MockLogEntry &entry);

private:
    class Server;
    std::unique_ptr<MockService> m_service;
    Server *m_server = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Oxa

Q_DECLARE_METATYPE(Oxa::MockLogEntry)
