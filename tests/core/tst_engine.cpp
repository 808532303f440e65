// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"

#include "core/engine/OpenFileLimit.h"
#include "core/errors/ErrorTypes.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <sys/resource.h>

using namespace volnux;
using namespace volnux::test;

Q_DECLARE_METATYPE(volnux::EventOptions)

namespace {
// Fails the first `failures` attempts of every task with `type`, then succeeds with the input.
void registerFlaky(const QString &name, int failures, const QString &type)
{
    EventRegistry::instance().registerFunction(name, [failures, type](TaskContext &ctx) {
        if (ctx.attempt() <= failures)
            throw Error(type, QStringLiteral("attempt %1 failed").arg(ctx.attempt()));
        return TaskResult::ok(ctx.input());
    });
}

RetryPolicy policy(int attempts, double factor, double cap = 100, QStringList on = {})
{
    RetryPolicy p;
    p.max_attempts = attempts;
    p.backoff_factor = factor;
    p.max_backoff = cap;
    p.retry_on_exceptions = std::move(on);
    return p;
}
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backoffSequenceInRecords_data();
    void backoffSequenceInRecords();
    void jitteredWaitsStayInRangeAndFollowTheSeed();
    void immediateRetriesBeyondAThousandAttempts();
    void registeredOptionsApplyWhenTheSpecGivesNone();
    void invalidStructOptionsFailTheEvent_data();
    void invalidStructOptionsFailTheEvent();
    void retriesOnlyListedTypes_data();
    void retriesOnlyListedTypes();
    void returnedFailureIsNeverRetried();
    void noPolicyMeansOneAttempt();
    void eventsRunInOrderWhateverTheOutcome();
    void evaluationDecidesEventAndRun();
    void zeroTasks();
    void defaultExecutorRunsOnEngineThreadInOrder();
    void standardExceptionsAreMapped();
    void recordsHaveMonotonicTimes();
    void logLinesAreKeptWithTheAttempt();
    void aRunRaisesTheOpenFileLimitToTheHardOne();
};

void TestEngine::initTestCase()
{
    registerFlaky("flaky2_runtime", 2, ErrorNames::RuntimeError);
    registerFlaky("flaky10_conn", 10, ErrorNames::ConnectionRefusedError);
    registerFlaky("flaky10000_conn", 10000, ErrorNames::ConnectionError);
    registerFlaky("flaky1_value", 1, ErrorNames::ValueError);
    EventRegistry::instance().registerFunction(
        "ok", [](TaskContext &ctx) { return TaskResult::ok(ctx.input()); });
    EventRegistry::instance().registerFunction(
        "returns_failure", [](TaskContext &) { return TaskResult::fail(QStringLiteral("nope")); });
    EventRegistry::instance().registerFunction("fail_odd", [](TaskContext &ctx) {
        return ctx.taskIndex() % 2 ? TaskResult::fail() : TaskResult::ok();
    });
}

void TestEngine::backoffSequenceInRecords_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("cap");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QList<double>>("delaysMs");
    QTest::newRow("defaults, 5 attempts") << 0.05 << 100.0 << 5 << QList<double>{0, 100, 200, 400};
    QTest::newRow("factor 1, cap 3") << 1.0 << 3.0 << 6 << QList<double>{0, 2000, 3000, 3000, 3000};
    QTest::newRow("two attempts") << 0.5 << 100.0 << 2 << QList<double>{0};
    QTest::newRow("large factor") << 30.0 << 100.0 << 4 << QList<double>{0, 60000, 100000};
}

void TestEngine::backoffSequenceInRecords()
{
    QFETCH(double, factor);
    QFETCH(double, cap);
    QFETCH(int, attempts);
    QFETCH(QList<double>, delaysMs);
    EventOptions options;
    options.retry_policy = policy(attempts, factor, cap);
    RunSpec spec;
    spec.events = {eventSpec("e", "flaky10_conn", 1, options)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());

    const RunRecords finished = select(records, RecordType::AttemptFinished);
    QCOMPARE(finished.size(), size_t(attempts));
    for (int n = 0; n < attempts; ++n) {
        QCOMPARE(finished[n].attempt, n + 1);
        QCOMPARE(finished[n].outcome, AttemptOutcome::Error);
        QCOMPARE(finished[n].nextDelay, n + 1 < attempts ? delaysMs[n] : -1.0);
    }
    const RunRecords started = select(records, RecordType::AttemptStarted);
    for (int n = 1; n < attempts; ++n) {
        const double gap = started[n].start - finished[n - 1].end;
        QVERIFY2(gap >= delaysMs[n - 1] - 0.01, qPrintable(QString::number(gap)));
        QVERIFY2(gap < delaysMs[n - 1] + 50, qPrintable(QString::number(gap)));
    }
    QCOMPARE(select(records, RecordType::RetryScheduled).size(), size_t(attempts - 1));
    const RunRecord task = select(records, RecordType::TaskFinished).front();
    QCOMPARE(task.taskStatus, TaskStatus::Failed);
    QCOMPARE(task.attempt, attempts);
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

// Jitter: every wait the engine takes lies in the policy's range, is the wait it records and
// waits, differs from task to task, and a seed replays the same waits.
void TestEngine::jitteredWaitsStayInRangeAndFollowTheSeed()
{
    EventOptions options;
    options.retry_policy = policy(4, 1.0, 100.0); // waits 0, then up to 2 s, then up to 4 s
    options.retry_policy->jitter = BackoffJitter::Full;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = 2;
    RunSpec spec;
    spec.events = {eventSpec("e", "flaky10_conn", 20, options)};
    int unscheduled = 0;
    auto delays = [&](std::optional<quint32> seed) {
        spec.jitterSeed = seed;
        const RunRecords records = runToCompletion(spec, Clock::fastForward());
        // Per task, in attempt order: the wait after attempts 1, 2 and 3.
        QMap<int, QList<double>> byTask;
        for (const RunRecord &r : select(records, RecordType::AttemptFinished)) {
            if (r.nextDelay >= 0)
                byTask[r.task] << r.nextDelay;
        }
        // The wait recorded is the wait scheduled.
        for (const RunRecord &r : select(records, RecordType::RetryScheduled))
            unscheduled += qAbs(r.due - r.time - r.nextDelay) > 0.01;
        return byTask;
    };
    const QMap<int, QList<double>> first = delays(7);
    QCOMPARE(first.size(), 20);
    QSet<double> seen;
    for (const QList<double> &waits : first) {
        QCOMPARE(waits.size(), 3);
        QCOMPARE(waits[0], 0.0); // the first retry is immediate, jitter or not
        QVERIFY2(waits[1] >= 0 && waits[1] <= 2000, qPrintable(QString::number(waits[1])));
        QVERIFY2(waits[2] >= 0 && waits[2] <= 4000, qPrintable(QString::number(waits[2])));
        seen << waits[1] << waits[2];
    }
    QCOMPARE(unscheduled, 0);
    QVERIFY2(seen.size() > 30, "jitter spreads the waits of tasks that failed together");
    // Each task's waits depend on the seed only, not on how two workers interleave its attempts.
    QCOMPARE(delays(7), first);
    QVERIFY(delays(8) != first);
}

// backoff_factor 0 retries at once, however many attempts: attempt 1025's wait was once NaN,
// which left the task waiting forever.
void TestEngine::immediateRetriesBeyondAThousandAttempts()
{
    EventOptions options;
    options.retry_policy = policy(1030, 0, 100);
    RunSpec spec;
    spec.events = {eventSpec("e", "flaky10000_conn", 1, options)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    const RunRecords finished = select(records, RecordType::AttemptFinished);
    QCOMPARE(finished.size(), size_t(1030));
    for (const RunRecord &r : finished)
        QCOMPARE(r.nextDelay, r.attempt < 1030 ? 0.0 : -1.0);
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

// Like volnux's @event(...) options: registered once, used wherever the event is, unless the
// spec gives options of its own.
void TestEngine::registeredOptionsApplyWhenTheSpecGivesNone()
{
    EventOptions registered;
    registered.retry_policy = RetryPolicy{3, 0, 1, {}};
    registered.stop_on_exception = true;
    EventRegistry::instance().registerFunction(
        "fails_with_defaults",
        [](TaskContext &) -> TaskResult { throw Error(ErrorNames::ValueError, "always"); },
        registered);
    RunSpec spec;
    spec.events = {eventSpec("e", "fails_with_defaults", 1), eventSpec("after", "ok", 1)};
    RunRecords records = runToCompletion(spec, Clock::fastForward());
    QCOMPARE(select(records, RecordType::AttemptFinished, 0).size(), size_t(3));
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Stopped);

    EventOptions own; // one attempt, no stop: the spec's own options win
    own.evaluation = Evaluation{EventExecutionEvaluationState::MAJORITY, 0};
    spec.events[0].options = own;
    records = runToCompletion(spec, Clock::fastForward());
    QCOMPARE(select(records, RecordType::AttemptFinished, 0).size(), size_t(1));
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

// Options given as structs get the checks a map or a file gets (max_workers 0 once waited for a
// worker forever): the event's tasks fail at once with the located problem; later events run.
void TestEngine::invalidStructOptionsFailTheEvent_data()
{
    QTest::addColumn<EventOptions>("options");
    QTest::addColumn<QString>("problem");
    EventOptions noWorkers;
    noWorkers.executor = ExecutorNames::ThreadPoolExecutor;
    noWorkers.executor_config.max_workers = 0;
    QTest::newRow("max_workers 0")
        << noWorkers << "executor_config.max_workers: must be an integer >= 1";
    EventOptions noTasksPerChild;
    noTasksPerChild.executor = ExecutorNames::ThreadPoolExecutor;
    noTasksPerChild.executor_config.max_tasks_per_child = 0;
    QTest::newRow("max_tasks_per_child 0")
        << noTasksPerChild << "executor_config.max_tasks_per_child: must be an integer >= 1";
    EventOptions noAttempts;
    noAttempts.retry_policy = RetryPolicy{0, 0.1, 1, {}};
    QTest::newRow("max_attempts 0")
        << noAttempts << "retry_policy.max_attempts: must be an integer >= 1";
    EventOptions overAHundred;
    overAHundred.evaluation = Evaluation{EventExecutionEvaluationState::AT_LEAST_PERCENT, 150};
    QTest::newRow("percent 150") << overAHundred
                                 << "evaluation: AT_LEAST_PERCENT needs a percentage 0-100";
}

void TestEngine::invalidStructOptionsFailTheEvent()
{
    QFETCH(EventOptions, options);
    QFETCH(QString, problem);
    RunSpec spec;
    spec.events = {eventSpec("bad", "ok", 2, options), eventSpec("after", "ok", 1)};
    Run run(spec, Clock::fastForward());
    run.start();
    QVERIFY2(run.waitForFinished(5000), "the run never finished");
    RunRecords records;
    run.takeRecords(records);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(attempts.size(), size_t(3));
    for (int t = 0; t < 2; ++t) {
        QCOMPARE(attempts[t].outcome, AttemptOutcome::Error);
        QCOMPARE(attempts[t].errorType, ErrorNames::ValueError);
        QVERIFY2(attempts[t].message.startsWith("invalid options of event \"bad\": "),
                 qPrintable(attempts[t].message));
        QVERIFY2(attempts[t].message.contains(problem), qPrintable(attempts[t].message));
    }
    QCOMPARE(select(records, RecordType::AttemptStarted).size(), size_t(1)); // "after" only
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

void TestEngine::retriesOnlyListedTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<TaskStatus>("status");
    QTest::newRow("listed subtype retried")
        << "flaky2_runtime" << QStringList{"Exception"} << 3 << TaskStatus::Succeeded;
    QTest::newRow("unlisted not retried")
        << "flaky2_runtime" << QStringList{"ConnectionError"} << 1 << TaskStatus::Failed;
    QTest::newRow("refused is a ConnectionError")
        << "flaky10_conn" << QStringList{"ConnectionError"} << 5 << TaskStatus::Failed;
    QTest::newRow("refused is an OSError")
        << "flaky10_conn" << QStringList{"OSError"} << 5 << TaskStatus::Failed;
    QTest::newRow("value error, empty list")
        << "flaky1_value" << QStringList{} << 2 << TaskStatus::Succeeded;
}

void TestEngine::retriesOnlyListedTypes()
{
    QFETCH(QString, type);
    QFETCH(QStringList, listed);
    QFETCH(int, attempts);
    QFETCH(TaskStatus, status);
    EventOptions options;
    options.retry_policy = policy(5, 0.01, 1, listed);
    RunSpec spec;
    spec.events = {eventSpec("e", type, 1, options)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    QCOMPARE(select(records, RecordType::AttemptStarted).size(), size_t(attempts));
    QCOMPARE(select(records, RecordType::TaskFinished).front().taskStatus, status);
}

void TestEngine::returnedFailureIsNeverRetried()
{
    EventOptions options;
    options.retry_policy = policy(5, 0.01);
    RunSpec spec;
    spec.events = {eventSpec("e", "returns_failure", 3, options)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    QCOMPARE(select(records, RecordType::AttemptFinished).size(), size_t(3));
    for (const RunRecord &r : select(records, RecordType::AttemptFinished)) {
        QCOMPARE(r.outcome, AttemptOutcome::Failure);
        QCOMPARE(r.nextDelay, -1.0);
        QCOMPARE(r.value.toString(), QStringLiteral("nope"));
    }
    QVERIFY(select(records, RecordType::RetryScheduled).empty());
    QCOMPARE(last(records, RecordType::EventFinished).counts.failed(), 3);
}

void TestEngine::noPolicyMeansOneAttempt()
{
    RunSpec spec;
    spec.events = {eventSpec("e", "flaky1_value", 2)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    QCOMPARE(select(records, RecordType::AttemptFinished).size(), size_t(2));
    const RunRecord attempt = select(records, RecordType::AttemptFinished).front();
    QCOMPARE(attempt.errorType, ErrorNames::ValueError);
    QCOMPARE(attempt.message, QStringLiteral("attempt 1 failed"));
    QCOMPARE(attempt.maxAttempts, 1);
}

void TestEngine::eventsRunInOrderWhateverTheOutcome()
{
    RunSpec spec;
    spec.events = {eventSpec("a", "returns_failure", 2), eventSpec("b", "ok", 2),
                   eventSpec("c", "ok", 1)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    const RunRecords events = select(records, RecordType::EventFinished);
    QCOMPARE(events.size(), size_t(3));
    QCOMPARE(events[0].eventName, QStringLiteral("a"));
    QCOMPARE(events[0].eventStatus, EventStatus::Failed);
    QCOMPARE(events[1].eventStatus, EventStatus::Succeeded);
    QCOMPARE(events[2].eventStatus, EventStatus::Succeeded);
    // b starts only after a has finished.
    const RunRecords starts = select(records, RecordType::EventStarted);
    QVERIFY(starts[1].time >= events[0].time);
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

void TestEngine::evaluationDecidesEventAndRun()
{
    EventOptions options;
    options.evaluation.state = EventExecutionEvaluationState::SUCCESS_FOR_PARTIAL_SUCCESS;
    RunSpec spec;
    spec.events = {eventSpec("half", "fail_odd", 4, options)};
    RunRecords records = runToCompletion(spec, Clock::fastForward());
    RunRecord event = last(records, RecordType::EventFinished);
    QCOMPARE(event.counts.succeeded(), 2);
    QCOMPARE(event.counts.failed(), 2);
    QVERIFY(event.evaluatedOutcome);
    QCOMPARE(event.evaluation, QStringLiteral("SUCCESS_FOR_PARTIAL_SUCCESS"));
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Succeeded);

    spec.events[0].options.evaluation.state =
        EventExecutionEvaluationState::FAILURE_FOR_PARTIAL_ERROR;
    records = runToCompletion(spec, Clock::fastForward());
    QVERIFY(!last(records, RecordType::EventFinished).evaluatedOutcome);
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

void TestEngine::zeroTasks()
{
    RunSpec spec;
    EventOptions failsOnEmpty; // SUCCESS_ON_ALL_EVENTS_SUCCESS: n = 0 fails
    EventOptions succeedsOnEmpty;
    succeedsOnEmpty.evaluation.state =
        EventExecutionEvaluationState::FAILURE_FOR_ALL_EVENTS_FAILURE;
    spec.events = {eventSpec("a", "ok", 0, failsOnEmpty), eventSpec("b", "ok", 0, succeedsOnEmpty)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    const RunRecords events = select(records, RecordType::EventFinished);
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events[0].eventStatus, EventStatus::Failed);
    QCOMPARE(events[1].eventStatus, EventStatus::Succeeded);
}

void TestEngine::defaultExecutorRunsOnEngineThreadInOrder()
{
    static std::atomic<QThread *> seen{nullptr};
    static QList<int> order;
    order.clear();
    EventRegistry::instance().registerFunction("record_thread", [](TaskContext &ctx) {
        seen = QThread::currentThread();
        order.append(ctx.taskIndex()); // only ever one task at a time on the engine thread
        return TaskResult::ok();
    });
    RunSpec spec;
    spec.events = {eventSpec("e", "record_thread", 5)};
    const RunRecords records = runToCompletion(spec);
    QVERIFY(seen.load() != QThread::currentThread());
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    for (const RunRecord &r : select(records, RecordType::AttemptStarted))
        QCOMPARE(r.thread, QStringLiteral("volnux-engine"));
}

void TestEngine::standardExceptionsAreMapped()
{
    EventRegistry::instance().registerFunction("throws_std", [](TaskContext &ctx) -> TaskResult {
        if (ctx.taskIndex() == 0)
            throw std::invalid_argument("bad arg");
        if (ctx.taskIndex() == 1)
            throw std::runtime_error("boom");
        if (ctx.taskIndex() == 2)
            throw std::bad_alloc();
        throw 42;
    });
    RunSpec spec;
    spec.events = {eventSpec("e", "throws_std", 4)};
    const RunRecords attempts =
        select(runToCompletion(spec, Clock::fastForward()), RecordType::AttemptFinished);
    QCOMPARE(attempts.size(), size_t(4));
    QCOMPARE(attempts[0].errorType, ErrorNames::ValueError);
    QCOMPARE(attempts[0].message, QStringLiteral("bad arg"));
    QCOMPARE(attempts[1].errorType, ErrorNames::RuntimeError);
    QCOMPARE(attempts[2].errorType, ErrorNames::Exception);
    QCOMPARE(attempts[3].errorType, ErrorNames::Exception);
    QCOMPARE(attempts[3].message, QStringLiteral("unknown exception"));
}

void TestEngine::recordsHaveMonotonicTimes()
{
    EventOptions options;
    options.retry_policy = policy(3, 0.01);
    RunSpec spec;
    spec.events = {eventSpec("e", "flaky2_runtime", 3, options), eventSpec("f", "ok", 2)};
    const RunRecords records = runToCompletion(spec);
    QCOMPARE(records.front().type, RecordType::RunStarted);
    QCOMPARE(records.back().type, RecordType::RunFinished);
    for (const RunRecord &r : select(records, RecordType::AttemptFinished))
        QVERIFY(r.end >= r.start && r.start >= 0);
    QVERIFY(records.back().time >= records.front().time);
}

void TestEngine::logLinesAreKeptWithTheAttempt()
{
    EventRegistry::instance().registerFunction("logs", [](TaskContext &ctx) {
        for (int i = 0; i < TaskContext::kMaxLogLines + 5; ++i)
            ctx.log(QStringLiteral("line %1").arg(i));
        return TaskResult::ok();
    });
    RunSpec spec;
    spec.events = {eventSpec("e", "logs", 1)};
    const RunRecord attempt =
        select(runToCompletion(spec, Clock::fastForward()), RecordType::AttemptFinished).front();
    QCOMPARE(attempt.log.size(), TaskContext::kMaxLogLines);
    QCOMPARE(attempt.droppedLog, 5);
    QCOMPARE(attempt.log.last(), QStringLiteral("line %1").arg(TaskContext::kMaxLogLines + 4));
}

// Each thread and program of a run holds open files; a desktop's soft limit (1,024) is too few
// for a wide parallel step, and Qt aborts when a thread gets none. A run raises the soft limit
// to the hard one (at most OpenFileLimit::kCeiling), and never lowers it.
void TestEngine::aRunRaisesTheOpenFileLimitToTheHardOne()
{
    rlimit original{};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &original) == 0);
    if (original.rlim_max != RLIM_INFINITY && original.rlim_max <= 128)
        QSKIP("the hard limit on open files here leaves nothing to raise");
    const unsigned long expected =
        original.rlim_max == RLIM_INFINITY
            ? OpenFileLimit::kCeiling
            : std::min<unsigned long>(original.rlim_max, OpenFileLimit::kCeiling);
    rlimit low = original;
    low.rlim_cur = 128;
    QVERIFY(setrlimit(RLIMIT_NOFILE, &low) == 0);
    QCOMPARE(OpenFileLimit::current(), 128UL);

    RunSpec spec;
    spec.events = {eventSpec("a", "ok", 1)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    QCOMPARE(select(records, RecordType::EventFinished).size(), size_t(1));
    QCOMPARE(OpenFileLimit::current(), expected);

    OpenFileLimit::raiseToHardLimit(); // again: nothing to do, nothing lowered
    QCOMPARE(OpenFileLimit::current(), expected);
    setrlimit(RLIMIT_NOFILE, &original);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
