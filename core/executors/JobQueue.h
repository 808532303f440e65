#pragma once

// A FIFO of attempt jobs on one vector. Unlike a deque, popping frees nothing: the storage is
// allocated, compacted and released only by the side that pushes (the engine thread), so workers
// never free memory another thread allocated. Not thread-safe: the owner's lock guards it.

#include "core/executors/Executor.h"

#include <vector>

namespace volnux {

class JobQueue
{
public:
    bool empty() const { return m_head == m_jobs.size(); }
    size_t size() const { return m_jobs.size() - m_head; }
    void push(AttemptJob &&job)
    {
        compact();
        m_jobs.push_back(std::move(job));
    }
    void reserveMore(size_t count)
    {
        compact();
        if (m_jobs.size() + count > m_jobs.capacity())
            m_jobs.reserve(std::max(m_jobs.size() + count, 2 * m_jobs.capacity()));
    }
    // Leaves a moved-from shell behind, dropped by a later push or by takeAll.
    AttemptJob pop() { return std::move(m_jobs[m_head++]); }
    std::vector<AttemptJob> takeAll()
    {
        std::vector<AttemptJob> taken(std::make_move_iterator(m_jobs.begin() + qsizetype(m_head)),
                                      std::make_move_iterator(m_jobs.end()));
        m_jobs.clear();
        m_head = 0;
        return taken;
    }

private:
    void compact()
    {
        if (m_head == m_jobs.size()) {
            m_jobs.clear(); // keeps the capacity
            m_head = 0;
        } else if (m_head >= 1024 && 2 * m_head >= m_jobs.size()) {
            m_jobs.erase(m_jobs.begin(), m_jobs.begin() + qsizetype(m_head));
            m_head = 0;
        }
    }

    std::vector<AttemptJob> m_jobs;
    size_t m_head = 0;
};

} // namespace volnux
