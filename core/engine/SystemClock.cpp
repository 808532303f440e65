// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemClock.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace volnux {

SystemClock::SystemClock()
{
    m_timer.start();
}

double SystemClock::nowMs() const
{
    return double(m_timer.nsecsElapsed()) / 1e6;
}

void SystemClock::schedule(QObject *context, double delayMs, std::function<void()> callback)
{
    // QTimer takes whole milliseconds; round up so a retry never starts before it is due.
    const double clamped =
        std::clamp(std::ceil(delayMs), 0.0, double(std::numeric_limits<int>::max()));
    QTimer::singleShot(int(clamped), Qt::PreciseTimer, context, std::move(callback));
}

} // namespace volnux
