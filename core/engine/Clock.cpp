// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include "FastForwardClock.h"
#include "SystemClock.h"

#include <QThread>

#include <algorithm>
#include <cmath>

namespace volnux {

void Clock::sleepTowards(double dueMs) const
{
    // Short enough that a waiting task notices cancellation at once, long enough not to spin.
    // Rounded up, so a wait never ends before it is due.
    constexpr double kSliceMs = 5;
    const double leftUs = std::ceil(std::min(dueMs - nowMs(), kSliceMs) * 1000.0);
    if (leftUs > 0)
        QThread::usleep(static_cast<unsigned long>(leftUs));
}

std::shared_ptr<Clock> Clock::system()
{
    return std::make_shared<SystemClock>();
}

std::shared_ptr<Clock> Clock::fastForward()
{
    return std::make_shared<FastForwardClock>();
}

} // namespace volnux
