#include "RecordBuffer.h"

namespace volnux {

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
        m_batches.push_back(std::move(batch));
    }
    batch = RunRecords();
    if (notify)
        notify();
}

RunRecords RecordBuffer::take()
{
    std::vector<RunRecords> batches;
    size_t count = 0;
    {
        std::lock_guard lock(m_mutex);
        batches.swap(m_batches);
        count = std::exchange(m_count, 0);
    }
    if (batches.size() == 1)
        return std::move(batches.front());
    RunRecords all;
    all.reserve(count);
    for (RunRecords &batch : batches)
        std::move(batch.begin(), batch.end(), std::back_inserter(all));
    return all;
}

size_t RecordBuffer::size() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}

} // namespace volnux
