// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Threads shared by the whole process, for ThreadPoolExecutor workers of executors without
// `max_tasks_per_child`. An event's executor lives as long as the event, so each event of a
// chain would otherwise start and join threads of its own: most of what a one-task event costs.
// A thread left idle serves the next start(); one idle for kIdleMs ends. There is no cap: work
// never waits for a thread. The hand-over is a std::mutex and condition variable, which
// ThreadSanitizer sees (it cannot see inside QThreadPool's).

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

class QThread;

namespace volnux {

class SharedThreads
{
public:
    static constexpr int kIdleMs = 30000;

    static SharedThreads &instance(); // never destroyed: idle threads end on their own
    void start(std::function<void()> work);

private:
    SharedThreads() = default;
    void threadMain(QThread *self);
    void reapEnded(); // caller holds m_mutex

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_work;
    int m_idle = 0;
    std::vector<QThread *> m_ended; // threads whose loop returned, to join and delete
};

} // namespace volnux
