// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the designed project and shows it in the run monitor: the RunLauncher the main window's
// Run and Cancel actions call. Owns the current Run (one at a time); a new run replaces the last
// one's display. "Rerun failed" and "Rerun selected tasks" start a run of just those tasks of the
// run on screen (live or past), each keeping its identity, recorded as that run's rerun when a
// run store is set. GUI thread only.

#include "ui/run/RunLauncher.h"

#include "core/engine/RunSpec.h"
#include "core/observe/RunState.h"
#include "core/store/RunStore.h"

#include <memory>

namespace volnux {

class Clock;
class Run;
class RunMonitor;
class RunMonitorController;
class StoreRecording;
struct StoredRun;

class MonitorRunLauncher : public RunLauncher
{
    Q_OBJECT
public:
    explicit MonitorRunLauncher(RunMonitor *monitor, QObject *parent = nullptr);
    ~MonitorRunLauncher() override;

    bool isRunning() const override;
    void startRun(const Project &project, const QString &projectPath) override;
    void cancelRun() override;
    // Starts `spec` directly (tests), recorded without a project file.
    void startSpec(RunSpec spec);
    // Where RedisExecutor events run, over the project's "cluster" (the studio's Preferences);
    // empty strings keep the project's.
    void setClusterOverride(const QString &redisUrl, const QString &queue);
    // Runs started from now on are recorded in the run store at `path`; empty: not recorded.
    void setStorePath(const QString &path) { m_storePath = path; }
    const QString &storePath() const { return m_storePath; }
    // The store's id of the run on screen (0: none or not recorded).
    qint64 shownRunId() const { return m_shown.id; }
    // A past run is on screen (`project`: the bytes it ran); reruns start from it.
    void setShownPastRun(const StoredRun &run, const QByteArray &project);
    // Starts a run of `tasks` of the run on screen (Rerun failed / Rerun selected tasks).
    void rerunTasks(const QList<TaskKey> &tasks);
    Run *currentRun() const { return m_run.get(); }
    // The clock of the runs started from now on; null (the default) is the system clock. Tests
    // pass Clock::fastForward() so backoffs are recorded in full but take no real time.
    void setClock(std::shared_ptr<Clock> clock) { m_clock = std::move(clock); }

signals:
    // The project cannot run: nothing started; every problem with its location.
    void runRefused(const QStringList &problems);
    void runFinished(int status);
    // The run could not be recorded (it runs anyway): the reason, naming the store.
    void recordingFailed(const QString &error);
    // A run's end was handed to the store: History can show it.
    void runRecorded(qint64 runId);

private:
    // What the run on screen ran, to start reruns from and to record them with.
    struct ShownRun
    {
        qint64 id = 0;
        RunStore::NewRun record; // path, name and bytes of its project
        RunSpec spec;
        bool valid = false;
    };
    void start(RunSpec spec, RunStore::NewRun record);
    QString m_redisUrl;
    QString m_redisQueue;

    RunMonitor *m_monitor;
    StoreRecording *m_recording;
    QString m_storePath;
    ShownRun m_shown;
    RunMonitorController *m_controller;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Run> m_run;
    bool m_running = false;
};

} // namespace volnux
