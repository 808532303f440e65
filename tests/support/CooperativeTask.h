// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A task body for cancellation tests: runs until cancelled (checking every millisecond), for at
// most 5 s, and ends with CancelledError when it was.

#include "core/errors/ErrorTypes.h"
#include "core/events/TaskContext.h"
#include "core/events/TaskResult.h"

#include <QElapsedTimer>
#include <QThread>

namespace volnux::test {

inline TaskResult runUntilCancelled(TaskContext &ctx)
{
    QElapsedTimer timer;
    timer.start();
    while (!ctx.isCancelled() && timer.elapsed() < 5000)
        QThread::msleep(1);
    if (ctx.isCancelled())
        throw Error(ErrorNames::CancelledError, QStringLiteral("cancelled"));
    return TaskResult::ok();
}

} // namespace volnux::test
