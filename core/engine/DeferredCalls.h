// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Calls made "soon" on the engine thread: after the current call returns, in order, without a
// turn of the event loop for each. A chain of steps that each defer the next (an event ends, the
// next one starts, its first task runs on the engine thread) then costs one posted event per
// couple of milliseconds instead of one per step. The event loop still comes round at least every
// kBudgetMs (after the call running then returns), for timers, cancels and reports from workers.

#include <deque>
#include <functional>

class QObject;

namespace volnux {

class DeferredCalls
{
public:
    static constexpr double kBudgetMs = 2.0;

    explicit DeferredCalls(QObject *context); // calls run on the context's thread
    void post(std::function<void()> call);    // that thread only

private:
    void postRun();
    void run();

    QObject *m_context;
    std::deque<std::function<void()>> m_calls;
    bool m_posted = false;
};

} // namespace volnux
