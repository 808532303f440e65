// SPDX-License-Identifier: GPL-3.0-or-later
// Saves screenshots of the integrated studio with the bundled examples, at 1280x800 or the size
// given (WIDTHxHEIGHT), or as the studio itself sizes the window on that screen ("fit"):
//   xvfb-run -a -s "-screen 0 1280x800x24" build/bin/studio-screenshots resources/examples shots/
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/studio-screenshots ... shots/ 1920x1080
//   QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/studio-screenshots
//       resources/examples shots/ fit
// a-designer: the retry showcase, event "capped_backoff" with its retry policy and backoff preview
// b-pipeline: the pipeline demo's graph (branches, a parallel group)
// c-running: the retry showcase mid-run: mixed statuses, retries and backoff gaps on the timeline
// d-after-run: the finished run with the failed task "exhausted #2" and its attempts selected
// e-nightly: the nightly build (command events) after its run
// f-problems, f2-stale-graph: the pipeline demo with a typo in its pipeline: the problems list,
// then the pipeline text and its graph marked stale after a click on the problem
// g-nightly-dark, g-designer-dark: in the dark theme; h-user-guide: Help -> User Guide
// i-graph-run: the pipeline demo's run on its graph; j-events-why: why its events ended;
// k-retry-due: the retry showcase's capped_backoff #0, its retries against their due times
// The window uses its own settings scope so the user's layout is neither used nor changed.

#include "core/kinds/BuiltinKinds.h"
#include "core/observe/RunState.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/EventEditor.h"
#include "ui/explorer/ProjectExplorer.h"
#include "ui/files/DocumentFiles.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/mainwindow/StudioWindow.h"
#include "ui/models/EventSummaryModel.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/pipeline/PipelineEditor.h"
#include "ui/plots/BackoffPreview.h"
#include "ui/run/MonitorRunLauncher.h"
#include "ui/settings/Appearance.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QPlainTextEdit>
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
    if (args.size() < 3 || args.size() > 4)
        qFatal("usage: studio-screenshots EXAMPLES_DIR OUTPUT_DIR [WIDTHxHEIGHT|fit]");
    const QString size = args.size() == 4 ? args[3] : QStringLiteral("1280x800");
    const QDir examples(args[1]);
    QDir out(args[2]);
    out.mkpath(QStringLiteral("."));
    QSettings().clear(); // the first-start layout

    StudioWindow window;
    if (size != QLatin1String("fit"))
        window.resize(size.section(QLatin1Char('x'), 0, 0).toInt(),
                      size.section(QLatin1Char('x'), 1, 1).toInt());
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

    // The pipeline demo's run on its graph, then why each event ended.
    openProject(window, examples, QStringLiteral("pipeline-demo.vxproj"));
    window.runAction()->trigger();
    if (!waitFor([monitor] { return monitor->state().isFinished(); }, 30000))
        qFatal("the pipeline demo's run did not finish");
    monitor->applyPending();
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("pipelineDock")))
        dock->raise();
    save(&window, out, QStringLiteral("i-graph-run"));
    window.runDock()->raise();
    monitor->detailTabs()->setCurrentIndex(1);
    monitor->eventView()->setCurrentIndex(monitor->eventModel()->index(
        eventIndex(window.document(), QStringLiteral("integration_tests")), 0));
    save(&window, out, QStringLiteral("j-events-why"));
    // A retry started early by Retry now, and the others on time, on the timeline.
    openProject(window, examples, QStringLiteral("retry-showcase.vxproj"));
    window.runAction()->trigger();
    if (!waitFor([monitor] { return monitor->state().isFinished(); }, 30000))
        qFatal("the run did not finish");
    monitor->applyPending();
    selectTask(window, QStringLiteral("capped_backoff"), 0);
    save(&window, out, QStringLiteral("k-retry-due"));

    openProject(window, examples, QStringLiteral("pipeline-demo.vxproj"));
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("pipelineDock")))
        dock->raise();
    QPlainTextEdit *text = window.pipelineEditor()->textEdit();
    QTextCursor cursor = text->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::EndOfWord);
    cursor.insertText(QStringLiteral("x")); // the first event's name, misspelt
    window.showProblems();
    save(&window, out, QStringLiteral("f-problems"));
    // A click on the problem: the pipeline tab, the cursor at the error, the graph marked stale.
    window.goToProblem(window.document()->problems().value(0));
    save(&window, out, QStringLiteral("f2-stale-graph"));
    window.document()->undoStack()->undo();

    Appearance::apply(Appearance::Theme::Dark, 0);
    save(&window, out, QStringLiteral("g-nightly-dark"));
    openProject(window, examples, QStringLiteral("retry-showcase.vxproj"));
    window.explorer()->selectEvent(eventIndex(window.document(), QStringLiteral("capped_backoff")));
    save(&window, out, QStringLiteral("g-designer-dark"));
    Appearance::apply(Appearance::Theme::Light, 0);

    UserGuideDialog guide(&window);
    guide.resize(1000, 760);
    guide.show();
    save(&guide, out, QStringLiteral("h-user-guide"));

    window.close();
    QSettings().clear();
    return 0;
}
