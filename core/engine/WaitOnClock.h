// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Makes a run's clock the one the waiting kinds (sleep, simulate) wait on, for the calling thread
// while the object lives. An executor holds one around `process`, so under a fast-forward clock a
// task's 10 s wait takes no real time yet is recorded as 10 s. Without one (an event called
// directly, a process worker with its own clock) waits take real time. Scopes nest; one thread's
// scope is invisible to every other thread.
// runAttempt (core/executors/RunAttempt.cpp) holds it around `process`:
//     const WaitOnClock waitOnRunClock(clock); // sleep and simulate wait on the run's clock

#include <QtGlobal>

namespace volnux {

class Clock;

class WaitOnClock
{
public:
    explicit WaitOnClock(const Clock &clock);
    ~WaitOnClock();
    Q_DISABLE_COPY_MOVE(WaitOnClock)

    // The clock of the innermost scope on this thread, or real time when there is none.
    static const Clock &current();

private:
    const Clock *m_previous;
};

} // namespace volnux
