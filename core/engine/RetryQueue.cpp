// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/RetryQueue.h"

#include "core/engine/Clock.h"

namespace volnux {

RetryQueue::RetryQueue(std::shared_ptr<Clock> clock, QObject *context,
                       std::function<void(int, quint64)> due, std::function<void()> after)
    : m_clock(std::move(clock)), m_context(context), m_due(std::move(due)),
      m_after(std::move(after))
{
}

void RetryQueue::push(double dueMs, int taskId, quint64 token)
{
    m_heap.push({dueMs, taskId, token});
    if (dueMs < m_armedFor)
        arm(dueMs);
}

void RetryQueue::arm(double dueMs)
{
    m_armedFor = dueMs;
    m_clock->schedule(m_context, std::max(0.0, dueMs - m_clock->nowMs()),
                      [this, dueMs] { fire(dueMs); });
}

void RetryQueue::fire(double target)
{
    if (target == m_armedFor)
        m_armedFor = std::numeric_limits<double>::infinity();
    const double now = m_clock->nowMs();
    bool any = false;
    while (!m_heap.empty() && m_heap.top().due <= now) {
        const Entry entry = m_heap.top();
        m_heap.pop();
        m_due(entry.taskId, entry.token);
        any = true;
    }
    if (any)
        m_after();
    // A wake-up may come a hair early (timers count whole milliseconds): ask again.
    if (!m_heap.empty() && m_heap.top().due < m_armedFor)
        arm(m_heap.top().due);
}

} // namespace volnux
