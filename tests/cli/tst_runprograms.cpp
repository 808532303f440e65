// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-run starting programs and plugins: timeouts, missing programs, the example plugin, and
// relative paths taken against the project file's folder, never the working directory.

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
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
using volnux::test::binDir;
using volnux::test::ofType;
using volnux::test::readTrace;
using volnux::test::runTool;
using volnux::test::sourceDir;
using Result = volnux::test::ToolResult;
} // namespace

class TestRunPrograms : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commandTimeoutAndMissingProgram();
    void pluginExampleRuns();
    void relativePathsAreTheProjectFolders();
    void bareLibraryNameIsNotLookedForHere();
    void aWideParallelStepOutgrowsADesktopFileLimit();

private:
    QString writeProject(const QString &name, const QByteArray &json)
    {
        return volnux::test::writeProject(m_dir, name, json);
    }
    QTemporaryDir m_dir;
};

void TestRunPrograms::initTestCase()
{
    QVERIFY(QFile::exists(binDir() + "/volnux-run"));
    QVERIFY(m_dir.isValid());
}

void TestRunPrograms::commandTimeoutAndMissingProgram()
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

void TestRunPrograms::pluginExampleRuns()
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
void TestRunPrograms::relativePathsAreTheProjectFolders()
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
void TestRunPrograms::bareLibraryNameIsNotLookedForHere()
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

// A desktop session starts programs with a soft limit of 1,024 open files. Each event of a
// parallel step holds a thread (one descriptor) and runs a program (a few more), and Qt aborts the
// process when a new thread cannot get its descriptor: 500 parallel `command` events killed
// volnux-run with SIGTRAP. A run raises its soft limit to the hard one first.
void TestRunPrograms::aWideParallelStepOutgrowsADesktopFileLimit()
{
    constexpr rlim_t kSoftLimit = 64;
    constexpr int kEvents = 100;
    rlimit limit{};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < 4 * kEvents)
        QSKIP("the hard limit on open files here is too low to raise the soft one above it");
    QJsonArray events;
    QStringList names;
    for (int i = 0; i < kEvents; ++i) {
        names << QString("e%1").arg(i);
        events.append(QJsonObject{{"name", names.last()},
                                  {"kind", "command"},
                                  {"params", QJsonObject{{"program", "true"}}}});
    }
    // The programs themselves start with the limit the user gave volnux-run.
    const QString seen = m_dir.filePath("limit-seen.txt");
    events.append(QJsonObject{
        {"name", "limit"},
        {"kind", "command"},
        {"params",
         QJsonObject{{"program", "sh"},
                     {"args", QJsonArray{"-c", QString("ulimit -Sn > '%1'").arg(seen)}}}}});
    const QJsonObject root{{"format", "volnux-project"},
                           {"version", 1},
                           {"name", "wide"},
                           {"events", events},
                           {"pipeline", QString(names.join(" || ") + " -> limit")}};
    const QString project = writeProject("wide.vxproj", QJsonDocument(root).toJson());

    QProcess p;
    p.setChildProcessModifier([] {
        rlimit low{};
        getrlimit(RLIMIT_NOFILE, &low);
        low.rlim_cur = kSoftLimit;
        setrlimit(RLIMIT_NOFILE, &low);
    });
    p.start(binDir() + "/volnux-run", {"--no-store", "--json", project});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(summary["succeeded"].toInt(), kEvents + 1);
    QFile seenFile(seen);
    QVERIFY(seenFile.open(QIODevice::ReadOnly));
    QCOMPARE(seenFile.readAll().trimmed(), QByteArray::number(qulonglong(kSoftLimit)));
}

QTEST_GUILESS_MAIN(TestRunPrograms)
#include "tst_runprograms.moc"
