// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>

namespace Oxa {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QApplication::applicationDisplayName());
    auto *placeholder
        = new QLabel(tr("Open an OpenAPI document or connect to a back-end to begin."), this);
    placeholder->setObjectName(QStringLiteral("welcomeLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setTextFormat(Qt::PlainText);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

} // namespace Oxa
