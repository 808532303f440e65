// SPDX-License-Identifier: GPL-3.0-or-later
// Pipelines as the engine runs them: sequence, branches, sinks, parallel steps, * N, |->, goto.

#include "EngineTestSupport.h"

#include "core/errors/ErrorTypes.h"
#include "core/kinds/BuiltinKinds.h"
#include "core/project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace volnux;
using namespace volnux::test;

namespace {
// Events are all `simulate` unless given; `params` per event name.
RunSpec build(const QString &pipeline, const QMap<QString, QString> &events)
{
    QByteArray json = R"({"format":"volnux-project","version":1,"name":"t","events":[)";
    bool first = true;
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        json +=
            (first ? "" : ",") +
            QStringLiteral(R"({"name":"%1","kind":"simulate",%2})")
                .arg(it.key(), it.value().isEmpty() ? QStringLiteral(R"("tasks":1)") : it.value())
                .toUtf8();
        first = false;
    }
    json += R"(],"pipeline":)" +
            QJsonDocument(QJsonArray{pipeline}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
            "}";
    const auto project = ProjectFile::parse(json);
    if (!project) {
        qWarning("%s", qPrintable(project.errorString()));
        return {};
    }
    return *ProjectFile::toRunSpec(*project);
}

QStringList ran(const RunRecords &records)
{
    QStringList names;
    for (const RunRecord &r : select(records, RecordType::EventStarted))
        names << r.eventName;
    return names;
}

EventStatus statusOf(const RunRecords &records, const QString &event)
{
    for (const RunRecord &r : select(records, RecordType::EventFinished)) {
        if (r.eventName == event)
            return r.eventStatus;
    }
    return EventStatus::Pending;
}

const QString fails = QStringLiteral(R"("params":{"fail_with":"return"})");
const QString throws = QStringLiteral(R"("params":{"fail_with":"ValueError"})");
} // namespace

class TestPipelineRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { registerBuiltinKinds(); }
    void sequenceContinuesAfterFailure();
    void branchesFollowTheOutcome_data();
    void branchesFollowTheOutcome();
    void failureWithoutItsBranchFailsTheRun();
    void sinkAfterBranchRuns();
    void parallelStepRunsConcurrently();
    void parallelOutcomeUsesLastEventsEvaluation();
    void starNRetries();
    void pipeResultsPassesValues();
    void valuesNobodyReadsAreDropped();
    void eventChoosesDescriptor();
    void stopOnExceptionInsideParallelStep();
    void longChainRuns();
};

void TestPipelineRun::sequenceContinuesAfterFailure()
{
    const RunRecords records = runToCompletion(
        build("a -> b -> c", {{"a", fails}, {"b", ""}, {"c", ""}}), Clock::fastForward());
    QCOMPARE(ran(records), (QStringList{"a", "b", "c"}));
    QCOMPARE(statusOf(records, "a"), EventStatus::Failed);
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

void TestPipelineRun::branchesFollowTheOutcome_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("taken");
    QTest::newRow("success takes 1") << ""
                                     << "s";
    QTest::newRow("returned failure takes 0") << fails << "f";
    QTest::newRow("exception takes 0") << throws << "f";
}

void TestPipelineRun::branchesFollowTheOutcome()
{
    QFETCH(QString, first);
    QFETCH(QString, taken);
    const RunRecords records = runToCompletion(
        build("a (0 -> f, 1 -> s)", {{"a", first}, {"f", ""}, {"s", ""}}), Clock::fastForward());
    QCOMPARE(ran(records), (QStringList{"a", taken}));
    const QString other = taken == "s" ? "f" : "s";
    QCOMPARE(statusOf(records, other), EventStatus::Skipped);
    // A failure handled by a branch does not fail the run.
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Succeeded);
    const RunRecord branchStart = select(records, RecordType::EventStarted).back();
    QCOMPARE(branchStart.branch, taken == "s" ? QString("1") : QString("0"));
}

// A branch group handles a failure only when it has a branch for it: with none for 0, the
// pipeline goes on past the group (its "other" edge) and the run fails, as after `a -> d`.
void TestPipelineRun::failureWithoutItsBranchFailsTheRun()
{
    const RunRecords records = runToCompletion(
        build("a (1 -> s, 2 -> t) -> d", {{"a", throws}, {"s", ""}, {"t", ""}, {"d", ""}}),
        Clock::fastForward());
    QCOMPARE(ran(records), (QStringList{"a", "d"}));
    QCOMPARE(statusOf(records, "a"), EventStatus::Failed);
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

void TestPipelineRun::sinkAfterBranchRuns()
{
    for (const QString &first : {QString(), fails}) {
        const RunRecords records =
            runToCompletion(build("a (0 -> f -> g, 1 -> s) -> d",
                                  {{"a", first}, {"f", ""}, {"g", ""}, {"s", ""}, {"d", ""}}),
                            Clock::fastForward());
        QCOMPARE(ran(records).last(), QString("d"));
        QCOMPARE(ran(records), first.isEmpty() ? (QStringList{"a", "s", "d"})
                                               : (QStringList{"a", "f", "g", "d"}));
    }
}

void TestPipelineRun::parallelStepRunsConcurrently()
{
    const QString slow = R"("params":{"duration_ms":100})";
    const RunRecords records = runToCompletion(
        build("a || b || c -> d", {{"a", slow}, {"b", slow}, {"c", slow}, {"d", ""}}));
    const RunRecords attempts = select(records, RecordType::AttemptFinished);
    QCOMPARE(attempts.size(), size_t(4));
    // The three attempts of the step overlap in time.
    double latestStart = 0;
    double earliestEnd = 1e9;
    for (int i = 0; i < 3; ++i) {
        latestStart = std::max(latestStart, attempts[i].start);
        earliestEnd = std::min(earliestEnd, attempts[i].end);
    }
    QVERIFY2(latestStart < earliestEnd, "the parallel step ran its events one after another");
    QCOMPARE(ran(records).last(), QString("d"));
    QCOMPARE(select(records, RecordType::AttemptStarted).back().start >= earliestEnd, true);
}

void TestPipelineRun::parallelOutcomeUsesLastEventsEvaluation()
{
    // 1 of 3 tasks fails; the last event's state (partial success) decides the branch.
    const RunRecords lenient =
        runToCompletion(build("a || b (0 -> f, 1 -> s)",
                              {{"a", fails},
                               {"b", R"("tasks":2,"evaluation":"SUCCESS_FOR_PARTIAL_SUCCESS")"},
                               {"f", ""},
                               {"s", ""}}),
                        Clock::fastForward());
    QCOMPARE(ran(lenient).last(), QString("s"));
    const RunRecords strict =
        runToCompletion(build("a || b (0 -> f, 1 -> s)",
                              {{"a", fails}, {"b", R"("tasks":2)"}, {"f", ""}, {"s", ""}}),
                        Clock::fastForward());
    QCOMPARE(ran(strict).last(), QString("f"));
}

void TestPipelineRun::starNRetries()
{
    const QString twice = R"("params":{"fail_with":"RuntimeError","fail_attempts":2})";
    RunRecords records = runToCompletion(build("a * 3", {{"a", twice}}), Clock::fastForward());
    QCOMPARE(select(records, RecordType::AttemptStarted).size(), size_t(3));
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Succeeded);
    QCOMPARE(select(records, RecordType::AttemptStarted).front().maxAttempts, 3);
    records = runToCompletion(build("2 * a", {{"a", twice}}), Clock::fastForward());
    QCOMPARE(select(records, RecordType::AttemptStarted).size(), size_t(2));
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Failed);
}

void TestPipelineRun::pipeResultsPassesValues()
{
    EventRegistry::instance().registerFunction(
        "echo_previous", [](TaskContext &ctx) { return TaskResult::ok(ctx.previousResults()); });
    RunSpec spec =
        build("a |-> b -> c",
              {{"a", R"("inputs":["x","y"],"params":{"value":"v"})"}, {"b", ""}, {"c", ""}});
    spec.events[1].eventType = "echo_previous";
    spec.events[2].eventType = "echo_previous";
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    const RunRecords values = select(records, RecordType::AttemptFinished);
    QCOMPARE(values[2].value.toList(), (QVariantList{"v", "v"}));
    QVERIFY(values[3].value.toList().isEmpty()); // -> passes nothing
}

// A run that does not keep values still pipes what |-> passes on, and still tells a returned
// failure's value; every other success's value is dropped.
void TestPipelineRun::valuesNobodyReadsAreDropped()
{
    EventRegistry::instance().registerFunction(
        "echo_previous", [](TaskContext &ctx) { return TaskResult::ok(ctx.previousResults()); });
    RunSpec spec =
        build("a |-> b -> c -> d", {{"a", R"("inputs":["x","y"],"params":{"value":"v"})"},
                                    {"b", ""},
                                    {"c", R"("params":{"value":"dropped"})"},
                                    {"d", fails}});
    spec.events[1].eventType = "echo_previous";
    spec.keepValues = false;
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    QMap<QString, QList<QVariant>> byEvent;
    for (const RunRecord &r : select(records, RecordType::AttemptFinished))
        byEvent[r.eventName.toString()].append(r.value);
    QCOMPARE(byEvent.value("a"), (QList<QVariant>{"v", "v"})); // piped by |->
    QCOMPARE(byEvent.value("b").size(), 1);
    QVERIFY(!byEvent.value("b").constFirst().isValid()); // read by nobody
    QVERIFY(!byEvent.value("c").constFirst().isValid());
    QVERIFY(byEvent.value("d").constFirst().isValid()); // a returned failure's value
    for (const RunRecord &r : select(records, RecordType::TaskFinished)) {
        if (r.eventName == QStringLiteral("b") || r.eventName == QStringLiteral("c"))
            QVERIFY(!r.value.isValid());
    }
}

void TestPipelineRun::eventChoosesDescriptor()
{
    const RunRecords records = runToCompletion(
        build("a (0 -> b, 1 -> c, 3 -> d)",
              {{"a", R"("params":{"descriptor":3})"}, {"b", ""}, {"c", ""}, {"d", ""}}),
        Clock::fastForward());
    QCOMPARE(ran(records), (QStringList{"a", "d"}));
    QCOMPARE(statusOf(records, "b"), EventStatus::Skipped);
    QCOMPARE(statusOf(records, "c"), EventStatus::Skipped);
}

void TestPipelineRun::stopOnExceptionInsideParallelStep()
{
    const RunRecords records = runToCompletion(build(
        "a || b -> c", {{"a", R"("params":{"fail_with":"ValueError"},"stop_on_exception":true)"},
                        {"b", R"("params":{"duration_ms":5000})"},
                        {"c", ""}}));
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Stopped);
    QCOMPARE(statusOf(records, "b"), EventStatus::Cancelled);
    QCOMPARE(statusOf(records, "c"), EventStatus::Skipped);
    QVERIFY(last(records, RecordType::RunFinished).time < 3000);
}

void TestPipelineRun::longChainRuns()
{
    const int n = 10000;
    QMap<QString, QString> events;
    QStringList chain;
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("e%1").arg(i, 5, 10, QLatin1Char('0'));
        events.insert(name, "");
        chain << name;
    }
    const RunSpec spec = build(chain.join(" -> "), events);
    QCOMPARE(spec.events.size(), n);
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    QCOMPARE(select(records, RecordType::EventFinished).size(), size_t(n));
    QCOMPARE(last(records, RecordType::RunFinished).runStatus, RunStatus::Succeeded);
}

QTEST_GUILESS_MAIN(TestPipelineRun)
#include "tst_pipelinerun.moc"
