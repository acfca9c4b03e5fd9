// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A home of a test's own: the settings, history, audit log and caches that the console or
// oxa-cli writes land in a temporary folder, never in the developer's, and never in the
// keychain of the machine.

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace OxaTest {

/** For this process (GUI tests): XDG folders under `home`, keychain off, names of its own. */
inline void usePrivateHome(const QTemporaryDir &home, const QString &applicationName)
{
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    qputenv("OXA_CONSOLE_KEYCHAIN", "off");
    QCoreApplication::setOrganizationName(QStringLiteral("OXA Console Tests"));
    QCoreApplication::setApplicationName(applicationName);
}

/** For a child process (oxa-cli): its config and data under `home`, in a C.UTF-8 locale. */
inline QProcessEnvironment privateHomeEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

} // namespace OxaTest
