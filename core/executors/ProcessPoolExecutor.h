// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs attempts in a pool of worker processes: this program re-executed in worker mode (see
// ProcessPool::enableWorkerMode). Honours ExecutorInitializerConfig: at most max_workers processes
// exist at any time (started lazily, reused), a worker retires after max_tasks_per_child attempts
// and a fresh one takes its slot, and `process` runs on a thread named <thread_name_prefix><slot>.
// A pool that recycles its workers starts them as forks of a fork server (see ForkServer), not
// as new programs: a tenth of the cost.
//
// Threading: one I/O thread per executor owns every worker process and does all pipe I/O with
// poll(); the engine's thread only hands jobs over under a mutex, so nothing here depends on the
// caller's event loop. `deliver` is called from the I/O thread (or, after shutdown, the caller).
//
// Batching: a worker is sent an event's settings once, then its attempts in batches (ids, tasks,
// attempts, inputs), and sends its reports back several to a frame. While attempts are short
// (average < 2 ms) a worker is given about kQueuedWorkMs of them at a time (at most
// kMaxPipelineDepth), so the round trip does not dominate; longer ones go one at a time, so no
// idle worker waits while work queues behind a busy one. Each attempt is reported Started then
// Finished (a worker that finished it before saying it started says so once; the Started is made
// here); worker times are CLOCK_MONOTONIC, placed on the run's clock when they arrive (never
// before the attempt was sent, never in the future). A successful attempt's value crosses back
// only when its scope keepsValue.
//
// Faults: a worker that dies mid-attempt (told apart from the attempts it had finished, even those
// it had not reported yet: see ReportMirror) fails it with WorkerCrashedError ("worker process 123
// was killed by signal 6 (SIGABRT) while running this attempt"); its other, not yet started
// attempts go back to the queue and the slot gets a fresh worker. A worker that cannot be created,
// or exits before its handshake, fails the attempt with OSError. A cancelled running attempt (its
// job's flag) gets a cancel message, then SIGTERM after kCancelGraceMs, then SIGKILL after
// kKillGraceMs more, and is reported Cancelled; grace periods run on real time even when the
// run's clock is virtual. shutdown() cancels what is queued or running the same way and returns
// once every worker is reaped.
// Timeouts: an attempt whose event has a timeout_ms ends itself in its worker if its kind is
// cooperative; a worker still running it kTimeoutGraceMs after the deadline (hung, or stopped
// by SIGSTOP) is killed with SIGKILL, the attempt fails with TimeoutError, and a fresh worker
// takes the slot. The deadline counts on real time from when the attempt reached the front of
// a ready worker's line. Workers run in their own process group (a terminal's Ctrl-C
// reaches the host only, whose SIGINT path should call shutdown) and die with the host thread
// that spawned them (PR_SET_PDEATHSIG, as SIGTERM: a worker first kills the `command` programs
// it started), so an abruptly killed host leaves no orphans.

#include "core/executors/Executor.h"

#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace volnux {

class ForkServer;
class WorkerProcess;
struct InFlightAttempt;
struct WorkerMessage;

class ProcessPoolExecutor : public Executor
{
public:
    static constexpr double kCancelGraceMs = 150; // cancel message -> SIGTERM
    static constexpr double kKillGraceMs = 350;   // SIGTERM -> SIGKILL
    static constexpr double kExitGraceMs = 1000;  // input closed and idle -> SIGKILL
    static constexpr double kStartTimeoutMs = 30000;
    static constexpr double kTimeoutGraceMs = 50; // deadline -> SIGKILL, if still running
    static constexpr double kQueuedWorkMs = 8;    // work given to a worker at once, when short
    static constexpr int kMaxPipelineDepth = 1024;

    ProcessPoolExecutor(const ExecutorInitializerConfig &config, ExecutorEnvironment env);
    ~ProcessPoolExecutor() override;

    void submit(AttemptJob job) override;
    void cancelQueued() override;
    void shutdown() override;
    int workerCount() const override;
    bool endsTimedOutAttempts() const override { return true; }

private:
    // `wake`: tell the engine now rather than leave it to the caller (which does it once for
    // many reports).
    void publish(AttemptReport &&report, bool wake = true) const;
    // I/O thread
    void loop();
    bool finished() const;
    void takeControl();
    void cancelHostQueue(const QString &why);
    void checkCancellations(double now);
    void checkTimeouts(WorkerProcess &worker, double now);
    void escalate(WorkerProcess &worker, double now);
    void dispatch(double now);
    WorkerProcess *pickWorker(double now);
    WorkerProcess *startWorker(double now);
    std::unique_ptr<WorkerProcess> newWorker(int slot, QString *error);
    std::unique_ptr<WorkerProcess> spawnOrFork(int slot, QString *error);
    int pipelineDepth() const;
    void sendBatch(WorkerProcess &worker, double now);
    int scopeKey(WorkerProcess &worker, const AttemptScope &scope);
    void waitForIo();
    void readWorker(WorkerProcess &worker, double now);
    void onReports(WorkerProcess &worker, WorkerMessage &message, double now);
    // True when it published a finished report.
    bool onReport(WorkerProcess &worker, AttemptReport report, bool startUnsent, double now);
    void reapWorkers();
    void recoverReports(WorkerProcess &worker);
    void onWorkerGone(WorkerProcess &worker);
    void failAttempt(const InFlightAttempt &attempt, AttemptOutcome outcome, const QString &type,
                     const QString &message, qint64 pid, double start, double end);
    void mapTimes(AttemptReport &report, const InFlightAttempt &attempt) const;
    int pollTimeout() const;
    QString threadName(int slot) const;  // of the worker's task thread; empty: the default
    Name reportedThread(int slot) const; // what its reports say

    const ExecutorInitializerConfig m_config;
    const ExecutorEnvironment m_env;
    const QString m_program;
    const int m_maxWorkers;
    int m_wakeFd = -1;

    // Shared between the engine thread and the I/O thread. A std::mutex, not a QMutex: Qt's lives
    // in a library built without ThreadSanitizer, so a TSan build could not check this locking.
    std::mutex m_mutex;
    std::vector<AttemptJob> m_incoming;
    bool m_cancelQueuedRequested = false;
    bool m_stopRequested = false;
    bool m_stopped = false;
    std::atomic<int> m_liveWorkers{0};
    std::thread m_thread;

    // I/O thread only.
    std::deque<AttemptJob> m_queue;
    std::vector<std::unique_ptr<WorkerProcess>> m_workers; // one per slot, null when free
    bool m_shuttingDown = false;
    bool m_startFailed = false;
    double m_avgTaskMs = -1; // moving average, decides how deep to pipeline
    double m_lastQueueScan = -1e9;
    std::unordered_map<const AttemptScope *, int> m_scopeKeys;
    std::vector<AttemptJob> m_batch; // kept: its storage is reused
    // With max_tasks_per_child, workers are forks of a fork server (started with the first).
    // Its workers keep it too: a server that died and was replaced lives on until they are reaped.
    std::shared_ptr<ForkServer> m_forkServer;
    bool m_forkServerFailed = false;
};

std::unique_ptr<Executor> makeProcessPoolExecutor(const ExecutorInitializerConfig &config,
                                                  ExecutorEnvironment env);

} // namespace volnux
