// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs attempts on `volnux-worker` processes, anywhere, through Redis Streams (ClusterProtocol).
// The engine schedules attempts, backoffs and evaluation as for local executors; only where an
// attempt runs changes. ExecutorInitializerConfig: max_workers bounds this event's attempts in
// flight across the cluster (EMPTY: no bound beyond the workers' capacity); thread_name_prefix
// names the worker threads in records.
//
// One I/O thread per executor, with two connections: one writes (XADD of attempts and
// cancellations, XDEL, XAUTOCLAIM), one waits for results (XREAD BLOCK on this executor's own
// result stream). Each attempt is reported Started then Finished as the worker says; a result
// for an attempt no longer in flight (duplicate, late, superseded) is ignored.
//
// Faults: entries idle in the group's pending lists for longer than the heartbeat timeout
// belong to a worker that stopped heartbeating; they are claimed (XAUTOCLAIM) and failed with
// WorkerCrashedError if they had started, sent again if not. A cancelled attempt is announced on
// the cancel stream (workers see it within their read timeout); one not started yet is removed
// and reported at once. If Redis cannot be reached for reconnectTimeoutMs, what is queued or in
// flight fails with ConnectionError. The URL's credentials never appear in any message.

#include "core/cluster/ClusterProtocol.h"
#include "core/executors/Executor.h"

#include <QSet>

#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace volnux {

class RedisExecutor : public Executor
{
public:
    RedisExecutor(const ExecutorInitializerConfig &config, ClusterConfig cluster,
                  ExecutorEnvironment env);
    ~RedisExecutor() override;

    void submit(AttemptJob job) override;
    void cancelQueued() override;
    void shutdown() override;
    // Distinct workers that reported an attempt of this executor.
    int workerCount() const override;

private:
    struct Flight
    {
        AttemptJob job;
        QByteArray entryId;
        double sentAt = 0;     // host clock
        double startedAt = -1; // host clock
        bool cancelSent = false;
        double cancelSentAt = 0; // monotonic
        Name thread;
        qint64 pid = 0;
        Name host;
    };

    void publish(AttemptReport &&report) const;
    // I/O thread
    void loop();
    bool finished() const;
    void takeControl();
    bool ensureConnected(double now);
    void failEverything(AttemptOutcome outcome, const QString &type, const QString &why);
    void checkCancellations(double now);
    void dispatch();
    void claimSilent(double now);
    void answerClaimed(const StreamEntry &entry);
    void waitForResults();
    void onBatch(const ResultBatch &batch);
    void onItem(const ResultBatch &batch, ResultItem &item, double offset);
    void failFlight(Flight &flight, AttemptOutcome outcome, const QString &type,
                    const QString &message);
    void cleanUp();

    const ExecutorInitializerConfig m_config;
    const ClusterConfig m_cluster;
    const ExecutorEnvironment m_env;
    const QByteArray m_token;
    const QByteArray m_resultsKey;
    const QString m_threadPrefix;
    std::optional<RedisUrl> m_url;
    QString m_urlError;
    int m_wakeFd = -1;

    // Shared with the engine thread.
    std::mutex m_mutex;
    std::vector<AttemptJob> m_incoming;
    bool m_cancelQueuedRequested = false;
    bool m_stopRequested = false;
    bool m_stopped = false;
    std::atomic<int> m_workersSeen{0};
    std::thread m_thread;

    // I/O thread only.
    std::unique_ptr<RedisClient> m_writer;
    std::unique_ptr<RedisClient> m_reader;
    bool m_readPending = false;
    QByteArray m_lastResultId = "0-0";
    double m_disconnectedSince = -1;
    double m_nextConnectTry = 0;
    double m_nextClaim = 0;
    bool m_everConnected = false;
    double m_lastFlagScan = -1e9;
    std::deque<AttemptJob> m_queue;
    std::unordered_map<quint64, Flight> m_flights; // by job id
    std::vector<QByteArray> m_finishedEntries;     // to XDEL
    QSet<QString> m_workers;
    bool m_shuttingDown = false;
};

// Null with `error` set when the run names no Redis server.
std::unique_ptr<Executor> makeRedisExecutor(const ExecutorInitializerConfig &config,
                                            ExecutorEnvironment env, QString *error = nullptr);

} // namespace volnux
