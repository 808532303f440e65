#include "StudioWindow.h"

#include "ui/document/ProjectDocument.h"
#include "ui/files/ProblemsDialog.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/run/MonitorRunLauncher.h"

#include <QAction>
#include <QDockWidget>

namespace volnux {

StudioWindow::StudioWindow(UserPrompts *prompts, const QString &recoveryDirectory, QWidget *parent)
    : MainWindow(prompts, recoveryDirectory, parent), m_monitor(new RunMonitor)
{
    m_runDock = addPanel(m_monitor, tr("Run"), QStringLiteral("runDock"), Qt::BottomDockWidgetArea);
    m_launcher = new MonitorRunLauncher(m_monitor, this);
    setRunLauncher(m_launcher);
    connect(m_monitor, &RunMonitor::runRequested, runAction(), &QAction::trigger);
    connect(m_launcher, &MonitorRunLauncher::runRefused, this, &StudioWindow::showRefusal);
    connect(m_launcher, &RunLauncher::runningChanged, this, [this](bool running) {
        if (running)
            revealMonitor();
    });
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
    m_runDock->show();
    m_runDock->raise();
}

} // namespace volnux
