// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/EventExecutionEvaluationState.h"

#include <QTest>

using namespace volnux;
using S = EventExecutionEvaluationState;

Q_DECLARE_METATYPE(volnux::EventExecutionEvaluationState)

class TestEvaluation : public QObject
{
    Q_OBJECT
private slots:
    void truthTable_data();
    void truthTable();
    void defaultState();
    void parsing_data();
    void parsing();
    void roundTrip();
};

void TestEvaluation::truthTable_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("f");
    QTest::addColumn<bool>("succeeds");
    struct Row
    {
        const char *name;
        S state;
        double threshold;
        int s, f;
        bool ok;
    };
    const Row rows[] = {
        {"all: n=0", S::SUCCESS_ON_ALL_EVENTS_SUCCESS, 0, 0, 0, false},
        {"all: all ok", S::SUCCESS_ON_ALL_EVENTS_SUCCESS, 0, 3, 0, true},
        {"all: one failed", S::SUCCESS_ON_ALL_EVENTS_SUCCESS, 0, 2, 1, false},
        {"all: all failed", S::SUCCESS_ON_ALL_EVENTS_SUCCESS, 0, 0, 3, false},
        {"partial error: n=0", S::FAILURE_FOR_PARTIAL_ERROR, 0, 0, 0, true},
        {"partial error: all ok", S::FAILURE_FOR_PARTIAL_ERROR, 0, 3, 0, true},
        {"partial error: one failed", S::FAILURE_FOR_PARTIAL_ERROR, 0, 2, 1, false},
        {"partial success: n=0", S::SUCCESS_FOR_PARTIAL_SUCCESS, 0, 0, 0, false},
        {"partial success: one ok", S::SUCCESS_FOR_PARTIAL_SUCCESS, 0, 1, 4, true},
        {"partial success: none ok", S::SUCCESS_FOR_PARTIAL_SUCCESS, 0, 0, 4, false},
        {"all failure: n=0", S::FAILURE_FOR_ALL_EVENTS_FAILURE, 0, 0, 0, true},
        {"all failure: all failed", S::FAILURE_FOR_ALL_EVENTS_FAILURE, 0, 0, 2, false},
        {"all failure: one ok", S::FAILURE_FOR_ALL_EVENTS_FAILURE, 0, 1, 2, true},
        {"majority: n=0", S::MAJORITY, 0, 0, 0, false},
        {"majority: tie succeeds", S::MAJORITY, 0, 2, 2, true},
        {"majority: more ok", S::MAJORITY, 0, 3, 2, true},
        {"majority: fewer ok", S::MAJORITY, 0, 1, 2, false},
        {"at least 2: 2 ok", S::AT_LEAST_COUNT, 2, 2, 5, true},
        {"at least 2: 1 ok", S::AT_LEAST_COUNT, 2, 1, 0, false},
        {"at least 0: n=0", S::AT_LEAST_COUNT, 0, 0, 0, true},
        {"at least 75%: 3 of 4", S::AT_LEAST_PERCENT, 75, 3, 1, true},
        {"at least 75%: 2 of 4", S::AT_LEAST_PERCENT, 75, 2, 2, false},
        {"at least 0%: n=0", S::AT_LEAST_PERCENT, 0, 0, 0, false},
    };
    for (const Row &row : rows)
        QTest::newRow(row.name) << row.state << row.threshold << row.s << row.f << row.ok;
}

void TestEvaluation::truthTable()
{
    QFETCH(S, state);
    QFETCH(double, threshold);
    QFETCH(int, s);
    QFETCH(int, f);
    QFETCH(bool, succeeds);
    QCOMPARE((Evaluation{state, threshold}.evaluate(s, f)), succeeds);
}

void TestEvaluation::defaultState()
{
    QCOMPARE(Evaluation().state, S::SUCCESS_ON_ALL_EVENTS_SUCCESS);
}

void TestEvaluation::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("state") << "FAILURE_FOR_PARTIAL_ERROR"
                           << "";
    QTest::newRow("count") << "AT_LEAST_COUNT:3"
                           << "";
    QTest::newRow("percent") << "AT_LEAST_PERCENT:62.5"
                             << "";
    QTest::newRow("unknown") << "MOSTLY"
                             << "where: unknown evaluation state \"MOSTLY\"; allowed: ";
    QTest::newRow("lower case") << "majority"
                                << "where: unknown evaluation state";
    QTest::newRow("count needs arg") << "AT_LEAST_COUNT"
                                     << "where: AT_LEAST_COUNT needs a whole";
    QTest::newRow("count fraction") << "AT_LEAST_COUNT:1.5"
                                    << "where: AT_LEAST_COUNT needs a whole";
    QTest::newRow("percent over 100") << "AT_LEAST_PERCENT:101"
                                      << "where: AT_LEAST_PERCENT needs";
    QTest::newRow("count written 3.0") << "AT_LEAST_COUNT:3.0"
                                       << "";
    QTest::newRow("count with a space") << "AT_LEAST_COUNT: 3"
                                        << "where: AT_LEAST_COUNT needs a whole number from 0 to "
                                           "1000000000";
    QTest::newRow("count with a sign") << "AT_LEAST_COUNT:+3"
                                       << "where: AT_LEAST_COUNT needs a whole";
    QTest::newRow("count too large") << "AT_LEAST_COUNT:99999999999999999999"
                                     << "where: AT_LEAST_COUNT needs a whole number from 0 to";
    QTest::newRow("percent with an exponent") << "AT_LEAST_PERCENT:1e1"
                                              << "where: AT_LEAST_PERCENT needs";
    QTest::newRow("stray argument") << "MAJORITY:3"
                                    << "where: MAJORITY takes no argument";
}

void TestEvaluation::parsing()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto parsed = Evaluation::fromString(text, "where");
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(parsed.errorString().startsWith(error), qPrintable(parsed.errorString()));
}

void TestEvaluation::roundTrip()
{
    const QStringList texts{"MAJORITY",
                            "AT_LEAST_COUNT:3",
                            "AT_LEAST_PERCENT:62.5",
                            "AT_LEAST_PERCENT:0.00001",
                            "AT_LEAST_PERCENT:100",
                            "SUCCESS_ON_ALL_EVENTS_SUCCESS"};
    for (const QString &text : texts)
        QCOMPARE(Evaluation::fromString(text)->toString(), text);
    // Written without an exponent, so a file we write always reads back.
    const Evaluation tiny{EventExecutionEvaluationState::AT_LEAST_PERCENT, 1e-7};
    QCOMPARE(tiny.toString(), "AT_LEAST_PERCENT:0.0000001");
    QCOMPARE(*Evaluation::fromString(tiny.toString()), tiny);
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
