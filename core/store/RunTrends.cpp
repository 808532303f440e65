// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunTrends.h"

#include "core/store/RunStore.h"
#include "core/store/StoredRunComparison.h"

#include <algorithm>

namespace volnux {

Result<std::vector<RunTrendPoint>> RunTrends::load(RunStore &store, const Options &options)
{
    using Points = Result<std::vector<RunTrendPoint>>;
    RunStore::Filter filter;
    filter.projectPath = options.projectPath;
    const auto listed = store.list(filter);
    if (!listed)
        return Points::failure(listed.errors());
    std::vector<StoredRun> runs; // newest first, as listed
    for (const StoredRun &run : *listed) {
        if (run.status != RunStatus::Running && int(runs.size()) < options.lastRuns)
            runs.push_back(run);
    }
    std::reverse(runs.begin(), runs.end());
    std::vector<RunTrendPoint> points;
    for (const StoredRun &run : runs) {
        if (options.cancelled && options.cancelled())
            return Points::failure(QStringLiteral("cancelled"));
        const Result<RunState> state =
            StoredRunComparison::readRun(store, run.id, RunState::Detail::Full);
        if (!state)
            return Points::failure(state.errors());
        points.push_back(RunTrendPoint::of(run, *state));
        if (options.progress)
            options.progress(int(points.size()), int(runs.size()));
    }
    return points;
}

} // namespace volnux
