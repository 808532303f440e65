// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns SIGINT and SIGTERM (interrupted), and SIGHUP and SIGPIPE (hungUp), into Qt signals on the
// thread that created the watcher (a signal handler may do almost nothing, so it writes the
// signal's number to a pipe that a QSocketNotifier reads). While it exists a closed terminal or a
// reader that went away no longer kills the process outright: a write to a closed pipe then fails
// with EPIPE (after hungUp(SIGPIPE) is queued), which the writer treats as output lost. The
// previous actions come back when it is destroyed. One instance per process.
// With quitAtOnceOnRepeat, a second SIGINT or SIGTERM is acted on in the signal handler itself, so
// it works at once even while the thread that reads the pipe is busy (writing a long log to a slow
// terminal, say).

#include <QByteArray>
#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace volnux {

class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // From now on the second SIGINT or SIGTERM writes `message` to stderr, kills the programs the
    // run started in sessions of their own (SpawnedGroups) and ends the process with `exitCode`,
    // all within the signal handler; `interrupted` is then emitted for the first one only.
    void quitAtOnceOnRepeat(const QByteArray &message, int exitCode);

signals:
    void interrupted(int count); // 1 on the first Ctrl-C, 2 on the second, ...
    void hungUp(int signal);     // SIGHUP or SIGPIPE, each time one arrives

private:
    static constexpr int kWatched[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};

    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previous[std::size(kWatched)] = {};
    int m_count = 0;
};

} // namespace volnux
