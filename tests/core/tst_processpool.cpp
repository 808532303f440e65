// SPDX-License-Identifier: GPL-3.0-or-later
// The process pool's contract: results and errors cross the process boundary, workers are
// bounded and recycled, crashes and cancels stay with their attempt, nothing outlives the host,
// and workers run at the run's priority. Volume and the fork server: tst_processbatches.

#include "core/engine/Run.h"
#include "tests/core/ProcessPoolFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <cstring>

using namespace volnux;
using namespace volnux::test;

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
