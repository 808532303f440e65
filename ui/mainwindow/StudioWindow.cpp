// SPDX-License-Identifier: GPL-3.0-or-later
#include "StudioWindow.h"

#include "core/store/RunStore.h"
#include "ui/cluster/WorkersPanel.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/EventEditor.h"
#include "ui/editors/RetrySection.h"
#include "ui/explorer/ProjectExplorer.h"
#include "ui/export/ExportMenu.h"
#include "ui/files/ProblemsDialog.h"
#include "ui/history/HistoryPanel.h"
#include "ui/history/PastRunController.h"
#include "ui/mainwindow/RunAnalysisActions.h"
#include "ui/mainwindow/TabbedDockHeights.h"
#include "ui/monitor/ProjectChangedNote.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/pipeline/PipelineEditor.h"
#include "ui/pipeline/PipelineGraphView.h"
#include "ui/plots/BackoffPreview.h"
#include "ui/plots/RunTimeline.h"
#include "ui/run/MonitorRunLauncher.h"
#include "ui/settings/StudioSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLayout>
#include <QStatusBar>
#include <QTableView>

#include <utility>

namespace volnux {

namespace {
constexpr double kRunPanelShare = 0.6; // of the window's height, while a run is followed
}

StudioWindow::StudioWindow(UserPrompts *prompts, const QString &recoveryDirectory, QWidget *parent)
    : MainWindow(prompts, recoveryDirectory, parent), m_monitor(new RunMonitor),
      m_runPanelSized(settings()->runPanelSized())
{
    // Tabbed with the pipeline on first start: at 1280x800 neither is usable beside the other.
    m_runDock = addPanel(m_monitor, tr("Run"), QStringLiteral("runDock"), Qt::BottomDockWidgetArea,
                         QStringLiteral("pipelineDock"));
    m_pipelineDock = findChild<QDockWidget *>(QStringLiteral("pipelineDock"));
    // Each keeps its own height in the tab group: enlarging Run leaves the editor its room.
    m_panelHeights = new TabbedDockHeights(this);
    for (QDockWidget *dock : {m_pipelineDock, m_runDock}) {
        m_panelHeights->watch(dock);
        m_panelHeights->setHeight(dock, settings()->panelHeight(dock->objectName()));
    }
    m_launcher = new MonitorRunLauncher(m_monitor, this);
    setRunLauncher(m_launcher);
    // Before the window's own runningChanged handler: a starting run hides the past run's banner
    // first, so that revealMonitor measures the panel without it.
    m_pastRuns = new PastRunController(m_monitor, m_launcher, this);
    connect(m_monitor, &RunMonitor::runRequested, runAction(), &QAction::trigger);
    connect(m_launcher, &MonitorRunLauncher::runRefused, this, &StudioWindow::showRefusal);
    connect(m_launcher, &RunLauncher::runningChanged, this, [this](bool running) {
        if (running) {
            m_runProject = document()->project();
            m_hasRunProject = true;
            revealMonitor();
        }
        updateChangedNote();
    });
    connect(document(), &ProjectDocument::contentChanged, this, &StudioWindow::updateChangedNote);
    connect(document(), &ProjectDocument::projectReset, this, &StudioWindow::updateChangedNote);
    connect(m_monitor->changedNote(), &ProjectChangedNote::runAgainRequested, this,
            &StudioWindow::runAgainWithChanges);
    connect(m_launcher, &MonitorRunLauncher::runFinished, this, [this] {
        if (std::exchange(m_runAgainPending, false))
            runAction()->trigger();
    });
    connect(m_monitor, &RunMonitor::taskSelected, this, &StudioWindow::showEventOfTask);
    ExportMenu::attach(m_monitor->timeline());
    for (QTableView *table :
         {m_monitor->taskView(), m_monitor->attemptsView(), m_monitor->eventView()})
        ExportMenu::attach(table);
    ExportMenu::attach(eventEditor()->retrySection()->preview()->plot());
    connect(m_monitor, &RunMonitor::stateRefreshed, this, &StudioWindow::showRunOnGraph);
    // Another project: the run shown is not one of its runs.
    connect(document(), &ProjectDocument::projectReset, this,
            [this] { pipelineEditor()->graphView()->showRun({}); });
    createHistory();
    createWorkers();
}

void StudioWindow::createWorkers()
{
    m_workers = new WorkersPanel;
    addPanel(m_workers, tr("Workers"), QStringLiteral("workersDock"), Qt::BottomDockWidgetArea,
             QStringLiteral("pipelineDock"));
    connect(m_monitor, &RunMonitor::recordsApplied, m_workers, &WorkersPanel::applyRecords);
    connect(m_monitor, &RunMonitor::cleared, m_workers, &WorkersPanel::clearActivity);
    connect(document(), &ProjectDocument::projectReset, this, &StudioWindow::applyClusterSettings);
    connect(document(), &ProjectDocument::contentChanged, this,
            &StudioWindow::applyClusterSettings);
    applyClusterSettings();
}

// The project's "cluster", with the Redis URL and queue of Preferences over it (and
// $VOLNUX_REDIS_URL when Preferences leave the URL empty), for runs and for the Workers panel.
void StudioWindow::applyClusterSettings()
{
    const QString url = settings()->redisUrl();
    const QString queue = settings()->redisQueue();
    m_launcher->setClusterOverride(url, queue);
    m_workers->setCluster(
        document()->project().cluster.value_or(ClusterConfig()).withOverrides(url, queue));
}

void StudioWindow::preferencesAccepted()
{
    applyClusterSettings();
}

void StudioWindow::createHistory()
{
    m_history = new HistoryPanel;
    // A tab of the pipeline and run group, which keeps that group's height: a dock of its own
    // beside the project tree would take height from the run panel.
    m_historyDock = addPanel(m_history, tr("History"), QStringLiteral("historyDock"),
                             Qt::BottomDockWidgetArea, QStringLiteral("pipelineDock"));
    connect(m_history, &HistoryPanel::openRunRequested, this, &StudioWindow::openPastRun);
    connect(m_history, &HistoryPanel::compareRequested, analysis(),
            [this](qint64 a, qint64 b) { analysis()->compare(a, b); });
    connect(m_history, &HistoryPanel::exportRequested, analysis(), &RunAnalysisActions::exportRun);
    connect(analysis(), &RunAnalysisActions::openRunRequested, this, &StudioWindow::openPastRun);
    connect(document(), &ProjectDocument::projectReset, this, &StudioWindow::showProjectRuns);
    connect(document(), &ProjectDocument::filePathChanged, this, [this](const QString &path) {
        m_history->setProjectPath(path.isEmpty() ? path : QFileInfo(path).absoluteFilePath());
    });
    connect(m_launcher, &MonitorRunLauncher::recordingFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("This run is not recorded in History: %1").arg(error));
    });
    setStorePath(RunStore::defaultPath());
}

void StudioWindow::setStorePath(const QString &path)
{
    m_launcher->setStorePath(path);
    m_history->setStorePath(path);
    analysis()->setStorePath(path);
}

bool StudioWindow::openPastRun(qint64 runId)
{
    if (!m_pastRuns->open(runId)) {
        statusBar()->showMessage(tr("A run is going on: cancel it or wait for its end to open "
                                    "another."),
                                 5000);
        return false;
    }
    m_hasRunProject = false; // a past run says itself which project it ran
    updateChangedNote();
    revealMonitor();
    return true;
}

// Open, New and the recent files replace the project: the previous one's run leaves the panel.
void StudioWindow::showProjectRuns()
{
    const QString path = document()->filePath();
    const QString absolute = path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
    m_history->setProjectPath(absolute);
    if (m_launcher->isRunning())
        return;
    m_hasRunProject = false;
    m_pastRuns->showLatest(absolute, document()->project().name);
    updateChangedNote();
}

StudioWindow::~StudioWindow()
{
    // The launcher first, while the monitor it feeds still exists: it cancels a run still going,
    // waits for it and leaves its last records on screen. Children would go in creation order.
    delete m_launcher;
    // Before QWidget's destructor closes the window, hiding the docks when only a QWidget is left.
    delete m_panelHeights;
}

// A run works on the project as it was when it started (Run copies it): edits made since are
// not in it, which the run panel says once there are any.
void StudioWindow::updateChangedNote()
{
    const bool changed = m_hasRunProject && document()->project() != m_runProject;
    m_monitor->changedNote()->showState(changed, m_launcher->isRunning());
}

void StudioWindow::runAgainWithChanges()
{
    if (!m_launcher->isRunning()) {
        runAction()->trigger();
        return;
    }
    // The new run starts once this one has ended: one run at a time.
    m_runAgainPending = true;
    m_launcher->cancelRun();
}

void StudioWindow::showEventOfTask(int row)
{
    // A failed task's settings (its retry policy, say) are the next thing a user looks at. By
    // name: a rerun of failed tasks leaves events out, so run and project indices differ.
    if (row < 0 || size_t(row) >= m_monitor->state().tasks().size())
        return;
    const TaskState &task = m_monitor->state().tasks()[size_t(row)];
    const QString &name = m_monitor->state().events()[size_t(task.event)].name;
    for (int i = 0; i < document()->eventCount(); ++i) {
        if (document()->event(i).name == name) {
            explorer()->selectEvent(i);
            return;
        }
    }
}

// The pipeline graph shows the monitor's run, live or recorded: matched by event name, as a
// rerun of failed tasks leaves events out and run and project indices differ.
void StudioWindow::showRunOnGraph()
{
    QHash<QString, int> projectIndex;
    for (int i = 0; i < document()->eventCount(); ++i)
        projectIndex.insert(document()->event(i).name, i);
    QHash<int, EventState> shown;
    for (const EventState &event : m_monitor->state().events()) {
        if (const int index = projectIndex.value(event.name, -1); index >= 0)
            shown.insert(index, event);
    }
    pipelineEditor()->graphView()->showRun(shown);
}

void StudioWindow::showRefusal(const QStringList &problems)
{
    // Non-modal: the user fixes the project in the editor with the list beside it.
    auto *dialog =
        new ProblemsDialog(tr("The project cannot run"), document()->filePath(), problems, this);
    dialog->setObjectName(QStringLiteral("runProblemsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StudioWindow::revealMonitor()
{
    // A run the user cannot see is a run they think did not start: bring the panel forward
    // even if it was closed or tabbed behind another dock.
    // The height the bottom group has now: a raised tab is laid out later, so until then the run
    // panel's own height is stale.
    const int shown = m_panelHeights->isShown(m_pipelineDock) && !m_panelHeights->isShown(m_runDock)
                          ? m_pipelineDock->height()
                          : m_runDock->height();
    m_runDock->show();
    m_runDock->raise();
    // The table, the attempts and the timeline need room: a panel sized for the pipeline text is
    // too small to follow a run. Grow it at its first run only (or when it has collapsed below
    // what it can show): after that its size is the user's, who may well want it smaller.
    if (m_runDock->isFloating() || dockWidgetArea(m_runDock) != Qt::BottomDockWidgetArea)
        return;
    const bool collapsed = shown < m_runDock->minimumSizeHint().height();
    if (m_runPanelSized && !collapsed)
        return;
    m_runPanelSized = true;
    const int usable = int(height() * kRunPanelShare);
    if (shown < usable) {
        resizeDocks({m_runDock}, {usable}, Qt::Vertical);
        layout()->activate(); // at once: the run is followed from its first records
    }
}

void StudioWindow::showEvent(QShowEvent *event)
{
    MainWindow::showEvent(event);
    if (std::exchange(m_shownOnce, true))
        return;
    // A new session has no run to show yet: the pipeline, at its own height, is what is useful.
    // Once the window is laid out, so the run panel's height is its real one when it is kept.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (tabifiedDockWidgets(m_runDock).contains(m_pipelineDock) &&
                !m_launcher->isRunning() && m_monitor->state().runStatus() == RunStatus::NotStarted)
                m_pipelineDock->raise();
        },
        Qt::QueuedConnection);
}

void StudioWindow::closeEvent(QCloseEvent *event)
{
    MainWindow::closeEvent(event);
    // Saved with the window state, which holds the size the flag refers to.
    if (!event->isAccepted())
        return;
    settings()->setRunPanelSized(m_runPanelSized);
    for (QDockWidget *dock : {m_pipelineDock, m_runDock})
        settings()->setPanelHeight(dock->objectName(), m_panelHeights->height(dock));
}

} // namespace volnux
