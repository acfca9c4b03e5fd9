// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "documentfetcher.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Oxa {

DocumentFetcher::~DocumentFetcher() = default;

Result<FetchedText> DefaultDocumentFetcher::fetch(const QUrl &url,
                                                  qint64 maxBytes,
                                                  int timeoutSeconds,
                                                  const std::atomic_bool *cancel)
{
    if (url.isLocalFile())
        return readFile(url, maxBytes);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return download(url, maxBytes, timeoutSeconds, cancel);
    return makeError(Error::Code::Unsupported,
                     tr("Cannot read %1: only files and http(s) addresses are supported")
                         .arg(url.toDisplayString()));
}

Result<FetchedText> DefaultDocumentFetcher::readFile(const QUrl &url, qint64 maxBytes)
{
    const QString path = url.toLocalFile();
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Code::Io, tr("%1 does not exist").arg(path));
    if (info.isDir())
        return makeError(Error::Code::Io, tr("%1 is a folder, not a document").arg(path));
    // Devices, pipes and sockets could block or never end: only regular files are read.
    if (!info.isFile())
        return makeError(Error::Code::Io,
                         tr("%1 is not a regular file").arg(path),
                         -1,
                         DiagnosticCode::NotARegularFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.isSequential())
        return makeError(Error::Code::Io,
                         tr("%1 is not a regular file").arg(path),
                         -1,
                         DiagnosticCode::NotARegularFile);
    if (file.size() > maxBytes)
        return makeError(Error::Code::Limit,
                         tr("%1 is %2 bytes long, more than the limit of %3 bytes")
                             .arg(path)
                             .arg(file.size())
                             .arg(maxBytes),
                         -1,
                         DiagnosticCode::DocumentTooLarge);
    FetchedText fetched;
    fetched.bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (fetched.bytes.size() > maxBytes) // the file grew while we read it
        return makeError(Error::Code::Limit,
                         tr("%1 is larger than the limit of %2 bytes").arg(path).arg(maxBytes),
                         -1,
                         DiagnosticCode::DocumentTooLarge);
    fetched.url = url;
    return fetched;
}

Result<FetchedText> DefaultDocumentFetcher::download(const QUrl &url,
                                                     qint64 maxBytes,
                                                     int timeoutSeconds,
                                                     const std::atomic_bool *cancel)
{
    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(10);
    request.setTransferTimeout(timeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept",
                         "application/json, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.5");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("OXA-Console"));

    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QByteArray body;
    bool tooLarge = false;
    bool cancelled = false;
    auto abortWith = [&](bool &flag) {
        flag = true;
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            abortWith(tooLarge);
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > maxBytes)
            abortWith(tooLarge);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { reply->abort(); });
    deadline.start(timeoutSeconds * 1000);
    QTimer cancelPoll;
    if (cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (cancel->load())
                abortWith(cancelled);
        });
        cancelPoll.start(50);
    }
    if (!reply->isFinished())
        loop.exec();
    body += reply->readAll();
    reply->deleteLater();

    if (cancelled)
        return makeError(Error::Code::Cancelled, tr("Cancelled"));
    if (tooLarge || body.size() > maxBytes)
        return makeError(Error::Code::Limit,
                         tr("%1 is larger than the limit of %2 bytes")
                             .arg(url.toDisplayString())
                             .arg(maxBytes),
                         -1,
                         DiagnosticCode::DocumentTooLarge);
    if (!deadline.isActive() && reply->error() == QNetworkReply::OperationCanceledError)
        return makeError(Error::Code::Network,
                         tr("%1 did not answer within %2 seconds")
                             .arg(url.toDisplayString())
                             .arg(timeoutSeconds));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return makeError(Error::Code::Http,
                         tr("%1 answered with HTTP status %2")
                             .arg(url.toDisplayString())
                             .arg(status));
    if (reply->error() != QNetworkReply::NoError)
        return makeError(Error::Code::Network,
                         tr("Cannot download %1: %2")
                             .arg(url.toDisplayString(), reply->errorString()));
    FetchedText fetched;
    fetched.bytes = std::move(body);
    fetched.url = reply->url();
    fetched.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return fetched;
}

} // namespace Oxa
