// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observe/TaskCounts.h"

namespace volnux {

int TaskCounts::tasks() const
{
    int sum = 0;
    for (int n : byStatus)
        sum += n;
    return sum;
}

int TaskCounts::done() const
{
    return succeeded() + failed() + cancelled() + skipped();
}

} // namespace volnux
