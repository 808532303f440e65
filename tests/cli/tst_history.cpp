// SPDX-License-Identifier: GPL-3.0-or-later
// The run store through volnux-run: every run recorded, `history list|show|export|compare|
// delete|prune`, `--rerun-failed` keeping task identity, killed runs found, bad stores refused.

#include "tests/support/VolnuxRunTool.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace volnux::test;

namespace {

// 1,000 quick tasks of which 3 and 934 fail (twice each), then a small second event.
QByteArray failingProject(const QString &failTasks = QStringLiteral("[3, 934]"))
{
    return QStringLiteral(R"J({"format": "volnux-project", "version": 1, "name": "Failing",
  "events": [
    {"name": "work", "kind": "simulate", "tasks": 1000,
     "params": {"duration_ms": 0, "fail_with": "ValueError", "fail_tasks": %1},
     "executor": "ThreadPoolExecutor", "executor_config": {"max_workers": 2},
     "retry_policy": {"max_attempts": 2, "backoff_factor": 0.001}},
    {"name": "after", "kind": "simulate", "tasks": 3}
  ]})J")
        .arg(failTasks)
        .toUtf8();
}

QJsonDocument json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList sortedChromeEvents(const QByteArray &bytes)
{
    QStringList events;
    for (const QJsonValue &v : QJsonDocument::fromJson(bytes).object()["traceEvents"].toArray())
        events << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    events.sort();
    return events;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRunIsRecorded();
    void noStoreRecordsNothing();
    void defaultStoreIsInTheUsersDataFolder();
    void listNewestFirstWithFilters();
    void showIsTheEndOfRunSummary();
    void exportGivesWhatTheRunWrote();
    void compareTwoRuns();
    void rerunFailedKeepsTaskIdentity();
    void killedRunIsInterruptedWithItsRecords();
    void unusableStoresExitTwo();
    void unknownRunExitsTwo();
    void projectNamedHistoryStillRuns();
    void concurrentRunsBothComplete();
    void deleteAndPrune();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString store(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_failing;
};

void TestHistory::initTestCase()
{
    QVERIFY(QFile::exists(binDir() + QStringLiteral("/volnux-run")));
    QVERIFY(m_dir.isValid());
    m_failing = write(QStringLiteral("failing.vxproj"), failingProject());
}

QString TestHistory::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestHistory::everyRunIsRecorded()
{
    const QString s = store(QStringLiteral("recorded.sqlite"));
    const ToolResult text =
        runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, m_failing});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.endsWith(QStringLiteral("recorded as run 1 in %1\n").arg(s)),
             qPrintable(text.out));
    const ToolResult asJson =
        runTool({QStringLiteral("--json"), QStringLiteral("--store"), s, m_failing});
    QCOMPARE(asJson.exitCode, 1);
    QCOMPARE(json(asJson.out).object()["run_id"].toInt(), 2);
}

void TestHistory::noStoreRecordsNothing()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    const ToolResult r = runTool(
        {QStringLiteral("--json"), QStringLiteral("--no-store"), m_failing}, 30000, {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(json(r.out).object().contains(QStringLiteral("run_id")));
    QVERIFY(json(r.out).object()["run_id"].isNull());
    QVERIFY(QDir(home.path()).isEmpty());
}

void TestHistory::defaultStoreIsInTheUsersDataFolder()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    const ToolResult r = runTool({QStringLiteral("-q"), m_failing}, 30000, {}, env);
    const QString expected = home.filePath(QStringLiteral("volnux-studio/runs.sqlite"));
    QVERIFY2(r.out.contains(QStringLiteral("recorded as run 1 in %1").arg(expected)),
             qPrintable(r.out));
    QVERIFY(QFile::exists(expected));
    const ToolResult list =
        runTool({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")},
                30000, {}, env);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(json(list.out).array().size(), 1);
}

void TestHistory::listNewestFirstWithFilters()
{
    const QString s = store(QStringLiteral("list.sqlite"));
    const QString other =
        write(QStringLiteral("other.vxproj"), failingProject(QStringLiteral("[]")));
    QCOMPARE(runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, m_failing}).exitCode, 1);
    QCOMPARE(runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, other}).exitCode, 0);
    QCOMPARE(runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, m_failing}).exitCode, 1);

    const ToolResult r = runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                                  QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray runs = json(r.out).array();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[0].toObject()["id"].toInt(), 3);
    QCOMPARE(runs[2].toObject()["id"].toInt(), 1);
    const QJsonObject first = runs[2].toObject();
    const QStringList keys = first.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{"id", "project", "name", "started", "duration_s", "status", "tasks",
                            "failed", "attempts", "parent"}));
    QCOMPARE(first["project"].toString(), QFileInfo(m_failing).absoluteFilePath());
    QCOMPARE(first["name"].toString(), QStringLiteral("Failing"));
    QVERIFY(QDateTime::fromString(first["started"].toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(first["started"].toString().endsWith(QLatin1Char('Z')));
    QVERIFY(first["duration_s"].toDouble() > 0);
    QCOMPARE(first["status"].toString(), QStringLiteral("failed"));
    QCOMPARE(first["tasks"].toInt(), 1003);
    QCOMPARE(first["failed"].toInt(), 2);
    QCOMPARE(first["attempts"].toInt(), 1005);
    QVERIFY(first["parent"].isNull());
    QCOMPARE(runs[1].toObject()["status"].toString(), QStringLiteral("succeeded"));

    const ToolResult limited =
        runTool({QStringLiteral("history"), QStringLiteral("--store"), s, QStringLiteral("list"),
                 QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(json(limited.out).array().size(), 1);
    const ToolResult filtered =
        runTool({QStringLiteral("history"), QStringLiteral("--store"), s, QStringLiteral("list"),
                 QStringLiteral("--project"), other, QStringLiteral("--json")});
    QCOMPARE(json(filtered.out).array().size(), 1);
    QCOMPARE(json(filtered.out).array()[0].toObject()["id"].toInt(), 2);
    const ToolResult table =
        runTool({QStringLiteral("history"), QStringLiteral("--store"), s, QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(QLatin1Char('\n')), 4); // header and three runs
    QVERIFY(table.out.contains(QStringLiteral("Failing")));
}

void TestHistory::showIsTheEndOfRunSummary()
{
    const QString s = store(QStringLiteral("show.sqlite"));
    const ToolResult ran =
        runTool({QStringLiteral("--json"), QStringLiteral("--store"), s, m_failing});
    const ToolResult shown =
        runTool({QStringLiteral("history"), QStringLiteral("--store"), s, QStringLiteral("show"),
                 QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(json(shown.out), json(ran.out));
    QCOMPARE(json(shown.out).object()["run_id"].toInt(), 1);

    const ToolResult text =
        runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, m_failing});
    const ToolResult shownText = runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                                          QStringLiteral("show"), QStringLiteral("2")});
    QCOMPARE(shownText.exitCode, 0);
    const QString table = text.out.section(QStringLiteral("\nrun failed"), 0, 0);
    QVERIFY2(shownText.out.contains(table), qPrintable(shownText.out));
    QVERIFY(shownText.out.contains(QStringLiteral("run failed in")));
}

void TestHistory::exportGivesWhatTheRunWrote()
{
    const QString s = store(QStringLiteral("export.sqlite"));
    const QString trace = m_dir.filePath(QStringLiteral("run.jsonl"));
    const QString chrome = m_dir.filePath(QStringLiteral("run.json"));
    QCOMPARE(runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, QStringLiteral("--trace"),
                      trace, QStringLiteral("--chrome-trace"), chrome, m_failing})
                 .exitCode,
             1);
    const QStringList exportRun{
        QStringLiteral("history"), QStringLiteral("--store"), s,
        QStringLiteral("export"),  QStringLiteral("1"),       QStringLiteral("--format")};
    const ToolResult jsonl = runTool(exportRun + QStringList{QStringLiteral("jsonl")});
    QCOMPARE(jsonl.exitCode, 0);
    QCOMPARE(jsonl.out.toUtf8(), fileBytes(trace));

    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    QCOMPARE(
        runTool(exportRun + QStringList{QStringLiteral("chrome"), QStringLiteral("-o"), exported})
            .exitCode,
        0);
    QCOMPARE(sortedChromeEvents(fileBytes(exported)), sortedChromeEvents(fileBytes(chrome)));

    const ToolResult csv = runTool(exportRun + QStringList{QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList rows = csv.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(rows[0], QStringLiteral("event,task,attempt,start,end,outcome,error_type,error,thread,"
                                     "pid,next_delay,step,branch"));
    QList<QJsonObject> attempts;
    for (const QJsonObject &o : readTrace(trace)) {
        if (o["type"].toString() == QLatin1String("attempt"))
            attempts << o;
    }
    QCOMPARE(rows.size() - 1, attempts.size());
    const QJsonObject a = attempts.first();
    QVERIFY2(rows[1].startsWith(QStringLiteral("work,%1,1,").arg(a["task"].toInt())),
             qPrintable(rows[1]));
    QVERIFY(rows.filter(QStringLiteral(",error,ValueError,\"simulated failure (task 934")).size() ==
            2);

    QCOMPARE(
        runTool(exportRun + QStringList{QStringLiteral("csv"), QStringLiteral("-o"), s}).exitCode,
        2);
    // Nor the project the run ran, by any name (here a hard link), which stays as it was.
    const QByteArray project = fileBytes(m_failing);
    const QString link = m_dir.filePath(QStringLiteral("failing-link.csv"));
    const QString symlink = link + QStringLiteral(".sym");
    QVERIFY(QFile::link(m_failing, symlink)); // a symbolic link as well
    QCOMPARE(::link(QFile::encodeName(m_failing).constData(), QFile::encodeName(link).constData()),
             0);
    for (const QString &output : {link, symlink}) {
        const ToolResult refused =
            runTool(exportRun + QStringList{QStringLiteral("csv"), QStringLiteral("-o"), output});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("is the project file run 1 ran")),
                 qPrintable(refused.err));
    }
    QCOMPARE(fileBytes(m_failing), project);
    QCOMPARE(runTool(exportRun + QStringList{QStringLiteral("xml")}).exitCode, 2);
}

void TestHistory::compareTwoRuns()
{
    const QString s = store(QStringLiteral("compare.sqlite"));
    const QString fixed =
        write(QStringLiteral("fixed.vxproj"), failingProject(QStringLiteral("[3]")));
    runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, m_failing});
    runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, fixed});
    const ToolResult r =
        runTool({QStringLiteral("history"), QStringLiteral("--store"), s, QStringLiteral("compare"),
                 QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject c = json(r.out).object();
    QCOMPARE(c["a"].toInt(), 1);
    QCOMPARE(c["b"].toInt(), 2);
    const QJsonObject work = c["events"].toArray()[0].toObject();
    QCOMPARE(work["event"].toString(), QStringLiteral("work"));
    QCOMPARE(work["status_a"].toString(), QStringLiteral("failed"));
    QCOMPARE(work["failed_a"].toInt(), 2);
    QCOMPARE(work["failed_b"].toInt(), 1);
    QCOMPARE(work["succeeded_b"].toInt(), 999);
    QCOMPARE(work["attempts_a"].toInt(), 1002);
    QCOMPARE(work["attempts_b"].toInt(), 1001);
    QVERIFY(work["duration_a"].toDouble() > 0);
    const QJsonArray changed = c["changed_tasks"].toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].toObject(), (QJsonObject{{"event", "work"},
                                                 {"task", 934},
                                                 {"outcome_a", "failed"},
                                                 {"outcome_b", "succeeded"},
                                                 {"attempts_a", 2},
                                                 {"attempts_b", 1}}));
    const ToolResult text =
        runTool({QStringLiteral("history"), QStringLiteral("--store"), s, QStringLiteral("compare"),
                 QStringLiteral("1"), QStringLiteral("2")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(
                 QStringLiteral("work[934]  failed (2 attempts) -> succeeded (1 attempt)")),
             qPrintable(text.out));
}

void TestHistory::rerunFailedKeepsTaskIdentity()
{
    const QString s = store(QStringLiteral("rerun.sqlite"));
    QCOMPARE(runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, m_failing}).exitCode, 1);
    const QString trace = m_dir.filePath(QStringLiteral("rerun.jsonl"));
    const ToolResult rerun =
        runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, QStringLiteral("--trace"),
                 trace, QStringLiteral("--rerun-failed"), QStringLiteral("1")});
    QCOMPARE(rerun.exitCode, 1); // tasks 3 and 934 fail again: judged by their own index
    QVERIFY(rerun.out.contains(QStringLiteral("recorded as run 2")));
    QSet<int> tasks;
    for (const QJsonObject &o : readTrace(trace)) {
        if (o["type"].toString() == QLatin1String("task")) {
            tasks << o["task"].toInt();
            QCOMPARE(o["status"].toString(), QStringLiteral("failed"));
            QCOMPARE(o["event"].toString(), QStringLiteral("work"));
        }
    }
    QCOMPARE(tasks, (QSet<int>{3, 934}));
    const ToolResult list = runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                                     QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject newest = json(list.out).array()[0].toObject();
    QCOMPARE(newest["parent"].toInt(), 1);
    QCOMPARE(newest["tasks"].toInt(), 2);
    QCOMPARE(newest["project"].toString(), QFileInfo(m_failing).absoluteFilePath());
    // A rerun of the rerun still names the same tasks.
    const ToolResult again = runTool({QStringLiteral("--json"), QStringLiteral("--store"), s,
                                      QStringLiteral("--rerun-failed"), QStringLiteral("2")});
    QCOMPARE(json(again.out).object()["failed"].toInt(), 2);

    const QString ok = write(QStringLiteral("ok.vxproj"), failingProject(QStringLiteral("[]")));
    QCOMPARE(runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, ok}).exitCode, 0);
    const ToolResult nothing = runTool(
        {QStringLiteral("--store"), s, QStringLiteral("--rerun-failed"), QStringLiteral("4")});
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY(nothing.out.contains(QStringLiteral("nothing to rerun")));
}

void TestHistory::killedRunIsInterruptedWithItsRecords()
{
    const QString s = store(QStringLiteral("killed.sqlite"));
    const QString slow = write(QStringLiteral("slow.vxproj"), R"J({"format": "volnux-project",
      "version": 1, "name": "Slow", "events": [{"name": "tick", "kind": "simulate", "tasks": 400,
      "params": {"duration_ms": 20}}]})J");
    const QString trace = m_dir.filePath(QStringLiteral("killed.jsonl"));
    QProcess p;
    p.start(binDir() + QStringLiteral("/volnux-run"),
            {QStringLiteral("-q"), QStringLiteral("--store"), s, QStringLiteral("--trace"), trace,
             slow});
    QVERIFY(p.waitForStarted());
    int seen = 0;
    for (int i = 0; i < 200 && seen < 10; ++i) {
        QThread::msleep(25);
        const ToolResult list = runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                                         QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray runs = json(list.out).array();
        if (!runs.isEmpty()) {
            QCOMPARE(runs[0].toObject()["status"].toString(), QStringLiteral("running"));
            seen = runs[0].toObject()["attempts"].toInt();
        }
    }
    QVERIFY2(seen >= 10, "the run's attempts never reached the store");
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished());

    const ToolResult list = runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                                     QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject run = json(list.out).array()[0].toObject();
    QCOMPARE(run["status"].toString(), QStringLiteral("interrupted"));
    QVERIFY(run["attempts"].toInt() >= seen);
    QVERIFY(run["attempts"].toInt() < 400);
    const ToolResult exported =
        runTool({QStringLiteral("history"), QStringLiteral("--store"), s, QStringLiteral("export"),
                 QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(exported.exitCode, 0);
    // `attempts` counts attempts started: the one running when it was read had not ended.
    QVERIFY(exported.out.count(QStringLiteral("\"type\":\"attempt\"")) >= seen - 1);
    const ToolResult shown = runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                                      QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(shown.out.contains(QStringLiteral("run interrupted in")), qPrintable(shown.out));
    // The --trace file was flushed at every drain: what the store had, the trace has, in whole
    // lines.
    const QList<QByteArray> lines = fileBytes(trace).split('\n');
    QCOMPARE(lines.last(), QByteArray()); // ends with a whole line
    int attemptLines = 0;
    for (const QByteArray &line : lines.mid(0, lines.size() - 1)) {
        QJsonParseError error{};
        const QJsonDocument record = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        attemptLines += record.object()["type"].toString() == QLatin1String("attempt");
    }
    QVERIFY2(attemptLines >= seen - 1, qPrintable(QString::number(attemptLines)));
}

void TestHistory::unusableStoresExitTwo()
{
    const QString garbage = write(QStringLiteral("garbage.sqlite"), QByteArray(4096, 'g'));
    const QString trace = m_dir.filePath(QStringLiteral("never.jsonl"));
    const ToolResult r =
        runTool({QStringLiteral("--store"), garbage, QStringLiteral("--trace"), trace, m_failing});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(garbage) && r.err.contains(QStringLiteral("not a SQLite database")),
             qPrintable(r.err));
    QCOMPARE(fileBytes(garbage), QByteArray(4096, 'g'));
    QVERIFY(!QFile::exists(trace)); // nothing ran
    const ToolResult list = runTool(
        {QStringLiteral("history"), QStringLiteral("--store"), garbage, QStringLiteral("list")});
    QCOMPARE(list.exitCode, 2);
    QVERIFY(list.err.contains(garbage));
    const ToolResult folder = runTool({QStringLiteral("--store"), m_dir.path(), m_failing});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.err.contains(QStringLiteral("not a regular file")), qPrintable(folder.err));
}

void TestHistory::unknownRunExitsTwo()
{
    const QString s = store(QStringLiteral("unknown.sqlite"));
    runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, m_failing});
    for (const QString &command : {QStringLiteral("show"), QStringLiteral("delete")}) {
        const ToolResult r = runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                                      command, QStringLiteral("999")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no run 999")), qPrintable(r.err));
    }
    const ToolResult rerun = runTool(
        {QStringLiteral("--store"), s, QStringLiteral("--rerun-failed"), QStringLiteral("999")});
    QCOMPARE(rerun.exitCode, 2);
    const ToolResult missing = runTool({QStringLiteral("history"), QStringLiteral("--store"),
                                        store(QStringLiteral("none.sqlite")),
                                        QStringLiteral("show"), QStringLiteral("1")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(store(QStringLiteral("none.sqlite"))));
}

void TestHistory::projectNamedHistoryStillRuns()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("history")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(failingProject(QStringLiteral("[]")));
    file.close();
    const ToolResult r =
        runTool({QStringLiteral("./history"), QStringLiteral("--no-store")}, 30000, dir.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("run succeeded")));
}

void TestHistory::concurrentRunsBothComplete()
{
    const QString s = store(QStringLiteral("concurrent.sqlite"));
    const QString project = write(QStringLiteral("many.vxproj"), R"J({"format": "volnux-project",
      "version": 1, "name": "Many", "events": [{"name": "n", "kind": "simulate", "tasks": 3000,
      "params": {"duration_ms": 0}, "executor": "ThreadPoolExecutor",
      "executor_config": {"max_workers": 2}}]})J");
    QProcess a;
    QProcess b;
    for (QProcess *p : {&a, &b})
        p->start(binDir() + QStringLiteral("/volnux-run"),
                 {QStringLiteral("-q"), QStringLiteral("--store"), s, project});
    for (QProcess *p : {&a, &b}) {
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
    }
    const ToolResult list = runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                                     QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray runs = json(list.out).array();
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &run : runs) {
        QCOMPARE(run.toObject()["status"].toString(), QStringLiteral("succeeded"));
        QCOMPARE(run.toObject()["attempts"].toInt(), 3000);
        const ToolResult exported =
            runTool({QStringLiteral("history"), QStringLiteral("--store"), s,
                     QStringLiteral("export"), QString::number(run.toObject()["id"].toInt()),
                     QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(exported.out.count(QLatin1Char('\n')), 3001);
    }
}

void TestHistory::deleteAndPrune()
{
    const QString s = store(QStringLiteral("prune.sqlite"));
    for (int i = 0; i < 4; ++i)
        runTool({QStringLiteral("-q"), QStringLiteral("--store"), s, m_failing});
    const QStringList history{QStringLiteral("history"), QStringLiteral("--store"), s};
    const ToolResult removed = runTool(
        history + QStringList{QStringLiteral("delete"), QStringLiteral("2"), QStringLiteral("3")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, QStringLiteral("deleted 2 runs\n"));
    const ToolResult pruned =
        runTool(history + QStringList{QStringLiteral("prune"), QStringLiteral("--keep"),
                                      QStringLiteral("1")});
    QCOMPARE(pruned.exitCode, 0);
    QCOMPARE(pruned.out, QStringLiteral("deleted 1 run, kept the newest 1\n"));
    const ToolResult list =
        runTool(history + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json(list.out).array().size(), 1);
    QCOMPARE(json(list.out).array()[0].toObject()["id"].toInt(), 4);
}

void TestHistory::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString s = store(QStringLiteral("usage.sqlite"));
    QTest::newRow("no command") << QStringList{QStringLiteral("history")}
                                << QStringLiteral("which command");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("history"), QStringLiteral("frobnicate")}
        << QStringLiteral("unknown command");
    QTest::newRow("list with an id")
        << QStringList{QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("5")}
        << QStringLiteral("list takes no run id");
    QTest::newRow("bad id") << QStringList{QStringLiteral("history"), QStringLiteral("show"),
                                           QStringLiteral("abc")}
                            << QStringLiteral("a run id is a whole number");
    QTest::newRow("format elsewhere")
        << QStringList{QStringLiteral("history"), QStringLiteral("list"),
                       QStringLiteral("--format"), QStringLiteral("csv")}
        << QStringLiteral("--format does not apply to list");
    QTest::newRow("prune without keep")
        << QStringList{QStringLiteral("history"), QStringLiteral("prune")}
        << QStringLiteral("prune needs --keep");
    QTest::newRow("store and no-store")
        << QStringList{QStringLiteral("--store"), s, QStringLiteral("--no-store"), m_failing}
        << QStringLiteral("cannot be combined");
    QTest::newRow("rerun with a project")
        << QStringList{QStringLiteral("--rerun-failed"), QStringLiteral("1"), m_failing}
        << QStringLiteral("give no project file");
    QTest::newRow("rerun without store")
        << QStringList{QStringLiteral("--rerun-failed"), QStringLiteral("1"),
                       QStringLiteral("--no-store")}
        << QStringLiteral("cannot be combined with --no-store");
    QTest::newRow("trace is the store")
        << QStringList{QStringLiteral("--store"), m_failing + QStringLiteral(".sqlite"),
                       QStringLiteral("--trace"), m_failing + QStringLiteral(".sqlite"), m_failing}
        << QStringLiteral("is the run store");
}

void TestHistory::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ToolResult r = runTool(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
