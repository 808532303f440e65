// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"

#include "core/errors/ErrorTypes.h"

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>

using namespace volnux;
using namespace volnux::test;

namespace {
std::atomic<int> g_running{0};
std::atomic<int> g_peak{0};
thread_local int t_tasksOnThisThread = 0;
QMutex g_mutex;
QList<QPair<QString, int>> g_seen; // thread name, tasks this thread had run including this one

void resetProbes()
{
    g_running = 0;
    g_peak = 0;
    QMutexLocker lock(&g_mutex);
    g_seen.clear();
}

// Measures concurrency and records what the task sees of its thread.
TaskResult probe(TaskContext &ctx)
{
    const int now = ++g_running;
    int peak = g_peak.load();
    while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
    }
    ++t_tasksOnThisThread;
    {
        QMutexLocker lock(&g_mutex);
        g_seen.append({QThread::currentThread()->objectName(), t_tasksOnThisThread});
    }
    QThread::usleep(ctx.params().value(QStringLiteral("us"), 2000).toInt());
    --g_running;
    return TaskResult::ok();
}

EventSpec poolEvent(int tasks, ExecutorInitializerConfig config, int sleepUs = 2000)
{
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config = std::move(config);
    EventSpec spec = eventSpec("pool", "probe", tasks, options);
    spec.params.insert(QStringLiteral("us"), sleepUs);
    return spec;
}
} // namespace

class TestThreadPool : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { resetProbes(); }
    void maxWorkersIsNeverExceeded_data();
    void maxWorkersIsNeverExceeded();
    void emptyMaxWorkersMeansProcessorCount();
    void threadNamesCarryThePrefix();
    void eventsReuseThreadsButNotTheirNames();
    void runNiceReachesWorkersAndTheEngine();
    void workersAreRecycledAfterMaxTasks_data();
    void workersAreRecycledAfterMaxTasks();
    void backoffHoldsNoWorker();
    void retryStartsOnTimeWithRealClock();
};

void TestThreadPool::initTestCase()
{
    EventRegistry::instance().registerFunction("probe", probe);
}

void TestThreadPool::maxWorkersIsNeverExceeded_data()
{
    QTest::addColumn<int>("workers");
    QTest::newRow("1 worker") << 1;
    QTest::newRow("2 workers") << 2;
    QTest::newRow("4 workers") << 4;
}

void TestThreadPool::maxWorkersIsNeverExceeded()
{
    QFETCH(int, workers);
    ExecutorInitializerConfig config;
    config.max_workers = workers;
    RunSpec spec;
    // 10 ms tasks: long enough that every worker is started while others still run, even on a
    // loaded machine or under ThreadSanitizer (2 ms let 3 of 4 workers finish all 40 there).
    spec.events = {poolEvent(40, config, 10000)};
    const RunRecords records = runToCompletion(spec);
    QCOMPARE(g_peak.load(), workers); // reached, and never exceeded
    QSet<QString> threads;
    for (const RunRecord &r : select(records, RecordType::AttemptStarted))
        threads.insert(r.thread);
    QCOMPARE(threads.size(), workers);
    QCOMPARE(last(records, RecordType::EventFinished).counts.succeeded(), 40);
}

void TestThreadPool::emptyMaxWorkersMeansProcessorCount()
{
    const ExecutorInitializerConfig config; // every field EMPTY
    QCOMPARE(config.resolvedMaxWorkers(), QThread::idealThreadCount());
    RunSpec spec;
    spec.events = {poolEvent(4 * QThread::idealThreadCount(), config)};
    runToCompletion(spec);
    QCOMPARE(g_peak.load(), QThread::idealThreadCount());
}

void TestThreadPool::threadNamesCarryThePrefix()
{
    ExecutorInitializerConfig config;
    config.max_workers = 2;
    config.thread_name_prefix = QStringLiteral("fetch_");
    RunSpec spec;
    spec.events = {poolEvent(10, config)};
    const RunRecords records = runToCompletion(spec);
    QSet<QString> seenInside;
    for (const auto &[name, count] : std::as_const(g_seen))
        seenInside.insert(name);
    QCOMPARE(seenInside, (QSet<QString>{"fetch_0", "fetch_1"}));
    for (const RunRecord &r : select(records, RecordType::AttemptStarted))
        QVERIFY(seenInside.contains(r.thread));
}

void TestThreadPool::eventsReuseThreadsButNotTheirNames()
{
    // Events one after another: a later event's worker runs on a thread an earlier event's
    // worker left (no thread started and joined per event), and never under the earlier name.
    ExecutorInitializerConfig named;
    named.max_workers = 1;
    named.thread_name_prefix = QStringLiteral("first_");
    ExecutorInitializerConfig plain;
    plain.max_workers = 1;
    RunSpec spec;
    for (int i = 0; i < 20; ++i) {
        spec.events.push_back(poolEvent(1, i % 2 ? plain : named));
        spec.events.back().name = QStringLiteral("e%1").arg(i);
    }
    runToCompletion(spec);
    QCOMPARE(g_seen.size(), 20);
    int mostOnOneThread = 0;
    for (qsizetype i = 0; i < g_seen.size(); ++i) {
        const QString &name = g_seen[i].first;
        QVERIFY2(i % 2 ? !name.startsWith(QLatin1String("first_")) : name == "first_0",
                 qPrintable(QStringLiteral("event %1 ran on %2").arg(i).arg(name)));
        mostOnOneThread = std::max(mostOnOneThread, g_seen[i].second);
    }
    QVERIFY2(mostOnOneThread > 1, "every event ran on a thread of its own");
}

void TestThreadPool::runNiceReachesWorkersAndTheEngine()
{
    // RunSpec::nice (the studio's runs): the worker threads' and the engine thread's nice value,
    // where the default executor's tasks run. Only ever raised, never lowered.
    static std::atomic<int> seen[2];
    EventRegistry::instance().registerFunction("nice_probe", [](TaskContext &ctx) {
        errno = 0;
        const int nice = ::getpriority(PRIO_PROCESS, id_t(::gettid()));
        seen[ctx.params().value(QStringLiteral("slot")).toInt()] = errno == 0 ? nice : -100;
        return TaskResult::ok();
    });
    EventOptions pool;
    pool.executor = ExecutorNames::ThreadPoolExecutor;
    pool.executor_config.max_workers = 1;
    RunSpec spec;
    spec.events = {eventSpec("pooled", "nice_probe", 1, pool),
                   eventSpec("engine", "nice_probe", 1)};
    spec.events[0].params.insert(QStringLiteral("slot"), 0);
    spec.events[1].params.insert(QStringLiteral("slot"), 1);
    spec.nice = 3;
    const int before = ::getpriority(PRIO_PROCESS, id_t(::gettid()));
    runToCompletion(spec);
    QCOMPARE(seen[0].load(), std::max(3, before));
    QCOMPARE(seen[1].load(), std::max(3, before));
    QCOMPARE(::getpriority(PRIO_PROCESS, id_t(::gettid())), before); // not the caller's thread
}

void TestThreadPool::workersAreRecycledAfterMaxTasks_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("perChild");
    QTest::newRow("1 worker, 3 per child") << 1 << 3;
    QTest::newRow("2 workers, 1 per child") << 2 << 1;
    QTest::newRow("4 workers, 5 per child") << 4 << 5;
}

void TestThreadPool::workersAreRecycledAfterMaxTasks()
{
    QFETCH(int, workers);
    QFETCH(int, perChild);
    ExecutorInitializerConfig config;
    config.max_workers = workers;
    config.max_tasks_per_child = perChild;
    config.thread_name_prefix = QStringLiteral("w");
    const int tasks = 24;
    RunSpec spec;
    spec.events = {poolEvent(tasks, config, 500)};
    const RunRecords records = runToCompletion(spec);
    QCOMPARE(last(records, RecordType::EventFinished).counts.succeeded(), tasks);
    QCOMPARE(int(g_seen.size()), tasks);
    QHash<QString, int> perName;
    for (const auto &[name, count] : std::as_const(g_seen)) {
        // A fresh thread starts its own count: no thread ever runs more than max_tasks_per_child.
        QVERIFY2(count <= perChild, qPrintable(name));
        ++perName[name];
    }
    for (auto it = perName.cbegin(); it != perName.cend(); ++it)
        QVERIFY2(it.value() <= perChild, qPrintable(it.key()));
    QVERIFY(perName.size() >= (tasks + perChild - 1) / perChild);
    QVERIFY(g_peak.load() <= workers);
}

void TestThreadPool::backoffHoldsNoWorker()
{
    // One worker, 20 tasks that each fail twice: waits of 0 then 200 ms. Were a waiting task to
    // hold the worker, the run would take 20 x 200 ms; scheduled retries overlap instead.
    EventRegistry::instance().registerFunction("fails_twice_fast", [](TaskContext &ctx) {
        if (ctx.attempt() <= 2)
            throw Error(ErrorNames::ConnectionError, QStringLiteral("down"));
        return TaskResult::ok();
    });
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = 1;
    options.retry_policy = RetryPolicy{3, 0.1, 10, {}};
    RunSpec spec;
    spec.events = {eventSpec("e", "fails_twice_fast", 20, options)};
    const RunRecords records = runToCompletion(spec);
    QCOMPARE(last(records, RecordType::EventFinished).counts.succeeded(), 20);
    QCOMPARE(select(records, RecordType::AttemptStarted).size(), size_t(60));
    const double total = last(records, RecordType::RunFinished).time;
    QVERIFY2(total >= 200 && total < 1500, qPrintable(QString::number(total)));
    // While a task waits out its backoff, others start on the single worker.
    const RunRecords retries = select(records, RecordType::RetryScheduled);
    const RunRecord &firstLongWait = *std::find_if(
        retries.begin(), retries.end(), [](const RunRecord &r) { return r.nextDelay > 0; });
    const double waitStart =
        select(records, RecordType::AttemptFinished, 0, firstLongWait.task)[1].end;
    int startedDuringWait = 0;
    for (const RunRecord &r : select(records, RecordType::AttemptStarted)) {
        if (r.task != firstLongWait.task && r.start > waitStart && r.start < firstLongWait.due)
            ++startedDuringWait;
    }
    QVERIFY2(startedDuringWait > 0, "no attempt started while a task waited");
}

void TestThreadPool::retryStartsOnTimeWithRealClock()
{
    EventRegistry::instance().registerFunction("fails_twice", [](TaskContext &ctx) {
        if (ctx.attempt() <= 2)
            throw Error(ErrorNames::TimeoutError, QStringLiteral("slow"));
        return TaskResult::ok();
    });
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.retry_policy = RetryPolicy{3, 0.1, 10, {}};
    RunSpec spec;
    spec.events = {eventSpec("e", "fails_twice", 1, options)};
    const RunRecords records = runToCompletion(spec);
    const RunRecord scheduled = select(records, RecordType::RetryScheduled)[1];
    QCOMPARE(scheduled.nextDelay, 200.0);
    const RunRecord third = select(records, RecordType::AttemptStarted)[2];
    const double late = third.start - scheduled.due;
    QVERIFY2(late >= -0.5 && late < 25, qPrintable(QString::number(late)));
}

QTEST_GUILESS_MAIN(TestThreadPool)
#include "tst_threadpool.moc"
