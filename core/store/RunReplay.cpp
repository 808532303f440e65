// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunReplay.h"

#include "core/observe/RunState.h"
#include "core/store/AttemptGroup.h"
#include "core/store/RunStore.h"

#include <QHash>

#include <queue>
#include <sqlite3.h>

namespace volnux {

namespace {

double ms(qint64 us)
{
    return double(us) / 1000.0;
}

struct PendingTask
{
    qint64 seq = 0;
    int event = 0;
    int task = 0;
    int status = 0;
    int attempts = 0;
    double time = 0;
    bool operator>(const PendingTask &other) const { return seq > other.seq; }
};

// Merges the run's stored rows (attempts, unfolded task ends, event ends, the run's end) back
// into one stream by their sequence numbers.
class Replayer
{
public:
    Replayer(RunStore &store, const StoredRun &run, std::vector<StoredEvent> events,
             const RunReplay::Options &options, const std::function<bool(const RunRecords &)> &sink)
        : m_store(store), m_run(run), m_events(std::move(events)), m_options(options), m_sink(sink)
    {
        for (const StoredEvent &e : m_events) {
            m_eventNames << Name(e.name);
            m_branches << Name(e.branch);
        }
    }

    Result<bool> run();

private:
    RunRecord &push(RecordType type, double time, int event = -1, int task = -1);
    bool flush(bool force = false);
    void emitStart();
    void emitAttempt(const SqliteStatement &q);
    void emitMember(const AttemptGroup::Member &m);
    bool nextMember(SqliteStatement &groups, qint64 &seq);
    void emitTask(const PendingTask &task);
    void emitEventFinished(const StoredEvent &event);
    void emitRunFinished();
    QString name(const SqliteStatement &q, int column);
    QString name(qint64 id);
    Name internedName(const SqliteStatement &q, int column);
    Name internedName(qint64 id);
    const StoredEvent *event(int index) const
    {
        return index >= 0 && index < int(m_events.size()) ? &m_events[size_t(index)] : nullptr;
    }

    RunStore &m_store;
    StoredRun m_run;
    std::vector<StoredEvent> m_events;
    QList<Name> m_eventNames;
    QList<Name> m_branches;
    RunReplay::Options m_options;
    const std::function<bool(const RunRecords &)> &m_sink;
    RunRecords m_out;
    bool m_stopped = false;
    QHash<qint64, QString> m_names;
    QHash<qint64, Name> m_interned;
    SqliteStatement m_findName;
    std::vector<AttemptGroup::Member> m_members; // of the group being read
    size_t m_member = 0;
    QString m_damaged;
    std::priority_queue<PendingTask, std::vector<PendingTask>, std::greater<>> m_folded;
};

RunRecord &Replayer::push(RecordType type, double time, int event, int task)
{
    RunRecord &r = m_out.emplace_back();
    r.type = type;
    r.time = time;
    r.event = event;
    r.task = task;
    if (const StoredEvent *e = this->event(event)) {
        r.eventName = m_eventNames[event];
        r.step = e->step;
        r.branch = m_branches[event];
    }
    return r;
}

bool Replayer::flush(bool force)
{
    if (m_stopped || (!force && m_out.size() < m_options.batchSize) || m_out.empty())
        return !m_stopped;
    m_stopped = !m_sink(m_out);
    m_out.clear();
    return !m_stopped;
}

QString Replayer::name(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QString() : name(q.int64(column));
}

QString Replayer::name(qint64 id)
{
    if (auto it = m_names.constFind(id); it != m_names.constEnd())
        return *it;
    if (!m_findName.isValid())
        m_findName = m_store.database().prepare("SELECT text FROM names WHERE id = ?");
    m_findName.bind(1, id);
    const QString text = m_findName.step() == SQLITE_ROW ? m_findName.text(0) : QString();
    m_findName.reset();
    m_names.insert(id, text);
    return text;
}

Name Replayer::internedName(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? Name() : internedName(q.int64(column));
}

Name Replayer::internedName(qint64 id)
{
    auto it = m_interned.constFind(id);
    if (it == m_interned.constEnd())
        it = m_interned.insert(id, Name(name(id)));
    return *it;
}

void Replayer::emitStart()
{
    RunRecord &started = push(RecordType::RunStarted, 0);
    started.total = int(m_events.size());
    std::vector<const StoredEvent *> order;
    for (const StoredEvent &e : m_events) {
        if (e.startedMs >= 0)
            order.push_back(&e);
    }
    std::stable_sort(order.begin(), order.end(), [](const StoredEvent *a, const StoredEvent *b) {
        return a->startedMs < b->startedMs;
    });
    for (const StoredEvent *e : order) {
        RunRecord &r = push(RecordType::EventStarted, e->startedMs, e->index);
        r.total = e->tasks;
        r.evaluation = e->evaluation;
    }
}

// Columns: see the query in run().
void Replayer::emitAttempt(const SqliteStatement &q)
{
    const int eventIndex = q.integer(2);
    const int task = q.integer(3);
    const qint64 startUs = q.int64(5);
    const qint64 endUs = startUs + q.int64(6);
    const Name thread = internedName(q, 10);
    const Name host = internedName(q, 21);
    if (m_options.attemptStarts) {
        RunRecord &started = push(RecordType::AttemptStarted, ms(startUs), eventIndex, task);
        started.attempt = q.integer(4);
        started.start = ms(startUs);
        started.thread = thread;
        started.host = host;
        started.pid = q.int64(11);
    }

    RunRecord &r = push(RecordType::AttemptFinished, ms(endUs), eventIndex, task);
    r.attempt = q.integer(4);
    r.start = ms(startUs);
    r.end = ms(endUs);
    r.outcome = AttemptOutcome(q.integer(7));
    if (!q.isNull(8))
        r.errorType = name(q, 8);
    if (!q.isNull(9))
        r.message = name(q, 9);
    if (!q.isNull(20))
        r.message = q.text(20);
    r.thread = thread;
    r.host = host;
    r.pid = q.int64(11);
    r.nextDelay = q.isNull(12) ? -1 : ms(q.int64(12));
    r.descriptor = q.isNull(16) ? -1 : q.integer(16);
    if (!q.isNull(17))
        r.value = q.text(17);
    if (m_options.logs && !q.isNull(18)) {
        r.log = q.text(18).split(QLatin1Char('\n'));
        r.droppedLog = q.integer(19);
    }
    const double nextDelay = r.nextDelay;
    const int attempt = r.attempt;
    if (!q.isNull(13) && nextDelay >= 0) {
        RunRecord &retry =
            push(RecordType::RetryScheduled, ms(endUs + q.int64(13)), eventIndex, task);
        retry.attempt = attempt + 1;
        retry.nextDelay = nextDelay;
        retry.due = retry.time + nextDelay;
    }
    if (!q.isNull(14))
        m_folded.push(
            {q.int64(1) + q.int64(15), eventIndex, task, q.integer(14), attempt, ms(endUs)});
}

void Replayer::emitMember(const AttemptGroup::Member &m)
{
    const qint64 endUs = m.startUs + m.durationUs;
    const Name thread = m.worker > 0 ? internedName(m.worker) : Name();
    if (m_options.attemptStarts) {
        RunRecord &started = push(RecordType::AttemptStarted, ms(m.startUs), m.event, m.task);
        started.attempt = 1;
        started.start = ms(m.startUs);
        started.thread = thread;
        started.pid = m.pid;
    }
    RunRecord &r = push(RecordType::AttemptFinished, ms(endUs), m.event, m.task);
    r.attempt = 1;
    r.start = ms(m.startUs);
    r.end = ms(endUs);
    r.outcome = AttemptOutcome::Success;
    r.thread = thread;
    r.pid = m.pid;
    r.nextDelay = -1;
    r.descriptor = m.descriptor;
    m_folded.push({m.seq + m.taskSeq, m.event, m.task, int(TaskStatus::Succeeded), 1, ms(endUs)});
}

// Moves to the next member of the run's groups; `seq` is its sequence number, or the largest
// qint64 at the end. False when a group cannot be read.
bool Replayer::nextMember(SqliteStatement &groups, qint64 &seq)
{
    if (m_member + 1 < m_members.size()) {
        seq = m_members[++m_member].seq;
        return true;
    }
    m_members.clear();
    m_member = 0;
    seq = std::numeric_limits<qint64>::max();
    while (m_members.empty()) {
        const int rc = groups.step();
        if (rc == SQLITE_DONE)
            return true;
        if (rc != SQLITE_ROW) {
            m_damaged = groups.error();
            return false;
        }
        if (!AttemptGroup::read(groups.blob(2), groups.int64(0), groups.int64(1), m_members)) {
            m_damaged =
                QStringLiteral("the attempt group at seq %1 is damaged").arg(groups.int64(0));
            return false;
        }
    }
    seq = m_members.front().seq;
    return true;
}

void Replayer::emitTask(const PendingTask &task)
{
    RunRecord &r = push(RecordType::TaskFinished, task.time, task.event, task.task);
    r.taskStatus = TaskStatus(task.status);
    r.attempt = task.attempts;
}

void Replayer::emitEventFinished(const StoredEvent &e)
{
    if (e.status == EventStatus::Skipped) {
        for (int i = 0; i < e.tasks; ++i) {
            RunRecord &r = push(RecordType::TaskFinished, e.finishedMs, e.index, e.taskIndex(i));
            r.taskStatus = TaskStatus::Skipped;
            flush();
        }
    }
    RunRecord &r = push(RecordType::EventFinished, e.finishedMs, e.index);
    r.eventStatus = e.status;
    r.counts = e.counts;
    r.total = e.tasks;
    r.evaluation = e.evaluation;
    r.evaluatedOutcome = e.outcome;
}

void Replayer::emitRunFinished()
{
    RunRecord &r = push(RecordType::RunFinished, m_run.durationMs);
    r.runStatus = m_run.status;
    r.end = r.time;
}

Result<bool> Replayer::run()
{
    SqliteDatabase &db = m_store.database();
    SqliteStatement range =
        db.prepare("SELECT first_attempt, last_attempt, finish_seq FROM runs WHERE id = ?");
    range.bind(1, m_run.id);
    if (range.step() != SQLITE_ROW)
        return Result<bool>::failure(m_store.error(QStringLiteral("no run %1").arg(m_run.id)));
    const qint64 first = range.isNull(0) ? 1 : range.int64(0);
    const qint64 last = range.isNull(1) ? 0 : range.int64(1);
    const bool finished = !range.isNull(2);
    const qint64 finishSeq = finished ? range.int64(2) : 0;
    range.reset();

    SqliteStatement attempts = db.prepare(
        m_options.logs
            ? "SELECT a.rowid, a.seq, a.event, a.task, a.attempt, a.start_us, a.duration_us, "
              "a.outcome, a.error_type, a.error, a.worker, a.pid, a.next_delay_us, a.retry_us, "
              "a.task_status, a.task_seq, a.descriptor, a.value, l.lines, l.dropped, a.message, "
              "a.host "
              "FROM attempts a LEFT JOIN logs l ON l.attempt = a.rowid "
              "WHERE a.rowid BETWEEN ? AND ? AND a.run = ? ORDER BY a.rowid"
            : "SELECT rowid, seq, event, task, attempt, start_us, duration_us, outcome, "
              "error_type, error, worker, pid, next_delay_us, retry_us, task_status, task_seq, "
              "descriptor, value, NULL, NULL, message, host FROM attempts "
              "WHERE rowid BETWEEN ? AND ? AND run = ? ORDER BY rowid");
    attempts.bind(1, first).bind(2, last).bind(3, m_run.id);
    SqliteStatement groups =
        db.prepare("SELECT seq, start_us, members FROM attempt_groups WHERE run = ? ORDER BY seq");
    groups.bind(1, m_run.id);
    SqliteStatement tasks = db.prepare("SELECT seq, event, task, status, attempts, time_us "
                                       "FROM tasks WHERE run = ? ORDER BY seq");
    tasks.bind(1, m_run.id);

    std::vector<const StoredEvent *> ends;
    for (const StoredEvent &e : m_events) {
        if (e.seq)
            ends.push_back(&e);
    }
    std::sort(ends.begin(), ends.end(),
              [](const StoredEvent *a, const StoredEvent *b) { return *a->seq < *b->seq; });

    emitStart();
    constexpr qint64 kNone = std::numeric_limits<qint64>::max();
    int attemptRc = attempts.step();
    int taskRc = tasks.step();
    qint64 g = kNone;
    if (!nextMember(groups, g))
        return Result<bool>::failure(m_store.error(m_damaged));
    size_t nextEnd = 0;
    bool runEnded = !finished;
    while (flush()) {
        const qint64 a = attemptRc == SQLITE_ROW ? attempts.int64(1) : kNone;
        const qint64 t = taskRc == SQLITE_ROW ? tasks.int64(0) : kNone;
        const qint64 f = m_folded.empty() ? kNone : m_folded.top().seq;
        const qint64 e = nextEnd < ends.size() ? *ends[nextEnd]->seq : kNone;
        const qint64 r = runEnded ? kNone : finishSeq;
        const qint64 next = std::min({a, g, t, f, e, r});
        if (next == kNone)
            break;
        if (next == g) {
            emitMember(m_members[m_member]);
            if (!nextMember(groups, g))
                return Result<bool>::failure(m_store.error(m_damaged));
        } else if (next == a) {
            emitAttempt(attempts);
            attemptRc = attempts.step();
        } else if (next == f) {
            emitTask(m_folded.top());
            m_folded.pop();
        } else if (next == t) {
            emitTask({t, tasks.integer(1), tasks.integer(2), tasks.integer(3), tasks.integer(4),
                      ms(tasks.int64(5))});
            taskRc = tasks.step();
        } else if (next == e) {
            emitEventFinished(*ends[nextEnd++]);
        } else {
            emitRunFinished();
            runEnded = true;
        }
    }
    if (attemptRc != SQLITE_ROW && attemptRc != SQLITE_DONE)
        return Result<bool>::failure(m_store.error(attempts.error()));
    if (taskRc != SQLITE_ROW && taskRc != SQLITE_DONE)
        return Result<bool>::failure(m_store.error(tasks.error()));
    flush(true);
    return !m_stopped;
}

} // namespace

Result<bool> RunReplay::replay(RunStore &store, qint64 runId,
                               const std::function<bool(const RunRecords &)> &sink,
                               const Options &options)
{
    const Result<StoredRun> run = store.run(runId);
    if (!run)
        return Result<bool>::failure(run.errors());
    Result<std::vector<StoredEvent>> events = store.events(runId);
    if (!events)
        return Result<bool>::failure(events.errors());
    Replayer replayer(store, *run, std::move(events.value()), options, sink);
    return replayer.run();
}

Result<bool> RunReplay::readInto(RunStore &store, qint64 runId, RunState &state)
{
    Options options;
    options.logs = false;
    return replay(
        store, runId,
        [&state](const RunRecords &records) {
            state.apply(records);
            return true;
        },
        options);
}

} // namespace volnux
