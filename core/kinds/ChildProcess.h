// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A program run by the command kind: started with posix_spawn in a session (and process group) of
// its own, stdin from /dev/null, stdout and stderr on pipes read without an event loop. One
// object per attempt, used by one thread. posix_spawn rather than QProcess: between clone and exec
// its child runs only glibc's internal calls, while QProcess's vfork-like child calls intercepted
// libc functions on the parent's memory, which breaks a ThreadSanitizer-built parent. For the same
// reason the death signal (SIGKILL when the starting thread, and so the host, dies) is set by a
// helper the program is started through (ExecWrapper), not between fork and exec here.
//
// When the program ends, what it left running is killed (LeftoverProcesses): its process group,
// and the descendants that left the group, which carry its mark in their environment. With
// `keepBackground` they are left alone (a program meant to start a daemon).

#include <QByteArray>
#include <QStringList>

namespace volnux {

class OutputTail;

class ChildProcess
{
public:
    // Starts `program` (a path, already resolved) or throws FileNotFoundError, PermissionError or
    // OSError. `environment` holds "NAME=value" entries, the child's whole environment.
    ChildProcess(const QString &program, const QStringList &arguments,
                 const QString &workingDirectory, const QStringList &environment,
                 bool keepBackground = false);
    // Kills the process group and reaps it if it is still running.
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // Waits up to `timeoutMs` for output or the end of the process, appending what arrived.
    // Returns true once the process has ended, with the output it left in the pipes read.
    bool waitForOutput(int timeoutMs, OutputTail &out, OutputTail &err);
    // SIGKILL to the whole process group, then reaps the process; waitForOutput then collects what
    // it wrote before.
    void killGroup();

    qint64 pid() const { return m_pid; }
    bool crashed() const; // ended by a signal
    int exitCode() const; // the exit code, or the signal's number when crashed

private:
    bool reap(int flags);
    void readAvailable(int &fd, OutputTail &tail);
    void closePipes();

    qint64 m_pid = 0;
    QByteArray m_mark; // LeftoverProcesses' mark, in the program's environment
    bool m_keepBackground = false;
    int m_out = -1; // our ends of the child's stdout and stderr pipes; -1 at end of stream
    int m_err = -1;
    bool m_ended = false;
    int m_status = 0;
};

} // namespace volnux
