#include "ui/monitor/RunMonitorController.h"

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
    QPointer<Run> guard(run);
    // Bounded drains: a run that produced 100,000 records in a blink is taken a slice a tick.
    m_monitor->setSource(
        [guard] { return guard ? guard->takeRecords(kRecordsPerDrain) : RunRecords(); });
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
    // Only events with failed tasks, in their order, one after another: an event left with no
    // tasks would fail under the default evaluation, and the pipeline's indices no longer fit.
    RunSpec rerun;
    for (int e = 0; e < spec.events.size(); ++e) {
        QVariantList inputs;
        for (const TaskKey &key : failed) {
            if (key.event == e && key.task >= 0 && key.task < spec.events[e].inputs.size())
                inputs.append(spec.events[e].inputs[key.task]);
        }
        if (inputs.isEmpty())
            continue;
        EventSpec event = spec.events[e];
        event.inputs = inputs;
        rerun.events.append(event);
    }
    return rerun;
}

} // namespace volnux
