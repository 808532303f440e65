// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a recorded run back out of the run store as the record stream it was recorded from:
// the records a trace carries come out in the order they were made, with what readers of the
// stream need around them (attempt starts, retries scheduled, skipped tasks). Export, `history
// show`, comparison and the studio's past runs all read a recorded run this way, through
// RunState or the trace writers, exactly as a live run. Used on one thread.

#include "core/Result.h"
#include "core/engine/RunRecord.h"

#include <functional>

namespace volnux {

class RunState;
class RunStore;

class RunReplay
{
public:
    struct Options
    {
        bool logs = true;          // read each attempt's captured log
        bool attemptStarts = true; // an AttemptStarted before each attempt (for RunState's detail)
        size_t batchSize = 4096;   // records per call of `sink`
    };
    // Calls `sink` with the run's records in batches, oldest first; `sink` returns false to
    // stop early. Fails when the run does not exist or the store cannot be read.
    static Result<bool> replay(RunStore &store, qint64 runId,
                               const std::function<bool(const RunRecords &)> &sink,
                               const Options &options);
    static Result<bool> replay(RunStore &store, qint64 runId,
                               const std::function<bool(const RunRecords &)> &sink)
    {
        return replay(store, runId, sink, Options{});
    }
    // The run read into `state` (statuses and counts; no logs).
    static Result<bool> readInto(RunStore &store, qint64 runId, RunState &state);
};

} // namespace volnux
