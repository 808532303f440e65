// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors/ErrorTypes.h"
#include "core/retry/RetryPolicy.h"

#include <QTest>

#include <cmath>

using namespace volnux;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void backoffSequence_data();
    void backoffSequence();
    void retryOnListedTypesAndSubtypes_data();
    void retryOnListedTypesAndSubtypes();
    void cancelledIsNeverRetried();
    void noRetryAfterLastAttempt();
    void mapAndStructAreIdentical();
    void invalidMaps_data();
    void invalidMaps();
    void validateReportsEveryProblem();
    void manyAttemptsKeepFiniteWaits_data();
    void manyAttemptsKeepFiniteWaits();
    void unknownTypesMayBeAPluginsOwn();
    void typesAProjectListsMustBeKnown();
    void jitterBounds_data();
    void jitterBounds();
    void jitterInMapsAndFiles();
};

void TestRetryPolicy::defaults()
{
    const RetryPolicy p;
    QCOMPARE(p.max_attempts, 5);
    QCOMPARE(p.backoff_factor, 0.05);
    QCOMPARE(p.max_backoff, 100.0);
    QVERIFY(p.retry_on_exceptions.isEmpty());
    QCOMPARE(p.jitter, BackoffJitter::None); // off by default (docs/semantics.md)
    QVERIFY(p.validate().isEmpty());
    const auto fromEmptyMap = RetryPolicy::fromMap({});
    QVERIFY(fromEmptyMap.ok());
    QCOMPARE(*fromEmptyMap, p);
}

void TestRetryPolicy::backoffSequence_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("cap");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QList<double>>("waits"); // after attempts 1 .. attempts-1

    QTest::newRow("defaults") << 0.05 << 100.0 << 5 << QList<double>{0, 0.1, 0.2, 0.4};
    QTest::newRow("factor 0.5") << 0.5 << 100.0 << 3 << QList<double>{0, 1.0};
    QTest::newRow("capped at 1s") << 0.1 << 1.0 << 8
                                  << QList<double>{0, 0.2, 0.4, 0.8, 1.0, 1.0, 1.0};
    QTest::newRow("cap below first") << 2.0 << 1.5 << 4 << QList<double>{0, 1.5, 1.5};
    QTest::newRow("zero factor") << 0.0 << 10.0 << 4 << QList<double>{0, 0, 0};
    QTest::newRow("single attempt") << 1.0 << 10.0 << 1 << QList<double>{};
    QTest::newRow("two attempts") << 1.0 << 10.0 << 2 << QList<double>{0};
}

void TestRetryPolicy::backoffSequence()
{
    QFETCH(double, factor);
    QFETCH(double, cap);
    QFETCH(int, attempts);
    QFETCH(QList<double>, waits);
    RetryPolicy p;
    p.backoff_factor = factor;
    p.max_backoff = cap;
    p.max_attempts = attempts;
    for (int n = 1; n < attempts; ++n)
        QCOMPARE(p.backoffAfterAttempt(n), waits.at(n - 1));
    QCOMPARE(p.backoffAfterAttempt(attempts), -1.0);
}

void TestRetryPolicy::retryOnListedTypesAndSubtypes_data()
{
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QString>("thrown");
    QTest::addColumn<bool>("retried");

    QTest::newRow("empty list retries anything") << QStringList{} << "ValueError" << true;
    QTest::newRow("empty list, custom type") << QStringList{} << "NoSuchTypeAnywhere" << true;
    QTest::newRow("exact type") << QStringList{"ConnectionError"} << "ConnectionError" << true;
    QTest::newRow("subtype") << QStringList{"ConnectionError"} << "ConnectionRefusedError" << true;
    QTest::newRow("deeper subtype") << QStringList{"OSError"} << "ConnectionResetError" << true;
    QTest::newRow("sibling") << QStringList{"ConnectionError"} << "TimeoutError" << false;
    QTest::newRow("parent is not child")
        << QStringList{"ConnectionRefusedError"} << "ConnectionError" << false;
    QTest::newRow("unrelated") << QStringList{"ValueError"} << "RuntimeError" << false;
    QTest::newRow("Exception catches all") << QStringList{"Exception"} << "ProcessError" << true;
    QTest::newRow("one of two") << QStringList{"ValueError", "ProcessError"} << "ProcessError"
                                << true;
}

void TestRetryPolicy::retryOnListedTypesAndSubtypes()
{
    QFETCH(QStringList, listed);
    QFETCH(QString, thrown);
    QFETCH(bool, retried);
    RetryPolicy p;
    p.retry_on_exceptions = listed;
    QCOMPARE(p.shouldRetry(thrown, 1), retried);
}

void TestRetryPolicy::cancelledIsNeverRetried()
{
    RetryPolicy p;
    QVERIFY(!p.shouldRetry(QStringLiteral("CancelledError"), 1));
    p.retry_on_exceptions = {QStringLiteral("Exception")};
    QVERIFY(!p.shouldRetry(QStringLiteral("CancelledError"), 1));
}

void TestRetryPolicy::noRetryAfterLastAttempt()
{
    RetryPolicy p;
    p.max_attempts = 3;
    QVERIFY(p.shouldRetry(QStringLiteral("ValueError"), 2));
    QVERIFY(!p.shouldRetry(QStringLiteral("ValueError"), 3));
}

void TestRetryPolicy::mapAndStructAreIdentical()
{
    RetryPolicy s;
    s.max_attempts = 4;
    s.backoff_factor = 0.5;
    s.max_backoff = 10;
    s.retry_on_exceptions = {QStringLiteral("ConnectionError"), QStringLiteral("ProcessError")};
    const QVariantMap map{{"max_attempts", 4},
                          {"backoff_factor", 0.5},
                          {"max_backoff", 10},
                          {"retry_on_exceptions", QVariantList{"ConnectionError", "ProcessError"}}};
    const auto m = RetryPolicy::fromMap(map);
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE(*m, s);
    for (int n = 1; n <= 4; ++n)
        QCOMPARE(m->backoffAfterAttempt(n), s.backoffAfterAttempt(n));
    QCOMPARE(*RetryPolicy::fromMap(s.toMap()), s);
}

void TestRetryPolicy::invalidMaps_data()
{
    QTest::addColumn<QVariantMap>("map");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero attempts") << QVariantMap{{"max_attempts", 0}}
                                   << "max_attempts: must be an integer >= 1 and <= 1000000, got 0";
    QTest::newRow("fractional attempts")
        << QVariantMap{{"max_attempts", 2.5}} << "max_attempts: must be an integer >= 1";
    QTest::newRow("string attempts")
        << QVariantMap{{"max_attempts", "3"}} << "max_attempts: must be an integer >= 1";
    QTest::newRow("negative factor") << QVariantMap{{"backoff_factor", -1}}
                                     << "backoff_factor: must be a number of seconds >= 0";
    QTest::newRow("factor over a year")
        << QVariantMap{{"backoff_factor", 1e9}}
        << "backoff_factor: must be a number of seconds >= 0 and <= 31536000 (a year), got "
           "1000000000";
    QTest::newRow("cap just over a year")
        << QVariantMap{{"max_backoff", 31536001}}
        << "max_backoff: must be a number of seconds >= 0 and <= 31536000 (a year), got 31536001";
    QTest::newRow("type in the wrong case")
        << QVariantMap{{"retry_on_exceptions", QVariantList{"connectionerror"}}}
        << "retry_on_exceptions[0]: unknown error type \"connectionerror\"; did you mean "
           "\"ConnectionError\"? (names are case-sensitive)";
    QTest::newRow("string cap") << QVariantMap{{"max_backoff", "x"}}
                                << "max_backoff: must be a number of seconds >= 0";
    QTest::newRow("unknown key") << QVariantMap{{"max_retries", 3}}
                                 << "max_retries: unknown key; allowed keys are max_attempts, "
                                    "backoff_factor, max_backoff, retry_on_exceptions, jitter";
    QTest::newRow("unknown jitter")
        << QVariantMap{{"jitter", "sometimes"}}
        << "jitter: must be one of none, full, equal, got \"sometimes\"";
    QTest::newRow("jitter not a name")
        << QVariantMap{{"jitter", true}} << "jitter: must be one of none, full, equal, got true";
    QTest::newRow("not a list") << QVariantMap{{"retry_on_exceptions", 5}}
                                << "retry_on_exceptions: must be a list of error type names, got 5";
    QTest::newRow("bad entry") << QVariantMap{{"retry_on_exceptions", QVariantList{"ok", 3}}}
                               << "retry_on_exceptions[1]: must be an error type name, got 3";
}

void TestRetryPolicy::invalidMaps()
{
    QFETCH(QVariantMap, map);
    QFETCH(QString, message);
    const auto r = RetryPolicy::fromMap(map, QStringLiteral("events[0].retry_policy"));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().startsWith(QStringLiteral("events[0].retry_policy.") + message),
             qPrintable(r.errorString()));
}

void TestRetryPolicy::validateReportsEveryProblem()
{
    const auto r = RetryPolicy::fromMap(
        {{"max_attempts", 0}, {"backoff_factor", -2}, {"max_backoff", "no"}, {"bogus", 1}});
    QVERIFY(!r.ok());
    QCOMPARE(r.errors().size(), 4);
}

// 2^(n-1) overflows a double past attempt 1025: waits must stay numbers (0 x infinity is not).
void TestRetryPolicy::manyAttemptsKeepFiniteWaits_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("cap");
    QTest::addColumn<double>("lastWait");
    QTest::newRow("zero factor: immediate retries") << 0.0 << 100.0 << 0.0;
    QTest::newRow("tiny factor reaches the cap") << 1e-300 << 5.0 << 5.0;
    QTest::newRow("default factor, capped") << 0.05 << 100.0 << 100.0;
}

void TestRetryPolicy::manyAttemptsKeepFiniteWaits()
{
    QFETCH(double, factor);
    QFETCH(double, cap);
    QFETCH(double, lastWait);
    const RetryPolicy p{100000, factor, cap, {}};
    for (int n = 2; n < p.max_attempts; ++n) {
        const double wait = p.backoffAfterAttempt(n);
        if (!std::isfinite(wait) || wait < 0 || wait > cap)
            QFAIL(qPrintable(QStringLiteral("attempt %1: %2").arg(n).arg(wait)));
    }
    QCOMPARE(p.backoffAfterAttempt(p.max_attempts - 1), lastWait);
    QCOMPARE(p.backoffAfterAttempt(p.max_attempts), -1.0);
}

// A type no one declared yet (a plugin declares its own when loaded) is accepted as written.
void TestRetryPolicy::unknownTypesMayBeAPluginsOwn()
{
    const auto p = RetryPolicy::fromMap({{"retry_on_exceptions", QVariantList{"QuotaExceeded"}}});
    QVERIFY2(p.ok(), qPrintable(p.errorString()));
    QCOMPARE(p->retry_on_exceptions, QStringList{"QuotaExceeded"});
}

// A project file's list: an unknown type retries nothing, so it is a problem with the closest
// known name; with a plugin (which may declare it) a warning; CancelledError is never retried.
void TestRetryPolicy::typesAProjectListsMustBeKnown()
{
    RetryPolicy p;
    p.retry_on_exceptions = {"ConnectionError", "ConectionError", "Zzz", "CancelledError",
                             "timeouterror"};
    QCOMPARE(p.typeProblems("rp"),
             (QStringList{"rp.retry_on_exceptions[1]: unknown error type \"ConectionError\"; did "
                          "you mean \"ConnectionError\"?",
                          "rp.retry_on_exceptions[2]: unknown error type \"Zzz\"; no error has "
                          "this type, so it would never retry anything",
                          "rp.retry_on_exceptions[3]: CancelledError is never retried: a "
                          "cancelled task is not run again, whatever this list says"}));
    // The miscased name is validate()'s problem, reported once.
    QCOMPARE(p.validate("rp").size(), 1);
    QStringList warnings;
    QCOMPARE(p.typeProblems("rp", &warnings).size(), 1); // CancelledError stays a problem
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.first(), QString("rp.retry_on_exceptions[1]: unknown error type "
                                       "\"ConectionError\"; did you mean \"ConnectionError\"? (a "
                                       "plugin this project loads may declare it; if none does, "
                                       "it retries nothing)"));
    QVERIFY(ErrorTypes::declare("QuotaExceededTyped", ErrorNames::Exception));
    p.retry_on_exceptions = {"QuotaExceededTyped"};
    QVERIFY(p.typeProblems("rp").isEmpty());
    QCOMPARE(ErrorTypes::closestName(QString(1000000, 'x')), QString());
}

// With jitter the formula gives the longest wait; `unit` (a random number in [0, 1)) picks where
// in the allowed range the wait falls. The first retry is immediate and no wait follows the last
// attempt, jitter or not.
void TestRetryPolicy::jitterBounds_data()
{
    QTest::addColumn<int>("jitter");
    QTest::addColumn<double>("unit");
    QTest::addColumn<QList<double>>("waits"); // after attempts 1..4 of 5 (factor 1 s, cap 5 s)
    QTest::newRow("none, any unit") << int(BackoffJitter::None) << 0.3 << QList<double>{0, 2, 4, 5};
    QTest::newRow("full, shortest") << int(BackoffJitter::Full) << 0.0 << QList<double>{0, 0, 0, 0};
    QTest::newRow("full, middle") << int(BackoffJitter::Full) << 0.5 << QList<double>{0, 1, 2, 2.5};
    QTest::newRow("full, near top")
        << int(BackoffJitter::Full) << 0.75 << QList<double>{0, 1.5, 3, 3.75};
    QTest::newRow("equal, shortest")
        << int(BackoffJitter::Equal) << 0.0 << QList<double>{0, 1, 2, 2.5};
    QTest::newRow("equal, middle")
        << int(BackoffJitter::Equal) << 0.5 << QList<double>{0, 1.5, 3, 3.75};
}

void TestRetryPolicy::jitterBounds()
{
    QFETCH(int, jitter);
    QFETCH(double, unit);
    QFETCH(QList<double>, waits);
    RetryPolicy p{5, 1.0, 5.0, {}};
    p.jitter = BackoffJitter(jitter);
    for (int n = 1; n <= 4; ++n) {
        QCOMPARE(p.jitteredBackoff(n, unit), waits[n - 1]);
        QVERIFY(p.jitteredBackoff(n, unit) <= p.backoffAfterAttempt(n));
    }
    QCOMPARE(p.jitteredBackoff(5, unit), -1.0);
    QCOMPARE(p.shortestBackoffAfterAttempt(5), -1.0);
}

void TestRetryPolicy::jitterInMapsAndFiles()
{
    RetryPolicy s{3, 0.5, 10, {}};
    s.jitter = BackoffJitter::Equal;
    const auto m = RetryPolicy::fromMap(
        {{"max_attempts", 3}, {"backoff_factor", 0.5}, {"max_backoff", 10}, {"jitter", "equal"}});
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE(*m, s);
    QCOMPARE(s.toMap().value("jitter"), QVariant("equal"));
    QCOMPARE(*RetryPolicy::fromMap(s.toMap()), s);
    // Without jitter nothing is written: files from before jitter save back unchanged.
    QVERIFY(!RetryPolicy{}.toMap().contains("jitter"));
    QCOMPARE(RetryPolicy::fromMap({{"jitter", "none"}})->jitter, BackoffJitter::None);
    QCOMPARE(RetryPolicy::jitterNames(), (QStringList{"none", "full", "equal"}));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
