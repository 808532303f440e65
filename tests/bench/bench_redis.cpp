// SPDX-License-Identifier: GPL-3.0-or-later
// RedisExecutor through real volnux-worker processes and a private redis-server (Unix socket):
// tasks per second of trivial `simulate` attempts with 2 workers (target >= 20,000) and with 16
// worker processes (how throughput and fairness behave), then the round trip of one attempt at a
// time: p50 and p99. Usage: bench_redis [tasks]

#include "core/cluster/RedisExecutor.h"
#include "core/kinds/BuiltinKinds.h"
#include "tests/support/RedisServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <mutex>

using namespace volnux;
using namespace volnux::test;

namespace {

struct Collector
{
    std::mutex mutex;
    std::condition_variable done;
    int finished = 0;
    int succeeded = 0;
    QHash<qint64, int> perWorker;

    ExecutorEnvironment env(const RedisServer &server)
    {
        auto cluster = std::make_shared<ClusterConfig>();
        cluster->redisUrl = server.url();
        cluster->queue = QStringLiteral("test");
        return {Clock::system(),
                [this](AttemptReport &&r, int) {
                    if (r.phase != AttemptReport::Phase::Finished)
                        return;
                    std::lock_guard lock(mutex);
                    succeeded += r.outcome == AttemptOutcome::Success;
                    ++perWorker[r.pid];
                    ++finished;
                    done.notify_all();
                },
                nullptr,
                {},
                {},
                cluster};
    }
    void waitFor(int count)
    {
        std::unique_lock lock(mutex);
        done.wait(lock, [&] { return finished >= count; });
    }
};

AttemptJob job(const AttemptScope &scope, const std::atomic_bool &flag, int i)
{
    AttemptJob j;
    j.id = quint64(i);
    j.scope = &scope;
    j.task = i;
    j.input = i;
    j.cancelled = &flag;
    return j;
}

void throughput(int workers, int tasks)
{
    RedisServer server;
    if (!server.start()) {
        std::printf("cannot start redis-server\n");
        return;
    }
    for (int w = 0; w < workers; ++w)
        server.startWorker(QStringLiteral("w%1").arg(w));
    server.waitForWorkers(workers);
    AttemptScope scope;
    scope.eventType = QStringLiteral("simulate");
    scope.name = scope.eventType;
    const std::atomic_bool notCancelled{false};
    Collector collector;
    QElapsedTimer timer;
    timer.start();
    {
        RedisExecutor executor({}, *collector.env(server).cluster, collector.env(server));
        for (int i = 0; i < tasks; ++i)
            executor.submit(job(scope, notCancelled, i));
        collector.waitFor(tasks);
        const double seconds = timer.nsecsElapsed() / 1e9;
        int least = tasks;
        int most = 0;
        for (int n : std::as_const(collector.perWorker)) {
            least = std::min(least, n);
            most = std::max(most, n);
        }
        std::printf("%2d workers: %d tasks in %.2f s = %.0f tasks/s (%d succeeded; per worker "
                    "%d to %d)\n",
                    workers, tasks, seconds, tasks / seconds, collector.succeeded, least, most);
    }
}

void latency(int rounds)
{
    RedisServer server;
    if (!server.start())
        return;
    server.startWorker(QStringLiteral("w0"));
    server.waitForWorkers(1);
    AttemptScope scope;
    scope.eventType = QStringLiteral("simulate");
    scope.name = scope.eventType;
    const std::atomic_bool notCancelled{false};
    Collector collector;
    RedisExecutor executor({}, *collector.env(server).cluster, collector.env(server));
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        executor.submit(job(scope, notCancelled, i));
        collector.waitFor(i + 1);
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("round trip of one attempt (%d rounds): p50 %.2f ms, p99 %.2f ms\n", rounds,
                ms[ms.size() / 2], ms[ms.size() * 99 / 100]);
}

} // namespace

int main(int argc, char **argv)
{
    registerBuiltinKinds();
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("VOLNUX_BIN_DIR"))
        qputenv("VOLNUX_BIN_DIR",
                (QCoreApplication::applicationDirPath() + QStringLiteral("/../bin")).toLocal8Bit());
    const int tasks = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50000;
    std::printf("target: >= 20000 tasks/s with 2 workers\n");
    throughput(2, tasks);
    throughput(16, tasks);
    latency(500);
    return 0;
}
