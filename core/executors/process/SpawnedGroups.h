// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The process groups of the programs we started in sessions of their own (`command` programs)
// that have not been reaped yet. No terminal signal reaches them, so whoever quits abruptly
// kills them first: volnux-run on a second Ctrl-C, a pool worker whose host died.

#include <sys/types.h>

namespace volnux {

class SpawnedGroups
{
public:
    // Beyond 4096 groups at once, the rest are not listed.
    static void remember(pid_t group);
    static void forget(pid_t group);
    static bool contains(pid_t group);
    // SIGKILL to every listed group. Async-signal-safe: it may run in a signal handler.
    static void killAll();
};

} // namespace volnux
