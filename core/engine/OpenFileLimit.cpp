// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenFileLimit.h"

#include <sys/resource.h>

#include <algorithm>
#include <climits>

namespace volnux {

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
    limit.rlim_cur = wanted;
    setrlimit(RLIMIT_NOFILE, &limit); // on failure the limit stays as it was
}

unsigned long OpenFileLimit::current()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    return limit.rlim_cur == RLIM_INFINITY ? ULONG_MAX : static_cast<unsigned long>(limit.rlim_cur);
}

} // namespace volnux
