// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectFileTestSupport.h"
#include "core/engine/RunSpec.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectMigration.h"
#include "core/project/ProjectSnapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace volnux;

using volnux::test::fullProject;
using volnux::test::minimalFile;
using volnux::test::parsed;
using volnux::test::readAll;
using volnux::test::sourcePath;

class TestProjectFile : public QObject
{
    Q_OBJECT
private slots:
    void absentKeysTakeTheDefaults();
    void taskInputs_data();
    void taskInputs();
    void taskCountsAreNeverMaterialised();
    void tooManyTasksInAllIsRefused();
    void everyKeyIsRead();
    void indexOf();
    void roundTripIsByteIdentical();
    void deepButLegalNestingRoundTrips();
    void examplesLoadAndAreWrittenByUs_data();
    void examplesLoadAndAreWrittenByUs();
    void savedFileKeepsKeyOrder();
    void saveIsAtomic();
    void migratesVersion0();
    void newerVersionIsRefused();
    void snapshotKeepsAnInvalidProjectExactly();
    void snapshotRefusesWhatItDidNotWrite();
};

void TestProjectFile::absentKeysTakeTheDefaults()
{
    const Project p =
        parsed(minimalFile(R"({"name": "a", "kind": "sleep", "params": {"duration_ms": 5}})"));
    QCOMPARE(p.events.size(), 1);
    const EventDefinition &e = p.events[0];
    QVERIFY(!e.tasks && !e.inputs && !e.executor && !e.executor_config && !e.retry_policy &&
            !e.evaluation && !e.stop_on_exception);
    QVERIFY(!p.pipeline);

    const auto spec = ProjectFile::toRunSpec(p);
    QVERIFY2(spec.ok(), qPrintable(spec.errorString()));
    QCOMPARE(spec->events.size(), 1);
    const EventSpec &s = spec->events[0];
    QCOMPARE(s.name, "a");
    QCOMPARE(s.eventType, "sleep");
    QCOMPARE(s.params.value("duration_ms").toInt(), 5);
    QCOMPARE(s.inputs, QVariantList{0});
    QCOMPARE(s.options.executor, "DefaultExecutor");
    QCOMPARE(s.options.executor_config, ExecutorInitializerConfig{});
    QVERIFY(!s.options.retry_policy);
    QCOMPARE(s.options.maxAttempts(), 1);
    QCOMPARE(s.options.evaluation.state,
             EventExecutionEvaluationState::SUCCESS_ON_ALL_EVENTS_SUCCESS);
    QCOMPARE(s.options.stop_on_exception, false);
    QVERIFY(!spec->pipeline);

    // Params may be left out when the kind needs none; the name of the project too.
    const auto bare = ProjectFile::parse(
        R"({"format": "volnux-project", "version": 1, "events": [{"name": "s", "kind": "simulate"}]})");
    QVERIFY2(bare.ok(), qPrintable(bare.errorString()));
    QCOMPARE(bare->name, QString());
    QVERIFY(bare->events[0].params.isEmpty());
}

void TestProjectFile::taskInputs_data()
{
    QTest::addColumn<QByteArray>("keys");
    QTest::addColumn<QVariantList>("inputs");
    QTest::newRow("neither: one task, input 0") << QByteArray() << QVariantList{0};
    QTest::newRow("tasks 3") << QByteArray(R"(, "tasks": 3)") << QVariantList{0, 1, 2};
    QTest::newRow("tasks 0: no task") << QByteArray(R"(, "tasks": 0)") << QVariantList{};
    QTest::newRow("inputs") << QByteArray(R"(, "inputs": ["a", 2, null])")
                            << QVariantList{QStringLiteral("a"), 2, QVariant::fromValue(nullptr)};
    QTest::newRow("empty inputs") << QByteArray(R"(, "inputs": [])") << QVariantList{};
}

void TestProjectFile::taskInputs()
{
    QFETCH(QByteArray, keys);
    QFETCH(QVariantList, inputs);
    const Project p = parsed(minimalFile(R"({"name": "a", "kind": "simulate")" + keys + "}"));
    QCOMPARE(p.events.size(), 1);
    const QVariantList got = p.events[0].taskInputs().toList();
    QCOMPARE(got.size(), inputs.size());
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].isNull(), inputs[i].isNull());
        QCOMPARE(got[i].toString(), inputs[i].toString());
    }
}

// `events` simulate events of `tasks` tasks each: a 20 KB file asking for `events` × `tasks`.
QByteArray manyTasksFile(int events, int tasks)
{
    QByteArrayList list;
    for (int i = 0; i < events; ++i)
        list << QByteArray(R"({"name": "e)" + QByteArray::number(i) +
                           R"(", "kind": "simulate", "tasks": )" + QByteArray::number(tasks) + "}");
    return minimalFile(list.join(','));
}

// 100 events of a million tasks (the most a project may have): loading, validating and making
// the run spec hold a count per event, never a list of a hundred million inputs (which took
// gigabytes and most of a minute).
void TestProjectFile::taskCountsAreNeverMaterialised()
{
    QElapsedTimer timer;
    timer.start();
    const auto project = ProjectFile::parse(manyTasksFile(100, 1000000));
    QVERIFY2(project.ok(), qPrintable(project.errorString()));
    QCOMPARE(ProjectFile::validate(*project), QStringList());
    const auto spec = ProjectFile::toRunSpec(*project);
    QVERIFY2(spec.ok(), qPrintable(spec.errorString()));
    QCOMPARE(spec->events.size(), 100);
    for (const EventSpec &event : spec->events) {
        QVERIFY(event.inputs.isIndices());
        QCOMPARE(event.inputs.size(), 1000000);
    }
    const TaskInputs &inputs = spec->events[99].inputs;
    QCOMPARE(inputs.at(0), QVariant(0));
    QCOMPARE(inputs.at(999999), QVariant(999999));
    // A generous bound for a loaded machine: the work is a few hundred events' worth.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestProjectFile::tooManyTasksInAllIsRefused()
{
    const auto tasks = ProjectFile::parse(manyTasksFile(200, 1000000), "big.vxproj");
    QVERIFY(!tasks.ok());
    QCOMPARE(tasks.errors(),
             QStringList("big.vxproj: events[100].tasks: the project has 200000000 tasks in all, "
                         "more than the 100000000 a project may have (this event brings the "
                         "total past it)"));
    // Exactly at the limit is allowed; inputs, and an event with neither key, count too.
    Project p = *ProjectFile::parse(manyTasksFile(100, 1000000));
    p.events << p.events[1];
    p.events.last().name = "extra";
    p.events.last().tasks.reset();
    p.events.last().inputs = QVariantList{"a", "b"};
    QCOMPARE(ProjectFile::validate(p),
             QStringList("events[100].inputs: the project has 100000002 tasks in all, more than "
                         "the 100000000 a project may have (this event brings the total past "
                         "it)"));
    p.events.last().inputs.reset();
    QCOMPARE(ProjectFile::validate(p),
             QStringList("events[100]: the project has 100000001 tasks in all, more than the "
                         "100000000 a project may have (this event brings the total past it)"));
    p.events.removeLast();
    QCOMPARE(ProjectFile::validate(p), QStringList());
}

void TestProjectFile::everyKeyIsRead()
{
    const Project p = parsed(minimalFile(R"({
        "name": "fetch", "kind": "command",
        "params": {"program": "curl", "args": ["-fsS", "{input}"], "timeout_ms": 30000},
        "inputs": ["a.csv", "b.csv"],
        "executor": "ThreadPoolExecutor",
        "executor_config": {"max_workers": 2, "max_tasks_per_child": 10, "thread_name_prefix": "fetch_"},
        "retry_policy": {"max_attempts": 4, "backoff_factor": 0.5, "max_backoff": 10,
                         "retry_on_exceptions": ["ConnectionError", "ProcessError"],
                         "jitter": "equal"},
        "evaluation": "AT_LEAST_COUNT:1",
        "stop_on_exception": true,
        "timeout_ms": 250})"));
    QCOMPARE(p.events.size(), 1);
    const EventDefinition &e = p.events[0];
    QCOMPARE(e.params.value("args").toStringList(), (QStringList{"-fsS", "{input}"}));
    QCOMPARE(e.inputs->size(), 2);
    QCOMPARE(*e.executor, "ThreadPoolExecutor");
    QCOMPARE(*e.executor_config, (ExecutorInitializerConfig{2, 10, QStringLiteral("fetch_")}));
    RetryPolicy policy{
        4, 0.5, 10, {QStringLiteral("ConnectionError"), QStringLiteral("ProcessError")}};
    policy.jitter = BackoffJitter::Equal;
    QCOMPARE(*e.retry_policy, policy);
    QCOMPARE(*e.evaluation, (Evaluation{EventExecutionEvaluationState::AT_LEAST_COUNT, 1}));
    QCOMPARE(*e.stop_on_exception, true);
    QCOMPARE(e.timeout_ms, std::optional<int>(250));

    const auto spec = ProjectFile::toRunSpec(p);
    QVERIFY(spec.ok());
    QCOMPARE(spec->events[0].options.maxAttempts(), 4);
    QCOMPARE(spec->events[0].options.executor_config.thread_name_prefix, "fetch_");
    QCOMPARE(spec->events[0].inputs, (QVariantList{"a.csv", "b.csv"}));
    QCOMPARE(spec->events[0].options.timeout_ms, std::optional<int>(250));
}

void TestProjectFile::indexOf()
{
    const Project p = fullProject();
    QCOMPARE(p.indexOf("fetch"), 0);
    QCOMPARE(p.indexOf("sim.2-b"), 1);
    QCOMPARE(p.indexOf("nope"), -1);
}

void TestProjectFile::roundTripIsByteIdentical()
{
    const Project original = fullProject();
    QVERIFY2(ProjectFile::validate(original).isEmpty(),
             qPrintable(ProjectFile::validate(original).join('\n')));
    const QByteArray first = ProjectFile::serialize(original);
    const auto loaded = ProjectFile::parse(first);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(ProjectFile::serialize(*loaded), first);
    const auto again = ProjectFile::parse(ProjectFile::serialize(*loaded));
    QVERIFY(again.ok());
    QVERIFY(*again == *loaded);
    QCOMPARE(loaded->name, original.name);
    QCOMPARE(loaded->events[0].retry_policy, original.events[0].retry_policy);
    QCOMPARE(loaded->events[0].evaluation, original.events[0].evaluation);
    QCOMPARE(loaded->events[1].tasks, std::optional<int>(0));
    QCOMPARE(loaded->events[1].executor_config, std::optional(ExecutorInitializerConfig{}));
    QVERIFY(!loaded->events[1].retry_policy);
    QCOMPARE(loaded->pipeline, original.pipeline);
}

void TestProjectFile::deepButLegalNestingRoundTrips()
{
    const QByteArray value = QByteArray(1000, '[') + "{\"k\": 1}" + QByteArray(1000, ']');
    const auto project = ProjectFile::parse(
        minimalFile(R"({"name": "a", "kind": "simulate", "params": {"value": )" + value + "}}"));
    QVERIFY2(project.ok(), qPrintable(project.errorString()));
    const QByteArray saved = ProjectFile::serialize(*project);
    const auto again = ProjectFile::parse(saved);
    QVERIFY(again.ok());
    QVERIFY(*again == *project);
    QCOMPARE(ProjectFile::serialize(*again), saved);
}

void TestProjectFile::examplesLoadAndAreWrittenByUs_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = sourcePath("resources/examples");
    QVERIFY(!dir.isEmpty());
    QTest::newRow("nightly-build") << dir + "/nightly-build.vxproj";
    QTest::newRow("retry-showcase") << dir + "/retry-showcase.vxproj";
    QTest::newRow("pipeline-demo") << dir + "/pipeline-demo.vxproj";
}

void TestProjectFile::examplesLoadAndAreWrittenByUs()
{
    QFETCH(QString, path);
    const auto project = ProjectFile::load(path);
    QVERIFY2(project.ok(), qPrintable(project.errorString()));
    QVERIFY(project->events.size() >= 5);
    const auto spec = ProjectFile::toRunSpec(*project);
    QVERIFY2(spec.ok(), qPrintable(spec.errorString()));
    // The examples are in exactly the form we save, so saving them changes nothing.
    const QByteArray written = ProjectFile::serialize(*project);
    if (written != readAll(path)) {
        QFile out(QDir::temp().filePath(QFileInfo(path).fileName() + ".written"));
        if (out.open(QIODevice::WriteOnly))
            out.write(written);
        QFAIL(qPrintable("serialized form differs; see " + out.fileName()));
    }
}

void TestProjectFile::savedFileKeepsKeyOrder()
{
    const QByteArray text = ProjectFile::serialize(fullProject());
    auto order = [&](const QList<QByteArray> &keys) {
        qsizetype last = -1;
        for (const QByteArray &key : keys) {
            const qsizetype at = text.indexOf(QByteArray("\"" + key + "\":"));
            if (at <= last)
                return false;
            last = at;
        }
        return true;
    };
    QVERIFY(order({"format", "version", "name", "events"}));
    QVERIFY(text.lastIndexOf("\"pipeline\":") > text.lastIndexOf("\"stop_on_exception\""));
    QVERIFY(text.lastIndexOf("\"timeout_ms\": 60000") > text.indexOf("\"stop_on_exception\""));
    QVERIFY(order({"kind", "params", "program", "args", "env", "timeout_ms", "inputs", "executor",
                   "executor_config", "max_workers", "max_tasks_per_child", "thread_name_prefix",
                   "retry_policy", "max_attempts", "backoff_factor", "max_backoff",
                   "retry_on_exceptions", "evaluation", "stop_on_exception"}));
    QVERIFY(text.startsWith("{\n  \"format\": \"volnux-project\",\n  \"version\": 1,\n"));
    QVERIFY(text.contains("\n      \"params\": {\n        \"program\": \"curl\",\n"));
    QVERIFY(text.contains(R"("args": ["-fsS", "{input}"])"));
    QVERIFY(text.endsWith("}\n"));
}

void TestProjectFile::saveIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("p.vxproj");
    const auto saved = ProjectFile::save(fullProject(), path);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    const QByteArray good = readAll(path);
    QCOMPARE(good, ProjectFile::serialize(fullProject()));
    QVERIFY(*ProjectFile::load(path) == *ProjectFile::parse(good));

    Project bad = fullProject();
    bad.events[1].name = bad.events[0].name;
    const auto refused = ProjectFile::save(bad, path);
    QVERIFY(!refused.ok());
    QVERIFY2(
        refused.errorString().contains(path + ": events[1].name: duplicate event name \"fetch\""),
        qPrintable(refused.errorString()));
    QCOMPARE(readAll(path), good);

    const QString unwritable = dir.filePath("missing-dir/p.vxproj");
    const auto failed = ProjectFile::save(fullProject(), unwritable);
    QVERIFY(!failed.ok());
    QVERIFY(failed.errorString().startsWith(unwritable + ": cannot save: "));
    QVERIFY(!QFile::exists(unwritable));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"p.vxproj"});
}

void TestProjectFile::migratesVersion0()
{
    QCOMPARE(ProjectMigration::oldestVersion(), 0);
    const QByteArray v0 = R"({"format": "volnux-project", "version": 0, "name": "old",
        "jobs": [{"name": "a", "kind": "sleep", "params": {"duration_ms": 1}}]})";
    const auto project = ProjectFile::parse(v0);
    QVERIFY2(project.ok(), qPrintable(project.errorString()));
    QCOMPARE(project->events.size(), 1);
    QCOMPARE(project->events[0].name, "a");
    const QByteArray saved = ProjectFile::serialize(*project);
    QVERIFY(saved.contains("\"version\": 1,"));
    QVERIFY(saved.contains("\"events\": ["));
    QVERIFY(!saved.contains("jobs"));

    // "jobs" means nothing in version 1.
    QByteArray v1 = v0;
    v1.replace("\"version\": 0", "\"version\": 1");
    const auto refused = ProjectFile::parse(v1);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains("jobs: unknown key"));
    QVERIFY(refused.errorString().contains("events: missing"));
}

void TestProjectFile::newerVersionIsRefused()
{
    const auto result =
        ProjectFile::parse(R"({"format": "volnux-project", "version": 7, "events": []})");
    QVERIFY(!result.ok());
    QCOMPARE(result.errors(),
             QStringList{
                 "version: written by a newer Volnux Studio: version 7, this build reads up to 1"});
}

// Crash recovery keeps work mid-edit: every value the file format would refuse survives a snapshot.
void TestProjectFile::snapshotKeepsAnInvalidProjectExactly()
{
    Project project = fullProject();
    project.name = QStringLiteral("half edited");
    project.pipeline = QStringLiteral("a -> (");
    EventDefinition bad;
    bad.name = QStringLiteral("has a space");
    bad.kind = QStringLiteral("no-such-kind");
    bad.params = {{"nested", QVariantMap{{"list", QVariantList{1, "two", 3.5, QVariant()}}}}};
    bad.tasks = 3;
    bad.inputs = QVariantList{"x", 2};
    bad.executor_config = ExecutorInitializerConfig{0, std::nullopt, QString()};
    bad.retry_policy = RetryPolicy{0, -1, 0.5, {QStringLiteral("NoSuchError")}};
    bad.evaluation = Evaluation{EventExecutionEvaluationState::AT_LEAST_PERCENT, 150};
    bad.stop_on_exception = false;
    project.events << bad << bad; // and a duplicate name
    QVERIFY(ProjectFile::validate(project).size() >= 6);

    const std::optional<Project> restored = ProjectSnapshot::read(ProjectSnapshot::write(project));
    QVERIFY(restored);
    QVERIFY(*restored == project);
    QCOMPARE(ProjectFile::validate(*restored), ProjectFile::validate(project));
    // Present-but-empty and absent stay apart.
    QVERIFY(restored->events.last().executor_config->thread_name_prefix.has_value());
    QVERIFY(!restored->events.last().executor.has_value());
}

void TestProjectFile::snapshotRefusesWhatItDidNotWrite()
{
    const QByteArray good = ProjectSnapshot::write(fullProject());
    QVERIFY(ProjectSnapshot::read(good));
    QVERIFY(!ProjectSnapshot::read(QByteArray()));
    QVERIFY(!ProjectSnapshot::read(
        readAll(QFINDTESTDATA("../../resources/examples/nightly-build.vxproj"))));
    QVERIFY(!ProjectSnapshot::read(good.left(good.size() - 3))); // truncated
    QVERIFY(!ProjectSnapshot::read(good + QByteArray("x")));     // trailing bytes
    QByteArray otherVersion = good;
    otherVersion[7] = char(99); // the version follows the four-byte magic (big-endian)
    QVERIFY(!ProjectSnapshot::read(otherVersion));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
