// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-run interrupted: Ctrl-C cancels cleanly (trace and exit 130), a second Ctrl-C quits at
// once, and neither leaves a pool worker or a program of the run running.

#include "tests/support/ProcessProbe.h"
#include "tests/support/VolnuxRunTool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
using volnux::test::binDir;
using volnux::test::ofType;
using volnux::test::readTrace;
using volnux::test::runTool;
using volnux::test::sourceDir;
using Result = volnux::test::ToolResult;
using volnux::test::pidList;
using volnux::test::readAllPids;
using volnux::test::stillRunning;
} // namespace

class TestRunSignals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ctrlCCancelsCleanly();
    void ctrlCLeavesNoWorkerProcess();
    void doubleCtrlCLeavesNoProgramRunning();
    void signalAsTheFirstProgramStartsCancelsTheRun_data();
    void signalAsTheFirstProgramStartsCancelsTheRun();
    void ctrlCUnderHeavyLoggingEndsWithASummary();
    void secondCtrlCQuitsAtOnceWhateverTheRunDoes();

private:
    QString writeProject(const QString &name, const QByteArray &json)
    {
        return volnux::test::writeProject(m_dir, name, json);
    }
    QString programsProject(const QString &executor, const QString &pids);
    QTemporaryDir m_dir;
};

void TestRunSignals::initTestCase()
{
    QVERIFY(QFile::exists(binDir() + "/volnux-run"));
    QVERIFY(m_dir.isValid());
}

// Worker processes of the host `hostPid` still alive (their command line names the host).
static int workersOf(qint64 hostPid)
{
    int count = 0;
    const QStringList entries = QDir("/proc").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile cmdline("/proc/" + entry + "/cmdline");
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.size() >= 4 && args[1] == "--volnux-worker" && args[3].toLongLong() == hostPid)
            ++count;
    }
    return count;
}

// Two `command` tasks on `executor`, each a shell that starts a background sleep and appends
// its own pid and the sleep's to `pids`, then waits: programs that must not outlive the run.
QString TestRunSignals::programsProject(const QString &executor, const QString &pids)
{
    return writeProject(executor + ".vxproj", QStringLiteral(R"J({
        "format":"volnux-project","version":1,"name":"programs","events":[{"name":"cmd",
        "kind":"command","tasks":2,"executor":"%1","executor_config":{"max_workers":2},
        "params":{"program":"sh","args":["-c","sleep 30 & echo $$ $! >> %2; wait"]}}]})J")
                                                  .arg(executor, pids)
                                                  .toUtf8());
}

void TestRunSignals::ctrlCCancelsCleanly()
{
    const QString project = writeProject("long.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"long","events":[{"name":"wait","kind":"sleep","tasks":4,"params":{"duration_ms":20000},
        "executor":"ThreadPoolExecutor","executor_config":{"max_workers":2}},
        {"name":"never","kind":"simulate"}]})J");
    const QString trace = m_dir.filePath("long.jsonl");
    QProcess p;
    p.start(binDir() + "/volnux-run", {"--trace", trace, project});
    QVERIFY(p.waitForStarted());
    // Wait until the event has started, then interrupt as a terminal's Ctrl-C would.
    QElapsedTimer timer;
    timer.start();
    QByteArray err;
    while (!err.contains("wait: started") && timer.elapsed() < 5000) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    QVERIFY(err.contains("wait: started"));
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 130);
    QVERIFY(timer.elapsed() < 5000);
    const QList<QJsonObject> lines = readTrace(trace);
    QCOMPARE(lines.last()["type"].toString(), QString("run"));
    QCOMPARE(lines.last()["status"].toString(), QString("cancelled"));
    QCOMPARE(ofType(lines, "task", "wait").size(), 4);
    for (const QJsonObject &t : ofType(lines, "task", "wait"))
        QCOMPARE(t["status"].toString(), QString("cancelled"));
    QCOMPARE(ofType(lines, "event", "never").first()["status"].toString(), QString("skipped"));
}

void TestRunSignals::ctrlCLeavesNoWorkerProcess()
{
    const QString project = writeProject("pool.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"pool","events":[{"name":"wait","kind":"sleep","tasks":4,"params":{"duration_ms":20000},
        "executor":"ProcessPoolExecutor","executor_config":{"max_workers":2}}]})J");
    QProcess p;
    p.start(binDir() + "/volnux-run", {project});
    QVERIFY(p.waitForStarted());
    const qint64 host = p.processId();
    QTRY_COMPARE_WITH_TIMEOUT(workersOf(host), 2, 5000);
    ::kill(pid_t(host), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 130);
    QTRY_COMPARE_WITH_TIMEOUT(workersOf(host), 0, 2000);
}

// Two Ctrl-C in a row: whether the second arrives before the cancel finished (quit at once) or
// after, the programs the run started (in sessions of their own) must not outlive it.
void TestRunSignals::doubleCtrlCLeavesNoProgramRunning()
{
    const QString pids = m_dir.filePath("pids");
    const QString project = programsProject("ThreadPoolExecutor", pids);
    for (int round = 0; round < 3; ++round) {
        QFile::remove(pids);
        QProcess p;
        p.start(binDir() + "/volnux-run", {"-q", project});
        QVERIFY(p.waitForStarted());
        // Generous bounds for a loaded machine (see tst_orphans), not waits.
        QTRY_COMPARE_WITH_TIMEOUT(readAllPids(pids).size(), 4, 30000);
        ::kill(pid_t(p.processId()), SIGINT);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 130);
        const QList<qint64> running = stillRunning(pids, 2000);
        QVERIFY2(running.isEmpty(), qPrintable("still running: " + pidList(running)));
    }
}

void TestRunSignals::signalAsTheFirstProgramStartsCancelsTheRun_data()
{
    QTest::addColumn<QString>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGINT") << "INT" << 130;
    QTest::newRow("SIGHUP") << "HUP" << 129;
}

// The run's first program may start before volnux-run is back from starting the run (the engine
// has a thread of its own). A signal that comes at once, here from the program itself, must
// cancel the run like any other, not kill volnux-run with the default action and leave the
// program running. (Before the handlers were installed ahead of the run, this failed on a loaded
// machine; rounds make that more likely to show.)
void TestRunSignals::signalAsTheFirstProgramStartsCancelsTheRun()
{
    QFETCH(QString, signal);
    QFETCH(int, exitCode);
    const QString pids = m_dir.filePath("early-" + signal + ".pids");
    const QString trace = m_dir.filePath("early-" + signal + ".jsonl");
    const QString project = writeProject(
        "early-" + signal + ".vxproj",
        QStringLiteral(R"J({"format":"volnux-project","version":1,"name":"early","events":[
        {"name":"early","kind":"command","executor":"ThreadPoolExecutor","params":{
         "program":"sh","args":["-c","echo $$ >> %1; kill -%2 $PPID; exec sleep 30"]}}]})J")
            .arg(pids, signal)
            .toUtf8());
    for (int round = 0; round < 5; ++round) {
        QFile::remove(pids);
        const Result r = runTool({"--no-store", "-q", "--trace", trace, project}, 20000);
        QCOMPARE(r.exitCode, exitCode); // -3: killed by the signal
        QCOMPARE(readAllPids(pids).size(), 1);
        const QList<qint64> running = stillRunning(pids, 1000);
        QVERIFY2(running.isEmpty(), qPrintable("still running: " + pidList(running)));
        const QList<QJsonObject> lines = readTrace(trace);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last()["status"].toString(), QString("cancelled"));
    }
}

// 200,000 tasks that fail three times each at once: four log lines a task, as fast as they come.
static QByteArray noisyProject()
{
    return R"J({"format":"volnux-project","version":1,"name":"noisy","events":[
        {"name":"noisy","kind":"simulate","tasks":200000,"params":{"fail_with":"RuntimeError"},
         "executor":"ThreadPoolExecutor","executor_config":{"max_workers":2},
         "retry_policy":{"max_attempts":3,"backoff_factor":0,"max_backoff":0}}]})J";
}

// Records are handled and logged in bounded batches (one write for a batch's lines), so Ctrl-C
// reaches the work between two of them; the run still ends cleanly, every record drained and the
// summary written. (On a loaded 2-core machine this exit took 8–17 s when each line was written
// and flushed alone and each drain took the whole backlog; 2.5–3.5 s now.)
void TestRunSignals::ctrlCUnderHeavyLoggingEndsWithASummary()
{
    const QString project = writeProject("noisy.vxproj", noisyProject());
    const QString log = m_dir.filePath("noisy.log");
    QProcess p;
    p.setStandardErrorFile(log);
    p.start(binDir() + "/volnux-run", {"--no-store", project});
    QVERIFY(p.waitForStarted());
    // Under ThreadSanitizer the first log lines take several seconds.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(log).size() > 100000, 60000);
    ::kill(pid_t(p.processId()), SIGINT);
    QElapsedTimer timer;
    timer.start();
    // Generous for a loaded machine.
    const bool finished = p.waitForFinished(20000);
    const qint64 took = timer.elapsed();
    if (!finished)
        p.kill();
    QVERIFY2(finished, qPrintable(QString::number(took)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains("run cancelled") && out.contains("noisy"), qPrintable(out));
    QFile err(log);
    QVERIFY(err.open(QIODevice::ReadOnly));
    QVERIFY(err.readAll().contains("interrupted: cancelling running work"));
}

// The second Ctrl-C is acted on in the signal handler: it quits at once even while the main
// thread cannot move, here blocked writing its log to a pipe nobody reads (a stuck terminal).
void TestRunSignals::secondCtrlCQuitsAtOnceWhateverTheRunDoes()
{
#ifdef __SANITIZE_THREAD__
    QSKIP("ThreadSanitizer runs a signal handler only once the thread that took the signal leaves "
          "its system call, and a write to a pipe nobody reads never returns");
#endif
    const QString project = writeProject("noisy2.vxproj", noisyProject());
    const QString fifo = m_dir.filePath("stuck-stderr");
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    QProcess p;
    p.setStandardErrorFile(fifo);
    p.start(binDir() + "/volnux-run", {"--no-store", project});
    QVERIFY(p.waitForStarted());
    int unread = 0;
    QTRY_VERIFY_WITH_TIMEOUT(::ioctl(reader, FIONREAD, &unread) == 0 && unread >= 60000, 60000);
    ::kill(pid_t(p.processId()), SIGINT);
    QTest::qWait(50);
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(p.processId()), SIGINT);
    // 100 ms is the promise; the bound leaves room for a loaded machine.
    const bool finished = p.waitForFinished(1000);
    const qint64 took = timer.elapsed();
    if (!finished)
        p.kill();
    ::close(reader);
    QVERIFY2(finished && took < 1000, qPrintable(QString::number(took)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
}

QTEST_GUILESS_MAIN(TestRunSignals)
#include "tst_runsignals.moc"
