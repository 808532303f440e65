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

using namespace volnux;

namespace {
int kNoopTasks = 200000; // argv[1] overrides (profiling runs)
constexpr int kFailingTasks = 2000;

double rawThreadPool(int workers)
{
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    std::atomic<int> done{0};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kNoopTasks; ++i)
        pool.start([&done] { done.fetch_add(1, std::memory_order_relaxed); });
    pool.waitForDone();
    const double seconds = timer.nsecsElapsed() / 1e9;
    return done.load() / seconds;
}

RunSpec spec(const QString &type, int tasks, EventOptions options)
{
    EventSpec event;
    event.name = QStringLiteral("bench");
    event.eventType = type;
    event.inputs.reserve(tasks);
    for (int i = 0; i < tasks; ++i)
        event.inputs.append(i);
    event.options = std::move(options);
    RunSpec run;
    run.events = {event};
    return run;
}

double engine(int workers, int *succeeded)
{
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = workers;
    Run run(spec(QStringLiteral("noop"), kNoopTasks, options));
    QElapsedTimer timer;
    timer.start();
    run.start();
    // Consume the record stream as the CLI and the GUI do: drained in batches while it runs.
    size_t records = 0;
    int finishedTasks = 0;
    auto drain = [&] {
        for (const RunRecord &r : run.takeRecords()) {
            ++records;
            finishedTasks += r.type == RecordType::TaskFinished;
        }
    };
    while (!run.waitForFinished(10))
        drain();
    drain();
    const double seconds = timer.nsecsElapsed() / 1e9;
    *succeeded = finishedTasks;
    return kNoopTasks / seconds;
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
    double bestRaw = 0;
    double bestEngine = 0;
    int succeeded = 0;
    for (int round = 0; round < 3; ++round) {
        bestRaw = std::max(bestRaw, rawThreadPool(workers));
        bestEngine = std::max(bestEngine, engine(workers, &succeeded));
    }
    std::printf("no-op tasks: %d on %d workers (best of 3 rounds)\n", kNoopTasks, workers);
    std::printf("  raw QThreadPool::start     %10.0f tasks/s\n", bestRaw);
    std::printf("  engine ThreadPoolExecutor  %10.0f tasks/s\n", bestEngine);
    std::printf("  ratio engine/raw           %10.2f  (target >= 0.50)\n", bestEngine / bestRaw);
    const double wall = failingTwice(workers);
    std::printf("failing tasks: %d, each failing twice (waits 0 s then 1 s), %d workers\n",
                kFailingTasks, workers);
    std::printf("  wall time                  %10.2f s  (about 1 s: backoff holds no worker)\n",
                wall);
    return succeeded == kNoopTasks ? 0 : 1;
}
