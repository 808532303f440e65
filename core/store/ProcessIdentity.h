// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Names a process so that a later reader can tell whether it is still alive: the machine's boot,
// the pid, and the process's start time (a pid is reused; the triple is not). Linux /proc;
// elsewhere the pid alone.

#include <QString>

namespace volnux {

class ProcessIdentity
{
public:
    static QString ofThisProcess();
    static QString of(qint64 pid); // empty when no such process runs
    // Whether `identity` (from ofThisProcess, perhaps in another process) is a live process on
    // this machine.
    static bool isAlive(const QString &identity);
};

} // namespace volnux
