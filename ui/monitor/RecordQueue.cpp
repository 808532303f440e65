// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/RecordQueue.h"

#include <algorithm>

namespace volnux {

namespace {
constexpr size_t kSpareBatches = 4; // a drain or two in flight; more would only hold memory
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

RunRecords RecordQueue::spare()
{
    if (m_spare.empty())
        return {};
    RunRecords batch = std::move(m_spare.back());
    m_spare.pop_back();
    return batch;
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
