// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor driven by real runs of the engine: a retry showcase (function events that throw on
// their first attempts, small backoff), then Cancel task / Cancel run / Retry now from the panel.

#include "core/engine/Clock.h"
#include "core/engine/Run.h"
#include "core/errors/ErrorTypes.h"
#include "core/events/EventRegistry.h"
#include "tests/support/CooperativeTask.h"
#include "ui/models/AttemptsModel.h"
#include "ui/models/TaskTableModel.h"
#include "ui/monitor/RunControlBar.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/monitor/RunMonitorController.h"
#include "ui/plots/RunTimeline.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace volnux;

namespace {

// Every third task throws twice (TimeoutError), then succeeds.
TaskResult flaky(TaskContext &ctx)
{
    if (ctx.taskIndex() % 3 == 0 && ctx.attempt() <= 2) {
        ctx.log(QStringLiteral("attempt %1 timed out").arg(ctx.attempt()));
        throw Error(ErrorNames::TimeoutError, QStringLiteral("slow %1").arg(ctx.attempt()));
    }
    return TaskResult::ok(ctx.input());
}

EventSpec eventSpec(const QString &name, const QString &type, int tasks, EventOptions options)
{
    EventSpec spec;
    spec.name = name;
    spec.eventType = type;
    for (int i = 0; i < tasks; ++i)
        spec.inputs.append(QStringLiteral("item-%1").arg(i));
    spec.options = std::move(options);
    return spec;
}

EventOptions pool(int workers, std::optional<RetryPolicy> policy = {})
{
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = workers;
    options.retry_policy = policy;
    return options;
}

QString cell(RunMonitor &monitor, int row, int column)
{
    return monitor.taskModel()->index(row, column).data().toString();
}

} // namespace

class TestMonitorRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void retryShowcaseMatchesItsRecords();
    void cancelTaskAndRunFromThePanel();
    void retryNowFromThePanel();
    void rerunSpecHoldsOnlyTheFailedInputs();
};

void TestMonitorRun::initTestCase()
{
    EventRegistry::instance().registerFunction(QStringLiteral("monitor_flaky"), flaky);
    EventRegistry::instance().registerFunction(QStringLiteral("monitor_patient"),
                                               test::runUntilCancelled);
    EventRegistry::instance().registerFunction(
        QStringLiteral("monitor_twice_then_ok"), [](TaskContext &ctx) {
            if (ctx.attempt() <= 2)
                throw Error(ErrorNames::TimeoutError, QStringLiteral("not yet"));
            return TaskResult::ok();
        });
}

void TestMonitorRun::retryShowcaseMatchesItsRecords()
{
    RetryPolicy policy;
    policy.max_attempts = 4;
    policy.backoff_factor = 0.05; // waits 0 ms after attempt 1, 100 ms after attempt 2
    RunSpec spec;
    spec.events = {
        eventSpec(QStringLiteral("showcase"), QStringLiteral("monitor_flaky"), 9, pool(2, policy))};
    Run run(spec, Clock::fastForward());
    RunMonitor monitor;
    monitor.resize(1280, 800);
    RunRecords seen; // what the monitor was fed, to compare with what it shows
    monitor.setSource([&run, &seen](RunRecords &into) {
        run.takeRecords(into);
        seen.insert(seen.end(), into.begin(), into.end());
    });
    connect(&run, &Run::recordsAvailable, &monitor, &RunMonitor::wake);
    run.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.state().isFinished(), 10000);
    monitor.applyPending();

    QCOMPARE(monitor.taskModel()->rowCount(), 9);
    for (const RunRecord &r : seen) {
        if (r.type != RecordType::TaskFinished)
            continue;
        const int row = monitor.state().rowOf(r.event, r.task);
        QCOMPARE(cell(monitor, row, TaskTableModel::StatusColumn), QStringLiteral("succeeded"));
        QCOMPARE(cell(monitor, row, TaskTableModel::AttemptColumn),
                 QStringLiteral("%1 / 4").arg(r.task % 3 == 0 ? 3 : 1));
    }
    int gaps = 0;
    monitor.timeline()->replot();
    for (const RunRecord &r : seen) {
        if (r.type != RecordType::AttemptFinished)
            continue;
        const int row = monitor.state().rowOf(r.event, r.task);
        monitor.selectRow(row);
        const QModelIndex outcome =
            monitor.attemptsModel()->index(r.attempt - 1, AttemptsModel::OutcomeColumn);
        QCOMPARE(outcome.data().toString(), r.outcome == AttemptOutcome::Success
                                                ? QStringLiteral("success")
                                                : QStringLiteral("error"));
        const QString backoff = monitor.attemptsModel()
                                    ->index(r.attempt - 1, AttemptsModel::BackoffColumn)
                                    .data()
                                    .toString();
        // The planned wait, then (when the next attempt started off plan) the actual one: under a
        // loaded machine the fast-forward clock may jump past a 0 ms retry to the next deadline,
        // which is what "0 ms planned, 100 ms actual" then says.
        if (r.nextDelay < 0) {
            QCOMPARE(backoff, QString());
        } else {
            const QString planned = QStringLiteral("%1 ms").arg(qRound(r.nextDelay));
            QVERIFY2(backoff == planned ||
                         backoff.startsWith(planned + QStringLiteral(" planned, ")),
                     qPrintable(backoff));
        }
        if (r.nextDelay <= 0)
            continue;
        // The gap on the timeline spans the scheduled backoff after this attempt.
        RunTimeline *timeline = monitor.timeline();
        timeline->xAxis->setRange(r.end / 1000.0 - 0.05, (r.end + r.nextDelay) / 1000.0 + 0.05);
        const int lane = timeline->bars()->laneOf(row);
        timeline->yAxis->setRange(lane - 2, lane + 2);
        timeline->replot();
        const QPointF inside(timeline->xAxis->coordToPixel((r.end + r.nextDelay * 0.9) / 1000.0),
                             timeline->yAxis->coordToPixel(lane));
        const TimelineHit hit = timeline->bars()->hitAt(inside, 0);
        QVERIFY(hit.backoff);
        QCOMPARE(hit.attempt, r.attempt - 1);
        ++gaps;
    }
    QCOMPARE(gaps, 3); // tasks 0, 3 and 6 waited 100 ms after their second attempt
}

void TestMonitorRun::cancelTaskAndRunFromThePanel()
{
    RunSpec spec;
    spec.events = {
        eventSpec(QStringLiteral("long"), QStringLiteral("monitor_patient"), 6, pool(2))};
    Run run(spec);
    RunMonitor monitor;
    RunMonitorController controller(&monitor);
    controller.attach(&run);
    run.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.state().totals().count(TaskStatus::Running) == 2, 5000);
    int runningRow = -1;
    for (size_t row = 0; row < monitor.state().tasks().size(); ++row) {
        if (monitor.state().tasks()[row].status == TaskStatus::Running)
            runningRow = int(row);
    }
    monitor.selectRow(runningRow);
    QVERIFY(monitor.controls()->cancelTaskButton()->isEnabled());
    monitor.controls()->cancelTaskButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(cell(monitor, runningRow, TaskTableModel::StatusColumn),
                              QStringLiteral("cancelled"), 5000);
    QVERIFY(monitor.state().runStatus() == RunStatus::Running);

    monitor.controls()->cancelRunButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.state().isFinished(), 5000);
    QVERIFY(monitor.state().runStatus() == RunStatus::Cancelled);
    QCOMPARE(monitor.state().totals().done(), 6);
    QCOMPARE(monitor.state().totals().count(TaskStatus::Cancelled), 6);
    QVERIFY(!monitor.controls()->cancelRunButton()->isEnabled());
}

void TestMonitorRun::retryNowFromThePanel()
{
    RetryPolicy policy;
    policy.max_attempts = 3;
    policy.backoff_factor = 5; // 10 s after attempt 2: only "Retry now" ends it in time
    RunSpec spec;
    spec.events = {eventSpec(QStringLiteral("slow_retry"), QStringLiteral("monitor_twice_then_ok"),
                             1, pool(1, policy))};
    Run run(spec);
    RunMonitor monitor;
    RunMonitorController controller(&monitor);
    controller.attach(&run);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(cell(monitor, 0, TaskTableModel::StatusColumn),
                              QStringLiteral("waiting to retry"), 5000);
    QCOMPARE(cell(monitor, 0, TaskTableModel::AttemptColumn), QStringLiteral("2 / 3"));
    QVERIFY(cell(monitor, 0, TaskTableModel::NextRetryColumn).startsWith(QStringLiteral("in ")));
    monitor.selectRow(0);
    QVERIFY(monitor.controls()->retryNowButton()->isEnabled());
    QElapsedTimer timer;
    timer.start();
    monitor.controls()->retryNowButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(cell(monitor, 0, TaskTableModel::StatusColumn),
                              QStringLiteral("succeeded"), 5000);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(cell(monitor, 0, TaskTableModel::AttemptColumn), QStringLiteral("3 / 3"));
    // The scheduled backoff, and the actual wait Retry now cut it to.
    QVERIFY(monitor.attemptsModel()
                ->index(1, AttemptsModel::BackoffColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("10.00 s planned, ")));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.state().isFinished(), 5000);
}

void TestMonitorRun::rerunSpecHoldsOnlyTheFailedInputs()
{
    RunSpec spec;
    spec.events = {eventSpec(QStringLiteral("a"), QStringLiteral("monitor_flaky"), 4, pool(1)),
                   eventSpec(QStringLiteral("b"), QStringLiteral("monitor_flaky"), 3, pool(1))};
    const RunSpec rerun = RunMonitorController::failedTasksSpec(spec, {{0, 2}, {1, 0}, {1, 2}});
    QCOMPARE(rerun.events.size(), 2);
    QCOMPARE(rerun.events[0].inputs, QVariantList({QStringLiteral("item-2")}));
    QCOMPARE(rerun.events[1].inputs,
             QVariantList({QStringLiteral("item-0"), QStringLiteral("item-2")}));
    QCOMPARE(rerun.events[1].options, spec.events[1].options);
    // Events without failed tasks are left out rather than run with no tasks.
    const RunSpec onlyB = RunMonitorController::failedTasksSpec(spec, {{1, 1}});
    QCOMPARE(onlyB.events.size(), 1);
    QCOMPARE(onlyB.events[0].name, QStringLiteral("b"));
    QVERIFY(!onlyB.pipeline);
}

QTEST_MAIN(TestMonitorRun)
#include "tst_monitorrun.moc"
