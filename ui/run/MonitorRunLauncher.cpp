// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitorRunLauncher.h"

#include "core/engine/RerunSpec.h"
#include "core/engine/Run.h"
#include "core/project/ProjectFile.h"
#include "core/store/StoredRun.h"
#include "ui/monitor/RunControlBar.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/monitor/RunMonitorController.h"
#include "ui/run/StoreRecording.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace volnux {

MonitorRunLauncher::MonitorRunLauncher(RunMonitor *monitor, QObject *parent)
    : RunLauncher(parent), m_monitor(monitor), m_recording(new StoreRecording(monitor, this)),
      m_controller(new RunMonitorController(monitor, this))
{
    connect(m_monitor, &RunMonitor::rerunFailedRequested, this, &MonitorRunLauncher::rerunTasks);
    connect(m_monitor, &RunMonitor::rerunTasksRequested, this, &MonitorRunLauncher::rerunTasks);
    connect(m_recording, &StoreRecording::recorded, this, &MonitorRunLauncher::runRecorded);
    connect(m_recording, &StoreRecording::began, this, [this](qint64 id) { m_shown.id = id; });
    connect(m_recording, &StoreRecording::failed, this, &MonitorRunLauncher::recordingFailed);
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
    RunStore::NewRun record;
    record.projectPath = filePath.isEmpty() ? QString() : QFileInfo(filePath).absoluteFilePath();
    record.projectName =
        project.name.isEmpty() ? QFileInfo(filePath).completeBaseName() : project.name;
    record.project = ProjectFile::serialize(project);
    start(std::move(spec.value()), std::move(record));
}

void MonitorRunLauncher::startSpec(RunSpec spec)
{
    start(std::move(spec), {});
}

void MonitorRunLauncher::setClusterOverride(const QString &redisUrl, const QString &queue)
{
    m_redisUrl = redisUrl;
    m_redisQueue = queue;
}

void MonitorRunLauncher::start(RunSpec spec, RunStore::NewRun record)
{
    if (isRunning())
        return;
    if (const ClusterConfig cluster =
            spec.cluster.value_or(ClusterConfig()).withOverrides(m_redisUrl, m_redisQueue);
        cluster.isSet())
        spec.cluster = cluster;
    m_controller->detach();
    m_recording->end();
    m_monitor->setReadOnly(false);
    spec.keepValues = false; // the monitor and the store read only returned failures' values
    spec.nice = RunMonitorController::kRunNice;
    m_run = std::make_unique<Run>(std::move(spec), m_clock);
    // Run::finished is queued to this thread: until it arrives this launcher still counts the run
    // as running, so no second run can replace it before its end is announced.
    connect(m_run.get(), &Run::finished, this, [this](RunStatus status) {
        m_running = false;
        emit runningChanged(false);
        emit runFinished(int(status));
    });
    m_controller->attach(m_run.get());
    m_shown = {0, record, m_run->spec(), true};
    if (!m_storePath.isEmpty()) {
        record.version = QCoreApplication::applicationVersion();
        m_recording->begin(m_storePath, record, m_run->spec());
    }
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

void MonitorRunLauncher::setShownPastRun(const StoredRun &run, const QByteArray &project)
{
    m_shown = {};
    m_shown.id = run.id;
    m_shown.record.projectPath = run.projectPath;
    m_shown.record.projectName = run.projectName;
    m_shown.record.project = project;
    // The project as it ran then, its relative paths taken against its file's folder as then.
    const Result<Project> parsed = ProjectFile::parse(project, run.projectPath);
    Result<RunSpec> spec = parsed ? ProjectFile::toRunSpec(*parsed, run.projectPath)
                                  : Result<RunSpec>::failure(parsed.errors());
    if (spec) {
        m_shown.spec = std::move(spec.value());
        m_shown.valid = true;
    }
}

void MonitorRunLauncher::rerunTasks(const QList<TaskKey> &tasks)
{
    if (!m_shown.valid || tasks.isEmpty())
        return;
    // Named by event name and task index, which the shown run's own event numbering (a rerun's
    // leaves events out) does not change.
    const auto &events = m_monitor->state().events();
    QList<TaskName> names;
    for (const TaskKey &key : tasks) {
        if (key.event >= 0 && size_t(key.event) < events.size())
            names.append({events[size_t(key.event)].name, key.task});
    }
    RunSpec spec = rerunSpec(m_shown.spec, names);
    if (spec.events.isEmpty())
        return;
    RunStore::NewRun record = m_shown.record;
    if (m_shown.id > 0)
        record.parent = m_shown.id;
    start(std::move(spec), std::move(record));
}

} // namespace volnux
