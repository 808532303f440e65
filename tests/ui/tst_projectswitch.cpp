// SPDX-License-Identifier: GPL-3.0-or-later
// Switching projects (Open, New, a recent file) resets the run panel: the previous project's run
// leaves the screen; the new project's latest recorded run is shown, or a note saying how to
// start one when it has none.

#include "StudioRunFixture.h"

#include "ui/document/ProjectDocument.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPanel.h"
#include "ui/history/PastRunBanner.h"
#include "ui/models/TaskTableModel.h"

using namespace volnux;
using namespace volnux::test;

namespace {

QByteArray project(const char *name, int tasks)
{
    return QStringLiteral(R"({"format": "volnux-project", "version": 1, "name": "%1",
  "events": [{"name": "work", "kind": "simulate", "params": {"duration_ms": 1}, "tasks": %2}]})")
        .arg(QLatin1String(name))
        .arg(tasks)
        .toUtf8();
}

} // namespace

class TestProjectSwitch : public QObject
{
    Q_OBJECT
private slots:
    void openingAnotherProjectShowsItsRunsNotTheLastOnes();
    void newProjectShowsHowToStartARun();
};

void TestProjectSwitch::openingAnotherProjectShowsItsRunsNotTheLastOnes()
{
    StudioRunFixture f;
    const QString alpha = f.writeProject(QStringLiteral("alpha.vxproj"), project("Alpha", 3));
    const QString beta = f.writeProject(QStringLiteral("beta.vxproj"), project("Beta", 5));
    StudioWindow *window = f.open(alpha);
    QVERIFY(f.runToTheEnd(window->runAction()));
    const qint64 alphaRun = f.lastRun;
    QCOMPARE(window->monitor()->taskModel()->rowCount(), 3);

    // Beta has never run: Alpha's run leaves, and the panel says how to start one.
    f.open(beta);
    QCOMPARE(window->monitor()->taskModel()->rowCount(), 0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window->pastRuns()->banner()->text().startsWith(QStringLiteral("Beta has no "
                                                                                  "recorded "
                                                                                  "runs yet"));
        },
        5000));
    QVERIFY(window->pastRuns()->banner()->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return !window->history()->isLoading(); }, 5000));
    QCOMPARE(window->history()->model()->rowCount(), 0);

    // Back to Alpha (a recent file): its latest run is on screen again, from the store.
    f.open(alpha);
    QVERIFY(f.waitPastRun());
    QCOMPARE(window->pastRuns()->shownRunId(), std::optional<qint64>(alphaRun));
    QCOMPARE(window->monitor()->taskModel()->rowCount(), 3);
    QVERIFY(window->pastRuns()->banner()->text().contains(
        QStringLiteral("Run #%1 of Alpha").arg(alphaRun)));
    QVERIFY(QTest::qWaitFor([&] { return window->history()->model()->rowCount() == 1; }, 5000));
}

void TestProjectSwitch::newProjectShowsHowToStartARun()
{
    StudioRunFixture f;
    const QString alpha = f.writeProject(QStringLiteral("alpha.vxproj"), project("Alpha", 4));
    StudioWindow *window = f.open(alpha);
    QVERIFY(f.runToTheEnd(window->runAction()));
    QCOMPARE(window->monitor()->taskModel()->rowCount(), 4);
    QVERIFY(window->files()->newProject());
    QCOMPARE(window->monitor()->taskModel()->rowCount(), 0);
    QVERIFY(window->pastRuns()->banner()->text().contains(QStringLiteral("no recorded runs yet")));
    QVERIFY(!window->monitor()->isReadOnly());
}

QTEST_MAIN(TestProjectSwitch)
#include "tst_projectswitch.moc"
