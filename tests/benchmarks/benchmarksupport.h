// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Timing helpers shared by the benchmarks: medians of repeated runs, and a whole-process run
// with its wall time and peak resident memory (from wait4's rusage).

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace OxaBench {

struct Sample
{
    std::vector<double> values;

    double median() const
    {
        if (values.empty())
            return 0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    double min() const
    {
        return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
    }
    double max() const
    {
        return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    }
};

/** Milliseconds that `work` takes. */
/** The value after `--name` on the command line, or `fallback`. */
inline QString option(const QStringList &arguments,
                      const QString &name,
                      const QString &fallback = {})
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--") + name);
    return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

/** --repeat N (at least 1), or `fallback`. */
inline int repeatOption(const QStringList &arguments, int fallback)
{
    return qMax(1, option(arguments, QStringLiteral("repeat"), QString::number(fallback)).toInt());
}

/** Minor page faults of this process so far (a new page is expensive on these machines). */
inline long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

inline double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct ProcessRun
{
    double wallMs = 0;
    long peakKiB = 0;
    int exitCode = -1;
};

/** Runs a program with stdout and stderr to /dev/null; wall time and peak RSS of the child. */
inline ProcessRun runProcess(const QStringList &arguments)
{
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    ProcessRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.peakKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace OxaBench
