// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observe/RunState.h"

#include "core/events/VariantText.h"

#include <algorithm>

namespace volnux {

namespace {

// A task of `tasks: N` has its own index as input: a million copies of "#3  3" as text would
// say nothing the index does not, at an allocation each.
bool isOwnIndex(const QVariant &value, int task)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong() == task;
    default:
        return false;
    }
}

void sortUnique(std::vector<int> &values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

const AttemptState *TaskState::lastError() const
{
    for (auto it = attempts.rbegin(); it != attempts.rend(); ++it) {
        if (it->finished && it->outcome != AttemptOutcome::Success)
            return &*it;
    }
    return nullptr;
}

double TaskState::duration(double now) const
{
    if (attempts.empty())
        return -1;
    const double end = finishedAt >= 0 ? finishedAt : now;
    return std::max(0.0, end - attempts.front().start);
}

bool RunStateChange::any() const
{
    return newTasks > 0 || !changedTasks.empty() || newEvents > 0 || !changedEvents.empty() ||
           newWorkers > 0 || runChanged;
}

void RunStateChange::merge(const RunStateChange &later)
{
    // Both lists are sorted: a merge keeps them so in linear time.
    const auto addChanged = [](std::vector<int> &into, const std::vector<int> &more, int firstNew) {
        const auto middle = into.size();
        for (const int row : more)
            if (row < firstNew)
                into.push_back(row);
        std::inplace_merge(into.begin(), into.begin() + qsizetype(middle), into.end());
        into.erase(std::unique(into.begin(), into.end()), into.end());
    };
    addChanged(changedTasks, later.changedTasks, firstNewTask);
    addChanged(changedEvents, later.changedEvents, firstNewEvent);
    newTasks += later.newTasks;
    newEvents += later.newEvents;
    newWorkers += later.newWorkers;
    runChanged = runChanged || later.runChanged;
}

// Rows and events touched by the batch; new rows are reported as an insertion, not as changes.
struct RunState::Batch
{
    int tasksBefore = 0;
    int eventsBefore = 0;
    int workersBefore = 0;
    bool track = true; // only views need to know what changed (Detail::Full)
    RunStateChange change;

    void touchTask(int row)
    {
        if (row >= 0 && row < tasksBefore)
            change.changedTasks.push_back(row);
    }
    void touchEvent(int index)
    {
        if (track && index < eventsBefore)
            change.changedEvents.push_back(index);
    }
};

RunStateChange RunState::apply(RecordSpan records)
{
    Batch batch;
    batch.tasksBefore = int(m_tasks.size());
    batch.eventsBefore = int(m_events.size());
    batch.workersBefore = int(m_workers.size());
    batch.track = m_detail == Detail::Full;
    for (const RunRecord &record : records)
        applyOne(record, batch);
    RunStateChange &change = batch.change;
    sortUnique(change.changedTasks);
    sortUnique(change.changedEvents);
    change.firstNewTask = batch.tasksBefore;
    change.newTasks = int(m_tasks.size()) - batch.tasksBefore;
    change.firstNewEvent = batch.eventsBefore;
    change.newEvents = int(m_events.size()) - batch.eventsBefore;
    change.newWorkers = int(m_workers.size()) - batch.workersBefore;
    return change;
}

void RunState::clear()
{
    *this = RunState(m_detail);
}

void RunState::declareEvents(const QStringList &names, const QList<int> &taskCounts)
{
    Batch batch;
    batch.eventsBefore = int(m_events.size());
    for (int e = 0; e < names.size(); ++e) {
        EventState &event = ensureEvent(e, names[e], batch);
        if (e < taskCounts.size() && event.total == 0)
            event.total = taskCounts[e];
    }
    m_eventCount = std::max(m_eventCount, int(names.size()));
}

bool RunState::isFinished() const
{
    return m_runStatus != RunStatus::NotStarted && m_runStatus != RunStatus::Running;
}

const TaskCell *RunState::cell(int event, int task) const
{
    if (event < 0 || event >= int(m_cells.size()))
        return nullptr;
    const auto &cells = m_cells[size_t(event)];
    if (task < 0 || task >= int(cells.size()) || !cells[size_t(task)].seen)
        return nullptr;
    return &cells[size_t(task)];
}

int RunState::rowOf(int event, int task) const
{
    const TaskCell *found = cell(event, task);
    return found ? found->row : -1;
}

std::vector<TaskKey> RunState::tasksWithStatus(TaskStatus status) const
{
    std::vector<TaskKey> keys;
    forEachTask([&](int event, int task, const TaskCell &cell) {
        if (cell.status == status)
            keys.push_back({event, task});
    });
    if (m_detail == Detail::Full) // in row order, as the monitor lists them
        std::sort(keys.begin(), keys.end(), [this](const TaskKey &a, const TaskKey &b) {
            return rowOf(a.event, a.task) < rowOf(b.event, b.task);
        });
    return keys;
}

void RunState::applyOne(const RunRecord &record, Batch &batch)
{
    m_lastTime = std::max(m_lastTime, record.time);
    switch (record.type) {
    case RecordType::RunStarted:
        m_runStatus = RunStatus::Running;
        m_eventCount = std::max(m_eventCount, record.total);
        batch.change.runChanged = true;
        break;
    case RecordType::EventStarted: {
        EventState &event = ensureEvent(record.event, record.eventName, batch);
        event.status = EventStatus::Running;
        event.total = record.total;
        reserveTasks(event, record.total);
        event.start = record.time;
        if (!record.evaluation.isEmpty())
            event.evaluation = record.evaluation;
        break;
    }
    case RecordType::TaskQueued:
        ensureTask(record, batch);
        break;
    case RecordType::AttemptStarted:
        onAttemptStarted(record, batch);
        break;
    case RecordType::AttemptFinished:
        onAttemptFinished(record, batch);
        break;
    case RecordType::RetryScheduled:
        onRetryScheduled(record, batch);
        break;
    case RecordType::TaskFinished:
        onTaskFinished(record, batch);
        break;
    case RecordType::EventFinished:
        onEventFinished(record, batch);
        break;
    case RecordType::RunFinished:
        m_runStatus = record.runStatus;
        m_finishedAt = record.time;
        batch.change.runChanged = true;
        break;
    }
}

EventState &RunState::ensureEvent(int index, const QString &name, Batch &batch)
{
    index = std::max(index, 0);
    while (int(m_events.size()) <= index) {
        EventState event;
        event.index = int(m_events.size());
        m_events.push_back(event);
        m_cells.emplace_back();
    }
    EventState &event = m_events[size_t(index)];
    if (event.name.isEmpty() && !name.isEmpty())
        event.name = name;
    batch.touchEvent(index);
    return event;
}

// Tasks are created by TaskQueued, or by any later record of a task whose queueing was not seen
// (a stream joined late, a recorded run), so nothing is ever dropped.
// Room for an event's tasks before they come: growing a vector of a million tasks by doubling
// moves half a million of them at once, a stall of the monitor's event loop.
void RunState::reserveTasks(const EventState &event, int total)
{
    if (total <= 0)
        return;
    auto &cells = m_cells[size_t(event.index)];
    cells.reserve(std::max(cells.size(), size_t(total)));
    if (m_detail != Detail::Full)
        return;
    const size_t needed = m_tasks.size() + size_t(total);
    if (needed > m_tasks.capacity())
        m_tasks.reserve(std::max(needed, m_tasks.capacity() * 2));
}

TaskCell &RunState::ensureTask(const RunRecord &record, Batch &batch)
{
    EventState &event = ensureEvent(record.event, record.eventName, batch);
    auto &cells = m_cells[size_t(event.index)];
    const int taskIndex = std::max(record.task, 0);
    if (int(cells.size()) <= taskIndex)
        cells.resize(size_t(taskIndex) + 1);
    TaskCell &cell = cells[size_t(taskIndex)];
    if (cell.seen) {
        batch.touchTask(cell.row);
        return cell;
    }
    cell.seen = true;
    m_totals.add(TaskStatus::Queued);
    event.counts.add(TaskStatus::Queued);
    if (m_detail != Detail::Full)
        return cell;
    cell.row = int(m_tasks.size());
    TaskState task;
    task.event = event.index;
    task.task = taskIndex;
    task.queuedAt = record.time;
    task.maxAttempts = std::max(1, record.maxAttempts);
    if (record.type == RecordType::TaskQueued && !isOwnIndex(record.value, taskIndex))
        task.input = variantToText(record.value);
    m_tasks.push_back(std::move(task));
    return cell;
}

TaskState *RunState::detailOf(const TaskCell &cell)
{
    return cell.row >= 0 ? &m_tasks[size_t(cell.row)] : nullptr;
}

void RunState::setStatus(TaskCell &cell, EventState &event, TaskStatus status)
{
    if (cell.status == status)
        return;
    m_totals.move(cell.status, status);
    event.counts.move(cell.status, status);
    cell.status = status;
    if (TaskState *task = detailOf(cell))
        task->status = status;
}

void RunState::countAttempt(TaskCell &cell, EventState &event, int number)
{
    if (number > cell.attempts) {
        event.attempts += number - cell.attempts;
        cell.attempts = number;
    }
}

int RunState::workerIndex(const RunRecord &record)
{
    const WorkerKey key{record.event, record.pid, &record.thread.toString(),
                        &record.host.toString()};
    if (const auto it = m_workerIndex.constFind(key); it != m_workerIndex.constEnd())
        return it.value();
    QString name = record.thread;
    // A worker on another machine (RedisExecutor): its lane is its process there, host:pid, so
    // two machines' "worker-0" stay apart.
    if (!record.host.isEmpty())
        name = QStringLiteral("%1:%2 %3").arg(record.host.toString()).arg(record.pid).arg(name);
    else if (name.isEmpty() && record.pid > 0)
        name = QStringLiteral("pid %1").arg(record.pid);
    if (name.isEmpty())
        name = QStringLiteral("engine");
    // A process pool's worker replaced by a new process keeps its thread name: the pid tells
    // them apart.
    if (m_workerNames.contains({record.event, name}))
        name += QStringLiteral(" (pid %1)").arg(record.pid);
    m_workerNames.insert({record.event, name});
    const int index = int(m_workers.size());
    m_workers.append(name);
    m_workerEvents.push_back(record.event);
    m_workerIndex.insert(key, index);
    m_workerAttempts.emplace_back();
    return index;
}

AttemptState *RunState::findAttempt(TaskState &task, int number)
{
    for (auto it = task.attempts.rbegin(); it != task.attempts.rend(); ++it) {
        if (it->number == number)
            return &*it;
    }
    return nullptr;
}

void RunState::onAttemptStarted(const RunRecord &record, Batch &batch)
{
    TaskCell &cell = ensureTask(record, batch);
    EventState &event = m_events[size_t(std::max(record.event, 0))];
    TaskState *task = detailOf(cell);
    const int number = record.attempt > 0 ? record.attempt
                       : task             ? int(task->attempts.size()) + 1
                                          : cell.attempts + 1;
    countAttempt(cell, event, number);
    if (task) {
        if (record.maxAttempts > 0)
            task->maxAttempts = record.maxAttempts;
        AttemptState attempt;
        attempt.number = number;
        attempt.start = record.start > 0 ? record.start : record.time;
        attempt.started = true;
        attempt.worker = workerIndex(record);
        task->worker = attempt.worker;
        task->due = -1;
        task->attempts.push_back(attempt);
        m_workerAttempts[size_t(attempt.worker)].push_back(
            {cell.row, int(task->attempts.size()) - 1});
    }
    setStatus(cell, event, TaskStatus::Running);
}

void RunState::onAttemptFinished(const RunRecord &record, Batch &batch)
{
    TaskCell &cell = ensureTask(record, batch);
    EventState &event = m_events[size_t(std::max(record.event, 0))];
    countAttempt(cell, event, record.attempt);
    if (TaskState *task = detailOf(cell)) {
        AttemptState *attempt = findAttempt(*task, record.attempt);
        if (!attempt) {
            AttemptState missing;
            missing.number = record.attempt;
            missing.start = record.start;
            missing.worker = workerIndex(record);
            task->attempts.push_back(missing);
            m_workerAttempts[size_t(missing.worker)].push_back(
                {cell.row, int(task->attempts.size()) - 1});
            attempt = &task->attempts.back();
        }
        attempt->end = record.end > 0 ? record.end : record.time;
        attempt->finished = true;
        attempt->outcome = record.outcome;
        attempt->errorType = record.errorType;
        attempt->message = record.message;
        attempt->nextDelay = record.nextDelay;
        // Kept for a returned failure only, the one outcome it explains: successes' values
        // would cost memory in a 100,000-task run for nothing the monitor shows.
        if (record.outcome == AttemptOutcome::Failure && record.value.isValid())
            attempt->returned = variantToText(record.value);
        attempt->log = record.log;
        attempt->droppedLog = record.droppedLog;
        if (record.nextDelay >= 0)
            task->due = attempt->end + record.nextDelay;
    }
    if (record.nextDelay >= 0)
        setStatus(cell, event, TaskStatus::WaitingToRetry);
}

void RunState::onRetryScheduled(const RunRecord &record, Batch &batch)
{
    TaskCell &cell = ensureTask(record, batch);
    EventState &event = m_events[size_t(std::max(record.event, 0))];
    if (TaskState *task = detailOf(cell)) {
        task->due = record.due;
        if (!task->attempts.empty() && record.nextDelay >= 0)
            task->attempts.back().nextDelay = record.nextDelay;
    }
    if (!isFinal(cell.status))
        setStatus(cell, event, TaskStatus::WaitingToRetry);
}

void RunState::onTaskFinished(const RunRecord &record, Batch &batch)
{
    TaskCell &cell = ensureTask(record, batch);
    EventState &event = m_events[size_t(std::max(record.event, 0))];
    if (TaskState *task = detailOf(cell)) {
        task->finishedAt = record.time;
        task->due = -1;
        if (task->input.isEmpty() && record.taskStatus == TaskStatus::Skipped)
            task->input = record.message; // a skipped task's record carries its input
        // A task cancelled mid-attempt may have no AttemptFinished: close the attempt at the end.
        for (AttemptState &attempt : task->attempts) {
            if (!attempt.finished) {
                attempt.finished = true;
                attempt.end = record.time;
                attempt.outcome = AttemptOutcome::Cancelled;
            }
        }
    }
    setStatus(cell, event, record.taskStatus);
}

void RunState::onEventFinished(const RunRecord &record, Batch &batch)
{
    EventState &event = ensureEvent(record.event, record.eventName, batch);
    event.status = record.eventStatus;
    event.evaluation = record.evaluation;
    event.evaluated = true;
    event.outcome = record.evaluatedOutcome;
    event.end = record.time;
    if (record.total > 0)
        event.total = record.total;
}

} // namespace volnux
