// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessPoolExecutor at scale, each figure against its target and a baseline measured in the
// same run:
//  1. tasks per second of 20,000 trivial tasks on 2 reused workers, against Python's
//     concurrent.futures.ProcessPoolExecutor.map(chunksize=500) (target: at least as fast);
//  2. the same with max_tasks_per_child = 50, against Python's recycling pool (target: 5 times as
//     fast). Python 3.11's recycling pool hangs for good when it replaces a worker; when it does,
//     the baseline is what it would at best do: a fresh 2-worker pool for every 100 tasks, the
//     same number of worker starts per task;
//  3. the host's peak memory while 200 tasks return 5 MB values each, through a run as volnux-run
//     makes it (nothing reads a success's value; target < 300 MB), against the same run keeping
//     every value (how it was before values were dropped where they were made). Each is measured
//     in a process of its own, this bench re-run.

#include "core/engine/Run.h"
#include "core/events/EventRegistry.h"
#include "core/executors/ProcessPool.h"
#include "core/executors/ProcessPoolExecutor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <sys/resource.h>

using namespace volnux;

namespace {

constexpr int kTasks = 20000;
constexpr int kWorkers = 2;
constexpr int kBigTasks = 200;
constexpr int kBigValueBytes = 5 * 1024 * 1024;
constexpr double kBigTargetMb = 300;
const char *const kBigValuesFlag = "--big-values";

struct Outcome
{
    double seconds = 0;
    int succeeded = 0;
};

Outcome measure(std::optional<int> tasksPerChild)
{
    std::mutex mutex;
    std::condition_variable done;
    int finished = 0;
    int succeeded = 0;
    ExecutorEnvironment env{Clock::system(),
                            [&](AttemptReport &&r, int) {
                                if (r.phase != AttemptReport::Phase::Finished)
                                    return;
                                std::lock_guard lock(mutex);
                                succeeded += r.outcome == AttemptOutcome::Success;
                                if (++finished == kTasks)
                                    done.notify_all();
                            },
                            nullptr,
                            {},
                            {}};
    ExecutorInitializerConfig config;
    config.max_workers = kWorkers;
    config.max_tasks_per_child = tasksPerChild;

    QElapsedTimer timer;
    timer.start();
    auto executor = makeProcessPoolExecutor(config, env);
    AttemptScope scope; // outlives the executor, as the engine's does
    scope.eventType = QStringLiteral("noop");
    scope.name = scope.eventType;
    const std::atomic_bool notCancelled{false};
    for (int i = 0; i < kTasks; ++i) {
        AttemptJob job;
        job.id = quint64(i);
        job.scope = &scope;
        job.input = i;
        job.task = i;
        job.cancelled = &notCancelled;
        executor->submit(std::move(job));
    }
    {
        std::unique_lock lock(mutex);
        done.wait(lock, [&] { return finished == kTasks; });
    }
    executor->shutdown();
    return {double(timer.nsecsElapsed()) / 1e9, succeeded};
}

void print(const char *label, const Outcome &o)
{
    std::printf("%-36s %6d tasks in %7.3f s = %9.0f tasks/s (%d succeeded)\n", label, kTasks,
                o.seconds, kTasks / o.seconds, o.succeeded);
}

// Python's figure, tasks per second; -1 without python3 (or when it failed), -2 when it did not
// finish. Modes: "map" (reused workers, chunksize 500), "recycle" (max_tasks_per_child = 50),
// "fresh" (a fresh pool for every 100 tasks).
double python(const char *mode, int tasks, int timeoutMs)
{
    const QString python3 = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python3.isEmpty())
        return -1;
    const QString script = QStringLiteral(R"(
import sys, time
from concurrent.futures import ProcessPoolExecutor
def noop(x): return x
if __name__ == "__main__":
    n, mode, workers = int(sys.argv[1]), sys.argv[2], %1
    start = time.perf_counter()
    if mode == "recycle":
        with ProcessPoolExecutor(workers, max_tasks_per_child=50) as pool:
            list(pool.map(noop, range(n)))
    elif mode == "fresh":
        for first in range(0, n, 50 * workers):
            with ProcessPoolExecutor(workers) as pool:
                list(pool.map(noop, range(first, min(n, first + 50 * workers))))
    else:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(noop, range(n), chunksize=500))
    print(n / (time.perf_counter() - start))
)")
                               .arg(kWorkers);
    // A file, not -c: a recycling pool starts its workers with "spawn", which imports the script.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("baseline.py"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(script.toUtf8()) < 0)
        return -1;
    out.close();
    QProcess p;
    p.start(python3, {file, QString::number(tasks), QString::fromLatin1(mode)});
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -2;
    }
    if (p.exitCode() != 0)
        return -1;
    return p.readAllStandardOutput().trimmed().toDouble();
}

void compare(const char *label, const Outcome &ours, double theirs, double factor)
{
    print(label, ours);
    if (theirs < 0) {
        std::printf("  baseline: no python3 here, or it failed\n");
        return;
    }
    const double rate = kTasks / ours.seconds;
    std::printf("  ratio %.2f (target >= %.0f)\n  -> %s\n", rate / theirs, factor,
                rate >= factor * theirs ? "target met" : "TARGET MISSED");
}

void reused()
{
    const Outcome ours = measure(std::nullopt);
    const double theirs = python("map", kTasks, 120000);
    if (theirs > 0)
        std::printf("  baseline, Python's ProcessPoolExecutor.map(chunksize=500): %.0f tasks/s\n",
                    theirs);
    compare("workers reused", ours, theirs, 1);
}

void recycled()
{
    const Outcome ours = measure(50);
    // A tenth of the tasks: Python starts an interpreter for every 50.
    double theirs = python("recycle", kTasks / 10, 10000);
    if (theirs == -2) {
        theirs = python("fresh", kTasks / 10, 120000);
        if (theirs > 0)
            std::printf("  baseline: Python's recycling pool did not finish %d tasks in 10 s "
                        "(Python 3.11's hangs when it replaces a worker); a fresh 2-worker pool "
                        "for every 100 tasks does %.0f tasks/s\n",
                        kTasks / 10, theirs);
    } else if (theirs > 0) {
        std::printf("  baseline, Python's ProcessPoolExecutor(max_tasks_per_child=50): %.0f "
                    "tasks/s\n",
                    theirs);
    }
    compare("max_tasks_per_child = 50", ours, theirs, 5);
}

double peakRssMb()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// In a process of its own: runs the 200 x 5 MB project and prints its peak RSS in MB.
int runBigValues(bool keep)
{
    RunSpec spec;
    EventSpec event;
    event.name = QStringLiteral("big");
    event.eventType = QStringLiteral("bigValue");
    event.inputs = TaskInputs::indices(kBigTasks);
    event.options.executor = ExecutorNames::ProcessPoolExecutor;
    event.options.executor_config.max_workers = kWorkers;
    spec.events.append(event);
    spec.keepValues = keep;
    Run run(spec);
    run.start();
    RunRecords records;
    int succeeded = 0;
    while (!run.waitForFinished(20)) {
        run.takeRecords(records);
        for (const RunRecord &r : records)
            succeeded +=
                r.type == RecordType::TaskFinished && r.taskStatus == TaskStatus::Succeeded;
    }
    run.takeRecords(records);
    for (const RunRecord &r : records)
        succeeded += r.type == RecordType::TaskFinished && r.taskStatus == TaskStatus::Succeeded;
    std::printf("%.1f %d\n", peakRssMb(), succeeded);
    return 0;
}

void bigValues(const char *program)
{
    const auto measureIn = [&](bool keep) {
        QProcess p;
        p.start(QString::fromLocal8Bit(program),
                {QString::fromLatin1(kBigValuesFlag), keep ? QStringLiteral("keep") : QString()});
        p.waitForFinished(300000);
        const QList<QByteArray> out = p.readAllStandardOutput().trimmed().split(' ');
        return std::pair{out.value(0).toDouble(), out.value(1).toInt()};
    };
    const auto [dropMb, dropOk] = measureIn(false);
    const auto [keepMb, keepOk] = measureIn(true);
    std::printf("%d tasks returning %d MB values, %d workers, host peak RSS:\n", kBigTasks,
                kBigValueBytes >> 20, kWorkers);
    std::printf("  baseline, every value kept:         %7.1f MB (%d succeeded)\n", keepMb, keepOk);
    std::printf("  as volnux-run runs it (none kept):  %7.1f MB (%d succeeded; target < %.0f)\n"
                "  -> %s\n",
                dropMb, dropOk, kBigTargetMb,
                dropOk == kBigTasks && dropMb < kBigTargetMb ? "target met" : "TARGET MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    auto &registry = EventRegistry::instance();
    registry.registerFunction(QStringLiteral("noop"),
                              [](TaskContext &c) { return TaskResult::ok(c.input()); });
    registry.registerFunction(QStringLiteral("bigValue"), [](TaskContext &) {
        return TaskResult::ok(QByteArray(kBigValueBytes, 'v'));
    });
    ProcessPool::enableWorkerMode(argc, argv);
    QCoreApplication app(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], kBigValuesFlag) == 0)
        return runBigValues(argc > 2 && std::strcmp(argv[2], "keep") == 0);

    // For profiling: one case, no baseline.
    if (argc > 1 && std::strcmp(argv[1], "--only-reused") == 0) {
        for (int i = 0; i < 10; ++i)
            print("workers reused", measure(std::nullopt));
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--only-recycled") == 0) {
        print("max_tasks_per_child = 50", measure(50));
        return 0;
    }
    std::printf("ProcessPoolExecutor, %d workers, trivial tasks\n", kWorkers);
    reused();
    recycled();
    bigValues(argv[0]);
    return 0;
}
