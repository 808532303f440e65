// SPDX-License-Identifier: GPL-3.0-or-later
// The run store's figures, each printed with its target and a baseline measured in the same run:
//   1. recording a run of 1,000,000 simulate tasks (every tenth failing twice, ThreadPoolExecutor
//      with 2 workers) costs at most 1.15x the wall time of the same run with --no-store;
//   2. the store grows by at most 64 bytes per attempt (logs aside);
//   3. `history list` over 10,000 recorded runs takes under 200 ms;
//   4. `history export --format jsonl` of a run with a million attempts writes >= 100 MB/s.
// Usage: bench_store [tasks]   (volnux-run is taken from the build's bin folder)

#include "core/store/RunStore.h"
#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace volnux;

namespace {

QString volnuxRun()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/volnux-run");
}

QByteArray project(int tasks)
{
    QByteArray failing = "[";
    for (int t = 0; t < tasks; t += 10)
        failing += (failing.size() > 1 ? "," : "") + QByteArray::number(t);
    failing += ']';
    return R"({"format": "volnux-project", "version": 1, "name": "Bench store",
  "events": [{"name": "work", "kind": "simulate", "tasks": )" +
           QByteArray::number(tasks) + R"(,
    "params": {"duration_ms": 0, "fail_with": "ConnectionError", "fail_attempts": 2,
               "fail_tasks": )" +
           failing + R"(},
    "executor": "ThreadPoolExecutor", "executor_config": {"max_workers": 2},
    "retry_policy": {"max_attempts": 3, "backoff_factor": 0.0005}}]})";
}

// Runs volnux-run; returns the wall time in seconds, or -1 when it did not end as expected.
double timed(const QStringList &args, int expectedExit = 0, QByteArray *out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(volnuxRun(), args);
    if (!p.waitForFinished(-1) || p.exitCode() != expectedExit) {
        std::printf("  volnux-run %s exited %d: %s\n", qPrintable(args.join(QLatin1Char(' '))),
                    p.exitCode(), p.readAllStandardOutput().constData());
        return -1;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (out)
        *out = p.readAllStandardOutput();
    return seconds;
}

double best(int rounds, const std::function<double()> &measure)
{
    double result = -1;
    for (int i = 0; i < rounds; ++i) {
        const double s = measure();
        if (s >= 0 && (result < 0 || s < result))
            result = s;
    }
    return result;
}

void verdict(bool met)
{
    std::printf("  -> %s\n", met ? "target met" : "TARGET MISSED");
}

// 10,000 runs: the bench's one recorded run copied, with a few attempts each.
bool fillRuns(const QString &path, int runs)
{
    const auto store = RunStore::open(path);
    if (!store)
        return false;
    SqliteDatabase &db = (*store)->database();
    db.exec("BEGIN");
    for (int i = 0; i < runs; ++i)
        db.exec("INSERT INTO runs(project_path, project_name, project, started, ended, status, "
                "duration_ms, host, pid, process, heartbeat, version, events, tasks, succeeded, "
                "attempts) SELECT project_path, project_name, project, started, ended, status, "
                "duration_ms, host, pid, process, heartbeat, version, events, tasks, succeeded, "
                "attempts FROM runs WHERE id = 1");
    return db.exec("COMMIT");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int tasks = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.vxproj"));
    {
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(project(tasks));
    }
    const QString store = dir.filePath(QStringLiteral("runs.sqlite"));
    const qint64 attempts = tasks + 2LL * ((tasks + 9) / 10);
    std::printf("bench_store: %d simulate tasks, %lld attempts, ThreadPoolExecutor(2)\n", tasks,
                attempts);

    // 1. Recording overhead: best of three each, alternating, so that a machine growing busier
    // or quieter during the bench weighs on both alike.
    double plain = -1, recorded = -1;
    const auto keepBest = [](double &best, double seconds) {
        if (seconds > 0 && (best < 0 || seconds < best))
            best = seconds;
    };
    for (int round = 0; round < 3; ++round) {
        keepBest(plain, timed({QStringLiteral("-q"), QStringLiteral("--no-store"), file}));
        QFile::remove(store);
        keepBest(recorded, timed({QStringLiteral("-q"), QStringLiteral("--store"), store, file}));
    }
    std::printf("1. run with the store: %.2f s; baseline --no-store: %.2f s; ratio %.3f "
                "(target <= 1.15)\n",
                recorded, plain, recorded / plain);
    verdict(recorded > 0 && plain > 0 && recorded / plain <= 1.15);

    // 2. Bytes per attempt: the store's file against the same run's JSON Lines trace (a run
    // recorded into a second store with --trace, so that its export can be checked against it).
    const double storeBytes = double(QFileInfo(store).size());
    const QString trace = dir.filePath(QStringLiteral("trace.jsonl"));
    const QString tracedStore = dir.filePath(QStringLiteral("traced.sqlite"));
    const double traced = timed({QStringLiteral("-q"), QStringLiteral("--store"), tracedStore,
                                 QStringLiteral("--trace"), trace, file});
    const double traceBytes = double(QFileInfo(trace).size());
    std::printf("2. store: %.1f bytes per attempt (target <= 64); baseline, the --trace file: "
                "%.1f bytes per attempt\n",
                storeBytes / double(attempts), traceBytes / double(attempts));
    verdict(storeBytes / double(attempts) <= 64);

    // 4. Export throughput (before the store grows to 10,000 runs).
    const QString exported = dir.filePath(QStringLiteral("export.jsonl"));
    const double exportSeconds = best(2, [&] {
        return timed({QStringLiteral("history"), QStringLiteral("--store"), tracedStore,
                      QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                      QStringLiteral("jsonl"), QStringLiteral("-o"), exported});
    });
    const double exportBytes = double(QFileInfo(exported).size());
    QFile a(exported);
    QFile b(trace);
    const bool same =
        a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
    std::printf("4. export --format jsonl: %.0f MB in %.2f s = %.0f MB/s (target >= 100); "
                "baseline, --trace during the run: %.0f MB/s of the run's wall time beyond "
                "the recorded run; %s the run's --trace file\n",
                exportBytes / 1e6, exportSeconds, exportBytes / 1e6 / exportSeconds,
                traceBytes / 1e6 / std::max(0.001, traced - recorded),
                same ? "byte for byte" : "DIFFERENT FROM");
    verdict(exportBytes / 1e6 / exportSeconds >= 100 && same);

    // 3. history list over 10,000 runs.
    if (!fillRuns(store, 9999)) {
        std::printf("3. could not fill the store\n");
        return 1;
    }
    const double startup = best(5, [&] { return timed({QStringLiteral("--version")}); });
    const double listAll = best(5, [&] {
        return timed({QStringLiteral("history"), QStringLiteral("--store"), store,
                      QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"),
                      QStringLiteral("--json")});
    });
    const double listDefault = best(5, [&] {
        return timed(
            {QStringLiteral("history"), QStringLiteral("--store"), store, QStringLiteral("list")});
    });
    std::printf("3. history list over 10,000 runs: all of them as JSON %.0f ms, the newest 20 "
                "%.0f ms (target < 200 ms); baseline, volnux-run --version: %.0f ms\n",
                listAll * 1000, listDefault * 1000, startup * 1000);
    verdict(listAll < 0.2 && listDefault < 0.2);
    return 0;
}
