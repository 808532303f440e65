// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a `command` program leaves behind when it ends: children it started in the background
// (`sleep 300 &`), in its process group, and children that left the group (`setsid`, a daemon's
// double fork). The host makes itself a child subreaper (PR_SET_CHILD_SUBREAPER) before it starts
// the first program, so such orphans are re-parented to it rather than to init and stay findable;
// each program gets a mark in its environment (kMarkName=<mark>), which its descendants inherit,
// so that an orphan re-parented to us can be told apart from another attempt's.

#include <QByteArray>

#include <sys/types.h>

namespace volnux {

class LeftoverProcesses
{
public:
    // The environment variable carrying the mark; documented in docs/project-format.md.
    static constexpr const char *kMarkName = "VOLNUX_COMMAND_ID";

    // Makes this process a child subreaper (once; later calls do nothing). Returns whether it is.
    static bool adoptOrphans();
    // A mark no other program of this host (or of another live host) carries: "<pid>.<n>".
    static QByteArray newMark();
    // SIGKILLs every process of the group `group`, and every descendant of this process whose
    // environment carries `mark`, repeating while killing exposes more (a killed parent's children
    // are re-parented to us); reaps those that became our children. `exclude` (the program itself,
    // ended but not reaped yet) is left alone. Reads all of /proc (a few milliseconds) only when
    // this process has a child that could be a leftover: a subreaper inherits them all.
    static void kill(pid_t group, pid_t exclude, const QByteArray &mark);
};

} // namespace volnux
