// Feeds 100,000 simulated tasks (10% throwing twice before succeeding) through the run monitor as
// a live record stream, offscreen, and prints the longest GUI event-loop stall (1 ms watchdog),
// the median time to redraw the full timeline on a 1280x800 window, and the peak RSS.
// A producer thread releases records at 40x the simulated run's pace into a lock-guarded buffer,
// as the engine does; the monitor drains it on its timer.

#include "tests/support/SyntheticRun.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/plots/RunTimeline.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace volnux;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double medianRedrawMs(RunTimeline *timeline, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        timeline->replot(QCustomPlot::rpImmediateRefresh);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const double speedup = argc > 2 ? QByteArray(argv[2]).toDouble() : 40.0;

    test::SyntheticOptions options;
    options.events = {{QStringLiteral("simulate"), tasks}};
    options.workers = 8;
    options.retryFraction = 0.10;
    options.minDurationMs = 2;
    options.maxDurationMs = 50;
    options.logLines = true;
    QElapsedTimer generation;
    generation.start();
    const RunRecords records = test::syntheticRun(options);
    std::printf("generated %zu records for %d tasks in %lld ms (simulated run %.1f s)\n",
                records.size(), tasks, generation.elapsed(), records.back().time / 1000.0);

    QMutex mutex;
    RunRecords buffer;
    std::atomic_bool produced{false};
    QThread *producer = QThread::create([&] {
        QElapsedTimer clock;
        clock.start();
        size_t next = 0;
        while (next < records.size()) {
            const double simulatedNow = double(clock.elapsed()) * speedup;
            RunRecords chunk;
            while (next < records.size() && records[next].time <= simulatedNow)
                chunk.push_back(records[next++]);
            if (!chunk.empty()) {
                QMutexLocker lock(&mutex);
                buffer.insert(buffer.end(), std::make_move_iterator(chunk.begin()),
                              std::make_move_iterator(chunk.end()));
            }
            QThread::msleep(2);
        }
        produced = true;
    });

    RunMonitor monitor;
    monitor.resize(1280, 800);
    monitor.show();
    monitor.setSource([&] {
        QMutexLocker lock(&mutex);
        return std::exchange(buffer, {});
    });

    QElapsedTimer sinceTick;
    qint64 worstStallMs = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        worstStallMs = std::max(worstStallMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    QElapsedTimer wall;
    QTimer done;
    done.setInterval(50);
    QObject::connect(&done, &QTimer::timeout, [&] {
        if (produced && monitor.state().isFinished())
            app.quit();
    });
    producer->start();
    wall.start();
    sinceTick.start();
    watchdog.start();
    done.start();
    app.exec();
    watchdog.stop();
    producer->wait();
    delete producer;

    std::printf("live phase: %lld ms wall, %d rows, %d done\n", wall.elapsed(),
                monitor.taskModel() ? int(monitor.state().tasks().size()) : 0,
                monitor.state().totals().done());
    std::printf("longest GUI stall: %lld ms (target < 100)\n", worstStallMs);

    RunTimeline *timeline = monitor.timeline();
    timeline->resize(1280, 800);
    timeline->fitAll();
    const double perTask = medianRedrawMs(timeline, 9);
    timeline->setLanes(TimelineLanes::PerWorker);
    const double perWorker = medianRedrawMs(timeline, 9);
    std::printf("full timeline redraw 1280x800, median of 9: %.1f ms per-task lanes, %.1f ms "
                "per-worker lanes (target < 50)\n",
                perTask, perWorker);
    std::printf("peak RSS: %.1f MB (target < 500)\n", double(peakRssKb()) / 1024.0);
    return 0;
}
