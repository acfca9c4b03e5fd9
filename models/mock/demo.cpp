// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "demo.h"

#include "core/application.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Oxa::Demo {

QString environmentName()
{
    return QStringLiteral("Demo");
}

QString keyScheme()
{
    return QStringLiteral("demoKey");
}

QByteArray key()
{
    return QByteArrayLiteral("demo-key");
}

MockOptions serving()
{
    MockOptions options;
    options.stateful = true;
    return options;
}

Result<QString> writeDocument(const QString &folder)
{
    return writeBundled(QStringLiteral(":/oxa/demo/oxa-demo.yaml"),
                        folder,
                        QStringLiteral("oxa-demo.yaml"));
}

Result<QString> writeBundled(const QString &resource, const QString &folder, const QString &name)
{
    const QString where
        = folder.isEmpty() ? Application::dataFolder() + QStringLiteral("/demo") : folder;
    const QString path = where + u'/' + name;
    QFile bundled(resource);
    if (!bundled.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("Oxa::Demo", "%1 is not built in.").arg(name));
    const QByteArray text = bundled.readAll();
    QFile current(path);
    if (current.open(QIODevice::ReadOnly) && current.readAll() == text)
        return path;
    current.close();
    QSaveFile out(path);
    if (!(QDir().mkpath(where) && out.open(QIODevice::WriteOnly) && out.write(text) == text.size()
          && out.commit()))
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("Oxa::Demo",
                                                     "The demo's document cannot be written to "
                                                     "%1: %2")
                             .arg(QDir::toNativeSeparators(path), out.errorString()));
    return path;
}

} // namespace Oxa::Demo
