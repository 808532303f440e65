// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "sleep" kind: waits `duration_ms`, noticing cancellation within a few milliseconds.
// One instance per attempt, like every event.

#include "core/events/EventBase.h"

namespace volnux {

class SleepEvent final : public EventBase
{
public:
    static QString kindName() { return QStringLiteral("sleep"); }
    TaskResult process(TaskContext &context) override;

    // Waits `ms` on the clock WaitOnClock makes current (real time without one), in short
    // slices; throws CancelledError as soon as the context is cancelled. Shared by the kinds that
    // wait (simulate).
    static void sleepCancellable(const TaskContext &context, qint64 ms);
    // Throws CancelledError when the context is cancelled.
    static void throwIfCancelled(const TaskContext &context);
};

} // namespace volnux
