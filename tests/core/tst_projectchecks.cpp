// SPDX-License-Identifier: GPL-3.0-or-later
// What a project's values are checked against, at load and in memory (the designer's way): the
// event timeout, every problem at once and named with the file, the kinds' parameters, relative
// paths, and the error types a retry policy lists. Reading and writing files is tst_projectfile.

#include "ProjectFileTestSupport.h"
#include "core/engine/RunSpec.h"
#include "core/kinds/KindSpec.h"
#include "core/project/ProjectFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace volnux;

using volnux::test::fullProject;
using volnux::test::minimalFile;
using volnux::test::parsed;

class TestProjectChecks : public QObject
{
    Q_OBJECT
private slots:
    void timeoutMsIsValidated_data();
    void timeoutMsIsValidated();
    void timeoutMsInStructOptionsIsChecked();
    void reportsEveryProblemAtOnce();
    void messagesNameTheFile();
    void validateInMemory_data();
    void validateInMemory();
    void kindTableDefaultsAreValid();
    void relativePathsAreTheProjectFolders();
    void unknownRetryTypesWarnOnlyWithAPlugin();
    void everyRetryTypeProblemIsReportedAtOnce();
};

void TestProjectChecks::timeoutMsIsValidated_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("problem"); // empty: loads
    const QString mustBe = QStringLiteral(
        "events[0].timeout_ms: must be an integer from 1 to 2147483647 (milliseconds), or null "
        "for no limit, got ");
    QTest::newRow("1") << QByteArray("1") << QString();
    QTest::newRow("largest") << QByteArray("2147483647") << QString();
    QTest::newRow("null is EMPTY") << QByteArray("null") << QString();
    QTest::newRow("0") << QByteArray("0") << mustBe + "0";
    QTest::newRow("negative") << QByteArray("-5") << mustBe + "-5";
    QTest::newRow("fraction") << QByteArray("2.5") << mustBe + "2.5";
    QTest::newRow("too large") << QByteArray("2147483648") << mustBe + "2147483648";
    QTest::newRow("string") << QByteArray("\"100\"") << mustBe + "\"100\"";
    QTest::newRow("boolean") << QByteArray("true") << mustBe + "true";
}

void TestProjectChecks::timeoutMsIsValidated()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, problem);
    const auto result = ProjectFile::parse(
        minimalFile(R"({"name": "a", "kind": "sleep", "params": {"duration_ms": 5},
                       "timeout_ms": )" +
                    value + "}"));
    if (problem.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(result->events[0].timeout_ms.has_value(), value != "null");
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.errors(), QStringList{problem});
}

// Set in C++ rather than read from a file, a limit below 1 fails the event before it runs.
void TestProjectChecks::timeoutMsInStructOptionsIsChecked()
{
    EventOptions options;
    options.timeout_ms = 0;
    QCOMPARE(options.validate(),
             QStringList{"timeout_ms: must be an integer >= 1 (milliseconds), got 0"});
    options.timeout_ms = 1;
    QVERIFY(options.validate().isEmpty());
}

void TestProjectChecks::reportsEveryProblemAtOnce()
{
    const auto result = ProjectFile::parse(R"({"format": "volnux-project", "version": 1, "extra": 1,
        "events": [
          {"name": "a", "kind": "sleep", "params": {"duration_ms": -1}, "tasks": 2, "inputs": []},
          {"name": "b", "kind": "command", "params": {}, "executor": "X",
           "retry_policy": {"max_attempts": 0, "backoff_factor": "slow"}},
          {"name": "a", "kind": "compute", "params": {"duration_ms": 1}, "evaluation": "MAJORITY:2"}
        ], "pipeline": 3})");
    QVERIFY(!result.ok());
    const QStringList expected{
        "extra: unknown key",
        "pipeline: must be a string",
        "events[0].params.duration_ms: must be an integer >= 0",
        "events[0]: give either \"tasks\" or \"inputs\", not both",
        "events[1].params.program: missing",
        "events[1].executor: unknown executor \"X\"",
        "events[1].retry_policy.max_attempts: must be an integer >= 1 and <= 1000000, got 0",
        "events[1].retry_policy.backoff_factor: must be a number of seconds >= 0 and <= 31536000 "
        "(a year), got \"slow\"",
        "events[2].evaluation: MAJORITY takes no argument",
        "events[2].name: duplicate event name \"a\"; events[0] already has it",
    };
    for (const QString &message : expected)
        QVERIFY2(result.errorString().contains(message), qPrintable(result.errorString()));
    QCOMPARE(result.errors().size(), expected.size());
}

void TestProjectChecks::messagesNameTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.vxproj");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"volnux-project\",\n  \"version\": 1,\n  \"events\": [\n    "
               "{\"name\": }\n  ]\n}\n");
    file.close();
    const auto result = ProjectFile::load(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors().size(), 1);
    QVERIFY2(
        result.errors()[0].startsWith(path + ": line 5, column 15 (byte 76): JSON syntax error: "),
        qPrintable(result.errors()[0]));

    const auto missing = ProjectFile::load(dir.filePath("none.vxproj"));
    QVERIFY(missing.errorString().startsWith(dir.filePath("none.vxproj") + ": cannot open: "));
}

void TestProjectChecks::validateInMemory_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << 0 << QString();
    QTest::newRow("max_attempts 0")
        << 1
        << "events[1].retry_policy.max_attempts: must be an integer >= 1 and <= 1000000, got 0";
    QTest::newRow("empty name") << 2 << "events[0].name: must be a name of 1 to 100 characters";
    QTest::newRow("tasks and inputs")
        << 3 << "events[0]: give either \"tasks\" or \"inputs\", not both";
    QTest::newRow("unknown kind") << 4 << "events[1].kind: unknown kind \"shell\"";
    QTest::newRow("bad param")
        << 5 << "events[0].params.timeout_ms: must be an integer >= 1 and <= 604800000, got -2";
    QTest::newRow("negative tasks")
        << 6 << "events[1].tasks: must be an integer >= 0 and <= 1000000, got -4";
    QTest::newRow("bad workers")
        << 7 << "events[0].executor_config.max_workers: must be an integer >= 1 and <= 4096, got 0";
    QTest::newRow("bad executor") << 8 << "events[0].executor: unknown executor \"Threads\"";
}

void TestProjectChecks::validateInMemory()
{
    QFETCH(int, mutation);
    QFETCH(QString, message);
    Project p = fullProject();
    switch (mutation) {
    case 1:
        p.events[1].retry_policy = RetryPolicy{0, 0.1, 1, {}};
        break;
    case 2:
        p.events[0].name.clear();
        break;
    case 3:
        p.events[0].tasks = 1;
        break;
    case 4:
        p.events[1].kind = QStringLiteral("shell");
        break;
    case 5:
        p.events[0].params.insert(QStringLiteral("timeout_ms"), -2);
        break;
    case 6:
        p.events[1].tasks = -4;
        break;
    case 7:
        p.events[0].executor_config->max_workers = 0;
        break;
    case 8:
        p.events[0].executor = QStringLiteral("Threads");
        break;
    default:
        break;
    }
    const QStringList problems = ProjectFile::validate(p);
    if (message.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].startsWith(message), qPrintable(problems[0]));
    QVERIFY(!ProjectFile::toRunSpec(p).ok());
}

void TestProjectChecks::kindTableDefaultsAreValid()
{
    QCOMPARE(KindSpec::names(), (QStringList{"command", "sleep", "compute", "simulate", "plugin"}));
    QCOMPARE(KindSpec::find("simulate")->paramNames(),
             (QStringList{"duration_ms", "value", "fail_with", "fail_tasks", "fail_attempts",
                          "fail_rate", "seed", "descriptor"}));
    for (const KindSpec &kind : KindSpec::all()) {
        QVERIFY(!kind.helpText().isEmpty());
        for (const ParamSpec &p : kind.params) {
            QVERIFY2(!p.helpText().isEmpty(), qPrintable(p.name));
            if (p.defaultValue.isValid())
                QVERIFY2(p.validate(p.defaultValue, p.name).isEmpty(), qPrintable(p.name));
        }
    }
    QCOMPARE(KindSpec::validateParams("plugin", {}, "e.params"),
             (QStringList{"e.params.library: missing; the plugin kind requires it (a string)",
                          "e.params.event: missing; the plugin kind requires it (a string)"}));
    QVERIFY(KindSpec::validateParams("simulate", {{"fail_attempts", "all"},
                                                  {"fail_with", "return"},
                                                  {"value", QVariantMap{{"x", 1}}}})
                .isEmpty());
    QVERIFY(
        KindSpec::validateParams("simulate", {{"fail_attempts", 3}, {"fail_with", "MyOwnError"}})
            .isEmpty());
}

// Relative paths are made absolute against the project file's folder; without a file they are
// refused rather than taken against the working directory.
void TestProjectChecks::relativePathsAreTheProjectFolders()
{
    const Project p = parsed(minimalFile(
        R"({"name": "a", "kind": "command", "params": {"program": "./x.sh", "cwd": "sub"}},
           {"name": "b", "kind": "command", "params": {"program": "bin/y"}},
           {"name": "c", "kind": "command", "params": {"program": "make", "cwd": "/abs"}},
           {"name": "d", "kind": "plugin", "params": {"library": "lib/p.so", "event": "e"}},
           {"name": "e", "kind": "plugin", "params": {"library": "libbare.so", "event": "e"}})"));
    QCOMPARE(p.events.size(), 5);
    const Result<RunSpec> spec = ProjectFile::toRunSpec(p, QStringLiteral("/proj/dir/p.vxproj"));
    QVERIFY2(spec.ok(), qPrintable(spec.errorString()));
    auto param = [&](int event, const char *key) {
        return spec->events.at(event).params.value(QString::fromLatin1(key)).toString();
    };
    QCOMPARE(param(0, "cwd"), QStringLiteral("/proj/dir/sub"));
    QCOMPARE(param(0, "program"), QStringLiteral("/proj/dir/sub/x.sh"));
    QCOMPARE(param(1, "program"), QStringLiteral("/proj/dir/bin/y"));
    QCOMPARE(param(2, "program"), QStringLiteral("make"));
    QCOMPARE(param(2, "cwd"), QStringLiteral("/abs"));
    QCOMPARE(param(3, "library"), QStringLiteral("/proj/dir/lib/p.so"));
    QCOMPARE(param(4, "library"), QStringLiteral("libbare.so"));

    const Result<RunSpec> unsaved = ProjectFile::toRunSpec(p);
    QVERIFY(!unsaved.ok());
    QCOMPARE(unsaved.errors().size(), 3);
    QCOMPARE(unsaved.errors().first(),
             QStringLiteral("events[0].params.cwd: the relative path \"sub\" needs a saved "
                            "project; it is taken relative to the project file's folder"));
}

// A project that loads a plugin may list the plugin's own error types, unknown until it is
// loaded: a warning, where the same list in a project without a plugin is an error.
void TestProjectChecks::unknownRetryTypesWarnOnlyWithAPlugin()
{
    const QByteArray event =
        R"({"name": "a", "kind": "sleep", "params": {"duration_ms": 1},
            "retry_policy": {"retry_on_exceptions": ["QuotaExceeded"]}})";
    const Result<Project> plain = ProjectFile::parse(minimalFile(event));
    QVERIFY(!plain.ok());
    QVERIFY2(plain.errorString().startsWith("events[0].retry_policy.retry_on_exceptions[0]: "
                                            "unknown error type \"QuotaExceeded\""),
             qPrintable(plain.errorString()));
    const Result<Project> withPlugin = ProjectFile::parse(
        minimalFile(event + R"(, {"name": "p", "kind": "plugin", "params": {"library": "/x/libp.so",
                      "event": "e"}})"));
    QVERIFY2(withPlugin.ok(), qPrintable(withPlugin.errorString()));
    QCOMPARE(ProjectFile::warnings(*withPlugin),
             QStringList{"events[0].retry_policy.retry_on_exceptions[0]: unknown error type "
                         "\"QuotaExceeded\" (a plugin this project loads may declare it; if none "
                         "does, it retries nothing)"});
    QVERIFY(ProjectFile::warnings(fullProject()).isEmpty());
}

// A miscased type is a problem of the policy itself, an unknown one of the project; a list with
// both gets both at once, not the second only after the first is fixed.
void TestProjectChecks::everyRetryTypeProblemIsReportedAtOnce()
{
    const Result<Project> p = ProjectFile::parse(minimalFile(
        R"({"name": "a", "kind": "sleep", "params": {"duration_ms": 1}, "retry_policy":
            {"retry_on_exceptions": ["ConectionError", "CancelledError", "timeouterror"]}})"));
    QVERIFY(!p.ok());
    QStringList errors = p.errors();
    errors.sort();
    const QString at = "events[0].retry_policy.retry_on_exceptions";
    QCOMPARE(errors, (QStringList{at + "[0]: unknown error type \"ConectionError\"; did you mean "
                                       "\"ConnectionError\"?",
                                  at + "[1]: CancelledError is never retried: a cancelled task is "
                                       "not run again, whatever this list says",
                                  at + "[2]: unknown error type \"timeouterror\"; did you mean "
                                       "\"TimeoutError\"? (names are case-sensitive)"}));
}

QTEST_GUILESS_MAIN(TestProjectChecks)
#include "tst_projectchecks.moc"
