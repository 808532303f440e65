// SPDX-License-Identifier: GPL-3.0-or-later
// No program a run started outlives it: what a `command` leaves in the background is killed when
// its attempt ends (unless keep_background); volnux-run killed with SIGHUP or SIGPIPE leaves no
// program running and still ends the run with a summary and a complete trace; killed with SIGKILL
// (no handler runs) it leaves no program it started running either.

#include "tests/support/ProcessProbe.h"
#include "tests/support/RedisServer.h"
#include "tests/support/VolnuxRunTool.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
using volnux::test::binDir;
using volnux::test::isRunning;
using volnux::test::pidList;
using volnux::test::readAllPids;
using volnux::test::readTrace;
using volnux::test::runTool;
using volnux::test::stillRunning;
using Result = volnux::test::ToolResult;

} // namespace

class TestOrphans : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commandLeavesNothingRunning_data();
    void commandLeavesNothingRunning();
    void keepBackgroundKeepsThem();
    void signalledHostLeavesNothingRunning_data();
    void signalledHostLeavesNothingRunning();
    void closedOutputEndsTheRunCleanly();

private:
    QString writeProject(const QString &name, const QString &json);
    QTemporaryDir m_dir;
};

void TestOrphans::initTestCase()
{
    QVERIFY(QFile::exists(binDir() + "/volnux-run"));
    QVERIFY(m_dir.isValid());
}

QString TestOrphans::writeProject(const QString &name, const QString &json)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(json.toUtf8());
    return path;
}

void TestOrphans::commandLeavesNothingRunning_data()
{
    QTest::addColumn<QString>("executor");
    QTest::newRow("DefaultExecutor") << "DefaultExecutor";
    QTest::newRow("ThreadPoolExecutor") << "ThreadPoolExecutor";
    QTest::newRow("ProcessPoolExecutor") << "ProcessPoolExecutor";
    QTest::newRow("RedisExecutor") << "RedisExecutor"; // on a volnux-worker
}

// Each task starts a background child and a setsid'ed one, then succeeds at once.
void TestOrphans::commandLeavesNothingRunning()
{
    QFETCH(QString, executor);
    const QString pids = m_dir.filePath(executor + ".pids");
    const QString project = writeProject(
        executor + ".vxproj",
        QStringLiteral(R"J({"format":"volnux-project","version":1,"name":"bg","events":[
        {"name":"bg","kind":"command","tasks":2,"executor":"%1","executor_config":{"max_workers":2},
         "params":{"program":"sh","args":["-c",
           "sleep 30 & echo $! >> %2; setsid sleep 30 & echo $! >> %2; echo started"]}}],
         "cluster":{"queue":"test"}})J")
            .arg(executor, pids));
    QStringList args{"--no-store", "-q", project};
    volnux::test::RedisServer redis;
    if (executor == QLatin1String("RedisExecutor")) {
        if (QStandardPaths::findExecutable("redis-server").isEmpty())
            QSKIP("redis-server is not installed");
        QVERIFY(redis.start());
        QVERIFY(redis.startWorker("orphans", 2) > 0);
        QVERIFY(redis.waitForWorkers(1));
        args.prepend(redis.url());
        args.prepend("--redis");
    }
    const Result r = runTool(args);
    QCOMPARE(readAllPids(pids).size(), 4);
    // SIGKILL is delivered asynchronously: a killed process may show for a moment longer.
    const QList<qint64> running = stillRunning(pids, 500);
    QVERIFY2(running.isEmpty(), qPrintable("still running: " + pidList(running)));
    QCOMPARE(r.exitCode, 0);
}

void TestOrphans::keepBackgroundKeepsThem()
{
    const QString pids = m_dir.filePath("keep.pids");
    const QString project = writeProject(
        "keep.vxproj",
        QStringLiteral(R"J({"format":"volnux-project","version":1,"name":"keep","events":[
        {"name":"daemon","kind":"command","params":{"program":"sh","keep_background":true,"args":[
         "-c","sleep 30 & echo $! >> %1; setsid sleep 30 & echo $! >> %1; echo started"]}}]})J")
            .arg(pids));
    const Result r = runTool({"--no-store", "-q", project});
    QList<bool> running;
    for (const qint64 pid : readAllPids(pids)) {
        running << isRunning(pid);
        ::kill(pid_t(pid), SIGKILL);
    }
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(running, QList<bool>({true, true}));
}

void TestOrphans::signalledHostLeavesNothingRunning_data()
{
    QTest::addColumn<QString>("executor");
    QTest::addColumn<int>("signal");
    for (const char *executor : {"DefaultExecutor", "ThreadPoolExecutor", "ProcessPoolExecutor"}) {
        const QString e = QString::fromLatin1(executor);
        QTest::addRow("%s SIGHUP", executor) << e << int(SIGHUP);
        QTest::addRow("%s SIGPIPE", executor) << e << int(SIGPIPE);
        QTest::addRow("%s SIGKILL", executor) << e << int(SIGKILL);
    }
}

// Mid-run, two tasks sleeping in programs of their own, each with a background child (but for
// SIGKILL: nothing of ours runs after it to kill those; the kernel's death signal reaches the
// programs themselves).
void TestOrphans::signalledHostLeavesNothingRunning()
{
    QFETCH(QString, executor);
    QFETCH(int, signal);
    const QString name = QStringLiteral("%1-%2").arg(executor).arg(signal);
    const QString pids = m_dir.filePath(name + ".pids");
    const QString script = signal == SIGKILL ? QStringLiteral("echo $$ >> %1; exec sleep 30")
                                             : QStringLiteral("sleep 30 & echo $$ $! >> %1; wait");
    const QString project = writeProject(
        name + ".vxproj",
        QStringLiteral(R"J({"format":"volnux-project","version":1,"name":"sleepers","events":[
        {"name":"sleepers","kind":"command","tasks":2,"executor":"%1",
         "executor_config":{"max_workers":2},"params":{"program":"sh","args":["-c","%2"]}},
        {"name":"after","kind":"simulate"}]})J")
            .arg(executor, script.arg(pids)));
    const QString trace = m_dir.filePath(name + ".jsonl");
    QProcess p;
    p.start(binDir() + "/volnux-run", {"--no-store", "-q", "--trace", trace, project});
    QVERIFY(p.waitForStarted());
    // DefaultExecutor runs one task at a time: one program, else two (each with a child).
    const int expected = (executor == "DefaultExecutor" ? 1 : 2) * (signal == SIGKILL ? 1 : 2);
    // Generous bounds, not waits: with the suite running in parallel on a loaded 2-core machine,
    // starting the pool's workers and their programs took 13.5 s once.
    QTRY_COMPARE_WITH_TIMEOUT(readAllPids(pids).size(), expected, 30000);
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(20000));
    // A bound, not a wait: after SIGKILL the death signals go host -> pool worker -> program,
    // and a ThreadSanitizer worker on a loaded machine once took over a second to act on its.
    const QList<qint64> running = stillRunning(pids, 5000);
    QVERIFY2(running.isEmpty(), qPrintable("still running: " + pidList(running)));
    if (signal == SIGKILL) {
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        return;
    }
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 128 + signal);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains("sleepers") && out.contains("cancelled"), qPrintable(out));
    const QList<QJsonObject> lines = readTrace(trace);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.last()["type"].toString(), QString("run"));
    QCOMPARE(lines.last()["status"].toString(), QString("cancelled"));
}

// `volnux-run p.vxproj 2>&1 | head -c100`: the reader goes away while the run logs; the next
// write raises SIGPIPE, which ends the run as SIGPIPE from kill does rather than killing it.
void TestOrphans::closedOutputEndsTheRunCleanly()
{
    const QString project = writeProject(
        "chatty.vxproj",
        QStringLiteral(R"J({"format":"volnux-project","version":1,"name":"chatty","events":[
        {"name":"flaky","kind":"simulate","params":{"duration_ms":2,"fail_with":"RuntimeError"},
         "retry_policy":{"max_attempts":100000,"backoff_factor":0.001,"max_backoff":0.002}}]})J"));
    const QString trace = m_dir.filePath("chatty.jsonl");
    QProcess p;
    p.start("bash", {"-c",
                     QStringLiteral("\"$0\" --no-store --trace \"$1\" \"$2\" 2>&1 | "
                                    "head -c100 >/dev/null; echo ${PIPESTATUS[0]}"),
                     binDir() + "/volnux-run", trace, project});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QString("141"));
    const QList<QJsonObject> lines = readTrace(trace);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.last()["type"].toString(), QString("run"));
    QCOMPARE(lines.last()["status"].toString(), QString("cancelled"));
}

QTEST_GUILESS_MAIN(TestOrphans)
#include "tst_orphans.moc"
