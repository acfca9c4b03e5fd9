// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/replayserver.h"

#include "mock/httpmethod.h"
#include "schema/jsonvalues.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Oxa {

namespace {

/** JSON text compared as JSON (key order and spacing aside), anything else byte for byte. */
bool sameBody(const QByteArray &a, const QByteArray &b)
{
    if (a == b)
        return true;
    QJsonParseError ea;
    QJsonParseError eb;
    const QJsonDocument da = QJsonDocument::fromJson(a, &ea);
    const QJsonDocument db = QJsonDocument::fromJson(b, &eb);
    return ea.error == QJsonParseError::NoError && eb.error == QJsonParseError::NoError && da == db;
}

} // namespace

class ReplayServer::Server : public QAbstractHttpServer
{
public:
    explicit Server(ReplayServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        socket->write(m_owner->answer(methodName(request.method()), request.url(), request.body()));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->disconnectFromHost();
    }

private:
    ReplayServer *m_owner;
};

ReplayServer::ReplayServer(RunRecord record, QObject *parent)
    : QObject(parent)
    , m_record(std::move(record))
{
    for (qsizetype i = 0; i < m_record.steps.size(); ++i) {
        const StepRecord &step = m_record.steps.at(i);
        if (step.response.value(u"status").toInt() > 0
            && !step.request.value(u"url").toString().isEmpty())
            m_answerable.append(int(i));
    }
    // The base path: the recorded URL's path without as many segments as its operation's path.
    for (const int index : std::as_const(m_answerable)) {
        const StepRecord &step = m_record.steps.at(index);
        const QString templatePath = step.target.section(u' ', 1);
        if (templatePath.isEmpty())
            continue;
        QStringList segments
            = QUrl(step.request.value(u"url").toString()).path().split(u'/', Qt::SkipEmptyParts);
        const qsizetype templateSegments = templatePath.split(u'/', Qt::SkipEmptyParts).size();
        if (segments.size() < templateSegments)
            continue;
        segments.resize(segments.size() - templateSegments);
        m_basePath = segments.isEmpty() ? QString() : u'/' + segments.join(u'/');
        break;
    }
}

ReplayServer::~ReplayServer() = default;

Result<void> ReplayServer::listen()
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return makeError(Error::Code::Network, reason);
    }
    m_server = new Server(this);
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    return {};
}

QUrl ReplayServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(m_basePath));
}

int ReplayServer::unused() const
{
    return int(m_answerable.size()) - m_next;
}

QByteArray ReplayServer::answer(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    const QString asked = QString::fromLatin1(method) + u' ' + url.path();
    if (m_next >= m_answerable.size()) {
        m_drift.append(tr("%1: the record has no answer left for it.").arg(asked));
        return "HTTP/1.1 404 Not Recorded\r\nContent-Length: 0\r\n\r\n";
    }
    const StepRecord &step = m_record.steps.at(m_answerable.at(m_next++));
    const QString where
        = step.item >= 0 ? QStringLiteral("%1[%2]").arg(step.stepId).arg(step.item) : step.stepId;
    const QUrl recorded(step.request.value(u"url").toString());
    if (step.request.value(u"method").toString() != QString::fromLatin1(method))
        m_drift.append(
            tr("%1: %2 where the record has %3.")
                .arg(where, QString::fromLatin1(method), step.request.value(u"method").toString()));
    if (recorded.path() != url.path())
        m_drift.append(tr("%1: the path is %2 where the record has %3.")
                           .arg(where, url.path(), recorded.path()));
    if (QUrlQuery(recorded).query(QUrl::FullyDecoded) != QUrlQuery(url).query(QUrl::FullyDecoded))
        m_drift.append(tr("%1: the query is \"%2\" where the record has \"%3\".")
                           .arg(where,
                                QUrlQuery(url).query(QUrl::FullyDecoded),
                                QUrlQuery(recorded).query(QUrl::FullyDecoded)));
    if (!sameBody(recordedBody(step.request.value(u"body")), body))
        m_drift.append(tr("%1: the body differs from the recorded one.").arg(where));

    const QJsonValue bodyValue = step.response.value(u"body");
    const QByteArray out = recordedBody(bodyValue);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(step.response.value(u"status").toInt()) + ' '
                      + step.response.value(u"reason").toString().toLatin1() + "\r\n";
    for (const QJsonValue &pair : step.response.value(u"headers").toArray()) {
        const QByteArray name = pair.toArray().at(0).toString().toLatin1();
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "transfer-encoding" || lower == "connection"
            || lower.contains('\n'))
            continue;
        head += name + ": "
                + pair.toArray().at(1).toString().toUtf8().replace('\r', ' ').replace('\n', ' ')
                + "\r\n";
    }
    return head + "Content-Length: " + QByteArray::number(out.size()) + "\r\n\r\n" + out;
}

void ReplayInteraction::confirmCall(const PreparedCall &call, std::function<void(bool)> answer)
{
    if (m_person)
        m_person->confirmCall(call, std::move(answer));
    else
        answer(true);
}

void ReplayInteraction::giveSecret(const MissingSecret &,
                                   const Environment &,
                                   std::function<void(std::optional<GivenSecret>)> answer)
{
    SchemeSecret stand;
    stand.value = stand.user = stand.password = stand.clientId = stand.clientSecret = "replay";
    answer(GivenSecret{stand, false});
}

void ReplayInteraction::allowReferences(const QList<QUrl> &places, std::function<void(bool)> answer)
{
    if (m_person)
        m_person->allowReferences(places, std::move(answer));
    else
        answer(false);
}

void ReplayInteraction::promptValue(const ValuePrompt &prompt,
                                    std::function<void(std::optional<QJsonValue>)> answer)
{
    if (m_person)
        m_person->promptValue(prompt, std::move(answer));
    else
        answer(std::nullopt);
}

void ReplayInteraction::chooseEnvironment(const EnvironmentQuestion &,
                                          std::function<void(std::optional<QString>)> answer)
{
    answer(QString());
}

} // namespace Oxa
