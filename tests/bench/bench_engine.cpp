// SPDX-License-Identifier: GPL-3.0-or-later
// Engine overhead against raw QThreadPool, and proof that backoff holds no worker.
// Not part of the pass/fail suite: run build/bench/bench_engine (tests/bench/README.md).

#include "core/engine/Run.h"
#include "core/errors/ErrorTypes.h"
#include "core/events/EventRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace volnux;

namespace {
int kNoopTasks = 200000; // argv[1] overrides (profiling runs)
constexpr int kFailingTasks = 2000;

// CPU time of the whole process (every thread), in seconds: the cost of the work itself, which a
// busy machine disturbs far less than it disturbs wall time.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Rate
{
    double perSecond = 0;
    double cpuMicrosPerTask = 0;
};

Rate rawThreadPool(int workers)
{
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    std::atomic<int> done{0};
    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kNoopTasks; ++i)
        pool.start([&done] { done.fetch_add(1, std::memory_order_relaxed); });
    pool.waitForDone();
    const double seconds = timer.nsecsElapsed() / 1e9;
    return {done.load() / seconds, (cpuSeconds() - cpu) * 1e6 / kNoopTasks};
}

RunSpec spec(const QString &type, int tasks, EventOptions options)
{
    EventSpec event;
    event.name = QStringLiteral("bench");
    event.eventType = type;
    event.inputs = TaskInputs::indices(tasks);
    event.options = std::move(options);
    RunSpec run;
    run.events = {event};
    return run;
}

Rate engine(int workers, int *succeeded)
{
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = workers;
    Run run(spec(QStringLiteral("noop"), kNoopTasks, options));
    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    run.start();
    // Consume the record stream as the CLI and the GUI do: drained in batches while it runs.
    size_t records = 0;
    int finishedTasks = 0;
    auto drain = [&] {
        run.readRecords([&](const RunRecord &r) {
            ++records;
            finishedTasks += r.type == RecordType::TaskFinished;
        });
    };
    while (!run.waitForFinished(10))
        drain();
    drain();
    const double seconds = timer.nsecsElapsed() / 1e9;
    *succeeded = finishedTasks;
    return {kNoopTasks / seconds, (cpuSeconds() - cpu) * 1e6 / kNoopTasks};
}

double failingTwice(int workers)
{
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = workers;
    options.retry_policy = RetryPolicy{3, 0.5, 100, {}}; // waits: 0 s, then 1 s
    QElapsedTimer timer;
    timer.start();
    runToCompletion(spec(QStringLiteral("fails_twice"), kFailingTasks, options));
    return timer.nsecsElapsed() / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1)
        kNoopTasks = std::max(1, std::atoi(argv[1]));
    EventRegistry::instance().registerFunction(QStringLiteral("noop"),
                                               [](TaskContext &) { return TaskResult::ok(); });
    EventRegistry::instance().registerFunction(QStringLiteral("fails_twice"), [](TaskContext &ctx) {
        if (ctx.attempt() <= 2)
            throw Error(ErrorNames::ConnectionError, QStringLiteral("flaky"));
        return TaskResult::ok();
    });

    const int workers = 2;
    Rate bestRaw;
    Rate bestEngine;
    int succeeded = 0;
    for (int round = 0; round < 3; ++round) {
        const Rate raw = rawThreadPool(workers);
        if (raw.perSecond > bestRaw.perSecond)
            bestRaw = raw;
        const Rate run = engine(workers, &succeeded);
        if (run.perSecond > bestEngine.perSecond)
            bestEngine = run;
    }
    std::printf("no-op tasks: %d on %d workers (best of 3 rounds)\n", kNoopTasks, workers);
    std::printf("  raw QThreadPool::start     %10.0f tasks/s  %6.2f us CPU/task\n",
                bestRaw.perSecond, bestRaw.cpuMicrosPerTask);
    std::printf("  engine ThreadPoolExecutor  %10.0f tasks/s  %6.2f us CPU/task\n",
                bestEngine.perSecond, bestEngine.cpuMicrosPerTask);
    std::printf("  ratio engine/raw           %10.2f  (target >= 0.50)\n",
                bestEngine.perSecond / bestRaw.perSecond);
    const double wall = failingTwice(workers);
    std::printf("failing tasks: %d, each failing twice (waits 0 s then 1 s), %d workers\n",
                kFailingTasks, workers);
    std::printf("  wall time                  %10.2f s  (about 1 s: backoff holds no worker)\n",
                wall);
    return succeeded == kNoopTasks ? 0 : 1;
}
