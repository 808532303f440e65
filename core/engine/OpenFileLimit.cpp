// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenFileLimit.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <climits>

namespace volnux {

namespace {
// The soft limit before the first raise; 0 while nothing was raised.
std::atomic<rlim_t> g_original{0};
} // namespace

void OpenFileLimit::raiseToHardLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY
                              ? rlim_t(kCeiling)
                              : std::min(limit.rlim_max, rlim_t(kCeiling));
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= wanted)
        return;
    const rlim_t original = limit.rlim_cur;
    limit.rlim_cur = wanted;
    if (setrlimit(RLIMIT_NOFILE, &limit) == 0) { // on failure the limit stays as it was
        rlim_t none = 0;
        g_original.compare_exchange_strong(none, original);
    }
}

void OpenFileLimit::restoreFor(int pid)
{
    const rlim_t original = g_original.load();
    rlimit limit{};
    if (original == 0 || ::prlimit(pid_t(pid), RLIMIT_NOFILE, nullptr, &limit) != 0)
        return;
    limit.rlim_cur = std::min(original, limit.rlim_max);
    ::prlimit(pid_t(pid), RLIMIT_NOFILE, &limit, nullptr);
}

unsigned long OpenFileLimit::current()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    return limit.rlim_cur == RLIM_INFINITY ? ULONG_MAX : static_cast<unsigned long>(limit.rlim_cur);
}

} // namespace volnux
