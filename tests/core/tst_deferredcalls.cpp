// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/DeferredCalls.h"

#include <QObject>
#include <QStringList>
#include <QTest>
#include <QThread>

using namespace volnux;

class TestDeferredCalls : public QObject
{
    Q_OBJECT
private slots:
    void callsRunInOrderWithoutAnEventLoopTurnEach();
    void theEventLoopComesRoundWithinTheBudget();
};

void TestDeferredCalls::callsRunInOrderWithoutAnEventLoopTurnEach()
{
    QObject context;
    DeferredCalls calls(&context);
    QStringList order;
    calls.post([&] {
        order << "a";
        calls.post([&] { order << "c"; }); // joins the running calls
    });
    calls.post([&] { order << "b"; });
    // Posted after the first call: an event loop turn between calls would run it before "c".
    QMetaObject::invokeMethod(
        &context, [&] { order << "loop"; }, Qt::QueuedConnection);
    QVERIFY(order.isEmpty()); // never from inside post()
    QTRY_COMPARE(order, (QStringList{"a", "b", "c", "loop"}));
}

void TestDeferredCalls::theEventLoopComesRoundWithinTheBudget()
{
    QObject context;
    DeferredCalls calls(&context);
    int done = 0;
    int doneWhenTheLoopCame = -1;
    std::function<void()> step = [&] {
        QThread::msleep(1);
        if (++done < 20)
            calls.post(step);
    };
    calls.post(step);
    QMetaObject::invokeMethod(
        &context, [&] { doneWhenTheLoopCame = done; }, Qt::QueuedConnection);
    QTRY_COMPARE(done, 20);
    // 2 ms of calls, then the loop's turn: a slow machine may overrun by the call running then.
    QVERIFY2(doneWhenTheLoopCame >= 1 && doneWhenTheLoopCame < 20,
             qPrintable(QString::number(doneWhenTheLoopCame)));
    QVERIFY(doneWhenTheLoopCame <= int(DeferredCalls::kBudgetMs) + 1);
}

QTEST_GUILESS_MAIN(TestDeferredCalls)
#include "tst_deferredcalls.moc"
