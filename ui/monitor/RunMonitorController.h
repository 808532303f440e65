// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Binds a live Run to a RunMonitor: the monitor drains the run's records on its timer, and the
// monitor's Cancel run / Cancel task / Retry now requests go to the run. "Run" and "Rerun failed"
// stay with the main window, which owns project validation; `failedTasksSpec` builds the rerun.
// GUI thread only; the Run must outlive the attachment or be detached (destroying it detaches).

#include "core/engine/Run.h"
#include "core/observe/RunState.h"

#include <QObject>
#include <QPointer>

namespace volnux {

class RunMonitor;

class RunMonitorController : public QObject
{
    Q_OBJECT
public:
    // Records waiting for the monitor beyond which the run starts no new task (what runs goes
    // on): about 30 MB of records, though part-filled batches may hold more. A run faster than the
    // screen then waits for it instead of piling up its records (a million-task run held over a
    // gigabyte of them).
    static constexpr size_t kBacklogLimit = 100000;
    // The nice value of a shown run's engine, workers and programs (RunSpec::nice): on a busy
    // machine the window, which the run waits for, gets the CPU before the run's own threads.
    static constexpr int kRunNice = 5;

    explicit RunMonitorController(RunMonitor *monitor, QObject *parent = nullptr);

    // Shows `run` in the monitor from its first record on (attach before `Run::start`).
    void attach(Run *run);
    void detach();
    Run *run() const { return m_run; }

    // The same events and settings, with only the failed tasks' inputs.
    static RunSpec failedTasksSpec(const RunSpec &spec, const QList<TaskKey> &failed);

private:
    QPointer<RunMonitor> m_monitor; // a window tears its children down in any order
    QPointer<Run> m_run;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace volnux
