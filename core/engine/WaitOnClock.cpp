// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaitOnClock.h"

#include "core/engine/Clock.h"

#include <memory>

namespace volnux {

namespace {
// Per thread, so the many workers of a pool never share (or race on) it.
thread_local const Clock *t_current = nullptr;

const Clock &realTime()
{
    static const std::shared_ptr<Clock> clock = Clock::system();
    return *clock;
}
} // namespace

WaitOnClock::WaitOnClock(const Clock &clock) : m_previous(t_current)
{
    t_current = &clock;
}

WaitOnClock::~WaitOnClock()
{
    t_current = m_previous;
}

const Clock &WaitOnClock::current()
{
    return t_current ? *t_current : realTime();
}

} // namespace volnux
