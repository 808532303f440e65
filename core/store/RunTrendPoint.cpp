// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunTrendPoint.h"

#include <algorithm>
#include <cmath>

namespace volnux {

namespace {

double retryWait(const TaskState &task)
{
    double wait = 0;
    for (size_t i = 1; i < task.attempts.size(); ++i) {
        const AttemptState &before = task.attempts[i - 1];
        const AttemptState &after = task.attempts[i];
        if (before.finished && after.started && after.start > before.end)
            wait += after.start - before.end;
    }
    return wait;
}

TaskTrouble troubleOf(const TaskState &task, const QString &event)
{
    TaskTrouble trouble;
    trouble.event = event;
    trouble.task = task.task;
    trouble.status = task.status;
    trouble.attempts = int(task.attempts.size());
    for (const AttemptState &attempt : task.attempts) {
        if (!attempt.finished)
            continue;
        if (attempt.outcome == AttemptOutcome::Success)
            trouble.succeededAttempt = attempt.number;
        else if (!attempt.errorType.isEmpty() && !trouble.errorTypes.contains(attempt.errorType))
            trouble.errorTypes << attempt.errorType;
    }
    return trouble;
}

std::vector<EventTrend> eventTrends(const RunState &state)
{
    std::vector<std::vector<double>> durations(state.events().size());
    for (const TaskState &task : state.tasks()) {
        if (task.finishedAt >= 0 && !task.attempts.empty() && task.event >= 0 &&
            size_t(task.event) < durations.size())
            durations[size_t(task.event)].push_back(task.duration(task.finishedAt));
    }
    std::vector<EventTrend> out;
    for (const EventState &event : state.events()) {
        const std::vector<double> &values = durations[size_t(event.index)];
        out.push_back({event.name, int(values.size()), RunTrendPoint::percentile(values, 50),
                       RunTrendPoint::percentile(values, 95)});
    }
    return out;
}

} // namespace

double RunTrendPoint::percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp(rank, size_t(1), values.size()) - 1];
}

RunTrendPoint RunTrendPoint::of(const StoredRun &run, const RunState &state)
{
    RunTrendPoint point;
    point.run = run.id;
    point.started = run.started;
    point.status = run.status;
    point.durationMs = run.durationMs;
    state.forEachTask([&point](int, int, const TaskCell &cell) {
        if (cell.attempts == 0)
            return;
        ++point.tasks;
        point.attempts += cell.attempts;
        if (cell.status == TaskStatus::Failed)
            ++point.failed;
    });
    for (const TaskState &task : state.tasks()) {
        point.retryWaitMs += retryWait(task);
        if (task.attempts.size() > 1 || task.status == TaskStatus::Failed)
            point.troubles.push_back(troubleOf(task, state.events()[size_t(task.event)].name));
    }
    point.events = eventTrends(state);
    return point;
}

} // namespace volnux
