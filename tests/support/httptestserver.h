// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A loopback HTTP/1.1 server for tests: canned answers per path, and misbehaviours (silence,
// huge bodies without a length) on demand. Lives in the test's thread: a client that waits in a
// local event loop in that thread still gets answers.

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace OxaTest {

class HttpTestServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool silent = false;     ///< accept, read, never answer
        qint64 endlessBytes = 0; ///< send this many bytes without Content-Length, then close
        int trickleMs = 0;       ///< send the body one byte at a time, this far apart
        /** Sent as the whole answer head when set (trickled too when trickleMs is). */
        QByteArray rawHead = {};
    };

    explicit HttpTestServer(const QHostAddress &address = QHostAddress::LocalHost)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        if (!m_server.listen(address))
            qFatal("cannot listen on loopback");
    }

    void answer(const QByteArray &path, Answer answer)
    {
        m_answers.insert(path, std::move(answer));
    }
    /** Answers a target (or a path) with each of `answers` in turn, then the last one again. */
    void sequence(const QByteArray &path, QList<Answer> answers)
    {
        m_sequences.insert(path, std::move(answers));
    }
    /** The answer to every path without one of its own (else a 404). */
    void answerOthers(Answer answer) { m_fallback = std::move(answer); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://%1:%2%3")
                        .arg(m_server.serverAddress().toString())
                        .arg(m_server.serverPort())
                        .arg(path));
    }
    QList<QByteArray> requests; ///< request targets (path and query), in order
    QList<QByteArray> heads;    ///< whole request heads (request line and headers)
    QList<QByteArray> bodies;   ///< request bodies (by Content-Length)

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            while (true) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return; // the body is still coming
                const QByteArray target = head.split(' ').value(1);
                requests << target;
                heads << head;
                bodies << buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                const QByteArray path = target.split('?').value(0);
                auto queued = m_sequences.find(target);
                if (queued == m_sequences.end())
                    queued = m_sequences.find(path);
                if (queued != m_sequences.end() && !queued->isEmpty()) {
                    respond(socket, queued->size() > 1 ? queued->takeFirst() : queued->first());
                    continue;
                }
                respond(socket, m_answers.value(target, m_answers.value(path, m_fallback)));
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void respond(QTcpSocket *socket, const Answer &answer)
    {
        if (answer.silent)
            return;
        if (!answer.rawHead.isEmpty()) {
            trickle(socket, answer.rawHead, answer.trickleMs);
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Answer\r\n";
        head += "Content-Type: " + answer.contentType + "\r\n";
        for (const auto &[name, value] : answer.headers)
            head += name + ": " + value + "\r\n";
        if (answer.endlessBytes > 0) {
            socket->write(head + "Connection: close\r\n\r\n");
            const QByteArray chunk(64 * 1024, 'x');
            for (qint64 sent = 0; sent < answer.endlessBytes; sent += chunk.size())
                socket->write(chunk);
            socket->disconnectFromHost();
            return;
        }
        head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n";
        if (answer.trickleMs <= 0) {
            socket->write(head + answer.body);
            return;
        }
        socket->write(head);
        trickle(socket, answer.body, answer.trickleMs);
    }

    /** Writes `bytes` at once, or one byte every `ms`. */
    static void trickle(QTcpSocket *socket, const QByteArray &bytes, int ms)
    {
        if (ms <= 0) {
            socket->write(bytes);
            return;
        }
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, bytes] {
            if (*sent >= bytes.size()) {
                timer->stop();
                return;
            }
            socket->write(bytes.mid((*sent)++, 1));
        });
        timer->start(ms);
    }

    QTcpServer m_server;
    QHash<QByteArray, Answer> m_answers;
    QHash<QByteArray, QList<Answer>> m_sequences;
    Answer m_fallback{404, "no such path", "text/plain", {}, false, 0, 0};
};

} // namespace OxaTest
