#include "SleepEvent.h"

#include "core/errors/ErrorTypes.h"
#include "core/kinds/KindParams.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <climits>

namespace volnux {

namespace {
// Short enough that cancellation feels immediate, long enough not to spin.
constexpr qint64 kSliceMs = 5;
} // namespace

void SleepEvent::throwIfCancelled(const TaskContext &context)
{
    if (context.isCancelled())
        throw Error(ErrorNames::CancelledError, QStringLiteral("cancelled"));
}

void SleepEvent::sleepCancellable(const TaskContext &context, qint64 ms)
{
    const QDeadlineTimer deadline(std::max<qint64>(ms, 0));
    throwIfCancelled(context);
    for (qint64 left = deadline.remainingTime(); left > 0; left = deadline.remainingTime()) {
        QThread::msleep(static_cast<unsigned long>(std::min(left, kSliceMs)));
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
