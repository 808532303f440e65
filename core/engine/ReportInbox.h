#pragma once

// Where executors leave attempt reports for the engine. Reports arrive on lanes, each with its
// own lock, so workers delivering at a high rate never contend with each other; the engine
// collects every lane on its poll. Lanes keep their order (a worker's "started" precedes its
// "finished"); there is no order between lanes. Collected storage is reused, so a steady stream
// allocates nothing.

#include "core/executors/Executor.h"

#include <array>
#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace volnux {

class ReportInbox
{
public:
    static constexpr int kLanes = 8;

    // `wake` asks the engine to collect soon; it is called at most once between two collections.
    explicit ReportInbox(std::function<void()> wake);

    void deliver(AttemptReport &&report, int lane); // any thread
    void wake();                                    // any thread
    // Engine thread: calls `handle` on every report delivered so far, lane by lane.
    template <typename Handle> void collect(Handle &&handle)
    {
        m_wakePending.store(false, std::memory_order_relaxed);
        for (int i = 0; i < kLanes; ++i) {
            std::vector<AttemptReport> &batch = m_collected[size_t(i)];
            {
                std::lock_guard lock(m_lanes[size_t(i)].mutex);
                batch.swap(m_lanes[size_t(i)].reports);
            }
            for (AttemptReport &report : batch)
                handle(report);
            batch.clear(); // keeps its capacity for the next swap
        }
    }

private:
    struct alignas(64) Lane
    {
        std::mutex mutex;
        std::vector<AttemptReport> reports;
    };
    std::array<Lane, kLanes> m_lanes;
    std::array<std::vector<AttemptReport>, kLanes> m_collected;
    std::atomic_bool m_wakePending{false};
    std::function<void()> m_wake;
};

} // namespace volnux
