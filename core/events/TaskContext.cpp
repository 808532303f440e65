// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskContext.h"

#include "core/engine/Clock.h"

namespace volnux {

struct TaskContext::Owned
{
    QString eventName;
    QVariant input;
    QVariantMap params;
    QVariantList previous;
    std::shared_ptr<const std::atomic_bool> cancelled;
    std::shared_ptr<const std::atomic_bool> runCancelled;
};

TaskContext::TaskContext(QString eventName, int taskIndex, int attempt, int maxAttempts,
                         QVariant input, QVariantMap params,
                         std::shared_ptr<const std::atomic_bool> cancelled)
    : m_owned(new Owned{
          std::move(eventName), std::move(input), std::move(params), {}, std::move(cancelled), {}}),
      m_eventName(&m_owned->eventName), m_taskIndex(taskIndex), m_attempt(attempt),
      m_maxAttempts(maxAttempts), m_input(&m_owned->input), m_params(&m_owned->params),
      m_previous(&m_owned->previous), m_cancelled(m_owned->cancelled.get()), m_runCancelled(nullptr)
{
}

TaskContext::TaskContext(const Borrowed &from)
    : m_eventName(&from.eventName), m_taskIndex(from.taskIndex), m_attempt(from.attempt),
      m_maxAttempts(from.maxAttempts), m_input(&from.input), m_params(&from.params),
      m_previous(&from.previousResults), m_cancelled(from.cancelled),
      m_runCancelled(from.runCancelled)
{
}

TaskContext::~TaskContext() = default;

TaskContext::Owned &TaskContext::owned()
{
    if (!m_owned)
        m_owned.reset(new Owned);
    return *m_owned;
}

void TaskContext::setPreviousResults(QVariantList results)
{
    owned().previous = std::move(results);
    m_previous = &m_owned->previous;
}

void TaskContext::setRunCancellationFlag(std::shared_ptr<const std::atomic_bool> flag)
{
    owned().runCancelled = std::move(flag);
    m_runCancelled = m_owned->runCancelled.get();
}

void TaskContext::setDeadline(const Clock &clock, double dueMs)
{
    m_deadlineClock = &clock;
    m_deadlineMs = dueMs;
}

std::optional<double> TaskContext::deadlineMs() const
{
    return m_deadlineClock ? std::optional<double>(m_deadlineMs) : std::nullopt;
}

bool TaskContext::isPastDeadline() const
{
    return m_deadlineClock && m_deadlineClock->nowMs() >= m_deadlineMs;
}

void TaskContext::log(const QString &line)
{
    if (m_log.size() >= kMaxLogLines) {
        m_log.removeFirst();
        ++m_droppedLog;
    }
    m_log.append(line);
}

} // namespace volnux
