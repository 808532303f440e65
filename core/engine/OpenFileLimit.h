// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How many files a run may hold open. Every thread the engine starts holds one (its event
// dispatcher's wake-up descriptor) and every program a `command` runs a few more (pipes, its
// process descriptor), so a parallel step of a few hundred events needs more than the 1,024 a
// desktop session allows by default. Running out is not an error a run can report: Qt's event
// dispatcher aborts the whole process when it cannot create its descriptor.

namespace volnux {

class OpenFileLimit
{
public:
    // The most this raises the limit to, where the hard limit is higher or unlimited: as systemd's
    // default ceiling (fs.nr_open).
    static constexpr unsigned long kCeiling = 1UL << 20;

    // Raises this process's soft limit on open files to its hard limit (at most kCeiling), as Go
    // programs do at start: the soft limit is a default, not a policy, and a user may lower the
    // hard one. Never lowers it; a failure leaves the limit as it was. Cheap: call it where a run
    // or a worker starts.
    static void raiseToHardLimit();
    // Gives the process `pid` (a program just started, not yet running its own code) the soft
    // limit this process had before it raised its own, so that programs see the limit the user
    // set: one that uses select() must not get a descriptor past 1,023. Nothing when nothing was
    // raised.
    static void restoreFor(int pid);
    // The soft limit now (RLIM_INFINITY as ULONG_MAX).
    static unsigned long current();
};

} // namespace volnux
