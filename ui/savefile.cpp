// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "savefile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace Oxa {

namespace {

const QString kFolderKey = QStringLiteral("files/saveFolder");
/** How long the "Saved" message stays in the status bar. */
constexpr int kSavedMessageMs = 10'000;

} // namespace

QString SaveFile::folder()
{
    const QString remembered = QSettings().value(kFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void SaveFile::remember(const QString &path)
{
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

void SaveFile::report(QWidget *parent,
                      const QString &title,
                      const QString &path,
                      const QString &problem)
{
    if (!problem.isEmpty()) {
        QMessageBox::warning(parent, title, problem);
        return;
    }
    // Said where the person looks next, and gone by itself: no dialog to close.
    auto *window = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr;
    if (window)
        window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)),
                                         kSavedMessageMs);
}

QString SaveFile::save(QWidget *parent,
                       const QString &title,
                       const QString &suggestedName,
                       const QString &filters,
                       const Writer &write)
{
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(parent,
                                                      title,
                                                      QDir(folder()).filePath(suggestedName),
                                                      filters,
                                                      &chosen);
    if (path.isEmpty())
        return QString();
    const QString problem = write(path, chosen);
    if (problem.isEmpty())
        remember(path);
    report(parent, title, path, problem);
    return problem.isEmpty() ? path : QString();
}

} // namespace Oxa
