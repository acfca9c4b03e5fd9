// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Not a test: appends audit entries to a file until it is killed (tst_auditlog kills it with
// SIGKILL in the middle of a write).
#include "history/auditlog.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 64;
    Oxa::AuditLog log(QString::fromLocal8Bit(argv[1]));
    for (int i = 0;; ++i) {
        Oxa::AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.environment = QStringLiteral("Lab");
        entry.operationKey = QStringLiteral("POST /hosts/{id}/isolate");
        entry.operationId = QStringLiteral("isolateHost");
        entry.risk = QStringLiteral("response");
        entry.method = QStringLiteral("POST");
        entry.url = QStringLiteral("https://xdr.lab.example/hosts/web-%1/isolate").arg(i);
        entry.status = 202;
        entry.outcome = QString(200, u'x'); // long lines: a kill lands inside one more often
        if (!log.append(entry))
            return 1;
    }
}
