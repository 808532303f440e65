// SPDX-License-Identifier: GPL-3.0-or-later
// Reruns keep each task's identity and are linked to their parent in the run store: "Rerun
// failed" of a run where task #934 failed reruns #934 (not "#0 934"), which simulate's
// fail_tasks [934] judges as before; "Rerun selected tasks" does the same for the chosen tasks,
// also from a past run opened from History.

#include "StudioRunFixture.h"

#include "core/store/StoredRun.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskTableModel.h"
#include "ui/monitor/RunControlBar.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>

using namespace volnux;
using namespace volnux::test;

namespace {

const QByteArray kProject = R"({"format": "volnux-project", "version": 1, "name": "Thousand",
  "events": [{"name": "work", "kind": "simulate",
              "params": {"duration_ms": 1, "fail_tasks": [934]}, "tasks": 1000}]})";

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

StoredRun stored(const QString &storePath, qint64 id)
{
    const auto store = RunStore::open(storePath);
    const Result<StoredRun> run = (*store)->run(id);
    return run ? *run : StoredRun{};
}

QList<int> storedTaskIndices(const QString &storePath, qint64 id)
{
    const auto store = RunStore::open(storePath);
    const Result<std::vector<StoredEvent>> events = (*store)->events(id);
    QList<int> indices;
    if (events && !events->empty())
        for (int i = 0; i < events->front().tasks; ++i)
            indices.append(events->front().taskIndex(i));
    return indices;
}

// Selects the table rows of tasks `indices` of the run on screen.
void selectTasks(RunMonitor *monitor, const QList<int> &indices)
{
    QItemSelection selection;
    const auto &tasks = monitor->state().tasks();
    for (size_t row = 0; row < tasks.size(); ++row) {
        if (!indices.contains(tasks[row].task))
            continue;
        const QModelIndex index =
            monitor->taskProxy()->mapFromSource(monitor->taskModel()->index(int(row), 0));
        selection.select(index, index);
    }
    monitor->taskView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
}

} // namespace

class TestRerunIdentity : public QObject
{
    Q_OBJECT
private slots:
    void rerunFailedKeepsTheTaskAndItsParent();
    void rerunSelectedTasksOfAPastRun();
};

void TestRerunIdentity::rerunFailedKeepsTheTaskAndItsParent()
{
    StudioRunFixture f;
    StudioWindow *window = f.open(f.writeProject(QStringLiteral("thousand.vxproj"), kProject));
    QVERIFY(f.runToTheEnd(window->runAction()));
    const qint64 first = f.lastRun;
    QCOMPARE(f.storedStatus(first), RunStatus::Failed);
    QCOMPARE(stored(f.storePath(), first).counts.failed(), 1);

    QToolButton *rerun = window->monitor()->controls()->rerunFailedButton();
    QVERIFY(rerun->isEnabled());
    QVERIFY(f.runToTheEnd([rerun] { rerun->click(); }));
    const qint64 second = f.lastRun;
    // Task #934 again, with its input, failing again as fail_tasks [934] says.
    const TaskTableModel *tasks = window->monitor()->taskModel();
    QCOMPARE(tasks->rowCount(), 1);
    QCOMPARE(cell(tasks, 0, TaskTableModel::TaskColumn), QStringLiteral("#934"));
    QCOMPARE(cell(tasks, 0, TaskTableModel::StatusColumn), QStringLiteral("failed"));
    // Linked to its parent in the store, with the task's own index.
    const StoredRun again = stored(f.storePath(), second);
    QCOMPARE(again.parent, std::optional<qint64>(first));
    QCOMPARE(again.tasks, 1);
    QCOMPARE(again.counts.failed(), 1);
    QCOMPARE(storedTaskIndices(f.storePath(), second), QList<int>{934});
    QCOMPARE(window->launcher()->shownRunId(), second);
}

void TestRerunIdentity::rerunSelectedTasksOfAPastRun()
{
    StudioRunFixture f;
    StudioWindow *window = f.open(f.writeProject(QStringLiteral("thousand.vxproj"), kProject));
    QVERIFY(f.runToTheEnd(window->runAction()));
    const qint64 first = f.lastRun;
    // Another run on screen; then the first one, opened from History.
    QVERIFY(f.runToTheEnd(window->runAction()));
    QVERIFY(window->openPastRun(first));
    QVERIFY(f.waitPastRun());
    RunMonitor *monitor = window->monitor();
    QCOMPARE(monitor->taskModel()->rowCount(), 1000);
    selectTasks(monitor, {3, 934});
    QCOMPARE(monitor->selectedTasks().size(), 2);
    QVERIFY(
        f.runToTheEnd([monitor] { emit monitor->rerunTasksRequested(monitor->selectedTasks()); }));
    const TaskTableModel *tasks = monitor->taskModel();
    QCOMPARE(tasks->rowCount(), 2);
    QCOMPARE(cell(tasks, 0, TaskTableModel::TaskColumn), QStringLiteral("#3"));
    QCOMPARE(cell(tasks, 0, TaskTableModel::StatusColumn), QStringLiteral("succeeded"));
    QCOMPARE(cell(tasks, 1, TaskTableModel::TaskColumn), QStringLiteral("#934"));
    QCOMPARE(cell(tasks, 1, TaskTableModel::StatusColumn), QStringLiteral("failed"));
    const StoredRun again = stored(f.storePath(), f.lastRun);
    QCOMPARE(again.parent, std::optional<qint64>(first));
    QCOMPARE(storedTaskIndices(f.storePath(), f.lastRun), (QList<int>{3, 934}));
    QVERIFY(!monitor->isReadOnly()); // a live run again
}

QTEST_MAIN(TestRerunIdentity)
#include "tst_rerunidentity.moc"
