// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The studio's window: builds the menus, toolbar, docks and status bar and wires them to the
// parts that do the work (ProjectDocument, DocumentFiles, the editors, a RunLauncher). It holds
// no editing or file logic of its own. GUI thread only.

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QToolButton;

class QDockWidget;

namespace volnux {

class DocumentFiles;
class EventEditor;
class PipelineEditor;
class ProblemsPanel;
class ProjectDocument;
class ProjectExplorer;
class RecoveryStore;
class RunAnalysisActions;
class RunLauncher;
class StudioSettings;
class UserPrompts;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `prompts` null: dialogs. `recoveryDirectory` empty: the application data location.
    explicit MainWindow(UserPrompts *prompts = nullptr, const QString &recoveryDirectory = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }
    DocumentFiles *files() const { return m_files; }
    RecoveryStore *recovery() const { return m_recovery.get(); }
    ProjectExplorer *explorer() const { return m_explorer; }
    EventEditor *eventEditor() const { return m_editor; }
    PipelineEditor *pipelineEditor() const { return m_pipeline; }

    void setRunLauncher(RunLauncher *launcher);
    // Adds a panel (the run monitor, say) as a dock with an entry in the View menu. It goes where
    // the saved layout had it; without one, into `area`, or tabbed with the dock named
    // `tabWith` ("pipelineDock", say) when there is one.
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName,
                          Qt::DockWidgetArea area, const QString &tabWith = {});
    QAction *runAction() const { return m_run; }
    // Compare, Trends and Export of recorded runs (Run and View menus).
    RunAnalysisActions *analysis() const { return m_analysis; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    // Shows the problems list (the status bar's problem count does this when clicked).
    void showProblems();
    // Selects the event or pipeline text a problem is about and puts the focus on its field.
    void goToProblem(const QString &problem);

protected:
    StudioSettings *settings() const { return m_settings.get(); }
    // Saves the layout (and checks for unsaved changes): a subclass saving more of it calls this
    // first and saves its own part only when the event is accepted.
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override; // the texts built from arguments and counts
    // The user pressed OK in Preferences: apply what the window itself does not read each time.
    virtual void preferencesAccepted() {}
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QAction *makeAction(const QString &name, const QString &icon, const QString &text,
                        const QKeySequence &shortcut);
    void createActions();
    QAction *toolbarUndoAction(QAction *stackAction, const QString &shortText);
    void createMenus();
    void createDocks();
    void createStatusBar();
    void keepWithinScreen();
    void updateTitle();
    void updateRecentMenu();
    void updateRunActions();
    void updateProblemCount();
    void showPreferences();
    void showAbout();

    std::unique_ptr<StudioSettings> m_settings;
    std::unique_ptr<UserPrompts> m_ownPrompts;
    std::unique_ptr<RecoveryStore> m_recovery;
    ProjectDocument *m_document;
    DocumentFiles *m_files;
    ProjectExplorer *m_explorer;
    EventEditor *m_editor;
    PipelineEditor *m_pipeline;
    RunLauncher *m_launcher = nullptr;
    QMenu *m_recentMenu = nullptr;
    QToolButton *m_problemCount = nullptr;
    ProblemsPanel *m_problems = nullptr;
    RunAnalysisActions *m_analysis = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QAction *m_run = nullptr;
    QAction *m_cancel = nullptr;
    QList<QAction *> m_fileActions;
    QMenu *m_viewMenu = nullptr;
    bool m_layoutRestored = false;
    bool m_shown = false;
};

} // namespace volnux
