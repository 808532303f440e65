// SPDX-License-Identifier: GPL-3.0-or-later
// RunState: the monitor's aggregation of the record stream (no widgets involved).

#include "core/observe/RunState.h"
#include "tests/support/RecordBuilders.h"
#include "tests/support/SyntheticRun.h"

#include <QTest>

using namespace volnux;
using volnux::test::rec;

namespace {

RunRecord finishedAttempt(double time, int task, int attempt, AttemptOutcome outcome,
                          double nextDelay)
{
    RunRecord r = rec(RecordType::AttemptFinished, time, task, attempt);
    r.end = time;
    r.outcome = outcome;
    r.nextDelay = nextDelay;
    if (outcome != AttemptOutcome::Success) {
        r.errorType = QStringLiteral("TimeoutError");
        r.message = QStringLiteral("slow %1").arg(attempt);
    }
    return r;
}

RunRecord started(double time, int task, int attempt, const QString &thread)
{
    RunRecord r = rec(RecordType::AttemptStarted, time, task, attempt);
    r.start = time;
    r.thread = thread;
    return r;
}

} // namespace

class TestRunState : public QObject
{
    Q_OBJECT
private slots:
    void retryingTaskGoesThroughEveryStatus();
    void batchReportsInsertedAndChangedRowsSeparately();
    void changesOfBatchesMergeAsIfOneBatch();
    void cancelledMidAttemptClosesTheAttempt();
    void recordsOfAnUnseenTaskStillCreateIt();
    void anInputThatIsTheTasksIndexIsNotKeptAsText();
    void workersOfEventsAndReplacedProcessesAreLanesOfTheirOwn();
    void syntheticRunTotalsMatchItsRecords_data();
    void syntheticRunTotalsMatchItsRecords();
};

void TestRunState::retryingTaskGoesThroughEveryStatus()
{
    RunState state;
    RunRecord queued = rec(RecordType::TaskQueued, 0, 0);
    queued.value = QStringLiteral("a.json");
    state.apply({rec(RecordType::RunStarted, 0), rec(RecordType::EventStarted, 0), queued});
    QCOMPARE(state.tasks().size(), size_t(1));
    QCOMPARE(int(state.tasks()[0].status), int(TaskStatus::Queued));
    QCOMPARE(state.tasks()[0].input, QStringLiteral("a.json"));

    state.apply({started(1, 0, 1, QStringLiteral("w1"))});
    QCOMPARE(int(state.tasks()[0].status), int(TaskStatus::Running));
    QCOMPARE(state.totals().count(TaskStatus::Running), 1);

    RunRecord retry = rec(RecordType::RetryScheduled, 11, 0, 1);
    retry.nextDelay = 100;
    retry.due = 111;
    state.apply({finishedAttempt(11, 0, 1, AttemptOutcome::Error, 100), retry});
    const TaskState &task = state.tasks()[0];
    QCOMPARE(int(task.status), int(TaskStatus::WaitingToRetry));
    QCOMPARE(task.due, 111.0);
    QCOMPARE(task.attempts[0].nextDelay, 100.0);
    QCOMPARE(task.lastError()->errorType, QStringLiteral("TimeoutError"));
    QCOMPARE(state.totals().count(TaskStatus::WaitingToRetry), 1);
    QCOMPARE(state.totals().count(TaskStatus::Running), 0);

    RunRecord done = rec(RecordType::TaskFinished, 130, 0, 2);
    done.taskStatus = TaskStatus::Succeeded;
    state.apply({started(111, 0, 2, QStringLiteral("w2")),
                 finishedAttempt(130, 0, 2, AttemptOutcome::Success, -1), done});
    QCOMPARE(int(task.status), int(TaskStatus::Succeeded));
    QCOMPARE(task.attempts.size(), size_t(2));
    QCOMPARE(task.duration(999), 129.0);
    QCOMPARE(state.workers(), QStringList({QStringLiteral("w1"), QStringLiteral("w2")}));
    QCOMPARE(state.workerAttempts()[1].size(), size_t(1));
    QCOMPARE(state.events()[0].count(TaskStatus::Succeeded), 1);
    QCOMPARE(state.totals().done(), 1);
}

void TestRunState::batchReportsInsertedAndChangedRowsSeparately()
{
    RunState state;
    state.apply({rec(RecordType::RunStarted, 0), rec(RecordType::EventStarted, 0),
                 rec(RecordType::TaskQueued, 0, 0), rec(RecordType::TaskQueued, 0, 1),
                 rec(RecordType::TaskQueued, 0, 2)});
    const RunStateChange change =
        state.apply({started(1, 2, 1, QStringLiteral("w")), started(1, 0, 1, QStringLiteral("w")),
                     rec(RecordType::TaskQueued, 1, 3), started(2, 3, 1, QStringLiteral("w"))});
    QCOMPARE(change.firstNewTask, 3);
    QCOMPARE(change.newTasks, 1);
    QCOMPARE(change.changedTasks, std::vector<int>({0, 2})); // the new row is not "changed"
    QCOMPARE(change.changedEvents, std::vector<int>({0}));
    QCOMPARE(change.newWorkers, 1);
}

// The monitor applies several of the engine's batches, then tells its views once: the merged
// change must say what one batch of the same records would have said.
void TestRunState::changesOfBatchesMergeAsIfOneBatch()
{
    const RunRecords before = {rec(RecordType::RunStarted, 0), rec(RecordType::EventStarted, 0),
                               rec(RecordType::TaskQueued, 0, 0), rec(RecordType::TaskQueued, 0, 1),
                               rec(RecordType::TaskQueued, 0, 2)};
    RunRecord secondEvent = rec(RecordType::EventStarted, 3);
    secondEvent.event = 1;
    RunRecord secondEventTask = rec(RecordType::TaskQueued, 3, 0);
    secondEventTask.event = 1;
    const RunRecords first = {started(1, 2, 1, QStringLiteral("w")),
                              rec(RecordType::TaskQueued, 1, 3), secondEvent};
    const RunRecords second = {started(2, 3, 1, QStringLiteral("v")), secondEventTask,
                               started(2, 0, 1, QStringLiteral("w")),
                               started(2, 1, 1, QStringLiteral("w"))};
    RunState once;
    once.apply(before);
    RunRecords all = first;
    all.insert(all.end(), second.begin(), second.end());
    const RunStateChange expected = once.apply(all);

    RunState inTwo;
    inTwo.apply(before);
    RunStateChange merged = inTwo.apply(first);
    merged.merge(inTwo.apply(second));
    QCOMPARE(merged.firstNewTask, expected.firstNewTask);
    QCOMPARE(merged.newTasks, 2); // task 3, and the second event's first
    QCOMPARE(merged.newTasks, expected.newTasks);
    QCOMPARE(merged.changedTasks, std::vector<int>({0, 1, 2})); // not 3: it is new
    QCOMPARE(merged.changedTasks, expected.changedTasks);
    QCOMPARE(merged.firstNewEvent, expected.firstNewEvent);
    QCOMPARE(merged.newEvents, 1);
    QCOMPARE(merged.changedEvents, expected.changedEvents);
    QCOMPARE(merged.newWorkers, expected.newWorkers);
    QCOMPARE(merged.runChanged, expected.runChanged);
}

void TestRunState::cancelledMidAttemptClosesTheAttempt()
{
    RunState state;
    RunRecord cancelled = rec(RecordType::TaskFinished, 50, 0, 1);
    cancelled.taskStatus = TaskStatus::Cancelled;
    state.apply({rec(RecordType::EventStarted, 0), rec(RecordType::TaskQueued, 0, 0),
                 started(10, 0, 1, QStringLiteral("w")), cancelled});
    const AttemptState &attempt = state.tasks()[0].attempts[0];
    QVERIFY(attempt.finished);
    QCOMPARE(attempt.end, 50.0);
    QCOMPARE(int(attempt.outcome), int(AttemptOutcome::Cancelled));
    QCOMPARE(int(state.tasks()[0].status), int(TaskStatus::Cancelled));
}

void TestRunState::anInputThatIsTheTasksIndexIsNotKeptAsText()
{
    const auto queued = [](int task, const QVariant &input) {
        RunRecord r = rec(RecordType::TaskQueued, 0, task);
        r.value = input;
        return r;
    };
    RunState state;
    state.apply({rec(RecordType::RunStarted, 0), rec(RecordType::EventStarted, 0), queued(3, 3),
                 queued(4, qlonglong(4)), queued(5, QStringLiteral("a.json")), queued(6, 7),
                 queued(7, QStringLiteral("7"))});
    QCOMPARE(state.tasks()[0].input, QString()); // `tasks: N`: the input is the index
    QCOMPARE(state.tasks()[1].input, QString());
    QCOMPARE(state.tasks()[2].input, QStringLiteral("a.json"));
    QCOMPARE(state.tasks()[3].input, QStringLiteral("7")); // a number, not its index
    QCOMPARE(state.tasks()[4].input, QStringLiteral("7")); // text, kept even if it reads the same
}

void TestRunState::recordsOfAnUnseenTaskStillCreateIt()
{
    RunState state;
    RunRecord attempt = started(5, 7, 2, QString());
    attempt.event = 1;
    attempt.eventName = QStringLiteral("late");
    attempt.pid = 4242;
    state.apply({attempt});
    QCOMPARE(state.rowOf(1, 7), 0);
    QCOMPARE(state.events()[1].name, QStringLiteral("late"));
    QCOMPARE(state.workers(), QStringList({QStringLiteral("pid 4242")}));
}

// Each event has its own executor: two events' "worker-0" are two workers, and a process pool's
// worker-0 replaced by a new process (max_tasks_per_child) is a third.
void TestRunState::workersOfEventsAndReplacedProcessesAreLanesOfTheirOwn()
{
    RunState state;
    const auto attempt = [](int event, int task, qint64 pid) {
        RunRecord r = started(1, task, 1, QStringLiteral("worker-0"));
        r.event = event;
        r.eventName = QStringLiteral("e%1").arg(event);
        r.pid = pid;
        return r;
    };
    state.apply({attempt(0, 0, 100), attempt(1, 0, 100), attempt(0, 1, 100), attempt(1, 1, 200),
                 attempt(1, 2, 300), attempt(1, 3, 200)});
    QCOMPARE(state.workers(), QStringList({QStringLiteral("worker-0"), QStringLiteral("worker-0"),
                                           QStringLiteral("worker-0 (pid 200)"),
                                           QStringLiteral("worker-0 (pid 300)")}));
    QCOMPARE(state.workerEvents(), std::vector<int>({0, 1, 1, 1}));
    QCOMPARE(state.tasks()[size_t(state.rowOf(0, 1))].worker, 0);
    QCOMPARE(state.tasks()[size_t(state.rowOf(1, 3))].worker, 2);
    QCOMPARE(state.workerAttempts()[2].size(), size_t(2));
}

void TestRunState::syntheticRunTotalsMatchItsRecords_data()
{
    QTest::addColumn<int>("batch");
    QTest::newRow("one record at a time") << 1;
    QTest::newRow("batches of 37") << 37;
    QTest::newRow("everything at once") << 1000000;
}

void TestRunState::syntheticRunTotalsMatchItsRecords()
{
    QFETCH(int, batch);
    test::SyntheticOptions options;
    options.events = {{QStringLiteral("fetch"), 120}, {QStringLiteral("parse"), 80}};
    options.retryFraction = 0.2;
    options.exhaustFraction = 0.05;
    options.returnFailFraction = 0.05;
    const RunRecords records = test::syntheticRun(options);
    RunState state;
    for (size_t i = 0; i < records.size(); i += size_t(batch)) {
        const size_t end = std::min(records.size(), i + size_t(batch));
        state.apply(RunRecords(records.begin() + qsizetype(i), records.begin() + qsizetype(end)));
    }
    int failed = 0, attempts = 0, backoffs = 0;
    for (const RunRecord &r : records) {
        failed += r.type == RecordType::TaskFinished && r.taskStatus == TaskStatus::Failed;
        attempts += r.type == RecordType::AttemptStarted;
        backoffs += r.type == RecordType::RetryScheduled;
    }
    QVERIFY(failed > 0);
    QCOMPARE(state.totals().tasks(), 200);
    QCOMPARE(state.totals().count(TaskStatus::Failed), failed);
    QCOMPARE(state.totals().done(), 200);
    QCOMPARE(int(state.runStatus()), int(RunStatus::Failed));
    int seenAttempts = 0, seenBackoffs = 0;
    for (const TaskState &task : state.tasks()) {
        seenAttempts += int(task.attempts.size());
        for (const AttemptState &a : task.attempts)
            seenBackoffs += a.nextDelay >= 0;
    }
    QCOMPARE(seenAttempts, attempts);
    QCOMPARE(seenBackoffs, backoffs);
    QCOMPARE(state.events()[0].count(TaskStatus::Succeeded) +
                 state.events()[0].count(TaskStatus::Failed),
             120);
}

QTEST_GUILESS_MAIN(TestRunState)
#include "tst_runstate.moc"
