// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/RunMonitorController.h"

#include "core/engine/RerunSpec.h"
#include "core/engine/Run.h"
#include "ui/monitor/RunMonitor.h"

namespace volnux {

namespace {
constexpr size_t kRecordsPerDrain = 20000;
} // namespace

RunMonitorController::RunMonitorController(RunMonitor *monitor, QObject *parent)
    : QObject(parent), m_monitor(monitor)
{
}

void RunMonitorController::attach(Run *run)
{
    detach();
    m_run = run;
    if (!run)
        return;
    run->setBacklogLimit(kBacklogLimit);
    QPointer<Run> guard(run);
    // Bounded drains: a run that produced 100,000 records in a blink is taken a slice a tick.
    m_monitor->setBatchSource([guard](std::vector<RunRecords> &batches) {
        if (!guard) {
            batches.clear();
            return;
        }
        guard->recycleRecordBatches(batches);
        guard->takeRecordBatches(batches, kRecordsPerDrain);
    });
    m_connections = {
        connect(run, &Run::recordsAvailable, m_monitor, &RunMonitor::wake),
        connect(run, &Run::finished, m_monitor, &RunMonitor::wake),
        connect(run, &QObject::destroyed, this, &RunMonitorController::detach),
        connect(m_monitor, &RunMonitor::cancelRequested, run, &Run::cancel),
        connect(m_monitor, &RunMonitor::cancelTaskRequested, run, &Run::cancelTask),
        connect(m_monitor, &RunMonitor::retryNowRequested, run, &Run::retryNow),
    };
    m_monitor->wake();
}

void RunMonitorController::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (m_run && m_monitor)
        m_monitor->applyPending(); // keep what the run produced so far on screen
    m_run = nullptr;
}

RunSpec RunMonitorController::failedTasksSpec(const RunSpec &spec, const QList<TaskKey> &failed)
{
    // Each task keeps its identity (event, task index, input): see rerunSpec.
    QList<TaskName> names;
    for (const TaskKey &key : failed) {
        if (key.event >= 0 && key.event < spec.events.size())
            names.append({spec.events[key.event].name, key.task});
    }
    return rerunSpec(spec, names);
}

} // namespace volnux
