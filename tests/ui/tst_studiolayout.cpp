// SPDX-License-Identifier: GPL-3.0-or-later
// The studio window's layout as a user leaves it: the run panel's dock and size, the dividers
// of its panels, the pipeline's and the run's heights, the editor's minimum, and a window that
// fits the screen, kept across runs and across sessions (QSettings).

#include "tests/ui/StudioWindowFixture.h"
#include "ui/editors/EventEditor.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/pipeline/PipelineEditor.h"

#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTest>

using namespace volnux;
using volnux::test::showTab;

class TestStudioLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void runDockIsRestoredWhereTheUserLeftIt();
    void runPanelKeepsTheSizeTheUserGaveIt();
    void panelDividersAreKept();
    void pipelineAndRunKeepTheirOwnHeights();
    void editorKeepsAMinimumHeight();
    void windowFitsTheScreen();

private:
    // One event sleeping 10 ms: a run that ends at once, so the run panel has something to show.
    QString napProject()
    {
        return m_studio.writeProject(QStringLiteral("nap.vxproj"), R"({
  "format": "volnux-project", "version": 1, "name": "Nap",
  "events": [{"name": "nap", "kind": "sleep", "params": {"duration_ms": 10}}]
})");
    }

    test::StudioWindowFixture m_studio;
};

void TestStudioLayout::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_studiolayout"));
    QSettings().clear(); // no window layout left over from an earlier run of this test
}

void TestStudioLayout::cleanup()
{
    m_studio.close();
}

// The run panel is added after MainWindow restored the saved layout; it must still come back
// where the user left it.
void TestStudioLayout::runDockIsRestoredWhereTheUserLeftIt()
{
    const QString path = QFINDTESTDATA("../../resources/examples/nightly-build.vxproj");
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    window->removeDockWidget(window->runDock());
    window->addDockWidget(Qt::RightDockWidgetArea, window->runDock());
    window->runDock()->show();
    window->close(); // saves the layout
    delete m_studio.window;
    m_studio.window = nullptr;
    window = m_studio.open(path, Clock::fastForward());
    QCOMPARE(window->dockWidgetArea(window->runDock()), Qt::RightDockWidgetArea);
    QVERIFY(window->runDock()->isVisible());
    QSettings().clear();
}

// A run grows the run panel the first time only: the user's size, smaller or larger, is kept by
// later runs, and by the next session's.
void TestStudioLayout::runPanelKeepsTheSizeTheUserGaveIt()
{
    QSettings().clear(); // a first start: the panel has never been sized
    const QString path = napProject();
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    QDockWidget *dock = window->runDock();
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    QTRY_VERIFY(dock->height() >= window->height() / 2); // the first run makes room
    const int first = dock->height();

    // The user drags the separator above the panel down, then runs again. (resizeDocks sizes
    // the tab group, which has a tab bar besides the panel.)
    const int lower = (dock->minimumSizeHint().height() + first) / 2;
    window->resizeDocks({dock}, {lower}, Qt::Vertical);
    QTRY_VERIFY(qAbs(dock->height() - lower) <= 30);
    const int smaller = dock->height();
    QVERIFY(smaller < first);
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    QCOMPARE(dock->height(), smaller);
    // And up.
    window->resizeDocks({dock}, {first + 40}, Qt::Vertical);
    QTRY_VERIFY(qAbs(dock->height() - (first + 40)) <= 30);
    const int larger = dock->height();
    QVERIFY(larger > first);
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    QCOMPARE(dock->height(), larger);

    // Next session: the smaller size the user left is restored, and a run keeps it.
    window->resizeDocks({dock}, {lower}, Qt::Vertical);
    QTRY_COMPARE(dock->height(), smaller);
    window->close(); // saves the layout
    delete m_studio.window;
    m_studio.window = nullptr;
    window = m_studio.open(path, Clock::fastForward());
    dock = window->runDock();
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    QVERIFY(!dock->visibleRegion().isEmpty());
    QVERIFY2(qAbs(dock->height() - smaller) <= 10, qPrintable(QString::number(dock->height())));
    QSettings().clear();
}

// The dividers inside the panels (task table | details, tables / timeline, attempts / log,
// pipeline text | graph) come back where the user left them.
void TestStudioLayout::panelDividersAreKept()
{
    QSettings().clear();
    const QString path = napProject();
    const QStringList names{"runTableAndDetails", "runTablesAndTimeline", "runAttemptsAndLog"};
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    QHash<QString, QList<int>> moved;
    for (const QString &name : names) {
        auto *splitter = window->findChild<QSplitter *>(name);
        QVERIFY2(splitter, qPrintable(name));
        showTab(splitter);
        const QList<int> sizes = splitter->sizes();
        const int total = sizes[0] + sizes[1];
        QVERIFY2(total > 40, qPrintable(name));
        // The first pane much smaller, or, when a minimum size stops that, much larger.
        splitter->setSizes({total / 4, total - total / 4});
        if (splitter->sizes() == sizes)
            splitter->setSizes({total - total / 4, total / 4});
        moved[name] = splitter->sizes();
        QVERIFY(moved[name] != sizes);
    }
    window->findChild<QDockWidget *>(QStringLiteral("pipelineDock"))->raise();
    auto *pipeline = window->findChild<QSplitter *>(QStringLiteral("pipelineTextAndGraph"));
    QTRY_VERIFY(pipeline->isVisible());
    const int width = pipeline->sizes()[0] + pipeline->sizes()[1];
    pipeline->setSizes({width / 2, width - width / 2});
    const QList<int> pipelineSizes = pipeline->sizes();
    window->close();
    delete m_studio.window;
    m_studio.window = nullptr;

    window = m_studio.open(path, Clock::fastForward());
    window->findChild<QDockWidget *>(QStringLiteral("pipelineDock"))->raise();
    pipeline = window->findChild<QSplitter *>(QStringLiteral("pipelineTextAndGraph"));
    QTRY_VERIFY(pipeline->isVisible());
    // Once the session's first layout pass (which raises the Pipeline tab) is done.
    QTRY_VERIFY2(qAbs(pipeline->sizes()[0] - pipelineSizes[0]) <= 4,
                 qPrintable(QString::number(pipeline->sizes()[0])));
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    for (const QString &name : names) {
        auto *splitter = window->findChild<QSplitter *>(name);
        showTab(splitter);
        const QList<int> sizes = splitter->sizes();
        QVERIFY2(qAbs(sizes[0] - moved[name][0]) <= 4,
                 qPrintable(
                     QStringLiteral("%1: %2 then %3").arg(name).arg(moved[name][0]).arg(sizes[0])));
    }
    QSettings().clear();
}

// Pipeline and Run are tabs of one dock group, but each has its own height: a Run panel the
// user enlarged does not squeeze the editor while the pipeline is shown, nor at the next start.
void TestStudioLayout::pipelineAndRunKeepTheirOwnHeights()
{
    QSettings().clear();
    const QString path = napProject();
    StudioWindow *window = m_studio.open(path, Clock::fastForward());
    auto *pipeline = window->findChild<QDockWidget *>(QStringLiteral("pipelineDock"));
    QDockWidget *run = window->runDock();
    QTRY_VERIFY(pipeline->isVisible());
    const int pipelineHeight = pipeline->height();
    const int editorHeight = window->eventEditor()->height();
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    // The user makes Run larger still.
    window->resizeDocks({run}, {run->height() + 60}, Qt::Vertical);
    QTRY_VERIFY(run->height() > pipelineHeight + 60);
    const int runHeight = run->height();

    pipeline->raise();
    QTRY_COMPARE(pipeline->height(), pipelineHeight);
    QVERIFY(qAbs(window->eventEditor()->height() - editorHeight) <= 4);
    run->raise();
    QTRY_COMPARE(run->height(), runHeight);

    // Closed with Run shown: the next start shows the pipeline at its height, and Run, once a
    // run brings it forward, at its own.
    window->close();
    delete m_studio.window;
    m_studio.window = nullptr;
    window = m_studio.open(path, Clock::fastForward());
    pipeline = window->findChild<QDockWidget *>(QStringLiteral("pipelineDock"));
    QTRY_VERIFY(pipeline->isVisible());
    QTRY_COMPARE(pipeline->height(), pipelineHeight);
    QVERIFY2(qAbs(window->eventEditor()->height() - editorHeight) <= 4,
             qPrintable(QString::number(window->eventEditor()->height())));
    window->runAction()->trigger();
    m_studio.waitUntilFinished();
    QTRY_COMPARE(window->runDock()->height(), runHeight);
    QSettings().clear();
}

// However far the user drags the panels up, the editor keeps room for ten lines of fields.
void TestStudioLayout::editorKeepsAMinimumHeight()
{
    QSettings().clear();
    StudioWindow *window =
        m_studio.open(QFINDTESTDATA("../../resources/examples/nightly-build.vxproj"), nullptr);
    // The explorer closed, so that nothing beside the editor holds the docks back.
    window->findChild<QDockWidget *>(QStringLiteral("explorerDock"))->close();
    QDockWidget *run = window->runDock();
    run->raise();
    QTRY_VERIFY(run->isVisible());
    const int before = window->eventEditor()->height();
    window->resizeDocks({run}, {window->height()}, Qt::Vertical);
    const int lines = window->eventEditor()->fontMetrics().lineSpacing();
    QTRY_VERIFY(window->eventEditor()->height() < before);
    QVERIFY2(window->eventEditor()->height() >= 10 * lines,
             qPrintable(QString::number(window->eventEditor()->height())));
    QSettings().clear();
}

// The window opens within the screen's available area, from the default size as from a saved
// one that came from a larger screen (or a smaller scale factor).
void TestStudioLayout::windowFitsTheScreen()
{
    QSettings().clear();
    const QString path = QFINDTESTDATA("../../resources/examples/nightly-build.vxproj");
    StudioWindow *window = m_studio.open(path, nullptr);
    const QRect available = window->screen()->availableGeometry();
    // Placed by the platform (no window manager here): its size must fit.
    QVERIFY2(window->frameGeometry().width() <= available.width() &&
                 window->frameGeometry().height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window->width())
                            .arg(window->height())
                            .arg(available.width())
                            .arg(available.height())));
    window->setGeometry(QRect(available.topLeft() + QPoint(200, 150), available.size() * 2));
    window->close(); // saves the geometry
    delete m_studio.window;
    m_studio.window = nullptr;
    window = m_studio.open(path, nullptr);
    QVERIFY2(available.contains(window->frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                         .arg(window->x())
                                                                         .arg(window->y())
                                                                         .arg(window->width())
                                                                         .arg(window->height())));
    QSettings().clear();
}

QTEST_MAIN(TestStudioLayout)
#include "tst_studiolayout.moc"
