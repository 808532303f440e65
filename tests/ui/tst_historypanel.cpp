// SPDX-License-Identifier: GPL-3.0-or-later
// The History panel on a run store built by the test: runs newest first with status, counts and
// the rerun mark; the open project's runs or all projects; status filter and search; delete with
// undo, and the deletion made final in the store; a run recorded by another connection shows up;
// Compare enabled with exactly two runs.

#include "tests/support/RecordedRuns.h"
#include "ui/history/HistoryFilterModel.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPanel.h"
#include "ui/history/StoreWatcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace volnux;
using namespace volnux::test;

namespace {

SyntheticOptions small(double exhaust)
{
    SyntheticOptions o;
    o.events = {{QStringLiteral("fetch"), 6}};
    o.exhaustFraction = exhaust;
    o.retryFraction = 0;
    o.logLines = false;
    return o;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listsTheProjectsRunsNewestFirst();
    void allProjectsListsEveryRun();
    void statusFilterAndSearchNarrowTheList();
    void deleteHidesAtOnceAndUndoBringsBack();
    void deleteIsMadeFinalInTheStore();
    void runRecordedElsewhereShowsUp();
    void compareNeedsExactlyTwoRuns();

private:
    bool waitLoaded(HistoryPanel &panel);
    QTemporaryDir m_dir;
    QString m_store;
    RecordedProject m_nightly;
    RecordedProject m_other{QStringLiteral("/projects/other.vxproj"), QStringLiteral("Other")};
    qint64 m_passed = 0;
    qint64 m_failed = 0;
    qint64 m_rerun = 0;
    qint64 m_otherRun = 0;
};

void TestHistoryPanel::init()
{
    static int n = 0;
    m_store = m_dir.filePath(QStringLiteral("runs-%1.sqlite").arg(++n));
    m_passed = recordRun(m_store, m_nightly, small(0));
    m_failed = recordRun(m_store, m_nightly, small(0.5));
    m_otherRun = recordRun(m_store, m_other, small(0));
    m_rerun = recordRun(m_store, m_nightly, small(0), m_failed);
    QVERIFY(m_passed > 0 && m_failed > 0 && m_otherRun > 0 && m_rerun > 0);
}

bool TestHistoryPanel::waitLoaded(HistoryPanel &panel)
{
    return QTest::qWaitFor([&] { return !panel.isLoading(); }, 5000);
}

void TestHistoryPanel::listsTheProjectsRunsNewestFirst()
{
    HistoryPanel panel;
    panel.setProjectPath(m_nightly.path);
    panel.setStorePath(m_store);
    QVERIFY(waitLoaded(panel));
    const QAbstractItemModel *rows = panel.filterModel();
    QCOMPARE(rows->rowCount(), 3);
    QCOMPARE(rows->index(0, 0).data(HistoryModel::RunIdRole).toLongLong(), m_rerun);
    QCOMPARE(rows->index(2, 0).data(HistoryModel::RunIdRole).toLongLong(), m_passed);
    // The rerun is marked, with its parent, in words.
    QCOMPARE(cell(rows, 0, HistoryModel::RunColumn),
             QStringLiteral("#%1 ↻ rerun of #%2").arg(m_rerun).arg(m_failed));
    QCOMPARE(cell(rows, 2, HistoryModel::RunColumn), QStringLiteral("#%1").arg(m_passed));
    // Status as text beside its icon, and the counts of the store.
    QCOMPARE(cell(rows, 1, HistoryModel::StatusColumn), QStringLiteral("failed"));
    QVERIFY(!rows->index(1, HistoryModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(cell(rows, 2, HistoryModel::StatusColumn), QStringLiteral("succeeded"));
    QCOMPARE(cell(rows, 1, HistoryModel::TasksColumn), QStringLiteral("6"));
    const auto runs = panel.model()->runs();
    QCOMPARE(cell(rows, 1, HistoryModel::FailedColumn), QString::number(runs[1].counts.failed()));
    QVERIFY(runs[1].counts.failed() > 0);
    QVERIFY(cell(rows, 1, HistoryModel::AttemptsColumn).toInt() >= 6);
    QCOMPARE(panel.statusText(), QStringLiteral("3 runs"));
}

void TestHistoryPanel::allProjectsListsEveryRun()
{
    HistoryPanel panel;
    panel.setProjectPath(m_nightly.path);
    panel.setStorePath(m_store);
    QVERIFY(waitLoaded(panel));
    QCOMPARE(panel.filterModel()->rowCount(), 3);
    panel.allProjectsBox()->setChecked(true);
    QVERIFY(waitLoaded(panel));
    QCOMPARE(panel.filterModel()->rowCount(), 4);
    QCOMPARE(cell(panel.filterModel(), 1, HistoryModel::ProjectColumn), QStringLiteral("Other"));
}

void TestHistoryPanel::statusFilterAndSearchNarrowTheList()
{
    HistoryPanel panel;
    panel.setProjectPath(m_nightly.path);
    panel.setStorePath(m_store);
    QVERIFY(waitLoaded(panel));
    panel.statusFilter()->setCurrentIndex(panel.statusFilter()->findText(QStringLiteral("failed")));
    QCOMPARE(panel.filterModel()->rowCount(), 1);
    QCOMPARE(panel.filterModel()->index(0, 0).data(HistoryModel::RunIdRole).toLongLong(), m_failed);
    panel.statusFilter()->setCurrentIndex(0);
    panel.searchEdit()->setText(QStringLiteral("#%1").arg(m_passed));
    QCOMPARE(panel.filterModel()->rowCount(), 1);
    QCOMPARE(panel.filterModel()->index(0, 0).data(HistoryModel::RunIdRole).toLongLong(), m_passed);
    panel.searchEdit()->setText(QStringLiteral("no such run"));
    QCOMPARE(panel.filterModel()->rowCount(), 0);
}

void TestHistoryPanel::deleteHidesAtOnceAndUndoBringsBack()
{
    HistoryPanel panel;
    panel.setUndoTimeout(60000);
    panel.setProjectPath(m_nightly.path);
    panel.setStorePath(m_store);
    QVERIFY(waitLoaded(panel));
    panel.selectRuns({m_failed});
    QCOMPARE(panel.selectedRunIds(), QList<qint64>{m_failed});
    panel.deleteButton()->click();
    QCOMPARE(panel.filterModel()->rowCount(), 2);
    QVERIFY(!panel.undoButton()->isHidden());
    QCOMPARE(panel.statusText(), QStringLiteral("1 run deleted · 2 runs"));
    panel.undoButton()->click();
    QCOMPARE(panel.filterModel()->rowCount(), 3);
    QVERIFY(panel.undoButton()->isHidden());
    // Nothing reached the store.
    const auto store = RunStore::open(m_store);
    QVERIFY(store);
    QVERIFY((*store)->run(m_failed));
}

void TestHistoryPanel::deleteIsMadeFinalInTheStore()
{
    HistoryPanel panel;
    panel.setUndoTimeout(20); // short: the time is up at once
    panel.setProjectPath(m_nightly.path);
    panel.setStorePath(m_store);
    QVERIFY(waitLoaded(panel));
    panel.selectRuns({m_passed, m_rerun});
    QSignalSpy loaded(&panel, &HistoryPanel::loaded);
    panel.deleteSelected();
    QCOMPARE(panel.filterModel()->rowCount(), 1);
    QVERIFY(loaded.wait(5000));
    QVERIFY(waitLoaded(panel));
    QCOMPARE(panel.model()->rowCount(), 1);
    const auto store = RunStore::open(m_store);
    QVERIFY(store);
    QVERIFY(!(*store)->run(m_passed));
    QVERIFY(!(*store)->run(m_rerun));
    QVERIFY((*store)->run(m_failed));
}

void TestHistoryPanel::runRecordedElsewhereShowsUp()
{
    HistoryPanel panel;
    panel.watcher()->setInterval(20);
    panel.setProjectPath(m_nightly.path);
    panel.setStorePath(m_store);
    QVERIFY(waitLoaded(panel));
    QCOMPARE(panel.model()->rowCount(), 3);
    // Another connection, as volnux-run's would be.
    const qint64 added = recordRun(m_store, m_nightly, small(0));
    QVERIFY(QTest::qWaitFor([&] { return panel.model()->rowOf(added) == 0; }, 5000));
    QCOMPARE(panel.model()->rowCount(), 4);
}

void TestHistoryPanel::compareNeedsExactlyTwoRuns()
{
    HistoryPanel panel;
    panel.setProjectPath(m_nightly.path);
    panel.setStorePath(m_store);
    QVERIFY(waitLoaded(panel));
    QSignalSpy compare(&panel, &HistoryPanel::compareRequested);
    panel.selectRuns({m_passed});
    QVERIFY(!panel.compareButton()->isEnabled());
    QVERIFY(panel.openButton()->isEnabled());
    panel.selectRuns({m_rerun, m_passed});
    QVERIFY(panel.compareButton()->isEnabled());
    QVERIFY(!panel.openButton()->isEnabled());
    panel.compareButton()->click();
    QCOMPARE(compare.size(), 1);
    QCOMPARE(compare[0][0].toLongLong(), m_passed); // the older first
    QCOMPARE(compare[0][1].toLongLong(), m_rerun);
    panel.selectRuns({m_rerun, m_passed, m_failed});
    QVERIFY(!panel.compareButton()->isEnabled());
    // Export takes one run.
    QSignalSpy exported(&panel, &HistoryPanel::exportRequested);
    QVERIFY(!panel.exportButton()->isEnabled());
    panel.selectRuns({m_failed});
    QVERIFY(panel.exportButton()->isEnabled());
    panel.exportButton()->click();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported[0][0].toLongLong(), m_failed);
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
