// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobQueue.h"

namespace volnux {

void JobQueue::push(AttemptJob &&job)
{
    compact();
    m_entries.push_back(Entry{std::move(job), {}, 0});
    ++m_size;
}

void JobQueue::push(const AttemptRange &range)
{
    if (range.count <= 0)
        return;
    compact();
    m_entries.push_back(Entry{{}, range, 0});
    m_size += size_t(range.count);
}

AttemptJob JobQueue::pop()
{
    Entry &front = m_entries[m_head];
    --m_size;
    if (front.range.count == 0) {
        ++m_head;
        return std::move(front.job); // leaves a moved-from shell, dropped by compact()
    }
    AttemptJob job = front.range.job(front.next++);
    if (front.next == front.range.count)
        ++m_head;
    return job;
}

std::vector<AttemptJob> JobQueue::takeAll()
{
    std::vector<AttemptJob> taken;
    taken.reserve(m_size);
    while (!empty())
        taken.push_back(pop());
    m_entries.clear();
    m_head = 0;
    return taken;
}

void JobQueue::compact()
{
    if (m_head == m_entries.size()) {
        m_entries.clear(); // keeps the capacity
        m_head = 0;
    } else if (m_head >= 1024 && 2 * m_head >= m_entries.size()) {
        m_entries.erase(m_entries.begin(), m_entries.begin() + qsizetype(m_head));
        m_head = 0;
    }
}

} // namespace volnux
