#include "ui/monitor/RunState.h"

#include "core/events/VariantText.h"

#include <algorithm>

namespace volnux {

namespace {

int statusIndex(TaskStatus status)
{
    return static_cast<int>(status);
}

// RunRecord.h's isFinal lives in the engine; the monitor must not depend on it being linked.
bool finalStatus(TaskStatus status)
{
    return status == TaskStatus::Succeeded || status == TaskStatus::Failed ||
           status == TaskStatus::Cancelled || status == TaskStatus::Skipped;
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

int RunTotals::tasks() const
{
    int sum = 0;
    for (int n : counts)
        sum += n;
    return sum;
}

int RunTotals::done() const
{
    return count(TaskStatus::Succeeded) + count(TaskStatus::Failed) + count(TaskStatus::Cancelled) +
           count(TaskStatus::Skipped);
}

bool RunStateChange::any() const
{
    return newTasks > 0 || !changedTasks.empty() || newEvents > 0 || !changedEvents.empty() ||
           newWorkers > 0 || runChanged;
}

// Rows and events touched by the batch; new rows are reported as an insertion, not as changes.
struct RunState::Batch
{
    int tasksBefore = 0;
    int eventsBefore = 0;
    int workersBefore = 0;
    RunStateChange change;

    void touchTask(int row)
    {
        if (row < tasksBefore)
            change.changedTasks.push_back(row);
    }
    void touchEvent(int index)
    {
        if (index < eventsBefore)
            change.changedEvents.push_back(index);
    }
};

RunStateChange RunState::apply(const RunRecords &records)
{
    Batch batch;
    batch.tasksBefore = int(m_tasks.size());
    batch.eventsBefore = int(m_events.size());
    batch.workersBefore = int(m_workers.size());
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
    *this = RunState();
}

bool RunState::isFinished() const
{
    return m_runStatus != RunStatus::NotStarted && m_runStatus != RunStatus::Running;
}

int RunState::rowOf(int event, int task) const
{
    if (event < 0 || event >= int(m_rowsByEvent.size()))
        return -1;
    const auto &rows = m_rowsByEvent[size_t(event)];
    if (task < 0 || task >= int(rows.size()))
        return -1;
    return rows[size_t(task)];
}

std::vector<TaskKey> RunState::tasksWithStatus(TaskStatus status) const
{
    std::vector<TaskKey> keys;
    for (const TaskState &task : m_tasks) {
        if (task.status == status)
            keys.push_back({task.event, task.task});
    }
    return keys;
}

void RunState::applyOne(const RunRecord &record, Batch &batch)
{
    m_lastTime = std::max(m_lastTime, record.time);
    switch (record.type) {
    case RecordType::RunStarted:
        m_runStatus = RunStatus::Running;
        m_eventCount = record.total;
        batch.change.runChanged = true;
        break;
    case RecordType::EventStarted: {
        EventState &event = ensureEvent(record.event, record.eventName, batch);
        event.status = EventStatus::Running;
        event.total = record.total;
        event.start = record.time;
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
        m_rowsByEvent.emplace_back();
    }
    EventState &event = m_events[size_t(index)];
    if (event.name.isEmpty() && !name.isEmpty())
        event.name = name;
    batch.touchEvent(index);
    return event;
}

// Tasks are created by TaskQueued, or by any later record of a task whose queueing was not seen
// (a stream joined late), so nothing is ever dropped.
int RunState::ensureTask(const RunRecord &record, Batch &batch)
{
    EventState &event = ensureEvent(record.event, record.eventName, batch);
    auto &rows = m_rowsByEvent[size_t(event.index)];
    const int taskIndex = std::max(record.task, 0);
    if (int(rows.size()) <= taskIndex)
        rows.resize(size_t(taskIndex) + 1, -1);
    int &row = rows[size_t(taskIndex)];
    if (row >= 0) {
        batch.touchTask(row);
        return row;
    }
    row = int(m_tasks.size());
    TaskState task;
    task.event = event.index;
    task.task = taskIndex;
    task.queuedAt = record.time;
    task.maxAttempts = std::max(1, record.maxAttempts);
    if (record.type == RecordType::TaskQueued)
        task.input = variantToText(record.value);
    m_tasks.push_back(std::move(task));
    ++m_totals.counts[statusIndex(TaskStatus::Queued)];
    ++event.counts[statusIndex(TaskStatus::Queued)];
    return row;
}

void RunState::setStatus(TaskState &task, TaskStatus status)
{
    if (task.status == status)
        return;
    EventState &event = m_events[size_t(task.event)];
    --m_totals.counts[statusIndex(task.status)];
    --event.counts[statusIndex(task.status)];
    task.status = status;
    ++m_totals.counts[statusIndex(status)];
    ++event.counts[statusIndex(status)];
}

int RunState::workerIndex(const RunRecord &record, Batch &batch)
{
    Q_UNUSED(batch);
    QString name = record.thread;
    if (name.isEmpty() && record.pid > 0)
        name = QStringLiteral("pid %1").arg(record.pid);
    if (name.isEmpty())
        name = QStringLiteral("engine");
    auto it = m_workerIndex.constFind(name);
    if (it != m_workerIndex.constEnd())
        return it.value();
    const int index = int(m_workers.size());
    m_workers.append(name);
    m_workerIndex.insert(name, index);
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
    const int row = ensureTask(record, batch);
    TaskState &task = m_tasks[size_t(row)];
    if (record.maxAttempts > 0)
        task.maxAttempts = record.maxAttempts;
    AttemptState attempt;
    attempt.number = record.attempt > 0 ? record.attempt : int(task.attempts.size()) + 1;
    attempt.start = record.start > 0 ? record.start : record.time;
    attempt.worker = workerIndex(record, batch);
    task.worker = attempt.worker;
    task.due = -1;
    task.attempts.push_back(attempt);
    m_workerAttempts[size_t(attempt.worker)].push_back({row, int(task.attempts.size()) - 1});
    setStatus(task, TaskStatus::Running);
}

void RunState::onAttemptFinished(const RunRecord &record, Batch &batch)
{
    const int row = ensureTask(record, batch);
    TaskState &task = m_tasks[size_t(row)];
    AttemptState *attempt = findAttempt(task, record.attempt);
    if (!attempt) {
        AttemptState missing;
        missing.number = record.attempt;
        missing.start = record.start;
        missing.worker = workerIndex(record, batch);
        task.attempts.push_back(missing);
        m_workerAttempts[size_t(missing.worker)].push_back({row, int(task.attempts.size()) - 1});
        attempt = &task.attempts.back();
    }
    attempt->end = record.end > 0 ? record.end : record.time;
    attempt->finished = true;
    attempt->outcome = record.outcome;
    attempt->errorType = record.errorType;
    attempt->message = record.message;
    attempt->nextDelay = record.nextDelay;
    attempt->log = record.log;
    attempt->droppedLog = record.droppedLog;
    if (record.nextDelay >= 0) {
        task.due = attempt->end + record.nextDelay;
        setStatus(task, TaskStatus::WaitingToRetry);
    }
}

void RunState::onRetryScheduled(const RunRecord &record, Batch &batch)
{
    const int row = ensureTask(record, batch);
    TaskState &task = m_tasks[size_t(row)];
    task.due = record.due;
    if (!task.attempts.empty() && record.nextDelay >= 0)
        task.attempts.back().nextDelay = record.nextDelay;
    if (!finalStatus(task.status))
        setStatus(task, TaskStatus::WaitingToRetry);
}

void RunState::onTaskFinished(const RunRecord &record, Batch &batch)
{
    const int row = ensureTask(record, batch);
    TaskState &task = m_tasks[size_t(row)];
    task.finishedAt = record.time;
    task.due = -1;
    // A task cancelled mid-attempt may have no AttemptFinished: close the attempt at the end.
    for (AttemptState &attempt : task.attempts) {
        if (!attempt.finished) {
            attempt.finished = true;
            attempt.end = record.time;
            attempt.outcome = AttemptOutcome::Cancelled;
        }
    }
    setStatus(task, record.taskStatus);
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
