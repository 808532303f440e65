#pragma once

// Everything `process` may know about the attempt it runs: input, indices, parameters, results
// of the previous pipeline step, a cancellation check, and a log attached to the attempt.
// One context belongs to one attempt on one thread; only `isCancelled` is read across threads.

#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <memory>

namespace volnux {

class TaskContext
{
public:
    TaskContext(QString eventName, int taskIndex, int attempt, int maxAttempts, QVariant input,
                QVariantMap params = {}, std::shared_ptr<const std::atomic_bool> cancelled = {});

    const QString &eventName() const { return m_eventName; }
    int taskIndex() const { return m_taskIndex; }
    int attempt() const { return m_attempt; } // 1-based
    int maxAttempts() const { return m_maxAttempts; }
    const QVariant &input() const { return m_input; }
    const QVariantMap &params() const { return m_params; }
    // Results of the previous step's tasks when the pipeline says `A |-> B`; empty otherwise.
    const QVariantList &previousResults() const { return m_previous; }
    void setPreviousResults(QVariantList results) { m_previous = std::move(results); }

    bool isCancelled() const { return m_cancelled && m_cancelled->load(std::memory_order_relaxed); }
    std::shared_ptr<const std::atomic_bool> cancellationFlag() const { return m_cancelled; }

    // Lines logged here are kept with the attempt (bounded: the tail is kept).
    void log(const QString &line);
    const QStringList &logLines() const { return m_log; }
    int droppedLogLines() const { return m_droppedLog; }
    QStringList takeLog() { return std::exchange(m_log, {}); }

    static constexpr int kMaxLogLines = 2000;

private:
    QString m_eventName;
    int m_taskIndex;
    int m_attempt;
    int m_maxAttempts;
    QVariant m_input;
    QVariantMap m_params;
    QVariantList m_previous;
    std::shared_ptr<const std::atomic_bool> m_cancelled;
    QStringList m_log;
    int m_droppedLog = 0;
};

} // namespace volnux
