// volnux-studio: the designer window and the run monitor. Wiring only: application identity, the
// window, the monitor panel and its launcher, the project named on the command line or offered
// back after a crash.

#include "core/executors/ProcessPool.h"
#include "core/kinds/BuiltinKinds.h"
#include "ui/files/DocumentFiles.h"
#include "ui/document/ProjectDocument.h"
#include "ui/files/ProblemsDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/run/MonitorRunLauncher.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    volnux::registerBuiltinKinds();
    // After registration: in a ProcessPoolExecutor worker this runs the worker loop and exits.
    volnux::ProcessPool::enableWorkerMode(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Volnux"));
    QApplication::setApplicationName(QStringLiteral("Volnux Studio"));
    QApplication::setDesktopFileName(QStringLiteral("volnux-studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design, run and monitor events."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The project to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    volnux::MainWindow window;
    auto *monitor = new volnux::RunMonitor;
    window.addPanel(monitor, QApplication::translate("main", "Run"), QStringLiteral("runDock"),
                    Qt::BottomDockWidgetArea);
    auto *launcher = new volnux::MonitorRunLauncher(monitor, &window);
    window.setRunLauncher(launcher);
    QObject::connect(monitor, &volnux::RunMonitor::runRequested, window.runAction(),
                     &QAction::trigger);
    QObject::connect(launcher, &volnux::MonitorRunLauncher::runRefused, &window,
                     [&window](const QStringList &problems) {
                         auto *dialog = new volnux::ProblemsDialog(
                             QApplication::translate("main", "The project cannot run"),
                             window.document()->filePath(), problems, &window);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->open();
                     });
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the window is shown, so dialogs (restore offer, load problems) have a parent on screen.
    QTimer::singleShot(0, &window, [&window, files] {
        if (window.files()->offerRecovery())
            return;
        if (!files.isEmpty())
            window.files()->open(files.first());
    });
    return QApplication::exec();
}
