// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComputeEvent.h"

#include "core/kinds/KindParams.h"
#include "core/kinds/SleepEvent.h"

#include <QDeadlineTimer>

#include <climits>

namespace volnux {

namespace {
// splitmix64: cheap, and its result feeds the next round so the loop cannot be optimised away.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Rounds between clock and cancellation checks: a few microseconds of work.
constexpr int kRoundsPerCheck = 4096;
} // namespace

TaskResult ComputeEvent::process(TaskContext &context)
{
    const qint64 duration =
        KindParams(context.params()).integer(QStringLiteral("duration_ms"), 0, 0, INT_MAX);
    const QDeadlineTimer deadline(duration, Qt::PreciseTimer);
    quint64 state = quint64(context.taskIndex());
    qint64 rounds = 0;
    do {
        SleepEvent::throwIfCancelled(context);
        for (int i = 0; i < kRoundsPerCheck; ++i)
            state = mix(state);
        rounds += kRoundsPerCheck;
    } while (!deadline.hasExpired());
    context.log(QStringLiteral("computed %1 rounds, digest %2")
                    .arg(rounds)
                    .arg(QString::number(state, 16)));
    return TaskResult::ok(rounds);
}

} // namespace volnux
