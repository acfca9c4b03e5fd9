// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Not a test: records exchanges in a history until it is killed (tst_historystore kills it
// with SIGKILL in the middle of a write).
#include "history/historystore.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 64;
    Oxa::HistoryStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.problem().isEmpty())
        return 1;
    Oxa::BuiltRequest request;
    request.body = QByteArray(4096, 'r');
    for (int i = 0;; ++i) {
        Oxa::Exchange e;
        e.method = "GET";
        e.url = QUrl(QStringLiteral("https://xdr.example/alerts?page=%1").arg(i));
        e.status = 200;
        e.body = QByteArray(64 * 1024, 'x');
        e.bodySize = e.body.size();
        Oxa::HistoryContext context;
        context.environment = QStringLiteral("Lab");
        context.operationKey = QStringLiteral("GET /alerts");
        if (!store.record(e, request, context, {}))
            return 1;
    }
}
