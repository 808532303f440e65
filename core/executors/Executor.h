// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The interface every executor implements (DefaultExecutor, ThreadPoolExecutor,
// ProcessPoolExecutor, later remote ones). The engine owns one executor per event and calls
// `submit` and `cancelQueued` from its own thread; executors report each attempt through the
// `deliver` callback given at construction, from whatever thread ran it.

#include "core/cluster/ClusterConfig.h"
#include "core/engine/Clock.h"
#include "core/engine/RunRecord.h"
#include "core/events/EventRegistry.h"
#include "core/events/TaskInputs.h"
#include "core/executors/ExecutorInitializerConfig.h"
#include "core/retry/RetryPolicy.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace volnux {

// What every attempt of one event in one run shares. The engine owns it and keeps it alive until
// the event's executor has shut down; jobs only point at it, so handing a job to a worker copies
// no string, map or function (and touches no reference count another thread also touches).
struct AttemptScope
{
    QString eventType;    // registry name (what a process worker re-creates)
    Name name;            // the event's name in the run (interned: records copy it freely)
    EventFactory factory; // resolved by the engine, for in-process executors
    // Set for function events: called directly, without creating an event object per attempt.
    std::shared_ptr<const EventFunction> function;
    QVariantMap params;
    QVariantList previousResults;
    int maxAttempts = 1;
    std::optional<int> timeoutMs; // the event's timeout_ms: the longest one attempt may take
    // Whether anything reads a successful attempt's value (the next step, piped by `|->`, or a
    // run that keeps values). When not, it is dropped where the attempt ran: a process worker
    // does not send it back. A returned failure's value is always kept: it explains the failure.
    bool keepsValue = true;
    std::shared_ptr<const std::atomic_bool> runCancelled; // the whole run is being cancelled

    // What an attempt's records say of its event, so that they can be made where the attempt
    // ran (in parallel) rather than on the engine thread.
    int event = -1;
    int step = -1; // pipeline step
    Name branch;   // the branch the step was entered by
    double t0 = 0; // clock ms at which the run started: records count from there
    // EventSpec::taskIndices (owned by the engine's spec): position -> task index; null or empty
    // when they are the same.
    const QList<int> *taskIndices = nullptr;
    int taskIndex(int position) const
    {
        return taskIndices && !taskIndices->isEmpty() ? taskIndices->at(position) : position;
    }

    // stop_on_exception, decided where the failure is reported rather than when the engine
    // reads it: a worker must not start the event's next task in between. Set by the report
    // of an exception the policy will not retry; read by every job of the event.
    bool stopOnException = false;
    std::optional<RetryPolicy> policy; // the event's, `* N` applied
    mutable std::atomic_bool stopped{false};
    // Whether a failed attempt's report should stop the event's other jobs at once.
    bool stopsEvent(const QString &errorType, int attempt) const
    {
        return stopOnException && !(policy && policy->shouldRetry(errorType, attempt));
    }
};

struct AttemptJob
{
    quint64 id = 0; // the engine's token, echoed in the report
    const AttemptScope *scope = nullptr;
    QVariant input;
    int task = 0;
    int attempt = 1;
    const std::atomic_bool *cancelled = nullptr; // this task; owned by whoever owns the scope

    bool isCancelled() const
    {
        return (cancelled && cancelled->load(std::memory_order_relaxed)) ||
               (scope && scope->stopped.load(std::memory_order_relaxed)) ||
               (scope && scope->runCancelled &&
                scope->runCancelled->load(std::memory_order_relaxed));
    }
};

// The first attempts of consecutive tasks of one event, as the engine submits them when the
// event starts. Task i of the range (0-based) has id firstId + i, position firstTask + i (its task
// index is the scope's taskIndex of that), input (*inputs)[firstTask + i] and cancellation flag
// cancelFlags[i].
struct AttemptRange
{
    const AttemptScope *scope = nullptr;
    quint64 firstId = 0;
    int firstTask = 0;
    int count = 0;
    const TaskInputs *inputs = nullptr;
    const std::atomic_bool *cancelFlags = nullptr;

    AttemptJob job(int i) const
    {
        AttemptJob job;
        job.id = firstId + quint64(i);
        job.scope = scope;
        job.input = inputs->at(firstTask + i);
        job.task = scope ? scope->taskIndex(firstTask + i) : firstTask + i;
        job.attempt = 1;
        job.cancelled = cancelFlags + i;
        return job;
    }
};

struct AttemptReport
{
    // An executor reports each attempt twice: once when it starts on a worker (Started: only id,
    // start, thread and pid are meaningful) and once when it ends (Finished).
    enum class Phase
    {
        Started,
        Finished
    };
    quint64 id = 0;
    Phase phase = Phase::Finished;
    const AttemptScope *scope = nullptr; // the job's; with task and attempt, the job's identity
    int task = 0;
    int attempt = 1;
    AttemptOutcome outcome = AttemptOutcome::Success;
    QVariant value;
    std::optional<int> descriptor;
    QString errorType;
    QString errorMessage;
    QStringList log;
    int droppedLog = 0;
    Name thread;
    qint64 pid = 0;
    Name host;        // the machine that ran it, when not this one (remote executors)
    double start = 0; // clock ms
    double end = 0;
};

struct ExecutorEnvironment
{
    std::shared_ptr<Clock> clock;
    // Thread-safe. `lane` spreads reports over independent queues: give each worker its own
    // (its index, say) so workers never contend for one lock. Reports of one lane keep their order.
    std::function<void(AttemptReport &&, int lane)> deliver;
    QObject *engineContext = nullptr; // lives on the engine thread; for queued calls and timers
    // For executors that run attempts on the engine thread itself: applies the reports delivered
    // so far and publishes their records, so "attempt started" is seen before the thread blocks.
    std::function<void()> publishNow;
    // Thread-safe, cheap when repeated. Call it when a worker runs out of work (or a report must
    // be seen at once): the engine otherwise collects reports on a short poll.
    std::function<void()> idle;
    // Where remote executors (RedisExecutor) send attempts; null when the run has no cluster.
    std::shared_ptr<const ClusterConfig> cluster{};
    // Engine thread only: runs `call` there soon, after the current call returns, usually without
    // waiting for a turn of the event loop (which still comes at least every 2 ms).
    std::function<void(std::function<void()>)> defer{};
    int nice = 0; // RunSpec::nice, for the executor's workers
};

class Executor
{
public:
    virtual ~Executor() = default;
    virtual void submit(AttemptJob job) = 0;
    // An event's first attempts at once: one hand-over instead of one per job.
    virtual void submitRange(const AttemptRange &range)
    {
        for (int i = 0; i < range.count; ++i)
            submit(range.job(i));
    }
    // Drops jobs not yet started; each is reported as cancelled.
    virtual void cancelQueued() = 0;
    // Blocks until no worker runs an attempt or can report one again. Queued jobs are reported
    // as cancelled.
    virtual void shutdown() = 0;
    // Workers currently alive (threads or processes), for tests and the monitor.
    virtual int workerCount() const = 0;
    // Whether this executor ends an attempt that outlives its scope's timeoutMs by itself, even
    // one that never returns. When it does not, the engine reports the attempt timed out at its
    // deadline and ignores what the attempt reports later.
    virtual bool endsTimedOutAttempts() const { return false; }
};

// The message of an attempt that ran out of time (the event's timeout_ms, `limitMs`).
QString attemptTimeoutMessage(int limitMs);

// Runs one attempt in this process: creates the event, calls `process`, maps exceptions. A job
// whose cancellation flag is already set is reported cancelled without calling `process`.
// Shared by every in-process executor and by process-pool workers. Fills neither thread nor pid.
// `startedAt` is the start its "started" report gave, when the caller sent one (saves a clock
// read).
AttemptReport runAttempt(const AttemptJob &job, const Clock &clock,
                         std::optional<double> startedAt = std::nullopt);
// A report about `job`: its id, scope, task and attempt filled in.
AttemptReport reportFor(const AttemptJob &job,
                        AttemptReport::Phase phase = AttemptReport::Phase::Finished);
// The "started" report an executor sends as it begins running `job` on a worker.
AttemptReport startedReport(const AttemptJob &job, double start, Name thread, qint64 pid);
// The report of a job that never started (dropped from a queue by cancellation or shutdown).
AttemptReport cancelledBeforeStart(const AttemptJob &job, const Clock &clock);

// Creates the executor named by `name` ("DefaultExecutor", "ThreadPoolExecutor",
// "ProcessPoolExecutor", "RedisExecutor"); nullptr with `error` set for an unknown name.
std::unique_ptr<Executor> createExecutor(const QString &name,
                                         const ExecutorInitializerConfig &config,
                                         ExecutorEnvironment env, QString *error = nullptr);
QStringList executorNames();

} // namespace volnux
