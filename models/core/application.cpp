// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "application.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>
#include <memory>
#include <vector>

namespace Oxa::Application {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}

} // namespace

QString organizationName()
{
    return QStringLiteral("OXA Console");
}

QString settingsName()
{
    return QStringLiteral("oxa-console");
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
           + settingsName();
}

DataMigration moveDataFolder(const QString &from, const QString &to)
{
    DataMigration done;
    const QDir source(from);
    if (from.isEmpty() || !source.exists()
        || QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())
        return done;
    QDirIterator files(from,
                       QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString name = source.relativeFilePath(path);
        const QString target = to + u'/' + name;
        if (QFileInfo::exists(target)) {
            done.kept << name;
            continue;
        }
        if (QDir().mkpath(QFileInfo(target).absolutePath()) && QFile::rename(path, target))
            done.moved << name;
        else
            done.failed << name;
    }
    // Empty folders go, deepest first; a folder with a file left stays.
    QStringList folders;
    QDirIterator walk(from, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (walk.hasNext())
        folders << walk.next();
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder);
    QDir().rmdir(from);
    return done;
}

DataMigration gatherDataFolder()
{
    // Where QStandardPaths::AppDataLocation put the console's files before: under the
    // organisation's name, then the program's.
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString old = generic + u'/' + organizationName() + u'/' + settingsName();
    const DataMigration done = moveDataFolder(old, dataFolder());
    QDir().rmdir(generic + u'/' + organizationName()); // when nothing else is in it
    if (!done.moved.isEmpty())
        qCInfo(lcHistory) << "moved" << done.moved.size() << "files from" << old << "to"
                          << dataFolder();
    if (!done.kept.isEmpty() || !done.failed.isEmpty())
        qCWarning(lcHistory) << "left in" << old << "(the data folder has its own):" << done.kept
                             << "could not move:" << done.failed;
    return done;
}

void setIdentity(const QString &program)
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setApplicationVersion(QStringLiteral(OXA_VERSION));
}

void installTranslations(const QLocale &locale)
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale,
                  QStringLiteral("oxa-console"),
                  QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/oxa-console_en.qm"))) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
}

} // namespace Oxa::Application
