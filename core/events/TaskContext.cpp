#include "TaskContext.h"

namespace volnux {

TaskContext::TaskContext(QString eventName, int taskIndex, int attempt, int maxAttempts,
                         QVariant input, QVariantMap params,
                         std::shared_ptr<const std::atomic_bool> cancelled)
    : m_eventName(std::move(eventName)), m_taskIndex(taskIndex), m_attempt(attempt),
      m_maxAttempts(maxAttempts), m_input(std::move(input)), m_params(std::move(params)),
      m_cancelled(std::move(cancelled))
{
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
