// SPDX-License-Identifier: GPL-3.0-or-later
// The waiting kinds (sleep, simulate) wait on the run's clock: a fast-forward run skips their
// waits in real time but records them at full length; a real clock waits for real.

#include "EngineTestSupport.h"
#include "core/engine/FastForwardClock.h"
#include "core/engine/WaitOnClock.h"
#include "core/errors/ErrorTypes.h"
#include "core/kinds/BuiltinKinds.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>
#include <memory>
#include <vector>

using namespace volnux;
using namespace volnux::test;

namespace {
// Runs one attempt of `kind` on the calling thread, as an executor would, and returns its result
// type ("ok", "return" or the error type).
QString runKind(const QString &kind, const QVariantMap &params,
                std::shared_ptr<const std::atomic_bool> cancelled = {})
{
    registerBuiltinKinds();
    TaskContext context(kind, 0, 1, 1, 0, params, std::move(cancelled));
    try {
        const TaskResult result = EventRegistry::instance().find(kind)->factory()->process(context);
        return result.success ? QStringLiteral("ok") : QStringLiteral("return");
    } catch (const Error &e) {
        return e.type();
    }
}
} // namespace

class TestWaitOnClock : public QObject
{
    Q_OBJECT
private slots:
    void fastForwardSkipsAWait_data();
    void fastForwardSkipsAWait();
    void realClockWaitsForReal();
    void withoutAScopeWaitsAreReal();
    void cancelledTaskStopsWaiting();
    void aWaitMovesTheClockInSteps();
    void concurrentWaitsEndTogether();
    void fastForwardRunRecordsWaitsWithoutSleeping();
};

void TestWaitOnClock::fastForwardSkipsAWait_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sleep") << "sleep" << QVariantMap{{"duration_ms", 10000}} << "ok";
    QTest::newRow("simulate succeeding")
        << "simulate" << QVariantMap{{"duration_ms", 10000}, {"value", 7}} << "ok";
    QTest::newRow("simulate failing")
        << "simulate" << QVariantMap{{"duration_ms", 10000}, {"fail_with", "TimeoutError"}}
        << "TimeoutError";
}

void TestWaitOnClock::fastForwardSkipsAWait()
{
    QFETCH(QString, kind);
    QFETCH(QVariantMap, params);
    QFETCH(QString, expected);
    FastForwardClock clock;
    const WaitOnClock scope(clock);
    QElapsedTimer real;
    real.start();
    const double before = clock.nowMs();
    QCOMPARE(runKind(kind, params), expected);
    const double waited = clock.nowMs() - before;
    QVERIFY2(real.elapsed() < 1000, qPrintable(QString::number(real.elapsed())));
    // Recorded at full length, and not more than the real time spent on top of it.
    QVERIFY2(waited >= 10000 && waited < 10000 + 1000, qPrintable(QString::number(waited)));
}

void TestWaitOnClock::realClockWaitsForReal()
{
    const std::shared_ptr<Clock> clock = Clock::system();
    const WaitOnClock scope(*clock);
    QElapsedTimer real;
    real.start();
    const double before = clock->nowMs();
    QCOMPARE(runKind("sleep", {{"duration_ms", 80}}), "ok");
    QVERIFY2(real.elapsed() >= 80, qPrintable(QString::number(real.elapsed())));
    QVERIFY(clock->nowMs() - before >= 80);
}

void TestWaitOnClock::withoutAScopeWaitsAreReal()
{
    FastForwardClock clock;
    {
        const WaitOnClock outer(clock);
        const std::shared_ptr<Clock> system = Clock::system();
        {
            const WaitOnClock inner(*system);
            QCOMPARE(&WaitOnClock::current(), system.get());
        }
        QCOMPARE(&WaitOnClock::current(), &clock); // scopes nest
    }
    QVERIFY(&WaitOnClock::current() != &clock);
    QElapsedTimer real;
    real.start();
    const double before = clock.nowMs();
    QCOMPARE(runKind("simulate", {{"duration_ms", 60}}), "ok");
    QVERIFY2(real.elapsed() >= 60, qPrintable(QString::number(real.elapsed())));
    QVERIFY(clock.nowMs() - before < 10000); // the fast-forward clock did not jump
}

void TestWaitOnClock::cancelledTaskStopsWaiting()
{
    // Under a real clock, cancellation ends a long wait within a few slices.
    const std::shared_ptr<Clock> clock = Clock::system();
    auto flag = std::make_shared<std::atomic_bool>(false);
    QThread *canceller = QThread::create([flag] {
        QThread::msleep(50);
        flag->store(true);
    });
    canceller->start();
    QElapsedTimer real;
    real.start();
    QString outcome;
    {
        const WaitOnClock scope(*clock);
        outcome = runKind("sleep", {{"duration_ms", 20000}}, flag);
    }
    canceller->wait();
    delete canceller;
    QCOMPARE(outcome, ErrorNames::CancelledError);
    QVERIFY2(real.elapsed() < 2000, qPrintable(QString::number(real.elapsed())));

    // Under a fast-forward clock, a cancelled task does not jump the clock.
    FastForwardClock virtualClock;
    const WaitOnClock scope(virtualClock);
    QCOMPARE(runKind("sleep", {{"duration_ms", 20000}}, flag), ErrorNames::CancelledError);
    QVERIFY(virtualClock.nowMs() < 20000);
}

void TestWaitOnClock::aWaitMovesTheClockInSteps()
{
    // One step of a 3 s wait moves the clock a little (a hundredth of what is left, at least
    // 10 ms), not to the due time: other tasks waiting meanwhile share the steps.
    FastForwardClock clock;
    const double before = clock.nowMs();
    const double due = before + 3000;
    clock.sleepTowards(due);
    const double after = clock.nowMs();
    QVERIFY2(after >= before + 10 && after < due, qPrintable(QString::number(after - before)));
    // Steps shrink with what is left and never overshoot the due time.
    while (clock.nowMs() < due)
        clock.sleepTowards(due);
    QVERIFY(clock.nowMs() >= due);
    QVERIFY2(clock.nowMs() < due + 1000, qPrintable(QString::number(clock.nowMs() - due)));
}

void TestWaitOnClock::concurrentWaitsEndTogether()
{
    // Four tasks waiting for the same due time (3 s on) move the clock by 3 s between them, not
    // 12: a step is a maximum, never an addition. (Tasks that start their waits at different real
    // moments are due at different times; how far apart depends on the scheduler, so that is not
    // pinned here.)
    FastForwardClock clock;
    const double due = clock.nowMs() + 3000;
    std::latch started(4);
    std::vector<std::unique_ptr<QThread>> workers;
    std::atomic_int steps{0};
    for (int i = 0; i < 4; ++i) {
        workers.emplace_back(QThread::create([&clock, &started, &steps, due] {
            started.arrive_and_wait();
            while (clock.nowMs() < due) {
                clock.sleepTowards(due);
                ++steps;
            }
        }));
        workers.back()->start();
    }
    for (auto &worker : workers)
        QVERIFY(worker->wait(10000));
    QVERIFY(steps.load() > 4);
    const double over = clock.nowMs() - due;
    // Past the due time only by the real time since the last step.
    QVERIFY2(over >= 0 && over < 1000, qPrintable(QString::number(over)));
}

// End to end: the executors make the run's clock current around `process`.
void TestWaitOnClock::fastForwardRunRecordsWaitsWithoutSleeping()
{
    registerBuiltinKinds();
    EventOptions pool;
    pool.executor = ExecutorNames::ThreadPoolExecutor;
    pool.executor_config.max_workers = 2;
    RunSpec spec;
    spec.events << eventSpec("waits", "sleep", 1) << eventSpec("simulates", "simulate", 2, pool);
    spec.events[0].params = {{"duration_ms", 600}};
    spec.events[1].params = {{"duration_ms", 600}};
    QElapsedTimer real;
    real.start();
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    const qint64 elapsed = real.elapsed();
    const RunRecords finished = select(records, RecordType::AttemptFinished);
    QCOMPARE(finished.size(), 3);
    for (const RunRecord &attempt : finished) {
        QCOMPARE(attempt.outcome, AttemptOutcome::Success);
        QVERIFY2(attempt.end - attempt.start >= 600,
                 qPrintable(QString::number(attempt.end - attempt.start)));
    }
    QVERIFY2(elapsed < 600, qPrintable(QString::number(elapsed))); // less than one wait
}

QTEST_GUILESS_MAIN(TestWaitOnClock)
#include "tst_waitonclock.moc"
