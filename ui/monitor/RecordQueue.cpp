// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/RecordQueue.h"

#include <algorithm>

namespace volnux {

namespace {
// Read batches wait here until the next drain gives them back to the source: a drain's worth.
constexpr size_t kSpareBatches = 1024;
} // namespace

void RecordQueue::push(RunRecords &&batch)
{
    if (batch.empty()) {
        recycle(std::move(batch));
        return;
    }
    m_count += batch.size();
    m_batches.push_back(std::move(batch));
}

void RecordQueue::takeSpares(std::vector<RunRecords> &into)
{
    into.insert(into.end(), std::make_move_iterator(m_spare.begin()),
                std::make_move_iterator(m_spare.end()));
    m_spare.clear();
}

RecordSpan RecordQueue::front(size_t max) const
{
    if (m_batches.empty())
        return {};
    const RunRecords &batch = m_batches.front();
    return RecordSpan(batch).subspan(m_first, std::min(max, batch.size() - m_first));
}

void RecordQueue::pop(size_t count)
{
    if (m_batches.empty())
        return;
    count = std::min(count, m_batches.front().size() - m_first);
    m_first += count;
    m_count -= count;
    if (m_first < m_batches.front().size())
        return;
    RunRecords done = std::move(m_batches.front());
    m_batches.pop_front();
    m_first = 0;
    recycle(std::move(done));
}

void RecordQueue::clear()
{
    while (!m_batches.empty()) {
        recycle(std::move(m_batches.front()));
        m_batches.pop_front();
    }
    m_first = 0;
    m_count = 0;
}

void RecordQueue::recycle(RunRecords &&batch)
{
    if (batch.capacity() == 0 || m_spare.size() >= kSpareBatches)
        return;
    batch.clear(); // the records' own strings go now; the vector keeps its pages
    m_spare.push_back(std::move(batch));
}

} // namespace volnux
