// SPDX-License-Identifier: GPL-3.0-or-later
#include "SleepEvent.h"

#include "core/engine/Clock.h"
#include "core/engine/WaitOnClock.h"
#include "core/errors/ErrorTypes.h"
#include "core/kinds/KindParams.h"

#include <algorithm>
#include <climits>

namespace volnux {

void SleepEvent::throwIfCancelled(const TaskContext &context)
{
    if (context.isCancelled())
        throw Error(ErrorNames::CancelledError, QStringLiteral("cancelled"));
}

void SleepEvent::sleepCancellable(const TaskContext &context, qint64 ms)
{
    // On the run's clock: a fast-forward run steps over the wait instead of sleeping it.
    const Clock &clock = WaitOnClock::current();
    double due = clock.nowMs() + double(std::max<qint64>(ms, 0));
    // Never wait past the attempt's deadline: a virtual clock would jump beyond it.
    if (const auto deadline = context.deadlineMs())
        due = std::min(due, *deadline);
    throwIfCancelled(context);
    while (clock.nowMs() < due) {
        clock.sleepTowards(due);
        throwIfCancelled(context);
    }
}

TaskResult SleepEvent::process(TaskContext &context)
{
    const qint64 duration =
        KindParams(context.params()).integer(QStringLiteral("duration_ms"), 0, 0, INT_MAX);
    sleepCancellable(context, duration);
    return TaskResult::ok();
}

} // namespace volnux
