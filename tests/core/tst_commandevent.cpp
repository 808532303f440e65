// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors/ErrorTypes.h"
#include "core/executors/process/SpawnedGroups.h"
#include "core/kinds/ChildProcess.h"
#include "core/kinds/CommandEvent.h"
#include "core/kinds/OutputTail.h"
#include "tests/support/ProcessProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#include <signal.h>

using namespace volnux;
using volnux::test::diesWithin;
using volnux::test::isRunning;
using volnux::test::readAllPids;

namespace {
struct Outcome
{
    TaskResult result;
    QString errorType; // empty: returned normally
    QString message;
    QStringList log;
    qint64 elapsedMs = 0;
};

// Flips a cancellation flag from another thread after `delayMs`, as the engine would.
class DelayedCancel
{
public:
    explicit DelayedCancel(int delayMs)
        : m_thread([flag = m_flag, delayMs] {
              std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
              flag->store(true);
          })
    {
    }
    ~DelayedCancel() { m_thread.join(); }
    std::shared_ptr<const std::atomic_bool> flag() const { return m_flag; }

private:
    std::shared_ptr<std::atomic_bool> m_flag = std::make_shared<std::atomic_bool>(false);
    std::thread m_thread;
};

Outcome runCommand(const QVariantMap &params, const QVariant &input = {}, int task = 0,
                   std::shared_ptr<const std::atomic_bool> cancelled = {},
                   const QVariantList &previous = {})
{
    TaskContext context(QStringLiteral("cmd"), task, 1, 1, input, params, std::move(cancelled));
    context.setPreviousResults(previous);
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    try {
        CommandEvent event;
        outcome.result = event.process(context);
    } catch (const Error &e) {
        outcome.errorType = e.type();
        outcome.message = e.message();
    }
    outcome.elapsedMs = timer.elapsed();
    outcome.log = context.logLines();
    return outcome;
}

QVariantMap shell(const QString &script, QVariantMap extra = {})
{
    extra.insert(QStringLiteral("program"), QStringLiteral("sh"));
    extra.insert(QStringLiteral("args"), QVariantList{QStringLiteral("-c"), script});
    return extra;
}

} // namespace

class TestCommandEvent : public QObject
{
    Q_OBJECT
private slots:
    void successReturnsStdout();
    void runsOnAThreadWithoutEventLoop();
    void nonZeroExitIsProcessError();
    void crashIsProcessError();
    void missingProgramIsFileNotFound_data();
    void missingProgramIsFileNotFound();
    void nonExecutableIsPermissionError();
    void missingWorkingDirectory();
    void badParamsAreValueErrors_data();
    void badParamsAreValueErrors();
    void nulNeverReachesTheProgram_data();
    void nulNeverReachesTheProgram();
    void timeoutKillsTheWholeTree();
    void cancellationKillsTheProcess();
    void killAllEndsEveryLiveProgram();
    void cancelledBeforeStartRunsNothing();
    void substitution_data();
    void substitution();
    void substitutionReachesTheProgram();
    void envMergesOverInherited();
    void cwdIsUsed();
    void outputIsBoundedToTheTail();
    void outputBeforeATimeoutIsKept();
    void endsWithTheProgramNotItsBackgroundJobs();
    void stdinIsEmpty();
    void leavesNothingRunning_data();
    void leavesNothingRunning();
    void keepBackgroundLeavesThemRunning();
    void aProgramDiesWithTheThreadThatStartedIt();
};

void TestCommandEvent::successReturnsStdout()
{
    const Outcome o = runCommand(shell("echo hello; echo world; echo warn >&2"));
    QCOMPARE(o.errorType, QString());
    QVERIFY(o.result.success);
    QCOMPARE(o.result.value.toString(), "hello\nworld");
    QVERIFY(o.log.contains("[stdout] hello"));
    QVERIFY(o.log.contains("[stdout] world"));
    QVERIFY(o.log.contains("[stderr] warn"));
}

void TestCommandEvent::runsOnAThreadWithoutEventLoop()
{
    // Executors call process on pool threads that run no event loop.
    Outcome o;
    std::thread worker([&o] { o = runCommand(shell("echo from-worker; exit 2")); });
    worker.join();
    QCOMPARE(o.errorType, ErrorNames::ProcessError);
    QCOMPARE(o.message, "exited with code 2");
    QVERIFY(o.log.contains("[stdout] from-worker"));
}

void TestCommandEvent::nonZeroExitIsProcessError()
{
    const Outcome o = runCommand(shell("echo first >&2; echo 'disk full' >&2; exit 3"));
    QCOMPARE(o.errorType, ErrorNames::ProcessError);
    QCOMPARE(o.message, "exited with code 3: disk full");
    QVERIFY(o.log.contains("[stderr] first"));
}

void TestCommandEvent::crashIsProcessError()
{
    const Outcome o = runCommand(shell("kill -KILL $$"));
    QCOMPARE(o.errorType, ErrorNames::ProcessError);
    QVERIFY2(o.message.contains("crashed") && o.message.contains("signal 9"),
             qPrintable(o.message));
}

void TestCommandEvent::missingProgramIsFileNotFound_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("absolute path") << "/nonexistent/volnux-tool";
    QTest::newRow("relative path") << "./volnux-no-such-tool";
    QTest::newRow("name on PATH") << "volnux-no-such-tool";
}

void TestCommandEvent::missingProgramIsFileNotFound()
{
    QFETCH(QString, program);
    const Outcome o = runCommand({{"program", program}});
    QCOMPARE(o.errorType, ErrorNames::FileNotFoundError);
    QVERIFY2(o.message.contains(program), qPrintable(o.message));
}

void TestCommandEvent::nonExecutableIsPermissionError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("script.sh");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho hi\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const Outcome o = runCommand({{"program", path}});
    QCOMPARE(o.errorType, ErrorNames::PermissionError);
    QVERIFY2(o.message.contains(path), qPrintable(o.message));

    // On PATH, a non-executable match is reported the same way.
    const Outcome viaPath =
        runCommand({{"program", "script.sh"}, {"env", QVariantMap{{"PATH", dir.path()}}}});
    QCOMPARE(viaPath.errorType, ErrorNames::PermissionError);
    QVERIFY2(viaPath.message.contains(path), qPrintable(viaPath.message));
}

void TestCommandEvent::missingWorkingDirectory()
{
    const Outcome o = runCommand(shell("true", {{"cwd", "/nonexistent/dir"}}));
    QCOMPARE(o.errorType, ErrorNames::FileNotFoundError);
    QVERIFY(o.message.contains("/nonexistent/dir"));
}

void TestCommandEvent::badParamsAreValueErrors_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no program") << QVariantMap{} << "program";
    QTest::newRow("program not a string") << QVariantMap{{"program", 5}} << "program";
    QTest::newRow("args not a list") << QVariantMap{{"program", "sh"}, {"args", "x"}} << "args";
    QTest::newRow("arg not a string")
        << QVariantMap{{"program", "sh"}, {"args", QVariantList{1}}} << "args";
    QTest::newRow("negative timeout") << shell("true", {{"timeout_ms", -1}}) << "timeout_ms";
    QTest::newRow("fractional timeout") << shell("true", {{"timeout_ms", 1.5}}) << "timeout_ms";
    QTest::newRow("env not strings") << shell("true", {{"env", QVariantMap{{"A", 1}}}}) << "env";
    QTest::newRow("keep_background not a boolean")
        << shell("true", {{"keep_background", "yes"}}) << "keep_background";
    // What the loader refuses is refused again for a spec built in C++.
    QTest::newRow("env name with =")
        << shell("true", {{"env", QVariantMap{{"PATH=/opt/evil:/bin;X", "1"}}}}) << "env";
    QTest::newRow("env name empty") << shell("true", {{"env", QVariantMap{{"", "x"}}}}) << "env";
    QTest::newRow("NUL in program")
        << QVariantMap{{"program", QString(QStringLiteral("/bin/true") + QChar(0) + "x")}}
        << "program";
    QTest::newRow("NUL in cwd") << shell("true",
                                         {{"cwd", QString(QStringLiteral("/tmp") + QChar(0))}})
                                << "cwd";
}

void TestCommandEvent::badParamsAreValueErrors()
{
    QFETCH(QVariantMap, params);
    QFETCH(QString, mentions);
    const Outcome o = runCommand(params);
    QCOMPARE(o.errorType, ErrorNames::ValueError);
    QVERIFY2(o.message.startsWith(mentions + ":"), qPrintable(o.message));
}

// exec would cut an argument or a variable at a NUL ("left\0right" arriving as "left"): the
// attempt fails with ValueError instead, and the program never starts.
void TestCommandEvent::nulNeverReachesTheProgram_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("mentions");
    const QString nul = QString(QStringLiteral("left") + QChar(0) + "right");
    QTest::newRow("argument") << QVariantMap{{"program", "echo"}, {"args", QStringList{"a", nul}}}
                              << "argument 2 contains a NUL character";
    QTest::newRow("env value") << QVariantMap{{"program", "true"}, {"env", QVariantMap{{"X", nul}}}}
                               << "the environment variable X contains a NUL character";
}

void TestCommandEvent::nulNeverReachesTheProgram()
{
    QFETCH(QVariantMap, params);
    QFETCH(QString, mentions);
    const Outcome o = runCommand(params);
    QCOMPARE(o.errorType, ErrorNames::ValueError);
    QVERIFY2(o.message.contains(mentions), qPrintable(o.message));
}

void TestCommandEvent::timeoutKillsTheWholeTree()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath("pids");
    const Outcome o =
        runCommand(shell("sleep 30 & echo $$ $! > \"$PIDFILE\"; sleep 30",
                         {{"timeout_ms", 300}, {"env", QVariantMap{{"PIDFILE", pidFile}}}}));
    QCOMPARE(o.errorType, ErrorNames::TimeoutError);
    QCOMPARE(o.message.section(';', 0, 0), "timed out after 300 ms");
    QVERIFY2(o.elapsedMs >= 290 && o.elapsedMs < 1500, qPrintable(QString::number(o.elapsedMs)));
    const QList<qint64> pids = readAllPids(pidFile);
    QCOMPARE(pids.size(), 2); // the shell and its background sleep
    for (const qint64 pid : pids)
        QVERIFY2(diesWithin(pid, 1000), qPrintable(QString::number(pid)));
}

// What volnux-run's second Ctrl-C calls before quitting: every program still running, and
// whatever it started in its group, is killed; finished ones are no longer listed.
void TestCommandEvent::killAllEndsEveryLiveProgram()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath("pids");
    ChildProcess done("/bin/sh", {"-c", "exit 0"}, dir.path(), {});
    OutputTail out(1024);
    OutputTail err(1024);
    QTRY_VERIFY(done.waitForOutput(50, out, err));
    ChildProcess running("/bin/sh", {"-c", "sleep 30 & echo $$ $! > \"$PIDFILE\"; wait"},
                         dir.path(), {"PIDFILE=" + pidFile});
    QTRY_COMPARE(readAllPids(pidFile).size(), 2);
    SpawnedGroups::killAll();
    QTRY_VERIFY_WITH_TIMEOUT(running.waitForOutput(50, out, err), 2000);
    QVERIFY(running.crashed());
    QCOMPARE(running.exitCode(), SIGKILL);
    for (const qint64 pid : readAllPids(pidFile))
        QVERIFY2(diesWithin(pid, 1000), qPrintable(QString::number(pid)));
}

void TestCommandEvent::cancellationKillsTheProcess()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath("pids");
    DelayedCancel cancel(200);
    const Outcome o = runCommand(shell("sleep 30 & echo $$ $! > \"$PIDFILE\"; wait",
                                       {{"env", QVariantMap{{"PIDFILE", pidFile}}}}),
                                 {}, 0, cancel.flag());
    QCOMPARE(o.errorType, ErrorNames::CancelledError);
    QVERIFY2(o.elapsedMs < 1000, qPrintable(QString::number(o.elapsedMs)));
    const QList<qint64> pids = readAllPids(pidFile);
    QCOMPARE(pids.size(), 2);
    for (const qint64 pid : pids)
        QVERIFY(diesWithin(pid, 1000));
}

void TestCommandEvent::cancelledBeforeStartRunsNothing()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath("ran");
    const Outcome o = runCommand({{"program", "touch"}, {"args", QVariantList{marker}}}, {}, 0,
                                 std::make_shared<std::atomic_bool>(true));
    QCOMPARE(o.errorType, ErrorNames::CancelledError);
    QVERIFY(!QFile::exists(marker));
}

void TestCommandEvent::substitution_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariantList>("previous");
    QTest::addColumn<QString>("expected");

    const QVariantList none;
    QTest::newRow("string input") << "https://x/{input}" << QVariant("a.csv") << none
                                  << "https://x/a.csv";
    QTest::newRow("integer input") << "{input}" << QVariant(7) << none << "7";
    QTest::newRow("double input") << "{input}" << QVariant(0.5) << none << "0.5";
    QTest::newRow("bool input") << "{input}" << QVariant(true) << none << "true";
    QTest::newRow("null input") << "[{input}]" << QVariant() << none << "[]";
    QTest::newRow("list input") << "{input}" << QVariant(QVariantList{1, "a"}) << none
                                << "[1,\"a\"]";
    QTest::newRow("map input") << "{input}" << QVariant(QVariantMap{{"k", "v"}}) << none
                               << "{\"k\":\"v\"}";
    QTest::newRow("task") << "part-{task}.txt" << QVariant("x") << none << "part-4.txt";
    QTest::newRow("previous") << "{previous}" << QVariant() << QVariantList{"a", 2} << "[\"a\",2]";
    QTest::newRow("no previous") << "{previous}" << QVariant() << none << "[]";
    QTest::newRow("repeated") << "{task}{task}/{input}" << QVariant("i") << none << "44/i";
    QTest::newRow("not rescanned") << "{input}" << QVariant("{task}") << none << "{task}";
    QTest::newRow("unknown braces kept") << "{name} {" << QVariant() << none << "{name} {";
}

void TestCommandEvent::substitution()
{
    QFETCH(QString, argument);
    QFETCH(QVariant, input);
    QFETCH(QVariantList, previous);
    QFETCH(QString, expected);
    TaskContext context("cmd", 4, 1, 1, input);
    context.setPreviousResults(previous);
    QCOMPARE(CommandEvent::substitute(argument, context), expected);
}

void TestCommandEvent::substitutionReachesTheProgram()
{
    const QVariantMap params{
        {"program", "printf"},
        {"args", QVariantList{"%s|%s|%s", "in={input}", "task={task}", "prev={previous}"}}};
    const Outcome o = runCommand(params, "two words", 2, {}, {QVariantMap{{"n", 1}}});
    QCOMPARE(o.errorType, QString());
    QCOMPARE(o.result.value.toString(), "in=two words|task=2|prev=[{\"n\":1}]");
}

void TestCommandEvent::envMergesOverInherited()
{
    qputenv("VOLNUX_INHERITED", "from-parent");
    qputenv("VOLNUX_OVERRIDDEN", "old");
    const Outcome o = runCommand(
        shell("echo \"$VOLNUX_INHERITED $VOLNUX_OVERRIDDEN $VOLNUX_NEW\"",
              {{"env", QVariantMap{{"VOLNUX_OVERRIDDEN", "new"}, {"VOLNUX_NEW", "added"}}}}));
    QCOMPARE(o.result.value.toString(), "from-parent new added");
}

void TestCommandEvent::cwdIsUsed()
{
    QTemporaryDir dir;
    QFile script(dir.filePath("local.sh"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\npwd\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));
    // A relative program path is resolved against cwd, like the shell would after `cd`.
    const Outcome o = runCommand({{"program", "./local.sh"}, {"cwd", dir.path()}});
    QCOMPARE(o.errorType, QString());
    QCOMPARE(QDir(o.result.value.toString()).canonicalPath(), QDir(dir.path()).canonicalPath());
}

void TestCommandEvent::outputIsBoundedToTheTail()
{
    // About 190 KB on stdout: far more than the 64 KiB kept.
    const Outcome o = runCommand(shell("seq 1 30000; echo done >&2"));
    QCOMPARE(o.errorType, QString());
    const QString value = o.result.value.toString();
    QVERIFY(value.size() <= CommandEvent::kMaxCaptureBytes);
    QVERIFY(value.endsWith("\n29999\n30000"));
    QVERIFY(!value.startsWith("1\n2\n"));
    // The log keeps the last lines of each stream and says how much it dropped.
    QVERIFY(o.log.size() < TaskContext::kMaxLogLines);
    const QStringList notes = o.log.filter("[stdout] ... ");
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains("bytes dropped"), qPrintable(notes.first()));
    QVERIFY(o.log.contains("[stdout] 30000"));
    QVERIFY(!o.log.contains("[stdout] 1"));
    QVERIFY(o.log.contains("[stderr] done"));
    QVERIFY(o.log.filter("[stderr] ... ").isEmpty());
}

void TestCommandEvent::outputBeforeATimeoutIsKept()
{
    const Outcome o =
        runCommand(shell("echo before; echo oops >&2; sleep 30", {{"timeout_ms", 300}}));
    QCOMPARE(o.errorType, ErrorNames::TimeoutError);
    QVERIFY2(o.log.contains("[stdout] before"), qPrintable(o.log.join('\n')));
    QVERIFY2(o.log.contains("[stderr] oops"), qPrintable(o.log.join('\n')));
}

void TestCommandEvent::endsWithTheProgramNotItsBackgroundJobs()
{
    // The background sleep keeps the program's stdout open; the attempt ends with the program.
    QTemporaryDir dir;
    const QString pidFile = dir.filePath("pids");
    const Outcome o = runCommand(shell("sleep 30 & echo $! > \"$PIDFILE\"; echo done",
                                       {{"env", QVariantMap{{"PIDFILE", pidFile}}}}));
    for (const qint64 pid : readAllPids(pidFile))
        ::kill(pid_t(pid), SIGKILL);
    QCOMPARE(o.errorType, QString());
    QCOMPARE(o.result.value.toString(), "done");
    QVERIFY2(o.elapsedMs < 5000, qPrintable(QString::number(o.elapsedMs)));
}

void TestCommandEvent::stdinIsEmpty()
{
    // A program that reads its input gets end of file at once rather than waiting for a terminal.
    const Outcome o = runCommand({{"program", "cat"}, {"timeout_ms", 5000}});
    QCOMPARE(o.errorType, QString());
    QCOMPARE(o.result.value.toString(), "");
}

// Each script writes the pids of what it leaves behind to $PIDFILE, then ends successfully.
void TestCommandEvent::leavesNothingRunning_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("background child") << "sleep 30 & echo $! > \"$PIDFILE\"; echo started";
    QTest::newRow("setsid") << "setsid sleep 30 & echo $! > \"$PIDFILE\"; echo started";
    // A daemon's double fork in a session of its own: its parent is gone before the program ends,
    // so only the subreaper (and the mark in its environment) can find it.
    QTest::newRow("double fork")
        << "setsid sh -c 'sleep 30 & echo $! > \"$PIDFILE\"' & wait; echo started";
    QTest::newRow("after a failure") << "sleep 30 & echo $! > \"$PIDFILE\"; exit 3";
}

void TestCommandEvent::leavesNothingRunning()
{
    QFETCH(QString, script);
    QTemporaryDir dir;
    const QString pidFile = dir.filePath("pids");
    const Outcome o = runCommand(shell(script, {{"env", QVariantMap{{"PIDFILE", pidFile}}}}));
    const QList<qint64> pids = readAllPids(pidFile);
    QCOMPARE(pids.size(), 1);
    const bool running = isRunning(pids.first());
    ::kill(pid_t(pids.first()), SIGKILL);
    QVERIFY2(!running, qPrintable(QString::number(pids.first())));
    QVERIFY2(o.errorType.isEmpty() || o.errorType == ErrorNames::ProcessError,
             qPrintable(o.message));
}

void TestCommandEvent::keepBackgroundLeavesThemRunning()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath("pids");
    const Outcome o = runCommand(
        shell("sleep 30 & echo $! > \"$PIDFILE\"; setsid sleep 30 & echo $! >> \"$PIDFILE\"; "
              "echo started",
              {{"env", QVariantMap{{"PIDFILE", pidFile}}}, {"keep_background", true}}));
    const QList<qint64> pids = readAllPids(pidFile);
    QList<bool> running;
    for (const qint64 pid : pids) {
        running.append(isRunning(pid));
        ::kill(pid_t(pid), SIGKILL);
    }
    QCOMPARE(o.errorType, QString());
    QCOMPARE(o.result.value.toString(), "started");
    QCOMPARE(running, QList<bool>({true, true}));
}

// PR_SET_PDEATHSIG, set by the helper programs are started through (ExecWrapper): what makes a
// host killed with SIGKILL leave no program running. The kernel sends it when the thread that
// started the program ends, which shows it without killing us.
void TestCommandEvent::aProgramDiesWithTheThreadThatStartedIt()
{
    QTemporaryDir dir;
    ChildProcess *process = nullptr;
    std::thread starter([&] { process = new ChildProcess("/bin/sleep", {"30"}, dir.path(), {}); });
    starter.join();
    const qint64 pid = process->pid();
    const bool died = diesWithin(pid, 1000);
    delete process; // reaps it (and kills it, had it survived)
    QVERIFY2(died, qPrintable(QString::number(pid)));
}

QTEST_GUILESS_MAIN(TestCommandEvent)
#include "tst_commandevent.moc"
