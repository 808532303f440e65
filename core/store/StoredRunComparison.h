// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two recorded runs read back from the run store and compared: the one comparison of stored runs
// that `volnux-run history compare` prints and the studio's Compare view shows. Each run is
// replayed into a RunState (counts only for the command line, full detail for the view, which
// also shows attempts and timelines) and RunComparison::compare does the rest. A plain value;
// `load` runs on the thread that owns the RunStore.

#include "core/Result.h"
#include "core/observe/RunComparison.h"
#include "core/observe/RunState.h"

namespace volnux {

class RunStore;

struct StoredRunComparison
{
    RunState a;
    RunState b;
    RunComparison comparison;

    // Fails, naming the run, when either run does not exist or the store cannot be read.
    static Result<StoredRunComparison> load(RunStore &store, qint64 idA, qint64 idB,
                                            RunState::Detail detail);
    // One recorded run read into a RunState of the given detail (no logs).
    static Result<RunState> readRun(RunStore &store, qint64 id, RunState::Detail detail);
};

} // namespace volnux
