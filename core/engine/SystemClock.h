// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real monotonic time. Timers are Qt::PreciseTimer: coarse timers may fire 5 % late, which on a
// long backoff is visible in the timeline. Thread-safe.

#include "core/engine/Clock.h"

#include <QElapsedTimer>

namespace volnux {

class SystemClock final : public Clock
{
public:
    SystemClock();
    double nowMs() const override;
    void schedule(QObject *context, double delayMs, std::function<void()> callback) override;

private:
    QElapsedTimer m_timer;
};

} // namespace volnux
