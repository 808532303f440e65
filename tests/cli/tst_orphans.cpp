// No program a run started outlives it: what a `command` leaves in the background is killed when
// its attempt ends (unless keep_background).

#include "tests/support/VolnuxRunTool.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
using volnux::test::binDir;
using volnux::test::readTrace;
using volnux::test::runTool;
using Result = volnux::test::ToolResult;

QList<qint64> readAllPids(const QString &path)
{
    QFile file(path);
    QList<qint64> pids;
    if (!file.open(QIODevice::ReadOnly))
        return pids;
    for (const QByteArray &word : file.readAll().simplified().split(' ')) {
        if (const qint64 pid = word.toLongLong(); pid > 0)
            pids << pid;
    }
    return pids;
}

// Alive and not a zombie (a zombie waits for a reaper that, as PID 1 of a container, may never
// come; it runs nothing).
bool isRunning(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

// The pids in `path` still running after `ms`; kills them, so a failing test leaves none.
QList<qint64> stillRunning(const QString &path, int ms)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> running;
    do {
        running.clear();
        for (const qint64 pid : readAllPids(path)) {
            if (isRunning(pid))
                running << pid;
        }
        if (running.isEmpty() || timer.elapsed() >= ms)
            break;
        QTest::qSleep(10);
    } while (true);
    for (const qint64 pid : running)
        ::kill(pid_t(pid), SIGKILL);
    return running;
}

QString pidList(const QList<qint64> &pids)
{
    QStringList out;
    for (const qint64 pid : pids)
        out << QString::number(pid);
    return out.join(' ');
}
} // namespace

class TestOrphans : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commandLeavesNothingRunning_data();
    void commandLeavesNothingRunning();
    void keepBackgroundKeepsThem();

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
           "sleep 30 & echo $! >> %2; setsid sleep 30 & echo $! >> %2; echo started"]}}]})J")
            .arg(executor, pids));
    const Result r = runTool({"--no-store", "-q", project});
    QCOMPARE(readAllPids(pids).size(), 4);
    const QList<qint64> running = stillRunning(pids, 0);
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

QTEST_GUILESS_MAIN(TestOrphans)
#include "tst_orphans.moc"
