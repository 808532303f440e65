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

RunRecords RecordBuffer::take(size_t max)
{
    std::vector<RunRecords> batches;
    size_t count = 0;
    {
        std::lock_guard lock(m_mutex);
        size_t taken = 0;
        while (taken < m_batches.size() && (taken == 0 || count + m_batches[taken].size() <= max))
            count += m_batches[taken++].size();
        batches.assign(std::make_move_iterator(m_batches.begin()),
                       std::make_move_iterator(m_batches.begin() + qsizetype(taken)));
        m_batches.erase(m_batches.begin(), m_batches.begin() + qsizetype(taken));
        m_count -= count;
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
