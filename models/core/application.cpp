// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

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
