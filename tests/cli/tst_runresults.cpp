// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-run on projects that run: exit codes, the trace's lines, retries and their waits,
// summaries (text and JSON), --validate, --graph and the Chrome trace.

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
} // namespace

class TestRunResults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void succeedsWithExitZero();
    void traceRecordsRetriesAndBackoffs();
    void seedRepeatsJitteredWaits();
    void failedRunExitsOne();
    void evaluationOutcomesInTrace();
    void stopOnExceptionStopsTheRun();
    void jsonSummary();
    void validateAndGraph();
    void chromeTraceOpensAsJson();

private:
    QString writeProject(const QString &name, const QByteArray &json)
    {
        return volnux::test::writeProject(m_dir, name, json);
    }
    QTemporaryDir m_dir;
};

void TestRunResults::initTestCase()
{
    QVERIFY(QFile::exists(binDir() + "/volnux-run"));
    QVERIFY(m_dir.isValid());
}

void TestRunResults::succeedsWithExitZero()
{
    const QString project = writeProject("ok.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"ok","events":[{"name":"a","kind":"simulate","tasks":3,"params":{"value":"x"}}]})J");
    const Result r = runTool({project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("run succeeded"), qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression("a\\s+succeeded\\s+3\\s+0")));
}

void TestRunResults::traceRecordsRetriesAndBackoffs()
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
void TestRunResults::seedRepeatsJitteredWaits()
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

void TestRunResults::failedRunExitsOne()
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

void TestRunResults::evaluationOutcomesInTrace()
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

void TestRunResults::stopOnExceptionStopsTheRun()
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

void TestRunResults::jsonSummary()
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

void TestRunResults::validateAndGraph()
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

void TestRunResults::chromeTraceOpensAsJson()
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

QTEST_GUILESS_MAIN(TestRunResults)
#include "tst_runresults.moc"
