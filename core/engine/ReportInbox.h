#pragma once

// Where executors leave attempt reports for the engine. Reports arrive on lanes, each with its
// own lock, so workers delivering at a high rate never contend with each other; the engine
// collects every lane on its poll. Lanes keep their order (a worker's "started" precedes its
// "finished"); there is no order between lanes. A lane stores reports in fixed-size chunks that
// the engine hands back once read, so a backlog never relocates reports and a steady stream
// allocates nothing. A quick attempt's "finished" report replaces its "started" one when the
// engine has not collected that yet: one report instead of two (`alsoStarted`).

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
            std::vector<Chunk> &chunks = m_collected[size_t(i)];
            takeFilled(i, chunks);
            for (Chunk &chunk : chunks) {
                for (AttemptReport &report : chunk)
                    handle(report);
            }
            giveBack(i, chunks);
        }
    }

private:
    using Chunk = std::vector<AttemptReport>;
    static constexpr size_t kChunkSize = 256;
    static constexpr size_t kMaxSpareChunks = 64;
    struct alignas(64) Lane
    {
        std::mutex mutex;
        std::vector<Chunk> filled;
        std::vector<Chunk> spare; // read and cleared, capacity kept
    };
    void takeFilled(int lane, std::vector<Chunk> &into);
    void giveBack(int lane, std::vector<Chunk> &chunks);

    std::array<Lane, kLanes> m_lanes;
    std::array<std::vector<Chunk>, kLanes> m_collected;
    std::atomic_bool m_wakePending{false};
    std::function<void()> m_wake;
};

} // namespace volnux
