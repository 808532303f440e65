// Saves screenshots of the integrated studio at 1280x800 with the bundled examples:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/bin/studio-screenshots resources/examples shots/
// a-designer: the retry showcase, event "capped_backoff" with its retry policy and backoff preview
// b-pipeline: the pipeline demo's graph (branches, a parallel group)
// c-running: the retry showcase mid-run: mixed statuses, retries and backoff gaps on the timeline
// d-after-run: the finished run with the failed task "exhausted #2" and its attempts selected
// e-nightly: the nightly build (command events) after its run
// f-nightly-dark, f-designer-dark: the same in the dark theme; g-user-guide: Help -> User Guide
// The window uses its own settings scope so the user's layout is neither used nor changed.

#include "core/kinds/BuiltinKinds.h"
#include "core/observe/RunState.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/EventEditor.h"
#include "ui/explorer/ProjectExplorer.h"
#include "ui/files/DocumentFiles.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/mainwindow/StudioWindow.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/plots/BackoffPreview.h"
#include "ui/run/MonitorRunLauncher.h"
#include "ui/settings/Appearance.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QUndoStack>

#include <functional>

using namespace volnux;

namespace {

// A tool, not the product: a polling wait is fine here.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

void save(QWidget *window, const QDir &out, const QString &name)
{
    settle(150);
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("%s", qPrintable(path));
}

int eventIndex(const ProjectDocument *document, const QString &name)
{
    for (int i = 0; i < document->eventCount(); ++i) {
        if (document->event(i).name == name)
            return i;
    }
    qFatal("no event %s", qPrintable(name));
}

void openProject(StudioWindow &window, const QDir &examples, const QString &file)
{
    if (!window.files()->open(examples.filePath(file)))
        qFatal("cannot open %s", qPrintable(file));
}

void selectTask(StudioWindow &window, const QString &event, int task)
{
    RunMonitor *monitor = window.monitor();
    const int e = eventIndex(window.document(), event);
    monitor->selectRow(monitor->state().rowOf(e, task));
    monitor->detailTabs()->setCurrentIndex(0);
}

} // namespace

int main(int argc, char *argv[])
{
    registerBuiltinKinds();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Volnux"));
    QApplication::setApplicationName(QStringLiteral("Volnux Studio Screenshots"));
    Appearance::rememberSystemLook();
    const QStringList args = QApplication::arguments();
    if (args.size() != 3)
        qFatal("usage: studio-screenshots EXAMPLES_DIR OUTPUT_DIR");
    const QDir examples(args[1]);
    QDir out(args[2]);
    out.mkpath(QStringLiteral("."));
    QSettings().clear(); // the first-start layout

    StudioWindow window;
    window.resize(1280, 800);
    window.show();
    settle(300);

    openProject(window, examples, QStringLiteral("retry-showcase.vxproj"));
    window.explorer()->selectEvent(eventIndex(window.document(), QStringLiteral("capped_backoff")));
    settle(100);
    if (auto *preview = window.eventEditor()->findChild<BackoffPreview *>())
        window.eventEditor()->ensureWidgetVisible(preview, 0, 0);
    save(&window, out, QStringLiteral("a-designer"));
    // The same policy with full jitter: the chart shows the range each wait is drawn from.
    if (auto *jitter = window.eventEditor()->findChild<QComboBox *>(QStringLiteral("jitter"))) {
        jitter->setCurrentIndex(1);
        settle(100);
        save(&window, out, QStringLiteral("a2-jitter"));
        window.document()->undoStack()->undo();
    }

    openProject(window, examples, QStringLiteral("pipeline-demo.vxproj"));
    window.explorer()->selectEvent(
        eventIndex(window.document(), QStringLiteral("integration_tests")));
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("pipelineDock")))
        dock->raise();
    save(&window, out, QStringLiteral("b-pipeline"));

    openProject(window, examples, QStringLiteral("retry-showcase.vxproj"));
    window.runAction()->trigger();
    RunMonitor *monitor = window.monitor();
    // Mid-run: some done, some running, some waiting out a backoff.
    const bool mixed = waitFor(
        [monitor] {
            const RunTotals &t = monitor->state().totals();
            return t.count(TaskStatus::WaitingToRetry) > 0 && t.count(TaskStatus::Running) > 0 &&
                   t.done() >= 6;
        },
        15000);
    if (!mixed)
        qWarning("no moment with mixed statuses was seen");
    // The user follows a task that waits out its backoff.
    const std::vector<TaskKey> waiting =
        monitor->state().tasksWithStatus(TaskStatus::WaitingToRetry);
    if (!waiting.empty())
        monitor->selectRow(monitor->state().rowOf(waiting.front().event, waiting.front().task));
    save(&window, out, QStringLiteral("c-running"));

    if (!waitFor([monitor] { return monitor->state().isFinished(); }, 30000))
        qFatal("the run did not finish");
    monitor->applyPending();
    selectTask(window, QStringLiteral("exhausted"), 2);
    save(&window, out, QStringLiteral("d-after-run"));

    openProject(window, examples, QStringLiteral("nightly-build.vxproj"));
    window.explorer()->selectEvent(eventIndex(window.document(), QStringLiteral("publish")));
    window.runAction()->trigger();
    if (!waitFor([monitor] { return monitor->state().isFinished(); }, 30000))
        qFatal("the nightly run did not finish");
    monitor->applyPending();
    selectTask(window, QStringLiteral("publish"), 0);
    save(&window, out, QStringLiteral("e-nightly"));

    Appearance::apply(Appearance::Theme::Dark, 0);
    save(&window, out, QStringLiteral("f-nightly-dark"));
    openProject(window, examples, QStringLiteral("retry-showcase.vxproj"));
    window.explorer()->selectEvent(eventIndex(window.document(), QStringLiteral("capped_backoff")));
    save(&window, out, QStringLiteral("f-designer-dark"));
    Appearance::apply(Appearance::Theme::Light, 0);

    UserGuideDialog guide(&window);
    guide.resize(1000, 760);
    guide.show();
    save(&guide, out, QStringLiteral("g-user-guide"));

    window.close();
    QSettings().clear();
    return 0;
}
