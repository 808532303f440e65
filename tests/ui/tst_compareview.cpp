// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare view against the core: on a store built here, the view shows what
// StoredRunComparison (the function behind `volnux-run history compare`) finds, says in words
// and colour what got worse, shows the selected task's attempts in A and B with their errors, and
// highlights the changed tasks on both timelines, which share their time axis.

#include "core/kinds/BuiltinKinds.h"
#include "core/store/StoredRunComparison.h"
#include "tests/support/StoreBuilder.h"
#include "ui/compare/ChangedTasksModel.h"
#include "ui/compare/CompareEventsModel.h"
#include "ui/compare/CompareTimelines.h"
#include "ui/compare/RunCompareView.h"
#include "ui/compare/RunPairDialog.h"
#include "ui/models/AttemptsModel.h"
#include "ui/monitor/StatusStyle.h"
#include "ui/plots/RunTimeline.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace volnux;

namespace {

RunSpec spec(const QVariantList &failing, int failAttempts)
{
    RunSpec s;
    s.events << test::simulateEvent(QStringLiteral("fetch"), 8,
                                    {{QStringLiteral("fail_tasks"), failing},
                                     {QStringLiteral("fail_attempts"), failAttempts},
                                     {QStringLiteral("fail_with"), QStringLiteral("OSError")}},
                                    3)
             << test::simulateEvent(QStringLiteral("store"), 3, {}, 1);
    return s;
}

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheCoresComparison();
    void marksWhatGotWorse();
    void selectedTaskShowsItsAttemptsInBothRuns();
    void timelinesShareAxisAndHighlightChangedTasks();
    void unknownRunIsReported();
    void pairDialogPicksOlderAsA();

private:
    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_a = 0;
    qint64 m_b = 0;
};

void TestCompareView::initTestCase()
{
    registerBuiltinKinds();
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("runs.sqlite"));
    const auto store = RunStore::open(m_store);
    QVERIFY(store);
    // A: task 3 needs a retry. B: tasks 3 and 6 fail for good.
    m_a = test::recordRun(**store, spec({3}, 1));
    m_b = test::recordRun(**store, spec({3, 6}, 3));
    QVERIFY(m_a > 0 && m_b > 0);
}

void TestCompareView::showsTheCoresComparison()
{
    RunCompareView view;
    QSignalSpy loaded(&view, &RunCompareView::loaded);
    view.load(m_store, m_a, m_b); // on a worker thread
    QTRY_COMPARE(loaded.count(), 1);
    const auto store = RunStore::open(m_store);
    const auto core = StoredRunComparison::load(**store, m_a, m_b, RunState::Detail::Counts);
    QVERIFY(core);
    const RunComparison &expected = core->comparison;
    QCOMPARE(view.comparison()->comparison.text(), expected.text());
    const QAbstractItemModel *events = view.eventsView()->model();
    QAbstractItemModelTester eventsTester(const_cast<QAbstractItemModel *>(events));
    QCOMPARE(events->rowCount(), int(expected.events.size()));
    for (int row = 0; row < events->rowCount(); ++row) {
        const RunComparison::Event &e = expected.events[size_t(row)];
        QCOMPARE(cell(events, row, CompareEventsModel::EventColumn), e.name);
        QCOMPARE(cell(events, row, CompareEventsModel::FailedAColumn), QString::number(e.a.failed));
        QVERIFY(cell(events, row, CompareEventsModel::FailedBColumn)
                    .startsWith(QString::number(e.b.failed)));
        QCOMPARE(cell(events, row, CompareEventsModel::AttemptsAColumn),
                 QString::number(e.a.attempts));
    }
    const QAbstractItemModel *tasks = view.changedTasksView()->model();
    QCOMPARE(tasks->rowCount(), int(expected.changedTasks.size()));
    QCOMPARE(tasks->rowCount(), 2);
    for (int row = 0; row < tasks->rowCount(); ++row) {
        const RunComparison::Task &t = expected.changedTasks[size_t(row)];
        QCOMPARE(cell(tasks, row, ChangedTasksModel::TaskColumn), QString::number(t.task));
        QCOMPARE(cell(tasks, row, ChangedTasksModel::AttemptsBColumn),
                 QString::number(t.attemptsB));
    }
    QVERIFY(view.header()->text().contains(QStringLiteral("run %1").arg(m_a)));
}

void TestCompareView::marksWhatGotWorse()
{
    RunCompareView view;
    view.showLoaded(RunCompareView::read(m_store, m_a, m_b));
    const QAbstractItemModel *events = view.eventsView()->model();
    // "fetch" went from all succeeded to two failures: in words and in the failure colour.
    QCOMPARE(cell(events, 0, CompareEventsModel::EventColumn), QStringLiteral("fetch"));
    QVERIFY(cell(events, 0, CompareEventsModel::ChangeColumn)
                .contains(QStringLiteral("newly failing")));
    QCOMPARE(cell(events, 0, CompareEventsModel::FailedBColumn), QStringLiteral("2 (+2)"));
    QCOMPARE(events->index(0, CompareEventsModel::FailedBColumn)
                 .data(Qt::ForegroundRole)
                 .value<QColor>(),
             StatusStyle::color(TaskStatus::Failed));
    QCOMPARE(events->index(0, CompareEventsModel::ChangeColumn)
                 .data(CompareEventsModel::VerdictRole)
                 .toInt(),
             int(CompareEventsModel::Verdict::Worse));
    // "store" did the same in both: no mark on its counts.
    QCOMPARE(cell(events, 1, CompareEventsModel::FailedBColumn), QStringLiteral("0"));
    QVERIFY(
        !events->index(1, CompareEventsModel::FailedBColumn).data(Qt::ForegroundRole).isValid());
    const QAbstractItemModel *tasks = view.changedTasksView()->model();
    QCOMPARE(cell(tasks, 1, ChangedTasksModel::TaskColumn), QStringLiteral("6"));
    QCOMPARE(cell(tasks, 1, ChangedTasksModel::ChangeColumn),
             QStringLiteral("newly failing, +2 attempts"));
}

void TestCompareView::selectedTaskShowsItsAttemptsInBothRuns()
{
    RunCompareView view;
    view.showLoaded(RunCompareView::read(m_store, m_a, m_b));
    view.changedTasksView()->setCurrentIndex(view.changedTasksView()->model()->index(0, 0));
    const QAbstractItemModel *a = view.attemptsViewA()->model();
    const QAbstractItemModel *b = view.attemptsViewB()->model();
    QCOMPARE(a->rowCount(), 2); // task 3: an error, then success
    QCOMPARE(b->rowCount(), 3); // three errors
    QCOMPARE(cell(a, 0, AttemptsModel::ErrorColumn).contains(QStringLiteral("OSError")), true);
    QCOMPARE(cell(a, 1, AttemptsModel::OutcomeColumn), StatusStyle::label(AttemptOutcome::Success));
    for (int row = 0; row < 3; ++row)
        QVERIFY(cell(b, row, AttemptsModel::ErrorColumn).contains(QStringLiteral("OSError")));
}

void TestCompareView::timelinesShareAxisAndHighlightChangedTasks()
{
    RunCompareView view;
    view.resize(1000, 800);
    view.showLoaded(RunCompareView::read(m_store, m_a, m_b));
    CompareTimelines *timelines = view.timelines();
    QCOMPARE(timelines->highlightedLanes(timelines->timelineA()), 2);
    QCOMPARE(timelines->highlightedLanes(timelines->timelineB()), 2);
    QCOMPARE(timelines->timelineA()->xAxis->range(), timelines->timelineB()->xAxis->range());
    timelines->timelineA()->xAxis->setRange(0.25, 0.5);
    QCOMPARE(timelines->timelineB()->xAxis->range(), QCPRange(0.25, 0.5));
    timelines->timelineB()->xAxis->setRange(0, 0.1);
    QCOMPARE(timelines->timelineA()->xAxis->range(), QCPRange(0, 0.1));
}

void TestCompareView::unknownRunIsReported()
{
    RunCompareView view;
    QSignalSpy failed(&view, &RunCompareView::failed);
    view.showLoaded(RunCompareView::read(m_store, m_a, 4242));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("4242")));
    QVERIFY(view.header()->text().startsWith(QStringLiteral("Cannot compare")));
}

void TestCompareView::pairDialogPicksOlderAsA()
{
    RunPairDialog dialog(m_store, QStringLiteral("/projects/p.vxproj"));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QString::number(m_b)); // newest first
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    table->selectRow(0);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.selectedRuns(), (std::pair<qint64, qint64>{0, 0}));
    table->selectRow(1);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.selectedRuns(), (std::pair<qint64, qint64>{m_a, m_b}));
    RunPairDialog none(m_dir.filePath(QStringLiteral("absent.sqlite")), {});
    QCOMPARE(none.table()->rowCount(), 0);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.sqlite")))); // not created
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
