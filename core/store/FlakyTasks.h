// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Flaky-task detection across runs: the tasks (by event name and task index) that needed a retry
// or failed in at least k of the last n runs, with the error types seen, the attempts that
// finally succeeded and the runs concerned. Reads the RunTrendPoints of a project's runs; pure,
// no store access. Used on any one thread.

#include "core/store/RunTrendPoint.h"

namespace volnux {

struct FlakyTask
{
    QString event;
    int task = 0;
    int troubledRuns = 0; // runs in which it needed a retry or failed
    int failedRuns = 0;   // runs in which it failed for good
    int consideredRuns = 0;
    QStringList errorTypes;       // each once, in order of appearance (oldest run first)
    QList<int> succeededAttempts; // the attempt that succeeded, per troubled run it succeeded in
    QList<qint64> troubledRunIds; // newest first
    QList<qint64> failedRunIds;   // newest first
};

class FlakyTasks
{
public:
    // `runs` oldest first; reads the newest `n` of them. Most troubled first, then by event
    // name and task index.
    static std::vector<FlakyTask> find(const std::vector<RunTrendPoint> &runs, int k, int n);
};

} // namespace volnux
