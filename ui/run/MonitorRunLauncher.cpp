// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitorRunLauncher.h"

#include "core/engine/Run.h"
#include "core/project/ProjectFile.h"
#include "ui/monitor/RunControlBar.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/monitor/RunMonitorController.h"

namespace volnux {

MonitorRunLauncher::MonitorRunLauncher(RunMonitor *monitor, QObject *parent)
    : RunLauncher(parent), m_monitor(monitor), m_controller(new RunMonitorController(monitor, this))
{
    connect(m_monitor, &RunMonitor::rerunFailedRequested, this, &MonitorRunLauncher::rerunFailed);
    m_monitor->setRunEnabled(true);
}

MonitorRunLauncher::~MonitorRunLauncher()
{
    m_controller->detach();
}

bool MonitorRunLauncher::isRunning() const
{
    return m_running;
}

void MonitorRunLauncher::startRun(const Project &project, const QString &filePath)
{
    if (isRunning())
        return;
    // Relative paths in the project are taken against the file's folder, as volnux-run does.
    Result<RunSpec> spec = ProjectFile::toRunSpec(project, filePath);
    if (!spec) {
        emit runRefused(spec.errors());
        return;
    }
    startSpec(std::move(spec.value()));
}

void MonitorRunLauncher::startSpec(RunSpec spec)
{
    if (isRunning())
        return;
    m_controller->detach();
    m_run = std::make_unique<Run>(std::move(spec), m_clock);
    // Run::finished is queued to this thread: until it arrives this launcher still counts the run
    // as running, so no second run can replace it before its end is announced.
    connect(m_run.get(), &Run::finished, this, [this](RunStatus status) {
        m_running = false;
        emit runningChanged(false);
        emit runFinished(int(status));
    });
    m_controller->attach(m_run.get());
    // The whole run's tasks, known now: events announce theirs only as they start.
    int tasks = 0;
    for (const EventSpec &event : m_run->spec().events)
        tasks += int(event.inputs.size());
    m_monitor->controls()->setExpectedTasks(tasks);
    m_running = true;
    m_run->start();
    emit runningChanged(true);
}

void MonitorRunLauncher::cancelRun()
{
    if (m_run)
        m_run->cancel();
}

void MonitorRunLauncher::rerunFailed(const QList<TaskKey> &failed)
{
    if (!m_run || failed.isEmpty())
        return;
    startSpec(RunMonitorController::failedTasksSpec(m_run->spec(), failed));
}

} // namespace volnux
