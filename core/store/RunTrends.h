// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the last N finished runs of a project out of the run store, each replayed into a
// RunState and summarised as a RunTrendPoint, for the Trends view and flaky-task detection.
// Runs still going are left out. Runs on the thread that owns the RunStore (the Trends view
// uses a worker thread with a store of its own); `cancelled` and `progress` are called between
// runs.

#include "core/Result.h"
#include "core/store/RunTrendPoint.h"

#include <functional>

namespace volnux {

class RunStore;

class RunTrends
{
public:
    struct Options
    {
        QString projectPath; // absolute; empty: every project
        int lastRuns = 30;
        std::function<bool()> cancelled;
        std::function<void(int done, int total)> progress;
    };
    // Oldest first. Fails when the store cannot be read; a cancelled load fails with "cancelled".
    static Result<std::vector<RunTrendPoint>> load(RunStore &store, const Options &options);
};

} // namespace volnux
