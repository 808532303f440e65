// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine of one run. Lives on the run's own thread and owns all execution state: tasks,
// retries (scheduled on the clock, never slept), executors, evaluation and the pipeline walk.
// Executors report attempts from any thread into the ReportInbox, which turns each report into
// its record there; the engine applies those records in batches (adding its retry decision) and
// passes them on, with its own, through the RecordBuffer. Every method runs on the engine thread.
// Attempt deadlines (an event's timeout_ms) wait on the run's clock like retries; an attempt
// past its deadline is reported timed out then, and what it reports later is ignored.

#include "core/engine/DeferredCalls.h"
#include "core/engine/ReportInbox.h"
#include "core/engine/RetryQueue.h"
#include "core/engine/RunRecord.h"
#include "core/engine/RunSpec.h"
#include "core/executors/Executor.h"
#include "core/pipeline/PipelineGraph.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <vector>

namespace volnux {

class RecordBuffer;

class RunEngine : public QObject
{
    Q_OBJECT
public:
    RunEngine(RunSpec spec, std::shared_ptr<Clock> clock, std::shared_ptr<RecordBuffer> records,
              std::shared_ptr<const std::atomic_bool> runCancelled,
              std::function<void(RunStatus)> onFinished);
    ~RunEngine() override;

    void start();
    void cancel();
    void cancelTask(int event, int task);
    void retryNow(int event, int task);

private:
    struct TaskState
    {
        int event = 0;
        int index = 0;
        int attempt = 0;
        TaskStatus status = TaskStatus::Queued;
        AttemptOutcome lastOutcome = AttemptOutcome::Success;
        bool armed = false; // its event has started: it has a live cancellation flag
        quint64 retryToken = 0;
        int timedOutAttempt = 0; // the last attempt the engine ended at its deadline
        QVariant value;
        std::optional<int> descriptor;
    };
    struct EventState
    {
        EventStatus status = EventStatus::Pending;
        int firstTask = 0;
        int taskCount = 0;
        TaskCounts counts; // its tasks' final states
        int node = -1;
        QHash<int, int> positionOf; // task index -> position, when they differ (reruns)
        bool branchHandled =
            false; // its step's outcome took a branch: a failure does not fail the run
        bool outcome = false;
        int maxAttempts = 1;
        std::optional<RetryPolicy> policy;
        bool engineTimesOut = false; // timeout_ms set and the executor does not enforce it
        int submitted = 0;           // tasks handed to the executor, in chunks (submitChunks)
        int firstAttemptsEnded = 0;
        Name name;
        // Outlives the executor (jobs point at it): kept until the engine is destroyed.
        std::unique_ptr<AttemptScope> scope;
        std::unique_ptr<Executor> executor;
    };
    struct NodeState
    {
        int pendingEvents = 0;
        QString enteredVia;
    };

    static constexpr int kChunk = 8192;
    static constexpr int kTasksAhead = 2 * kChunk; // submitted beyond the first attempts ended
    void submitChunks(int e, double time, bool all = false);
    void resumeHeldBack();
    void drainReports();
    bool applyAttemptRecord(RunRecord &r);
    bool applyFinishedAttempt(RunRecord &r, int taskId);
    void armDeadline(const RunRecord &started, int taskId);
    void onDeadline(int taskId, quint64 attempt);
    // The backoff after failed attempt `attempt`, in ms, with the policy's jitter drawn.
    double retryDelayMs(const RetryPolicy &policy, int event, int task, int attempt) const;
    double rel(double clockMs) const { return clockMs - m_t0; }
    // The engine's id of task `index` (its identity, EventSpec::taskIndices) of event `e`, or -1.
    int taskIdOf(int e, int index) const;
    double now() const;
    // A new record at the end of the outbox; the reference is valid until the next call.
    RunRecord &record(RecordType type, double time, int event = -1, int task = -1);
    // Batches stay small, so their storage is recycled rather than mapped afresh each time.
    static constexpr size_t kBatchRecords = 1024;
    void flush();

    void startNode(int node, const QVariantList &previous);
    void startEvent(int event, int node, const QVariantList &previous);
    void queueTasks(int event, int first, int end, double time); // TaskQueued records
    ExecutorEnvironment environment();
    AttemptJob job(int taskId);
    // Read from the spec when needed rather than kept per task: `tasks: N` holds no list.
    QVariant inputOf(int taskId) const;
    void expectAttempts(int count);
    void submitAttempt(int taskId);
    void scheduleRetry(int taskId, double delayMs);
    void onRetryDue(int taskId, quint64 token);
    void finishTask(int taskId, TaskStatus status, double time);
    void finishEvent(int event);
    void nodeFinished(int node);
    void advance(int node);
    void cancelEventTasks(int event);
    void cancelOneTask(int taskId);
    void cancelRunningEvents();
    void noticeRunCancel();
    void stopRun();
    void finishRun();
    RunStatus finalStatus() const;

    RunSpec m_spec;
    quint64 m_jitterSeed; // m_spec's, or drawn at construction
    PipelineGraph m_graph;
    std::shared_ptr<Clock> m_clock;
    RetryQueue m_retries; // due retries; RunEngine::onRetryDue starts them
    // Deadlines of running attempts (token: the attempt number), and what their started records
    // said, for the record of an attempt the engine ends.
    RetryQueue m_deadlines;
    struct TimedAttempt
    {
        double start = 0;
        Name thread;
        qint64 pid = 0;
    };
    QHash<int, TimedAttempt> m_timedAttempts; // task id -> its running attempt
    std::shared_ptr<RecordBuffer> m_records;
    std::shared_ptr<const std::atomic_bool> m_runCancelled;
    std::function<void(RunStatus)> m_onFinished;
    double m_t0 = 0;
    std::vector<TaskState> m_tasks;
    std::unique_ptr<std::atomic_bool[]> m_cancelFlags; // one per task, read by workers
    std::vector<EventState> m_events;
    std::vector<NodeState> m_nodes;
    int m_runningEvents = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelling = false;
    bool m_stopping = false;
    bool m_holdFlush = false; // while attempt records are applied: they must precede the outbox
    RunRecords m_outbox;

    // Reports are collected by polling every millisecond while attempts are in flight, so a busy
    // run costs the workers no wake-up per report; a worker running out of work wakes the engine.
    ReportInbox m_inbox;
    DeferredCalls m_deferred{this};
    int m_inFlight = 0;      // attempts submitted and not yet reported finished
    bool m_heldBack = false; // tasks wait for the consumer to drain its backlog (submitChunks)
    QTimer *m_poll = nullptr;
};

} // namespace volnux
