// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "mock/mockbackend.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace Oxa {

/**
 * A mock back-end on a thread of its own, so that serving never competes with the window: the
 * console's demo runs on one. start() loads the document and listens there, and returns when
 * it does (or why it cannot). The log arrives on the caller's thread through `served`.
 */
class MockThread : public QObject
{
    Q_OBJECT

public:
    explicit MockThread(QObject *parent = nullptr);
    ~MockThread() override;

    Result<QUrl> start(const QString &document,
                       const MockOptions &options = {},
                       const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                       quint16 port = 0);
    void stop();
    bool isRunning() const { return m_backend != nullptr; }
    QUrl baseUrl() const { return m_baseUrl; }

Q_SIGNALS:
    void served(const Oxa::MockLogEntry &entry);

private:
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread
    MockBackend *m_backend = nullptr;
    QUrl m_baseUrl;
};

} // namespace Oxa
