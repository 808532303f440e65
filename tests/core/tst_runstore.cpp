// SPDX-License-Identifier: GPL-3.0-or-later
// The run store: a run recorded batch by batch reads back as the record stream it came from
// (trace lines byte for byte), bad files are refused untouched, and dead runs are found.

#include "EngineTestSupport.h"
#include "core/engine/RerunSpec.h"
#include "core/kinds/BuiltinKinds.h"
#include "core/observe/RunComparison.h"
#include "core/observe/RunState.h"
#include "core/runner/RunSummary.h"
#include "core/store/AttemptGroup.h"
#include "core/store/RunReplay.h"
#include "core/store/RunStore.h"
#include "core/store/RunStoreSchema.h"
#include "core/store/RunStoreWriter.h"
#include "core/store/SqliteDatabase.h"
#include "core/trace/TraceWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace volnux;
using volnux::test::eventSpec;

namespace {

EventSpec simulate(const QString &name, int tasks, const QVariantMap &params, int maxAttempts)
{
    EventOptions options;
    options.executor = ExecutorNames::ThreadPoolExecutor;
    options.executor_config.max_workers = 2;
    if (maxAttempts > 1)
        options.retry_policy = RetryPolicy{maxAttempts, 0.001, 0.01, {}};
    EventSpec event = eventSpec(name, QStringLiteral("simulate"), tasks, options);
    event.params = params;
    return event;
}

// Retries, a returned failure, a final failure and a skipped event: every kind of row.
RunSpec mixedSpec()
{
    RunSpec spec;
    spec.events << simulate(QStringLiteral("flaky"), 20,
                            {{QStringLiteral("fail_tasks"), QVariantList{2, 7, 11}},
                             {QStringLiteral("fail_attempts"), 1},
                             {QStringLiteral("fail_with"), QStringLiteral("TimeoutError")}},
                            3)
                << simulate(QStringLiteral("broken"), 6,
                            {{QStringLiteral("fail_tasks"), QVariantList{1, 4}},
                             {QStringLiteral("fail_with"), QStringLiteral("return")}},
                            1)
                << simulate(QStringLiteral("hopeless"), 3,
                            {{QStringLiteral("fail_tasks"), QVariantList{0}}}, 2);
    spec.events[2].options.stop_on_exception = true;
    spec.events << simulate(QStringLiteral("never"), 4, {}, 1);
    return spec;
}

QByteArray traceOf(const RunRecords &records)
{
    QByteArray out;
    for (const RunRecord &r : records) {
        const QByteArray line = TraceWriter::line(r);
        if (!line.isEmpty())
            out += line + '\n';
    }
    return out;
}

qint64 beginRun(RunStore &store, const RunSpec &spec, std::optional<qint64> parent = {})
{
    RunStore::NewRun run;
    run.projectPath = QStringLiteral("/projects/mixed.vxproj");
    run.projectName = QStringLiteral("Mixed");
    run.project = "{}";
    run.parent = parent;
    run.version = QStringLiteral("test");
    const Result<qint64> id = store.beginRun(run, spec);
    return id ? *id : -1;
}

// Records `records` into run `id` in batches of `batch` records.
bool record(const QString &path, qint64 id, const RunRecords &records, size_t batch)
{
    RunStoreWriter writer(path, id);
    RunState state(RunState::Detail::Counts); // as the consumer of a live run holds one
    for (size_t i = 0; i < records.size(); i += batch) {
        const size_t end = std::min(records.size(), i + batch);
        const RunRecords chunk(records.begin() + qsizetype(i), records.begin() + qsizetype(end));
        state.apply(chunk);
        writer.write(chunk, state);
    }
    QString error;
    const bool ok = writer.finish(&error);
    if (!ok)
        qWarning() << error;
    return ok;
}

RunRecords replay(RunStore &store, qint64 id)
{
    RunRecords out;
    const Result<bool> ok = RunReplay::replay(store, id, [&out](const RunRecords &batch) {
        out.insert(out.end(), batch.begin(), batch.end());
        return true;
    });
    if (!ok)
        qWarning() << ok.errorString();
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void replayGivesTheTraceBack_data();
    void replayGivesTheTraceBack();
    void replayedRunSummarisesAsTheLiveOne();
    void logsAndReturnedValuesAreKept();
    void aNewStoreIsItsOwnersAlone();
    void notASqliteFileIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched();
    void newerSchemaIsRefused();
    void lockedStoreSaysSo();
    void deadRunIsMarkedInterrupted();
    void liveRunIsNotMarkedInterrupted();
    void quietRunIsCommittedWithoutFurtherWrites();
    void removeAndPrune();
    void viewsListEveryAttemptAndTask();
    void damagedGroupIsReported();
    void attemptGroupReadsBackWhatItWrote();
    void remoteAttemptsKeepTheirHost();
    void versionOneStoreIsUpgraded();
    void rerunKeepsTaskIdentity();
    void comparisonFindsChangedTasks();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestRunStore::initTestCase()
{
    registerBuiltinKinds();
    QVERIFY(m_dir.isValid());
}

void TestRunStore::replayGivesTheTraceBack_data()
{
    QTest::addColumn<int>("batch");
    QTest::newRow("one batch") << 100000;
    QTest::newRow("a record at a time") << 1;
    QTest::newRow("batches of 7") << 7;
}

void TestRunStore::replayGivesTheTraceBack()
{
    QFETCH(int, batch);
    const RunRecords records = runToCompletion(mixedSpec());
    const QByteArray live = traceOf(records);
    QVERIFY(live.count('\n') > 40);

    const auto store = RunStore::open(path(QStringLiteral("trace-%1.sqlite").arg(batch)));
    QVERIFY2(store, qPrintable(store.errorString()));
    const qint64 id = beginRun(**store, mixedSpec());
    QVERIFY(id > 0);
    QVERIFY(record((*store)->path(), id, records, size_t(batch)));
    QCOMPARE(traceOf(replay(**store, id)), live);

    const Result<StoredRun> run = (*store)->run(id);
    QVERIFY(run);
    QCOMPARE(run->status, RunStatus::Stopped);
    QCOMPARE(run->tasks, 33);
    QCOMPARE(run->counts.failed(), 3);
    QCOMPARE(run->counts.skipped(), 4);
    QCOMPARE(run->attempts, int(test::select(records, RecordType::AttemptStarted).size()));
}

void TestRunStore::replayedRunSummarisesAsTheLiveOne()
{
    const RunSpec spec = mixedSpec();
    const RunRecords records = runToCompletion(spec);
    QStringList names;
    QList<int> tasks;
    for (const EventSpec &e : spec.events) {
        names << e.name;
        tasks << int(e.inputs.size());
    }
    RunSummary live(names, tasks);
    live.apply(records);

    const auto store = RunStore::open(path(QStringLiteral("summary.sqlite")));
    QVERIFY(store);
    const qint64 id = beginRun(**store, spec);
    QVERIFY(record((*store)->path(), id, records, 5));
    RunSummary recorded(names, tasks);
    recorded.apply(replay(**store, id));
    QCOMPARE(recorded.text(), live.text());
    QCOMPARE(recorded.json(), live.json());
}

void TestRunStore::logsAndReturnedValuesAreKept()
{
    const RunSpec spec = mixedSpec();
    RunRecords records = runToCompletion(spec);
    int withLog = 0;
    for (RunRecord &r : records) {
        if (r.type == RecordType::AttemptFinished && r.task == 3) {
            r.log = QStringList{QStringLiteral("line one"), QStringLiteral("line, two")};
            ++withLog;
        }
    }
    QVERIFY(withLog > 0);
    const auto store = RunStore::open(path(QStringLiteral("logs.sqlite")));
    QVERIFY(store);
    const qint64 id = beginRun(**store, spec);
    QVERIFY(record((*store)->path(), id, records, 1000));
    int logged = 0;
    int returned = 0;
    for (const RunRecord &r : replay(**store, id)) {
        if (r.type != RecordType::AttemptFinished)
            continue;
        if (r.task == 3) {
            QCOMPARE(r.log, (QStringList{QStringLiteral("line one"), QStringLiteral("line, two")}));
            ++logged;
        }
        if (r.outcome == AttemptOutcome::Failure) {
            QVERIFY(r.value.isValid());
            ++returned;
        }
    }
    QCOMPARE(logged, withLog);
    QCOMPARE(returned, 2);
}

// A store keeps each project's text, `env` values (secrets, often) included, and what the tasks
// wrote: a new one, with its write-ahead log, is readable by its owner alone. One that exists
// keeps the mode its owner gave it (a team may share one on purpose).
void TestRunStore::aNewStoreIsItsOwnersAlone()
{
    const QString file = path(QStringLiteral("private.sqlite"));
    const RunSpec spec = mixedSpec();
    {
        const auto store = RunStore::open(file);
        QVERIFY(store);
        const qint64 id = beginRun(**store, spec);
        QVERIFY(record((*store)->path(), id, runToCompletion(spec), 100));
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const QFile::Permissions all = QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup |
                                       QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther |
                                       QFile::ReadOwner | QFile::WriteOwner;
        QCOMPARE(QFile::permissions(file) & all, ownerOnly | QFile::ReadUser | QFile::WriteUser);
        QVERIFY(QFile::exists(file + "-wal"));
        QCOMPARE(QFile::permissions(file + "-wal") & all,
                 ownerOnly | QFile::ReadUser | QFile::WriteUser);
    }
    const QString shared = path(QStringLiteral("shared.sqlite"));
    QVERIFY(RunStore::open(shared));
    const QFile::Permissions groupToo = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(shared, groupToo));
    QVERIFY(RunStore::open(shared));
    QCOMPARE(QFile::permissions(shared) & ~(QFile::ReadUser | QFile::WriteUser), groupToo);
}

void TestRunStore::notASqliteFileIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("garbage.sqlite"));
    QByteArray garbage(8192, 'x');
    garbage.replace(0, 10, "not sqlite");
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(garbage);
    }
    const auto store = RunStore::open(file);
    QVERIFY(!store);
    QVERIFY2(store.errorString().contains(file), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(QStringLiteral("not a SQLite database")),
             qPrintable(store.errorString()));
    QCOMPARE(fileBytes(file), garbage);
}

void TestRunStore::foreignDatabaseIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("foreign.sqlite"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "CREATE TABLE photos(id INTEGER); INSERT INTO photos VALUES(1)",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = fileBytes(file);
    const auto store = RunStore::open(file);
    QVERIFY(!store);
    QVERIFY2(store.errorString().contains(QStringLiteral("not a Volnux run store")),
             qPrintable(store.errorString()));
    QCOMPARE(fileBytes(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestRunStore::newerSchemaIsRefused()
{
    const QString file = path(QStringLiteral("newer.sqlite"));
    QVERIFY(RunStore::open(file));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    const auto store = RunStore::open(file);
    QVERIFY(!store);
    QVERIFY2(store.errorString().contains(QStringLiteral("newer")),
             qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(QStringLiteral("schema 99")));
}

void TestRunStore::lockedStoreSaysSo()
{
    const QString file = path(QStringLiteral("locked.sqlite"));
    QVERIFY(RunStore::open(file));
    qputenv("VOLNUX_STORE_BUSY_TIMEOUT_MS", "50");
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    const auto store = RunStore::open(file);
    QVERIFY(store);
    RunStore::NewRun run;
    run.projectPath = QStringLiteral("/p.vxproj");
    const Result<qint64> id = (*store)->beginRun(run, mixedSpec());
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    qunsetenv("VOLNUX_STORE_BUSY_TIMEOUT_MS");
    QVERIFY(!id);
    QVERIFY2(id.errorString().contains(file), qPrintable(id.errorString()));
    QVERIFY2(id.errorString().contains(QStringLiteral("locked")), qPrintable(id.errorString()));
}

void TestRunStore::deadRunIsMarkedInterrupted()
{
    const QString file = path(QStringLiteral("dead.sqlite"));
    qint64 id = 0;
    {
        const auto store = RunStore::open(file);
        QVERIFY(store);
        id = beginRun(**store, mixedSpec());
        // The run's owner: a process that has ended (this pid cannot exist, pid_max <= 2^22).
        SqliteStatement q = (*store)->database().prepare(
            "UPDATE runs SET process = 'boot:99999999:1' WHERE id = ?");
        QVERIFY(q.bind(1, id).run());
    }
    const auto store = RunStore::open(file);
    QVERIFY(store);
    QCOMPARE((*store)->run(id)->status, RunStatus::Interrupted);
}

void TestRunStore::liveRunIsNotMarkedInterrupted()
{
    const QString file = path(QStringLiteral("live.sqlite"));
    const auto first = RunStore::open(file);
    QVERIFY(first);
    const qint64 id = beginRun(**first, mixedSpec());
    const auto second = RunStore::open(file); // this process is alive: its run is running
    QVERIFY(second);
    QCOMPARE((*second)->run(id)->status, RunStatus::Running);
    const Result<int> removed = (*second)->remove({id});
    QVERIFY(!removed);
    QVERIFY(removed.errorString().contains(QStringLiteral("still running")));
}

// The writer commits on its own clock: rows written before a quiet spell (a long attempt) are in
// the store within about 100 ms, though the consumer writes nothing more; and a crash then would
// lose nothing written before it.
void TestRunStore::quietRunIsCommittedWithoutFurtherWrites()
{
    const QString file = path(QStringLiteral("quiet.sqlite"));
    const auto store = RunStore::open(file);
    QVERIFY(store);
    const RunRecords records = runToCompletion(mixedSpec());
    const qint64 id = beginRun(**store, mixedSpec());
    RunStoreWriter writer(file, id);
    RunState state(RunState::Detail::Counts);
    const RunRecords firstHalf(records.begin(), records.begin() + qsizetype(records.size() / 2));
    state.apply(firstHalf);
    writer.write(firstHalf, state);
    const QByteArray count =
        "SELECT (SELECT count(*) FROM attempts WHERE run = " + QByteArray::number(id) +
        ") + (SELECT count(*) FROM attempt_groups WHERE run = " + QByteArray::number(id) + ")";
    const auto stored = [&store, &count] { return (*store)->database().scalar(count.constData()); };
    QTRY_VERIFY_WITH_TIMEOUT(stored() > 0, 2000);
    QString error;
    QVERIFY2(writer.finish(&error), qPrintable(error));
}

void TestRunStore::removeAndPrune()
{
    const auto store = RunStore::open(path(QStringLiteral("prune.sqlite")));
    QVERIFY(store);
    const RunRecords records = runToCompletion(mixedSpec());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids << beginRun(**store, mixedSpec());
        QVERIFY(record((*store)->path(), ids.last(), records, 50));
    }
    const auto rows = [&store] {
        return (*store)->database().scalar("SELECT count(*) FROM attempts") +
               (*store)->database().scalar("SELECT count(*) FROM attempt_groups");
    };
    const qint64 attemptsPerRun = rows() / 5;
    QVERIFY(attemptsPerRun > 0);
    QCOMPARE(*(*store)->remove({ids[1]}), 1);
    QVERIFY(!(*store)->run(ids[1]));
    QVERIFY(!(*store)->remove({ids[1]})); // no such run any more
    QCOMPARE(*(*store)->prune(2), 2);     // 4 left: the 2 newest stay
    const auto left = (*store)->list({});
    QVERIFY(left);
    QCOMPARE(left->size(), size_t(2));
    QCOMPARE(left->at(0).id, ids[4]);
    QCOMPARE(left->at(1).id, ids[3]);
    QCOMPARE(rows(), 2 * attemptsPerRun);
    QCOMPARE((*store)->database().scalar("SELECT count(*) FROM events"), qint64(2 * 4));
    QCOMPARE(traceOf(replay(**store, ids[4])), traceOf(records));
}

// The views name every attempt and task, whether stored as a row or in a group of plain
// successes, with error messages whole.
void TestRunStore::viewsListEveryAttemptAndTask()
{
    const RunRecords records = runToCompletion(mixedSpec());
    const auto store = RunStore::open(path(QStringLiteral("views.sqlite")));
    QVERIFY(store);
    const qint64 id = beginRun(**store, mixedSpec());
    QVERIFY(record((*store)->path(), id, records, 1000));
    SqliteDatabase &db = (*store)->database();
    QVERIFY(db.scalar("SELECT count(*) FROM attempt_groups") > 0);
    QVERIFY(db.scalar("SELECT count(*) FROM attempts") > 0);

    const auto ends = test::select(records, RecordType::AttemptFinished);
    QCOMPARE(db.scalar("SELECT count(*) FROM attempt_view"), qint64(ends.size()));
    qint64 successes = 0;
    qint64 withMessage = 0;
    for (const RunRecord &r : ends) {
        successes += r.outcome == AttemptOutcome::Success ? 1 : 0;
        withMessage += r.message.isEmpty() ? 0 : 1;
    }
    QCOMPARE(db.scalar("SELECT count(*) FROM attempt_view WHERE outcome = 'success'"), successes);
    QVERIFY(withMessage > 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM attempt_view WHERE error LIKE 'simulated%'"),
             withMessage);

    qint64 stored = 0; // a skipped event's tasks are not listed one by one
    for (const RunRecord &r : test::select(records, RecordType::TaskFinished))
        stored += r.taskStatus == TaskStatus::Skipped && r.attempt == 0 ? 0 : 1;
    QCOMPARE(db.scalar("SELECT count(*) FROM task_view"), stored);
    QCOMPARE(db.scalar("SELECT count(*) FROM task_view WHERE status = 'succeeded'"),
             qint64((*store)->run(id)->counts.succeeded()));
}

void TestRunStore::damagedGroupIsReported()
{
    const auto store = RunStore::open(path(QStringLiteral("damaged-group.sqlite")));
    QVERIFY(store);
    const qint64 id = beginRun(**store, mixedSpec());
    QVERIFY(record((*store)->path(), id, runToCompletion(mixedSpec()), 1000));
    QVERIFY((*store)->database().exec("UPDATE attempt_groups SET members = '[[1,2,'"));
    const Result<bool> ok = RunReplay::replay(**store, id, [](const RunRecords &) { return true; });
    QVERIFY(!ok);
    QVERIFY2(ok.errorString().contains(QStringLiteral("damaged")), qPrintable(ok.errorString()));
}

void TestRunStore::attemptGroupReadsBackWhatItWrote()
{
    const std::vector<AttemptGroup::Member> members = {
        {100, 0, 7, 5000, 12, 1, 4242, 1, -1},
        {102, 2, 3, 4100, 0, 0, 4242, 3, 5}, // started before the first; returned descriptor 5
        {103, 1, 2147483647, 9000000000, 1, 2, 1, 1, -1},
    };
    AttemptGroup group(100, 5000);
    for (const AttemptGroup::Member &m : members)
        group.add(m);
    const QByteArray text = group.text();
    QCOMPARE(text, QByteArray("[[0,0,7,0,12,1,4242,1],[2,2,3,-900,0,0,4242,3,5],"
                              "[3,1,2147483647,8999995000,1,2,1,1]]"));
    std::vector<AttemptGroup::Member> back;
    QVERIFY(AttemptGroup::read(text, 100, 5000, back));
    QCOMPARE(back.size(), members.size());
    for (size_t i = 0; i < members.size(); ++i) {
        QCOMPARE(back[i].seq, members[i].seq);
        QCOMPARE(back[i].task, members[i].task);
        QCOMPARE(back[i].startUs, members[i].startUs);
        QCOMPARE(back[i].descriptor, members[i].descriptor);
        QCOMPARE(back[i].taskSeq, members[i].taskSeq);
    }
    back.clear();
    QVERIFY(AttemptGroup::read("[]", 0, 0, back));
    QVERIFY(back.empty());
    for (const char *bad :
         {"", "[", "[[1,2,3,4,5,6,7]]", "[[1,2,3,4,5,6,7,8,9,10]]", "[[1,2,3,4,5,6,7,8]",
          "[[1,2,3,4,5,6,7,8]]x", "[[1,2,3,4,5,6,7,x]]", "[[1,2,3,4,5,6,7,8];[1,2,3,4,5,6,7,8]]"}) {
        QVERIFY2(!AttemptGroup::read(bad, 0, 0, back), bad);
    }
}

// Attempts run on another machine (RedisExecutor) name it in the trace; the store keeps it.
void TestRunStore::remoteAttemptsKeepTheirHost()
{
    RunRecords records = runToCompletion(mixedSpec());
    const Name host(QStringLiteral("build-07.example.org"));
    int remote = 0; // attempts that ended on that machine
    for (RunRecord &r : records) {
        if ((r.type == RecordType::AttemptStarted || r.type == RecordType::AttemptFinished) &&
            r.task % 2 == 0) {
            r.host = host;
            remote += r.type == RecordType::AttemptFinished ? 1 : 0;
        }
    }
    QVERIFY(remote > 4);
    const QByteArray live = traceOf(records);
    QVERIFY(live.contains("\"host\":\"build-07.example.org\""));
    const auto store = RunStore::open(path(QStringLiteral("host.sqlite")));
    QVERIFY(store);
    const qint64 id = beginRun(**store, mixedSpec());
    QVERIFY(record((*store)->path(), id, records, 1000));
    QCOMPARE(traceOf(replay(**store, id)), live);
    QCOMPARE((*store)->database().scalar(
                 "SELECT count(*) FROM attempt_view WHERE host = 'build-07.example.org'"),
             qint64(remote));
}

// A store written by the first version (messages interned in `names`, no groups) is upgraded in
// place when opened, and reads back as it was written.
void TestRunStore::versionOneStoreIsUpgraded()
{
    const QString file = path(QStringLiteral("v1.sqlite"));
    {
        SqliteDatabase db;
        QVERIFY(db.open(file, SqliteDatabase::Mode::ReadWriteCreate, 1000));
        QVERIFY(RunStoreSchema::createAt(db, 1));
        QCOMPARE(db.scalar("PRAGMA user_version"), qint64(1));
        QVERIFY(db.exec(R"sql(
            INSERT INTO names(id, text) VALUES(1, 'worker-0'), (2, 'OSError'), (3, 'disk full');
            INSERT INTO projects(id, sha256, bytes) VALUES(1, 'x', '{}');
            INSERT INTO runs(id, project_path, project_name, project, started, ended, status,
                             duration_ms, host, pid, process, heartbeat, version, events, tasks,
                             failed, attempts, first_attempt, last_attempt, finish_seq)
            VALUES(1, '/p.vxproj', 'P', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z',
                   'failed', 5.0, 'h', 1, 'p', 'x', 'v1', 1, 1, 1, 1, 1, 1, 2);
            INSERT INTO events(run, event, name, type, tasks, evaluation, status, outcome, failed,
                               attempts, started_ms, finished_ms, seq)
            VALUES(1, 0, 'copy', 'simulate', 1, 'SUCCESS_ON_ALL_EVENTS_SUCCESS', 'failed', 0, 1,
                   1, 0.0, 4.0, 1);
            INSERT INTO attempts(run, seq, event, task, attempt, start_us, duration_us, outcome,
                                 error_type, error, worker, pid, task_status, task_seq)
            VALUES(1, 0, 0, 0, 1, 1000, 2000, 2, 2, 3, 1, 1, 4, 1);
        )sql"));
    }
    const auto store = RunStore::open(file);
    QVERIFY2(store, qPrintable(store.errorString()));
    SqliteDatabase &db = (*store)->database();
    QCOMPARE(db.scalar("PRAGMA user_version"), qint64(RunStoreSchema::kVersion));
    QCOMPARE(db.scalar("SELECT count(*) FROM attempt_view WHERE error = 'disk full'"), qint64(1));
    QCOMPARE(db.scalar("SELECT count(*) FROM task_view WHERE status = 'failed'"), qint64(1));
    const RunRecords back = replay(**store, 1);
    const auto ends = test::select(back, RecordType::AttemptFinished);
    QCOMPARE(ends.size(), size_t(1));
    QCOMPARE(ends[0].errorType, QStringLiteral("OSError"));
    QCOMPARE(ends[0].message, QStringLiteral("disk full"));
    QCOMPARE(ends[0].thread.toString(), QStringLiteral("worker-0"));
}

void TestRunStore::rerunKeepsTaskIdentity()
{
    RunSpec spec;
    spec.events << simulate(QStringLiteral("work"), 1000,
                            {{QStringLiteral("fail_tasks"), QVariantList{3, 934}}}, 1)
                << simulate(QStringLiteral("other"), 3, {}, 1);
    QVariantList inputs = spec.events[0].inputs.toList();
    inputs[934] = QStringLiteral("input of 934");
    spec.events[0].inputs = inputs;
    const RunSpec rerun = rerunSpec(
        spec,
        {{QStringLiteral("work"), 934}, {QStringLiteral("work"), 3}, {QStringLiteral("x"), 1}});
    QCOMPARE(rerun.events.size(), 1);
    QCOMPARE(rerun.events[0].taskIndices, (QList<int>{3, 934}));
    QCOMPARE(rerun.events[0].inputs, (QVariantList{3, QStringLiteral("input of 934")}));
    const RunRecords records = runToCompletion(rerun);
    const RunRecords finished = test::select(records, RecordType::TaskFinished);
    QCOMPARE(finished.size(), size_t(2));
    QSet<int> tasks;
    for (const RunRecord &r : finished) {
        tasks << r.task;
        QCOMPARE(r.taskStatus, TaskStatus::Failed); // fail_tasks judges them as before
    }
    QCOMPARE(tasks, (QSet<int>{3, 934}));
    // A rerun of the rerun maps the indices back through the rerun's own.
    const RunSpec again = rerunSpec(rerun, {{QStringLiteral("work"), 934}});
    QCOMPARE(again.events[0].taskIndices, QList<int>{934});
    QCOMPARE(again.events[0].inputs, QVariantList{QStringLiteral("input of 934")});
}

void TestRunStore::comparisonFindsChangedTasks()
{
    RunSpec spec;
    spec.events << simulate(
        QStringLiteral("work"), 10,
        {{QStringLiteral("fail_tasks"), QVariantList{2, 5}}, {QStringLiteral("fail_attempts"), 1}},
        2);
    RunSpec worse = spec;
    worse.events[0].params[QStringLiteral("fail_attempts")] = 2; // now 2 and 5 fail for good
    worse.events[0].params[QStringLiteral("fail_tasks")] = QVariantList{2, 5, 8};
    RunState a(RunState::Detail::Counts);
    a.apply(runToCompletion(spec));
    RunState b(RunState::Detail::Counts);
    b.apply(runToCompletion(worse));
    const RunComparison c = RunComparison::compare(1, a, 2, b);
    QCOMPARE(c.events.size(), size_t(1));
    QCOMPARE(c.events[0].a.succeeded, 10);
    QCOMPARE(c.events[0].b.succeeded, 7);
    QCOMPARE(c.events[0].b.failed, 3);
    QCOMPARE(c.events[0].a.attempts, 12);
    QCOMPARE(c.events[0].b.attempts, 13);
    QCOMPARE(c.changedTasks.size(), size_t(3));
    QCOMPARE(c.changedTasks[0].task, 2);
    QCOMPARE(c.changedTasks[0].outcomeA, TaskStatus::Succeeded);
    QCOMPARE(c.changedTasks[0].outcomeB, TaskStatus::Failed);
    QCOMPARE(c.changedTasks[2].task, 8);
    QCOMPARE(c.changedTasks[2].attemptsA, 1);
    QCOMPARE(c.changedTasks[2].attemptsB, 2);
    QVERIFY(c.json().startsWith("{\"a\":1,\"b\":2,\"events\":[{\"event\":\"work\",\"status_a\":"));
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
