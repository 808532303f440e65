// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The monitor's records waiting to be applied: whole batches, oldest first, read in place. A
// record is 320 bytes and a big run makes millions, so the queue never copies or moves one:
// batches are queued as the engine made them, read a slice at a time, and their storage goes
// back to the source (`takeSpares`), which then touches no fresh page. GUI thread only.

#include "core/engine/RunRecord.h"

#include <deque>

namespace volnux {

class RecordQueue
{
public:
    // Queues the batch's records; an empty batch only gives its storage back.
    void push(RunRecords &&batch);
    // Every read batch (emptied, storage kept), appended to `into`: for the source to reuse.
    void takeSpares(std::vector<RunRecords> &into);
    // The next records, at most `max`, from one batch; valid until `pop` or `clear`, and not moved
    // by a `push` meanwhile.
    RecordSpan front(size_t max) const;
    // Drops the first `count` records (at most front's size).
    void pop(size_t count);
    size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    void clear();

private:
    void recycle(RunRecords &&batch);

    std::deque<RunRecords> m_batches;
    size_t m_first = 0; // records of the front batch already popped
    size_t m_count = 0;
    std::vector<RunRecords> m_spare;
};

} // namespace volnux
