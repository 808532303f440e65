// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one reader of the run-record stream: it turns records into per-event and per-task state,
// so a live run and a recorded one (replayed from the run store) read the same. The monitor, the
// end-of-run summary, `volnux-run history show` and run comparison all read it; nothing else
// counts tasks. Every task costs a compact cell (status and attempts); with Detail::Full it
// also keeps the task's attempts, logs and input for the monitor.
// Pure data, no widgets. Not thread-safe: it is fed whole batches on one thread.

#include "core/engine/RunRecord.h"
#include "core/observe/TaskCounts.h"

#include <QHash>
#include <QSet>

#include <array>
#include <vector>

namespace volnux {

struct TaskKey
{
    int event = -1;
    int task = -1;
    friend bool operator==(const TaskKey &, const TaskKey &) = default;
};

struct AttemptState
{
    int number = 0;
    double start = 0;
    double end = -1; // -1 while running
    bool finished = false;
    AttemptOutcome outcome = AttemptOutcome::Success;
    QString errorType;
    QString message;
    double nextDelay = -1; // the backoff that followed, -1 when none
    bool started = false;  // AttemptStarted seen: false for one cancelled before it started
    QString returned;      // what an attempt that returned a failure returned, as text
    QStringList log;
    int droppedLog = 0;
    int worker = -1; // index into RunState::workers()
};

struct TaskState
{
    int event = -1;
    int task = -1;
    QString input; // as text; empty without one, or when it is the task's own index
    TaskStatus status = TaskStatus::Queued;
    int maxAttempts = 1;
    double queuedAt = 0;
    double finishedAt = -1;
    double due = -1; // when the next attempt is due, while waiting to retry
    int worker = -1; // of the latest attempt
    std::vector<AttemptState> attempts;

    const AttemptState *lastError() const;
    // First attempt's start to the task's end (or `now` while it is not final); -1 before any.
    double duration(double now) const;
};

struct EventState
{
    int index = -1;
    QString name;
    EventStatus status = EventStatus::Pending;
    int total = 0;
    TaskCounts counts; // live task counts
    int attempts = 0;  // attempts started
    QString evaluation;
    bool evaluated = false; // EventFinished seen: `outcome` is meaningful
    bool outcome = false;
    double start = -1;
    double end = -1;

    int count(TaskStatus status) const { return counts.count(status); }
};

struct WorkerAttempt
{
    int task = -1;    // task row
    int attempt = -1; // index into TaskState::attempts
};

using RunTotals = TaskCounts;

// What the stream said of one task, kept for every task however large the run.
struct TaskCell
{
    int row = -1;     // index into RunState::tasks() (Detail::Full), else -1
    int attempts = 0; // attempts started (the highest attempt number seen)
    TaskStatus status = TaskStatus::Queued;
    bool seen = false;
};

// What one batch changed; models turn it into one insert and a few row-range dataChanged.
struct RunStateChange
{
    int firstNewTask = 0;
    int newTasks = 0;
    std::vector<int> changedTasks; // sorted, unique, existing before the batch
    int firstNewEvent = 0;
    int newEvents = 0;
    std::vector<int> changedEvents; // sorted, unique
    int newWorkers = 0;
    bool runChanged = false;
    bool any() const;
    // Adds what a later batch changed: rows new in either are new, not changed.
    void merge(const RunStateChange &later);
};

class RunState
{
public:
    enum class Detail : quint8
    {
        Full,  // tasks(), attempts, logs, workers: what the monitor shows
        Counts // statuses and attempt counts only: summaries and comparison
    };
    explicit RunState(Detail detail = Detail::Full) : m_detail(detail) {}

    RunStateChange apply(RecordSpan records);
    RunStateChange apply(const RunRecords &records) { return apply(RecordSpan(records)); }
    void clear();
    // Names the events before any record does (a summary lists events that never started).
    void declareEvents(const QStringList &names, const QList<int> &taskCounts);

    Detail detail() const { return m_detail; }
    // The compact state of a task, or nullptr when the stream never named it.
    const TaskCell *cell(int event, int task) const;
    // Calls `visit(event, task, cell)` for every task seen, event by event, by task index.
    template <typename Visit> void forEachTask(Visit visit) const
    {
        for (size_t e = 0; e < m_cells.size(); ++e)
            for (size_t t = 0; t < m_cells[e].size(); ++t)
                if (m_cells[e][t].seen)
                    visit(int(e), int(t), m_cells[e][t]);
    }

    const std::vector<TaskState> &tasks() const { return m_tasks; }
    const std::vector<EventState> &events() const { return m_events; }
    // One lane per worker: a thread or process of one event's executor. The same thread name
    // in two events (each event has its own executor) is two workers, and so is a process pool's
    // worker replaced by a new process (its name then says the new pid).
    const QStringList &workers() const { return m_workers; }
    const std::vector<int> &workerEvents() const { return m_workerEvents; } // event of each
    const std::vector<std::vector<WorkerAttempt>> &workerAttempts() const
    {
        return m_workerAttempts;
    }
    const RunTotals &totals() const { return m_totals; }
    RunStatus runStatus() const { return m_runStatus; }
    bool isFinished() const;
    double lastTime() const { return m_lastTime; }
    double finishedAt() const { return m_finishedAt; } // RunFinished's time, or -1
    int eventCount() const { return m_eventCount; }
    // The row of a task, or -1.
    int rowOf(int event, int task) const;
    std::vector<TaskKey> tasksWithStatus(TaskStatus status) const;

private:
    struct Batch;
    void applyOne(const RunRecord &record, Batch &batch);
    EventState &ensureEvent(int index, const QString &name, Batch &batch);
    // The task's cell, created on first sight; `row` is its TaskState (Detail::Full) or -1.
    TaskCell &ensureTask(const RunRecord &record, Batch &batch);
    void reserveTasks(const EventState &event, int total);
    TaskState *detailOf(const TaskCell &cell);
    int workerIndex(const RunRecord &record);
    void setStatus(TaskCell &cell, EventState &event, TaskStatus status);
    void countAttempt(TaskCell &cell, EventState &event, int number);
    AttemptState *findAttempt(TaskState &task, int number);
    void onAttemptStarted(const RunRecord &record, Batch &batch);
    void onAttemptFinished(const RunRecord &record, Batch &batch);
    void onRetryScheduled(const RunRecord &record, Batch &batch);
    void onTaskFinished(const RunRecord &record, Batch &batch);
    void onEventFinished(const RunRecord &record, Batch &batch);

    std::vector<TaskState> m_tasks;
    std::vector<EventState> m_events;
    std::vector<std::vector<TaskCell>> m_cells; // [event][task]
    QStringList m_workers;
    struct WorkerKey
    {
        int event = -1;
        qint64 pid = 0;
        const QString *thread = nullptr; // interned (Name)
        const QString *host = nullptr;
        friend bool operator==(const WorkerKey &, const WorkerKey &) = default;
        friend size_t qHash(const WorkerKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.event, k.pid, k.thread, k.host);
        }
    };
    QHash<WorkerKey, int> m_workerIndex;
    std::vector<int> m_workerEvents;
    QSet<std::pair<int, QString>> m_workerNames; // (event, name) of every worker
    std::vector<std::vector<WorkerAttempt>> m_workerAttempts;
    RunTotals m_totals;
    RunStatus m_runStatus = RunStatus::NotStarted;
    double m_lastTime = 0;
    double m_finishedAt = -1;
    int m_eventCount = 0;
    Detail m_detail = Detail::Full;
};

} // namespace volnux

Q_DECLARE_METATYPE(volnux::TaskKey)
