#pragma once

// Virtual time for tests: a scheduled callback fires as soon as the event loop is free, and the
// clock jumps forward to its due time, so backoffs are recorded at full length without sleeping.
// nowMs is thread-safe; schedule is called on the engine thread.

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

private:
    void fireEarliest();

    QElapsedTimer m_real;
    std::atomic<qint64> m_skippedNs{0};
    std::mutex m_mutex;
    struct Pending
    {
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    std::multimap<double, Pending> m_pending; // due time -> callback
};

} // namespace volnux
