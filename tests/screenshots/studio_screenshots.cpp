// SPDX-License-Identifier: GPL-3.0-or-later
// Saves screenshots of the integrated studio with the bundled examples, at 1280x800 or the size
// given (WIDTHxHEIGHT), or as the studio itself sizes the window on that screen ("fit"):
//   xvfb-run -a -s "-screen 0 1280x800x24" build/bin/studio-screenshots resources/examples shots/
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/studio-screenshots ... shots/ 1920x1080
//   QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/studio-screenshots
//       resources/examples shots/ fit
// --language=CODE (de, fr, es, ja) shows the studio in that language:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/bin/studio-screenshots --language=de
//       resources/examples shots-de/
// a-designer: the retry showcase, event "capped_backoff" with its retry policy and backoff preview
// b-pipeline: the pipeline demo's graph (branches, a parallel group)
// c-running: the retry showcase mid-run: mixed statuses, retries and backoff gaps on the timeline
// d-after-run: the finished run with the failed task "exhausted #2" and its attempts selected
// e-nightly: the nightly build (command events) after its run
// f-problems, f2-stale-graph: the pipeline demo with a typo in its pipeline: the problems list,
// then the pipeline text and its graph marked stale after a click on the problem
// g-nightly-dark, g-designer-dark: in the dark theme; h-user-guide: Help -> User Guide
// i-history: History with the retry showcase's 50 runs (49 recorded beforehand with the store's
// API, some failed, some reruns) and its real run open in the Run panel as a past run
// i-graph-run: the pipeline demo's run on its graph; j-events-why: why its events ended;
// k-retry-due: the retry showcase's capped_backoff #0, its retries against their due times
// The window uses its own settings scope so the user's layout is neither used nor changed, and a
// run store of its own in a temporary folder.

#include "core/kinds/BuiltinKinds.h"
#include "core/observe/RunState.h"
#include "tests/support/RecordedRuns.h"
#include "tests/support/RedisServer.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/EventEditor.h"
#include "ui/explorer/ProjectExplorer.h"
#include "ui/files/DocumentFiles.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPanel.h"
#include "ui/history/PastRunController.h"
#include "ui/i18n/LanguageSwitcher.h"
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
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
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
    // A missing file would open a modal problems dialog and wait for a click that never comes.
    if (!QFileInfo::exists(examples.filePath(file)))
        qFatal("no %s in %s", qPrintable(file), qPrintable(examples.absolutePath()));
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

// 49 earlier runs of the retry showcase: every fifth failed, every tenth a rerun of the one
// before it.
void recordEarlierRuns(const QString &storePath, const QString &projectPath)
{
    test::RecordedProject project;
    project.path = projectPath;
    project.name = QStringLiteral("Retry and backoff showcase");
    qint64 previous = 0;
    for (int i = 0; i < 49; ++i) {
        test::SyntheticOptions options;
        options.events = {{QStringLiteral("flaky_fetch"), 8 + i % 5},
                          {QStringLiteral("exhausted"), 4}};
        options.exhaustFraction = i % 5 == 2 ? 0.2 : 0.0;
        options.seed = quint32(100 + i);
        const bool rerun = i % 10 == 3 && previous > 0;
        previous = test::recordRun(storePath, project, options,
                                   rerun ? std::optional<qint64>(previous) : std::nullopt);
    }
}

// The Workers panel during a run of the distributed example, on a private redis-server with two
// workers; skipped where redis-server is not installed.
void shootWorkers(StudioWindow &window, const QDir &examples, const QDir &out)
{
    if (QStandardPaths::findExecutable(QStringLiteral("redis-server")).isEmpty()) {
        qInfo("no redis-server: no Workers screenshot");
        return;
    }
    if (qEnvironmentVariableIsEmpty("VOLNUX_BIN_DIR"))
        qputenv("VOLNUX_BIN_DIR", QCoreApplication::applicationDirPath().toLocal8Bit());
    test::RedisServer server;
    if (!server.start()) {
        qWarning("redis-server did not start: no Workers screenshot");
        return;
    }
    if (!server.startWorker(QStringLiteral("alpha"), 2) ||
        !server.startWorker(QStringLiteral("beta"), 2) || !server.waitForWorkers(2)) {
        qWarning("the workers did not start: no Workers screenshot");
        return;
    }
    QSettings settings; // what Preferences -> Redis URL and Queue write
    settings.setValue(QStringLiteral("cluster/redisUrl"), server.url());
    settings.setValue(QStringLiteral("cluster/queue"), QStringLiteral("test"));
    openProject(window, examples, QStringLiteral("distributed.vxproj"));
    RunMonitor *monitor = window.monitor();
    window.runAction()->trigger();
    if (!waitFor([monitor] { return monitor->state().isFinished(); }, 60000))
        qFatal("the distributed run did not finish");
    monitor->applyPending();
    window.findChild<QDockWidget *>(QStringLiteral("workersDock"))->raise();
    settle(1500); // a poll of Redis
    save(&window, out, QStringLiteral("l-workers"));
    settings.remove(QStringLiteral("cluster"));
}

void shootHistory(StudioWindow &window, const QDir &examples, const QDir &out, qint64 pastRun)
{
    openProject(window, examples, QStringLiteral("retry-showcase.vxproj"));
    HistoryPanel *history = window.history();
    // Beside the run panel for the picture, so that the list and the run it opened both show.
    QDockWidget *dock = window.historyDock();
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->show();
    window.resizeDocks({dock}, {window.width() * 2 / 5}, Qt::Horizontal);
    if (!waitFor([history] { return !history->isLoading() && history->model()->rowCount() >= 50; },
                 10000))
        qWarning("History did not list 50 runs");
    bool loaded = false;
    QObject guard; // the connection ends with this function
    QObject::connect(window.pastRuns(), &PastRunController::loaded, &guard,
                     [&loaded] { loaded = true; });
    if (!window.openPastRun(pastRun) || !waitFor([&loaded] { return loaded; }, 10000))
        qWarning("the past run did not load");
    window.monitor()->applyPending();
    history->selectRuns({pastRun});
    selectTask(window, QStringLiteral("exhausted"), 2);
    save(&window, out, QStringLiteral("i-history"));
    window.tabifyDockWidget(window.runDock(), dock); // back where it starts
}

} // namespace

int main(int argc, char *argv[])
{
    registerBuiltinKinds();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Volnux"));
    QApplication::setApplicationName(QStringLiteral("Volnux Studio Screenshots"));
    Appearance::rememberSystemLook();
    QStringList args = QApplication::arguments();
    const QString languageOption = QStringLiteral("--language=");
    QString language = QStringLiteral("en");
    for (qsizetype i = args.size() - 1; i > 0; --i)
        if (args[i].startsWith(languageOption))
            language = args.takeAt(i).mid(languageOption.size());
    if (args.size() < 3 || args.size() > 4)
        qFatal("usage: studio-screenshots [--language=CODE] EXAMPLES_DIR OUTPUT_DIR "
               "[WIDTHxHEIGHT|fit]");
    if (!LanguageSwitcher::instance()->setLanguage(language))
        qFatal("no translation for %s", qPrintable(language));
    const QString size = args.size() == 4 ? args[3] : QStringLiteral("1280x800");
    const QDir examples(args[1]);
    QDir out(args[2]);
    out.mkpath(QStringLiteral("."));
    QSettings().clear(); // the first-start layout

    StudioWindow window;
    QTemporaryDir storeDir;
    const QString store = storeDir.filePath(QStringLiteral("runs.sqlite"));
    window.setStorePath(store);
    recordEarlierRuns(
        store,
        QFileInfo(examples.filePath(QStringLiteral("retry-showcase.vxproj"))).absoluteFilePath());
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
    const qint64 showcaseRun = window.launcher()->shownRunId();

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

    shootHistory(window, examples, out, showcaseRun);
    shootWorkers(window, examples, out);

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
