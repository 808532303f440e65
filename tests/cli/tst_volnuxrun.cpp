// Drives the real volnux-run binary: exit codes, trace lines, summaries, Ctrl-C, bad input.

#include "tests/support/VolnuxRunTool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
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
using volnux::test::readTrace;
using volnux::test::runTool;
using volnux::test::sourceDir;
using Result = volnux::test::ToolResult;

// Every number in `path` (pids written by the programs of a test project).
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

QList<QJsonObject> ofType(const QList<QJsonObject> &lines, const QString &type,
                          const QString &event = {})
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : lines) {
        if (o["type"].toString() == type && (event.isEmpty() || o["event"].toString() == event))
            out << o;
    }
    return out;
}
} // namespace

class TestVolnuxRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void succeedsWithExitZero();
    void traceRecordsRetriesAndBackoffs();
    void seedRepeatsJitteredWaits();
    void outputsNeverDestroyInputs();
    void chromeTraceToAPipe();
    void hardLinkedOutputIsRefused();
    void fifosNeverBlock();
    void hostileValuesAreCappedAndEscaped();
    void unwritableOutputIsAFailure_data();
    void unwritableOutputIsAFailure();
    void failedRunExitsOne();
    void evaluationOutcomesInTrace();
    void stopOnExceptionStopsTheRun();
    void commandTimeoutAndMissingProgram();
    void pluginExampleRuns();
    void relativePathsAreTheProjectFolders();
    void bareLibraryNameIsNotLookedForHere();
    void retryTypesAreChecked();
    void jsonSummary();
    void validateAndGraph();
    void validateCostsTheFileNotItsTasks();
    void chromeTraceOpensAsJson();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void malformedProjectsExitTwo();
    void pipelineErrorsArePointedAt();
    void ctrlCCancelsCleanly();
    void bundledExamplesValidate();
    void ctrlCLeavesNoWorkerProcess();
    void doubleCtrlCLeavesNoProgramRunning();
    void ctrlCUnderHeavyLoggingEndsWithASummary();
    void secondCtrlCQuitsAtOnceWhateverTheRunDoes();
    void killedHostLeavesNoPoolProgramRunning();

private:
    QString writeProject(const QString &name, const QByteArray &json);
    QString programsProject(const QString &executor, const QString &pids);
    QTemporaryDir m_dir;
};

void TestVolnuxRun::initTestCase()
{
    QVERIFY(QFile::exists(binDir() + "/volnux-run"));
    QVERIFY(m_dir.isValid());
}

QString TestVolnuxRun::writeProject(const QString &name, const QByteArray &json)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(json);
    return path;
}

void TestVolnuxRun::succeedsWithExitZero()
{
    const QString project = writeProject("ok.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"ok","events":[{"name":"a","kind":"simulate","tasks":3,"params":{"value":"x"}}]})J");
    const Result r = runTool({project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("run succeeded"), qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression("a\\s+succeeded\\s+3\\s+0")));
}

void TestVolnuxRun::traceRecordsRetriesAndBackoffs()
{
    const QString project = writeProject("retry.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"retry","events":[{"name":"flaky","kind":"simulate","tasks":2,
        "params":{"fail_with":"ConnectionError","fail_attempts":3,"fail_tasks":[1]},
        "retry_policy":{"max_attempts":5,"backoff_factor":0.02,"max_backoff":0.05}}]})J");
    const QString trace = m_dir.filePath("retry.jsonl");
    const Result r = runTool({"--trace", trace, project});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = readTrace(trace);
    const QList<QJsonObject> attempts = ofType(lines, "attempt");
    QList<QJsonObject> task1;
    for (const QJsonObject &a : attempts) {
        if (a["task"].toInt() == 1)
            task1 << a;
    }
    QCOMPARE(task1.size(), 4);
    // Waits: 0 after attempt 1, then 2f = 40 ms, then 4f = 80 ms capped at 50 ms.
    const QList<double> delays{0, 40, 50};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(task1[i]["attempt"].toInt(), i + 1);
        QCOMPARE(task1[i]["outcome"].toString(), QString("error"));
        QCOMPARE(task1[i]["error_type"].toString(), QString("ConnectionError"));
        QCOMPARE(task1[i]["next_delay"].toDouble(), delays[i]);
        const double gap = task1[i + 1]["start"].toDouble() - task1[i]["end"].toDouble();
        QVERIFY2(gap >= delays[i] - 0.5 && gap < delays[i] + 40, qPrintable(QString::number(gap)));
    }
    QCOMPARE(task1[3]["outcome"].toString(), QString("success"));
    QVERIFY(task1[3]["next_delay"].isNull());
    QVERIFY(task1[3]["error_type"].isNull());
    const QStringList keys{"type",    "event",      "task",  "attempt", "start", "end",
                           "outcome", "error_type", "error", "thread",  "pid",   "next_delay"};
    for (const QString &key : keys)
        QVERIFY2(task1[0].contains(key), qPrintable(key));
    const QList<QJsonObject> tasks = ofType(lines, "task");
    QCOMPARE(tasks.size(), 2);
    for (const QJsonObject &t : tasks)
        QCOMPARE(t["attempts"].toInt(), t["task"].toInt() == 1 ? 4 : 1);
    const QJsonObject event = ofType(lines, "event").first();
    QCOMPARE(event["succeeded"].toInt(), 2);
    QCOMPARE(event["failed"].toInt(), 0);
    QCOMPARE(lines.last()["type"].toString(), QString("run"));
    QCOMPARE(lines.last()["status"].toString(), QString("succeeded"));
    QVERIFY(lines.last()["duration"].toDouble() >= 90);
}

// retry_policy.jitter draws each wait at random below the formula's; --seed repeats the draws.
void TestVolnuxRun::seedRepeatsJitteredWaits()
{
    const QString project = writeProject("jitter.vxproj", R"J({"format":"volnux-project",
        "version":1,"name":"jitter","events":[{"name":"flaky","kind":"simulate","tasks":6,
        "params":{"fail_with":"ConnectionError","fail_attempts":3},
        "executor":"ThreadPoolExecutor","executor_config":{"max_workers":3},
        "retry_policy":{"max_attempts":4,"backoff_factor":0.01,"jitter":"full"}}]})J");
    auto waits = [&](const QStringList &seed) {
        const QString trace = m_dir.filePath("jitter.jsonl");
        const Result r = runTool(seed + QStringList{"--trace", trace, project});
        QMap<QPair<int, int>, double> byAttempt; // (task, attempt) -> next_delay
        if (r.exitCode != 0)
            return byAttempt;
        for (const QJsonObject &a : ofType(readTrace(trace), "attempt"))
            byAttempt[{a["task"].toInt(), a["attempt"].toInt()}] = a["next_delay"].toDouble(-1);
        return byAttempt;
    };
    const auto first = waits({"--seed", "12345"});
    QCOMPARE(first.size(), 6 * 4);
    QSet<double> distinct;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const int attempt = it.key().second;
        const double limit = attempt == 1 ? 0 : attempt == 4 ? -1 : 10 * (1 << (attempt - 1));
        if (limit <= 0)
            QCOMPARE(it.value(), limit); // immediate first retry; nothing after the last attempt
        else
            QVERIFY2(it.value() >= 0 && it.value() <= limit, qPrintable(QString::number(*it)));
        distinct << it.value();
    }
    QVERIFY(distinct.size() > 6);
    QCOMPARE(waits({"--seed", "12345"}), first);
    QVERIFY(waits({"--seed", "54321"}) != first);
}

// A trace option naming the project, or both traces naming one file, is refused before anything
// is written; so is a run whose Chrome trace cannot be written, and it leaves the trace alone.
void TestVolnuxRun::outputsNeverDestroyInputs()
{
    const QString example = sourceDir() + "/resources/examples/nightly-build.vxproj";
    const QString project = m_dir.filePath("keep.vxproj");
    QVERIFY(QFile::copy(example, project));
    const QByteArray before = [&] {
        QFile f(project);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Result r = runTool({"--trace", project, project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is the project file; writing it would destroy the project"),
             qPrintable(r.err));
    r = runTool({"--chrome-trace", m_dir.filePath("./sub/../keep.vxproj"), project});
    QCOMPARE(r.exitCode, 2);
    QFile kept(project);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);

    const QString same = m_dir.filePath("same.out");
    r = runTool({"--trace", same, "--chrome-trace", same, project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("both name"), qPrintable(r.err));

    const QString trace = m_dir.filePath("precious.jsonl");
    QFile precious(trace);
    QVERIFY(precious.open(QIODevice::WriteOnly) && precious.write("precious\n") == 9);
    precious.close();
    r = runTool({"--trace", trace, "--chrome-trace", "/nonexistent/t.json", project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("precious\n"));
}

// `--chrome-trace /dev/stdout` writes into the pipe; it does not put a file in the device's place.
void TestVolnuxRun::chromeTraceToAPipe()
{
    const Result r = runTool({"-q", "--chrome-trace", "/dev/stdout",
                              sourceDir() + "/resources/examples/nightly-build.vxproj"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("{\"displayTimeUnit\":\"ms\",\"traceEvents\":["), qPrintable(r.err));
    QVERIFY(QFileInfo("/dev/stdout").isSymLink() || !QFileInfo("/dev/stdout").isFile());
}

// A hard link is the project under another name: writing the trace there would empty the
// project, though the paths differ. Refused before anything is written.
void TestVolnuxRun::hardLinkedOutputIsRefused()
{
    const QString project = m_dir.filePath("linked.vxproj");
    QVERIFY(QFile::copy(sourceDir() + "/resources/examples/nightly-build.vxproj", project));
    const QByteArray before = [&] {
        QFile f(project);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    for (const char *option : {"--trace", "--chrome-trace"}) {
        const QString link =
            m_dir.filePath(QStringLiteral("link%1.out").arg(QLatin1String(option)));
        QVERIFY(::link(QFile::encodeName(project).constData(),
                       QFile::encodeName(link).constData()) == 0);
        const Result r = runTool({QLatin1String(option), link, project});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is the project file; writing it would destroy the project"),
                 qPrintable(r.err));
        QFile kept(project);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), before);
    }
    // Two hard links to one output file are one file too.
    const QString first = m_dir.filePath("out-a.jsonl");
    const QString second = m_dir.filePath("out-b.jsonl");
    QFile out(first);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.close();
    QVERIFY(::link(QFile::encodeName(first).constData(), QFile::encodeName(second).constData()) ==
            0);
    const Result r = runTool({"--trace", first, "--chrome-trace", second, project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("both name"), qPrintable(r.err));
}

// A FIFO opens only when its other end does: given as the project, or as a trace nobody reads,
// it would block volnux-run forever. Both are refused at once, with what the path is.
void TestVolnuxRun::fifosNeverBlock()
{
    const QString fifo = m_dir.filePath("fifo");
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString project = sourceDir() + "/resources/examples/nightly-build.vxproj";

    Result r = runTool({fifo}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(fifo + ": cannot open: it is a FIFO (named pipe), not a regular file"),
             qPrintable(r.err));
    r = runTool({"/dev/null"}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("/dev/null: cannot open: it is a character device, not a regular file"),
             qPrintable(r.err));

    r = runTool({"--trace", fifo, project}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot write the trace " + fifo +
                            ": it is a FIFO (named pipe) that no process is reading"),
             qPrintable(r.err));
    r = runTool({"--chrome-trace", fifo, project}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot write the Chrome trace " + fifo +
                            ": it is a FIFO (named pipe) that no process is reading"),
             qPrintable(r.err));
    // Devices that take writes still do.
    const QString quick = writeProject("quick.vxproj", R"J({"format":"volnux-project",
        "version":1,"events":[{"name":"a","kind":"simulate","tasks":2}]})J");
    r = runTool({"-q", "--trace", "/dev/null", "--chrome-trace", "/dev/zero", quick}, 30000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

// A program's error output and a project's values reach the log lines: escape sequences are
// shown escaped (never retitle the terminal), bidi controls too, and a long value is cut.
void TestVolnuxRun::hostileValuesAreCappedAndEscaped()
{
    const QByteArray longType(1000000, 'E');
    const QString project = writeProject("hostile.vxproj", R"J({"format":"volnux-project",
        "version":1,"name":"t\u001b]0;title\u0007","events":[
        {"name":"cmd","kind":"command","params":{"program":"/bin/sh","args":["-c",
         "printf '\\033]0;owned\\007 \\342\\200\\256 reversed\\n' >&2; exit 3"]}},
        {"name":"sim","kind":"simulate","params":{"fail_with":")J" +
                                                               longType + R"J("}}]})J");
    const Result r = runTool({project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("running t\\u001b]0;title\\u0007: 2 events"), qPrintable(r.err));
    QVERIFY2(r.err.contains("exited with code 3: \\u001b]0;owned\\u0007 \\u202e reversed"),
             qPrintable(r.err));
    QVERIFY2(r.err.contains("failed: EEEE"), qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.contains(QStringLiteral("E\u2026 (1,000,000 characters)")),
             qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.size() < 5000, qPrintable(QString::number(r.err.size())));
    QVERIFY(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x202e)) &&
            !r.err.contains(QChar(0x07)));

    // Load errors: a ten-megabyte pipeline line, quoted back as a window of it.
    const QByteArray pipeline = "cmd -> " + QByteArray(10000000, 'x');
    const QString bad = writeProject("hostile-pipeline.vxproj",
                                     R"J({"format":"volnux-project","version":1,"events":[
        {"name":"cmd","kind":"sleep","params":{"duration_ms":0}}],"pipeline":")J" +
                                         pipeline + R"J("})J");
    const Result v = runTool({"--validate", bad});
    QCOMPARE(v.exitCode, 2);
    QVERIFY2(v.err.contains("(10,000,000 characters)"), qPrintable(v.err.left(2000)));
    QVERIFY2(v.err.size() < 2000, qPrintable(QString::number(v.err.size())));
}

// What scripts read must reach them: a full disk is a failure (exit 1), said on stderr.
void TestVolnuxRun::unwritableOutputIsAFailure_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("summary") << QStringList{"-q"};
    QTest::newRow("json") << QStringList{"--json"};
    QTest::newRow("graph") << QStringList{"--graph"};
    QTest::newRow("validate") << QStringList{"--validate"};
}

void TestVolnuxRun::unwritableOutputIsAFailure()
{
    QFETCH(QStringList, args);
    if (!QFileInfo("/dev/full").exists() || QFileInfo("/dev/full").isFile())
        QSKIP("no /dev/full device here");
    QProcess p;
    p.setStandardOutputFile("/dev/full");
    p.start(binDir() + "/volnux-run",
            args << sourceDir() + "/resources/examples/nightly-build.vxproj");
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError())
                .contains("cannot write the output: No space left on device"));
}

void TestVolnuxRun::failedRunExitsOne()
{
    const QString project = writeProject("fail.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"fail","events":[{"name":"bad","kind":"simulate","params":{"fail_with":"return"}},
        {"name":"after","kind":"simulate"}]})J");
    const QString trace = m_dir.filePath("fail.jsonl");
    const Result r = runTool({"--trace", trace, project});
    QCOMPARE(r.exitCode, 1);
    // The log says why the task failed without a retry.
    QVERIFY2(r.err.contains("bad[0] attempt 1/1 returned a failure: simulated failure (task 0, "
                            "attempt 1); a returned failure is never retried"),
             qPrintable(r.err));
    QVERIFY2(r.err.contains("bad[0] failed after 1 attempt\n"), qPrintable(r.err));
    const QList<QJsonObject> lines = readTrace(trace);
    QCOMPARE(ofType(lines, "attempt", "bad").first()["outcome"].toString(), QString("failure"));
    // A -> B runs B whatever A's outcome.
    QCOMPARE(ofType(lines, "event", "after").first()["status"].toString(), QString("succeeded"));
    QCOMPARE(lines.last()["status"].toString(), QString("failed"));
}

void TestVolnuxRun::evaluationOutcomesInTrace()
{
    const QString project = writeProject("eval.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"eval","events":[
        {"name":"partial","kind":"simulate","tasks":4,"params":{"fail_with":"return","fail_tasks":[0,1,2]},
         "evaluation":"SUCCESS_FOR_PARTIAL_SUCCESS"},
        {"name":"strict","kind":"simulate","tasks":4,"params":{"fail_with":"return","fail_tasks":[0]}},
        {"name":"empty","kind":"simulate","tasks":0,"evaluation":"FAILURE_FOR_PARTIAL_ERROR"}]})J");
    const QString trace = m_dir.filePath("eval.jsonl");
    QCOMPARE(runTool({"--trace", trace, project}).exitCode, 1);
    const QList<QJsonObject> lines = readTrace(trace);
    const QJsonObject partial = ofType(lines, "event", "partial").first();
    QCOMPARE(partial["status"].toString(), QString("succeeded"));
    QCOMPARE(partial["succeeded"].toInt(), 1);
    QCOMPARE(partial["failed"].toInt(), 3);
    QCOMPARE(ofType(lines, "event", "strict").first()["status"].toString(), QString("failed"));
    QCOMPARE(ofType(lines, "event", "empty").first()["status"].toString(), QString("succeeded"));
}

void TestVolnuxRun::stopOnExceptionStopsTheRun()
{
    const QString project = writeProject("stop.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"stop","events":[
        {"name":"s","kind":"simulate","tasks":3,"params":{"duration_ms":200,"fail_tasks":[0],"fail_with":"ValueError"},
         "executor":"ThreadPoolExecutor","executor_config":{"max_workers":3},"stop_on_exception":true},
        {"name":"later","kind":"simulate","tasks":2}]})J");
    const QString trace = m_dir.filePath("stop.jsonl");
    const Result r = runTool({"--trace", trace, project});
    QCOMPARE(r.exitCode, 1);
    const QList<QJsonObject> lines = readTrace(trace);
    QCOMPARE(lines.last()["status"].toString(), QString("stopped"));
    QCOMPARE(ofType(lines, "event", "later").first()["status"].toString(), QString("skipped"));
    QCOMPARE(ofType(lines, "event", "later").first()["skipped"].toInt(), 2);
    for (const QJsonObject &t : ofType(lines, "task", "later"))
        QCOMPARE(t["status"].toString(), QString("skipped"));
}

void TestVolnuxRun::commandTimeoutAndMissingProgram()
{
    const QString project = writeProject("cmd.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"cmd","events":[
        {"name":"slow","kind":"command","params":{"program":"sleep","args":["20"],"timeout_ms":200}},
        {"name":"missing","kind":"command","params":{"program":"/no/such/program-xyz"}},
        {"name":"echo","kind":"command","inputs":["alpha","beta"],"params":{"program":"echo","args":["in={input}","t={task}"]}}]})J");
    const QString trace = m_dir.filePath("cmd.jsonl");
    QElapsedTimer timer;
    timer.start();
    const Result r = runTool({"--trace", trace, project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(timer.elapsed() < 10000);
    const QList<QJsonObject> lines = readTrace(trace);
    const QJsonObject slow = ofType(lines, "attempt", "slow").first();
    QCOMPARE(slow["error_type"].toString(), QString("TimeoutError"));
    QVERIFY(slow["end"].toDouble() - slow["start"].toDouble() < 2000);
    const QJsonObject missing = ofType(lines, "attempt", "missing").first();
    QCOMPARE(missing["error_type"].toString(), QString("FileNotFoundError"));
    QVERIFY(missing["error"].toString().contains("/no/such/program-xyz"));
    QCOMPARE(ofType(lines, "event", "echo").first()["succeeded"].toInt(), 2);
}

void TestVolnuxRun::pluginExampleRuns()
{
    const QString plugin =
        QDir(binDir() + "/../plugins").absoluteFilePath("libvolnux_example_plugin.so");
    QVERIFY(QFile::exists(plugin));
    const QString project =
        writeProject("plugin.vxproj", QStringLiteral(R"J({"format":"volnux-project","version":1,
        "name":"plugin","events":[{"name":"count","kind":"plugin","inputs":["one two three"],
        "params":{"library":"%1","event":"wordcount"}}]})J")
                                          .arg(plugin)
                                          .toUtf8());
    const QString trace = m_dir.filePath("plugin.jsonl");
    const Result r = runTool({"--trace", trace, project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(ofType(readTrace(trace), "attempt").first()["outcome"].toString(), QString("success"));
}

// A relative program, cwd or plugin library is taken against the project file's folder, whatever
// directory volnux-run is started from; the same relative path there must not be used instead.
void TestVolnuxRun::relativePathsAreTheProjectFolders()
{
    QTemporaryDir projectDir;
    QTemporaryDir elsewhere;
    QVERIFY(projectDir.isValid() && elsewhere.isValid());
    auto writeScript = [](const QString &path, const QByteArray &body) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("#!/bin/sh\n" + body) > 0 &&
               f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    };
    const QString marker = m_dir.filePath("relative.marker");
    QVERIFY(QDir(projectDir.path()).mkpath("tools") && QDir(elsewhere.path()).mkpath("tools"));
    QVERIFY(QDir(projectDir.path()).mkpath("work") && QDir(elsewhere.path()).mkpath("work"));
    QVERIFY(writeScript(projectDir.filePath("tools/tool.sh"), "echo project >> \"$1\"\n"));
    QVERIFY(writeScript(elsewhere.filePath("tools/tool.sh"), "echo elsewhere >> \"$1\"\n"));
    const QString plugin =
        QDir(binDir() + "/../plugins").absoluteFilePath("libvolnux_example_plugin.so");
    QVERIFY(QFile::copy(plugin, projectDir.filePath("tools/libmine.so")));
    const QString path = projectDir.filePath("p.vxproj");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"J({"format":"volnux-project","version":1,"events":[
        {"name":"tool","kind":"command","params":{"program":"./tools/tool.sh","args":["%1"]}},
        {"name":"where","kind":"command","params":{"program":"/bin/sh","cwd":"work",
         "args":["-c","pwd >> %1"]}},
        {"name":"below","kind":"command","params":{"program":"../tools/tool.sh","cwd":"work",
         "args":["%1"]}},
        {"name":"count","kind":"plugin","inputs":["one two"],
         "params":{"library":"tools/libmine.so","event":"wordcount"}}]})J")
                   .arg(marker)
                   .toUtf8());
    file.close();
    const QString trace = m_dir.filePath("relative.jsonl");
    const Result r = runTool({"-q", "--trace", trace, path}, 30000, elsewhere.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QFile written(marker);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString workDir = QFileInfo(projectDir.filePath("work")).canonicalFilePath();
    QCOMPARE(QString::fromUtf8(written.readAll()).split('\n', Qt::SkipEmptyParts),
             QStringList({"project", workDir, "project"}));
    QCOMPARE(ofType(readTrace(trace), "attempt", "count").first()["outcome"].toString(),
             QString("success"));
}

// A bare library name is looked for in the plugin directories, never in the working directory.
void TestVolnuxRun::bareLibraryNameIsNotLookedForHere()
{
    QTemporaryDir here;
    QVERIFY(here.isValid());
    const QString plugin =
        QDir(binDir() + "/../plugins").absoluteFilePath("libvolnux_example_plugin.so");
    QVERIFY(QFile::copy(plugin, here.filePath("libplanted.so")));
    const QString project = writeProject("bare.vxproj", R"J({"format":"volnux-project",
        "version":1,"events":[{"name":"count","kind":"plugin","inputs":["one"],
        "params":{"library":"libplanted.so","event":"wordcount"}}]})J");
    const QString trace = m_dir.filePath("bare.jsonl");
    const Result r = runTool({"-q", "--trace", trace, project}, 30000, here.path());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject attempt = ofType(readTrace(trace), "attempt", "count").first();
    QCOMPARE(attempt["error_type"].toString(), QString("FileNotFoundError"));
    QVERIFY2(attempt["error"].toString().contains("plugin library not found: libplanted.so"),
             qPrintable(attempt["error"].toString()));
}

// A misspelled error type would retry nothing: refused with a did-you-mean. In a project that
// loads a plugin an unknown type may be the plugin's own: a warning, and the project runs.
void TestVolnuxRun::retryTypesAreChecked()
{
    const QString typo = writeProject("typo.vxproj", R"J({"format":"volnux-project","version":1,
        "events":[{"name":"a","kind":"simulate","retry_policy":{"max_attempts":3,
        "retry_on_exceptions":["ConectionError"]}}]})J");
    Result r = runTool({"--validate", typo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("events[0].retry_policy.retry_on_exceptions[0]: unknown error type "
                            "\"ConectionError\"; did you mean \"ConnectionError\"?"),
             qPrintable(r.err));
    const QString plugin =
        QDir(binDir() + "/../plugins").absoluteFilePath("libvolnux_example_plugin.so");
    const QString withPlugin = writeProject(
        "plugin-types.vxproj", QStringLiteral(R"J({"format":"volnux-project","version":1,"events":[
        {"name":"count","kind":"plugin","inputs":["a b"],"params":{"library":"%1",
         "event":"wordcount"},"retry_policy":{"retry_on_exceptions":["QuotaExceeded"]}}]})J")
                                   .arg(plugin)
                                   .toUtf8());
    r = runTool({withPlugin});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.err.contains(withPlugin +
                            ": warning: events[0].retry_policy.retry_on_exceptions[0]: "
                            "unknown error type \"QuotaExceeded\" (a plugin this "
                            "project loads may declare it"),
             qPrintable(r.err));
}

void TestVolnuxRun::jsonSummary()
{
    const QString project = writeProject("json.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"json","events":[{"name":"a","kind":"simulate","tasks":2}]})J");
    const Result r = runTool({"--json", project});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(summary["status"].toString(), QString("succeeded"));
    QCOMPARE(summary["succeeded"].toInt(), 2);
    QCOMPARE(summary["events"].toArray().first().toObject()["attempts"].toInt(), 2);
    // The totals add up to the task count.
    QCOMPARE(summary["tasks"].toInt(), 2);
    QCOMPARE(summary["failed"].toInt() + summary["cancelled"].toInt() + summary["skipped"].toInt(),
             0);
    QVERIFY(summary.contains("cancelled") && summary.contains("skipped"));
}

void TestVolnuxRun::validateAndGraph()
{
    const QString project = writeProject("graph.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"g","events":[{"name":"a","kind":"simulate"},{"name":"b","kind":"simulate"},
        {"name":"c","kind":"simulate"}],"pipeline":"a (0 -> b, 1 -> c)"})J");
    Result r = runTool({"--validate", project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("valid (3 events, 3 tasks)"));
    r = runTool({"--validate", "--json", project});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject valid = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(valid["valid"].toBool(), true);
    QCOMPARE(valid["events"].toInt(), 3);
    QCOMPARE(valid["tasks"].toInt(), 3);
    r = runTool({"--graph", project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("digraph"), qPrintable(r.out));
    QVERIFY(r.out.contains("label=\"0\""));
    QVERIFY(r.out.contains("label=\"1\""));
}

// 100 events of a million tasks in a few kilobytes: validated in a moment (it took about 12 s and
// 3 GB when the inputs were made as a list), and one more task than that is refused, located.
void TestVolnuxRun::validateCostsTheFileNotItsTasks()
{
    QByteArrayList events;
    for (int i = 0; i < 100; ++i)
        events << R"({"name":"e)" + QByteArray::number(i) +
                      R"(","kind":"simulate","tasks":1000000})";
    const QByteArray head = R"({"format":"volnux-project","version":1,"name":"big","events":[)";
    const QString project = writeProject("big.vxproj", head + events.join(',') + "]}");
    QElapsedTimer timer;
    timer.start();
    Result r = runTool({"--validate", project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("valid (100 events, 100000000 tasks)"), qPrintable(r.out));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    events << R"({"name":"one_more","kind":"simulate"})";
    const QString over = writeProject("over.vxproj", head + events.join(',') + "]}");
    r = runTool({"--validate", over});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("over.vxproj: events[100]: the project has 100000001 tasks in all, "
                            "more than the 100000000 a project may have"),
             qPrintable(r.err));
}

void TestVolnuxRun::chromeTraceOpensAsJson()
{
    const QString project =
        writeProject("chrome.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"c","events":[{"name":"a","kind":"simulate","tasks":2,"params":{"fail_attempts":1},
        "retry_policy":{"max_attempts":2}}]})J");
    const QString path = m_dir.filePath("chrome.json");
    QCOMPARE(runTool({"--chrome-trace", path, project}).exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray events =
        QJsonDocument::fromJson(file.readAll()).object()["traceEvents"].toArray();
    int slices = 0;
    int backoffs = 0;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e["ph"].toString() == "X")
            ++(e["cat"].toString() == "backoff" ? backoffs : slices);
    }
    QCOMPARE(slices, 4);
    QCOMPARE(backoffs, 2);
}

void TestVolnuxRun::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no project") << QStringList{} << "no project file given";
    QTest::newRow("unknown option")
        << QStringList{"--frobnicate", "x"} << "Unknown option 'frobnicate'";
    QTest::newRow("two projects") << QStringList{"a.vxproj", "b.vxproj"}
                                  << "one project file expected";
    QTest::newRow("missing file") << QStringList{"/nonexistent/p.vxproj"}
                                  << "/nonexistent/p.vxproj: cannot open";
    QTest::newRow("unwritable trace")
        << QStringList{"--trace", "/nonexistent/t.jsonl",
                       sourceDir() + "/resources/examples/retry-showcase.vxproj"}
        << "cannot write the trace /nonexistent/t.jsonl";
    QTest::newRow("unwritable chrome trace")
        << QStringList{"--chrome-trace", "/nonexistent/t.json",
                       sourceDir() + "/resources/examples/retry-showcase.vxproj"}
        << "cannot write the Chrome trace /nonexistent/t.json: no such directory";
    QTest::newRow("seed not a number")
        << QStringList{"--seed", "abc", "x.vxproj"}
        << "--seed must be a whole number from 0 to 4294967295, got \"abc\"";
    QTest::newRow("seed too large")
        << QStringList{"--seed", "4294967296", "x.vxproj"} << "--seed must be a whole number";
    QTest::newRow("trace twice") << QStringList{"--trace", "a.jsonl", "--trace", "b.jsonl",
                                                "x.vxproj"}
                                 << "--trace given more than once";
    QTest::newRow("empty trace name")
        << QStringList{"--trace=", "x.vxproj"} << "--trace needs a file name";
    QTest::newRow("empty chrome trace name")
        << QStringList{"--chrome-trace", "", "x.vxproj"} << "--chrome-trace needs a file name";
    QTest::newRow("trace without file")
        << QStringList{"x.vxproj", "--trace"} << "Missing value after '--trace'";
}

void TestVolnuxRun::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runTool(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestVolnuxRun::malformedProjectsExitTwo()
{
    const QString dir = sourceDir() + "/tests/data/malformed";
    QFile expectations(dir + "/expected.tsv");
    QVERIFY(expectations.open(QIODevice::ReadOnly));
    int checked = 0;
    for (const QByteArray &raw : expectations.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString file = line.section('\t', 0, 0);
        const QString expected = line.section('\t', 1);
        const Result r = runTool({dir + "/" + file});
        QVERIFY2(r.exitCode == 2, qPrintable(file + ": exit " + QString::number(r.exitCode)));
        QVERIFY2(r.err.contains(expected), qPrintable(file + ": " + r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(file));
        ++checked;
    }
    QVERIFY(checked >= 40);
}

void TestVolnuxRun::pipelineErrorsArePointedAt()
{
    const QString project =
        writeProject("badpipe.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"p","events":[{"name":"fetch","kind":"simulate"}],"pipeline":"fetch -> fech"})J");
    const Result r = runTool({project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("pipeline: line 1, column 10"), qPrintable(r.err));
    QVERIFY(r.err.contains("fetch -> fech"));
    QVERIFY(r.err.contains("         ^"));
}

void TestVolnuxRun::ctrlCCancelsCleanly()
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

void TestVolnuxRun::bundledExamplesValidate()
{
    const QDir examples(sourceDir() + "/resources/examples");
    const QStringList files = examples.entryList({"*.vxproj"});
    QVERIFY(files.size() >= 2);
    for (const QString &file : files) {
        const Result r = runTool({"--validate", examples.filePath(file)});
        QVERIFY2(r.exitCode == 0, qPrintable(file + ": " + r.err));
    }
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

void TestVolnuxRun::ctrlCLeavesNoWorkerProcess()
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

// Two `command` tasks on `executor`, each a shell that starts a background sleep and appends
// its own pid and the sleep's to `pids`, then waits: programs that must not outlive the run.
QString TestVolnuxRun::programsProject(const QString &executor, const QString &pids)
{
    return writeProject(executor + ".vxproj", QStringLiteral(R"J({
        "format":"volnux-project","version":1,"name":"programs","events":[{"name":"cmd",
        "kind":"command","tasks":2,"executor":"%1","executor_config":{"max_workers":2},
        "params":{"program":"sh","args":["-c","sleep 30 & echo $$ $! >> %2; wait"]}}]})J")
                                                  .arg(executor, pids)
                                                  .toUtf8());
}

// Two Ctrl-C in a row: whether the second arrives before the cancel finished (quit at once) or
// after, the programs the run started (in sessions of their own) must not outlive it.
void TestVolnuxRun::doubleCtrlCLeavesNoProgramRunning()
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
        for (const qint64 pid : readAllPids(pids))
            QTRY_VERIFY2_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, qPrintable(QString::number(pid)),
                                      2000);
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
void TestVolnuxRun::ctrlCUnderHeavyLoggingEndsWithASummary()
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
void TestVolnuxRun::secondCtrlCQuitsAtOnceWhateverTheRunDoes()
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

// volnux-run killed outright (SIGKILL: no handler runs): its pool workers get SIGTERM from the
// kernel (PR_SET_PDEATHSIG) and kill the programs they started before they die.
void TestVolnuxRun::killedHostLeavesNoPoolProgramRunning()
{
    const QString pids = m_dir.filePath("pool-pids");
    const QString project = programsProject("ProcessPoolExecutor", pids);
    QProcess p;
    p.start(binDir() + "/volnux-run", {"-q", project});
    QVERIFY(p.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(readAllPids(pids).size(), 4, 5000);
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(5000));
    for (const qint64 pid : readAllPids(pids))
        QTRY_VERIFY2_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, qPrintable(QString::number(pid)),
                                  3000);
}

QTEST_GUILESS_MAIN(TestVolnuxRun)
#include "tst_volnuxrun.moc"
