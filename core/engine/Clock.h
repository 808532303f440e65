// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The run's source of time, injectable so tests of backoff sequences do not sleep for real.
// `nowMs` and `sleepTowards` are called from any thread; `schedule` only from the engine thread,
// and the callback runs on the thread of `context` unless the context is destroyed first.

#include <QtGlobal>

#include <functional>
#include <memory>

class QObject;

namespace volnux {

class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the clock was created; monotonic.
    virtual double nowMs() const = 0;
    // Calls `callback` once `delayMs` have passed on this clock.
    virtual void schedule(QObject *context, double delayMs, std::function<void()> callback) = 0;
    // Blocks the calling thread for one short slice of waiting towards `dueMs`, never past it.
    // What a task that waits (the `sleep` and `simulate` kinds) calls in a loop, checking for
    // cancellation between slices. Real time by default, 5 ms slices; a virtual clock jumps.
    virtual void sleepTowards(double dueMs) const;

    // Real monotonic time with precise (not coarse) timers.
    static std::shared_ptr<Clock> system();
    // Virtual time: a scheduled callback fires as soon as the event loop is free and the clock
    // jumps forward to its due time, so a 10 s backoff takes no real time but is recorded as 10 s.
    // `sleepTowards` jumps too, so a task's 10 s wait takes (almost) no real time either.
    static std::shared_ptr<Clock> fastForward();
};

} // namespace volnux
