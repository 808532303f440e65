// SPDX-License-Identifier: GPL-3.0-or-later
// Trends and flaky tasks over recorded runs: percentiles, the waits a task actually spent before
// its retries, the tasks that needed a retry or failed in k of the last n runs, and the stored
// comparison (the one `history compare` prints) against RunComparison of the same runs.

#include "RecordPrinting.h"
#include "core/kinds/BuiltinKinds.h"
#include "core/store/FlakyTasks.h"
#include "core/store/RunTrends.h"
#include "core/store/StoredRunComparison.h"
#include "tests/support/RecordBuilders.h"
#include "tests/support/StoreBuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace volnux;
using volnux::test::rec;

namespace {

RunRecord attempt(RecordType type, double time, int task, int number)
{
    RunRecord r = rec(type, time, task, number);
    r.start = time;
    r.end = time;
    return r;
}

// Task 0: an error (10..20 ms), a wait of 30 ms, then success (50..60). Task 1: one success
// (0..5). Task 2: two errors of two types 5 ms apart, then it fails.
RunRecords handMadeRun()
{
    RunRecords out{rec(RecordType::RunStarted, 0), rec(RecordType::EventStarted, 0)};
    out.back().total = 3;
    const auto add = [&out](int task, int number, double start, double end, const QString &error) {
        RunRecord started = attempt(RecordType::AttemptStarted, start, task, number);
        RunRecord finished = attempt(RecordType::AttemptFinished, end, task, number);
        finished.start = start;
        if (!error.isEmpty()) {
            finished.outcome = AttemptOutcome::Error;
            finished.errorType = error;
        }
        out.push_back(started);
        out.push_back(finished);
    };
    const auto finish = [&out](int task, double time, TaskStatus status) {
        RunRecord r = rec(RecordType::TaskFinished, time, task);
        r.taskStatus = status;
        out.push_back(r);
    };
    add(0, 1, 10, 20, QStringLiteral("TimeoutError"));
    add(1, 1, 0, 5, {});
    finish(1, 5, TaskStatus::Succeeded);
    add(0, 2, 50, 60, {});
    finish(0, 60, TaskStatus::Succeeded);
    add(2, 1, 0, 10, QStringLiteral("OSError"));
    add(2, 2, 15, 20, QStringLiteral("ValueError"));
    finish(2, 20, TaskStatus::Failed);
    return out;
}

RunSpec flakySpec(const QVariantList &failing, int failAttempts)
{
    RunSpec spec;
    spec.events << test::simulateEvent(
        QStringLiteral("work"), 6,
        {{QStringLiteral("fail_tasks"), failing},
         {QStringLiteral("fail_attempts"), failAttempts},
         {QStringLiteral("fail_with"), QStringLiteral("TimeoutError")}},
        3);
    return spec;
}

} // namespace

class TestRunTrends : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void percentile_data();
    void percentile();
    void pointOfAHandMadeRun();
    void flakyTasksOfStoredRuns();
    void flakyTasksHonourKAndN();
    void storedComparisonIsTheComparisonOfTheRuns();
    void cancelledLoadSaysSo();

private:
    QTemporaryDir m_dir;
};

void TestRunTrends::initTestCase()
{
    registerBuiltinKinds();
    QVERIFY(m_dir.isValid());
}

void TestRunTrends::percentile_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::newRow("none") << QList<double>{} << 50.0 << 0.0;
    QTest::newRow("one") << QList<double>{7} << 95.0 << 7.0;
    QTest::newRow("median of four, nearest rank") << QList<double>{4, 1, 3, 2} << 50.0 << 2.0;
    QTest::newRow("median of five") << QList<double>{5, 1, 4, 2, 3} << 50.0 << 3.0;
    QList<double> hundred;
    for (int i = 100; i >= 1; --i)
        hundred << i;
    QTest::newRow("p95 of 1..100") << hundred << 95.0 << 95.0;
    QTest::newRow("p100 is the largest") << hundred << 100.0 << 100.0;
}

void TestRunTrends::percentile()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(RunTrendPoint::percentile({values.begin(), values.end()}, p), expected);
}

void TestRunTrends::pointOfAHandMadeRun()
{
    RunState state(RunState::Detail::Full);
    state.apply(handMadeRun());
    StoredRun run;
    run.id = 4;
    run.durationMs = 60;
    const RunTrendPoint point = RunTrendPoint::of(run, state);
    QCOMPARE(point.run, qint64(4));
    QCOMPARE(point.tasks, 3);
    QCOMPARE(point.attempts, 5);
    QCOMPARE(point.failed, 1);
    QCOMPARE(point.retryWaitMs, 30.0 + 5.0);
    QCOMPARE(point.events.size(), size_t(1));
    // Task durations 50 (10..60), 5 and 20: the median is 20, the 95th percentile 50.
    QCOMPARE(point.events[0].tasks, 3);
    QCOMPARE(point.events[0].medianMs, 20.0);
    QCOMPARE(point.events[0].p95Ms, 50.0);
    QCOMPARE(point.troubles.size(), size_t(2));
    QCOMPARE(point.troubles[0].task, 0);
    QCOMPARE(point.troubles[0].succeededAttempt, 2);
    QCOMPARE(point.troubles[0].errorTypes, QStringList{QStringLiteral("TimeoutError")});
    QCOMPARE(point.troubles[1].task, 2);
    QCOMPARE(point.troubles[1].status, TaskStatus::Failed);
    QCOMPARE(point.troubles[1].succeededAttempt, -1);
    QCOMPARE(point.troubles[1].errorTypes,
             (QStringList{QStringLiteral("OSError"), QStringLiteral("ValueError")}));
}

void TestRunTrends::flakyTasksOfStoredRuns()
{
    const auto store = RunStore::open(m_dir.filePath(QStringLiteral("flaky.sqlite")));
    QVERIFY2(store, qPrintable(store.errorString()));
    // Task 1 retries in every run and fails for good in the third; task 4 retries once.
    const qint64 first = test::recordRun(**store, flakySpec({1}, 1));
    const qint64 second = test::recordRun(**store, flakySpec({1, 4}, 1));
    const qint64 third = test::recordRun(**store, flakySpec({1}, 3));
    test::recordRun(**store, flakySpec({}, 1), QStringLiteral("/projects/other.vxproj"));
    RunTrends::Options options;
    options.projectPath = QStringLiteral("/projects/p.vxproj");
    const auto points = RunTrends::load(**store, options);
    QVERIFY2(points, qPrintable(points.errorString()));
    QCOMPARE(points->size(), size_t(3));
    QCOMPARE(points->front().run, first);
    QCOMPARE(points->back().failed, 1);
    QCOMPARE(points->back().attempts, 6 + 2);
    const std::vector<FlakyTask> flaky = FlakyTasks::find(*points, 2, 3);
    QCOMPARE(flaky.size(), size_t(1));
    QCOMPARE(flaky[0].event, QStringLiteral("work"));
    QCOMPARE(flaky[0].task, 1);
    QCOMPARE(flaky[0].troubledRuns, 3);
    QCOMPARE(flaky[0].failedRuns, 1);
    QCOMPARE(flaky[0].consideredRuns, 3);
    QCOMPARE(flaky[0].errorTypes, QStringList{QStringLiteral("TimeoutError")});
    QCOMPARE(flaky[0].succeededAttempts, (QList<int>{2, 2}));
    QCOMPARE(flaky[0].troubledRunIds, (QList<qint64>{third, second, first}));
    QCOMPARE(flaky[0].failedRunIds, QList<qint64>{third});
}

void TestRunTrends::flakyTasksHonourKAndN()
{
    std::vector<RunTrendPoint> runs(4);
    for (int i = 0; i < 4; ++i)
        runs[size_t(i)].run = i + 1;
    runs[0].troubles.push_back({QStringLiteral("e"), 7, TaskStatus::Succeeded, 2, {}, 2});
    runs[2].troubles.push_back({QStringLiteral("e"), 7, TaskStatus::Failed, 3, {}, -1});
    runs[3].troubles.push_back({QStringLiteral("e"), 3, TaskStatus::Succeeded, 2, {}, 2});
    QCOMPARE(FlakyTasks::find(runs, 2, 4).size(), size_t(1)); // task 7: runs 1 and 3
    QCOMPARE(FlakyTasks::find(runs, 2, 3).size(), size_t(0)); // run 1 is out of the window
    const std::vector<FlakyTask> once = FlakyTasks::find(runs, 1, 2);
    QCOMPARE(once.size(), size_t(2));
    QCOMPARE(once[0].task, 7); // failed for good: first among equals
    QCOMPARE(once[1].task, 3);
    QCOMPARE(once[0].consideredRuns, 2);
}

void TestRunTrends::storedComparisonIsTheComparisonOfTheRuns()
{
    const auto store = RunStore::open(m_dir.filePath(QStringLiteral("compare.sqlite")));
    QVERIFY(store);
    const RunSpec good = flakySpec({2}, 1);
    const RunSpec bad = flakySpec({2, 5}, 3);
    const RunRecords goodRecords = runToCompletion(good);
    const RunRecords badRecords = runToCompletion(bad);
    const qint64 a = test::recordRun(**store, good, goodRecords);
    const qint64 b = test::recordRun(**store, bad, badRecords);
    RunState liveA(RunState::Detail::Counts);
    liveA.apply(goodRecords);
    RunState liveB(RunState::Detail::Counts);
    liveB.apply(badRecords);
    const RunComparison live = RunComparison::compare(a, liveA, b, liveB);
    for (const RunState::Detail detail : {RunState::Detail::Counts, RunState::Detail::Full}) {
        const auto stored = StoredRunComparison::load(**store, a, b, detail);
        QVERIFY2(stored, qPrintable(stored.errorString()));
        QCOMPARE(stored->a.detail(), detail);
        QCOMPARE(stored->comparison.text(), live.text());
        QCOMPARE(stored->comparison.changedTasks.size(), size_t(2));
    }
    const auto missing = StoredRunComparison::load(**store, a, 999, RunState::Detail::Counts);
    QVERIFY(!missing);
    QVERIFY(missing.errorString().contains(QStringLiteral("999")));
}

void TestRunTrends::cancelledLoadSaysSo()
{
    const auto store = RunStore::open(m_dir.filePath(QStringLiteral("cancel.sqlite")));
    QVERIFY(store);
    test::recordRun(**store, flakySpec({}, 1));
    test::recordRun(**store, flakySpec({}, 1));
    int progressCalls = 0;
    RunTrends::Options options;
    options.progress = [&progressCalls](int, int total) {
        ++progressCalls;
        QCOMPARE(total, 2);
    };
    options.cancelled = [&progressCalls] { return progressCalls >= 1; };
    const auto points = RunTrends::load(**store, options);
    QVERIFY(!points);
    QCOMPARE(points.errorString(), QStringLiteral("cancelled"));
    QCOMPARE(progressCalls, 1);
}

QTEST_GUILESS_MAIN(TestRunTrends)
#include "tst_runtrends.moc"
