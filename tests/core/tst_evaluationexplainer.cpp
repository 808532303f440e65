// SPDX-License-Identifier: GPL-3.0-or-later
// The words the monitor gives for an event's outcome: every evaluation state of
// docs/semantics.md, with tasks left and right of its line and with no task at all, and which
// tasks decided it.
#include "core/evaluation/EvaluationExplainer.h"

#include <QLocale>
#include <QTest>

using namespace volnux;

class TestEvaluationExplainer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void explain_data();
    void explain();
    void decidingTasks_data();
    void decidingTasks();
};

void TestEvaluationExplainer::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestEvaluationExplainer::explain_data()
{
    QTest::addColumn<QString>("evaluation");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("f");
    QTest::addColumn<QString>("expected");
    struct Row
    {
        const char *evaluation;
        int s, f;
        const char *expected;
    };
    const Row rows[] = {
        {"SUCCESS_ON_ALL_EVENTS_SUCCESS", 12, 0,
         "SUCCESS_ON_ALL_EVENTS_SUCCESS — all 12 tasks succeeded → success"},
        {"SUCCESS_ON_ALL_EVENTS_SUCCESS", 1, 0,
         "SUCCESS_ON_ALL_EVENTS_SUCCESS — the one task succeeded → success"},
        {"SUCCESS_ON_ALL_EVENTS_SUCCESS", 9, 3,
         "SUCCESS_ON_ALL_EVENTS_SUCCESS — 3 of 12 tasks failed → failure"},
        {"SUCCESS_ON_ALL_EVENTS_SUCCESS", 0, 0,
         "SUCCESS_ON_ALL_EVENTS_SUCCESS — no task succeeded or failed → failure"},
        {"FAILURE_FOR_PARTIAL_ERROR", 4, 0,
         "FAILURE_FOR_PARTIAL_ERROR — all 4 tasks succeeded → success"},
        {"FAILURE_FOR_PARTIAL_ERROR", 3, 1,
         "FAILURE_FOR_PARTIAL_ERROR — 1 of 4 tasks failed → failure"},
        {"FAILURE_FOR_PARTIAL_ERROR", 0, 0,
         "FAILURE_FOR_PARTIAL_ERROR — no task succeeded or failed → success"},
        {"SUCCESS_FOR_PARTIAL_SUCCESS", 1, 3,
         "SUCCESS_FOR_PARTIAL_SUCCESS — 1 of 4 tasks succeeded → success"},
        {"SUCCESS_FOR_PARTIAL_SUCCESS", 0, 4,
         "SUCCESS_FOR_PARTIAL_SUCCESS — all 4 tasks failed → failure"},
        {"SUCCESS_FOR_PARTIAL_SUCCESS", 0, 0,
         "SUCCESS_FOR_PARTIAL_SUCCESS — no task succeeded or failed → failure"},
        {"FAILURE_FOR_ALL_EVENTS_FAILURE", 2, 2000,
         "FAILURE_FOR_ALL_EVENTS_FAILURE — 2 of 2,002 tasks succeeded → success"},
        {"FAILURE_FOR_ALL_EVENTS_FAILURE", 0, 1,
         "FAILURE_FOR_ALL_EVENTS_FAILURE — the one task failed → failure"},
        {"FAILURE_FOR_ALL_EVENTS_FAILURE", 0, 0,
         "FAILURE_FOR_ALL_EVENTS_FAILURE — no task succeeded or failed → success"},
        {"MAJORITY", 7, 5, "MAJORITY — 7 succeeded, 5 failed: 7 ≥ 5 → success"},
        {"MAJORITY", 3, 3, "MAJORITY — 3 succeeded, 3 failed: 3 ≥ 3 → success"},
        {"MAJORITY", 5, 7, "MAJORITY — 5 succeeded, 7 failed: 5 < 7 → failure"},
        {"MAJORITY", 0, 0, "MAJORITY — no task succeeded or failed → failure"},
        {"AT_LEAST_COUNT:3", 5, 9, "AT_LEAST_COUNT:3 — 5 tasks succeeded ≥ 3 → success"},
        {"AT_LEAST_COUNT:3", 1, 0, "AT_LEAST_COUNT:3 — 1 task succeeded < 3 → failure"},
        {"AT_LEAST_COUNT:0", 0, 0, "AT_LEAST_COUNT:0 — 0 tasks succeeded ≥ 0 → success"},
        {"AT_LEAST_PERCENT:95", 1985, 15,
         "AT_LEAST_PERCENT:95 — 1,985 of 2,000 tasks succeeded = 99.25% ≥ 95% → success"},
        {"AT_LEAST_PERCENT:62.5", 2, 1,
         "AT_LEAST_PERCENT:62.5 — 2 of 3 tasks succeeded = 66.67% ≥ 62.5% → success"},
        {"AT_LEAST_PERCENT:75", 1, 1,
         "AT_LEAST_PERCENT:75 — 1 of 2 tasks succeeded = 50% < 75% → failure"},
        {"AT_LEAST_PERCENT:0", 0, 0, "AT_LEAST_PERCENT:0 — no task succeeded or failed → failure"},
    };
    for (const Row &row : rows)
        QTest::addRow("%s %d/%d", row.evaluation, row.s, row.f)
            << QString::fromLatin1(row.evaluation) << row.s << row.f
            << QString::fromUtf8(row.expected);
}

void TestEvaluationExplainer::explain()
{
    QFETCH(QString, evaluation);
    QFETCH(int, s);
    QFETCH(int, f);
    QFETCH(QString, expected);
    const Result<Evaluation> parsed = Evaluation::fromString(evaluation);
    QVERIFY(parsed);
    QCOMPARE(EvaluationExplainer::explain(*parsed, s, f), expected);
}

void TestEvaluationExplainer::decidingTasks_data()
{
    QTest::addColumn<QString>("evaluation");
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<int>("status"); // -1: the count decided, no single task
    const int failed = int(TaskStatus::Failed);
    const int succeeded = int(TaskStatus::Succeeded);
    QTest::newRow("all, failed") << QStringLiteral("SUCCESS_ON_ALL_EVENTS_SUCCESS") << false
                                 << failed;
    QTest::newRow("all, succeeded")
        << QStringLiteral("SUCCESS_ON_ALL_EVENTS_SUCCESS") << true << -1;
    QTest::newRow("partial error, failed")
        << QStringLiteral("FAILURE_FOR_PARTIAL_ERROR") << false << failed;
    QTest::newRow("partial success, rescued")
        << QStringLiteral("SUCCESS_FOR_PARTIAL_SUCCESS") << true << succeeded;
    QTest::newRow("partial success, failed")
        << QStringLiteral("SUCCESS_FOR_PARTIAL_SUCCESS") << false << -1;
    QTest::newRow("all failure, rescued")
        << QStringLiteral("FAILURE_FOR_ALL_EVENTS_FAILURE") << true << succeeded;
    QTest::newRow("majority") << QStringLiteral("MAJORITY") << false << -1;
    QTest::newRow("count") << QStringLiteral("AT_LEAST_COUNT:2") << true << -1;
    QTest::newRow("percent") << QStringLiteral("AT_LEAST_PERCENT:50") << false << -1;
}

void TestEvaluationExplainer::decidingTasks()
{
    QFETCH(QString, evaluation);
    QFETCH(bool, succeeded);
    QFETCH(int, status);
    const std::optional<TaskStatus> deciding =
        EvaluationExplainer::decidingTasks(*Evaluation::fromString(evaluation), succeeded);
    QCOMPARE(deciding ? int(*deciding) : -1, status);
}

QTEST_GUILESS_MAIN(TestEvaluationExplainer)
#include "tst_evaluationexplainer.moc"
