// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "tests/support/RedisServer.h"

#include "core/cluster/ClusterConfig.h"
#include "core/cluster/ClusterProtocol.h"
#include "core/cluster/WorkerPresence.h"
#include "core/engine/Run.h"
#include "core/errors/ErrorTypes.h"
#include "core/kinds/BuiltinKinds.h"
#include "core/observe/RunState.h"
#include "core/runner/RunSummary.h"
#include "core/trace/ChromeTraceWriter.h"
#include "core/trace/TraceLineWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <csignal>

using namespace volnux;
using namespace volnux::test;

namespace {

constexpr int kHeartbeatTimeoutMs = 400;

EventSpec redisEvent(const QString &name, const QString &kind, const QVariantMap &params, int tasks)
{
    EventSpec e;
    e.name = name;
    e.eventType = kind;
    e.params = params;
    e.inputs = indices(tasks);
    e.options.executor = ExecutorNames::RedisExecutor;
    return e;
}

RunSpec clusterSpec(const RedisServer &server, QList<EventSpec> events)
{
    RunSpec spec;
    spec.events = std::move(events);
    ClusterConfig cluster;
    cluster.redisUrl = server.url();
    cluster.queue = QStringLiteral("test");
    cluster.heartbeatTimeoutMs = kHeartbeatTimeoutMs;
    spec.cluster = cluster;
    return spec;
}

RetryPolicy twoAttempts()
{
    RetryPolicy policy;
    policy.max_attempts = 2;
    policy.backoff_factor = 0;
    return policy;
}

bool collectUntil(Run &run, RunRecords &all, const std::function<bool(const RunRecords &)> &until,
                  int timeoutMs = 8000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        RunRecords batch = run.takeRecords();
        all.insert(all.end(), batch.begin(), batch.end());
        if (until(all))
            return true;
        QThread::msleep(2);
    }
    return false;
}

RunRecords finishRun(Run &run, RunRecords all)
{
    run.waitForFinished(10000);
    RunRecords rest = run.takeRecords();
    all.insert(all.end(), rest.begin(), rest.end());
    return all;
}

// A program that, the first time, leaves a marker and takes `firstSeconds`; afterwards it takes
// `laterSeconds` and prints "second".
QVariantMap markerCommand(const QString &marker, const QString &firstSeconds,
                          const QString &laterSeconds)
{
    const QString script =
        QStringLiteral("if [ -e '%1' ]; then sleep %3; echo second; else touch '%1'; sleep %2; "
                       "echo first; fi")
            .arg(marker, firstSeconds, laterSeconds);
    return {{"program", "/bin/sh"}, {"args", QStringList{"-c", script}}};
}

int maxOverlap(const RunRecords &finished)
{
    std::vector<std::pair<double, int>> edges;
    for (const RunRecord &r : finished) {
        edges.emplace_back(r.start, +1);
        edges.emplace_back(r.end, -1);
    }
    std::sort(edges.begin(), edges.end()); // an end before a start at the same instant
    int now = 0;
    int most = 0;
    for (const auto &[time, delta] : edges)
        most = std::max(most, now += delta);
    return most;
}

} // namespace

class TestRedisExecutor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { registerBuiltinKinds(); }
    void endToEndWithTwoWorkers();
    void killedWorkersAttemptIsRetriedElsewhere();
    void stoppedWorkersLateResultIsIgnored();
    void cancellationReachesWorkersWithinASecond();
    void maxWorkersBoundsAttemptsAcrossWorkers();
    void maxTasksPerChildRecyclesTheWorker();
    void pluginPathFromTheHostIsRefused();
    void sigtermFinishesTheRunningAttemptAndExits();
    void redisRestartWithAppendOnlyFileLosesAndDoublesNothing();
    void noRedisConfiguredFailsTheEvent();
    void unreachableRedisFailsAfterTheReconnectTimeout();
    void workersAnnounceThemselvesWithTheirHeartbeatAge();
};

void TestRedisExecutor::endToEndWithTwoWorkers()
{
    RedisServer server;
    QVERIFY(server.start());
    const qint64 w1 = server.startWorker(QStringLiteral("w1"), 2);
    const qint64 w2 = server.startWorker(QStringLiteral("w2"), 2);
    QVERIFY(server.waitForWorkers(2));
    RunSpec spec = clusterSpec(
        server,
        {redisEvent("nap", "sleep", {{"duration_ms", 20}}, 24),
         redisEvent("echo", "command", {{"program", "/bin/echo"}, {"args", QStringList{"hello"}}},
                    3),
         redisEvent("words", "plugin",
                    {{"library", "libvolnux_example_plugin.so"}, {"event", "wordcount"}}, 0)});
    spec.events[2].inputs = {QStringLiteral("one two three")};
    const RunRecords records = runToCompletion(spec);

    const RunRecord &end = last(records, RecordType::RunFinished);
    QCOMPARE(toText(end.runStatus), toText(RunStatus::Succeeded));
    QCOMPARE(int(select(records, RecordType::TaskFinished).size()), 28);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 28);
    QSet<qint64> pids;
    for (const RunRecord &r : attempts) {
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
        QVERIFY(!r.host.isEmpty());
        QVERIFY(r.end >= r.start);
        pids.insert(r.pid);
    }
    QCOMPARE(pids, (QSet<qint64>{w1, w2}));
    // The monitor's worker lanes are host:pid lanes, one per worker thread.
    RunState lanes;
    lanes.apply(records);
    QSet<QString> lanePrefixes;
    for (const QString &lane : lanes.workers()) {
        if (lane.contains(QLatin1Char(':')))
            lanePrefixes.insert(lane.section(QLatin1Char(' '), 0, 0));
    }
    const QString here = attempts.front().host.toString();
    QCOMPARE(lanePrefixes, (QSet<QString>{QStringLiteral("%1:%2").arg(here).arg(w1),
                                          QStringLiteral("%1:%2").arg(here).arg(w2)}));
    // volnux-run's summary names the workers it saw, with what each ran.
    RunSummary summary({"nap", "echo", "words"}, {24, 3, 1});
    summary.apply(records);
    QCOMPARE(int(summary.workers().workers().size()), 2);
    int ran = 0;
    for (const WorkerTally::Worker &w : summary.workers().workers()) {
        QVERIFY(pids.contains(w.pid));
        QVERIFY(!w.host.isEmpty());
        QCOMPARE(w.failed, 0);
        ran += w.attempts;
    }
    QCOMPARE(ran, 28);
    QVERIFY(summary.text().contains(QStringLiteral("workers (2)")));
    const QJsonArray workers =
        QJsonDocument::fromJson(summary.json()).object().value("workers").toArray();
    QCOMPARE(workers.size(), 2);
    QCOMPARE(workers[0].toObject().value("attempts").toInt() +
                 workers[1].toObject().value("attempts").toInt(),
             28);
    // The Chrome trace gives each remote worker a process of its own, named after its host.
    ChromeTraceWriter chrome;
    chrome.add(records);
    QSet<QString> processNames;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(chrome.toJson()).object().value("traceEvents").toArray()) {
        const QJsonObject event = v.toObject();
        if (event.value("name").toString() == QLatin1String("process_name"))
            processNames.insert(event.value("args").toObject().value("name").toString());
    }
    const QString host = attempts.front().host.toString();
    QCOMPARE(processNames, (QSet<QString>{QStringLiteral("%1 (pid %2)").arg(host).arg(w1),
                                          QStringLiteral("%1 (pid %2)").arg(host).arg(w2)}));
    QVERIFY(select(records, RecordType::AttemptFinished, 1)[0].value.toString().contains("hello"));
    QCOMPARE(select(records, RecordType::AttemptFinished, 2)[0].value, QVariant(3));
    // Nothing is left behind in Redis: attempts are removed once answered.
    auto client = server.connect();
    QCOMPARE(client->command({"XLEN", ClusterProtocol::tasksKey("test")}).integer, 0LL);
    QVERIFY(client->command({"KEYS", "volnux:test:results:*"}).elements.empty());
}

void TestRedisExecutor::killedWorkersAttemptIsRetriedElsewhere()
{
    RedisServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    server.startWorker(QStringLiteral("w1"));
    server.startWorker(QStringLiteral("w2"));
    QVERIFY(server.waitForWorkers(2));
    EventSpec e = redisEvent("job", "command", markerCommand(dir.filePath("m"), "5", "0"), 1);
    e.options.retry_policy = twoAttempts();
    Run run(clusterSpec(server, {e}));
    run.start();
    RunRecords records;
    QVERIFY(collectUntil(run, records, [](const RunRecords &r) {
        return !select(r, RecordType::AttemptStarted).empty();
    }));
    const qint64 victim = select(records, RecordType::AttemptStarted)[0].pid;
    ::kill(pid_t(victim), SIGKILL);
    records = finishRun(run, records);

    QCOMPARE(run.status(), RunStatus::Succeeded);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 2);
    QCOMPARE(attempts[0].errorType, ErrorNames::WorkerCrashedError);
    QCOMPARE(attempts[0].pid, victim);
    QVERIFY(!attempts[0].host.isEmpty());
    QCOMPARE(toText(attempts[1].outcome), toText(AttemptOutcome::Success));
    QVERIFY(attempts[1].pid != victim);
    // The trace shows the crashed attempt, where it ran.
    TraceLineWriter writer;
    QByteArray trace;
    for (const RunRecord &r : records)
        writer.append(trace, r);
    QVERIFY(trace.contains("\"error_type\":\"WorkerCrashedError\""));
    const QByteArray where = "\"pid\":" + QByteArray::number(victim) + ",\"host\":";
    QVERIFY(trace.contains(where));
}

void TestRedisExecutor::stoppedWorkersLateResultIsIgnored()
{
    RedisServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    server.startWorker(QStringLiteral("w1"));
    server.startWorker(QStringLiteral("w2"));
    QVERIFY(server.waitForWorkers(2));
    EventSpec e = redisEvent("job", "command", markerCommand(dir.filePath("m"), "0.2", "1"), 1);
    e.options.retry_policy = twoAttempts();
    Run run(clusterSpec(server, {e}));
    run.start();
    RunRecords records;
    QVERIFY(collectUntil(run, records, [](const RunRecords &r) {
        return !select(r, RecordType::AttemptStarted).empty();
    }));
    const qint64 stopped = select(records, RecordType::AttemptStarted)[0].pid;
    // The worker reports the start before it spawns the program: stopping it in between would
    // stop the first program from ever running (then the retry would be the "first" one).
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath("m")), 10000);
    ::kill(pid_t(stopped), SIGSTOP);
    // Past the heartbeat timeout the attempt is claimed and retried on the other worker; the
    // stopped one resumes while the retry runs, with the first attempt's result in hand.
    QVERIFY(collectUntil(run, records, [](const RunRecords &r) {
        const RunRecords started = select(r, RecordType::AttemptStarted);
        return started.size() == 2;
    }));
    ::kill(pid_t(stopped), SIGCONT);
    records = finishRun(run, records);

    QCOMPARE(run.status(), RunStatus::Succeeded);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 2);
    QCOMPARE(attempts[0].errorType, ErrorNames::WorkerCrashedError);
    QCOMPARE(attempts[0].pid, stopped);
    QCOMPARE(attempts[1].attempt, 2);
    QVERIFY(attempts[1].value.toString().contains("second"));
    const RunRecords tasks = select(records, RecordType::TaskFinished);
    QCOMPARE(int(tasks.size()), 1);
    QCOMPARE(last(records, RecordType::EventFinished).counts.succeeded(), 1);
    // The resumed worker is still a working member of the group.
    const RunRecords again = runToCompletion(
        clusterSpec(server, {redisEvent("again", "sleep", {{"duration_ms", 1}}, 4)}));
    QCOMPARE(last(again, RecordType::RunFinished).runStatus, RunStatus::Succeeded);
}

void TestRedisExecutor::cancellationReachesWorkersWithinASecond()
{
    RedisServer server;
    QVERIFY(server.start());
    server.startWorker(QStringLiteral("w1"), 2);
    server.startWorker(QStringLiteral("w2"), 2);
    QVERIFY(server.waitForWorkers(2));
    Run run(clusterSpec(server, {redisEvent("long", "sleep", {{"duration_ms", 20000}}, 6)}));
    run.start();
    RunRecords records;
    QVERIFY(collectUntil(run, records, [](const RunRecords &r) {
        return select(r, RecordType::AttemptStarted).size() == 4;
    }));
    QElapsedTimer timer;
    timer.start();
    run.cancel();
    QVERIFY(run.waitForFinished(5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    records = finishRun(run, records);
    QCOMPARE(run.status(), RunStatus::Cancelled);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 6);
    int ranAndCancelled = 0;
    for (const RunRecord &r : attempts) {
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Cancelled));
        ranAndCancelled += r.pid != 0;
    }
    QCOMPARE(ranAndCancelled, 4); // the four running ones were stopped by their workers
}

void TestRedisExecutor::maxWorkersBoundsAttemptsAcrossWorkers()
{
    RedisServer server;
    QVERIFY(server.start());
    server.startWorker(QStringLiteral("w1"), 3);
    server.startWorker(QStringLiteral("w2"), 3);
    QVERIFY(server.waitForWorkers(2));
    EventSpec e = redisEvent("bounded", "sleep", {{"duration_ms", 30}}, 12);
    e.options.executor_config.max_workers = 2;
    const RunRecords records = runToCompletion(clusterSpec(server, {e}));
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Succeeded);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 12);
    QCOMPARE(maxOverlap(attempts), 2);
}

// After max_tasks_per_child of the event's tasks the worker starts again (the same process, a
// fresh image); its threads count on, so each incarnation is a lane of its own.
void TestRedisExecutor::maxTasksPerChildRecyclesTheWorker()
{
    RedisServer server;
    QVERIFY(server.start());
    const qint64 pid = server.startWorker(QStringLiteral("w1"), 1);
    QVERIFY(server.waitForWorkers(1));
    EventSpec e = redisEvent("nap", "sleep", {{"duration_ms", 5}}, 7);
    e.options.executor_config.max_tasks_per_child = 3;
    const RunRecords records = runToCompletion(clusterSpec(server, {e}));

    QCOMPARE(toText(last(records, RecordType::RunFinished).runStatus),
             toText(RunStatus::Succeeded));
    QMap<QString, int> perThread;
    for (const RunRecord &r : select(records, RecordType::AttemptFinished)) {
        if (r.outcome != AttemptOutcome::Success)
            continue;
        QCOMPARE(r.pid, pid);
        ++perThread[r.thread.toString()];
    }
    QCOMPARE(perThread, (QMap<QString, int>{{"worker-0", 3}, {"worker-1", 3}, {"worker-2", 1}}));
}

void TestRedisExecutor::pluginPathFromTheHostIsRefused()
{
    RedisServer server;
    QVERIFY(server.start());
    server.startWorker(QStringLiteral("w1"));
    QVERIFY(server.waitForWorkers(1));
    const QString path = qEnvironmentVariable("VOLNUX_BIN_DIR") +
                         QStringLiteral("/../plugins/libvolnux_example_plugin.so");
    QVERIFY(QFile::exists(path));
    const RunRecords records = runToCompletion(clusterSpec(
        server, {redisEvent("words", "plugin", {{"library", path}, {"event", "wordcount"}}, 1)}));
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 1);
    QCOMPARE(attempts[0].errorType, ErrorNames::PermissionError);
    QVERIFY(attempts[0].message.contains(QStringLiteral("--plugin-dir")));
}

void TestRedisExecutor::redisRestartWithAppendOnlyFileLosesAndDoublesNothing()
{
    RedisServer server(true);
    QVERIFY(server.start());
    server.startWorker(QStringLiteral("w1"), 2);
    server.startWorker(QStringLiteral("w2"), 2);
    QVERIFY(server.waitForWorkers(2));
    Run run(clusterSpec(server, {redisEvent("nap", "sleep", {{"duration_ms", 150}}, 16)}));
    run.start();
    RunRecords records;
    QVERIFY(collectUntil(run, records, [](const RunRecords &r) {
        return select(r, RecordType::AttemptFinished).size() >= 4;
    }));
    QVERIFY(!run.isFinished()); // attempts are queued, running and reporting across the restart
    QVERIFY(server.restart());
    records = finishRun(run, records);
    QSet<int> tasks;
    for (const RunRecord &r : select(records, RecordType::AttemptFinished)) {
        QVERIFY2(r.outcome == AttemptOutcome::Success, qPrintable(r.errorType + ": " + r.message));
        tasks.insert(r.task);
    }
    QCOMPARE(run.status(), RunStatus::Succeeded);
    QCOMPARE(int(select(records, RecordType::TaskFinished).size()), 16);
    QCOMPARE(tasks.size(), 16);
    QCOMPARE(last(records, RecordType::EventFinished).counts.succeeded(), 16);
}

void TestRedisExecutor::sigtermFinishesTheRunningAttemptAndExits()
{
    RedisServer server;
    QVERIFY(server.start());
    const qint64 first = server.startWorker(QStringLiteral("w1"));
    QVERIFY(server.waitForWorkers(1));
    Run run(clusterSpec(server, {redisEvent("nap", "sleep", {{"duration_ms", 200}}, 3)}));
    run.start();
    RunRecords records;
    QVERIFY(collectUntil(run, records, [](const RunRecords &r) {
        return !select(r, RecordType::AttemptStarted).empty();
    }));
    ::kill(pid_t(first), SIGTERM);
    QVERIFY(server.worker(0).waitForFinished(5000));
    QCOMPARE(server.worker(0).exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.worker(0).exitCode(), 0);
    const qint64 second = server.startWorker(QStringLiteral("w2"));
    records = finishRun(run, records);
    QCOMPARE(run.status(), RunStatus::Succeeded);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 3);
    QCOMPARE(attempts[0].pid, first); // finished within the stop grace, not cancelled
    QCOMPARE(toText(attempts[0].outcome), toText(AttemptOutcome::Success));
    QCOMPARE(attempts[2].pid, second);
}

void TestRedisExecutor::noRedisConfiguredFailsTheEvent()
{
    RunSpec spec;
    spec.events = {redisEvent("nap", "sleep", {{"duration_ms", 1}}, 2)};
    const RunRecords records = runToCompletion(spec);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 2);
    QCOMPARE(attempts[0].errorType, ErrorNames::ValueError);
    QVERIFY(attempts[0].message.contains(QStringLiteral("VOLNUX_REDIS_URL")));
}

void TestRedisExecutor::unreachableRedisFailsAfterTheReconnectTimeout()
{
    QTemporaryDir dir;
    RunSpec spec;
    spec.events = {redisEvent("nap", "sleep", {{"duration_ms", 1}}, 2)};
    ClusterConfig cluster;
    cluster.redisUrl = QStringLiteral("unix://:secretpw@") + dir.filePath("none.sock");
    cluster.reconnectTimeoutMs = 300;
    spec.cluster = cluster;
    QElapsedTimer timer;
    timer.start();
    const RunRecords records = runToCompletion(spec);
    QVERIFY(timer.elapsed() >= 300);
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(int(attempts.size()), 2);
    QCOMPARE(attempts[0].errorType, ErrorNames::ConnectionError);
    QVERIFY(attempts[0].message.contains(dir.filePath("none.sock")));
    QVERIFY(!attempts[0].message.contains(QStringLiteral("secretpw")));
}

// What the studio's Workers panel reads: each worker by name, with its pid, its concurrency and
// how long ago it last beat (from the key's remaining lifetime: 3 heartbeats of 50 ms).
void TestRedisExecutor::workersAnnounceThemselvesWithTheirHeartbeatAge()
{
    RedisServer server;
    QVERIFY(server.start());
    const qint64 w1 = server.startWorker(QStringLiteral("w1"), 2);
    const qint64 w2 = server.startWorker(QStringLiteral("w2"), 1);
    QVERIFY(server.waitForWorkers(2));
    ClusterConfig cluster;
    cluster.redisUrl = server.url();
    cluster.queue = QStringLiteral("test");
    const Result<std::vector<WorkerPresence>> workers = WorkerPresence::list(cluster);
    QVERIFY2(workers.ok(), qPrintable(workers.errorString()));
    QCOMPARE(int(workers->size()), 2);
    QCOMPARE(workers->at(0).name, QStringLiteral("w1"));
    QCOMPARE(workers->at(0).pid, w1);
    QCOMPARE(workers->at(0).concurrency, 2);
    QCOMPARE(workers->at(1).name, QStringLiteral("w2"));
    QCOMPARE(workers->at(1).pid, w2);
    QCOMPARE(workers->at(1).heartbeatMs, 50);
    for (const WorkerPresence &w : *workers) {
        QVERIFY(!w.host.isEmpty());
        QVERIFY2(w.heartbeatAgeMs() >= 0 && w.heartbeatAgeMs() <= 150,
                 qPrintable(QString::number(w.heartbeatAgeMs())));
    }

    // Another queue has none; an unreachable Redis is an error naming the redacted URL.
    cluster.queue = QStringLiteral("other");
    QCOMPARE(int(WorkerPresence::list(cluster)->size()), 0);
    cluster.redisUrl = QStringLiteral("redis://:secret@127.0.0.1:1/0");
    const auto unreachable = WorkerPresence::list(cluster, 500);
    QVERIFY(!unreachable.ok());
    QVERIFY(unreachable.errorString().contains(QLatin1String("127.0.0.1:1")));
    QVERIFY(!unreachable.errorString().contains(QLatin1String("secret")));

    // Older workers wrote three fields: their age is unknown, not wrong.
    const auto old = WorkerPresence::decode(QStringLiteral("w"), "host 12 4", 900);
    QVERIFY(old);
    QCOMPARE(old->heartbeatAgeMs(), qint64(-1));
    QVERIFY(!WorkerPresence::decode(QStringLiteral("w"), "garbage", 900));
}

QTEST_GUILESS_MAIN(TestRedisExecutor)
#include "tst_redisexecutor.moc"
