// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoredRunComparison.h"

#include "core/store/RunReplay.h"

namespace volnux {

Result<RunState> StoredRunComparison::readRun(RunStore &store, qint64 id, RunState::Detail detail)
{
    RunState state(detail);
    if (const Result<bool> replayed = RunReplay::readInto(store, id, state); !replayed)
        return Result<RunState>::failure(replayed.errors());
    return state;
}

Result<StoredRunComparison> StoredRunComparison::load(RunStore &store, qint64 idA, qint64 idB,
                                                      RunState::Detail detail)
{
    Result<RunState> a = readRun(store, idA, detail);
    if (!a)
        return Result<StoredRunComparison>::failure(a.errors());
    Result<RunState> b = readRun(store, idB, detail);
    if (!b)
        return Result<StoredRunComparison>::failure(b.errors());
    RunComparison comparison = RunComparison::compare(idA, a.value(), idB, b.value());
    return StoredRunComparison{std::move(a.value()), std::move(b.value()), std::move(comparison)};
}

} // namespace volnux
