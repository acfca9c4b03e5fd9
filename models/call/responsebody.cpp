// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "responsebody.h"

#include "core/headers.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "request/requestvalues.h"

#include <QCoreApplication>
#include <QFile>

namespace Oxa {

bool bodyMeantAsJson(const HeaderList &headers, const QByteArray &body)
{
    const QByteArray type = headerValue(headers, "Content-Type").trimmed();
    if (!type.isEmpty()
        && mediaKindOf(QString::fromLatin1(type).section(u';', 0, 0).trimmed()) == MediaKind::Json)
        return true;
    // Servers mislabel JSON (text/plain, text/html): what it starts with says more.
    const QByteArray head = body.left(64).trimmed();
    return head.startsWith('{') || head.startsWith('[');
}

ParsedBody parseBody(const Exchange &exchange)
{
    ParsedBody parsed;
    parsed.meantAsJson
        = bodyMeantAsJson(exchange.responseHeaders, exchange.body) && !exchange.truncated;
    if (!parsed.meantAsJson || (exchange.body.isEmpty() && exchange.bodyFile.isEmpty()))
        return parsed;
    QByteArray text = exchange.body;
    if (!exchange.bodyFile.isEmpty()) {
        // A body larger than memory holds: the whole of it, read here, off the GUI thread.
        QFile whole(exchange.bodyFile);
        if (!whole.open(QIODevice::ReadOnly)) {
            parsed.problem = whole.errorString();
            return parsed;
        }
        text = whole.readAll();
    }
    auto tree = std::make_shared<JsonTree>(text, SourceFormat::Json);
    LoadLimits limits;
    limits.maxDocumentBytes = qint64(text.size()) + 1;
    Diagnostics findings;
    if (const auto read = JsonReader::read(*tree, limits, findings); !read)
        parsed.problem = read.error().message;
    else
        parsed.tree = std::move(tree);
    return parsed;
}

} // namespace Oxa
