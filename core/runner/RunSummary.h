// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a terminal shows of a run: the live progress line and, at the end, the per-event table
// (or one JSON object). A formatter over the core's reader of the record stream (RunState), so
// the summary printed after a run and `volnux-run history show` of the recorded run agree.
// Fed on one thread.

#include "core/observe/RunState.h"
#include "core/runner/WorkerTally.h"

#include <QByteArray>

namespace volnux {

class RunSummary
{
public:
    RunSummary(const QStringList &eventNames, const QList<int> &taskCounts);
    void apply(const RunRecords &records)
    {
        m_state.apply(records);
        m_workers.apply(records);
    }
    // A run that ended without saying so (its process was killed): shown with this status.
    void setStatus(RunStatus status) { m_statusOverride = status; }

    const RunState &state() const { return m_state; }
    const WorkerTally &workers() const { return m_workers; }
    int totalTasks() const { return m_total; }
    RunStatus status() const;
    double duration() const;

    QString progressLine(double elapsedMs) const;
    QString text() const;    // the final per-event table, then the remote workers seen
    QByteArray json() const; // the same, as one JSON object
    // The same with "run_id": the run's id in the run store, or null when it was not recorded.
    QByteArray json(std::optional<qint64> runId) const;

private:
    QByteArray json(std::optional<qint64> runId, bool withRunId) const;
    RunState m_state{RunState::Detail::Counts};
    WorkerTally m_workers;
    int m_total = 0;
    std::optional<RunStatus> m_statusOverride;
};

} // namespace volnux
