// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything `process` may know about the attempt it runs: input, indices, parameters, results
// of the previous pipeline step, a cancellation check (which also turns true at the attempt's
// deadline, when its event has a timeout_ms), and a log attached to the attempt.
// One context belongs to one attempt on one thread; only `isCancelled` is read across threads.

#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <memory>
#include <optional>

namespace volnux {

class Clock;

class TaskContext
{
public:
    // What an executor hands over: everything is borrowed, and must outlive the context.
    struct Borrowed
    {
        const QString &eventName;
        int taskIndex;
        int attempt;
        int maxAttempts;
        const QVariant &input;
        const QVariantMap &params;
        const QVariantList &previousResults;
        const std::atomic_bool *cancelled;    // may be null
        const std::atomic_bool *runCancelled; // may be null
    };

    // A context that owns its data (for callers outside an executor, such as tests).
    TaskContext(QString eventName, int taskIndex, int attempt, int maxAttempts, QVariant input,
                QVariantMap params = {}, std::shared_ptr<const std::atomic_bool> cancelled = {});
    // A context over an executor's data: copies nothing, so starting an attempt is cheap.
    explicit TaskContext(const Borrowed &from);
    ~TaskContext();
    TaskContext(const TaskContext &) = delete;
    TaskContext &operator=(const TaskContext &) = delete;

    const QString &eventName() const { return *m_eventName; }
    int taskIndex() const { return m_taskIndex; }
    int attempt() const { return m_attempt; } // 1-based
    int maxAttempts() const { return m_maxAttempts; }
    const QVariant &input() const { return *m_input; }
    const QVariantMap &params() const { return *m_params; }
    // Results of the previous step's tasks when the pipeline says `A |-> B`; empty otherwise.
    const QVariantList &previousResults() const { return *m_previous; }
    void setPreviousResults(QVariantList results);

    // True once the task or the run is cancelled, or the attempt's deadline has passed: what a
    // cooperative `process` checks to stop early.
    bool isCancelled() const { return isCancelRequested() || isPastDeadline(); }
    // The task or the whole run was cancelled (not merely out of time).
    bool isCancelRequested() const
    {
        return (m_cancelled && m_cancelled->load(std::memory_order_relaxed)) ||
               (m_runCancelled && m_runCancelled->load(std::memory_order_relaxed));
    }
    // The attempt must end by `dueMs` on `clock` (which must outlive the context).
    void setDeadline(const Clock &clock, double dueMs);
    std::optional<double> deadlineMs() const;
    bool isPastDeadline() const;
    // A second flag, for the whole run: set at once by Run::cancel from any thread, so a task
    // running on a busy engine thread sees it too.
    void setRunCancellationFlag(std::shared_ptr<const std::atomic_bool> flag);

    // Lines logged here are kept with the attempt (bounded: the tail is kept).
    void log(const QString &line);
    const QStringList &logLines() const { return m_log; }
    int droppedLogLines() const { return m_droppedLog; }
    QStringList takeLog() { return std::exchange(m_log, {}); }

    static constexpr int kMaxLogLines = 2000;

private:
    struct Owned;
    Owned &owned();

    std::unique_ptr<Owned> m_owned; // only for contexts that own their data
    const QString *m_eventName;
    int m_taskIndex;
    int m_attempt;
    int m_maxAttempts;
    const QVariant *m_input;
    const QVariantMap *m_params;
    const QVariantList *m_previous;
    const std::atomic_bool *m_cancelled;
    const std::atomic_bool *m_runCancelled;
    const Clock *m_deadlineClock = nullptr;
    double m_deadlineMs = 0;
    QStringList m_log;
    int m_droppedLog = 0;
};

} // namespace volnux
