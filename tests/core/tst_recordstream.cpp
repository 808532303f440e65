// SPDX-License-Identifier: GPL-3.0-or-later
// The parts the record stream is made of — interned names, the job queue, the report inbox, the
// record buffer — and the order their work produces in a real run.

#include "EngineTestSupport.h"

#include "core/engine/Name.h"
#include "core/engine/RecordBuffer.h"
#include "core/engine/ReportInbox.h"
#include "core/errors/ErrorTypes.h"
#include "core/executors/JobQueue.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace volnux;
using namespace volnux::test;

namespace {
AttemptReport report(const AttemptScope &scope, int task, AttemptReport::Phase phase)
{
    AttemptReport r;
    r.id = quint64(task);
    r.scope = &scope;
    r.task = task;
    r.attempt = 1;
    r.phase = phase;
    r.thread = QStringLiteral("w-0");
    r.pid = 42;
    r.start = scope.t0 + 10 * task;
    r.end = r.start + 5;
    return r;
}

RunRecords batch(int first, int count)
{
    RunRecords records(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        records[size_t(i)].task = first + i;
    return records;
}

// Where each task's records stand in the stream, by type.
struct Positions
{
    qsizetype queued = -1, started = -1, finished = -1, taskFinished = -1;
};
} // namespace

class TestRecordStream : public QObject
{
    Q_OBJECT
private slots:
    void namesAreInternedText();
    void jobQueueExpandsRangesInOrder();
    void inboxMakesRecordsInLaneOrder();
    void inboxDropsWhatTheEngineRefusesAndWakesOnce();
    void bufferRecyclesStorageOfConsumedBatches();
    void smallBatchesJoinTheLastWaitingOne();
    void bufferReadsWholeBatchesUpToMax();
    void batchesAreHandedOverWholeAndComeBack();
    void everyTaskRecordsInOrderUnderLoad_data();
    void everyTaskRecordsInOrderUnderLoad();
    void retryRecordsFollowTheFailure();
    void tasksCancelledBeforeStartingHaveNoStartRecord();
};

void TestRecordStream::namesAreInternedText()
{
    QString text = QStringLiteral("fetch");
    const Name a = text;
    const Name b = QString(QStringLiteral("fet") + QStringLiteral("ch"));
    const Name other = QStringLiteral("store");
    QVERIFY(a == b);
    QVERIFY(!(a == other));
    text = QStringLiteral("changed"); // the name keeps its own copy
    QCOMPARE(a.toString(), QStringLiteral("fetch"));
    QVERIFY(a == QStringLiteral("fetch"));
    QVERIFY(Name().isEmpty());
    QVERIFY(Name(QString()) == Name());
    QCOMPARE(Name().toString(), QString());
}

void TestRecordStream::jobQueueExpandsRangesInOrder()
{
    AttemptScope scope;
    const TaskInputs inputs{10, 11, 12, 13, 14};
    std::atomic_bool flags[5] = {};
    JobQueue queue;
    queue.push(AttemptRange{&scope, 100, 1, 3, &inputs, flags});
    AttemptJob retry;
    retry.id = 7;
    retry.attempt = 2;
    queue.push(std::move(retry));
    QCOMPARE(queue.size(), size_t(4));

    const AttemptJob first = queue.pop();
    QCOMPARE(first.id, quint64(100));
    QCOMPARE(first.task, 1);
    QCOMPARE(first.input, QVariant(11));
    QCOMPARE(first.attempt, 1);
    QCOMPARE(first.scope, &scope);
    QCOMPARE(first.cancelled, &flags[0]);
    const AttemptJob second = queue.pop();
    QCOMPARE(second.id, quint64(101));
    QCOMPARE(second.input, QVariant(12));
    QCOMPARE(second.cancelled, &flags[1]);

    const std::vector<AttemptJob> rest = queue.takeAll();
    QCOMPARE(rest.size(), size_t(2));
    QCOMPARE(rest[0].id, quint64(102));
    QCOMPARE(rest[0].task, 3);
    QCOMPARE(rest[1].id, quint64(7));
    QCOMPARE(rest[1].attempt, 2);
    QVERIFY(queue.empty());
    queue.push(AttemptRange{&scope, 0, 0, 0, &inputs, flags}); // an empty range is nothing
    QVERIFY(queue.empty());
}

void TestRecordStream::inboxMakesRecordsInLaneOrder()
{
    auto storage = std::make_shared<RecordBuffer>();
    ReportInbox inbox(storage, [] {});
    AttemptScope scope;
    scope.event = 2;
    scope.name = QStringLiteral("fetch");
    scope.maxAttempts = 3;
    scope.step = 4;
    scope.branch = QStringLiteral("1");
    scope.t0 = 1000;
    for (int task = 0; task < 300; ++task) { // more than one chunk
        inbox.deliver(report(scope, task, AttemptReport::Phase::Started), 1);
        AttemptReport finished = report(scope, task, AttemptReport::Phase::Finished);
        finished.outcome = task % 2 ? AttemptOutcome::Error : AttemptOutcome::Success;
        finished.errorType = task % 2 ? ErrorNames::ValueError : QString();
        finished.value = task;
        finished.descriptor = task == 3 ? std::optional<int>(1) : std::nullopt;
        inbox.deliver(std::move(finished), 1);
    }
    RunRecords seen;
    int chunks = 0;
    inbox.collect(
        [&](RunRecord &r) {
            seen.push_back(r);
            return true;
        },
        [&](RunRecords &&chunk) { chunks += !chunk.empty(); });
    QCOMPARE(seen.size(), size_t(600));
    QVERIFY(chunks >= 2);
    for (int task = 0; task < 300; ++task) {
        const RunRecord &started = seen[size_t(2 * task)];
        const RunRecord &finished = seen[size_t(2 * task + 1)];
        QCOMPARE(toText(started.type), toText(RecordType::AttemptStarted));
        QCOMPARE(toText(finished.type), toText(RecordType::AttemptFinished));
        QCOMPARE(started.task, task);
        QCOMPARE(finished.task, task);
        QCOMPARE(started.time, 10.0 * task); // counted from the run's start
        QCOMPARE(finished.start, 10.0 * task);
        QCOMPARE(finished.end, 10.0 * task + 5);
        QCOMPARE(finished.event, 2);
        QCOMPARE(finished.eventName.toString(), QStringLiteral("fetch"));
        QCOMPARE(finished.maxAttempts, 3);
        QCOMPARE(finished.step, 4);
        QCOMPARE(finished.branch.toString(), QStringLiteral("1"));
        QCOMPARE(started.thread.toString(), QStringLiteral("w-0"));
        QCOMPARE(finished.pid, qint64(42));
        QCOMPARE(finished.value, QVariant(task));
        QCOMPARE(finished.errorType, task % 2 ? ErrorNames::ValueError : QString());
        QCOMPARE(finished.descriptor, task == 3 ? 1 : -1);
    }
}

void TestRecordStream::inboxDropsWhatTheEngineRefusesAndWakesOnce()
{
    int wakes = 0;
    ReportInbox inbox(std::make_shared<RecordBuffer>(), [&] { ++wakes; });
    AttemptScope scope;
    scope.event = 0;
    for (int task = 0; task < 4; ++task)
        inbox.deliver(report(scope, task, AttemptReport::Phase::Finished), task % 2);
    inbox.wake();
    inbox.wake();
    QCOMPARE(wakes, 1);
    std::vector<int> kept;
    inbox.collect([](RunRecord &r) { return r.task != 2; },
                  [&](RunRecords &&chunk) {
                      for (const RunRecord &r : chunk)
                          kept.push_back(r.task);
                  });
    std::sort(kept.begin(), kept.end());
    QCOMPARE(kept, (std::vector<int>{0, 1, 3}));
    inbox.wake(); // collected: the next wake goes through
    QCOMPARE(wakes, 2);
}

void TestRecordStream::bufferRecyclesStorageOfConsumedBatches()
{
    RecordBuffer buffer;
    QVERIFY(buffer.spare().capacity() == 0); // nothing consumed yet
    buffer.append(batch(0, 300));
    buffer.append(batch(300, 260));
    buffer.append(batch(560, 10)); // no room in the last: a new last batch, given room
    RunRecords into;
    into.reserve(1000);
    const RunRecord *storage = into.data();
    buffer.take(into);
    QCOMPARE(into.size(), size_t(570));
    QCOMPARE(into.data(), storage); // the consumer's own storage, reused
    QCOMPARE(into.front().task, 0);
    QCOMPARE(into.back().task, 569);
    QCOMPARE(buffer.size(), size_t(0));
    // The engine's batches come back empty, with their storage.
    std::vector<size_t> spares;
    for (RunRecords spare = buffer.spare(); spare.capacity() > 0; spare = buffer.spare())
        spares.push_back(spare.capacity());
    std::sort(spares.begin(), spares.end());
    QCOMPARE(spares.size(), size_t(3));
    QVERIFY(spares[0] >= 256 && spares[1] >= 260 && spares[2] >= 300);
}

void TestRecordStream::smallBatchesJoinTheLastWaitingOne()
{
    RecordBuffer buffer;
    RunRecords first = batch(0, 3);
    buffer.append(std::move(first));
    QCOMPARE(first.capacity(), size_t(0)); // kept whole, storage and all
    RunRecords second = batch(3, 2);
    const size_t capacity = second.capacity();
    buffer.append(std::move(second));
    QVERIFY(second.empty());
    QCOMPARE(second.capacity(), capacity); // joined: the caller keeps its storage
    buffer.append(batch(5, 300));          // big: never moved, a batch of its own
    buffer.append(batch(305, 1));          // no room in the big one: a new last batch
    QCOMPARE(buffer.size(), size_t(306));
    RunRecords out = buffer.take(5); // whole batches: the first, with the one that joined it
    QCOMPARE(out.size(), size_t(5));
    QCOMPARE(out.back().task, 4);
    out = buffer.take();
    QCOMPARE(out.size(), size_t(301));
    QCOMPARE(out.front().task, 5);
    QCOMPARE(out.back().task, 305);
}

void TestRecordStream::bufferReadsWholeBatchesUpToMax()
{
    RecordBuffer buffer;
    int notified = 0;
    buffer.setNotifier([&] { ++notified; });
    buffer.append(batch(0, 300));
    buffer.append(batch(300, 300));
    buffer.append(batch(600, 300));
    QCOMPARE(notified, 1); // once, when it stopped being empty
    std::vector<int> tasks;
    buffer.read([&](const RunRecord &r) { tasks.push_back(r.task); }, 500);
    QCOMPARE(tasks.size(), size_t(300)); // whole batches: a second would exceed 500
    // ...so a drain can stop short of its maximum with records waiting: a consumer on a timer
    // asks size(), not whether its drain was full, to know whether to come back at once.
    QCOMPARE(buffer.size(), size_t(600));
    buffer.read([&](const RunRecord &r) { tasks.push_back(r.task); }, 1);
    QCOMPARE(tasks.size(), size_t(600)); // at least one batch, however small `max` is
    buffer.read([&](const RunRecord &r) { tasks.push_back(r.task); });
    QCOMPARE(tasks.size(), size_t(900));
    for (int i = 0; i < 900; ++i)
        QCOMPARE(tasks[size_t(i)], i);
    QVERIFY(buffer.spare().capacity() >= 300); // read batches are recycled too
}

// The monitor keeps records a while and reads them in place: it takes the engine's batches as
// they are, without moving a record, and gives them back once read.
void TestRecordStream::batchesAreHandedOverWholeAndComeBack()
{
    RecordBuffer buffer;
    RunRecords first = batch(0, 300);
    const RunRecord *firstData = first.data();
    buffer.append(std::move(first));
    buffer.append(batch(300, 300));
    buffer.append(batch(600, 300));
    std::vector<RunRecords> taken;
    buffer.takeBatches(taken, 500);
    QCOMPARE(taken.size(), size_t(1));    // whole batches, up to about 500 records
    QCOMPARE(taken[0].data(), firstData); // the engine's own vector: nothing moved
    buffer.takeBatches(taken);            // appended, oldest first
    QCOMPARE(taken.size(), size_t(3));
    QCOMPARE(taken[1].front().task, 300);
    QCOMPARE(taken[2].back().task, 899);
    QCOMPARE(buffer.size(), size_t(0));

    QCOMPARE(buffer.spare().capacity(), size_t(0)); // nothing given back yet
    buffer.recycle(taken);
    QVERIFY(taken.empty());
    int spares = 0;
    for (RunRecords spare = buffer.spare(); spare.capacity() > 0; spare = buffer.spare()) {
        QVERIFY(spare.empty());
        QVERIFY(spare.capacity() >= 300);
        ++spares;
    }
    QCOMPARE(spares, 3); // each batch's storage serves the engine again
}

void TestRecordStream::everyTaskRecordsInOrderUnderLoad_data()
{
    QTest::addColumn<int>("workers");
    QTest::newRow("1 worker") << 1;
    QTest::newRow("2 workers") << 2;
    QTest::newRow("4 workers") << 4;
}

// Records of one task come from two threads (the worker makes its attempt records, the engine
// the rest): the stream must still tell each task's story in order.
void TestRecordStream::everyTaskRecordsInOrderUnderLoad()
{
    QFETCH(int, workers);
    EventRegistry::instance().registerFunction(QStringLiteral("stream_noop"), [](TaskContext &ctx) {
        return TaskResult::ok(ctx.input());
    });
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = workers;
    RunSpec spec;
    constexpr int kTasks = 20000;
    spec.events = {eventSpec(QStringLiteral("a"), QStringLiteral("stream_noop"), kTasks, options),
                   eventSpec(QStringLiteral("b"), QStringLiteral("stream_noop"), 10, options)};
    const RunRecords records = runToCompletion(spec);

    QHash<qint64, Positions> tasks;
    for (qsizetype i = 0; i < qsizetype(records.size()); ++i) {
        const RunRecord &r = records[size_t(i)];
        Positions &p = tasks[qint64(r.event) << 32 | r.task];
        switch (r.type) {
        case RecordType::TaskQueued:
            p.queued = i;
            break;
        case RecordType::AttemptStarted:
            p.started = i;
            QVERIFY(!r.thread.isEmpty());
            break;
        case RecordType::AttemptFinished:
            p.finished = i;
            QCOMPARE(r.value, QVariant(r.task)); // each task returns its input
            QCOMPARE(r.nextDelay, -1.0);
            break;
        case RecordType::TaskFinished:
            p.taskFinished = i;
            break;
        default:
            break;
        }
    }
    QCOMPARE(tasks.size(), qsizetype(kTasks + 10 + 1)); // + the run's own records (task -1)
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it) {
        if ((it.key() & 0xffffffff) == 0xffffffff)
            continue;
        const Positions &p = it.value();
        QVERIFY2(p.queued >= 0 && p.queued < p.started && p.started < p.finished &&
                     p.finished < p.taskFinished,
                 qPrintable(QStringLiteral("task %1").arg(it.key())));
    }
    QCOMPARE(toText(records.back().type), toText(RecordType::RunFinished));
    QCOMPARE(toText(records.back().runStatus), toText(RunStatus::Succeeded));
}

void TestRecordStream::retryRecordsFollowTheFailure()
{
    EventRegistry::instance().registerFunction(
        QStringLiteral("stream_flaky"), [](TaskContext &ctx) {
            if (ctx.attempt() == 1)
                throw Error(ErrorNames::ConnectionError, QStringLiteral("flaky"));
            return TaskResult::ok();
        });
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = 2;
    options.retry_policy = RetryPolicy{2, 0.001, 1, {}};
    RunSpec spec;
    spec.events = {
        eventSpec(QStringLiteral("flaky"), QStringLiteral("stream_flaky"), 200, options)};
    const RunRecords records = runToCompletion(spec, Clock::fastForward());
    for (int task = 0; task < 200; ++task) {
        std::vector<RecordType> story;
        for (const RunRecord &r : records) {
            if (r.event == 0 && r.task == task && r.type != RecordType::TaskQueued)
                story.push_back(r.type);
        }
        const std::vector<RecordType> expected{
            RecordType::AttemptStarted, RecordType::AttemptFinished, RecordType::RetryScheduled,
            RecordType::AttemptStarted, RecordType::AttemptFinished, RecordType::TaskFinished};
        QVERIFY2(story == expected, qPrintable(QStringLiteral("task %1").arg(task)));
        const RunRecords finished = select(records, RecordType::AttemptFinished, 0, task);
        QCOMPARE(finished.front().nextDelay, 0.0); // the first backoff of factor 0.001: 0 s
        QCOMPARE(finished.back().nextDelay, -1.0);
    }
}

void TestRecordStream::tasksCancelledBeforeStartingHaveNoStartRecord()
{
    static std::atomic_bool release{false}; // outlives the registration
    EventRegistry::instance().registerFunction(QStringLiteral("stream_gate"), [](TaskContext &ctx) {
        while (!release.load()) {
            if (ctx.isCancelled())
                throw Error(ErrorNames::CancelledError, QStringLiteral("stopped"));
            QThread::usleep(200);
        }
        return TaskResult::ok();
    });
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = 2;
    RunSpec spec;
    spec.events = {eventSpec(QStringLiteral("gate"), QStringLiteral("stream_gate"), 5000, options)};
    Run run(spec);
    run.start();
    RunRecords records;
    while (select(records, RecordType::AttemptStarted).size() < 2) {
        RunRecords more = run.takeRecords();
        records.insert(records.end(), more.begin(), more.end());
        QThread::msleep(1);
    }
    run.cancel();
    QVERIFY(run.waitForFinished(5000));
    RunRecords rest = run.takeRecords();
    records.insert(records.end(), rest.begin(), rest.end());
    QCOMPARE(select(records, RecordType::TaskFinished).size(), size_t(5000));
    // Started attempts are those that ran; every other task ended without one.
    const size_t started = select(records, RecordType::AttemptStarted).size();
    QVERIFY2(started <= 4, qPrintable(QString::number(started)));
    for (const RunRecord &r : select(records, RecordType::TaskFinished))
        QCOMPARE(toText(r.taskStatus), toText(TaskStatus::Cancelled));
    QCOMPARE(toText(run.status()), toText(RunStatus::Cancelled));
}

QTEST_GUILESS_MAIN(TestRecordStream)
#include "tst_recordstream.moc"
