// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordBuffer.h"

namespace volnux {

namespace {
// Recycled batches are kept only up to this many, and only up to this capacity: enough for a
// steady stream, without holding on to the storage of one exceptional burst.
constexpr size_t kMaxSpare = 64;
constexpr size_t kMaxSpareCapacity = 16384;
// Smaller ones are not worth keeping: whoever takes a spare would have to grow it (and free it).
constexpr size_t kMinSpareCapacity = 256;
// A batch of fewer records joins the last waiting batch when that has room, and one that starts a
// new last batch is given room for more. A chain of small events hands over a record or two at a
// time: a vector for each cost the engine an allocation and fresh pages until the consumer came
// by. Bigger batches stay whole and are never moved.
constexpr size_t kJoinBelow = 32;
} // namespace

void RecordBuffer::setNotifier(std::function<void()> notify)
{
    std::lock_guard lock(m_mutex);
    m_notify = std::move(notify);
}

void RecordBuffer::append(RunRecords &&batch)
{
    if (batch.empty())
        return;
    std::function<void()> notify;
    {
        std::lock_guard lock(m_mutex);
        if (m_count == 0)
            notify = m_notify;
        m_count += batch.size();
        m_waiting.store(m_count, std::memory_order_relaxed);
        RunRecords *last = m_batches.empty() ? nullptr : &m_batches.back();
        if (batch.size() < kJoinBelow && last && last->capacity() - last->size() >= batch.size()) {
            std::move(batch.begin(), batch.end(), std::back_inserter(*last));
            batch.clear(); // its storage stays with the caller, for the next batch
        } else {
            if (batch.size() < kJoinBelow)
                batch.reserve(kMinSpareCapacity);
            m_batches.push_back(std::move(batch));
            batch = RunRecords();
        }
    }
    if (notify)
        notify();
}

std::vector<RunRecords> RecordBuffer::takeBatches(size_t max, size_t *count)
{
    std::vector<RunRecords> batches;
    *count = 0;
    std::lock_guard lock(m_mutex);
    size_t taken = 0;
    while (taken < m_batches.size() && (taken == 0 || *count + m_batches[taken].size() <= max))
        *count += m_batches[taken++].size();
    batches.reserve(taken);
    for (size_t i = 0; i < taken; ++i) {
        batches.push_back(std::move(m_batches.front()));
        m_batches.pop_front();
    }
    m_count -= *count;
    m_waiting.store(m_count, std::memory_order_relaxed);
    return batches;
}

RunRecords RecordBuffer::take(size_t max)
{
    RunRecords all;
    take(all, max);
    return all;
}

void RecordBuffer::take(RunRecords &into, size_t max)
{
    size_t count = 0;
    std::vector<RunRecords> batches = takeBatches(max, &count);
    into.clear();
    if (batches.size() == 1 && into.capacity() == 0) {
        into.swap(batches.front()); // nothing to reuse on our side: take the batch as it is
    } else {
        if (count > into.capacity())
            into.reserve(std::max(count, 2 * into.capacity()));
        for (RunRecords &batch : batches)
            std::move(batch.begin(), batch.end(), std::back_inserter(into));
    }
    recycle(batches);
}

void RecordBuffer::read(const std::function<void(const RunRecord &)> &visit, size_t max)
{
    size_t count = 0;
    std::vector<RunRecords> batches = takeBatches(max, &count);
    for (RunRecords &batch : batches) {
        for (const RunRecord &record : batch)
            visit(record);
        batch.clear(); // while the batch is still in this core's cache
    }
    recycle(batches);
}

void RecordBuffer::takeBatches(std::vector<RunRecords> &into, size_t max)
{
    size_t count = 0;
    std::vector<RunRecords> batches = takeBatches(max, &count);
    into.insert(into.end(), std::make_move_iterator(batches.begin()),
                std::make_move_iterator(batches.end()));
}

void RecordBuffer::recycle(std::vector<RunRecords> &batches)
{
    for (RunRecords &batch : batches)
        batch.clear();
    {
        std::lock_guard lock(m_mutex);
        for (RunRecords &batch : batches) {
            if (m_spare.size() < kMaxSpare && batch.capacity() >= kMinSpareCapacity &&
                batch.capacity() <= kMaxSpareCapacity)
                m_spare.push_back(std::move(batch));
        }
    }
    batches.clear();
}

RunRecords RecordBuffer::spare()
{
    std::lock_guard lock(m_mutex);
    if (m_spare.empty())
        return {};
    RunRecords batch = std::move(m_spare.back());
    m_spare.pop_back();
    return batch;
}

size_t RecordBuffer::size() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}

} // namespace volnux
