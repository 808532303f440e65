// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"

#include "core/errors/ErrorTypes.h"
#include "core/executors/ProcessPool.h"
#include "core/kinds/BuiltinKinds.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace volnux;
using namespace volnux::test;

namespace {

// Attempts of "stubborn" that have returned: each ignores its context and returns late.
std::atomic_int g_stubbornReturned{0};

TaskResult stubborn(TaskContext &context)
{
    QThread::msleep(context.params().value(QStringLiteral("ms")).toUInt());
    ++g_stubbornReturned;
    return TaskResult::ok(QStringLiteral("late"));
}

void registerTestEvents()
{
    registerBuiltinKinds();
    EventRegistry::instance().registerFunction(QStringLiteral("stubborn"), stubborn);
}

RetryPolicy retryTimeouts(int attempts)
{
    RetryPolicy policy;
    policy.max_attempts = attempts;
    policy.backoff_factor = 0;
    policy.retry_on_exceptions = {ErrorNames::TimeoutError};
    return policy;
}

EventOptions timed(const QString &executor, int timeoutMs, std::optional<RetryPolicy> policy = {})
{
    EventOptions options;
    options.executor = executor;
    options.executor_config.max_workers = 2;
    options.timeout_ms = timeoutMs;
    options.retry_policy = std::move(policy);
    return options;
}

EventSpec withParams(EventSpec spec, QVariantMap params)
{
    spec.params = std::move(params);
    return spec;
}

RunRecords runToEnd(const RunSpec &spec, std::shared_ptr<Clock> clock = Clock::system())
{
    Run run(spec, std::move(clock));
    run.start();
    if (!run.waitForFinished(10000))
        qWarning("the run did not finish within 10 s");
    RunRecords records;
    run.takeRecords(records);
    return records;
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

const QString kDefault = ExecutorNames::DefaultExecutor;
const QString kThreads = ExecutorNames::ThreadPoolExecutor;
const QString kProcesses = ExecutorNames::ProcessPoolExecutor;

} // namespace

class TestAttemptTimeout : public QObject
{
    Q_OBJECT
private slots:
    void cooperativeKindTimesOutAndIsRetried_data();
    void cooperativeKindTimesOutAndIsRetried();
    void attemptWithinItsLimitSucceeds_data();
    void attemptWithinItsLimitSucceeds();
    void timeoutIsRetriedOnlyWhenListed();
    void threadPoolReportsAStubbornAttemptAtTheDeadline();
    void deadlineWaitsOnTheRunsClock();
    void commandTimeoutsCombineSmallerWins_data();
    void commandTimeoutsCombineSmallerWins();
    void stoppedPoolWorkerIsKilledAndReplaced();
};

void TestAttemptTimeout::cooperativeKindTimesOutAndIsRetried_data()
{
    QTest::addColumn<QString>("executor");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariantMap>("params");
    for (const QString &executor : {kDefault, kThreads, kProcesses}) {
        QTest::addRow("sleep, %s", qPrintable(executor))
            << executor << "sleep" << QVariantMap{{"duration_ms", 5000}};
        QTest::addRow("compute, %s", qPrintable(executor))
            << executor << "compute" << QVariantMap{{"duration_ms", 5000}};
    }
}

void TestAttemptTimeout::cooperativeKindTimesOutAndIsRetried()
{
    QFETCH(QString, executor);
    QFETCH(QString, kind);
    QFETCH(QVariantMap, params);
    RunSpec spec;
    spec.events = {
        withParams(eventSpec("slow", kind, 1, timed(executor, 40, retryTimeouts(2))), params)};
    QElapsedTimer timer;
    timer.start();
    const RunRecords records = runToEnd(spec);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(attempts.size(), size_t(2));
    for (const RunRecord &r : attempts) {
        QCOMPARE(r.outcome, AttemptOutcome::Error);
        QCOMPARE(r.errorType, ErrorNames::TimeoutError);
        QVERIFY2(r.message.contains("timeout_ms of 40 ms"), qPrintable(r.message));
        QVERIFY2(r.end - r.start >= 39 && r.end - r.start < 1000,
                 qPrintable(QString::number(r.end - r.start)));
    }
    QCOMPARE(select(records, RecordType::RetryScheduled).size(), size_t(1));
    const RunRecords finals = select(records, RecordType::TaskFinished);
    QCOMPARE(finals.size(), size_t(1));
    QCOMPARE(finals[0].taskStatus, TaskStatus::Failed);
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

void TestAttemptTimeout::attemptWithinItsLimitSucceeds_data()
{
    QTest::addColumn<QString>("executor");
    for (const QString &executor : {kDefault, kThreads, kProcesses})
        QTest::newRow(qPrintable(executor)) << executor;
}

void TestAttemptTimeout::attemptWithinItsLimitSucceeds()
{
    QFETCH(QString, executor);
    RunSpec spec;
    spec.events = {
        withParams(eventSpec("quick", "sleep", 3, timed(executor, 2000)), {{"duration_ms", 10}})};
    const RunRecords records = runToEnd(spec);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(attempts.size(), size_t(3));
    for (const RunRecord &r : attempts)
        QCOMPARE(r.outcome, AttemptOutcome::Success);
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Succeeded);
}

void TestAttemptTimeout::timeoutIsRetriedOnlyWhenListed()
{
    RetryPolicy policy = retryTimeouts(3);
    policy.retry_on_exceptions = {ErrorNames::ConnectionError};
    RunSpec spec;
    spec.events = {withParams(eventSpec("slow", "sleep", 1, timed(kThreads, 30, policy)),
                              {{"duration_ms", 5000}})};
    const RunRecords records = runToEnd(spec);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(attempts.size(), size_t(1));
    QCOMPARE(attempts[0].errorType, ErrorNames::TimeoutError);
    QCOMPARE(select(records, RecordType::RetryScheduled).size(), size_t(0));
}

// A function that ignores its context keeps its thread, but its attempt ends at the deadline, and
// what it returns later is dropped: one record per attempt, and the task is not counted twice.
void TestAttemptTimeout::threadPoolReportsAStubbornAttemptAtTheDeadline()
{
    g_stubbornReturned = 0;
    RunSpec spec;
    spec.events = {withParams(
        eventSpec("stuck", "stubborn", 1, timed(kThreads, 30, retryTimeouts(2))), {{"ms", 400}})};
    const RunRecords records = runToEnd(spec);
    QCOMPARE(g_stubbornReturned.load(), 2); // both threads were waited for before the end
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(attempts.size(), size_t(2));
    for (const RunRecord &r : attempts) {
        QCOMPARE(r.errorType, ErrorNames::TimeoutError);
        QVERIFY2(r.end - r.start < 300, qPrintable(QString::number(r.end - r.start)));
        QVERIFY(!r.value.isValid());
    }
    QCOMPARE(attempts[1].attempt, 2);
    // Attempt 2 began at attempt 1's deadline, long before attempt 1's thread returned.
    QVERIFY2(attempts[1].start < 300, qPrintable(QString::number(attempts[1].start)));
    const RunRecords finals = select(records, RecordType::TaskFinished);
    QCOMPARE(finals.size(), size_t(1));
    QCOMPARE(finals[0].taskStatus, TaskStatus::Failed);
    QVERIFY(!finals[0].value.isValid());
    const RunRecord &event = last(records, RecordType::EventFinished);
    QCOMPARE(event.counts.failed(), 1);
    QCOMPARE(event.counts.succeeded(), 0);
}

// On a virtual clock a 10 s limit passes at once yet is recorded at its full length.
void TestAttemptTimeout::deadlineWaitsOnTheRunsClock()
{
    RunSpec spec;
    spec.events = {withParams(eventSpec("long", "sleep", 1, timed(kDefault, 10000)),
                              {{"duration_ms", 60000}})};
    QElapsedTimer timer;
    timer.start();
    const RunRecords records = runToEnd(spec, Clock::fastForward());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    const RunRecord &r = last(records, RecordType::AttemptFinished);
    QCOMPARE(r.errorType, ErrorNames::TimeoutError);
    QVERIFY2(r.end - r.start >= 10000 && r.end - r.start < 11000,
             qPrintable(QString::number(r.end - r.start)));
}

void TestAttemptTimeout::commandTimeoutsCombineSmallerWins_data()
{
    QTest::addColumn<int>("eventTimeout");
    QTest::addColumn<int>("commandTimeout");
    QTest::addColumn<QString>("message");
    QTest::newRow("event's is smaller") << 50 << 5000 << "timeout_ms of 50 ms";
    QTest::newRow("command's is smaller") << 5000 << 50 << "timed out after 50 ms";
}

void TestAttemptTimeout::commandTimeoutsCombineSmallerWins()
{
    QFETCH(int, eventTimeout);
    QFETCH(int, commandTimeout);
    QFETCH(QString, message);
    RunSpec spec;
    spec.events = {withParams(eventSpec("cmd", "command", 1, timed(kThreads, eventTimeout)),
                              {{"program", "/bin/sh"},
                               {"args", QStringList{"-c", "sleep 5"}},
                               {"timeout_ms", commandTimeout}})};
    QElapsedTimer timer;
    timer.start();
    const RunRecords records = runToEnd(spec);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    const RunRecord &r = last(records, RecordType::AttemptFinished);
    QCOMPARE(r.errorType, ErrorNames::TimeoutError);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
}

// A worker stopped with SIGSTOP mid-attempt never answers: it is killed at the deadline, the
// attempt fails with TimeoutError and is retried on a fresh worker, and the run goes on.
void TestAttemptTimeout::stoppedPoolWorkerIsKilledAndReplaced()
{
    EventOptions options = timed(kProcesses, 300, retryTimeouts(2));
    options.executor_config.max_workers = 1;
    RunSpec spec;
    spec.events = {withParams(eventSpec("napping", "sleep", 2, options), {{"duration_ms", 100}})};
    Run run(spec, Clock::system());
    run.start();
    RunRecords records;
    qint64 stopped = 0;
    QElapsedTimer timer;
    timer.start();
    while (!run.isFinished() && timer.elapsed() < 10000) {
        RunRecords batch = run.takeRecords();
        for (const RunRecord &r : batch) {
            if (r.type == RecordType::AttemptStarted && !stopped) {
                stopped = r.pid;
                QCOMPARE(::kill(pid_t(stopped), SIGSTOP), 0);
            }
        }
        records.insert(records.end(), batch.begin(), batch.end());
        QThread::msleep(1);
    }
    QVERIFY(run.waitForFinished(1000));
    RunRecords rest = run.takeRecords();
    records.insert(records.end(), rest.begin(), rest.end());
    QVERIFY(stopped > 0);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(attempts.size(), size_t(3));
    const RunRecord &timedOut = attempts[0];
    QCOMPARE(timedOut.errorType, ErrorNames::TimeoutError);
    QCOMPARE(timedOut.pid, stopped);
    QVERIFY2(timedOut.message.contains(
                 QStringLiteral("worker process %1 was killed and replaced").arg(stopped)),
             qPrintable(timedOut.message));
    for (size_t i = 1; i < attempts.size(); ++i) {
        QCOMPARE(attempts[i].outcome, AttemptOutcome::Success);
        QVERIFY(attempts[i].pid != stopped);
    }
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(stopped), 2000);
}

int main(int argc, char **argv)
{
    registerTestEvents();
    ProcessPool::enableWorkerMode(argc, argv); // in a worker, never returns
    QCoreApplication app(argc, argv);
    TestAttemptTimeout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_attempttimeout.moc"
