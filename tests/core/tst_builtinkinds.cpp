// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors/ErrorTypes.h"
#include "core/events/EventRegistry.h"
#include "core/kinds/BuiltinKinds.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <thread>

using namespace volnux;

namespace {
struct Outcome
{
    QString kind; // "ok", "return" or the error type
    TaskResult result;
    QString message;
    qint64 elapsedMs = 0;
};

// Creates `kind` by name, as the engine does, and runs one attempt; `cancelAfterMs` >= 0 flips the
// cancellation flag from another thread.
Outcome runKind(const QString &kind, const QVariantMap &params, int cancelAfterMs = -1)
{
    registerBuiltinKinds();
    auto flag = std::make_shared<std::atomic_bool>(false);
    std::thread canceller;
    if (cancelAfterMs >= 0) {
        canceller = std::thread([flag, cancelAfterMs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(cancelAfterMs));
            flag->store(true);
        });
    }
    TaskContext context(kind, 0, 1, 1, 0, params, flag);
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    try {
        outcome.result = EventRegistry::instance().find(kind)->factory()->process(context);
        outcome.kind = outcome.result.success ? QStringLiteral("ok") : QStringLiteral("return");
    } catch (const Error &e) {
        outcome.kind = e.type();
        outcome.message = e.message();
    }
    outcome.elapsedMs = timer.elapsed();
    if (canceller.joinable())
        canceller.join();
    return outcome;
}
} // namespace

class TestBuiltinKinds : public QObject
{
    Q_OBJECT
private slots:
    void allKindsAreRegisteredOnce();
    void sleepWaitsItsDuration();
    void computeWorksItsDuration();
    void cancellationIsPrompt_data();
    void cancellationIsPrompt();
    void badDurationIsValueError_data();
    void badDurationIsValueError();
};

void TestBuiltinKinds::allKindsAreRegisteredOnce()
{
    const QStringList kinds{"command", "sleep", "compute", "simulate", "plugin"};
    QCOMPARE(builtinKindNames(), kinds);
    registerBuiltinKinds();
    registerBuiltinKinds(); // idempotent
    for (const QString &kind : kinds) {
        const auto registered = EventRegistry::instance().find(kind);
        QVERIFY2(registered && registered->factory(), qPrintable(kind));
        QCOMPARE(registered->name, kind);
    }
}

void TestBuiltinKinds::sleepWaitsItsDuration()
{
    const Outcome o = runKind("sleep", {{"duration_ms", 80}});
    QCOMPARE(o.kind, "ok");
    QVERIFY2(o.elapsedMs >= 78 && o.elapsedMs < 500, qPrintable(QString::number(o.elapsedMs)));
}

void TestBuiltinKinds::computeWorksItsDuration()
{
    const Outcome o = runKind("compute", {{"duration_ms", 60}});
    QCOMPARE(o.kind, "ok");
    QVERIFY2(o.elapsedMs >= 58 && o.elapsedMs < 500, qPrintable(QString::number(o.elapsedMs)));
    QVERIFY(o.result.value.toLongLong() > 0); // rounds hashed
}

void TestBuiltinKinds::cancellationIsPrompt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sleep") << "sleep";
    QTest::newRow("compute") << "compute";
    QTest::newRow("simulate") << "simulate";
}

void TestBuiltinKinds::cancellationIsPrompt()
{
    QFETCH(QString, kind);
    const Outcome o = runKind(kind, {{"duration_ms", 20000}}, 50);
    QCOMPARE(o.kind, ErrorNames::CancelledError);
    QVERIFY2(o.elapsedMs >= 45 && o.elapsedMs < 600, qPrintable(QString::number(o.elapsedMs)));
}

void TestBuiltinKinds::badDurationIsValueError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariant>("duration");
    QTest::newRow("sleep negative") << "sleep" << QVariant(-1);
    QTest::newRow("sleep text") << "sleep" << QVariant("10");
    QTest::newRow("compute fractional") << "compute" << QVariant(1.5);
    QTest::newRow("compute huge") << "compute" << QVariant(1e300);
}

void TestBuiltinKinds::badDurationIsValueError()
{
    QFETCH(QString, kind);
    QFETCH(QVariant, duration);
    const Outcome o = runKind(kind, {{"duration_ms", duration}});
    QCOMPARE(o.kind, ErrorNames::ValueError);
    QVERIFY2(o.message.startsWith("duration_ms: must be an integer"), qPrintable(o.message));
}

QTEST_GUILESS_MAIN(TestBuiltinKinds)
#include "tst_builtinkinds.moc"
