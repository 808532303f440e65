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
        QTRY_COMPARE_WITH_TIMEOUT(readAllPids(pids).size(), 4, 5000);
        ::kill(pid_t(p.processId()), SIGINT);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 130);
        const QList<qint64> running = stillRunning(pids, 2000);
        QVERIFY2(running.isEmpty(), qPrintable("still running: " + pidList(running)));
    }
}

QTEST_GUILESS_MAIN(TestRunSignals)
#include "tst_runsignals.moc"
