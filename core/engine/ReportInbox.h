// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where executors leave attempt reports for the engine. Each report is turned into its run
// record right away, on the thread that delivers it (a worker, usually): records are the costly
// part of the stream, and made there they are made in parallel instead of one after another on
// the engine thread. The engine then reads them, adds what only it knows (the retry decision),
// and hands the very same storage on to the record stream.
//
// Reports arrive on lanes, each with its own lock, so workers never contend with each other; the
// engine collects every lane on its poll. A lane keeps its order (a worker's "started" precedes
// its "finished"); there is no order between lanes. Records sit in chunks taken from the record
// stream's recycled storage, so a steady stream allocates nothing and a backlog moves nothing.

#include "core/executors/Executor.h"

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace volnux {

class RecordBuffer;

class ReportInbox
{
public:
    static constexpr int kLanes = 8;

    // `wake` asks the engine to collect soon; it is called at most once between two collections.
    ReportInbox(std::shared_ptr<RecordBuffer> storage, std::function<void()> wake);

    // Any thread. The report must carry its scope (see reportFor).
    void deliver(AttemptReport &&report, int lane);
    void wake(); // any thread
    // Engine thread: `handle(record)` sees every record delivered so far, chunk by chunk, and
    // returns false to drop it; then `done(chunk)` receives each chunk (dropped records removed).
    template <typename Handle, typename Done> void collect(Handle &&handle, Done &&done)
    {
        m_wakePending.store(false, std::memory_order_relaxed);
        for (int i = 0; i < kLanes; ++i) {
            std::vector<RunRecords> &chunks = m_collected[size_t(i)];
            takeFilled(i, chunks);
            for (RunRecords &chunk : chunks) {
                size_t kept = 0;
                for (size_t r = 0; r < chunk.size(); ++r) {
                    if (!handle(chunk[r]))
                        continue;
                    if (kept != r)
                        chunk[kept] = std::move(chunk[r]);
                    ++kept;
                }
                chunk.erase(chunk.begin() + qsizetype(kept), chunk.end());
                done(std::move(chunk));
            }
            chunks.clear();
        }
    }

private:
    static constexpr size_t kChunkSize = 256;
    static constexpr size_t kFirstChunkCapacity = 8;
    struct alignas(64) Lane
    {
        std::mutex mutex;
        std::vector<RunRecords> filled;
    };
    void takeFilled(int lane, std::vector<RunRecords> &into);
    RunRecords &chunkFor(Lane &lane);

    std::shared_ptr<RecordBuffer> m_storage;
    std::array<Lane, kLanes> m_lanes;
    std::array<std::vector<RunRecords>, kLanes> m_collected;
    std::atomic_bool m_wakePending{false};
    std::function<void()> m_wake;
};

} // namespace volnux
