// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors/ErrorTypes.h"
#include "core/kinds/SimulateEvent.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <thread>

using namespace volnux;

namespace {
// What a user sees of one attempt: "ok", "return" (a returned failure) or the error type.
struct Outcome
{
    QString kind;
    TaskResult result;
    QString message;
    qint64 elapsedMs = 0;
};

Outcome runSimulate(const QVariantMap &params, int task, int attempt,
                    std::shared_ptr<const std::atomic_bool> cancelled = {})
{
    TaskContext context("sim", task, attempt, 10, task, params, std::move(cancelled));
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    try {
        SimulateEvent event;
        outcome.result = event.process(context);
        outcome.kind = outcome.result.success ? QStringLiteral("ok") : QStringLiteral("return");
        outcome.message = outcome.result.value.toString();
    } catch (const Error &e) {
        outcome.kind = e.type();
        outcome.message = e.message();
    }
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

// The outcomes of tasks 0..2, attempts 1..3, as "t0: a1 a2 a3; t1: ...".
QString outcomeGrid(const QVariantMap &params)
{
    QStringList rows;
    for (int task = 0; task < 3; ++task) {
        QStringList cells;
        for (int attempt = 1; attempt <= 3; ++attempt)
            cells.append(runSimulate(params, task, attempt).kind);
        rows.append(QStringLiteral("t%1: ").arg(task) + cells.join(' '));
    }
    return rows.join("; ");
}

QString failurePattern(qint64 seed, double rate)
{
    QString pattern;
    const QVariantMap params{{"fail_rate", rate}, {"seed", seed}};
    for (int task = 0; task < 8; ++task)
        for (int attempt = 1; attempt <= 8; ++attempt)
            pattern += SimulateEvent::attemptFails(params, task, attempt) ? 'x' : '.';
    return pattern;
}
} // namespace

class TestSimulateEvent : public QObject
{
    Q_OBJECT
private slots:
    void failSettings_data();
    void failSettings();
    void successReturnsValueAndDescriptor();
    void failureSaysWhichAttempt();
    void badSettingsAreValueErrors_data();
    void badSettingsAreValueErrors();
    void failRateIsDeterministic();
    void failRateMatchesProbability_data();
    void failRateMatchesProbability();
    void failureWaitsTheDurationToo();
    void cancellationEndsTheWaitAtOnce();
};

void TestSimulateEvent::failSettings_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("grid"); // tasks 0..2 x attempts 1..3

    const QString R = ErrorNames::RuntimeError;
    QTest::newRow("no fail setting: always succeeds")
        << QVariantMap{{"duration_ms", 0}} << "t0: ok ok ok; t1: ok ok ok; t2: ok ok ok";
    QTest::newRow("fail_with alone: every attempt of every task")
        << QVariantMap{{"fail_with", "ConnectionError"}}
        << "t0: ConnectionError ConnectionError ConnectionError; "
           "t1: ConnectionError ConnectionError ConnectionError; "
           "t2: ConnectionError ConnectionError ConnectionError";
    QTest::newRow("fail_attempts 2: default RuntimeError, then success")
        << QVariantMap{{"fail_attempts", 2}}
        << QStringLiteral("t0: %1 %1 ok; t1: %1 %1 ok; t2: %1 %1 ok").arg(R);
    QTest::newRow("fail_attempts as a double from JSON")
        << QVariantMap{{"fail_attempts", 1.0}}
        << QStringLiteral("t0: %1 ok ok; t1: %1 ok ok; t2: %1 ok ok").arg(R);
    QTest::newRow("fail_attempts 0: nothing fails")
        << QVariantMap{{"fail_attempts", 0}} << "t0: ok ok ok; t1: ok ok ok; t2: ok ok ok";
    QTest::newRow("fail_attempts all")
        << QVariantMap{{"fail_attempts", "all"}, {"fail_with", "TimeoutError"}}
        << "t0: TimeoutError TimeoutError TimeoutError; t1: TimeoutError TimeoutError "
           "TimeoutError; t2: TimeoutError TimeoutError TimeoutError";
    QTest::newRow("fail_tasks: only the listed tasks")
        << QVariantMap{{"fail_tasks", QVariantList{1}}}
        << QStringLiteral("t0: ok ok ok; t1: %1 %1 %1; t2: ok ok ok").arg(R);
    QTest::newRow("fail_tasks with fail_attempts")
        << QVariantMap{{"fail_tasks", QVariantList{0, 2}}, {"fail_attempts", 1}}
        << QStringLiteral("t0: %1 ok ok; t1: ok ok ok; t2: %1 ok ok").arg(R);
    QTest::newRow("fail_tasks empty: nothing fails") << QVariantMap{{"fail_tasks", QVariantList{}}}
                                                     << "t0: ok ok ok; t1: ok ok ok; t2: ok ok ok";
    QTest::newRow("returned failure") << QVariantMap{{"fail_with", "return"}, {"fail_attempts", 1}}
                                      << "t0: return ok ok; t1: return ok ok; t2: return ok ok";
    QTest::newRow("user-declared type name")
        << QVariantMap{{"fail_with", "QuotaError"}, {"fail_tasks", QVariantList{2}}}
        << "t0: ok ok ok; t1: ok ok ok; t2: QuotaError QuotaError QuotaError";
    QTest::newRow("fail_rate 0: nothing fails")
        << QVariantMap{{"fail_rate", 0}} << "t0: ok ok ok; t1: ok ok ok; t2: ok ok ok";
    QTest::newRow("fail_rate 1 replaces fail_attempts")
        << QVariantMap{{"fail_rate", 1}, {"fail_attempts", 1}, {"fail_tasks", QVariantList{0}}}
        << QStringLiteral("t0: %1 %1 %1; t1: ok ok ok; t2: ok ok ok").arg(R);
}

void TestSimulateEvent::failSettings()
{
    QFETCH(QVariantMap, params);
    QFETCH(QString, grid);
    QCOMPARE(outcomeGrid(params), grid);
}

void TestSimulateEvent::successReturnsValueAndDescriptor()
{
    const Outcome plain = runSimulate({}, 0, 1);
    QCOMPARE(plain.kind, "ok");
    QVERIFY(!plain.result.value.isValid());
    QVERIFY(!plain.result.descriptor);

    const QVariantMap params{{"value", QVariantMap{{"rows", 3}}}, {"descriptor", 1}};
    const Outcome o = runSimulate(params, 0, 1);
    QCOMPARE(o.kind, "ok");
    QCOMPARE(o.result.value, QVariant(QVariantMap{{"rows", 3}}));
    QCOMPARE(o.result.descriptor, std::optional<int>(1));
}

void TestSimulateEvent::failureSaysWhichAttempt()
{
    const Outcome thrown = runSimulate({{"fail_with", "ValueError"}}, 4, 2);
    QCOMPARE(thrown.kind, ErrorNames::ValueError);
    QCOMPARE(thrown.message, "simulated failure (task 4, attempt 2)");
    const Outcome returned = runSimulate({{"fail_with", "return"}, {"descriptor", 3}}, 1, 1);
    QCOMPARE(returned.kind, "return");
    QCOMPARE(returned.message, "simulated failure (task 1, attempt 1)");
    QVERIFY(!returned.result.descriptor); // a descriptor belongs to a success only
}

void TestSimulateEvent::badSettingsAreValueErrors_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("key");
    QTest::newRow("fail_with not a name") << QVariantMap{{"fail_with", "no such!"}} << "fail_with";
    QTest::newRow("fail_with not a string") << QVariantMap{{"fail_with", 3}} << "fail_with";
    QTest::newRow("fail_attempts word")
        << QVariantMap{{"fail_attempts", "some"}} << "fail_attempts";
    QTest::newRow("fail_attempts negative")
        << QVariantMap{{"fail_attempts", -1}} << "fail_attempts";
    QTest::newRow("fail_tasks not a list") << QVariantMap{{"fail_tasks", 1}} << "fail_tasks";
    QTest::newRow("fail_tasks bad item")
        << QVariantMap{{"fail_tasks", QVariantList{"a"}}} << "fail_tasks";
    QTest::newRow("fail_rate above 1") << QVariantMap{{"fail_rate", 1.5}} << "fail_rate";
    QTest::newRow("fail_rate string") << QVariantMap{{"fail_rate", "0.5"}} << "fail_rate";
    QTest::newRow("seed fractional") << QVariantMap{{"fail_rate", 0.5}, {"seed", 0.5}} << "seed";
    QTest::newRow("descriptor 10") << QVariantMap{{"descriptor", 10}} << "descriptor";
    QTest::newRow("negative duration") << QVariantMap{{"duration_ms", -5}} << "duration_ms";
}

void TestSimulateEvent::badSettingsAreValueErrors()
{
    QFETCH(QVariantMap, params);
    QFETCH(QString, key);
    const Outcome o = runSimulate(params, 0, 1);
    QCOMPARE(o.kind, ErrorNames::ValueError);
    QVERIFY2(o.message.startsWith(key + ": "), qPrintable(o.message));
    QVERIFY2(o.message.contains(", got "), qPrintable(o.message));
}

void TestSimulateEvent::failRateIsDeterministic()
{
    const QString first = failurePattern(42, 0.5);
    QCOMPARE(failurePattern(42, 0.5), first);
    QVERIFY(first.contains('x') && first.contains('.'));
    QVERIFY(failurePattern(43, 0.5) != first);
    // Attempts run by the event fail exactly where attemptFails says.
    const QVariantMap params{{"fail_rate", 0.5}, {"seed", 42}};
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const bool expected = first.at(3 * 8 + attempt - 1) == 'x';
        QCOMPARE(runSimulate(params, 3, attempt).kind != "ok", expected);
    }
}

void TestSimulateEvent::failRateMatchesProbability_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("10%") << 0.1;
    QTest::newRow("50%") << 0.5;
    QTest::newRow("90%") << 0.9;
}

void TestSimulateEvent::failRateMatchesProbability()
{
    QFETCH(double, rate);
    int failures = 0;
    const int draws = 4000;
    for (int i = 0; i < draws; ++i)
        failures += SimulateEvent::draw(7, i / 10, i % 10 + 1) < rate;
    QVERIFY2(qAbs(double(failures) / draws - rate) < 0.03, qPrintable(QString::number(failures)));
}

void TestSimulateEvent::failureWaitsTheDurationToo()
{
    const Outcome o = runSimulate({{"duration_ms", 120}, {"fail_with", "return"}}, 0, 1);
    QCOMPARE(o.kind, "return");
    QVERIFY2(o.elapsedMs >= 115, qPrintable(QString::number(o.elapsedMs)));
}

void TestSimulateEvent::cancellationEndsTheWaitAtOnce()
{
    auto flag = std::make_shared<std::atomic_bool>(false);
    std::thread canceller([flag] {
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        flag->store(true);
    });
    const Outcome o = runSimulate({{"duration_ms", 10000}}, 0, 1, flag);
    canceller.join();
    QCOMPARE(o.kind, ErrorNames::CancelledError);
    QVERIFY2(o.elapsedMs < 600, qPrintable(QString::number(o.elapsedMs)));
}

QTEST_GUILESS_MAIN(TestSimulateEvent)
#include "tst_simulateevent.moc"
