// SPDX-License-Identifier: GPL-3.0-or-later
// What a newcomer tripped over in the run panel: a progress bar that counted only the events
// started so far (and filled up for a cancelled run), no word that edits made during a run are not
// in it, a log pane squeezed to a sliver, attempt details that disagreed, and an empty "Last
// error" for a returned failure. The studio end to end where a run is needed, else the monitor
// fed with hand-made records.

// qcustomplot.h needs Qt's foreach, which the build policy switches off; it must come first.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "core/kinds/BuiltinKinds.h"
#include "tests/support/RecordBuilders.h"
#include "tests/ui/QuietPrompts.h"
#include "ui/commands/EditProjectNameCommand.h"
#include "ui/document/ProjectDocument.h"
#include "ui/files/DocumentFiles.h"
#include "ui/mainwindow/StudioWindow.h"
#include "ui/models/AttemptsModel.h"
#include "ui/models/TaskTableModel.h"
#include "ui/monitor/ProjectChangedNote.h"
#include "ui/monitor/RunControlBar.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/plots/AttemptBarsPlottable.h"
#include "ui/plots/RunTimeline.h"
#include "ui/run/MonitorRunLauncher.h"

#include <QAction>
#include <QDir>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace volnux;
using volnux::test::rec;

namespace {

// Three 60-second naps on two workers, then one short event: 4 tasks in all, and a run that is
// still going when the test looks at it.
const char *kLongProject = R"({
  "format": "volnux-project", "version": 1, "name": "Long",
  "events": [
    {"name": "nap", "kind": "sleep", "params": {"duration_ms": 60000}, "tasks": 3,
     "executor": "ThreadPoolExecutor", "executor_config": {"max_workers": 2}},
    {"name": "after", "kind": "sleep", "params": {"duration_ms": 10}}
  ]
})";

RunRecord attemptStarted(double time, int task, int attempt)
{
    RunRecord r = rec(RecordType::AttemptStarted, time, task, attempt);
    r.start = time;
    r.thread = QStringLiteral("worker-1");
    return r;
}

RunRecord attemptFinished(double time, int task, int attempt, AttemptOutcome outcome)
{
    RunRecord r = rec(RecordType::AttemptFinished, time, task, attempt);
    r.start = time;
    r.end = time;
    r.outcome = outcome;
    return r;
}

RunRecord taskFinished(double time, int task, TaskStatus status)
{
    RunRecord r = rec(RecordType::TaskFinished, time, task);
    r.taskStatus = status;
    return r;
}

RunRecords runOf(RunRecords middle, int tasks)
{
    RunRecord event = rec(RecordType::EventStarted, 0);
    event.total = tasks;
    RunRecords records{rec(RecordType::RunStarted, 0), event};
    for (int t = 0; t < tasks; ++t)
        records.push_back(rec(RecordType::TaskQueued, 0, t));
    records.insert(records.end(), middle.begin(), middle.end());
    return records;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestNewcomerRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void progressCountsTheWholeRun();
    void editsDuringARunAreNotedAndCanRunAgain();
    void logPaneIsNeverASliver();
    void taskCancelledBeforeItStartedMadeNoAttempt();
    void retryNowShowsPlannedAndActualWait();
    void returnedFailureIsTheLastError();
    void retryStartsAgainstTheirDueTime();

private:
    StudioWindow *openLongProject();
    void waitUntilFinished();

    QTemporaryDir m_dir;
    test::QuietPrompts m_prompts;
    StudioWindow *m_window = nullptr;
};

void TestNewcomerRun::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_newcomerrun"));
    QSettings().clear();
    registerBuiltinKinds();
}

void TestNewcomerRun::cleanup()
{
    delete m_window; // cancels and waits for a run still going
    m_window = nullptr;
    QDir(m_dir.filePath(QStringLiteral("recovery"))).removeRecursively();
}

StudioWindow *TestNewcomerRun::openLongProject()
{
    const QString path = m_dir.filePath(QStringLiteral("long.vxproj"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kLongProject) < 0)
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    m_window = new StudioWindow(&m_prompts, m_dir.filePath(QStringLiteral("recovery")));
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window) || !m_window->files()->open(path))
        qFatal("cannot open %s", qPrintable(path));
    return m_window;
}

void TestNewcomerRun::waitUntilFinished()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->monitor()->state().isFinished(), 5000);
    QTRY_VERIFY(!m_window->launcher()->isRunning());
    m_window->monitor()->applyPending();
}

// Early in the run only "nap" had started: the bar said 0 / 3 for a run of 4 tasks. Before the
// run it said "0 / 1 done"; a cancelled run showed a full bar.
void TestNewcomerRun::progressCountsTheWholeRun()
{
    StudioWindow *window = openLongProject();
    RunMonitor *monitor = window->monitor();
    QProgressBar *progress = monitor->controls()->progressBar();
    QVERIFY(progress->isHidden());

    window->runAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state().totals().count(TaskStatus::Running), 2, 5000);
    QVERIFY(!progress->isHidden());
    QCOMPARE(progress->maximum(), 4);
    QCOMPARE(progress->value(), 0);
    QCOMPARE(progress->text(), QStringLiteral("0 / 4 tasks done"));

    window->findChild<QAction *>(QStringLiteral("actionCancel"))->trigger();
    waitUntilFinished();
    QCOMPARE(monitor->state().runStatus(), RunStatus::Cancelled);
    QCOMPARE(progress->maximum(), 4);
    QVERIFY2(progress->value() < progress->maximum(), qPrintable(progress->text()));
    QVERIFY2(progress->text().startsWith(QStringLiteral("Cancelled: ")),
             qPrintable(progress->text()));
    QVERIFY(monitor->controls()->countsText().contains(QStringLiteral("cancelled 3")));
}

void TestNewcomerRun::editsDuringARunAreNotedAndCanRunAgain()
{
    StudioWindow *window = openLongProject();
    ProjectChangedNote *note = window->monitor()->changedNote();
    window->runAction()->trigger();
    QTRY_VERIFY(window->launcher()->isRunning());
    QVERIFY(note->isHidden());

    window->document()->undoStack()->push(
        new EditProjectNameCommand(window->document(), QStringLiteral("Edited")));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("as it was when it started")),
             qPrintable(note->text()));
    // Undone, the project is the run's again: nothing to say.
    window->document()->undoStack()->undo();
    QVERIFY(note->isHidden());
    window->document()->undoStack()->redo();
    QVERIFY(!note->isHidden());

    Run *first = window->launcher()->currentRun();
    QTest::mouseClick(note->runAgainButton(), Qt::LeftButton);
    // This run is cancelled, and a new one starts with the edits once it has ended.
    QTRY_VERIFY_WITH_TIMEOUT(window->launcher()->currentRun() != first, 5000);
    QTRY_VERIFY(window->launcher()->isRunning());
    QVERIFY(note->isHidden());
    window->findChild<QAction *>(QStringLiteral("actionCancel"))->trigger();
    waitUntilFinished();
}

// "Attempt 1 wrote no output." showed as a 2-pixel sliver: the divider could collapse the log.
void TestNewcomerRun::logPaneIsNeverASliver()
{
    RunMonitor monitor;
    monitor.resize(1000, 400);
    monitor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&monitor));
    monitor.replay(
        runOf({attemptStarted(1, 0, 1), attemptFinished(5, 0, 1, AttemptOutcome::Success),
               taskFinished(5, 0, TaskStatus::Succeeded)},
              1));
    monitor.selectRow(0);
    auto *split = monitor.findChild<QSplitter *>(QStringLiteral("runAttemptsAndLog"));
    QVERIFY(split);
    split->setSizes({2000, 0});
    QPlainTextEdit *log = monitor.logView();
    QTRY_VERIFY(log->isVisible());
    QVERIFY2(log->height() >= 2 * log->fontMetrics().lineSpacing(),
             qPrintable(QString::number(log->height())));
    QVERIFY(log->placeholderText().contains(QStringLiteral("Attempt 1 wrote no output.")));
}

// It showed "1 / 1" attempts, worker "engine" in the pane, and "failed with CancelledError".
void TestNewcomerRun::taskCancelledBeforeItStartedMadeNoAttempt()
{
    RunMonitor monitor;
    RunRecord cancelled = attemptFinished(3, 0, 1, AttemptOutcome::Cancelled);
    cancelled.errorType = QStringLiteral("CancelledError");
    cancelled.message = QStringLiteral("cancelled before it started");
    cancelled.maxAttempts = 1;
    RunRecord end = rec(RecordType::RunFinished, 3);
    end.runStatus = RunStatus::Cancelled;
    monitor.replay(runOf({cancelled, taskFinished(3, 0, TaskStatus::Cancelled), end}, 1));
    monitor.selectRow(0);

    QCOMPARE(cell(monitor.taskModel(), 0, TaskTableModel::AttemptColumn).left(1), "0");
    QCOMPARE(cell(monitor.taskModel(), 0, TaskTableModel::WorkerColumn), QString());
    const AttemptsModel *attempts = monitor.attemptsModel();
    QCOMPARE(attempts->rowCount(), 1);
    QCOMPARE(cell(attempts, 0, AttemptsModel::WorkerColumn), QString());
    QCOMPARE(cell(attempts, 0, AttemptsModel::StartColumn), QString());
    QCOMPARE(cell(attempts, 0, AttemptsModel::ErrorColumn),
             QStringLiteral("cancelled before it started"));
    const QString log = monitor.logView()->placeholderText();
    QVERIFY2(!log.contains(QStringLiteral("failed")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("cancelled before it started")), qPrintable(log));
}

// After Retry now, attempt 1 still said "Backoff after 16.00 s" though attempt 2 came 4.6 s later.
void TestNewcomerRun::retryNowShowsPlannedAndActualWait()
{
    RunMonitor monitor;
    RunRecord error = attemptFinished(100, 0, 1, AttemptOutcome::Error);
    error.start = 10;
    error.errorType = QStringLiteral("TimeoutError");
    error.nextDelay = 16000;
    RunRecord retry = rec(RecordType::RetryScheduled, 100, 0, 2);
    retry.nextDelay = 16000;
    retry.due = 16100;
    RunRecord second = attemptFinished(4750, 0, 2, AttemptOutcome::Error);
    second.start = 4700;
    second.errorType = QStringLiteral("TimeoutError");
    second.nextDelay = 200;
    RunRecord third = attemptFinished(5000, 0, 3, AttemptOutcome::Success);
    third.start = 4950;
    monitor.replay(runOf({attemptStarted(10, 0, 1), error, retry, attemptStarted(4700, 0, 2),
                          second, attemptStarted(4950, 0, 3), third},
                         1));
    monitor.selectRow(0);
    const AttemptsModel *attempts = monitor.attemptsModel();
    QCOMPARE(cell(attempts, 0, AttemptsModel::BackoffColumn),
             QStringLiteral("16.00 s planned, 4.60 s actual"));
    QCOMPARE(cell(attempts, 1, AttemptsModel::BackoffColumn), QStringLiteral("200 ms"));
    QCOMPARE(cell(attempts, 2, AttemptsModel::BackoffColumn), QString());
}

void TestNewcomerRun::returnedFailureIsTheLastError()
{
    RunMonitor monitor;
    RunRecord failure = attemptFinished(5, 0, 1, AttemptOutcome::Failure);
    failure.value = QStringLiteral("disk full");
    RunRecord bare = attemptFinished(5, 1, 1, AttemptOutcome::Failure);
    monitor.replay(runOf({attemptStarted(1, 0, 1), failure, taskFinished(5, 0, TaskStatus::Failed),
                          attemptStarted(1, 1, 1), bare, taskFinished(5, 1, TaskStatus::Failed)},
                         2));
    QCOMPARE(cell(monitor.taskModel(), 0, TaskTableModel::ErrorColumn),
             QStringLiteral("returned a failure: disk full"));
    QCOMPARE(cell(monitor.taskModel(), 1, TaskTableModel::ErrorColumn),
             QStringLiteral("returned a failure"));
    monitor.selectRow(0);
    QCOMPARE(cell(monitor.attemptsModel(), 0, AttemptsModel::ErrorColumn),
             QStringLiteral("returned a failure: disk full"));
}

// Each retry against when it was due, on the run's own clock (the records' times): attempt 2 was
// due at 16.10 s and Retry now started it at 4.70 s; attempt 3 was due at 4.95 s and started
// 250 ms late. The attempts table and the timeline's tooltip say so.
void TestNewcomerRun::retryStartsAgainstTheirDueTime()
{
    RunMonitor monitor;
    RunRecord first = attemptFinished(100, 0, 1, AttemptOutcome::Error);
    first.start = 10;
    first.errorType = QStringLiteral("TimeoutError");
    first.nextDelay = 16000;
    RunRecord second = attemptFinished(4750, 0, 2, AttemptOutcome::Error);
    second.start = 4700;
    second.errorType = QStringLiteral("TimeoutError");
    second.nextDelay = 200;
    RunRecord third = attemptFinished(5300, 0, 3, AttemptOutcome::Success);
    third.start = 5200;
    monitor.replay(
        runOf({attemptStarted(10, 0, 1), first, attemptStarted(4700, 0, 2), second,
               attemptStarted(5200, 0, 3), third, taskFinished(5300, 0, TaskStatus::Succeeded)},
              1));
    monitor.selectRow(0);
    const AttemptsModel *attempts = monitor.attemptsModel();
    QCOMPARE(cell(attempts, 0, AttemptsModel::StartLagColumn), QString());
    QCOMPARE(cell(attempts, 1, AttemptsModel::StartLagColumn),
             QStringLiteral("Retry now, 11.40 s early"));
    QCOMPARE(cell(attempts, 2, AttemptsModel::StartLagColumn), QStringLiteral("250 ms late"));
    QCOMPARE(attempts->index(1, AttemptsModel::StartLagColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Due at 16.10 s, started at 4.70 s: Retry now, 11.40 s early"));
    const AttemptBarsPlottable *bars = monitor.timeline()->bars();
    QVERIFY(bars->describe({0, 1, false})
                .contains(QStringLiteral("Due at 16.10 s, started at 4.70 s: Retry now")));
    QVERIFY(bars->describe({0, 2, false})
                .contains(QStringLiteral("Due at 4.95 s, started at 5.20 s: 250 ms late")));
    QVERIFY(!bars->describe({0, 0, false}).contains(QStringLiteral("Due at")));
}

QTEST_MAIN(TestNewcomerRun)
#include "tst_newcomerrun.moc"
