// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The loop of `volnux-worker`: one member of the queue's consumer group. A reader thread takes
// attempts from the task stream (XREADGROUP, as many as it has room for) and cancellations from
// the cancel stream; `concurrency` task threads run attempts with the same code as local
// execution (runAttempt); a sender thread writes reports to each attempt's result stream and
// acknowledges entries in batches, and heartbeats: it announces the worker and re-claims the
// entries it holds (XCLAIM to itself), which keeps their idle time low. A host takes a worker
// whose entries stay idle past its heartbeat timeout for dead (XAUTOCLAIM). An entry the
// heartbeat finds claimed by someone else is cancelled here: its attempt was failed elsewhere.
//
// Plugins load only from `pluginDirs`: a plugin event whose library is a path is refused.
// `requestStop` (SIGTERM): no new attempts; held ones not started are handed back to the host;
// running ones get `stopGraceMs` to finish, are then cancelled, and the programs they started
// are killed.

#include "core/cluster/ClusterProtocol.h"

#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

namespace volnux {

struct ClusterWorkerOptions
{
    RedisUrl url;
    QString queue = QStringLiteral("default");
    int concurrency = 1;
    QString name; // empty: <host>-<pid>
    QStringList pluginDirs;
    int heartbeatMs = 1000;
    int stopGraceMs = 10000;
    int blockMs = 50; // the longest a read waits, hence the cancellation delay
    // Task threads are named <prefix><threadIndexBase + i>: a recycled worker (the same process
    // started again, see kRecycle) counts on, so its threads are new timeline lanes.
    int threadIndexBase = 0;
};

class ClusterWorker
{
public:
    explicit ClusterWorker(ClusterWorkerOptions options);
    ~ClusterWorker();
    // Returned by exec when an event's max_tasks_per_child tasks have run here: the worker
    // stopped as for SIGTERM and wants to be started again (WorkerCommand re-executes itself).
    static constexpr int kRecycle = 75;
    // Runs until requestStop; 0 on a clean stop, 1 when Redis could not be reached at first.
    int exec(QString *error);
    // Which event's limit made exec return kRecycle, and after how many of its tasks.
    int recycledAfter() const { return m_recycledAfter; }
    // Async-signal-safe.
    static void requestStop();
    static bool stopRequested();

    QString name() const { return m_options.name; }

private:
    struct Held;
    // reader thread
    void readLoop(RedisClient &redis);
    void readCancels(RedisClient &redis);
    void readTasks(RedisClient &redis, int room);
    int room() const;
    void applyCancel(const CancelNotice &notice);
    void stopHeldWork();
    // task threads
    void taskLoop(int index);
    void countStart(const Held &held);
    void runHeld(Held &held, int index);
    AttemptReport execute(Held &held, double start);
    // sender thread
    void sendLoop();
    bool sendOnce(RedisClient &redis, bool heartbeat);
    void heartbeat(RedisClient &redis, const std::vector<QByteArray> &ids);
    void post(const Held &held, AttemptReport &&report, bool finished);

    ClusterWorkerOptions m_options;
    QString m_host;
    qint64 m_pid;
    QByteArray m_lastCancelId = "0-0";

    // std primitives, not Qt's: ThreadSanitizer builds can check them.
    mutable std::mutex m_mutex; // everything below
    std::condition_variable m_taskWake;
    std::condition_variable m_sendWake;
    std::condition_variable m_roomWake;
    std::deque<std::shared_ptr<Held>> m_queue;
    std::map<QByteArray, std::shared_ptr<Held>> m_held;     // by entry id: queued and running
    std::map<QByteArray, std::vector<ResultItem>> m_outbox; // by result stream
    std::vector<QByteArray> m_acks;
    std::set<QByteArray> m_cancelledTokens;
    int m_running = 0;
    double m_avgTaskMs = -1;
    bool m_tasksDone = false;                   // task threads asked to end
    bool m_senderDone = false;                  // sender asked to end once the outbox is empty
    std::map<QByteArray, int> m_startedByToken; // attempts started, per event (executor token)
    std::atomic_bool m_recycle{false}; // an event's max_tasks_per_child is reached: start no more
    int m_recycledAfter = 0;
};

} // namespace volnux
