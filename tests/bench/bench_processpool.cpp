// SPDX-License-Identifier: GPL-3.0-or-later
// Tasks per second through ProcessPoolExecutor: 20,000 trivial tasks on 2 workers, with workers
// kept for the whole run and with max_tasks_per_child = 50. Python's ProcessPoolExecutor manages
// a few thousand trivial tasks per second on a machine like ours.

#include "core/engine/Clock.h"
#include "core/events/EventRegistry.h"
#include "core/executors/ProcessPool.h"
#include "core/executors/ProcessPoolExecutor.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <condition_variable>
#include <cstdio>
#include <mutex>

using namespace volnux;

namespace {

constexpr int kTasks = 20000;
constexpr int kWorkers = 2;

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

} // namespace

int main(int argc, char **argv)
{
    EventRegistry::instance().registerFunction(
        QStringLiteral("noop"), [](TaskContext &c) { return TaskResult::ok(c.input()); });
    ProcessPool::enableWorkerMode(argc, argv);
    QCoreApplication app(argc, argv);

    std::printf("ProcessPoolExecutor, %d workers, trivial tasks\n", kWorkers);
    print("workers reused", measure(EMPTY));
    print("max_tasks_per_child = 50", measure(50));
    return 0;
}
