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
        const bool wasEmpty = m_records.empty();
        if (wasEmpty)
            m_records = std::move(batch);
        else
            m_records.insert(m_records.end(), std::make_move_iterator(batch.begin()),
                             std::make_move_iterator(batch.end()));
        if (wasEmpty)
            notify = m_notify;
    }
    batch.clear();
    if (notify)
        notify();
}

RunRecords RecordBuffer::take()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_records, {});
}

size_t RecordBuffer::size() const
{
    std::lock_guard lock(m_mutex);
    return m_records.size();
}

} // namespace volnux
