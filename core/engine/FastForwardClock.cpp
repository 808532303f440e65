// SPDX-License-Identifier: GPL-3.0-or-later
#include "FastForwardClock.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace volnux {

FastForwardClock::FastForwardClock()
{
    m_real.start();
}

double FastForwardClock::nowMs() const
{
    return double(m_real.nsecsElapsed() + m_skippedNs.load()) / 1e6;
}

void FastForwardClock::schedule(QObject *context, double delayMs, std::function<void()> callback)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.emplace(nowMs() + std::max(0.0, delayMs), Pending{context, std::move(callback)});
    }
    // One zero-timer per scheduled callback: each fires the earliest pending one, so callbacks run
    // in due order with the event loop free in between.
    QTimer::singleShot(0, context, [this] { fireEarliest(); });
}

void FastForwardClock::sleepTowards(double dueMs) const
{
    // A moment of real time first, then a step of a hundredth of what is left (at least 10 ms).
    // In one jump, the first of a pool's workers would reach its due time before the others had
    // even started theirs, and tasks that run side by side would be recorded one after another.
    // In steps, every waiting task moves the clock for all of them: a 10 s wait takes some 25 ms
    // of real time, a 1 h wait some 50 ms.
    constexpr unsigned long kPauseUs = 20;
    constexpr double kMinStepMs = 10;
    const double now = nowMs();
    if (now >= dueMs)
        return;
    QThread::usleep(kPauseUs);
    advanceTo(std::min(dueMs, now + std::max(kMinStepMs, (dueMs - now) / 100)));
}

void FastForwardClock::advanceTo(double dueMs) const
{
    // A maximum, not an addition: two tasks due at the same instant jump once between them. The
    // extra nanosecond keeps nowMs() >= dueMs despite rounding.
    const qint64 target = qint64(std::ceil(dueMs * 1e6)) + 1 - m_real.nsecsElapsed();
    qint64 skipped = m_skippedNs.load();
    while (skipped < target && !m_skippedNs.compare_exchange_weak(skipped, target)) {
    }
}

void FastForwardClock::fireEarliest()
{
    Pending next;
    {
        std::lock_guard lock(m_mutex);
        if (m_pending.empty())
            return;
        auto it = m_pending.begin();
        advanceTo(it->first);
        next = std::move(it->second);
        m_pending.erase(it);
    }
    if (next.context)
        next.callback();
}

} // namespace volnux
