#pragma once

// Aggregates the record stream into what a terminal shows: live counts (done, running, waiting
// to retry, failed) and, per event, its tasks' final states, evaluation and attempts. A value type
// fed on one thread.

#include "core/engine/RunRecord.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace volnux {

class RunSummary
{
public:
    struct EventLine
    {
        QString name;
        EventStatus status = EventStatus::Pending;
        int tasks = 0;
        int succeeded = 0;
        int failed = 0;
        int cancelled = 0;
        int skipped = 0;
        int attempts = 0;
        QString evaluation;
        bool outcome = false;
    };

    explicit RunSummary(const QStringList &eventNames, int totalTasks);
    void apply(const RunRecords &records);

    int totalTasks() const { return m_total; }
    int done() const { return m_done; }
    int running() const { return m_running; }
    int waiting() const { return m_waiting; }
    int failed() const { return m_failed; }
    RunStatus status() const { return m_status; }
    double duration() const { return m_duration; }
    const std::vector<EventLine> &events() const { return m_events; }

    QString progressLine(double elapsedMs) const;
    QString text() const;    // the final per-event table
    QByteArray json() const; // the same, as one JSON object

private:
    std::vector<EventLine> m_events;
    std::vector<std::vector<TaskStatus>> m_taskStatus;
    int m_total = 0;
    int m_done = 0;
    int m_running = 0;
    int m_waiting = 0;
    int m_failed = 0;
    RunStatus m_status = RunStatus::NotStarted;
    double m_duration = 0;
    void setStatus(const RunRecord &r, TaskStatus status);
};

} // namespace volnux
