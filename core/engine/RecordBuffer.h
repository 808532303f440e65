#pragma once

// The hand-over point of the run-record stream between the engine thread and its consumer.
// The engine appends whole batches; `notify` is called once each time the buffer goes from empty
// to non-empty, so a consumer that drains on a timer gets at most one wake-up per drain.
// Thread-safe.

#include "core/engine/RunRecord.h"

#include <cstdint>
#include <functional>
#include <mutex>

namespace volnux {

class RecordBuffer
{
public:
    void setNotifier(std::function<void()> notify);
    void append(RunRecords &&batch);
    // Whole batches, oldest first, until about `max` records (at least one batch).
    RunRecords take(size_t max = SIZE_MAX);
    size_t size() const;

private:
    mutable std::mutex m_mutex;
    // Whole batches, joined only when taken: appending never moves records already buffered.
    std::vector<RunRecords> m_batches;
    size_t m_count = 0;
    std::function<void()> m_notify;
};

} // namespace volnux
