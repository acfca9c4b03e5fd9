// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheApplicationName();
};

void TestMainWindow::showsTheApplicationName()
{
    QApplication::setApplicationDisplayName(u"OXA Console"_s);
    Oxa::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(u"OXA Console"_s));
    auto *welcome = window.findChild<QLabel *>(u"welcomeLabel"_s);
    QVERIFY(welcome);
    QCOMPARE(welcome->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
