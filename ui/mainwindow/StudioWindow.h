// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The integrated studio: the designer's MainWindow with the run monitor docked and a
// MonitorRunLauncher behind Run and Cancel. volnux-studio's main() and the end-to-end tests build
// the very same window through this class, so what is tested is what users get. GUI thread only.

#include "core/project/Project.h"
#include "ui/mainwindow/MainWindow.h"

class QDockWidget;

namespace volnux {

class HistoryPanel;
class MonitorRunLauncher;
class PastRunController;
class RunMonitor;
class TabbedDockHeights;
class WorkersPanel;

class StudioWindow : public MainWindow
{
    Q_OBJECT
public:
    explicit StudioWindow(UserPrompts *prompts = nullptr, const QString &recoveryDirectory = {},
                          QWidget *parent = nullptr);
    ~StudioWindow() override;

    RunMonitor *monitor() const { return m_monitor; }
    MonitorRunLauncher *launcher() const { return m_launcher; }
    QDockWidget *runDock() const { return m_runDock; }
    HistoryPanel *history() const { return m_history; }
    QDockWidget *historyDock() const { return m_historyDock; }
    PastRunController *pastRuns() const { return m_pastRuns; }
    // The run store that runs are recorded in and History lists (RunStore::defaultPath() unless
    // set); set it before opening a project.
    void setStorePath(const QString &path);
    // Shows a recorded run in the run panel; false while a run goes on.
    bool openPastRun(qint64 runId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void preferencesAccepted() override;

private:
    void createWorkers();
    void applyClusterSettings();
    void showRefusal(const QStringList &problems);
    void revealMonitor();
    void showEventOfTask(int row);
    void showRunOnGraph();
    void updateChangedNote();
    void runAgainWithChanges();
    void createHistory();
    void showProjectRuns();

    RunMonitor *m_monitor;
    MonitorRunLauncher *m_launcher;
    QDockWidget *m_runDock;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    WorkersPanel *m_workers = nullptr;
    PastRunController *m_pastRuns = nullptr;
    QDockWidget *m_pipelineDock;
    TabbedDockHeights *m_panelHeights;
    bool m_runPanelSized; // a run has given the panel its first size; see revealMonitor
    Project m_runProject; // the project as the latest run started with it
    bool m_hasRunProject = false;
    bool m_runAgainPending = false; // "Run again with changes" waits for the run to end
    bool m_shownOnce = false;
};

} // namespace volnux
