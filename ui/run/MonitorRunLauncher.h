// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the designed project and shows it in the run monitor: the RunLauncher the main window's
// Run and Cancel actions call. Owns the current Run (one at a time); a new run replaces the last
// one's display, and "Rerun failed" starts a run of just the failed tasks. GUI thread only.

#include "ui/run/RunLauncher.h"

#include "core/engine/RunSpec.h"
#include "core/observe/RunState.h"

#include <memory>

namespace volnux {

class Clock;
class Run;
class RunMonitor;
class RunMonitorController;

class MonitorRunLauncher : public RunLauncher
{
    Q_OBJECT
public:
    explicit MonitorRunLauncher(RunMonitor *monitor, QObject *parent = nullptr);
    ~MonitorRunLauncher() override;

    bool isRunning() const override;
    void startRun(const Project &project, const QString &projectPath) override;
    void cancelRun() override;
    // Starts `spec` directly (the rerun of failed tasks; tests).
    void startSpec(RunSpec spec);
    Run *currentRun() const { return m_run.get(); }
    // The clock of the runs started from now on; null (the default) is the system clock. Tests
    // pass Clock::fastForward() so backoffs are recorded in full but take no real time.
    void setClock(std::shared_ptr<Clock> clock) { m_clock = std::move(clock); }

signals:
    // The project cannot run: nothing started; every problem with its location.
    void runRefused(const QStringList &problems);
    void runFinished(int status);

private:
    void rerunFailed(const QList<TaskKey> &failed);

    RunMonitor *m_monitor;
    RunMonitorController *m_controller;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Run> m_run;
    bool m_running = false;
};

} // namespace volnux
