// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPriority.h"

#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>

namespace volnux::RunPriority {

// On Linux PRIO_PROCESS with a thread id sets that thread's nice value alone.
void atLeastForThisThread(int nice)
{
    if (nice <= 0)
        return;
    const auto self = id_t(::gettid());
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, self);
    if (errno == 0 && current >= nice)
        return;
    ::setpriority(PRIO_PROCESS, self, nice); // best effort: a run goes on at the old priority
}

} // namespace volnux::RunPriority
