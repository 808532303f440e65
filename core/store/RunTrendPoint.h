// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Trends view plots of one recorded run: its duration, per event the median and 95th
// percentile of its tasks' durations, its failure rate, attempts per task and the time its tasks
// actually spent waiting to retry; and the tasks that needed a retry or failed, which flaky-task
// detection (FlakyTasks) reads across runs. Computed from the run's RunState (full detail), the
// core's one reader of the record stream. A plain value type.

#include "core/observe/RunState.h"
#include "core/store/StoredRun.h"

#include <vector>

namespace volnux {

struct EventTrend
{
    QString name;
    int tasks = 0;       // tasks that ran to an end
    double medianMs = 0; // of those tasks' durations (first attempt's start to the task's end)
    double p95Ms = 0;
};

// A task that needed more than one attempt or failed, in one run.
struct TaskTrouble
{
    QString event;
    int task = 0;
    TaskStatus status = TaskStatus::Queued;
    int attempts = 0;
    QStringList errorTypes;    // of its failed attempts, each once, in order of appearance
    int succeededAttempt = -1; // the attempt that succeeded, -1 when none did
};

struct RunTrendPoint
{
    qint64 run = 0;
    QString started; // ISO 8601, UTC
    RunStatus status = RunStatus::NotStarted;
    double durationMs = 0;
    int tasks = 0; // tasks that made at least one attempt
    int failed = 0;
    int attempts = 0;
    double retryWaitMs = 0; // between an attempt's end and the next attempt's start, summed
    std::vector<EventTrend> events;
    std::vector<TaskTrouble> troubles;

    double failureRate() const { return tasks > 0 ? double(failed) / tasks : 0.0; }
    double attemptsPerTask() const { return tasks > 0 ? double(attempts) / tasks : 0.0; }

    // `state` holds `run` replayed with RunState::Detail::Full.
    static RunTrendPoint of(const StoredRun &run, const RunState &state);
    // The nearest-rank percentile (0 < p <= 100) of `values`, sorted here; 0 for none.
    static double percentile(std::vector<double> values, double p);
};

} // namespace volnux
