// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The retries a run is waiting for, due time first, behind one clock wake-up at a time. A run
// with 200,000 tasks waiting out a backoff holds 200,000 heap entries, not 200,000 Qt timers
// (whose list is searched linearly on every removal: that made retry-heavy runs quadratic).
// Lives on the engine thread.

#include <QObject>

#include <functional>
#include <limits>
#include <memory>
#include <queue>
#include <vector>

namespace volnux {

class Clock;

class RetryQueue
{
public:
    // `due(taskId, token)` is called for each retry whose time has come, in due order; `after`
    // once after each such burst.
    RetryQueue(std::shared_ptr<Clock> clock, QObject *context,
               std::function<void(int taskId, quint64 token)> due, std::function<void()> after);

    void push(double dueMs, int taskId, quint64 token);
    size_t size() const { return m_heap.size(); }

private:
    struct Entry
    {
        double due;
        int taskId;
        quint64 token;
        bool operator>(const Entry &other) const { return due > other.due; }
    };
    void arm(double dueMs);
    void fire(double target);

    std::shared_ptr<Clock> m_clock;
    QObject *m_context;
    std::function<void(int, quint64)> m_due;
    std::function<void()> m_after;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> m_heap;
    double m_armedFor = std::numeric_limits<double>::infinity(); // the earliest wake-up asked for
};

} // namespace volnux
