// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hand-made run records for the monitor's tests: event 0 "fetch", tasks of three attempts.

#include "core/engine/RunRecord.h"

namespace volnux::test {

inline RunRecord rec(RecordType type, double time, int task = -1, int attempt = 0)
{
    RunRecord r;
    r.type = type;
    r.time = time;
    r.event = 0;
    r.eventName = QStringLiteral("fetch");
    r.task = task;
    r.attempt = attempt;
    r.maxAttempts = 3;
    return r;
}

} // namespace volnux::test
