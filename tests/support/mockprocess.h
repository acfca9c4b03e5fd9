// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// `oxa-cli mock` as a child process for end-to-end tests: started on a free port, its URL read
// from its first line, killed with the object.

#include "support/privatehome.h"
#include "testconfig.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

namespace OxaTest {

/** The home the end-to-end tests' processes share (a private one), and its folder. */
inline QTemporaryDir &cliHome()
{
    static QTemporaryDir dir;
    return dir;
}

/** That home, with the demo back-end's key in DEMO_KEY. */
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment e = privateHomeEnvironment(cliHome());
    e.insert(QStringLiteral("DEMO_KEY"), QStringLiteral("demo-key"));
    return e;
}

/** `oxa-cli mock` in the background, for as long as the object lives. */
class MockProcess
{
public:
    MockProcess(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(OXA_CLI_PATH),
                        QStringList{QStringLiteral("mock")} + arguments
                            + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        // The first line on stdout says where it listens.
        static const QRegularExpression serving(
            QStringLiteral("(?: at |\"url\":\")(http://[^\\s\"]+)"));
        while (m_url.isEmpty() && m_process.waitForReadyRead(20'000)) {
            m_log += m_process.readAllStandardOutput();
            const auto match = serving.match(QString::fromUtf8(m_log));
            if (match.hasMatch())
                m_url = match.captured(1);
        }
    }
    ~MockProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    const QString &url() const { return m_url; }
    /** Whether its log holds `text` within `ms` milliseconds. */
    bool logged(const QByteArray &text, int ms = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!log().contains(text)) {
            if (timer.elapsed() > ms)
                return false;
        }
        return true;
    }
    /** What it logged so far. */
    QByteArray log()
    {
        m_process.waitForReadyRead(200);
        m_log += m_process.readAllStandardOutput();
        return m_log;
    }

private:
    QProcess m_process;
    QString m_url;
    QByteArray m_log;
};

} // namespace OxaTest
