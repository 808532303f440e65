// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A FIFO of attempt jobs. An event's first attempts arrive as one range, expanded into jobs one
// at a time as workers take them: starting an event of 200,000 tasks costs the engine one entry,
// not 200,000 jobs. Entries live on one vector: popping frees nothing, so the storage is
// allocated, compacted and released only by the side that pushes (the engine thread).
// Not thread-safe: the owner's lock guards it.

#include "core/executors/Executor.h"

#include <vector>

namespace volnux {

class JobQueue
{
public:
    bool empty() const { return m_size == 0; }
    size_t size() const { return m_size; }
    void push(AttemptJob &&job);
    void push(const AttemptRange &range);
    AttemptJob pop();
    std::vector<AttemptJob> takeAll();

private:
    struct Entry
    {
        AttemptJob job;     // when range.count == 0
        AttemptRange range; // otherwise; `next` counts what was taken
        int next = 0;
    };
    void compact();

    std::vector<Entry> m_entries;
    size_t m_head = 0;
    size_t m_size = 0;
};

} // namespace volnux
