// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlakyEvent.h"

#include "core/errors/ErrorTypes.h"

namespace volnux {

TaskResult FlakyEvent::process(TaskContext &context)
{
    const int failures = context.params().value(QStringLiteral("failures"), 2).toInt();
    if (context.attempt() <= failures)
        throw Error(ErrorNames::ConnectionError,
                    QStringLiteral("flaky: attempt %1 of the first %2 fails")
                        .arg(context.attempt())
                        .arg(failures));
    return TaskResult::ok(QStringLiteral("ok after %1 attempts").arg(context.attempt()));
}

} // namespace volnux
