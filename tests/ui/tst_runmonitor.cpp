// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor panel fed with synthetic record streams: models, batching, filters, the attempts of
// a task, the timeline's backoff gaps and click selection, and the control requests.

#include "tests/support/RecordBuilders.h"
#include "tests/support/SyntheticRun.h"
#include "tests/support/TimelinePixels.h"
#include "ui/models/AttemptsModel.h"
#include "ui/models/EventSummaryModel.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskTableModel.h"
#include "ui/monitor/RecordQueue.h"
#include "ui/monitor/RunControlBar.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/monitor/StatusStyle.h"
#include "ui/plots/RunTimeline.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace volnux;
using volnux::test::rec;

namespace {

RunRecord started(double time, int task, int attempt)
{
    RunRecord r = rec(RecordType::AttemptStarted, time, task, attempt);
    r.start = time;
    r.thread = QStringLiteral("w%1").arg(task % 2);
    return r;
}

RunRecord failed(double time, int task, int attempt, double nextDelay)
{
    RunRecord r = rec(RecordType::AttemptFinished, time, task, attempt);
    r.end = time;
    r.outcome = AttemptOutcome::Error;
    r.errorType = QStringLiteral("TimeoutError");
    r.message = QStringLiteral("slow %1").arg(attempt);
    r.nextDelay = nextDelay;
    r.log = {QStringLiteral("try %1").arg(attempt), QStringLiteral("gave up")};
    return r;
}

RunRecord retry(double time, int task, int attempt, double delay)
{
    RunRecord r = rec(RecordType::RetryScheduled, time, task, attempt);
    r.nextDelay = delay;
    r.due = time + delay;
    return r;
}

// Task 0 waits to retry after two errors (backoff 100 ms, due at 131), task 1 succeeded,
// task 2 runs, task 3 is queued. The run is still going at t = 31.
RunRecords liveScenario()
{
    RunRecord queued = rec(RecordType::TaskQueued, 0, 0);
    queued.value = QStringLiteral("alpha.json");
    RunRecord ok = rec(RecordType::AttemptFinished, 20, 1, 1);
    ok.end = 20;
    RunRecord done = rec(RecordType::TaskFinished, 20, 1, 1);
    done.taskStatus = TaskStatus::Succeeded;
    RunRecord event = rec(RecordType::EventStarted, 0);
    event.total = 4;
    return {rec(RecordType::RunStarted, 0),
            event,
            queued,
            rec(RecordType::TaskQueued, 0, 1),
            rec(RecordType::TaskQueued, 0, 2),
            rec(RecordType::TaskQueued, 0, 3),
            started(1, 0, 1),
            started(1, 1, 1),
            failed(10, 0, 1, 0),
            retry(10, 0, 1, 0),
            started(11, 0, 2),
            ok,
            done,
            started(21, 2, 1),
            failed(31, 0, 2, 100),
            retry(31, 0, 2, 100)};
}

RunRecords finishScenario()
{
    RunRecord lastFail = failed(150, 0, 3, -1);
    RunRecord taskFailed = rec(RecordType::TaskFinished, 150, 0, 3);
    taskFailed.taskStatus = TaskStatus::Failed;
    RunRecord run = rec(RecordType::RunFinished, 150);
    run.runStatus = RunStatus::Failed;
    return {started(131, 0, 3), lastFail, taskFailed, run};
}

QString cell(RunMonitor &monitor, int row, int column, int role = Qt::DisplayRole)
{
    return monitor.taskModel()->index(row, column).data(role).toString();
}

test::SyntheticOptions mixedOptions()
{
    test::SyntheticOptions options;
    options.events = {{QStringLiteral("fetch"), 60}, {QStringLiteral("parse"), 40}};
    options.retryFraction = 0.2;
    options.exhaustFraction = 0.05;
    options.returnFailFraction = 0.05;
    return options;
}

} // namespace

class TestRunMonitor : public QObject
{
    Q_OBJECT
private slots:
    void modelsPassTheTesterWhileFedLive();
    void aBatchIsOneInsertAndRowRangeChanges();
    void pendingRecordsAreReadInPlaceAndTheirStorageReused();
    void tableShowsStatusAttemptCountdownAndError();
    void theClockMovesOnlyRunningAndWaitingRows();
    void filters_data();
    void filters();
    void selectingATaskShowsItsAttemptsAndLog();
    void whatATaskWroteIsShownEscaped();
    void timelineShowsBackoffGapsAndSelectsOnClick();
    void timelineLanesPerWorker();
    void denseTimelineShowsTheMixOfOutcomes();
    void controlsRequestActionsOnTheSelectedTask();
    void progressCountsFollowTheRun();
    void screenshots();
};

void TestRunMonitor::modelsPassTheTesterWhileFedLive()
{
    RunMonitor monitor;
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester t1(monitor.taskModel(), Mode::QtTest);
    QAbstractItemModelTester t2(monitor.taskProxy(), Mode::QtTest);
    QAbstractItemModelTester t3(monitor.attemptsModel(), Mode::QtTest);
    QAbstractItemModelTester t4(monitor.eventModel(), Mode::QtTest);
    const RunRecords records = test::syntheticRun(mixedOptions());
    size_t i = 0;
    int batches = 0;
    while (i < records.size()) {
        const size_t end = std::min(records.size(), i + 23);
        monitor.appendRecords(
            RunRecords(records.begin() + qsizetype(i), records.begin() + qsizetype(end)));
        monitor.applyPending();
        i = end;
        if (++batches == 3)
            monitor.selectRow(0); // the attempts model follows a task while it runs
        if (batches == 10)
            monitor.taskView()->sortByColumn(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        if (batches == 20)
            monitor.statusFilter()->setCurrentIndex(1); // problems only
    }
    QVERIFY(monitor.state().isFinished());
    QCOMPARE(monitor.taskModel()->rowCount(), 100);
    QCOMPARE(monitor.eventModel()->rowCount(), 2);
    QVERIFY(monitor.attemptsModel()->rowCount() >= 1);
    QCOMPARE(monitor.taskProxy()->rowCount(), monitor.state().totals().count(TaskStatus::Failed));
}

void TestRunMonitor::aBatchIsOneInsertAndRowRangeChanges()
{
    RunMonitor monitor;
    QSignalSpy inserted(monitor.taskModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(monitor.taskModel(), &QAbstractItemModel::dataChanged);
    RunRecords queue = {rec(RecordType::RunStarted, 0), rec(RecordType::EventStarted, 0)};
    for (int t = 0; t < 40; ++t)
        queue.push_back(rec(RecordType::TaskQueued, 0, t));
    monitor.appendRecords(queue);
    monitor.applyPending();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), 0);
    QCOMPARE(inserted[0][2].toInt(), 39);

    changed.clear();
    monitor.appendRecords({started(1, 0, 1), started(1, 1, 1), started(1, 2, 1), started(1, 30, 1),
                           failed(5, 30, 1, 0), retry(5, 30, 1, 0)});
    monitor.applyPending();
    QList<QPair<int, int>> ranges;
    for (const QList<QVariant> &args : changed) {
        const auto from = args[0].value<QModelIndex>(), to = args[1].value<QModelIndex>();
        if (from.column() == 0) // full-row changes from the batch, not the countdown refresh
            ranges.append({from.row(), to.row()});
    }
    QCOMPARE(ranges, (QList<QPair<int, int>>{{0, 2}, {30, 30}}));
}

// Millions of 320-byte records: the queue hands out slices of the drained batches themselves,
// and an emptied batch's storage serves the next drain.
void TestRunMonitor::pendingRecordsAreReadInPlaceAndTheirStorageReused()
{
    RecordQueue queue;
    RunRecords first;
    for (int t = 0; t < 10; ++t)
        first.push_back(rec(RecordType::TaskQueued, t, t));
    const RunRecord *firstData = first.data();
    queue.push(std::move(first));
    queue.push(
        RunRecords{rec(RecordType::TaskQueued, 10, 10), rec(RecordType::TaskQueued, 11, 11)});
    QCOMPARE(queue.size(), size_t(12));

    RecordSpan slice = queue.front(4);
    QCOMPARE(slice.size(), size_t(4));
    QCOMPARE(slice.data(), firstData);                           // not a copy
    queue.push(RunRecords{rec(RecordType::TaskQueued, 12, 12)}); // queued while it is read
    QCOMPARE(queue.front(4).data(), firstData);
    queue.pop(4);
    slice = queue.front(100); // the rest of the first batch, never more than one batch
    QCOMPARE(slice.size(), size_t(6));
    QCOMPARE(slice.front().task, 4);
    QCOMPARE(slice.data(), firstData + 4);
    queue.pop(slice.size());
    QCOMPARE(queue.size(), size_t(3));
    QCOMPARE(queue.front(100).front().task, 10);

    std::vector<RunRecords> spares; // for the source: the first batch, emptied, storage kept
    queue.takeSpares(spares);
    QCOMPARE(spares.size(), size_t(1));
    QVERIFY(spares[0].empty());
    QCOMPARE(spares[0].data(), firstData);
    QVERIFY(spares[0].capacity() >= 10);
    queue.pop(100);
    queue.pop(100);
    QVERIFY(queue.empty());
    QCOMPARE(queue.front(100).size(), size_t(0));
    queue.push(RunRecords{rec(RecordType::TaskQueued, 13, 13)});
    queue.clear();
    QVERIFY(queue.empty());
    spares.clear();
    queue.takeSpares(spares);
    QCOMPARE(spares.size(), size_t(3)); // the other two read, and the cleared one
    queue.takeSpares(spares);
    QCOMPARE(spares.size(), size_t(3)); // given once
}

void TestRunMonitor::tableShowsStatusAttemptCountdownAndError()
{
    RunMonitor monitor;
    monitor.replay(liveScenario());
    QCOMPARE(cell(monitor, 0, TaskTableModel::StatusColumn), QStringLiteral("waiting to retry"));
    QCOMPARE(monitor.taskModel()
                 ->index(0, TaskTableModel::StatusColumn)
                 .data(Qt::ForegroundRole)
                 .value<QColor>(),
             StatusStyle::color(TaskStatus::WaitingToRetry));
    QVERIFY(!monitor.taskModel()
                 ->index(0, TaskTableModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .pixmap(16)
                 .isNull());
    QCOMPARE(cell(monitor, 0, TaskTableModel::TaskColumn), QStringLiteral("#0  alpha.json"));
    QCOMPARE(cell(monitor, 0, TaskTableModel::AttemptColumn), QStringLiteral("2 / 3"));
    QCOMPARE(cell(monitor, 0, TaskTableModel::NextRetryColumn), QStringLiteral("in 100 ms"));
    QCOMPARE(cell(monitor, 0, TaskTableModel::ErrorColumn), QStringLiteral("TimeoutError: slow 2"));
    QCOMPARE(cell(monitor, 0, TaskTableModel::WorkerColumn), QStringLiteral("w0"));
    QCOMPARE(cell(monitor, 1, TaskTableModel::StatusColumn), QStringLiteral("succeeded"));
    QCOMPARE(cell(monitor, 1, TaskTableModel::DurationColumn), QStringLiteral("19 ms"));
    QCOMPARE(cell(monitor, 1, TaskTableModel::NextRetryColumn), QString());
    QCOMPARE(cell(monitor, 2, TaskTableModel::StatusColumn), QStringLiteral("running"));
    QCOMPARE(cell(monitor, 3, TaskTableModel::StatusColumn), QStringLiteral("queued"));
    QCOMPARE(cell(monitor, 3, TaskTableModel::AttemptColumn), QStringLiteral("0 / 3"));

    monitor.taskModel()->setNow(81);
    QCOMPARE(cell(monitor, 0, TaskTableModel::NextRetryColumn), QStringLiteral("in 50 ms"));
    monitor.taskModel()->setNow(200);
    QCOMPARE(cell(monitor, 0, TaskTableModel::NextRetryColumn), QStringLiteral("due"));
}

// The countdown and running times change with the clock; nothing else does, and a million-row
// table must not be scanned 30 times a second to find them.
void TestRunMonitor::theClockMovesOnlyRunningAndWaitingRows()
{
    RunMonitor monitor;
    RunRecords queue = {rec(RecordType::RunStarted, 0), rec(RecordType::EventStarted, 0)};
    for (int t = 0; t < 40; ++t)
        queue.push_back(rec(RecordType::TaskQueued, 0, t));
    queue.insert(queue.end(), {started(1, 0, 1), started(1, 30, 1)});
    monitor.replay(queue);
    QSignalSpy changed(monitor.taskModel(), &QAbstractItemModel::dataChanged);
    const auto clockRanges = [&changed] { // the (first, last) rows of each clock change
        QList<QPair<int, int>> ranges;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto from = args[0].value<QModelIndex>(), to = args[1].value<QModelIndex>();
            if (from.column() == TaskTableModel::NextRetryColumn &&
                to.column() == TaskTableModel::DurationColumn)
                ranges.append({from.row(), to.row()});
        }
        changed.clear();
        return ranges;
    };
    monitor.taskModel()->setNow(10);
    QCOMPARE(clockRanges(), (QList<QPair<int, int>>{{0, 0}, {30, 30}}));
    QCOMPARE(cell(monitor, 30, TaskTableModel::DurationColumn), QStringLiteral("9 ms"));

    RunRecord ok = rec(RecordType::AttemptFinished, 12, 0, 1);
    ok.end = 12;
    RunRecord done = rec(RecordType::TaskFinished, 12, 0, 1);
    done.taskStatus = TaskStatus::Succeeded;
    // 0 succeeds, 20 starts, 30 fails and waits to retry.
    monitor.appendRecords(
        {ok, done, started(12, 20, 1), failed(12, 30, 1, 50), retry(12, 30, 1, 50)});
    monitor.applyPending();
    changed.clear();
    monitor.taskModel()->setNow(20);
    QCOMPARE(clockRanges(), (QList<QPair<int, int>>{{20, 20}, {30, 30}}));
    QCOMPARE(cell(monitor, 30, TaskTableModel::NextRetryColumn), QStringLiteral("in 42 ms"));
    monitor.taskModel()->reset(); // a new model of the same state finds the same rows
    monitor.taskModel()->setNow(21);
    QCOMPARE(clockRanges(), (QList<QPair<int, int>>{{20, 20}, {30, 30}}));
}

void TestRunMonitor::filters_data()
{
    QTest::addColumn<int>("statusIndex");
    QTest::addColumn<int>("eventIndex");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("all") << 0 << 0 << QString() << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("problems") << 1 << 0 << QString() << QList<int>{0};
    QTest::newRow("running") << 2 + int(TaskStatus::Running) << 0 << QString() << QList<int>{2};
    QTest::newRow("queued") << 2 + int(TaskStatus::Queued) << 0 << QString() << QList<int>{3, 4};
    QTest::newRow("search input") << 0 << 0 << "ALPHA" << QList<int>{0};
    QTest::newRow("search error") << 0 << 0 << "timeouterror" << QList<int>{0};
    QTest::newRow("other event") << 0 << 2 << QString() << QList<int>{4};
    QTest::newRow("event fetch and running")
        << 2 + int(TaskStatus::Running) << 1 << QString() << QList<int>{2};
}

void TestRunMonitor::filters()
{
    QFETCH(int, statusIndex);
    QFETCH(int, eventIndex);
    QFETCH(QString, search);
    QFETCH(QList<int>, rows);
    RunMonitor monitor;
    RunRecords records = liveScenario();
    RunRecord other = rec(RecordType::TaskQueued, 32, 0);
    other.event = 1;
    other.eventName = QStringLiteral("parse");
    records.push_back(other);
    monitor.replay(records);
    monitor.statusFilter()->setCurrentIndex(statusIndex);
    monitor.eventFilter()->setCurrentIndex(eventIndex);
    monitor.searchEdit()->setText(search);
    QList<int> shown;
    for (int r = 0; r < monitor.taskProxy()->rowCount(); ++r)
        shown.append(monitor.taskProxy()->mapToSource(monitor.taskProxy()->index(r, 0)).row());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, rows);
}

void TestRunMonitor::selectingATaskShowsItsAttemptsAndLog()
{
    RunMonitor monitor;
    monitor.replay(liveScenario());
    QSignalSpy selected(&monitor, &RunMonitor::taskSelected);
    monitor.selectRow(0);
    QCOMPARE(selected.size(), 1);
    AttemptsModel *attempts = monitor.attemptsModel();
    QCOMPARE(attempts->rowCount(), 2);
    auto text = [attempts](int row, int column) {
        return attempts->index(row, column).data().toString();
    };
    QCOMPARE(text(0, AttemptsModel::OutcomeColumn), QStringLiteral("error"));
    QCOMPARE(text(0, AttemptsModel::BackoffColumn), QStringLiteral("0 ms"));
    QCOMPARE(text(1, AttemptsModel::BackoffColumn), QStringLiteral("100 ms"));
    QCOMPARE(text(1, AttemptsModel::ErrorColumn), QStringLiteral("TimeoutError: slow 2"));
    QCOMPARE(text(1, AttemptsModel::DurationColumn), QStringLiteral("20 ms"));
    monitor.attemptsView()->setCurrentIndex(attempts->index(1, 0));
    QCOMPARE(monitor.logView()->toPlainText(), QStringLiteral("try 2\ngave up"));

    // The attempts follow the live task: its third attempt appears and fails for good.
    monitor.appendRecords(finishScenario());
    monitor.applyPending();
    QCOMPARE(attempts->rowCount(), 3);
    QCOMPARE(text(2, AttemptsModel::OutcomeColumn), QStringLiteral("error"));
    QCOMPARE(text(2, AttemptsModel::BackoffColumn), QString());
    QCOMPARE(cell(monitor, 0, TaskTableModel::StatusColumn), QStringLiteral("failed"));
}

// A task's message, log and input come from outside: a bidi control in them must not reverse
// what the cell shows, nor an escape sequence pass for text. They read as in volnux-run.
void TestRunMonitor::whatATaskWroteIsShownEscaped()
{
    RunRecords records = liveScenario();
    for (RunRecord &r : records) {
        if (r.type == RecordType::TaskQueued && r.task == 0)
            r.value = QStringLiteral("in\u202eput");
        if (r.type == RecordType::AttemptFinished && r.task == 0) {
            r.message = QStringLiteral("exit \u001b[31mred\u202edesrever");
            r.log = {QStringLiteral("line \u001b]0;title\u0007"), QStringLiteral("tab\tkept")};
        }
    }
    RunMonitor monitor;
    monitor.replay(records);
    QCOMPARE(cell(monitor, 0, TaskTableModel::TaskColumn), QStringLiteral("#0  in\\u202eput"));
    QCOMPARE(cell(monitor, 0, TaskTableModel::ErrorColumn),
             QStringLiteral("TimeoutError: exit \\u001b[31mred\\u202edesrever"));
    monitor.selectRow(0);
    AttemptsModel *attempts = monitor.attemptsModel();
    QCOMPARE(attempts->index(1, AttemptsModel::ErrorColumn).data().toString(),
             QStringLiteral("TimeoutError: exit \\u001b[31mred\\u202edesrever"));
    monitor.attemptsView()->setCurrentIndex(attempts->index(1, 0));
    QCOMPARE(monitor.logView()->toPlainText(),
             QStringLiteral("line \\u001b]0;title\\u0007\ntab\tkept"));
    if (const QString dir = qEnvironmentVariable("VOLNUX_SCREENSHOT_DIR"); !dir.isEmpty()) {
        monitor.resize(1280, 800);
        monitor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&monitor));
        QVERIFY(monitor.grab().save(dir + "/monitor-escaped.png"));
    }
}

void TestRunMonitor::timelineShowsBackoffGapsAndSelectsOnClick()
{
    RunMonitor monitor;
    monitor.resize(1200, 800);
    monitor.replay(liveScenario());
    RunTimeline *timeline = monitor.timeline();
    timeline->replot();
    AttemptBarsPlottable *bars = timeline->bars();
    auto pixel = [timeline](double ms, int lane) {
        return QPointF(timeline->xAxis->coordToPixel(ms / 1000.0),
                       timeline->yAxis->coordToPixel(lane));
    };
    // Attempt 2 of task 0 ended at 31 ms and its 100 ms backoff runs to 131 ms.
    const TimelineHit gap = bars->hitAt(pixel(81, bars->laneOf(0)), 0);
    QVERIFY(gap.valid());
    QCOMPARE(gap.row, 0);
    QCOMPARE(gap.attempt, 1);
    QVERIFY(gap.backoff);
    QVERIFY(bars->describe(gap).contains(QStringLiteral("Backoff after attempt 2: 100 ms")));
    const TimelineHit bar = bars->hitAt(pixel(20, bars->laneOf(0)), 0);
    QCOMPARE(bar.attempt, 1);
    QVERIFY(!bar.backoff);
    QVERIFY(bars->describe(bar).contains(QStringLiteral("Attempt 2 / 3: error")));
    QVERIFY(!bars->hitAt(pixel(5, bars->laneOf(3)), 0).valid()); // the queued task has no bar yet

    QTest::mouseClick(timeline, Qt::LeftButton, {}, pixel(15, bars->laneOf(1)).toPoint());
    QCOMPARE(monitor.selectedRow(), 1);
    QCOMPARE(monitor.taskProxy()->mapToSource(monitor.taskView()->currentIndex()).row(), 1);
}

void TestRunMonitor::timelineLanesPerWorker()
{
    RunMonitor monitor;
    monitor.replay(liveScenario());
    AttemptBarsPlottable *bars = monitor.timeline()->bars();
    QCOMPARE(bars->laneCount(), 5); // the event's header and its four tasks
    monitor.timeline()->setLanes(TimelineLanes::PerWorker);
    QCOMPARE(bars->laneCount(), 2);
    QCOMPARE(bars->laneLabel(0), QStringLiteral("fetch · w0"));
    QCOMPARE(bars->laneOf(1), 1);
}

void TestRunMonitor::controlsRequestActionsOnTheSelectedTask()
{
    RunMonitor monitor;
    monitor.replay(liveScenario());
    RunControlBar *controls = monitor.controls();
    QVERIFY(controls->cancelRunButton()->isEnabled());
    QVERIFY(!controls->runButton()->isEnabled());
    QVERIFY(!controls->rerunFailedButton()->isEnabled());

    QSignalSpy retry(&monitor, &RunMonitor::retryNowRequested);
    QSignalSpy cancelTask(&monitor, &RunMonitor::cancelTaskRequested);
    QSignalSpy cancel(&monitor, &RunMonitor::cancelRequested);
    monitor.selectRow(1); // succeeded: nothing to cancel or retry
    QVERIFY(!controls->retryNowButton()->isEnabled());
    QVERIFY(!controls->cancelTaskButton()->isEnabled());
    monitor.selectRow(0); // waiting to retry
    QVERIFY(controls->retryNowButton()->isEnabled());
    controls->retryNowButton()->click();
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry[0], (QList<QVariant>{0, 0}));
    monitor.selectRow(2);
    QVERIFY(!controls->retryNowButton()->isEnabled());
    controls->cancelTaskButton()->click();
    QCOMPARE(cancelTask[0], (QList<QVariant>{0, 2}));
    controls->cancelRunButton()->click();
    QCOMPARE(cancel.size(), 1);

    QSignalSpy rerun(&monitor, &RunMonitor::rerunFailedRequested);
    monitor.appendRecords(finishScenario());
    monitor.applyPending();
    QVERIFY(!controls->cancelRunButton()->isEnabled());
    QVERIFY(controls->rerunFailedButton()->isEnabled());
    controls->rerunFailedButton()->click();
    const auto keys = rerun[0][0].value<QList<TaskKey>>();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0].task, 0);
}

void TestRunMonitor::progressCountsFollowTheRun()
{
    RunMonitor monitor;
    monitor.replay(liveScenario());
    QCOMPARE(monitor.controls()->progressBar()->maximum(), 4);
    QCOMPARE(monitor.controls()->progressBar()->value(), 1);
    QCOMPARE(monitor.controls()->countsText(),
             QStringLiteral("done 1 · running 1 · waiting 1 · failed 0"));
    QCOMPARE(monitor.eventModel()->index(0, EventSummaryModel::SucceededColumn).data().toInt(), 1);
    QCOMPARE(monitor.eventModel()->index(0, EventSummaryModel::OpenColumn).data().toInt(), 3);
}

// Not a check: with VOLNUX_SCREENSHOT_DIR set, saves the panel during and after a realistic run.
void TestRunMonitor::screenshots()
{
    const QString dir = qEnvironmentVariable("VOLNUX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VOLNUX_SCREENSHOT_DIR to save screenshots");
    test::SyntheticOptions options;
    options.events = {{QStringLiteral("fetch"), 180},
                      {QStringLiteral("parse"), 120},
                      {QStringLiteral("upload"), 60}};
    options.workers = 6;
    options.retryFraction = 0.15;
    options.exhaustFraction = 0.04;
    options.returnFailFraction = 0.03;
    options.backoffFactorMs = 120;
    options.minDurationMs = 20;
    options.maxDurationMs = 220;
    const RunRecords all = test::syntheticRun(options);
    RunMonitor monitor;
    monitor.resize(1280, 800);
    monitor.show();
    auto shoot = [&](const QString &name) {
        QCoreApplication::processEvents();
        monitor.timeline()->replot();
        QVERIFY(monitor.grab().save(dir + QLatin1Char('/') + name));
    };
    monitor.replay(test::recordsUntil(all, all.back().time * 0.38));
    monitor.statusFilter()->setCurrentIndex(0);
    shoot(QStringLiteral("during-table-timeline.png"));
    // Zoom onto a task that retried after a real backoff.
    int retried = 0;
    for (const TaskState &task : monitor.state().tasks()) {
        if (task.attempts.size() >= 3 || task.status == TaskStatus::WaitingToRetry) {
            retried = monitor.state().rowOf(task.event, task.task);
            break;
        }
    }
    const TaskState &shown = monitor.state().tasks()[size_t(retried)];
    monitor.selectRow(retried);
    monitor.timeline()->xAxis->setRange(shown.attempts.front().start / 1000.0 - 0.3,
                                        monitor.state().lastTime() / 1000.0 + 0.1);
    monitor.timeline()->yAxis->setRange(retried - 8.5, retried + 8.5);
    shoot(QStringLiteral("during-timeline-zoomed.png"));

    monitor.replay(all);
    int failedRow = -1;
    for (const TaskState &task : monitor.state().tasks()) {
        if (task.status == TaskStatus::Failed && task.attempts.size() > 1) {
            failedRow = monitor.state().rowOf(task.event, task.task);
            break;
        }
    }
    QVERIFY(failedRow >= 0);
    monitor.selectRow(failedRow);
    monitor.attemptsView()->setCurrentIndex(monitor.attemptsModel()->index(0, 0));
    shoot(QStringLiteral("after-failed-task-attempts.png"));
    monitor.statusFilter()->setCurrentIndex(1);
    monitor.timeline()->fitAll();
    shoot(QStringLiteral("after-problems-filter.png"));
    monitor.laneMode()->setCurrentIndex(1); // lanes per worker
    monitor.timeline()->xAxis->setRange(0, 3);
    shoot(QStringLiteral("after-worker-lanes.png"));
}

// 2,000 tasks in a 200-pixel-high plot, every fifth failing: ten lanes share each pixel row. Each
// pixel shows the mix of what is under it, so the picture is mostly green; drawn bar by bar, the
// error drawn last would turn nearly every row red.
void TestRunMonitor::denseTimelineShowsTheMixOfOutcomes()
{
    RunState state;
    state.apply(test::oneSecondTasks(2000, 5));
    RunTimeline timeline;
    timeline.resize(500, 260);
    timeline.setState(&state);
    timeline.fitAll();
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.replot();
    const test::GreenAndRed count =
        test::countGreenAndRed(timeline.grab().toImage(), timeline.axisRect()->rect());
    QVERIFY2(count.greenish > 1000, qPrintable(QString::number(count.greenish)));
    QVERIFY2(count.reddish * 10 < count.greenish,
             qPrintable(QStringLiteral("%1 reddish against %2 greenish")
                            .arg(count.reddish)
                            .arg(count.greenish)));
}

QTEST_MAIN(TestRunMonitor)
#include "tst_runmonitor.moc"
