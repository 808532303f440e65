// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Starts pool workers as forks of a warm process instead of new programs. Starting a worker by
// exec costs about 13 ms of CPU here, most of it loading and linking the program's libraries;
// a pool that recycles its workers (max_tasks_per_child) pays that every few attempts. The fork
// server is this program started once in worker mode, its libraries bound at load
// (LD_BIND_NOW) and its QCoreApplication made, that never runs an attempt: each worker is a
// fork of it, so it starts as fresh as an exec'ed one, in well under a millisecond.
//
// The server is the workers' parent and reaps them; it tells the host each worker's exit status
// and gives it a pidfd per worker, so that the host signals the right process even after its pid
// was reused. Workers die with the server (PR_SET_PDEATHSIG), and the server with the host
// thread that started it. Host side: not thread-safe, one I/O thread owns it.

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace volnux {

class ForkServer
{
public:
    static constexpr const char *kServerArg = "fork-server"; // in place of a worker's slot

    // Starts `program` (empty: this executable) as a fork server; nullptr with `error` set.
    static std::shared_ptr<ForkServer> start(const QString &program, QString *error);
    ~ForkServer(); // ends the server (its workers with it) and reaps it
    ForkServer(const ForkServer &) = delete;
    ForkServer &operator=(const ForkServer &) = delete;

    struct Forked
    {
        qint64 pid = 0;
        int pidfd = -1; // owned by the caller
    };
    // A worker for `slot` that talks on `workerFd` and mirrors its reports in `mirrorFd` (-1:
    // none). Both stay the caller's to close.
    std::optional<Forked> fork(int slot, int workerFd, int mirrorFd, QString *error);

    int fd() const { return m_fd; } // readable when the server has news: poll it
    // Takes the server's news without blocking: workers that ended. False once it is gone.
    bool readNews();
    // The wait status of a worker that ended, once (after readNews saw it).
    std::optional<int> takeExitStatus(qint64 pid);
    bool isGone() const { return m_gone; }

    // In the server process (ProcessPool's worker mode): serves fork requests on `fd` until the
    // host closes it. Each child calls `runWorker(workerFd, slot, mirrorFd)` and exits with its
    // result. Never returns.
    [[noreturn]] static void serve(int fd, const std::function<int(int, int, int)> &runWorker);

private:
    ForkServer(qint64 pid, int fd);
    bool handleNews(const char *data, qsizetype size, int passedFd, Forked *forked);

    qint64 m_pid;
    int m_fd;
    bool m_gone = false;
    std::unordered_map<qint64, int> m_exitStatus;
};

} // namespace volnux
