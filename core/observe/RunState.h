#pragma once

// The monitor's picture of one run, built from the run-record stream alone (so a recorded run can
// be replayed): tasks with their attempts, events with their counts, workers, totals.
// Pure data, no widgets. Not thread-safe: it lives on the GUI thread and is fed whole batches.

#include "core/engine/RunRecord.h"

#include <QHash>

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
    QStringList log;
    int droppedLog = 0;
    int worker = -1; // index into RunState::workers()
};

struct TaskState
{
    int event = -1;
    int task = -1;
    QString input;
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
    std::array<int, 7> counts{}; // live task counts by TaskStatus
    QString evaluation;
    bool evaluated = false; // EventFinished seen: `outcome` is meaningful
    bool outcome = false;
    double start = -1;
    double end = -1;

    int count(TaskStatus status) const { return counts[static_cast<int>(status)]; }
};

struct WorkerAttempt
{
    int task = -1;    // task row
    int attempt = -1; // index into TaskState::attempts
};

struct RunTotals
{
    std::array<int, 7> counts{};
    int count(TaskStatus status) const { return counts[static_cast<int>(status)]; }
    int tasks() const;
    int done() const; // in a final state
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
};

class RunState
{
public:
    RunStateChange apply(const RunRecords &records);
    void clear();

    const std::vector<TaskState> &tasks() const { return m_tasks; }
    const std::vector<EventState> &events() const { return m_events; }
    const QStringList &workers() const { return m_workers; }
    const std::vector<std::vector<WorkerAttempt>> &workerAttempts() const
    {
        return m_workerAttempts;
    }
    const RunTotals &totals() const { return m_totals; }
    RunStatus runStatus() const { return m_runStatus; }
    bool isFinished() const;
    double lastTime() const { return m_lastTime; }
    int eventCount() const { return m_eventCount; }
    // The row of a task, or -1.
    int rowOf(int event, int task) const;
    std::vector<TaskKey> tasksWithStatus(TaskStatus status) const;

private:
    struct Batch;
    void applyOne(const RunRecord &record, Batch &batch);
    EventState &ensureEvent(int index, const QString &name, Batch &batch);
    int ensureTask(const RunRecord &record, Batch &batch);
    void setStatus(TaskState &task, TaskStatus status);
    int workerIndex(const RunRecord &record, Batch &batch);
    AttemptState *findAttempt(TaskState &task, int number);
    void onAttemptStarted(const RunRecord &record, Batch &batch);
    void onAttemptFinished(const RunRecord &record, Batch &batch);
    void onRetryScheduled(const RunRecord &record, Batch &batch);
    void onTaskFinished(const RunRecord &record, Batch &batch);
    void onEventFinished(const RunRecord &record, Batch &batch);

    std::vector<TaskState> m_tasks;
    std::vector<EventState> m_events;
    std::vector<std::vector<int>> m_rowsByEvent; // [event][task] -> row
    QStringList m_workers;
    QHash<QString, int> m_workerIndex;
    std::vector<std::vector<WorkerAttempt>> m_workerAttempts;
    RunTotals m_totals;
    RunStatus m_runStatus = RunStatus::NotStarted;
    double m_lastTime = 0;
    int m_eventCount = 0;
};

} // namespace volnux

Q_DECLARE_METATYPE(volnux::TaskKey)
