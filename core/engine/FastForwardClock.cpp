#include "FastForwardClock.h"

#include <QTimer>

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

void FastForwardClock::fireEarliest()
{
    Pending next;
    {
        std::lock_guard lock(m_mutex);
        if (m_pending.empty())
            return;
        auto it = m_pending.begin();
        const double skip = it->first - nowMs();
        if (skip > 0)
            m_skippedNs += qint64(skip * 1e6) + 1;
        next = std::move(it->second);
        m_pending.erase(it);
    }
    if (next.context)
        next.callback();
}

} // namespace volnux
