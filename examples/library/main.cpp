// SPDX-License-Identifier: GPL-3.0-or-later
// Using the core library from C++: a class event, a function event, a run, and its records.
// Built by the tree as build/bin/volnux-example-library; quoted in the README.

#include "core/engine/Run.h"
#include "core/errors/ErrorTypes.h"
#include "core/events/EventRegistry.h"
#include "core/executors/ProcessPool.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace volnux;

// A class event: override process. Throwing fails the attempt (retried by the policy);
// returning TaskResult::fail(...) is a final failure.
class FetchEvent : public EventBase
{
public:
    TaskResult process(TaskContext &ctx) override
    {
        if (ctx.attempt() < 2)
            throw Error(ErrorNames::ConnectionRefusedError, QStringLiteral("mirror not up yet"));
        ctx.log(QStringLiteral("fetched %1").arg(ctx.input().toString()));
        return TaskResult::ok(ctx.input().toString().toUpper());
    }
};

int main(int argc, char **argv)
{
    // Register events first, then enable worker mode (for ProcessPoolExecutor), then run.
    EventOptions fetchOptions;
    fetchOptions.executor = ExecutorNames::ThreadPoolExecutor;
    fetchOptions.executor_config.max_workers = 2;
    fetchOptions.executor_config.thread_name_prefix = QStringLiteral("fetch_");
    fetchOptions.retry_policy = RetryPolicy{3, 0.05, 1.0, {ErrorNames::ConnectionError}};
    EventRegistry::instance().registerEventClass<FetchEvent>(QStringLiteral("Fetch"), fetchOptions);

    // A function event, as the tutorial's @event decorator.
    EventOptions countOptions;
    countOptions.stop_on_exception = true;
    EventRegistry::instance().registerFunction(
        QStringLiteral("count"),
        [](TaskContext &ctx) { return TaskResult::ok(ctx.previousResults().size()); }, countOptions);

    ProcessPool::enableWorkerMode(argc, argv);
    QCoreApplication app(argc, argv);

    RunSpec spec;
    EventSpec fetch{QStringLiteral("fetch"), QStringLiteral("Fetch"), {},
                    {QStringLiteral("a.csv"), QStringLiteral("b.csv")},
                    EventRegistry::instance().find(QStringLiteral("Fetch"))->defaults};
    EventSpec count{QStringLiteral("count"), QStringLiteral("count"), {}, {0},
                    EventRegistry::instance().find(QStringLiteral("count"))->defaults};
    spec.events = {fetch, count};

    QTextStream out(stdout);
    for (const RunRecord &r : runToCompletion(spec)) {
        if (r.type == RecordType::AttemptFinished)
            out << r.eventName << '[' << r.task << "] attempt " << r.attempt << '/' << r.maxAttempts
                << ' ' << toText(r.outcome) << " on " << r.thread << ' ' << r.errorType << '\n';
        if (r.type == RecordType::RunFinished)
            out << "run " << toText(r.runStatus) << '\n';
    }
    return 0;
}
