// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui/accessibility/TabOrder.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/EventEditor.h"
#include "ui/editors/WheelGuard.h"
#include "ui/explorer/ProjectExplorer.h"
#include "ui/files/DialogPrompts.h"
#include "ui/files/DocumentFiles.h"
#include "ui/files/RecoveryStore.h"
#include "ui/help/AboutText.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/mainwindow/ProblemsPanel.h"
#include "ui/mainwindow/RunAnalysisActions.h"
#include "ui/pipeline/PipelineEditor.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/run/RunLauncher.h"
#include "ui/settings/SplitterStates.h"
#include "ui/settings/StudioSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace volnux {

namespace {
constexpr double kPipelineShare = 0.3; // of the window's height: the pipeline's first size
constexpr int kEditorMinimumLines = 10;
constexpr int kFrameAllowance = 4; // per side, for a window frame not known yet
} // namespace

MainWindow::MainWindow(UserPrompts *prompts, const QString &recoveryDirectory, QWidget *parent)
    : QMainWindow(parent), m_settings(std::make_unique<StudioSettings>()),
      m_recovery(std::make_unique<RecoveryStore>(recoveryDirectory)),
      m_document(new ProjectDocument(this))
{
    // Before any field is shown: the guard sets their focus policy as they are polished.
    WheelGuard::installOnApplication();
    setObjectName(QStringLiteral("mainWindow"));
    if (!prompts) {
        m_ownPrompts = std::make_unique<DialogPrompts>(this);
        prompts = m_ownPrompts.get();
    }
    m_files = new DocumentFiles(m_document, prompts, m_settings.get(), m_recovery.get(), this);
    m_explorer = new ProjectExplorer(m_document, this);
    m_editor = new EventEditor(m_document, this);
    m_pipeline = new PipelineEditor(m_document, this);
    setCentralWidget(m_editor);
    // The panels docked below and beside it never squeeze the editor past a few fields.
    m_editor->setMinimumHeight(kEditorMinimumLines * fontMetrics().lineSpacing());
    setAcceptDrops(true);
    setDocumentMode(true);

    createActions();
    createMenus();
    createDocks();
    createStatusBar();

    connect(m_explorer, &ProjectExplorer::currentEventChanged, m_editor, [this](int index) {
        m_editor->setCurrentEvent(index);
        m_pipeline->selectEvent(index);
    });
    connect(m_pipeline, &PipelineEditor::eventActivated, m_explorer, &ProjectExplorer::selectEvent);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::problemsChanged, this, &MainWindow::updateProblemCount);
    connect(m_files, &DocumentFiles::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_files, &DocumentFiles::message, statusBar(),
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    resize(1280, 800);
    restoreGeometry(m_settings->windowGeometry());
    keepWithinScreen();
    m_layoutRestored = restoreState(m_settings->windowState());
    SplitterStates::restore(this, m_settings->splitterStates());
    updateTitle();
    updateRecentMenu();
    updateRunActions();
    updateProblemCount();
}

MainWindow::~MainWindow() = default;

// Neither the default size nor a saved one may exceed the screen the window opens on: at 1.5x
// scale a 1280x800 window is 1920x1200 pixels, taller than a 1080-pixel screen.
void MainWindow::keepWithinScreen()
{
    if (isMaximized() || isFullScreen() || !screen())
        return;
    const QRect available = screen()->availableGeometry();
    // Room for the frame and title bar, which the geometry leaves out and which are not known
    // before the window is shown.
    const int title = style()->pixelMetric(QStyle::PM_TitleBarHeight);
    const QSize size =
        this->size().boundedTo(QSize(available.width() - 2 * kFrameAllowance,
                                     available.height() - title - 2 * kFrameAllowance)
                                   .expandedTo(minimumSizeHint()));
    resize(size);
    if (!testAttribute(Qt::WA_Moved)) // placed by the window manager: nothing to move back
        return;
    const QSize framed = size + QSize(2 * kFrameAllowance, title + 2 * kFrameAllowance);
    const int x = std::clamp(pos().x(), available.left(),
                             std::max(available.left(), available.right() + 1 - framed.width()));
    const int y = std::clamp(pos().y(), available.top(),
                             std::max(available.top(), available.bottom() + 1 - framed.height()));
    move(x, y);
}

QAction *MainWindow::makeAction(const QString &name, const QString &icon, const QString &text,
                                const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    action->setShortcut(shortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                             shortcut.toString(QKeySequence::NativeText)));
    return action;
}

void MainWindow::createActions()
{
    auto *newAction = makeAction(QStringLiteral("actionNew"), QStringLiteral("new"), tr("&New"),
                                 QKeySequence::New);
    auto *open = makeAction(QStringLiteral("actionOpen"), QStringLiteral("open"), tr("&Open…"),
                            QKeySequence::Open);
    auto *save = makeAction(QStringLiteral("actionSave"), QStringLiteral("save"), tr("&Save"),
                            QKeySequence::Save);
    auto *saveAs = makeAction(QStringLiteral("actionSaveAs"), QStringLiteral("save-as"),
                              tr("Save &As…"), QKeySequence::SaveAs);
    connect(newAction, &QAction::triggered, m_files, &DocumentFiles::newProject);
    connect(open, &QAction::triggered, m_files, qOverload<>(&DocumentFiles::open));
    connect(save, &QAction::triggered, m_files, &DocumentFiles::save);
    connect(saveAs, &QAction::triggered, m_files, &DocumentFiles::saveAs);
    m_fileActions = {newAction, open, save, saveAs};

    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    redo->setShortcut(QKeySequence::Redo);
    m_fileActions << undo << redo;

    m_run = makeAction(QStringLiteral("actionRun"), QStringLiteral("run"), tr("&Run"),
                       QKeySequence(Qt::Key_F5));
    m_cancel = makeAction(QStringLiteral("actionCancel"), QStringLiteral("cancel"),
                          tr("&Cancel Run"), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_run, &QAction::triggered, this, [this] {
        if (m_launcher)
            m_launcher->startRun(m_document->project(), m_document->filePath());
    });
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_launcher)
            m_launcher->cancelRun();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_fileActions[0]);
    file->addAction(m_fileActions[1]);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_fileActions[2]);
    file->addAction(m_fileActions[3]);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_fileActions[4]);
    edit->addAction(m_fileActions[5]);
    edit->addSeparator();
    edit->addAction(tr("Rename Event"), QKeySequence(Qt::Key_F2), m_explorer,
                    &ProjectExplorer::renameCurrent);
    edit->addAction(tr("Duplicate Event"), m_explorer, &ProjectExplorer::duplicateCurrent);
    edit->addAction(tr("Delete Event"), m_explorer, &ProjectExplorer::deleteCurrent);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                    &MainWindow::showPreferences)
        ->setMenuRole(QAction::PreferencesRole);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_run);
    run->addAction(m_cancel);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    for (int i = 0; i < 3; ++i)
        toolbar->addAction(m_fileActions[i]);
    toolbar->addSeparator();
    toolbar->addAction(toolbarUndoAction(m_fileActions[4], tr("Undo")));
    toolbar->addAction(toolbarUndoAction(m_fileActions[5], tr("Redo")));
    toolbar->addSeparator();
    toolbar->addAction(m_run);
    toolbar->addAction(m_cancel);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_analysis = new RunAnalysisActions(this, [this] { return m_document->filePath(); });
    m_analysis->addTo(run, m_viewMenu);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this,
                    [this] {
                        auto *guide = new UserGuideDialog(this);
                        guide->setAttribute(Qt::WA_DeleteOnClose);
                        guide->show();
                    })
        ->setObjectName(QStringLiteral("actionUserGuide"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(this, this).exec(); })
        ->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About Volnux Studio"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("actionAbout"));
}

// The undo stack's actions name the command ("Undo Edit thread_name_prefix"): right in the Edit
// menu, but on the toolbar a label that grows moves every button after it, and a click meant for
// Run lands on Redo. The toolbar shows a fixed short label; the full text is its tooltip.
QAction *MainWindow::toolbarUndoAction(QAction *stackAction, const QString &shortText)
{
    auto *action = new QAction(stackAction->icon(), shortText, this);
    action->setObjectName(stackAction->objectName() + QStringLiteral("Toolbar"));
    connect(action, &QAction::triggered, stackAction, &QAction::trigger);
    const auto follow = [action, stackAction] {
        action->setEnabled(stackAction->isEnabled());
        const QString text = QString(stackAction->text()).remove(QLatin1Char('&'));
        const QString keys = stackAction->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(keys.isEmpty() ? text : tr("%1 (%2)").arg(text, keys));
    };
    connect(stackAction, &QAction::changed, action, follow);
    follow();
    return action;
}

void MainWindow::createDocks()
{
    auto *explorerDock = new QDockWidget(tr("Project"), this);
    explorerDock->setObjectName(QStringLiteral("explorerDock"));
    explorerDock->setWidget(m_explorer);
    // In the window, where a tab order set earlier would not survive the move into the dock.
    TabOrder::followLayout(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, explorerDock);
    auto *pipelineDock = new QDockWidget(tr("Pipeline"), this);
    pipelineDock->setObjectName(QStringLiteral("pipelineDock"));
    pipelineDock->setWidget(m_pipeline);
    addDockWidget(Qt::BottomDockWidgetArea, pipelineDock);
    m_viewMenu->addAction(explorerDock->toggleViewAction());
    m_viewMenu->addAction(pipelineDock->toggleViewAction());

    m_problems = new ProblemsPanel(m_document, this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    // Under the explorer, not in the bottom tab group: that group's height is the run panel's.
    addDockWidget(Qt::LeftDockWidgetArea, m_problemsDock, Qt::Vertical);
    m_problemsDock->hide(); // until asked for, from the status bar or the View menu
    m_viewMenu->addAction(m_problemsDock->toggleViewAction());
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::goToProblem);
}

void MainWindow::showProblems()
{
    m_problemsDock->show();
    m_problemsDock->raise();
}

// A problem names where it is: "pipeline: line 2, column 6: ..." or "events[1].retry_policy...".
void MainWindow::goToProblem(const QString &problem)
{
    if (problem.startsWith(QLatin1String("pipeline"))) {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("pipelineDock"))) {
            dock->show();
            dock->raise();
        }
        m_pipeline->goToError();
        return;
    }
    static const QRegularExpression eventAt(QStringLiteral("^events\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = eventAt.match(problem);
    if (!match.hasMatch())
        return;
    m_explorer->selectEvent(match.captured(1).toInt());
    m_editor->goToProblem(problem);
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &objectName,
                                  Qt::DockWidgetArea area, const QString &tabWith)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    TabOrder::followLayout(panel);
    // The saved layout was restored before this panel existed: put it back where the user left it.
    if (!restoreDockWidget(dock)) {
        auto *buddy = tabWith.isEmpty() ? nullptr : findChild<QDockWidget *>(tabWith);
        if (buddy && dockWidgetArea(buddy) == area) {
            tabifyDockWidget(buddy, dock);
            buddy->raise(); // a panel added later does not take the existing one's place
        } else
            addDockWidget(area, dock);
    }
    SplitterStates::restore(panel, m_settings->splitterStates());
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createStatusBar()
{
    m_problemCount = new QToolButton(this);
    m_problemCount->setObjectName(QStringLiteral("problemCount"));
    m_problemCount->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_problemCount);
    connect(m_problemCount, &QToolButton::clicked, this, &MainWindow::showProblems);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Volnux Studio").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        const QString label = QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction *action = m_recentMenu->addAction(label, this, [this, path] {
            if (m_files->maybeSave())
                m_files->open(path);
        });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::setRunLauncher(RunLauncher *launcher)
{
    m_launcher = launcher;
    if (launcher)
        connect(launcher, &RunLauncher::runningChanged, this, &MainWindow::updateRunActions);
    updateRunActions();
}

void MainWindow::updateRunActions()
{
    const bool running = m_launcher && m_launcher->isRunning();
    // Run stays enabled when the project has problems: it validates first and lists them, which
    // tells the user more than a greyed-out button would.
    m_run->setEnabled(m_launcher && !running);
    m_cancel->setEnabled(running);
    const auto problems = int(m_document->problems().size());
    if (!m_launcher)
        m_run->setToolTip(tr("Running needs the run monitor, which this build lacks"));
    else if (problems > 0)
        m_run->setToolTip(
            tr("Run the project (F5): %n problem(s) to fix first", nullptr, problems));
    else
        m_run->setToolTip(tr("Run the project (F5)"));
    m_cancel->setToolTip(running ? tr("Cancel the run (Shift+F5)") : tr("No run in progress"));
}

void MainWindow::updateProblemCount()
{
    const auto count = int(m_document->problems().size());
    const auto warnings = int(m_document->warnings().size());
    QString text = count == 0 ? tr("No problems") : tr("%n problem(s)", nullptr, count);
    if (warnings > 0)
        text += QStringLiteral(" · ") + tr("%n warning(s)", nullptr, warnings);
    m_problemCount->setText(text);
    m_problemCount->setToolTip(tr("Show the problems list"));
    updateRunActions();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        preferencesAccepted();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Volnux Studio"), aboutText());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    if (m_layoutRestored)
        return;
    // First start: the editor gets most of the room. Sizes only hold once the window has its
    // final geometry, so they are set at the first show rather than in the constructor.
    auto *explorerDock = findChild<QDockWidget *>(QStringLiteral("explorerDock"));
    auto *pipelineDock = findChild<QDockWidget *>(QStringLiteral("pipelineDock"));
    resizeDocks({explorerDock}, {220}, Qt::Horizontal);
    resizeDocks({pipelineDock}, {int(height() * kPipelineShare)}, Qt::Vertical);
}

// The language changed: LanguageSwitcher has translated every plain text again; these carry a
// name, a count or a shortcut.
void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    for (QAction *action : std::as_const(m_fileActions).first(4))
        action->setToolTip(
            tr("%1 (%2)").arg(QString(action->text()).remove(QLatin1Char('&')),
                              action->shortcut().toString(QKeySequence::NativeText)));
    updateTitle();
    updateProblemCount(); // and the run actions' tooltips
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterStates(SplitterStates::merged(m_settings->splitterStates(), this));
    m_files->closed();
    event->accept();
}

static QString droppedProject(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedProject(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedProject(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (m_files->maybeSave())
        m_files->open(path);
}

} // namespace volnux
