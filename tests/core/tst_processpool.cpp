// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Clock.h"
#include "core/engine/Run.h"
#include "core/errors/ErrorTypes.h"
#include "core/events/EventRegistry.h"
#include "core/executors/ProcessPool.h"
#include "core/executors/ProcessPoolExecutor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <deque>
#include <iostream>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace volnux;

// ---- events the workers run (registered before enableWorkerMode, in host and workers alike) ----

static TaskResult echo(TaskContext &c)
{
    c.log(QStringLiteral("first line"));
    c.log(QStringLiteral("input is ") + c.input().toString());
    return TaskResult::ok(c.input());
}

// Runs a while (so that attempts overlap) and returns its pid.
static TaskResult pidAfterNap(TaskContext &c)
{
    QThread::msleep(c.params().value(QStringLiteral("ms")).toUInt());
    return TaskResult::ok(qint64(::getpid()));
}

static TaskResult sleepUntilCancelled(TaskContext &c)
{
    QElapsedTimer timer;
    timer.start();
    while (!c.isCancelled() && timer.elapsed() < 20000)
        QThread::msleep(2);
    if (c.isCancelled())
        throw Error(ErrorNames::CancelledError, QStringLiteral("stopped on request"));
    return TaskResult::ok();
}

static TaskResult sleepIgnoringCancel(TaskContext &)
{
    std::this_thread::sleep_for(std::chrono::seconds(20));
    return TaskResult::ok();
}

static void registerTestEvents()
{
    auto &r = EventRegistry::instance();
    r.registerFunction(QStringLiteral("echo"), echo);
    r.registerFunction(QStringLiteral("fail"),
                       [](TaskContext &) { return TaskResult::fail(QStringLiteral("nope")); });
    r.registerFunction(QStringLiteral("throwVolnux"), [](TaskContext &) -> TaskResult {
        throw Error(ErrorNames::ConnectionRefusedError, QStringLiteral("port 9 refused"));
    });
    r.registerFunction(QStringLiteral("throwStd"), [](TaskContext &) -> TaskResult {
        throw std::runtime_error("disk on fire");
    });
    r.registerFunction(QStringLiteral("pid"), pidAfterNap);
    r.registerFunction(QStringLiteral("threadName"), [](TaskContext &) {
        return TaskResult::ok(QThread::currentThread()->objectName());
    });
    r.registerFunction(QStringLiteral("abort"), [](TaskContext &) -> TaskResult { ::abort(); });
    r.registerFunction(QStringLiteral("sigkill"), [](TaskContext &) -> TaskResult {
        ::raise(SIGKILL);
        return TaskResult::ok();
    });
    r.registerFunction(QStringLiteral("abortFirstAttempt"), [](TaskContext &c) {
        if (c.attempt() == 1)
            ::abort();
        return TaskResult::ok(c.attempt());
    });
    r.registerFunction(QStringLiteral("echoOrDie"), [](TaskContext &c) {
        if (c.input().toInt() < 0)
            ::raise(SIGKILL);
        return TaskResult::ok(c.input());
    });
    r.registerFunction(QStringLiteral("cooperativeSleep"), sleepUntilCancelled);
    r.registerFunction(QStringLiteral("ownNice"), [](TaskContext &) {
        return TaskResult::ok(::getpriority(PRIO_PROCESS, id_t(::gettid())));
    });
    r.registerFunction(QStringLiteral("stubbornSleep"), sleepIgnoringCancel);
    r.registerFunction(QStringLiteral("printer"), [](TaskContext &c) {
        for (int i = 0; i < 2000; ++i)
            std::printf("\x01\x02 garbage on stdout %d\n", i);
        std::cout << "more garbage" << std::endl;
        std::fflush(stdout);
        return TaskResult::ok(c.input());
    });
}

// ---- helpers ----

// Collects reports delivered from the executor's I/O thread.
class Collector
{
public:
    ExecutorEnvironment env(std::shared_ptr<Clock> clock = Clock::system())
    {
        return {std::move(clock),
                [this](AttemptReport &&r, int) { add(std::move(r)); },
                nullptr,
                {},
                {}};
    }
    void add(AttemptReport &&r)
    {
        std::lock_guard lock(m_mutex);
        (r.phase == AttemptReport::Phase::Started ? m_started : m_finished).push_back(std::move(r));
        m_changed.notify_all();
    }
    bool waitFinished(int count, int timeoutMs = 10000)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                  [&] { return int(m_finished.size()) >= count; });
    }
    bool waitStarted(int count, int timeoutMs = 10000)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                  [&] { return int(m_started.size()) >= count; });
    }
    std::vector<AttemptReport> finished()
    {
        std::lock_guard lock(m_mutex);
        return m_finished;
    }
    std::vector<AttemptReport> started()
    {
        std::lock_guard lock(m_mutex);
        return m_started;
    }
    AttemptReport finishedById(quint64 id)
    {
        for (const AttemptReport &r : finished()) {
            if (r.id == id)
                return r;
        }
        return {};
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<AttemptReport> m_started;
    std::vector<AttemptReport> m_finished;
};

// Jobs point at a scope and a cancellation flag their owner keeps alive (the engine, in a run);
// here the test process keeps them.
struct JobStore
{
    std::deque<AttemptScope> scopes;
    std::deque<std::atomic_bool> flags;
};

static JobStore &jobStore()
{
    static JobStore store;
    return store;
}

static AttemptJob job(quint64 id, const QString &type, QVariant input = {}, QVariantMap params = {})
{
    JobStore &store = jobStore();
    AttemptScope &scope = store.scopes.emplace_back();
    scope.eventType = type;
    scope.name = QString(type + QStringLiteral("-event"));
    scope.params = std::move(params);
    AttemptJob j;
    j.id = id;
    j.scope = &scope;
    j.input = std::move(input);
    j.task = int(id);
    j.cancelled = &store.flags.emplace_back(false);
    return j;
}

// `count` jobs of one scope (as an event's are), ids and inputs 0, 1, 2, ...; input `dies` is -1.
static std::vector<AttemptJob> jobsOfOneEvent(const QString &type, int count, int dies = -1,
                                              bool keepsValue = true)
{
    JobStore &store = jobStore();
    AttemptScope &scope = store.scopes.emplace_back();
    scope.eventType = type;
    scope.name = type;
    scope.keepsValue = keepsValue;
    std::vector<AttemptJob> jobs(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        AttemptJob &j = jobs[size_t(i)];
        j.id = quint64(i);
        j.scope = &scope;
        j.input = i == dies ? -1 : i;
        j.task = i;
        j.cancelled = &store.flags.emplace_back(false);
    }
    return jobs;
}

static std::atomic_bool *cancelFlag(const AttemptJob &j)
{
    return const_cast<std::atomic_bool *>(j.cancelled); // the store above owns it
}

static ExecutorInitializerConfig config(int workers, std::optional<int> tasksPerChild = EMPTY,
                                        std::optional<QString> prefix = EMPTY)
{
    ExecutorInitializerConfig c;
    c.max_workers = workers;
    c.max_tasks_per_child = tasksPerChild;
    c.thread_name_prefix = prefix;
    return c;
}

struct Child
{
    qint64 pid;
    char state;
};

// Every process whose parent is this test, zombies included (state 'Z').
static QList<Child> childProcesses()
{
    QList<Child> found;
    const QString self = QString::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid ...: comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1] == self.toLatin1())
            found.append({entry.toLongLong(), fields[0].at(0)});
    }
    return found;
}

static QString describe(const QList<Child> &list)
{
    QStringList out;
    for (const Child &c : list)
        out << QStringLiteral("%1(%2)").arg(c.pid).arg(QLatin1Char(c.state));
    return out.join(QLatin1Char(' '));
}

// ---- tests ----

class TestProcessPool : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void resultsAndErrorsRoundTrip_data();
    void resultsAndErrorsRoundTrip();
    void workersNeverExceedMaxWorkers_data();
    void workersNeverExceedMaxWorkers();
    void workerIsReplacedAfterMaxTasksPerChild_data();
    void workerIsReplacedAfterMaxTasksPerChild();
    void threadNamePrefixIsSeenInsideProcess();
    void crashFailsOnlyThatAttempt_data();
    void crashFailsOnlyThatAttempt();
    void cancelEndsRunningTaskPromptly_data();
    void cancelEndsRunningTaskPromptly();
    void cancelQueuedDropsWaitingAttempts();
    void shutdownStopsRunningWorkers();
    void workerThatCannotStart_data();
    void workerThatCannotStart();
    void stdoutOfProcessDoesNotCorruptTheChannel();
    void runRetriesAnAttemptWhoseWorkerCrashed();
    void workersDieWithAKilledHost();
    void workersRunAtTheRunsNice_data();
    void workersRunAtTheRunsNice();
    void manyShortAttemptsAreEachStartedThenFinished();
    void killedWorkerLosesNoFinishedReport_data();
    void killedWorkerLosesNoFinishedReport();
    void forkServerThatDiesTakesOnlyItsWorkers();
    void valueCrossesBackOnlyWhenKept();
};

void TestProcessPool::cleanup()
{
    ProcessPool::setWorkerProgram({});
    // Executors are destroyed at the end of each test: nothing of theirs may be left behind.
    const QList<Child> left = childProcesses();
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("children left: ") + describe(left)));
}

void TestProcessPool::resultsAndErrorsRoundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<AttemptOutcome>("outcome");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("log");

    const QVariantMap map{{"name", "ada"}, {"n", 3}, {"list", QVariantList{1.5, "x", true}}};
    QTest::newRow("value") << "echo" << QVariant(map) << AttemptOutcome::Success << QVariant(map)
                           << ""
                           << "" << QStringList{"first line", "input is "};
    QTest::newRow("string value") << "echo" << QVariant("héllo") << AttemptOutcome::Success
                                  << QVariant("héllo") << ""
                                  << "" << QStringList{"first line", "input is héllo"};
    QTest::newRow("returned failure")
        << "fail" << QVariant() << AttemptOutcome::Failure << QVariant("nope") << ""
        << "" << QStringList{};
    QTest::newRow("volnux error") << "throwVolnux" << QVariant() << AttemptOutcome::Error
                                  << QVariant() << "ConnectionRefusedError"
                                  << "port 9 refused" << QStringList{};
    QTest::newRow("std::runtime_error")
        << "throwStd" << QVariant() << AttemptOutcome::Error << QVariant() << "RuntimeError"
        << "disk on fire" << QStringList{};
}

void TestProcessPool::resultsAndErrorsRoundTrip()
{
    QFETCH(QString, type);
    QFETCH(QVariant, input);
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1), collector.env());
    executor->submit(job(7, type, input));
    QVERIFY(collector.waitFinished(1));
    executor->shutdown();

    const AttemptReport r = collector.finished().front();
    QCOMPARE(r.id, quint64(7));
    QFETCH(AttemptOutcome, outcome);
    QCOMPARE(toText(r.outcome), toText(outcome));
    QTEST(r.value, "value");
    QTEST(r.errorType, "errorType");
    QTEST(r.errorMessage, "message");
    QTEST(r.log, "log");
    QVERIFY(r.pid > 0);
    QVERIFY(r.pid != ::getpid());
    QCOMPARE(r.thread, QStringLiteral("worker-0"));
    // The started report came first, from the same worker, with the same start.
    QCOMPARE(collector.started().size(), size_t(1));
    const AttemptReport s = collector.started().front();
    QCOMPARE(s.pid, r.pid);
    QCOMPARE(s.start, r.start);
    QVERIFY(r.start <= r.end);
}

void TestProcessPool::workersNeverExceedMaxWorkers_data()
{
    QTest::addColumn<int>("workers");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("3") << 3;
}

void TestProcessPool::workersNeverExceedMaxWorkers()
{
    QFETCH(int, workers);
    const int tasks = 4 * workers;
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(workers), collector.env());
    for (int i = 0; i < tasks; ++i)
        executor->submit(job(quint64(i), "pid", {}, {{"ms", 40}}));
    int mostChildren = 0;
    while (!collector.waitFinished(tasks, 5)) {
        mostChildren = std::max(mostChildren, int(childProcesses().size()));
        QVERIFY(executor->workerCount() <= workers);
    }
    executor->shutdown();

    QVERIFY2(mostChildren <= workers, qPrintable(QString::number(mostChildren)));
    QSet<qint64> pids;
    std::vector<std::pair<double, int>> edges; // attempt intervals on the host clock
    for (const AttemptReport &r : collector.finished()) {
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
        QCOMPARE(r.value.toLongLong(), r.pid);
        pids.insert(r.pid);
        edges.push_back({r.start, +1});
        edges.push_back({r.end, -1});
    }
    std::sort(edges.begin(), edges.end()); // an end sorts before a start at the same instant
    int overlap = 0, most = 0;
    for (const auto &e : edges)
        most = std::max(most, overlap += e.second);
    QVERIFY2(most <= workers, qPrintable(QStringLiteral("%1 attempts overlapped").arg(most)));
    // Workers are reused: exactly `workers` processes ran every task, and they did run in parallel.
    QCOMPARE(pids.size(), workers);
    QCOMPARE(most, workers);
}

void TestProcessPool::workerIsReplacedAfterMaxTasksPerChild_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("perChild");
    QTest::addColumn<int>("tasks");
    QTest::newRow("1 worker, 3 per child") << 1 << 3 << 7;
    QTest::newRow("2 workers, 1 per child") << 2 << 1 << 6;
    QTest::newRow("2 workers, 5 per child") << 2 << 5 << 40;
}

void TestProcessPool::workerIsReplacedAfterMaxTasksPerChild()
{
    QFETCH(int, workers);
    QFETCH(int, perChild);
    QFETCH(int, tasks);
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(workers, perChild), collector.env());
    for (int i = 0; i < tasks; ++i)
        executor->submit(job(quint64(i), "pid", {}, {{"ms", 0}}));
    QVERIFY(collector.waitFinished(tasks));
    executor->shutdown();

    // No task is lost, and no process ran more than its share.
    QHash<qint64, int> perPid;
    for (const AttemptReport &r : collector.finished()) {
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
        ++perPid[r.pid];
    }
    QCOMPARE(int(collector.finished().size()), tasks);
    for (auto it = perPid.cbegin(); it != perPid.cend(); ++it)
        QVERIFY2(it.value() <= perChild,
                 qPrintable(QStringLiteral("pid %1 ran %2 tasks").arg(it.key()).arg(it.value())));
    QVERIFY(perPid.size() >= (tasks + perChild - 1) / perChild);
    if (workers == 1) { // in order: a a a b b b c
        const auto reports = collector.finished();
        for (int i = 1; i < tasks; ++i)
            QCOMPARE(reports[size_t(i)].pid == reports[size_t(i - 1)].pid, i % perChild != 0);
    }
}

void TestProcessPool::threadNamePrefixIsSeenInsideProcess()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(2, EMPTY, QString("pool-")), collector.env());
    for (int i = 0; i < 6; ++i)
        executor->submit(job(quint64(i), "threadName"));
    QVERIFY(collector.waitFinished(6));
    executor->shutdown();
    for (const AttemptReport &r : collector.finished()) {
        QVERIFY2(r.value == "pool-0" || r.value == "pool-1", qPrintable(r.value.toString()));
        QCOMPARE(r.thread, r.value.toString());
    }
}

void TestProcessPool::crashFailsOnlyThatAttempt_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<std::optional<int>>("tasksPerChild");
    // Recycled workers are forks of a fork server, which reaps them and tells how they ended.
    for (const std::optional<int> perChild : {std::optional<int>(), std::optional<int>(1000)}) {
        const char *how = perChild ? " (forked)" : "";
        QTest::addRow("abort()%s", how) << "abort"
                                        << "SIGABRT" << perChild;
        QTest::addRow("SIGKILL%s", how) << "sigkill"
                                        << "SIGKILL" << perChild;
    }
}

void TestProcessPool::crashFailsOnlyThatAttempt()
{
    QFETCH(QString, type);
    QFETCH(QString, signal);
    QFETCH(std::optional<int>, tasksPerChild);
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(2, tasksPerChild), collector.env());
    for (int i = 0; i < 10; ++i)
        executor->submit(i == 3 ? job(3, type) : job(quint64(i), "echo", i));
    QVERIFY(collector.waitFinished(10));
    const int workersAfter = executor->workerCount();
    executor->shutdown();

    for (const AttemptReport &r : collector.finished()) {
        if (r.id != 3) {
            QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
            QCOMPARE(r.value.toInt(), int(r.id));
            continue;
        }
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Error));
        QCOMPARE(r.errorType, ErrorNames::WorkerCrashedError);
        QVERIFY2(r.errorMessage.contains(signal), qPrintable(r.errorMessage));
        QVERIFY(r.pid > 0);
    }
    QVERIFY(workersAfter <= 2);
}

void TestProcessPool::cancelEndsRunningTaskPromptly_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("virtualClock");
    QTest::newRow("process checks isCancelled") << "cooperativeSleep" << false;
    QTest::newRow("process ignores cancellation") << "stubbornSleep" << false;
    // Grace periods run on real time: a virtual run clock that stands still must not stall them.
    QTest::newRow("ignores cancellation, virtual clock") << "stubbornSleep" << true;
}

void TestProcessPool::cancelEndsRunningTaskPromptly()
{
    QFETCH(QString, type);
    QFETCH(bool, virtualClock);
    Collector collector;
    auto executor = makeProcessPoolExecutor(
        config(1), collector.env(virtualClock ? Clock::fastForward() : Clock::system()));
    AttemptJob j = job(1, type);
    std::atomic_bool *flag = cancelFlag(j);
    executor->submit(std::move(j));
    QVERIFY(collector.waitStarted(1));
    QElapsedTimer timer;
    timer.start();
    flag->store(true);
    QVERIFY(collector.waitFinished(1, 3000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(toText(collector.finished().front().outcome), toText(AttemptOutcome::Cancelled));
    // The pool keeps working after a cancellation.
    executor->submit(job(2, "echo", "after"));
    QVERIFY(collector.waitFinished(2));
    QCOMPARE(collector.finishedById(2).value, QVariant("after"));
}

void TestProcessPool::cancelQueuedDropsWaitingAttempts()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1), collector.env());
    AttemptJob running = job(0, "cooperativeSleep");
    std::atomic_bool *flag = cancelFlag(running);
    executor->submit(std::move(running));
    for (int i = 1; i <= 5; ++i)
        executor->submit(job(quint64(i), "echo", i));
    QVERIFY(collector.waitStarted(1));
    executor->cancelQueued();
    QVERIFY(collector.waitFinished(5, 2000));
    for (const AttemptReport &r : collector.finished()) {
        QVERIFY(r.id != 0);
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Cancelled));
        QCOMPARE(r.errorType, ErrorNames::CancelledError);
    }
    flag->store(true);
    QVERIFY(collector.waitFinished(6, 2000));
    QCOMPARE(toText(collector.finishedById(0).outcome), toText(AttemptOutcome::Cancelled));
    QCOMPARE(int(collector.started().size()), 1);
}

void TestProcessPool::shutdownStopsRunningWorkers()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(2), collector.env());
    for (int i = 0; i < 4; ++i)
        executor->submit(job(quint64(i), "stubbornSleep"));
    QVERIFY(collector.waitStarted(2));
    QCOMPARE(int(childProcesses().size()), 2);
    QElapsedTimer timer;
    timer.start();
    executor->shutdown();
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(executor->workerCount(), 0);
    QCOMPARE(int(collector.finished().size()), 4);
    for (const AttemptReport &r : collector.finished())
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Cancelled));
    QVERIFY(childProcesses().isEmpty());
}

void TestProcessPool::workerThatCannotStart_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such program") << "/nonexistent/volnux-worker"
                                     << "No such file";
    QTest::newRow("not a volnux worker") << "/bin/true"
                                         << "before it was ready";
}

void TestProcessPool::workerThatCannotStart()
{
    QFETCH(QString, program);
    QFETCH(QString, message);
    ProcessPool::setWorkerProgram(program);
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1), collector.env());
    executor->submit(job(1, "echo", 1));
    executor->submit(job(2, "echo", 2));
    QVERIFY(collector.waitFinished(2));
    executor->shutdown();
    for (const AttemptReport &r : collector.finished()) {
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Error));
        QCOMPARE(r.errorType, ErrorNames::OSError);
        QVERIFY2(r.errorMessage.contains(message), qPrintable(r.errorMessage));
    }
}

void TestProcessPool::stdoutOfProcessDoesNotCorruptTheChannel()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1), collector.env());
    executor->submit(job(1, "printer", "intact"));
    executor->submit(job(2, "echo", "next"));
    QVERIFY(collector.waitFinished(2));
    executor->shutdown();
    QCOMPARE(collector.finishedById(1).value, QVariant("intact"));
    QCOMPARE(collector.finishedById(2).value, QVariant("next"));
}

void TestProcessPool::runRetriesAnAttemptWhoseWorkerCrashed()
{
    EventSpec event;
    event.name = QStringLiteral("flaky");
    event.eventType = QStringLiteral("abortFirstAttempt");
    event.inputs = {1, 2};
    event.options.executor = ExecutorNames::ProcessPoolExecutor;
    event.options.executor_config = config(2);
    RetryPolicy policy;
    policy.max_attempts = 3;
    event.options.retry_policy = policy;
    RunSpec spec;
    spec.events = {event};

    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    QStringList crashes;
    int succeeded = 0;
    for (const RunRecord &r : records) {
        if (r.type == RecordType::AttemptFinished && r.attempt == 1)
            crashes << r.errorType;
        if (r.type == RecordType::TaskFinished && r.taskStatus == TaskStatus::Succeeded)
            ++succeeded;
        if (r.type == RecordType::AttemptFinished && r.attempt == 2) {
            QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
            QCOMPARE(r.value.toInt(), 2);
        }
    }
    QCOMPARE(crashes, QStringList(2, ErrorNames::WorkerCrashedError));
    QCOMPARE(succeeded, 2);
    QCOMPARE(toText(records.back().runStatus), toText(RunStatus::Succeeded));
}

static constexpr const char *kHostHelperFlag = "--host-helper";

// A host that starts a worker on a long task, prints the worker's pid and waits to be killed.
static int runHostHelper()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1), collector.env());
    executor->submit(job(1, "stubbornSleep"));
    if (!collector.waitStarted(1))
        return 1;
    std::printf("%lld\n", qint64(collector.started().front().pid));
    std::fflush(stdout);
    std::this_thread::sleep_for(std::chrono::seconds(30));
    return 0;
}

void TestProcessPool::workersRunAtTheRunsNice_data()
{
    QTest::addColumn<std::optional<int>>("perChild");
    QTest::newRow("started as programs") << std::optional<int>();
    QTest::newRow("forks of the fork server") << std::optional<int>(50);
}

// RunSpec::nice (the studio's runs) reaches the thread that runs attempts in each worker.
void TestProcessPool::workersRunAtTheRunsNice()
{
    QFETCH(std::optional<int>, perChild);
    Collector collector;
    ExecutorEnvironment env = collector.env();
    env.nice = 4;
    const int ours = ::getpriority(PRIO_PROCESS, id_t(::gettid()));
    auto executor = makeProcessPoolExecutor(config(2, perChild), env);
    for (int i = 0; i < 4; ++i)
        executor->submit(job(quint64(i), "ownNice"));
    QVERIFY(collector.waitFinished(4));
    executor->shutdown();
    for (const AttemptReport &r : collector.finished())
        QCOMPARE(r.value.toInt(), std::max(4, ours));
}

void TestProcessPool::workersDieWithAKilledHost()
{
    QProcess host;
    host.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kHostHelperFlag)});
    QVERIFY(host.waitForReadyRead(10000));
    const qint64 worker = host.readLine().trimmed().toLongLong();
    QVERIFY(worker > 0);
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(worker)));
    host.kill(); // SIGKILL: the host gets no chance to shut its pool down
    QVERIFY(host.waitForFinished(5000));
    // The worker is gone (or, where nobody reaps orphans, at least no longer running).
    const auto running = [worker] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(worker));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
    };
    QTRY_VERIFY_WITH_TIMEOUT(!running(), 2000);
}

// Thousands of short attempts go to the workers in batches and come back several to a frame:
// each is still reported once as started (on its worker's thread, by its pid) and once as
// finished, with its own value, and the start both reports give is the same.
void TestProcessPool::manyShortAttemptsAreEachStartedThenFinished()
{
    constexpr int kCount = 3000;
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(2), collector.env());
    for (AttemptJob &j : jobsOfOneEvent(QStringLiteral("echo"), kCount))
        executor->submit(std::move(j));
    QVERIFY(collector.waitFinished(kCount));
    executor->shutdown();
    QHash<quint64, AttemptReport> started;
    for (const AttemptReport &r : collector.started()) {
        QVERIFY2(!started.contains(r.id), qPrintable(QString::number(r.id)));
        QVERIFY(r.pid > 0);
        QVERIFY2(r.thread == QStringLiteral("worker-0") || r.thread == QStringLiteral("worker-1"),
                 qPrintable(r.thread.toString()));
        started.insert(r.id, r);
    }
    QCOMPARE(started.size(), kCount);
    QSet<quint64> finished;
    for (const AttemptReport &r : collector.finished()) {
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
        QCOMPARE(r.value.toInt(), int(r.id));
        QCOMPARE(r.log.size(), 2);
        QCOMPARE(r.start, started.value(r.id).start);
        QCOMPARE(r.pid, started.value(r.id).pid);
        QVERIFY(r.end >= r.start);
        finished.insert(r.id);
    }
    QCOMPARE(finished.size(), kCount);
}

// A worker killed outright (SIGKILL: no handler runs) in the middle of a batch: the attempts it
// had finished keep their results, though it had not sent them yet; only the one it was running
// fails, and the rest run on a fresh worker.
void TestProcessPool::killedWorkerLosesNoFinishedReport_data()
{
    QTest::addColumn<std::optional<int>>("tasksPerChild");
    QTest::newRow("started") << std::optional<int>();
    QTest::newRow("forked") << std::optional<int>(700);
}

void TestProcessPool::killedWorkerLosesNoFinishedReport()
{
    constexpr int kCount = 2000;
    constexpr int kDies = 1500;
    QFETCH(std::optional<int>, tasksPerChild);
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1, tasksPerChild), collector.env());
    for (AttemptJob &j : jobsOfOneEvent(QStringLiteral("echoOrDie"), kCount, kDies))
        executor->submit(std::move(j));
    QVERIFY(collector.waitFinished(kCount));
    executor->shutdown();
    QSet<quint64> seen;
    for (const AttemptReport &r : collector.finished()) {
        QVERIFY2(!seen.contains(r.id), qPrintable(QString::number(r.id)));
        seen.insert(r.id);
        if (r.id == kDies) {
            QCOMPARE(r.errorType, ErrorNames::WorkerCrashedError);
            QVERIFY2(r.errorMessage.contains(QStringLiteral("SIGKILL")),
                     qPrintable(r.errorMessage));
            continue;
        }
        QVERIFY2(r.outcome == AttemptOutcome::Success,
                 qPrintable(QStringLiteral("%1: %2").arg(r.id).arg(r.errorMessage)));
        QCOMPARE(r.value.toInt(), int(r.id));
    }
    QCOMPARE(seen.size(), kCount);
}

// Killing the fork server kills the workers forked from it (their running attempts fail as
// crashed, and run again when the policy allows); the pool starts another server and goes on.
void TestProcessPool::forkServerThatDiesTakesOnlyItsWorkers()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(2, 5, QString("pool-")), collector.env());
    for (int i = 0; i < 4; ++i)
        executor->submit(job(quint64(i), "cooperativeSleep"));
    QVERIFY(collector.waitStarted(2));
    qint64 server = 0;
    for (const Child &c : childProcesses()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(c.pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("fork-server"))
            server = c.pid;
    }
    QVERIFY2(server > 0, "no fork server among the children");
    ::kill(pid_t(server), SIGKILL);
    QVERIFY(collector.waitFinished(2));
    for (const AttemptReport &r : collector.finished()) {
        QCOMPARE(r.errorType, ErrorNames::WorkerCrashedError);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("fork server")),
                 qPrintable(r.errorMessage));
    }
    // The other two attempts run on forks of a new server; shutting down cancels them.
    QVERIFY(collector.waitStarted(4));
    executor->shutdown();
    const std::vector<AttemptReport> finished = collector.finished();
    QCOMPARE(int(finished.size()), 4);
    QCOMPARE(toText(finished[2].outcome), toText(AttemptOutcome::Cancelled));
    QCOMPARE(toText(finished[3].outcome), toText(AttemptOutcome::Cancelled));
}

// A scope that does not keep values: a success's value stays in the worker, a returned failure's
// comes back (it says why the task failed).
void TestProcessPool::valueCrossesBackOnlyWhenKept()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1), collector.env());
    for (AttemptJob &j : jobsOfOneEvent(QStringLiteral("echo"), 3, -1, false))
        executor->submit(std::move(j));
    std::vector<AttemptJob> failing = jobsOfOneEvent(QStringLiteral("fail"), 1, -1, false);
    failing[0].id = 3;
    executor->submit(std::move(failing[0]));
    QVERIFY(collector.waitFinished(4));
    executor->shutdown();
    for (const AttemptReport &r : collector.finished()) {
        if (r.id == 3) {
            QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Failure));
            QCOMPARE(r.value.toString(), QStringLiteral("nope"));
        } else {
            QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
            QVERIFY(!r.value.isValid());
            QCOMPARE(r.log.size(), 2); // the rest of the report still comes
        }
    }
}

int main(int argc, char **argv)
{
    registerTestEvents();
    ProcessPool::enableWorkerMode(argc, argv); // in a worker, never returns
    QCoreApplication app(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], kHostHelperFlag) == 0)
        return runHostHelper();
    TestProcessPool test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_processpool.moc"
