// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The host's handle on one worker process: spawns it (own process group, so a terminal's Ctrl-C
// reaches only the host, which then shuts the pool down), buffers frames to it on a non-blocking
// socket, reads its frames, tracks the attempts sent to it in order, and reaps it. Never leaves a
// zombie: the destructor kills and reaps a worker still alive. Not thread-safe: one I/O thread
// owns every WorkerProcess.

#include "core/executors/Executor.h"
#include "core/executors/process/FrameReader.h"

#include <deque>
#include <memory>
#include <optional>
#include <unordered_set>

namespace volnux {

class ForkServer;
class ReportMirror;

struct InFlightAttempt
{
    AttemptJob job;
    double sentAt = 0;     // host clock
    double startedAt = -1; // host clock, once the worker said it began running it
    bool cancelSent = false;
    double cancelSentAt = 0; // host clock
    bool timedOut = false;   // past its timeout_ms: its worker was killed
};

class WorkerProcess
{
public:
    // Starts `program` (empty: this executable) in worker mode; nullptr with `error` set when the
    // process cannot be created.
    static std::unique_ptr<WorkerProcess> spawn(const QString &program, int slot, QString *error);
    // The same as a fork of `server` (which reaps it; the worker keeps it alive).
    static std::unique_ptr<WorkerProcess> fork(std::shared_ptr<ForkServer> server, int slot,
                                               QString *error);
    ~WorkerProcess();
    WorkerProcess(const WorkerProcess &) = delete;
    WorkerProcess &operator=(const WorkerProcess &) = delete;

    int slot() const { return m_slot; }
    qint64 pid() const { return m_pid; }
    int fd() const { return m_fd; }
    // The reports it made and had not sent; read it once the process is gone. May be null.
    const ReportMirror *mirror() const { return m_mirror.get(); }

    // Output side. Frames queue until `flush` writes them; `closeInput` half-closes the socket
    // once everything queued is written, which makes the worker finish its queue and exit.
    void send(const QByteArray &frame);
    bool flush();
    bool hasPendingOutput() const { return !m_out.isEmpty() || (m_closeRequested && !m_inputShut); }
    void closeInput();
    bool isInputClosed() const { return m_closeRequested; }

    // Input side: false on end of stream or a broken connection.
    bool readAvailable();
    FrameReader &reader() { return m_reader; }

    void signal(int signo);
    // True once the process has been waited for; `exitDescription` then says how it ended.
    bool tryReap();
    bool isReaped() const { return m_reaped; }
    bool wasSignalled() const;
    QString exitDescription() const;

    std::deque<InFlightAttempt> inFlight;
    std::unordered_set<int> scopesSent; // the keys of the scopes this worker was sent
    Name thread;              // what its reports name as the thread (the worker's does not say)
    int dispatched = 0;       // attempts ever sent (for max_tasks_per_child)
    bool ready = false;       // the worker said hello
    bool streamEnded = false; // end of stream seen: the process is exiting
    double spawnedAt = 0;
    double frontSince = 0; // when the current front attempt became the running one
    double endedAt = 0;    // when the stream ended or the input was closed while idle
    int termSent = 0;      // 0 none, 1 SIGTERM, 2 SIGKILL
    double termSentAt = 0;
    std::optional<QString> fault; // set when the host gave up on this worker (and why)

private:
    WorkerProcess(qint64 pid, int fd, int slot, std::unique_ptr<ReportMirror> mirror);
    bool tryReapForked();

    qint64 m_pid;
    int m_fd;
    int m_slot;
    std::unique_ptr<ReportMirror> m_mirror;
    std::shared_ptr<ForkServer> m_server; // a forked worker's parent
    int m_pidfd = -1;
    FrameReader m_reader;
    QByteArray m_out;
    qsizetype m_outOffset = 0;
    bool m_closeRequested = false;
    bool m_inputShut = false;
    bool m_reaped = false;
    int m_status = 0;
};

} // namespace volnux
