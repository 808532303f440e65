// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's task lanes: grouped by event under header lanes, collapsed and expanded by click,
// Space and for all at once, following the task table's filter while the run goes on, and worker
// lanes named by their event.

#include "tests/support/RecordBuilders.h"
#include "tests/support/SyntheticRun.h"
#include "tests/support/TimelinePixels.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/plots/RunTimeline.h"

#include <QSignalSpy>
#include <QTest>

using namespace volnux;

namespace {

// fetch: 60 tasks, then parse: 40, with retries and failures.
test::SyntheticOptions twoEvents()
{
    test::SyntheticOptions options;
    options.events = {{QStringLiteral("fetch"), 60}, {QStringLiteral("parse"), 40}};
    options.retryFraction = 0.2;
    options.exhaustFraction = 0.1;
    return options;
}

QPoint laneCentre(RunTimeline *timeline, int lane)
{
    return QPoint(timeline->axisRect()->rect().center().x(),
                  int(timeline->yAxis->coordToPixel(lane)));
}

int failedTasks(const RunState &state)
{
    int failed = 0;
    for (const TaskState &task : state.tasks())
        failed += task.status == TaskStatus::Failed ? 1 : 0;
    return failed;
}

} // namespace

class TestTimelineLanes : public QObject
{
    Q_OBJECT
private slots:
    void lanesAreGroupedByEventUnderHeaders();
    void manyLanesNameTheirGroups();
    void aClickOnAHeaderCollapsesItsGroup();
    void spaceAndSelectionCollapseAndExpand();
    void arrowKeysSkipHeaders();
    void lanesFollowTheTaskFilter();
    void aFilteredLiveRunGainsItsLanes();
    void aCollapsedGroupShowsTheMixOfItsTasks();
    void workerLanesAreNamedByTheirEvent();
};

void TestTimelineLanes::lanesAreGroupedByEventUnderHeaders()
{
    RunMonitor monitor;
    monitor.replay(test::syntheticRun(twoEvents()));
    const RunState &state = monitor.state();
    AttemptBarsPlottable *bars = monitor.timeline()->bars();
    QCOMPARE(bars->laneCount(), 1 + 60 + 1 + 40);
    QCOMPARE(bars->headerEvent(0), 0);
    QCOMPARE(bars->headerEvent(61), 1);
    QCOMPARE(bars->headerEvent(1), -1);
    QCOMPARE(bars->laneOf(state.rowOf(0, 0)), 1);
    QCOMPARE(bars->laneOf(state.rowOf(0, 59)), 60);
    QCOMPARE(bars->laneOf(state.rowOf(1, 0)), 62);
    QCOMPARE(bars->laneLabel(0), QStringLiteral("▾ fetch (60)"));
    QCOMPARE(bars->laneLabel(61), QStringLiteral("▾ parse (40)"));
    QCOMPARE(bars->laneLabel(62), QStringLiteral("#0"));
}

// Too many lanes to name each: the groups' names stand at their headers.
void TestTimelineLanes::manyLanesNameTheirGroups()
{
    RunMonitor monitor;
    monitor.resize(1200, 900);
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));
    monitor.replay(test::syntheticRun(twoEvents()));
    RunTimeline *timeline = monitor.timeline();
    timeline->fitAll();
    timeline->replot();
    auto ticker = timeline->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    const QMap<double, QString> ticks = ticker->ticks();
    QCOMPARE(ticks.value(0), QStringLiteral("▾ fetch (60)"));
    QCOMPARE(ticks.value(61), QStringLiteral("▾ parse (40)"));
    QCOMPARE(ticks.size(), 2);

    // Scrolled into the middle of a group: its name stands at the top.
    timeline->yAxis->setRange(20, 140);
    QCOMPARE(timeline->yAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks().value(20),
             QStringLiteral("▾ fetch (60)"));
}

void TestTimelineLanes::aClickOnAHeaderCollapsesItsGroup()
{
    RunMonitor monitor;
    monitor.resize(1200, 900);
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));
    monitor.replay(test::syntheticRun(twoEvents()));
    const RunState &state = monitor.state();
    RunTimeline *timeline = monitor.timeline();
    AttemptBarsPlottable *bars = timeline->bars();
    timeline->replot();
    QVERIFY(timeline->axisRect()->rect().height() > 100);
    QSignalSpy regrouped(timeline, &RunTimeline::lanesChanged);

    QTest::mouseClick(timeline, Qt::LeftButton, {}, laneCentre(timeline, 61));
    QCOMPARE(regrouped.size(), 1);
    QCOMPARE(bars->laneCount(), 1 + 60 + 1);
    QCOMPARE(bars->laneOf(state.rowOf(1, 0)), -1);
    QCOMPARE(bars->laneLabel(61), QStringLiteral("▸ parse (40)"));
    QCOMPARE(monitor.selectedRow(), -1); // a header is not a task

    timeline->replot();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, laneCentre(timeline, 61));
    QCOMPARE(bars->laneCount(), 102);
    QCOMPARE(bars->laneOf(state.rowOf(1, 0)), 62);

    // A double click (press, release, double click, release) toggles once.
    const QPoint header = laneCentre(timeline, 61);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, header);
    QTest::mouseDClick(timeline, Qt::LeftButton, {}, header);
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, header);
    QCOMPARE(bars->laneCount(), 62);
    timeline->setGroupCollapsed(1, false);

    // All at once (the context menu's actions), and kept for the next run of the same events.
    timeline->setAllGroupsCollapsed(true);
    QCOMPARE(bars->laneCount(), 2);
    monitor.replay(test::syntheticRun(twoEvents()));
    QCOMPARE(bars->laneCount(), 2);
    timeline->setAllGroupsCollapsed(false);
    QCOMPARE(bars->laneCount(), 102);
}

void TestTimelineLanes::spaceAndSelectionCollapseAndExpand()
{
    RunMonitor monitor;
    monitor.replay(test::syntheticRun(twoEvents()));
    const RunState &state = monitor.state();
    RunTimeline *timeline = monitor.timeline();
    AttemptBarsPlottable *bars = timeline->bars();
    const int row = state.rowOf(0, 5);
    timeline->setSelectedRow(row);
    QTest::keyClick(timeline, Qt::Key_Space);
    QCOMPARE(bars->laneCount(), 1 + 1 + 40);
    QCOMPARE(bars->laneOf(row), -1);
    // A task chosen elsewhere (the task table) opens its group.
    timeline->setSelectedRow(row);
    QCOMPARE(bars->laneOf(row), 6);
    QCOMPARE(bars->laneCount(), 102);
}

void TestTimelineLanes::arrowKeysSkipHeaders()
{
    RunMonitor monitor;
    monitor.replay(test::syntheticRun(twoEvents()));
    const RunState &state = monitor.state();
    RunTimeline *timeline = monitor.timeline();
    timeline->setSelectedRow(state.rowOf(0, 59));
    QTest::keyClick(timeline, Qt::Key_Down);
    QCOMPARE(timeline->selectedRow(), state.rowOf(1, 0)); // lane 62, past parse's header
    QTest::keyClick(timeline, Qt::Key_Up);
    QCOMPARE(timeline->selectedRow(), state.rowOf(0, 59));
}

void TestTimelineLanes::lanesFollowTheTaskFilter()
{
    RunMonitor monitor;
    monitor.replay(test::syntheticRun(twoEvents()));
    const RunState &state = monitor.state();
    AttemptBarsPlottable *bars = monitor.timeline()->bars();
    TaskFilterProxyModel *proxy = monitor.taskProxy();

    proxy->setStatusFilter({TaskStatus::Failed});
    const int failed = failedTasks(state);
    QVERIFY(failed > 0);
    int groups = 0;
    for (int event : {0, 1})
        groups += bars->laneMap().rowsOf(event).empty() ? 0 : 1;
    QCOMPARE(bars->laneCount(), groups + failed);
    QCOMPARE(proxy->rowCount(), failed);
    for (int lane = 0; lane < bars->laneCount(); ++lane) {
        const TaskLaneMap::Lane at = bars->laneMap().at(lane);
        QVERIFY(at.isHeader() || state.tasks()[size_t(at.row)].status == TaskStatus::Failed);
    }

    proxy->setStatusFilter({});
    proxy->setSearchText(QStringLiteral("parse"));
    QCOMPARE(bars->laneCount(), 1 + 40);
    QCOMPARE(bars->headerEvent(0), 1);
    QCOMPARE(bars->laneLabel(0), QStringLiteral("▾ parse (40)"));

    proxy->setSearchText({});
    proxy->setEventFilter(0);
    QCOMPARE(bars->laneCount(), 1 + 60);
    proxy->setEventFilter(-1);
    QCOMPARE(bars->laneCount(), 102);
}

// Tasks fail while the run goes on: a timeline filtered to failures gains their lanes.
void TestTimelineLanes::aFilteredLiveRunGainsItsLanes()
{
    RunMonitor monitor;
    monitor.taskProxy()->setStatusFilter({TaskStatus::Failed});
    const RunRecords records = test::syntheticRun(twoEvents());
    AttemptBarsPlottable *bars = monitor.timeline()->bars();
    int before = -1;
    for (size_t i = 0; i < records.size(); i += 50) {
        const size_t end = std::min(records.size(), i + 50);
        monitor.appendRecords(
            RunRecords(records.begin() + qsizetype(i), records.begin() + qsizetype(end)));
        monitor.applyPending();
        if (i == 0)
            before = bars->laneCount();
    }
    const int failed = failedTasks(monitor.state());
    QCOMPARE(before, 0);
    QVERIFY(bars->laneCount() > failed);
    QVERIFY(bars->laneCount() <= failed + 2);
    QCOMPARE(monitor.taskProxy()->rowCount(), failed);
}

// 2,000 tasks, one in five failing, collapsed into one header lane: the lane is the mix of its
// tasks, mostly green, not the colour of whichever bar was drawn last.
void TestTimelineLanes::aCollapsedGroupShowsTheMixOfItsTasks()
{
    RunState state;
    state.apply(test::oneSecondTasks(2000, 5));
    RunTimeline timeline;
    timeline.resize(500, 200);
    timeline.setState(&state);
    timeline.setAllGroupsCollapsed(true);
    QCOMPARE(timeline.bars()->laneCount(), 1);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.replot();
    const QRect plot = timeline.axisRect()->rect();
    const QRect lane(plot.left(), int(timeline.yAxis->coordToPixel(0)), plot.width(), 1);
    const test::GreenAndRed count = test::countGreenAndRed(timeline.grab().toImage(), lane);
    QVERIFY2(count.greenish > plot.width() / 2, qPrintable(QString::number(count.greenish)));
    QCOMPARE(count.reddish, 0);
}

void TestTimelineLanes::workerLanesAreNamedByTheirEvent()
{
    RunMonitor monitor;
    monitor.replay(test::syntheticRun(twoEvents()));
    RunTimeline *timeline = monitor.timeline();
    timeline->setLanes(TimelineLanes::PerWorker);
    AttemptBarsPlottable *bars = timeline->bars();
    const RunState &state = monitor.state();
    QCOMPARE(bars->laneCount(), int(state.workers().size()));
    QStringList labels;
    for (int lane = 0; lane < bars->laneCount(); ++lane)
        labels << bars->laneLabel(lane);
    QVERIFY2(labels.first().startsWith(QStringLiteral("fetch · ")), qPrintable(labels.first()));
    QVERIFY2(labels.last().startsWith(QStringLiteral("parse · ")), qPrintable(labels.last()));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
}

QTEST_MAIN(TestTimelineLanes)
#include "tst_timelinelanes.moc"
