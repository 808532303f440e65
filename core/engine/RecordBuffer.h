// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hand-over point of the run-record stream between the engine thread and its consumer.
// The engine appends whole batches; `notify` is called once each time the buffer goes from empty
// to non-empty, so a consumer that drains on a timer gets at most one wake-up per drain.
// Storage is recycled: a consumer that takes into its own vector hands the engine's batches back
// empty, so a steady stream of records makes no allocation (and touches no fresh page).
// Thread-safe.

#include "core/engine/RunRecord.h"

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>

namespace volnux {

class RecordBuffer
{
public:
    void setNotifier(std::function<void()> notify);
    // Takes the batch's records. A small batch may join the last waiting one: `batch` is then
    // left empty with its storage, for the caller's next batch; otherwise it is left without.
    void append(RunRecords &&batch);
    // Whole batches, oldest first, until about `max` records (at least one batch).
    RunRecords take(size_t max = SIZE_MAX);
    // The same into `into` (cleared first), whose storage is kept across calls: the cheap way.
    void take(RunRecords &into, size_t max = SIZE_MAX);
    // Reads whole batches in place (no copy), oldest first, until about `max` records; the
    // records are gone when it returns. The cheapest way to consume a fast stream.
    void read(const std::function<void(const RunRecord &)> &visit, size_t max = SIZE_MAX);
    // Whole batches as the engine made them, appended to `into` (no record is moved), oldest
    // first, until about `max` records (at least one batch). A consumer that keeps records a
    // while (the monitor) reads them in place, then hands the batches back with `recycle`.
    void takeBatches(std::vector<RunRecords> &into, size_t max = SIZE_MAX);
    // Batches taken and read: their records are destroyed, their storage serves the engine's
    // next batches. `batches` is left empty.
    void recycle(std::vector<RunRecords> &batches);
    // An empty vector to fill with the next batch: recycled storage when there is some.
    RunRecords spare();
    size_t size() const;
    // A consumer that drains as it goes (volnux-run) may bound what waits for it: the engine then
    // hands no new tasks to executors while more than `records` wait (running ones go on).
    // Unbounded by default: runToCompletion takes every record only at the end.
    void setBacklogLimit(size_t records) { m_limit.store(records, std::memory_order_relaxed); }
    bool isBacklogged() const
    {
        return m_waiting.load(std::memory_order_relaxed) > m_limit.load(std::memory_order_relaxed);
    }

private:
    std::vector<RunRecords> takeBatches(size_t max, size_t *count);

    mutable std::mutex m_mutex;
    // Whole batches (small ones joined, see append): appending never moves records already
    // buffered, and taking the oldest never moves the rest.
    std::deque<RunRecords> m_batches;
    size_t m_count = 0;
    std::atomic<size_t> m_waiting{0}; // m_count, for a lock-free isBacklogged
    std::atomic<size_t> m_limit{SIZE_MAX};
    std::vector<RunRecords> m_spare; // emptied batches, capacity kept
    std::function<void()> m_notify;
};

} // namespace volnux
