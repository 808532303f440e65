// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPriority.h"

#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>

namespace volnux::RunPriority {

namespace {
// On Linux PRIO_PROCESS with a thread id sets that thread's nice value alone.
void atLeast(id_t who, int nice)
{
    if (nice <= 0)
        return;
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, who);
    if (errno == 0 && current >= nice)
        return;
    ::setpriority(PRIO_PROCESS, who, nice); // best effort: a run goes on at the old priority
}
} // namespace

void atLeastForThisThread(int nice)
{
    atLeast(id_t(::gettid()), nice);
}

void atLeastForProcess(qint64 pid, int nice)
{
    if (pid > 0)
        atLeast(id_t(pid), nice);
}

} // namespace volnux::RunPriority
