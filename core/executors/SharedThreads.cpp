// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedThreads.h"

#include <QThread>

#include <chrono>

namespace volnux {

SharedThreads &SharedThreads::instance()
{
    static auto *threads = new SharedThreads;
    return *threads;
}

void SharedThreads::start(std::function<void()> work)
{
    std::unique_lock lock(m_mutex);
    reapEnded();
    m_work.push_back(std::move(work));
    if (size_t(m_idle) >= m_work.size()) {
        lock.unlock();
        m_wake.notify_one();
        return;
    }
    // Real QThreads (not std::thread): work may need the thread's event dispatcher, as QProcess
    // does for its notifiers.
    QThread *thread = QThread::create([this] { threadMain(QThread::currentThread()); });
    thread->setObjectName(QStringLiteral("volnux-pooled"));
    thread->start();
}

void SharedThreads::threadMain(QThread *self)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        ++m_idle;
        const bool woken = m_wake.wait_for(lock, std::chrono::milliseconds(kIdleMs),
                                           [this] { return !m_work.empty(); });
        --m_idle;
        if (!woken)
            break;
        std::function<void()> work = std::move(m_work.front());
        m_work.pop_front();
        lock.unlock();
        work();
        work = nullptr; // what it holds goes now, not when the next work comes
        lock.lock();
    }
    m_ended.push_back(self);
}

void SharedThreads::reapEnded()
{
    for (QThread *thread : m_ended) {
        thread->wait(); // its loop has returned: this is the thread's last moment
        delete thread;
    }
    m_ended.clear();
}

} // namespace volnux
