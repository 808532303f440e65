// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// bench_ui_monitor --recorded: a run of a million attempts is recorded into a fresh run store
// with the store's API (RunStoreWriter, batches of 10,000 tasks; every tenth task fails once
// and succeeds on its retry), then opened the way History's "Open" does (PastRunController:
// read on a pool thread, drained by the monitor's timer). Prints the time to the first screen,
// the longest GUI stall after it, the time until the whole run is on screen, and as baseline
// the time to read the whole run at once on one thread (what a blocking open would cost before
// its first screen). BENCH_TRACE=1 prints every stall over 50 ms with the rows shown by then.

#include "core/observe/RunState.h"
#include "core/store/RunReplay.h"
#include "core/store/RunStore.h"
#include "core/store/RunStoreWriter.h"
#include "ui/history/PastRunController.h"
#include "ui/history/PastRunLoader.h"
#include "ui/models/TaskTableModel.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/run/MonitorRunLauncher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace volnux {

namespace recordedbench {

constexpr int kChunkTasks = 10000;
constexpr int kWorkers = 8;

inline RunRecord record(RecordType type, double time, int task = -1)
{
    RunRecord r;
    r.type = type;
    r.time = time;
    r.event = 0;
    r.eventName = QStringLiteral("simulate");
    r.task = task;
    r.maxAttempts = 3;
    return r;
}

// The records of tasks [first, end): each a queued, started, finished and task-finished record;
// every tenth fails once (TimeoutError, with a log) and succeeds 10 ms later.
inline void appendTasks(RunRecords &out, int first, int end)
{
    for (int t = first; t < end; ++t) {
        const double start = double(t / kWorkers);
        RunRecord queued = record(RecordType::TaskQueued, start, t);
        queued.value = t;
        out.push_back(queued);
        const bool flaky = t % 10 == 0;
        for (int attempt = 1; attempt <= (flaky ? 2 : 1); ++attempt) {
            const double at = start + (attempt - 1) * 10.0;
            RunRecord started = record(RecordType::AttemptStarted, at, t);
            started.attempt = attempt;
            started.start = at;
            started.thread = QStringLiteral("sim_%1").arg(t % kWorkers);
            out.push_back(started);
            RunRecord finished = started;
            finished.type = RecordType::AttemptFinished;
            finished.time = finished.end = at + 0.8;
            const bool fails = flaky && attempt == 1;
            finished.outcome = fails ? AttemptOutcome::Error : AttemptOutcome::Success;
            if (fails) {
                finished.errorType = QStringLiteral("TimeoutError");
                finished.message = QStringLiteral("no answer after 800 ms");
                finished.log = {QStringLiteral("fetching %1").arg(t), QStringLiteral("timed out")};
                finished.nextDelay = 9.2;
            }
            out.push_back(finished);
            if (fails) {
                RunRecord retry = record(RecordType::RetryScheduled, finished.end, t);
                retry.attempt = 1;
                retry.nextDelay = 9.2;
                retry.due = finished.end + 9.2;
                out.push_back(retry);
            }
        }
        RunRecord done = record(RecordType::TaskFinished, start + (flaky ? 10.8 : 0.8), t);
        done.attempt = flaky ? 2 : 1;
        done.taskStatus = TaskStatus::Succeeded;
        out.push_back(done);
    }
}

// Records a run of `tasks` tasks into the store at `path`; its id.
inline qint64 recordRun(const QString &path, int tasks)
{
    const auto store = RunStore::open(path);
    EventSpec event;
    event.name = QStringLiteral("simulate");
    event.eventType = QStringLiteral("simulate");
    for (int t = 0; t < tasks; ++t)
        event.inputs.append(t);
    RunSpec spec;
    spec.events = {event};
    RunStore::NewRun run;
    run.projectPath = QStringLiteral("/bench/million.vxproj");
    run.projectName = QStringLiteral("Million");
    run.project = "{}";
    const qint64 id = *(*store)->beginRun(run, spec);
    RunStoreWriter writer(path, id);
    RunState state(RunState::Detail::Counts);
    RunRecords batch{record(RecordType::RunStarted, 0)};
    batch.front().total = 1;
    RunRecord started = record(RecordType::EventStarted, 0);
    started.total = tasks;
    batch.push_back(started);
    for (int first = 0; first < tasks; first += kChunkTasks) {
        appendTasks(batch, first, std::min(tasks, first + kChunkTasks));
        if (first + kChunkTasks >= tasks) {
            const double end = double(tasks / kWorkers) + 11;
            RunRecord finished = record(RecordType::EventFinished, end);
            finished.total = tasks;
            finished.counts.add(TaskStatus::Succeeded, tasks);
            finished.evaluatedOutcome = true;
            finished.eventStatus = EventStatus::Succeeded;
            batch.push_back(finished);
            RunRecord runEnd = record(RecordType::RunFinished, end);
            runEnd.event = -1;
            runEnd.runStatus = RunStatus::Succeeded;
            batch.push_back(runEnd);
        }
        std::stable_sort(batch.begin(), batch.end(),
                         [](const RunRecord &a, const RunRecord &b) { return a.time < b.time; });
        state.apply(batch);
        writer.write(batch, state);
        batch.clear();
    }
    QString error;
    if (!writer.finish(&error))
        std::printf("recording failed: %s\n", qPrintable(error));
    return id;
}

} // namespace recordedbench

inline int benchRecordedRun(QApplication &app, int attempts)
{
    using namespace recordedbench;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
    const int tasks = int(double(attempts) / 1.1); // every tenth task has two attempts
    QElapsedTimer timer;
    timer.start();
    const qint64 id = recordRun(path, tasks);
    const auto store = RunStore::open(path);
    const StoredRun stored = *(*store)->run(id);
    std::printf("recorded run: %d tasks, %d attempts, built with the store API in %.1f s\n",
                stored.tasks, stored.attempts, double(timer.elapsed()) / 1000.0);

    // Baseline: the whole run read at once, on one thread, before anything could be shown.
    timer.restart();
    RunState whole;
    if (!RunReplay::readInto(**store, id, whole))
        std::printf("baseline read failed\n");
    const qint64 baselineMs = timer.elapsed();

    RunMonitor monitor;
    monitor.resize(1280, 800);
    monitor.show();
    MonitorRunLauncher launcher(&monitor);
    launcher.setStorePath(path);
    PastRunController past(&monitor, &launcher);
    QElapsedTimer sinceTick;
    qint64 firstScreenMs = -1;
    qint64 worstStallMs = 0;
    bool loaded = false;
    QObject::connect(&past, &PastRunController::loaded, [&] { loaded = true; });
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        if (firstScreenMs < 0 && monitor.taskModel()->rowCount() > 0) {
            monitor.grab(); // painted, as the user sees it
            firstScreenMs = timer.elapsed();
            sinceTick.restart();
            return;
        }
        if (firstScreenMs >= 0) {
            if (sinceTick.elapsed() > 50 && qEnvironmentVariableIsSet("BENCH_TRACE"))
                std::printf("stall %lld ms at %lld ms: %zu rows, finished %d, loaded %d\n",
                            sinceTick.elapsed(), timer.elapsed(), monitor.state().tasks().size(),
                            int(monitor.state().isFinished()), int(loaded));
            worstStallMs = std::max(worstStallMs, sinceTick.elapsed());
        }
        sinceTick.restart();
        if (loaded && monitor.state().isFinished())
            app.quit();
    });
    timer.restart();
    sinceTick.start();
    watchdog.start();
    past.open(id);
    app.exec();
    const qint64 wholeMs = timer.elapsed();
    std::printf("open a recorded %d-attempt run: first screen in %lld ms (target < 2000; "
                "baseline, the whole run read at once first: %lld ms)\n",
                stored.attempts, firstScreenMs, baselineMs);
    std::printf("longest GUI stall after the first screen: %lld ms (target < 100)\n", worstStallMs);
    std::printf("whole run on screen after %lld ms: %d rows, %d done\n", wholeMs,
                int(monitor.state().tasks().size()), monitor.state().totals().done());
    return 0;
}

} // namespace volnux
