// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a past run from the run store in the studio's run panel: the same task table, attempts
// and logs as the recorded run, read-only, under a banner that says which run it is and when it
// ran; read in the background, and cancelled on request with what was read kept on screen.

#include "StudioRunFixture.h"

#include "core/observe/RunState.h"
#include "core/store/RunReplay.h"
#include "tests/support/RecordedRuns.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/PastRunBanner.h"
#include "ui/history/PastRunLoader.h"
#include "ui/models/AttemptsModel.h"
#include "ui/models/TaskTableModel.h"
#include "ui/monitor/RunControlBar.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

using namespace volnux;
using namespace volnux::test;

class TestPastRun : public QObject
{
    Q_OBJECT
private slots:
    void pastRunShowsWhatWasRecorded();
    void cancelKeepsWhatWasRead();
    void attemptLimitComesFromTheProjectThatRan();
    void aProjectNameIsShownAsTextNotMarkup();
};

void TestPastRun::pastRunShowsWhatWasRecorded()
{
    StudioRunFixture f;
    SyntheticOptions options;
    options.events = {{QStringLiteral("fetch"), 12}, {QStringLiteral("store"), 5}};
    options.retryFraction = 0.3;
    options.exhaustFraction = 0.2;
    const qint64 id = recordRun(f.storePath(), RecordedProject{}, options);
    QVERIFY(id > 0);
    StudioWindow *window = f.open({});
    QVERIFY(window->openPastRun(id));
    QVERIFY(f.waitPastRun());

    // What the store says, read by the core's own reader.
    const auto store = RunStore::open(f.storePath());
    QVERIFY(store);
    RunState expected;
    QVERIFY(RunReplay::readInto(**store, id, expected));
    RunMonitor *monitor = window->monitor();
    QCOMPARE(monitor->taskModel()->rowCount(), 17);
    QCOMPARE(monitor->state().totals(), expected.totals());
    QVERIFY(monitor->state().totals().failed() > 0);
    for (size_t row = 0; row < expected.tasks().size(); ++row) {
        QCOMPARE(monitor->state().tasks()[row].status, expected.tasks()[row].status);
        QCOMPARE(monitor->state().tasks()[row].attempts.size(),
                 expected.tasks()[row].attempts.size());
    }
    // A retried task's attempts with their logs, as recorded.
    int retried = -1;
    for (size_t row = 0; row < expected.tasks().size() && retried < 0; ++row)
        retried = expected.tasks()[row].attempts.size() > 1 ? int(row) : -1;
    QVERIFY(retried >= 0);
    monitor->selectRow(retried);
    QVERIFY(monitor->attemptsModel()->rowCount() > 1);
    QVERIFY(
        !monitor->attemptsModel()->index(0, 0).data(AttemptsModel::LogRole).toString().isEmpty());

    // The banner names the run and its time; the run cannot be cancelled, only run anew.
    PastRunBanner *banner = window->pastRuns()->banner();
    QVERIFY(banner->isVisible());
    const StoredRun run = *(*store)->run(id);
    QVERIFY(banner->text().startsWith(QStringLiteral("Past run (read-only): Run #%1 of Nightly, "
                                                     "started %2")
                                          .arg(id)
                                          .arg(HistoryModel::startedText(run.started))));
    QVERIFY(banner->progressBar()->isHidden());
    QVERIFY(monitor->isReadOnly());
    QVERIFY(!monitor->controls()->cancelRunButton()->isEnabled());
    QVERIFY(monitor->controls()->rerunFailedButton()->isEnabled());
    QCOMPARE(window->launcher()->shownRunId(), id);
}

void TestPastRun::cancelKeepsWhatWasRead()
{
    StudioRunFixture f;
    SyntheticOptions options;
    options.events = {{QStringLiteral("fetch"), 40000}};
    options.logLines = false;
    const qint64 id = recordRun(f.storePath(), RecordedProject{}, options);
    QVERIFY(id > 0);
    StudioWindow *window = f.open({});
    QSignalSpy finished(window->pastRuns()->loader(), &PastRunLoader::finished);
    QVERIFY(window->openPastRun(id));
    window->pastRuns()->banner()->cancelButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished[0][0].toBool(), true);
    QVERIFY(!window->pastRuns()->loader()->isLoading());
    QVERIFY(window->pastRuns()->banner()->text().contains(QStringLiteral("cancelled")));
    window->monitor()->applyPending();
    QVERIFY(window->monitor()->taskModel()->rowCount() < 40000);
}

// The store keeps no attempt limit; a past run takes it from the project it ran, as live.
void TestPastRun::attemptLimitComesFromTheProjectThatRan()
{
    StudioRunFixture f;
    StudioWindow *window = f.open(f.writeProject(QStringLiteral("limit.vxproj"), R"({
  "format": "volnux-project", "version": 1, "name": "Limit",
  "events": [{"name": "work", "kind": "simulate", "tasks": 2,
              "params": {"duration_ms": 1, "fail_tasks": [0]},
              "retry_policy": {"max_attempts": 3, "backoff_factor": 0.01}}]})"));
    QVERIFY(f.runToTheEnd(window->runAction()));
    const qint64 id = f.lastRun;
    const TaskTableModel *tasks = window->monitor()->taskModel();
    QCOMPARE(tasks->index(0, TaskTableModel::AttemptColumn).data().toString(),
             QStringLiteral("3 / 3"));
    QVERIFY(window->openPastRun(id));
    QVERIFY(f.waitPastRun());
    QCOMPARE(tasks->rowCount(), 2);
    QCOMPARE(tasks->index(0, TaskTableModel::TaskColumn).data().toString(), QStringLiteral("#0"));
    QCOMPARE(tasks->index(0, TaskTableModel::AttemptColumn).data().toString(),
             QStringLiteral("3 / 3"));
    QCOMPARE(tasks->index(1, TaskTableModel::AttemptColumn).data().toString(),
             QStringLiteral("1 / 3"));
}

// A project's name is the file's to choose: markup in it is shown as the characters it is, and a
// bidi control escaped, where a label's guess would have rendered a 200-pixel heading.
void TestPastRun::aProjectNameIsShownAsTextNotMarkup()
{
    StoredRun run;
    run.id = 3;
    run.projectName = QStringLiteral("<h1 style='font-size:200px'>Big</h1>\u202eman");
    run.started = QStringLiteral("2026-12-04T10:00:00.000Z");
    run.status = RunStatus::Failed;
    PastRunBanner banner;
    banner.showLoaded(run, true);
    auto *label = banner.findChild<QLabel *>(QStringLiteral("pastRunText"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY2(label->text().contains(
                 QStringLiteral("Run #3 of <h1 style='font-size:200px'>Big</h1>\\u202eman")),
             qPrintable(label->text()));
}

QTEST_MAIN(TestPastRun)
#include "tst_pastrun.moc"
