// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/demoworkflows.h"

#include "mock/demo.h"

#include <QCoreApplication>

namespace Oxa::DemoWorkflows {

QStringList names()
{
    return {QStringLiteral("triage-alert"),
            QStringLiteral("enrich-ioc-list"),
            QStringLiteral("contain-and-verify")};
}

Result<QString> write(const QString &name, const QString &folder)
{
    if (!names().contains(name)) {
        return makeError(Error::Code::Unsupported,
                         QCoreApplication::translate(
                             "Oxa::DemoWorkflows", "There is no demo workflow %1 (there are: %2).")
                             .arg(name, names().join(QStringLiteral(", "))));
    }
    const auto document = Demo::writeDocument(folder);
    if (!document)
        return document;
    const QString file = name + QStringLiteral(".arazzo.yaml");
    return Demo::writeBundled(QStringLiteral(":/oxa/workflows/") + file, folder, file);
}

} // namespace Oxa::DemoWorkflows
