// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Virtual time for tests: a scheduled callback fires as soon as the event loop is free, and the
// clock jumps forward to its due time, so backoffs are recorded at full length without sleeping.
// A task's wait (sleepTowards) moves the clock forward in quick steps rather than one jump, so
// tasks waiting side by side advance it together and are recorded overlapping. Otherwise the
// clock runs at real speed: work that does not wait (compute) is recorded at its real length.
// The clock never moves back. nowMs and sleepTowards are thread-safe; schedule is called on the
// engine thread.

#include "core/engine/Clock.h"

#include <QElapsedTimer>
#include <QPointer>

#include <atomic>
#include <map>
#include <mutex>

namespace volnux {

class FastForwardClock final : public Clock
{
public:
    FastForwardClock();
    double nowMs() const override;
    void schedule(QObject *context, double delayMs, std::function<void()> callback) override;
    void sleepTowards(double dueMs) const override;

private:
    void fireEarliest();
    // Moves the clock forward to `dueMs` unless it is already there; thread-safe.
    void advanceTo(double dueMs) const;

    QElapsedTimer m_real;
    // Mutable: jumping forward is how this clock passes time, which a const waiter may ask for.
    mutable std::atomic<qint64> m_skippedNs{0};
    std::mutex m_mutex;
    struct Pending
    {
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    std::multimap<double, Pending> m_pending; // due time -> callback
};

} // namespace volnux
