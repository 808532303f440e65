// SPDX-License-Identifier: GPL-3.0-or-later
// The headless runner at scale, as a user runs it (`volnux-run -q`), each figure printed with its
// target and a baseline measured in the same run:
//   1. a run of N no-op `simulate` tasks (default 1,000,000; ThreadPoolExecutor with 2 workers):
//      wall time (target <= 6 s) and peak RSS (target <= 300 MB); baseline, the same at N / 10,
//      to show how the cost grows;
//   2. the same run with --trace: wall time against the run without (target <= 1.5x), and the
//      trace's size over the extra time (target >= 150 MB/s);
//   3. --validate of 100 events of 1,000,000 tasks each (a 17 KB file, at the project-wide limit
//      of 100,000,000 tasks): peak RSS (target: in proportion to the file, <= 100 MB) and time;
//      baseline, --validate of the 1-event project.
//   4. a chain of 1,000 events of one task: the run's own duration (target < 20 ms); baseline,
//      one event. On the default executor, then on ThreadPoolExecutor(2).
// Usage: bench_headless [tasks] [--ten-million]   (volnux-run is taken from the build's bin folder)
//   --ten-million also runs 10,000,000 tasks, 10 events of 1,000,000 in a chain (target <= 2 GB
//   peak RSS).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

struct Measured
{
    double seconds = -1;
    double peakMb = 0;
    int exitCode = -1;
};

QString volnuxRun()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/volnux-run");
}

// Runs volnux-run with stdout and stderr sent to /dev/null; its wall time and peak RSS come
// from wait4, for that child alone.
Measured run(const QStringList &args)
{
    QList<QByteArray> bytes{volnuxRun().toLocal8Bit()};
    for (const QString &a : args)
        bytes << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    Measured m;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) == pid) {
            m.seconds = double(clock.nsecsElapsed()) / 1e9;
            m.peakMb = double(usage.ru_maxrss) / 1024.0;
            m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    return m;
}

// On ThreadPoolExecutor(2), or with `onEngineThread` the project's default executor.
QByteArray event(const QByteArray &name, qint64 tasks, bool onEngineThread)
{
    return R"({"name": ")" + name + R"(", "kind": "simulate", "tasks": )" +
           QByteArray::number(tasks) + R"(, "params": {"duration_ms": 0})" +
           (onEngineThread ? QByteArray("}") : QByteArray(R"(,
      "executor": "ThreadPoolExecutor", "executor_config": {"max_workers": 2}})"));
}

QString write(const QTemporaryDir &dir, const QString &name, int events, qint64 tasks,
              bool onEngineThread = false)
{
    QByteArray text = R"({"format": "volnux-project", "version": 1, "name": "Bench", "events": [)";
    QByteArray pipeline;
    for (int i = 0; i < events; ++i) {
        const QByteArray id = "e" + QByteArray::number(i);
        text += (i ? ",\n" : "\n") + event(id, tasks, onEngineThread);
        pipeline += (i ? " -> " : "") + id;
    }
    text += "]";
    if (events > 1)
        text += R"(, "pipeline": ")" + pipeline + '"';
    text += "}\n";
    const QString path = dir.filePath(name);
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(text);
    return path;
}

void verdict(bool met)
{
    std::printf("  -> %s\n", met ? "target met" : "TARGET MISSED");
}

void report(const char *what, const Measured &m)
{
    std::printf("   %s: %.2f s, peak RSS %.0f MB, exit %d\n", what, m.seconds, m.peakMb,
                m.exitCode);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 tasks = 1000000;
    bool tenMillion = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--ten-million") == 0)
            tenMillion = true;
        else
            tasks = std::atoll(argv[i]);
    }
    QTemporaryDir dir;
    const QString big = write(dir, QStringLiteral("big.vxproj"), 1, tasks);
    const QString small = write(dir, QStringLiteral("small.vxproj"), 1, tasks / 10);
    std::printf("bench_headless: volnux-run -q --no-store, no-op simulate tasks, "
                "ThreadPoolExecutor(2)\n");

    const QStringList quiet{QStringLiteral("-q"), QStringLiteral("--no-store")};
    const Measured base = run(quiet + QStringList{small});
    const Measured plain = run(quiet + QStringList{big});
    std::printf("1. %lld tasks: %.2f s (target <= 6), peak RSS %.0f MB (target <= 300), %.0f "
                "bytes a task; baseline %lld tasks: %.2f s, %.0f MB\n",
                tasks, plain.seconds, plain.peakMb, plain.peakMb * 1048576.0 / double(tasks),
                tasks / 10, base.seconds, base.peakMb);
    verdict(plain.exitCode == 0 && plain.seconds <= 6 * double(tasks) / 1e6 && plain.peakMb <= 300);

    const QString trace = dir.filePath(QStringLiteral("run.jsonl"));
    const Measured traced = run(quiet + QStringList{QStringLiteral("--trace"), trace, big});
    const double mb = double(QFileInfo(trace).size()) / 1048576.0;
    const double extra = traced.seconds - plain.seconds;
    // The trace is written on a thread of its own: the traced run may well be the faster one,
    // and then there is no extra time to divide by.
    const QByteArray rate = extra > 0 ? QByteArray::number(mb / extra, 'f', 0) + " MB/s"
                                      : QByteArrayLiteral("no extra time, so any rate");
    std::printf("2. with --trace: %.2f s, %.2fx the run without (target <= 1.5); %.0f MB of "
                "trace, %s over the extra time (target >= 150 MB/s)\n",
                traced.seconds, traced.seconds / plain.seconds, mb, rate.constData());
    verdict(traced.exitCode == 0 && traced.seconds / plain.seconds <= 1.5);
    QFile::remove(trace);

    const QString wide = write(dir, QStringLiteral("wide.vxproj"), 100, 1000000);
    const Measured validateSmall = run({QStringLiteral("--validate"), small});
    const Measured validateWide = run({QStringLiteral("--validate"), wide});
    std::printf("3. --validate of 100 x 1,000,000 tasks (%lld bytes): %.2f s, peak RSS %.0f MB "
                "(target <= 100), exit %d; baseline, one event: %.2f s, %.0f MB\n",
                QFileInfo(wide).size(), validateWide.seconds, validateWide.peakMb,
                validateWide.exitCode, validateSmall.seconds, validateSmall.peakMb);
    verdict(validateWide.exitCode == 0 && validateWide.peakMb <= 100);

    // 4. A chain of 1,000 events of one task: the engine's cost per event, from the run's own
    // duration (the trace's run record), against a chain of one. On the default executor (the
    // target), and on ThreadPoolExecutor(2), which adds two thread hand-overs per event.
    const auto inRunMs = [&](int events, bool onEngineThread) {
        const QString chain = write(dir, QStringLiteral("chain.vxproj"), events, 1, onEngineThread);
        const QString chainTrace = dir.filePath(QStringLiteral("chain.jsonl"));
        run(quiet + QStringList{QStringLiteral("--trace"), chainTrace, chain});
        QFile in(chainTrace);
        if (!in.open(QIODevice::ReadOnly))
            return -1.0;
        const QList<QByteArray> lines = in.readAll().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last())
            .object()
            .value(QStringLiteral("duration"))
            .toDouble(-1);
    };
    for (const bool onEngineThread : {true, false}) {
        const double one = inRunMs(1, onEngineThread);
        const double thousand = inRunMs(1000, onEngineThread);
        std::printf("4%s. a chain of 1,000 events of one task, %s: %.1f ms in the run "
                    "(target < 20); baseline, one event: %.1f ms\n",
                    onEngineThread ? "a" : "b",
                    onEngineThread ? "default executor" : "ThreadPoolExecutor(2)", thousand, one);
        verdict(thousand >= 0 && thousand < 20);
    }

    if (tenMillion) {
        // An event holds at most 1,000,000 tasks: ten of them, one after another.
        const QString huge = write(dir, QStringLiteral("huge.vxproj"), 10, 1000000);
        const Measured m = run(quiet + QStringList{huge});
        report("10,000,000 tasks, 10 events of 1,000,000 in a chain (target <= 2048 MB)", m);
        verdict(m.exitCode == 0 && m.peakMb <= 2048);
    }
    return 0;
}
