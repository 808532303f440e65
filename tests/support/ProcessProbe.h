// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Looks at processes a test's programs started: the pids they wrote to a file, whether each is
// still running, and waiting (briefly) for them to be gone. Used by the core and CLI tests that
// check no program outlives its attempt or its run.

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QTest>

#include <csignal>

namespace volnux::test {

// Every number in `path` (pids written by the programs of a test, separated by white space).
inline QList<qint64> readAllPids(const QString &path)
{
    QFile file(path);
    QList<qint64> pids;
    if (!file.open(QIODevice::ReadOnly))
        return pids;
    const QList<QByteArray> words = file.readAll().simplified().split(' ');
    for (const QByteArray &word : words) {
        if (const qint64 pid = word.toLongLong(); pid > 0)
            pids << pid;
    }
    return pids;
}

// Alive and not a zombie (a zombie waits for a reaper that, as PID 1 of a container, may never
// come; it runs nothing).
inline bool isRunning(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

// Whether `pid` is gone within `ms` (SIGKILL is delivered asynchronously: a killed process may
// show for a moment longer).
inline bool diesWithin(qint64 pid, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (isRunning(pid)) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qSleep(10);
    }
    return true;
}

// The pids in `path` still running after up to `ms`; kills them, so a failing test leaves none.
inline QList<qint64> stillRunning(const QString &path, int ms)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> running;
    do {
        running.clear();
        for (const qint64 pid : readAllPids(path)) {
            if (isRunning(pid))
                running << pid;
        }
        if (running.isEmpty() || timer.elapsed() >= ms)
            break;
        QTest::qSleep(10);
    } while (true);
    for (const qint64 pid : running)
        ::kill(pid_t(pid), SIGKILL);
    return running;
}

inline QString pidList(const QList<qint64> &pids)
{
    QStringList out;
    for (const qint64 pid : pids)
        out << QString::number(pid);
    return out.join(QLatin1Char(' '));
}

} // namespace volnux::test
