// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultExecutor.h"

#include <QCoreApplication>
#include <QThread>

namespace volnux {

DefaultExecutor::DefaultExecutor(ExecutorEnvironment env) : m_env(std::move(env)) {}

DefaultExecutor::~DefaultExecutor() = default;

void DefaultExecutor::submit(AttemptJob job)
{
    m_queue.push_back(std::move(job));
    scheduleNext();
}

void DefaultExecutor::scheduleNext()
{
    if (m_scheduled || m_queue.empty())
        return;
    m_scheduled = true;
    // The executor may be destroyed before the engine's loop comes round to this call.
    std::weak_ptr<void> alive = m_alive;
    m_env.defer([this, alive] {
        if (!alive.expired())
            runNext();
    });
}

void DefaultExecutor::runNext()
{
    m_scheduled = false;
    if (m_queue.empty())
        return;
    AttemptJob job = std::move(m_queue.front());
    m_queue.pop_front();
    // Cancelled while queued, or stopped by a failure reported since (stop_on_exception, which
    // the attempt scope knows before the engine reads it): never started, no "started" record.
    if (job.isCancelled()) {
        m_env.deliver(cancelledBeforeStart(job, *m_env.clock), 0);
        if (m_queue.empty())
            m_env.idle();
        scheduleNext();
        return;
    }

    const Name thread = QThread::currentThread()->objectName();
    const qint64 pid = QCoreApplication::applicationPid();
    m_env.deliver(startedReport(job, m_env.clock->nowMs(), thread, pid), 0);
    if (m_env.publishNow)
        m_env.publishNow();

    AttemptReport report = runAttempt(job, *m_env.clock);
    report.thread = thread;
    report.pid = pid;
    m_env.deliver(std::move(report), 0);
    if (m_queue.empty())
        m_env.idle();
    scheduleNext();
}

void DefaultExecutor::cancelQueued()
{
    std::deque<AttemptJob> dropped;
    dropped.swap(m_queue);
    for (const AttemptJob &job : dropped)
        m_env.deliver(cancelledBeforeStart(job, *m_env.clock), 0);
}

void DefaultExecutor::shutdown()
{
    cancelQueued();
}

} // namespace volnux
