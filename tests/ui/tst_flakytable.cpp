// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends view on a store built here: the flaky-tasks table lists what the core's FlakyTasks
// finds, follows k and n, names error types and the attempts that succeeded, and activating a
// task asks to open the newest run where it failed; the plots hold one point per run.

#include "core/kinds/BuiltinKinds.h"
#include "tests/support/StoreBuilder.h"
#include "ui/plots/QcpInclude.h"
#include "ui/trends/FlakyTasksModel.h"
#include "ui/trends/TrendPlots.h"
#include "ui/trends/TrendsView.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace volnux;

namespace {

const QString kProject = QStringLiteral("/projects/nightly.vxproj");

RunSpec spec(const QVariantList &failing, int failAttempts, const QString &error)
{
    RunSpec s;
    s.events << test::simulateEvent(QStringLiteral("load"), 5,
                                    {{QStringLiteral("fail_tasks"), failing},
                                     {QStringLiteral("fail_attempts"), failAttempts},
                                     {QStringLiteral("fail_with"), error}},
                                    3);
    return s;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestFlakyTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableListsTasksTroubledInKOfN();
    void activatingATaskOpensItsNewestFailedRun();
    void plotsHoldOnePointPerRun();

private:
    QTemporaryDir m_dir;
    QString m_store;
    QList<qint64> m_runs;
};

void TestFlakyTable::initTestCase()
{
    registerBuiltinKinds();
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("runs.sqlite"));
    const auto store = RunStore::open(m_store);
    QVERIFY(store);
    // Task 2 retries in runs 1, 2 and 4 (TimeoutError, then OSError) and fails for good in 4;
    // task 0 retries once (run 3); run 5 is clean. Another project's run is left out.
    m_runs << test::recordRun(**store, spec({2}, 1, QStringLiteral("TimeoutError")), kProject)
           << test::recordRun(**store, spec({2}, 2, QStringLiteral("TimeoutError")), kProject)
           << test::recordRun(**store, spec({0}, 1, QStringLiteral("OSError")), kProject)
           << test::recordRun(**store, spec({2}, 3, QStringLiteral("OSError")), kProject)
           << test::recordRun(**store, spec({}, 1, QStringLiteral("OSError")), kProject);
    test::recordRun(**store, spec({2}, 3, QStringLiteral("ValueError")),
                    QStringLiteral("/projects/other.vxproj"));
    QVERIFY(!m_runs.contains(-1));
}

void TestFlakyTable::tableListsTasksTroubledInKOfN()
{
    TrendsView view;
    QSignalSpy loaded(&view, &TrendsView::loaded);
    view.load(m_store, kProject);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(view.points().size(), size_t(5));
    const FlakyTasksModel *model = view.flakyModel();
    QAbstractItemModelTester tester(const_cast<FlakyTasksModel *>(model));
    view.kBox()->setValue(2);
    view.nBox()->setValue(5);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, FlakyTasksModel::EventColumn), QStringLiteral("load"));
    QCOMPARE(cell(model, 0, FlakyTasksModel::TaskColumn), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, FlakyTasksModel::TroubledColumn), QStringLiteral("3 of 5 runs"));
    QCOMPARE(cell(model, 0, FlakyTasksModel::FailedColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, FlakyTasksModel::ErrorTypesColumn),
             QStringLiteral("TimeoutError, OSError"));
    QCOMPARE(cell(model, 0, FlakyTasksModel::SucceededAtColumn), QStringLiteral("2–3"));
    QCOMPARE(cell(model, 0, FlakyTasksModel::RunsColumn),
             QStringLiteral("%1, %2, %3").arg(m_runs[3]).arg(m_runs[1]).arg(m_runs[0]));
    // Once is enough: task 0 joins; the last two runs only: task 2 is troubled once.
    view.kBox()->setValue(1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(model, 1, FlakyTasksModel::TaskColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 1, FlakyTasksModel::SucceededAtColumn), QStringLiteral("2"));
    view.nBox()->setValue(2);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, FlakyTasksModel::TroubledColumn), QStringLiteral("1 of 2 runs"));
    QCOMPARE(cell(model, 0, FlakyTasksModel::SucceededAtColumn), QStringLiteral("never"));
}

void TestFlakyTable::activatingATaskOpensItsNewestFailedRun()
{
    TrendsView view;
    QSignalSpy loaded(&view, &TrendsView::loaded);
    view.load(m_store, kProject);
    QTRY_COMPARE(loaded.count(), 1);
    view.kBox()->setValue(2);
    view.nBox()->setValue(5);
    QSignalSpy open(&view, &TrendsView::openRunRequested);
    emit view.flakyView()->activated(view.flakyModel()->index(0, 0));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_runs[3]);
    QCOMPARE(view.runList()->count(), 3);
    QCOMPARE(view.runList()->item(0)->text(), QStringLiteral("run %1: failed").arg(m_runs[3]));
    QCOMPARE(view.runList()->item(2)->text(), QStringLiteral("run %1: retried").arg(m_runs[0]));
    emit view.runList()->itemActivated(view.runList()->item(2));
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.last().first().toLongLong(), m_runs[0]);
}

void TestFlakyTable::plotsHoldOnePointPerRun()
{
    TrendsView view;
    QSignalSpy loaded(&view, &TrendsView::loaded);
    view.lastRunsBox()->setValue(3);
    view.load(m_store, kProject);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(view.points().size(), size_t(3));
    QCOMPARE(view.points().back().run, m_runs[4]);
    const TrendPlots *plots = view.plots();
    QCOMPARE(plots->durationPlot()->graph(0)->dataCount(), 3);
    QCOMPARE(plots->eventPlot()->graphCount(), 2); // "load": median and p95
    QCOMPARE(plots->failurePlot()->graph(0)->dataCount(), 3);
    // Run 4: one of five tasks failed.
    QCOMPARE(plots->failurePlot()->graph(0)->data()->at(1)->value, 20.0);
    auto *waits = qobject_cast<QCPBars *>(plots->waitPlot()->plottable(0));
    QVERIFY(waits);
    QCOMPARE(waits->data()->size(), 3);
    QCOMPARE(waits->data()->at(2)->value, 0.0); // the clean run waited for nothing
    QVERIFY(waits->data()->at(1)->value > 0);
}

QTEST_MAIN(TestFlakyTable)
#include "tst_flakytable.moc"
