// SPDX-License-Identifier: GPL-3.0-or-later
// Saves screenshots of the run-history views on a run store built from the bundled retry
// showcase (runs made on a fast-forward clock, so a minute of backoff takes no real time):
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/history-screenshots resources/examples
//       shots/ 1280x800
// i-compare: a passing run (A) and a failing run (B) of the retry showcase, side by side
// j-trends: the Trends view over 30 runs with its flaky tasks
// k-exported-svg: the failing run's timeline exported as SVG, rendered back to PNG
// Not a test: run it when these views' look changes.

#include "core/engine/Clock.h"
#include "core/engine/Run.h"
#include "core/kinds/BuiltinKinds.h"
#include "core/project/ProjectFile.h"
#include "core/store/RunStore.h"
#include "core/store/RunStoreWriter.h"
#include "ui/compare/CompareTimelines.h"
#include "ui/compare/RunCompareView.h"
#include "ui/export/PlotExport.h"
#include "ui/plots/RunTimeline.h"
#include "ui/settings/Appearance.h"
#include "ui/trends/TrendsView.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

using namespace volnux;

namespace {

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

void save(QWidget *widget, const QDir &out, const QString &name)
{
    waitFor([] { return false; }, 200);
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("%s", qPrintable(path));
}

qint64 record(RunStore &store, const QString &projectPath, const RunSpec &spec)
{
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    RunStore::NewRun run;
    run.projectPath = projectPath;
    run.projectName = QStringLiteral("Retry and backoff showcase");
    run.project = "{}";
    run.version = QStringLiteral("screenshots");
    const Result<qint64> id = store.beginRun(run, spec);
    if (!id)
        qFatal("%s", qPrintable(id.errorString()));
    RunStoreWriter writer(store.path(), *id);
    RunState state(RunState::Detail::Counts);
    state.apply(records);
    writer.write(records, state);
    QString error;
    if (!writer.finish(&error))
        qFatal("%s", qPrintable(error));
    return *id;
}

// The showcase as shipped fails some tasks for good; without fail_tasks on those events it passes.
RunSpec passing(RunSpec spec)
{
    for (EventSpec &event : spec.events) {
        const int attempts =
            event.options.retry_policy ? event.options.retry_policy->max_attempts : 1;
        const QVariant failAttempts = event.params.value(QStringLiteral("fail_attempts"));
        if (!failAttempts.isValid() || failAttempts.toString() == QLatin1String("all") ||
            failAttempts.toInt() >= attempts ||
            event.params.value(QStringLiteral("fail_with")) == QLatin1String("return"))
            event.params[QStringLiteral("fail_tasks")] = QVariantList{};
    }
    return spec;
}

// Run i of the trend: the flaky connection fails 0..3 times, some runs keep their failures.
RunSpec variant(const RunSpec &shipped, QRandomGenerator &rng)
{
    RunSpec spec = rng.bounded(4) == 0 ? shipped : passing(shipped);
    for (EventSpec &event : spec.events) {
        if (event.name == QLatin1String("flaky_connection"))
            event.params[QStringLiteral("fail_attempts")] = int(rng.bounded(4));
        if (event.params.contains(QStringLiteral("duration_ms")))
            event.params[QStringLiteral("duration_ms")] =
                event.params.value(QStringLiteral("duration_ms")).toInt() *
                (80 + int(rng.bounded(60))) / 100;
    }
    return spec;
}

void exportSvg(RunTimeline *timeline, QSize size, const QDir &out)
{
    const QString svg = out.filePath(QStringLiteral("k-exported-timeline.svg"));
    if (!PlotExport::save(timeline, svg, size))
        qFatal("cannot write %s", qPrintable(svg));
    QSvgRenderer renderer(svg);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    const QString png = out.filePath(QStringLiteral("k-exported-svg.png"));
    image.save(png);
    qInfo("%s (rendered from %s)", qPrintable(png), qPrintable(svg));
}

} // namespace

int main(int argc, char *argv[])
{
    registerBuiltinKinds();
    QApplication app(argc, argv);
    Appearance::rememberSystemLook();
    const QStringList args = QApplication::arguments();
    if (args.size() != 4)
        qFatal("usage: history-screenshots EXAMPLES_DIR OUTPUT_DIR WIDTHxHEIGHT");
    const QStringList wh = args[3].split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    QDir out(args[2]);
    out.mkpath(QStringLiteral("."));
    const QString projectPath =
        QDir(args[1]).absoluteFilePath(QStringLiteral("retry-showcase.vxproj"));
    const auto project = ProjectFile::load(projectPath);
    const auto spec = project ? ProjectFile::toRunSpec(*project, projectPath)
                              : Result<RunSpec>::failure(project.errors());
    if (!spec)
        qFatal("%s", qPrintable(spec.errorString()));

    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("runs.sqlite"));
    const auto store = RunStore::open(storePath);
    if (!store)
        qFatal("%s", qPrintable(store.errorString()));
    QRandomGenerator rng(12);
    for (int i = 0; i < 28; ++i)
        record(**store, projectPath, variant(*spec, rng));
    const qint64 a = record(**store, projectPath, passing(*spec));
    const qint64 b = record(**store, projectPath, *spec);

    RunCompareView compare;
    compare.setWindowTitle(QStringLiteral("Compare run %1 with run %2").arg(a).arg(b));
    compare.resize(size);
    compare.show();
    compare.showLoaded(RunCompareView::read(storePath, a, b));
    save(&compare, out, QStringLiteral("i-compare"));
    exportSvg(compare.timelines()->timelineB(), size, out);

    TrendsView trends;
    trends.resize(size);
    trends.show();
    bool loaded = false;
    QObject::connect(&trends, &TrendsView::loaded, [&loaded] { loaded = true; });
    trends.kBox()->setValue(3);
    trends.nBox()->setValue(30);
    trends.load(storePath, projectPath);
    if (!waitFor([&loaded] { return loaded; }, 60000))
        qFatal("the trends did not load");
    trends.flakyView()->selectRow(0);
    emit trends.flakyView()->clicked(trends.flakyView()->model()->index(0, 0));
    save(&trends, out, QStringLiteral("j-trends"));
    return 0;
}
