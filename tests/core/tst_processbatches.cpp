// SPDX-License-Identifier: GPL-3.0-or-later
// The process pool at volume: attempts dispatched to workers in batches and reported back
// several to a frame, a worker killed in the middle of a batch, the fork server that starts
// recycled workers, and values that stay in the worker when nothing reads them.

#include "tests/core/ProcessPoolFixture.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace volnux;
using namespace volnux::test;

class TestProcessBatches : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void manyShortAttemptsAreEachStartedThenFinished();
    void killedWorkerLosesNoFinishedReport_data();
    void killedWorkerLosesNoFinishedReport();
    void forkServerThatDiesTakesOnlyItsWorkers();
    void valueCrossesBackOnlyWhenKept();
};

void TestProcessBatches::cleanup()
{
    // Executors are destroyed at the end of each test: nothing of theirs may be left behind.
    const QList<Child> left = childProcesses();
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("children left: ") + describe(left)));
}

// Thousands of short attempts go to the workers in batches and come back several to a frame:
// each is still reported once as started (on its worker's thread, by its pid) and once as
// finished, with its own value, and the start both reports give is the same.
void TestProcessBatches::manyShortAttemptsAreEachStartedThenFinished()
{
    constexpr int kCount = 3000;
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(2), collector.env());
    for (AttemptJob &j : jobsOfOneEvent(QStringLiteral("echo"), kCount))
        executor->submit(std::move(j));
    QVERIFY(collector.waitFinished(kCount));
    executor->shutdown();
    QHash<quint64, AttemptReport> started;
    for (const AttemptReport &r : collector.started()) {
        QVERIFY2(!started.contains(r.id), qPrintable(QString::number(r.id)));
        QVERIFY(r.pid > 0);
        QVERIFY2(r.thread == QStringLiteral("worker-0") || r.thread == QStringLiteral("worker-1"),
                 qPrintable(r.thread.toString()));
        started.insert(r.id, r);
    }
    QCOMPARE(started.size(), kCount);
    QSet<quint64> finished;
    for (const AttemptReport &r : collector.finished()) {
        QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
        QCOMPARE(r.value.toInt(), int(r.id));
        QCOMPARE(r.log.size(), 2);
        QCOMPARE(r.start, started.value(r.id).start);
        QCOMPARE(r.pid, started.value(r.id).pid);
        QVERIFY(r.end >= r.start);
        finished.insert(r.id);
    }
    QCOMPARE(finished.size(), kCount);
}

// A worker killed outright (SIGKILL: no handler runs) in the middle of a batch: the attempts it
// had finished keep their results, though it had not sent them yet; only the one it was running
// fails, and the rest run on a fresh worker.
void TestProcessBatches::killedWorkerLosesNoFinishedReport_data()
{
    QTest::addColumn<std::optional<int>>("tasksPerChild");
    QTest::newRow("started") << std::optional<int>();
    QTest::newRow("forked") << std::optional<int>(700);
}

void TestProcessBatches::killedWorkerLosesNoFinishedReport()
{
    constexpr int kCount = 2000;
    constexpr int kDies = 1500;
    QFETCH(std::optional<int>, tasksPerChild);
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1, tasksPerChild), collector.env());
    for (AttemptJob &j : jobsOfOneEvent(QStringLiteral("echoOrDie"), kCount, kDies))
        executor->submit(std::move(j));
    QVERIFY(collector.waitFinished(kCount));
    executor->shutdown();
    QSet<quint64> seen;
    for (const AttemptReport &r : collector.finished()) {
        QVERIFY2(!seen.contains(r.id), qPrintable(QString::number(r.id)));
        seen.insert(r.id);
        if (r.id == kDies) {
            QCOMPARE(r.errorType, ErrorNames::WorkerCrashedError);
            QVERIFY2(r.errorMessage.contains(QStringLiteral("SIGKILL")),
                     qPrintable(r.errorMessage));
            continue;
        }
        QVERIFY2(r.outcome == AttemptOutcome::Success,
                 qPrintable(QStringLiteral("%1: %2").arg(r.id).arg(r.errorMessage)));
        QCOMPARE(r.value.toInt(), int(r.id));
    }
    QCOMPARE(seen.size(), kCount);
}

// Killing the fork server kills the workers forked from it (their running attempts fail as
// crashed, and run again when the policy allows); the pool starts another server and goes on.
void TestProcessBatches::forkServerThatDiesTakesOnlyItsWorkers()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(2, 5, QString("pool-")), collector.env());
    for (int i = 0; i < 4; ++i)
        executor->submit(job(quint64(i), "cooperativeSleep"));
    QVERIFY(collector.waitStarted(2));
    qint64 server = 0;
    for (const Child &c : childProcesses()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(c.pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("fork-server"))
            server = c.pid;
    }
    QVERIFY2(server > 0, "no fork server among the children");
    ::kill(pid_t(server), SIGKILL);
    QVERIFY(collector.waitFinished(2));
    for (const AttemptReport &r : collector.finished()) {
        QCOMPARE(r.errorType, ErrorNames::WorkerCrashedError);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("fork server")),
                 qPrintable(r.errorMessage));
    }
    // The other two attempts run on forks of a new server; shutting down cancels them.
    QVERIFY(collector.waitStarted(4));
    executor->shutdown();
    const std::vector<AttemptReport> finished = collector.finished();
    QCOMPARE(int(finished.size()), 4);
    QCOMPARE(toText(finished[2].outcome), toText(AttemptOutcome::Cancelled));
    QCOMPARE(toText(finished[3].outcome), toText(AttemptOutcome::Cancelled));
}

// A scope that does not keep values: a success's value stays in the worker, a returned failure's
// comes back (it says why the task failed).
void TestProcessBatches::valueCrossesBackOnlyWhenKept()
{
    Collector collector;
    auto executor = makeProcessPoolExecutor(config(1), collector.env());
    for (AttemptJob &j : jobsOfOneEvent(QStringLiteral("echo"), 3, -1, false))
        executor->submit(std::move(j));
    std::vector<AttemptJob> failing = jobsOfOneEvent(QStringLiteral("fail"), 1, -1, false);
    failing[0].id = 3;
    executor->submit(std::move(failing[0]));
    QVERIFY(collector.waitFinished(4));
    executor->shutdown();
    for (const AttemptReport &r : collector.finished()) {
        if (r.id == 3) {
            QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Failure));
            QCOMPARE(r.value.toString(), QStringLiteral("nope"));
        } else {
            QCOMPARE(toText(r.outcome), toText(AttemptOutcome::Success));
            QVERIFY(!r.value.isValid());
            QCOMPARE(r.log.size(), 2); // the rest of the report still comes
        }
    }
}

int main(int argc, char **argv)
{
    registerTestEvents();
    ProcessPool::enableWorkerMode(argc, argv); // in a worker, never returns
    QCoreApplication app(argc, argv);
    TestProcessBatches test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_processbatches.moc"
