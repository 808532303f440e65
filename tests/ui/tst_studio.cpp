// SPDX-License-Identifier: GPL-3.0-or-later
// The integrated studio end to end, as a user drives it: a project opened through the window's
// file API, the Run action, and what the run panel then shows (task table, attempts, timeline
// gaps, event summary, progress) checked against what the project's settings must produce.
// Also: Run refused for an invalid project, Cancel during a run, Retry now, Rerun failed. The
// window's layout as the user leaves it: tst_studiolayout.

// qcustomplot.h needs Qt's foreach, which the build policy switches off; it must come first.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "core/engine/Clock.h"
#include "core/engine/Run.h"
#include "core/kinds/BuiltinKinds.h"
#include "core/kinds/SimulateEvent.h"
#include "core/project/ProjectFile.h"
#include "tests/ui/StudioWindowFixture.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/EventEditor.h"
#include "ui/explorer/ProjectExplorer.h"
#include "ui/files/ProblemsDialog.h"
#include "ui/mainwindow/StudioWindow.h"
#include "ui/models/AttemptsModel.h"
#include "ui/models/EventSummaryModel.h"
#include "ui/models/TaskTableModel.h"
#include "ui/monitor/EventExplanation.h"
#include "ui/monitor/RunControlBar.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/monitor/StatusStyle.h"
#include "ui/pipeline/PipelineEditor.h"
#include "ui/pipeline/PipelineGraphView.h"
#include "ui/plots/BackoffPreview.h"
#include "ui/plots/RunTimeline.h"
#include "ui/run/MonitorRunLauncher.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace volnux;
using volnux::test::showTab;

namespace {

// What a task of a `simulate` event must end as, from its parameters and retry policy alone.
struct ExpectedTask
{
    bool succeeded = false;
    int attempts = 0;
    QList<double> backoffsMs; // after each attempt; -1 when none followed
};

ExpectedTask expectedSimulateTask(const EventDefinition &event, int task)
{
    const RetryPolicy policy = event.retry_policy.value_or(RetryPolicy{1, 0, 0, {}});
    const QString failWith =
        event.params.value(QStringLiteral("fail_with"), QStringLiteral("RuntimeError")).toString();
    ExpectedTask expected;
    for (int attempt = 1; attempt <= policy.max_attempts; ++attempt) {
        expected.attempts = attempt;
        if (!SimulateEvent::attemptFails(event.params, task, attempt)) {
            expected.succeeded = true;
            expected.backoffsMs << -1;
            break;
        }
        if (failWith == SimulateEvent::returnedFailure() ||
            !policy.shouldRetry(failWith, attempt)) {
            expected.backoffsMs << -1;
            break;
        }
        expected.backoffsMs << policy.backoffAfterAttempt(attempt) * 1000.0;
    }
    return expected;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestStudio : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void retryShowcaseShowsWhatItsSettingsProduce();
    void runRefusedListsLocatedProblems();
    void cancelActionEndsALongRun();
    void retryNowCutsABackoffShort();
    void rerunFailedRunsOnlyTheFailedTasks();
    void pipelineDemoDrawsAndRunsItsBranches();
    void backoffPreviewOfAnEventWithoutPolicy();
    void graphShowsARecordedRun();
    void eventsSayWhyTheySucceededOrFailed();

private:
    test::StudioWindowFixture m_studio;
};

void TestStudio::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_studio"));
    QSettings().clear(); // no window layout left over from an earlier run of this test
    registerBuiltinKinds();
}

void TestStudio::cleanup()
{
    m_studio.close();
}

// The bundled example, unmodified. Backoffs take no real time (fast-forward clock), nor does the
// simulated work (about 4 s of `duration_ms`) once executors wait on the run's clock (WaitOnClock).
void TestStudio::retryShowcaseShowsWhatItsSettingsProduce()
{
    const QString path = QFINDTESTDATA("../../resources/examples/retry-showcase.vxproj");
    QVERIFY(!path.isEmpty());
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("retry-showcase.vxproj")));
    const Project project = window->document()->project();
    QCOMPARE(project.events.size(), 6);
    RunMonitor *monitor = window->monitor();
    QVERIFY(window->runAction()->isEnabled());
    QVERIFY(!m_studio.action("actionCancel")->isEnabled());

    // First start: the run panel is a tab behind the pipeline, and its timeline says what it
    // will show rather than drawing empty axes.
    auto *pipelineDock = window->findChild<QDockWidget *>(QStringLiteral("pipelineDock"));
    QVERIFY(window->tabifiedDockWidgets(pipelineDock).contains(window->runDock()));
    QVERIFY(!pipelineDock->visibleRegion().isEmpty());
    QVERIFY(window->runDock()->visibleRegion().isEmpty());
    const auto emptyHint = [monitor] {
        for (auto *item : monitor->timeline()->findChildren<QCPItemText *>()) {
            if (item->text().startsWith(QStringLiteral("No run yet")))
                return item;
        }
        return static_cast<QCPItemText *>(nullptr);
    };
    QVERIFY(emptyHint() && emptyHint()->visible());

    QSignalSpy finished(window->launcher(), &MonitorRunLauncher::runFinished);
    window->runAction()->trigger();
    QVERIFY(window->launcher()->isRunning());
    // The run brings its panel forward, tall enough to follow.
    QTRY_VERIFY(!window->runDock()->visibleRegion().isEmpty());
    QTRY_VERIFY(window->runDock()->height() >= window->height() / 2);
    QVERIFY(!window->runAction()->isEnabled());
    QVERIFY(m_studio.action("actionCancel")->isEnabled());
    QVERIFY(window->runDock()->isVisible());
    QVERIFY(finished.wait(30000));
    m_studio.waitUntilFinished();
    QCOMPARE(finished.first().first().toInt(), int(RunStatus::Succeeded));
    QVERIFY(window->runAction()->isEnabled());

    // Task table, attempts and timeline of every task.
    const TaskTableModel *tasks = monitor->taskModel();
    RunTimeline *timeline = monitor->timeline();
    int expectedTasks = 0, expectedFailed = 0, gaps = 0;
    for (int e = 0; e < project.events.size(); ++e) {
        const EventDefinition &event = project.events[e];
        const int taskCount = int(event.taskInputs().size());
        int succeeded = 0;
        for (int t = 0; t < taskCount; ++t) {
            const ExpectedTask expected = expectedSimulateTask(event, t);
            const int row = monitor->state().rowOf(e, t);
            QVERIFY2(row >= 0, qPrintable(event.name));
            const QString where = QStringLiteral("%1 #%2").arg(event.name).arg(t);
            QCOMPARE(cell(tasks, row, TaskTableModel::StatusColumn),
                     expected.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"));
            QCOMPARE(cell(tasks, row, TaskTableModel::AttemptColumn),
                     QStringLiteral("%1 / %2")
                         .arg(expected.attempts)
                         .arg(event.retry_policy ? event.retry_policy->max_attempts : 1));
            QVERIFY2(cell(tasks, row, TaskTableModel::NextRetryColumn).isEmpty(),
                     qPrintable(where));
            succeeded += expected.succeeded ? 1 : 0;

            monitor->selectRow(row);
            QCOMPARE(monitor->attemptsModel()->rowCount(), expected.attempts);
            for (int a = 0; a < expected.attempts; ++a) {
                const bool last = a == expected.attempts - 1;
                const QString outcome =
                    cell(monitor->attemptsModel(), a, AttemptsModel::OutcomeColumn);
                QVERIFY2(
                    outcome == (last && expected.succeeded ? QStringLiteral("success")
                                : event.params.value(QStringLiteral("fail_with")) ==
                                        QStringLiteral("return")
                                    ? QStringLiteral("failure")
                                    : QStringLiteral("error")),
                    qPrintable(where + QStringLiteral(" attempt %1: %2").arg(a + 1).arg(outcome)));
                const double backoff = expected.backoffsMs[a];
                // The planned backoff; "planned, actual" when the next attempt waited longer.
                const QString backoffText =
                    cell(monitor->attemptsModel(), a, AttemptsModel::BackoffColumn);
                if (backoff < 0)
                    QCOMPARE(backoffText, QString());
                else
                    QVERIFY2(backoffText == StatusStyle::duration(backoff) ||
                                 backoffText.startsWith(StatusStyle::duration(backoff) +
                                                        QStringLiteral(" planned, ")),
                             qPrintable(backoffText));
                // Each retry against its due time: nobody clicked Retry now, so none is early.
                const QString lag =
                    cell(monitor->attemptsModel(), a, AttemptsModel::StartLagColumn);
                QVERIFY2(a == 0 ? lag.isEmpty()
                                : lag == QStringLiteral("on time") ||
                                      lag.endsWith(QStringLiteral(" late")),
                         qPrintable(where + QStringLiteral(" attempt %1: %2").arg(a + 1).arg(lag)));
                if (backoff <= 0)
                    continue;
                // The gap after this attempt on the timeline spans the scheduled backoff.
                const AttemptState &shown =
                    monitor->state().tasks()[size_t(row)].attempts[size_t(a)];
                timeline->xAxis->setRange(shown.end / 1000.0 - 0.05,
                                          (shown.end + backoff) / 1000.0 + 0.05);
                const int lane = timeline->bars()->laneOf(row);
                timeline->yAxis->setRange(lane - 2, lane + 2);
                timeline->replot();
                for (double at : {0.1, 0.9}) {
                    const QPointF pixel(
                        timeline->xAxis->coordToPixel((shown.end + backoff * at) / 1000.0),
                        timeline->yAxis->coordToPixel(lane));
                    const TimelineHit hit = timeline->bars()->hitAt(pixel, 0);
                    QVERIFY2(hit.backoff && hit.row == row && hit.attempt == a, qPrintable(where));
                    QVERIFY(timeline->bars()->describe(hit).contains(
                        QStringLiteral("Backoff after attempt %1: %2 scheduled")
                            .arg(a + 1)
                            .arg(StatusStyle::duration(backoff))));
                }
                ++gaps;
            }
        }
        expectedTasks += taskCount;
        expectedFailed += taskCount - succeeded;

        // Event summary: counts and the evaluated outcome.
        const EventSummaryModel *summary = monitor->eventModel();
        QCOMPARE(cell(summary, e, EventSummaryModel::NameColumn), event.name);
        QCOMPARE(cell(summary, e, EventSummaryModel::TotalColumn).toInt(), taskCount);
        QCOMPARE(cell(summary, e, EventSummaryModel::SucceededColumn).toInt(), succeeded);
        QCOMPARE(cell(summary, e, EventSummaryModel::FailedColumn).toInt(), taskCount - succeeded);
        QCOMPARE(cell(summary, e, EventSummaryModel::OpenColumn).toInt(), 0);
        const bool outcome =
            event.evaluation.value_or(Evaluation()).evaluate(succeeded, taskCount - succeeded);
        // In words, the branch number in the tooltip.
        const QModelIndex why = summary->index(e, EventSummaryModel::OutcomeColumn);
        QVERIFY(why.data().toString().startsWith(
            event.evaluation.value_or(Evaluation()).toString() + QStringLiteral(" — ")));
        QVERIFY2(why.data().toString().endsWith(outcome ? QStringLiteral("→ success")
                                                        : QStringLiteral("→ failure")),
                 qPrintable(why.data().toString()));
        QVERIFY(why.data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("Pipeline branch %1").arg(outcome ? 1 : 0)));
    }
    QCOMPARE(tasks->rowCount(), expectedTasks);
    // What the example's README promises: capped backoffs 0.4 s then 0.5 s, and so on.
    const ExpectedTask capped = expectedSimulateTask(project.events[1], 0);
    QCOMPARE(capped.backoffsMs, QList<double>({0, 400, 500, 500, 500, -1}));
    QCOMPARE(expectedSimulateTask(project.events[5], 2).backoffsMs, QList<double>({0, 800, -1}));
    QVERIFY(expectedFailed >= 3); // returned_failure #1, filtered_retries #0, exhausted #2
    QVERIFY(gaps >= 4 * 1 + 2 * 4 + 1);

    // Progress: bar and counts.
    RunControlBar *controls = monitor->controls();
    QCOMPARE(controls->progressBar()->value(), expectedTasks);
    QCOMPARE(controls->progressBar()->maximum(), expectedTasks);
    QCOMPARE(controls->countsText(), QStringLiteral("done %1 · running 0 · waiting 0 · failed %2")
                                         .arg(expectedTasks)
                                         .arg(expectedFailed));
    QVERIFY(controls->rerunFailedButton()->isEnabled());
    QVERIFY(!controls->cancelRunButton()->isEnabled());

    QVERIFY(!emptyHint()->visible());
    // "waiting to retry" is never cut short.
    const int statusWidth = monitor->taskView()->fontMetrics().horizontalAdvance(
        StatusStyle::label(TaskStatus::WaitingToRetry));
    QVERIFY(monitor->taskView()->columnWidth(TaskTableModel::StatusColumn) > statusWidth + 16);

    // Selecting a task shows its event's settings in the editor, and its latest attempt: the
    // error in full where there is no output to show.
    monitor->selectRow(monitor->state().rowOf(5, 2));
    QCOMPARE(window->eventEditor()->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
             QStringLiteral("exhausted"));
    QCOMPARE(monitor->attemptsView()->currentIndex().row(), 2);
    QCOMPARE(monitor->logView()->placeholderText(),
             QStringLiteral("Attempt 3 failed with RuntimeError: simulated failure (task 2, "
                            "attempt 3)\nAttempt 3 wrote no output."));
}

void TestStudio::runRefusedListsLocatedProblems()
{
    const QString path = m_studio.writeProject(QStringLiteral("two.vxproj"), R"({
  "format": "volnux-project", "version": 1, "name": "Two",
  "events": [
    {"name": "first", "kind": "sleep", "params": {"duration_ms": 10}},
    {"name": "second", "kind": "sleep", "params": {"duration_ms": 10}}
  ]
})");
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    // The user renames the second event to the first one's name.
    window->explorer()->selectEvent(1);
    auto *name = window->eventEditor()->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, QStringLiteral("first"));
    QTRY_VERIFY(!window->document()->problems().isEmpty());
    // Run stays available: it is where the user learns what stops the project from running.
    QVERIFY(window->runAction()->isEnabled());

    QSignalSpy refused(window->launcher(), &MonitorRunLauncher::runRefused);
    QSignalSpy running(window->launcher(), &RunLauncher::runningChanged);
    // Through the panel's own Run button, as a user watching the monitor would.
    window->monitor()->controls()->runButton()->click();
    QCOMPARE(refused.size(), 1);
    const QStringList problems = refused.first().first().toStringList();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().startsWith(QStringLiteral("events[1].name: ")),
             qPrintable(problems.join(u'\n')));
    QCOMPARE(running.size(), 0);
    QVERIFY(!window->launcher()->isRunning());
    QVERIFY(!window->launcher()->currentRun());
    QCOMPARE(window->monitor()->taskModel()->rowCount(), 0);

    // Listed in a dialog that does not block the window, one located row per problem.
    auto *dialog = window->findChild<ProblemsDialog *>(QStringLiteral("runProblemsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>();
    QCOMPARE(list->topLevelItemCount(), problems.size());
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("events[1].name"));
    dialog->close();
}

void TestStudio::cancelActionEndsALongRun()
{
    const QString path = m_studio.writeProject(QStringLiteral("long.vxproj"), R"({
  "format": "volnux-project", "version": 1, "name": "Long",
  "events": [
    {"name": "nap", "kind": "sleep", "params": {"duration_ms": 60000}, "tasks": 3,
     "executor": "ThreadPoolExecutor", "executor_config": {"max_workers": 2}},
    {"name": "after", "kind": "sleep", "params": {"duration_ms": 10}}
  ]
})");
    StudioWindow *window = m_studio.open(path, nullptr); // the system clock: a real long run
    RunMonitor *monitor = window->monitor();
    window->runAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state().totals().count(TaskStatus::Running), 2, 5000);
    QCOMPARE(monitor->controls()->countsText(),
             QStringLiteral("done 0 · running 2 · waiting 0 · failed 0"));
    QAction *cancel = m_studio.action("actionCancel");
    QVERIFY(cancel->isEnabled());
    QElapsedTimer timer;
    timer.start();
    cancel->trigger();
    m_studio.waitUntilFinished(5000);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(monitor->state().runStatus() == RunStatus::Cancelled);
    const TaskTableModel *tasks = monitor->taskModel();
    for (int row = 0; row < tasks->rowCount(); ++row) {
        const QString status = cell(tasks, row, TaskTableModel::StatusColumn);
        QVERIFY2(status == QStringLiteral("cancelled") || status == QStringLiteral("skipped"),
                 qPrintable(status));
    }
    QCOMPARE(cell(monitor->eventModel(), 0, EventSummaryModel::CancelledColumn).toInt(), 3);
    // The run's end reaches the window one event after the monitor has it.
    QTRY_VERIFY(!cancel->isEnabled());
    QTRY_VERIFY(window->runAction()->isEnabled());
    QTRY_VERIFY(!monitor->controls()->cancelRunButton()->isEnabled());
}

void TestStudio::retryNowCutsABackoffShort()
{
    // Attempts 1 and 2 fail; the wait after attempt 2 is 10 s, which only "Retry now" cuts short.
    const QString path = m_studio.writeProject(QStringLiteral("slow-retry.vxproj"), R"({
  "format": "volnux-project", "version": 1, "name": "Slow retry",
  "events": [
    {"name": "flaky", "kind": "simulate", "params": {"duration_ms": 5, "fail_attempts": 2,
     "fail_with": "TimeoutError"},
     "retry_policy": {"max_attempts": 3, "backoff_factor": 5, "max_backoff": 100,
                      "retry_on_exceptions": []}}
  ]
})");
    StudioWindow *window = m_studio.open(path, nullptr);
    RunMonitor *monitor = window->monitor();
    window->runAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(monitor->taskModel(), 0, TaskTableModel::StatusColumn),
                              QStringLiteral("waiting to retry"), 5000);
    QCOMPARE(cell(monitor->taskModel(), 0, TaskTableModel::AttemptColumn), QStringLiteral("2 / 3"));
    QVERIFY(cell(monitor->taskModel(), 0, TaskTableModel::NextRetryColumn)
                .startsWith(QStringLiteral("in ")));
    QVERIFY(monitor->controls()->countsText().contains(QStringLiteral("waiting 1")));
    // The user clicks the row, then the button.
    QTableView *view = monitor->taskView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 0)).center());
    QCOMPARE(monitor->selectedRow(), 0);
    QToolButton *retryNow = monitor->controls()->retryNowButton();
    QVERIFY(retryNow->isEnabled());
    QElapsedTimer timer;
    timer.start();
    retryNow->click();
    m_studio.waitUntilFinished(5000);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(cell(monitor->taskModel(), 0, TaskTableModel::StatusColumn),
             QStringLiteral("succeeded"));
    QCOMPARE(cell(monitor->taskModel(), 0, TaskTableModel::AttemptColumn), QStringLiteral("3 / 3"));
    // The scheduled backoff, and the actual wait Retry now cut it to.
    const QString backoff = cell(monitor->attemptsModel(), 1, AttemptsModel::BackoffColumn);
    QVERIFY(backoff.startsWith(QStringLiteral("10.00 s planned, ")));
    QVERIFY(cell(monitor->attemptsModel(), 2, AttemptsModel::StartLagColumn)
                .startsWith(QStringLiteral("Retry now, ")));
    // ... readable in full, not cut to "10.00 s plan…".
    QTableView *attempts = monitor->attemptsView();
    QVERIFY2(attempts->columnWidth(AttemptsModel::BackoffColumn) >
                 attempts->fontMetrics().horizontalAdvance(backoff),
             qPrintable(QString::number(attempts->columnWidth(AttemptsModel::BackoffColumn))));
    QVERIFY(!retryNow->isEnabled());
}

void TestStudio::rerunFailedRunsOnlyTheFailedTasks()
{
    const QString path = m_studio.writeProject(QStringLiteral("some-fail.vxproj"), R"({
  "format": "volnux-project", "version": 1, "name": "Some fail",
  "events": [
    {"name": "load", "kind": "simulate", "params": {"duration_ms": 1, "fail_tasks": [1, 3]},
     "inputs": ["a", "b", "c", "d"], "evaluation": "SUCCESS_FOR_PARTIAL_SUCCESS"},
    {"name": "report", "kind": "simulate", "params": {"duration_ms": 1}}
  ]
})");
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    RunMonitor *monitor = window->monitor();
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    QCOMPARE(monitor->taskModel()->rowCount(), 5);
    QVERIFY(monitor->controls()->countsText().endsWith(QStringLiteral("failed 2")));

    QSignalSpy finished(window->launcher(), &MonitorRunLauncher::runFinished);
    QToolButton *rerun = monitor->controls()->rerunFailedButton();
    QVERIFY(rerun->isEnabled());
    rerun->click();
    QVERIFY(window->launcher()->isRunning());
    QVERIFY(finished.wait(10000));
    m_studio.waitUntilFinished();
    // Only "b" and "d" ran again, with the same settings, each keeping its identity: they are
    // tasks 1 and 3 again, so fail_tasks [1, 3] judges them as before and both fail again.
    const TaskTableModel *tasks = monitor->taskModel();
    QCOMPARE(tasks->rowCount(), 2);
    QCOMPARE(cell(tasks, 0, TaskTableModel::EventColumn), QStringLiteral("load"));
    QCOMPARE(cell(tasks, 0, TaskTableModel::TaskColumn), QStringLiteral("#1  b"));
    QCOMPARE(cell(tasks, 1, TaskTableModel::TaskColumn), QStringLiteral("#3  d"));
    QCOMPARE(cell(tasks, 0, TaskTableModel::StatusColumn), QStringLiteral("failed"));
    QCOMPARE(cell(tasks, 1, TaskTableModel::StatusColumn), QStringLiteral("failed"));
    QCOMPARE(monitor->eventModel()->rowCount(), 1);
}

// The third example: drawn with the join after the longest branch, and run through the GUI with
// the branch it takes, the one it skips and the `* 3` attempts override.
void TestStudio::pipelineDemoDrawsAndRunsItsBranches()
{
    const QString path = QFINDTESTDATA("../../resources/examples/pipeline-demo.vxproj");
    QVERIFY(!path.isEmpty());
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    const auto index = [window](const char *name) {
        for (int i = 0; i < window->document()->eventCount(); ++i) {
            if (window->document()->event(i).name == QLatin1String(name))
                return i;
        }
        return -1;
    };
    const PipelineGraphView *graph = window->pipelineEditor()->graphView();
    QCOMPARE(graph->drawnEvents().size(), 8);
    const QRectF group = graph->eventBox(index("unit_tests"));
    QCOMPARE(graph->eventBox(index("lint")).top(), group.top()); // side by side
    QCOMPARE(graph->eventBox(index("integration_tests")).top(), group.top());
    QVERIFY(graph->eventBox(index("package")).top() > group.bottom()); // a branch lane below
    QVERIFY(graph->eventBox(index("report")).left() > graph->eventBox(index("publish")).right());

    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    RunMonitor *monitor = window->monitor();
    const auto status = [monitor, &index](const char *event, int task) {
        return cell(monitor->taskModel(), monitor->state().rowOf(index(event), task),
                    TaskTableModel::StatusColumn);
    };
    QCOMPARE(status("notify_failure", 0), QStringLiteral("skipped"));
    QCOMPARE(status("report", 0), QStringLiteral("succeeded"));
    QCOMPARE(status("integration_tests", 1), QStringLiteral("succeeded"));
    QCOMPARE(cell(monitor->taskModel(), monitor->state().rowOf(index("package"), 0),
                  TaskTableModel::AttemptColumn),
             QStringLiteral("2 / 3"));
    QVERIFY(monitor->state().runStatus() == RunStatus::Succeeded);

    // The graph shows the run: each event's state in words and colour, with its counts; the
    // success branch the group took bold, the failure branch it did not take dimmed.
    using Edge = PipelineGraphView::EdgeEmphasis;
    QCOMPARE(graph->runStatusText(index("integration_tests")),
             QStringLiteral("succeeded · 3/3 done"));
    QCOMPARE(graph->runStatusText(index("notify_failure")), QStringLiteral("skipped"));
    QCOMPARE(graph->runStatusText(index("report")), QStringLiteral("succeeded · 1/1 done"));
    QVERIFY(graph->boxColor(index("notify_failure")) != graph->boxColor(index("report")));
    QCOMPARE(graph->edgeEmphasis(index("unit_tests"), index("package")), Edge::Taken);
    QCOMPARE(graph->edgeEmphasis(index("lint"), index("notify_failure")), Edge::NotTaken);
    QCOMPARE(graph->edgeEmphasis(index("package"), index("publish")), Edge::Taken);
    QCOMPARE(graph->edgeEmphasis(index("checkout"), index("lint")), Edge::Taken);
    QCOMPARE(graph->edgeEmphasis(index("notify_failure"), index("report")), Edge::NotTaken);
}

// "prepare" of the nightly build has no retry policy: one attempt, and the chart must say so
// rather than chart the greyed-out fields' defaults.
void TestStudio::backoffPreviewOfAnEventWithoutPolicy()
{
    StudioWindow *window =
        m_studio.open(QFINDTESTDATA("../../resources/examples/nightly-build.vxproj"), nullptr);
    auto *preview = window->eventEditor()->findChild<BackoffPreview *>();
    QVERIFY(preview);
    window->explorer()->selectEvent(0);
    QVERIFY(!window->document()->event(0).retry_policy);
    QCOMPARE(preview->summary(), QStringLiteral("1 attempt(s); worst-case waiting 0 ms."));
    window->explorer()->selectEvent(4); // publish: 4 attempts, waits 0, 0.5 s, 1 s
    QVERIFY(preview->summary().startsWith(QStringLiteral("4 attempt(s)")));
}

// A recorded run (its records replayed, as a past run is shown) colours the graph as a live one:
// "check" failed two of its three tasks, so branch 0 ran "fix" and branch 1's "ship" was skipped.
void TestStudio::graphShowsARecordedRun()
{
    const QString path = m_studio.writeProject(QStringLiteral("branch.vxproj"), R"json({
  "format": "volnux-project", "version": 1, "name": "Branch",
  "events": [{"name": "check", "kind": "simulate"}, {"name": "fix", "kind": "simulate"},
             {"name": "ship", "kind": "simulate"}],
  "pipeline": "check (0 -> fix, 1 -> ship)"
})json");
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    RunRecords records;
    const auto add = [&records](RecordType type, int event, EventStatus status, int total) {
        RunRecord record;
        record.type = type;
        record.event = event;
        record.eventName =
            QStringList{QStringLiteral("check"), QStringLiteral("fix"), QStringLiteral("ship")}
                .value(event);
        record.eventStatus = status;
        record.total = total;
        records.push_back(record);
    };
    const auto task = [&records](int event, int task, TaskStatus status) {
        RunRecord record;
        record.type = RecordType::TaskFinished;
        record.event = event;
        record.task = task;
        record.taskStatus = status;
        records.push_back(record);
    };
    add(RecordType::RunStarted, -1, EventStatus::Pending, 3);
    add(RecordType::EventStarted, 0, EventStatus::Running, 3);
    task(0, 0, TaskStatus::Succeeded);
    task(0, 1, TaskStatus::Failed);
    task(0, 2, TaskStatus::Failed);
    add(RecordType::EventFinished, 0, EventStatus::Failed, 3);
    add(RecordType::EventStarted, 1, EventStatus::Running, 1);
    task(1, 0, TaskStatus::Succeeded);
    add(RecordType::EventFinished, 1, EventStatus::Succeeded, 1);
    add(RecordType::EventFinished, 2, EventStatus::Skipped, 0);
    window->monitor()->replay(records);

    const PipelineGraphView *graph = window->pipelineEditor()->graphView();
    using Edge = PipelineGraphView::EdgeEmphasis;
    QCOMPARE(graph->edgeEmphasis(0, 1), Edge::Taken);
    QCOMPARE(graph->edgeEmphasis(0, 2), Edge::NotTaken);
    QCOMPARE(graph->runStatusText(2), QStringLiteral("skipped"));
    QCOMPARE(graph->runStatusText(1), QStringLiteral("succeeded · 1/1 done"));
    QCOMPARE(graph->runStatusText(0), QStringLiteral("failed · 3/3 done, 2 failed"));
    // Another project: that run is none of its runs.
    window->files()->open(QFINDTESTDATA("../../resources/examples/nightly-build.vxproj"));
    QCOMPARE(graph->runStatusText(0), QString());
}

// The Events tab says in words why each event succeeded or failed, and links the tasks that
// decided it: a click selects the task in the task table.
void TestStudio::eventsSayWhyTheySucceededOrFailed()
{
    const QString path = m_studio.writeProject(QStringLiteral("why.vxproj"), R"({
  "format": "volnux-project", "version": 1, "name": "Why",
  "events": [
    {"name": "load", "kind": "simulate", "params": {"duration_ms": 1, "fail_tasks": [1, 3]},
     "inputs": ["a", "b", "c", "d"], "evaluation": "SUCCESS_FOR_PARTIAL_SUCCESS"},
    {"name": "verify", "kind": "simulate", "params": {"duration_ms": 1, "fail_tasks": [1]},
     "inputs": ["x", "y", "z"]},
    {"name": "share", "kind": "simulate", "params": {"duration_ms": 1, "fail_tasks": [0]},
     "inputs": ["p", "q", "r"], "evaluation": "AT_LEAST_PERCENT:60"}
  ]
})");
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    RunMonitor *monitor = window->monitor();
    showTab(monitor->explanation()->parentWidget());
    const auto select = [monitor](int event) {
        monitor->eventView()->setCurrentIndex(monitor->eventModel()->index(event, 0));
        return monitor->explanation();
    };
    const auto rowOf = [monitor](int event, int task) {
        return monitor->state().rowOf(event, task);
    };
    EventExplanation *why = select(0);
    QCOMPARE(
        why->explanation(),
        QStringLiteral("load: SUCCESS_FOR_PARTIAL_SUCCESS — 2 of 4 tasks succeeded → success"));
    QCOMPARE(why->decidingRows(), QList<int>({rowOf(0, 0), rowOf(0, 2)}));
    QVERIFY(why->text().contains(QStringLiteral("Rescued by")));

    why = select(1);
    QCOMPARE(
        why->explanation(),
        QStringLiteral("verify: SUCCESS_ON_ALL_EVENTS_SUCCESS — 1 of 3 tasks failed → failure"));
    QCOMPARE(why->decidingRows(), QList<int>({rowOf(1, 1)}));
    // A click on the failure that decided it selects that task.
    const QString text = why->text();
    const qsizetype href = text.indexOf(QStringLiteral("href=\"")) + 6;
    QVERIFY(href > 6);
    emit why->linkActivated(text.mid(href, text.indexOf(QLatin1Char('"'), href) - href));
    QCOMPARE(monitor->selectedRow(), rowOf(1, 1));

    why = select(2); // a count decides, not single tasks: none listed
    QCOMPARE(why->explanation(),
             QStringLiteral(
                 "share: AT_LEAST_PERCENT:60 — 2 of 3 tasks succeeded = 66.67% ≥ 60% → success"));
    QVERIFY(why->decidingRows().isEmpty());
}

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
