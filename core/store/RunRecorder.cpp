// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunRecorder.h"

#include "core/store/AttemptGroup.h"
#include "core/store/RunStore.h"

#include <QDateTime>

#include <cmath>
#include <sqlite3.h>

namespace volnux {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

bool RunRecorder::open()
{
    if (!m_db.open(m_path, SqliteDatabase::Mode::ReadWrite, RunStore::busyTimeoutMs()))
        return fail(m_db.error());
    // Checkpoints (copying the log into the file, with a sync) every 1,000 pages, 16 MB of the
    // store's 16 KB pages, on this thread while the run goes on: the last connection to close
    // checkpoints what is left, and the run's process cannot end before that. With 10,000 pages
    // a run of a million tasks (about 55 MB) was copied whole at exit: 0.36 s of its 3.4 s.
    m_db.exec("PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 1000; "
              "PRAGMA cache_size = -16384");
    return prepare();
}

bool RunRecorder::prepare()
{
    const QByteArray insert =
        "INSERT INTO attempts(run, seq, event, task, attempt, start_us, duration_us, outcome, "
        "error_type, error, worker, pid, next_delay_us, retry_us, task_status, task_seq, "
        "descriptor, value, message, host) VALUES";
    const QByteArray values = "(" + QByteArray("?, ").repeated(kAttemptColumns - 1) + "?)";
    m_insertAttempt = m_db.prepare(QByteArray(insert + values).constData());
    QByteArray many = QByteArray(insert + values);
    for (int k = 1; k < kRowsPerInsert; ++k)
        many += ", " + values;
    m_insertAttempts = m_db.prepare(many.constData());
    m_insertGroup =
        m_db.prepare("INSERT INTO attempt_groups(run, seq, start_us, members) VALUES(?, ?, ?, ?)");
    m_insertLog = m_db.prepare("INSERT INTO logs(attempt, lines, dropped) VALUES(?, ?, ?)");
    m_insertTask = m_db.prepare("INSERT INTO tasks(run, seq, event, task, status, attempts, "
                                "time_us) VALUES(?, ?, ?, ?, ?, ?, ?)");
    m_insertName = m_db.prepare("INSERT INTO names(text) VALUES(?)");
    m_setRetry = m_db.prepare("UPDATE attempts SET retry_us = ? WHERE rowid = ?");
    m_eventStarted = m_db.prepare("UPDATE events SET status = 'running', started_ms = ?, "
                                  "step = ?, branch = ? WHERE run = ? AND event = ?");
    m_eventFinished = m_db.prepare(
        "UPDATE events SET status = ?, outcome = ?, succeeded = ?, failed = ?, cancelled = ?, "
        "skipped = ?, attempts = ?, finished_ms = ?, seq = ?, step = ?, branch = ?, "
        "evaluation = ? WHERE run = ? AND event = ?");
    m_runProgress = m_db.prepare(
        "UPDATE runs SET heartbeat = ?, duration_ms = ?, succeeded = ?, failed = ?, "
        "cancelled = ?, skipped = ?, attempts = ?, first_attempt = ?, last_attempt = ? "
        "WHERE id = ?");
    m_runFinished =
        m_db.prepare("UPDATE runs SET status = ?, ended = ?, finish_seq = ? WHERE id = ?");
    for (const SqliteStatement *s :
         {&m_insertAttempt, &m_insertAttempts, &m_insertGroup, &m_insertLog, &m_insertTask,
          &m_insertName, &m_setRetry, &m_eventStarted, &m_eventFinished, &m_runProgress,
          &m_runFinished}) {
        if (!s->isValid())
            return fail(s->error());
    }
    return true;
}

bool RunRecorder::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("run store %1: %2").arg(m_path, message);
    return false;
}

bool RunRecorder::record(const StoreBatch &batch)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_db.exec("BEGIN IMMEDIATE"))
        return fail(m_db.error());
    m_batch = &batch;
    m_pending.clear();
    m_lastInBatch.clear();
    m_cursor = 0;
    const StoreRow *finished = nullptr;
    qint64 finishSeq = 0;
    bool ok = true;
    for (const StoreRow &r : batch.rows) {
        if (r.type == RecordType::RunFinished) {
            finished = &r;
            finishSeq = m_seq++;
        } else {
            ok = collect(r);
        }
        if (!ok)
            break;
    }
    ok = ok && insertGroups() && insertAttempts() && updateRun(batch, finished, finishSeq) &&
         m_db.exec("COMMIT");
    if (!ok) {
        m_db.takeError();
        const QString message = m_db.error();
        m_db.exec("ROLLBACK");
        return fail(message);
    }
    return true;
}

bool RunRecorder::collect(const StoreRow &r)
{
    switch (r.type) {
    case RecordType::EventStarted:
        return updateEventStarted(r);
    case RecordType::AttemptFinished: {
        AttemptRow row;
        row.record = &r;
        row.seq = m_seq++;
        row.startUs = r.start;
        row.durationUs = r.end - r.start;
        if (!m_lastInBatch.isEmpty())
            m_lastInBatch.insert(key(r.event, r.task), m_pending.size());
        m_pending.push_back(row);
        return true;
    }
    case RecordType::RetryScheduled:
        return onRetryScheduled(r);
    case RecordType::TaskFinished:
        return onTaskFinished(r);
    case RecordType::EventFinished:
        return updateEvent(r, m_seq++);
    default:
        return true;
    }
}

// The latest attempt of a task in this batch, or nullptr. The engine reports what follows an
// attempt (its retry, its task's end) in the order of the attempts, so the match is almost always
// just past the previous one; a task met out of that order is looked up in a hash, built once.
RunRecorder::AttemptRow *RunRecorder::pending(int event, int task)
{
    constexpr size_t kWindow = 64;
    const size_t end = std::min(m_pending.size(), m_cursor + kWindow);
    for (size_t i = m_cursor; i < end; ++i) {
        const StoreRow &r = *m_pending[i].record;
        // The first match is the task's latest attempt: its next attempt cannot have finished
        // before what follows this one (its retry) was reported.
        if (r.event == event && r.task == task && !m_pending[i].followed) {
            m_cursor = i + 1;
            return &m_pending[i];
        }
    }
    if (m_lastInBatch.isEmpty()) {
        m_lastInBatch.reserve(qsizetype(m_pending.size()));
        for (size_t i = 0; i < m_pending.size(); ++i)
            m_lastInBatch.insert(key(m_pending[i].record->event, m_pending[i].record->task), i);
    }
    const auto it = m_lastInBatch.constFind(key(event, task));
    return it == m_lastInBatch.constEnd() ? nullptr : &m_pending[*it];
}

// Kept as the wait's start relative to the attempt's end, on the attempt's row.
bool RunRecorder::onRetryScheduled(const StoreRow &r)
{
    const quint64 k = key(r.event, r.task);
    if (AttemptRow *found = pending(r.event, r.task)) {
        AttemptRow &row = *found;
        if (row.record->nextDelay >= 0 && !row.retryUs) {
            row.retryUs = r.time - (row.startUs + row.durationUs);
            row.followed = true;
            return true;
        }
    }
    const auto waiting = m_awaitingRetry.constFind(k);
    if (waiting == m_awaitingRetry.constEnd())
        return true; // a retry of an attempt this store never saw: nothing to attach it to
    const Awaiting attempt = *waiting;
    m_awaitingRetry.erase(waiting);
    return m_setRetry.bind(1, r.time - attempt.endUs).bind(2, attempt.rowid).run();
}

bool RunRecorder::onTaskFinished(const StoreRow &r)
{
    // A skipped event's tasks are not stored one by one: the event's row says it was skipped,
    // and a reader lists its tasks from the event's task count (docs/run-store.md).
    if (r.taskStatus == TaskStatus::Skipped && r.attempt == 0)
        return true;
    const qint64 seq = m_seq++;
    if (AttemptRow *found = pending(r.event, r.task)) {
        AttemptRow &row = *found;
        if (row.record->attempt == r.attempt && row.record->nextDelay < 0 && row.taskStatus < 0) {
            row.taskStatus = int(r.taskStatus);
            row.taskSeq = seq - row.seq;
            row.followed = true;
            return true;
        }
    }
    return m_insertTask.bind(1, m_runId)
        .bind(2, seq)
        .bind(3, r.event)
        .bind(4, r.task)
        .bind(5, int(r.taskStatus))
        .bind(6, r.attempt)
        .bind(7, r.time)
        .run();
}

// A task's first attempt that succeeded and ended its task in this batch, on this machine,
// leaving nothing to say but its times and where it ran: most attempts of a big run.
bool RunRecorder::plain(const AttemptRow &row)
{
    const StoreRow &r = *row.record;
    return r.attempt == 1 && r.outcome == AttemptOutcome::Success && r.extra < 0 &&
           r.host.isEmpty() && r.nextDelay < 0 && !row.retryUs &&
           row.taskStatus == int(TaskStatus::Succeeded);
}

// The plain successes go in groups of up to kMembersPerGroup, in order; the other attempts are
// listed in m_rows for insertAttempts.
bool RunRecorder::insertGroups()
{
    m_rows.clear();
    std::optional<AttemptGroup> group;
    const auto flush = [&] {
        const bool ok = !group || m_insertGroup.bind(1, m_runId)
                                      .bind(2, group->seq())
                                      .bind(3, group->startUs())
                                      .bindText(4, group->text())
                                      .run();
        group.reset();
        return ok;
    };
    for (size_t i = 0; i < m_pending.size(); ++i) {
        const AttemptRow &row = m_pending[i];
        if (!plain(row)) {
            m_rows.push_back(i);
            continue;
        }
        const StoreRow &r = *row.record;
        if (!group)
            group.emplace(row.seq, row.startUs);
        group->add({row.seq, r.event, r.task, row.startUs, row.durationUs,
                    r.thread.isEmpty() ? 0 : nameId(r.thread).value_or(0), r.pid, row.taskSeq,
                    r.descriptor});
        if (group->size() == kMembersPerGroup && !flush())
            return false;
    }
    return flush();
}

// Attempts go in kRowsPerInsert at a time: one statement per row costs SQLite about as much
// again as the row itself (measured in bench_store).
bool RunRecorder::insertAttempts()
{
    size_t i = 0;
    for (; i + kRowsPerInsert <= m_rows.size(); i += kRowsPerInsert) {
        for (int k = 0; k < kRowsPerInsert; ++k)
            bindAttempt(m_insertAttempts, k * kAttemptColumns, m_pending[m_rows[i + size_t(k)]]);
        if (!m_insertAttempts.run() || !afterInsert(i, kRowsPerInsert))
            return false;
    }
    for (; i < m_rows.size(); ++i) {
        bindAttempt(m_insertAttempt, 0, m_pending[m_rows[i]]);
        if (!m_insertAttempt.run() || !afterInsert(i, 1))
            return false;
    }
    return true;
}

void RunRecorder::bindAttempt(SqliteStatement &q, int base, const AttemptRow &row)
{
    const StoreRow &r = *row.record;
    q.bind(base + 1, m_runId)
        .bind(base + 2, row.seq)
        .bind(base + 3, r.event)
        .bind(base + 4, r.task)
        .bind(base + 5, r.attempt)
        .bind(base + 6, row.startUs)
        .bind(base + 7, row.durationUs)
        .bind(base + 8, int(r.outcome));
    const StoreExtra *x = m_batch->extra(r);
    q.bind(base + 9, !x || x->errorType.isEmpty() ? std::nullopt : nameId(x->errorType));
    q.bindNull(base + 10); // messages are kept whole, in `message`: most are unique
    q.bind(base + 11, r.thread.isEmpty() ? std::nullopt : nameId(r.thread));
    q.bind(base + 12, r.pid);
    q.bind(base + 13, r.nextDelay >= 0 ? std::optional<qint64>(r.nextDelay) : std::nullopt);
    q.bind(base + 14, row.retryUs);
    q.bind(base + 15, row.taskStatus >= 0 ? std::optional<qint64>(row.taskStatus) : std::nullopt);
    q.bind(base + 16, row.taskStatus >= 0 ? std::optional<qint64>(row.taskSeq) : std::nullopt);
    q.bind(base + 17, r.descriptor >= 0 ? std::optional<qint64>(r.descriptor) : std::nullopt);
    if (!x || x->value.isNull())
        q.bindNull(base + 18);
    else
        q.bind(base + 18, x->value);
    if (!x || (x->errorType.isEmpty() && x->message.isEmpty()))
        q.bindNull(base + 19);
    else
        q.bind(base + 19, x->message);
    q.bind(base + 20, r.host.isEmpty() ? std::nullopt : nameId(r.host));
}

// The rows of one statement have consecutive rowids, the last one SQLite reports. `first`
// indexes m_rows.
bool RunRecorder::afterInsert(size_t first, int count)
{
    const qint64 firstRowid = m_db.lastInsertId() - count + 1;
    for (int k = 0; k < count; ++k) {
        const AttemptRow &row = m_pending[m_rows[first + size_t(k)]];
        const StoreRow &r = *row.record;
        const qint64 rowid = firstRowid + k;
        if (!m_firstAttempt)
            m_firstAttempt = rowid;
        m_lastAttempt = rowid;
        if (r.nextDelay >= 0 && !row.retryUs)
            m_awaitingRetry.insert(key(r.event, r.task), {rowid, row.startUs + row.durationUs});
        const StoreExtra *x = m_batch->extra(r);
        if (!x || (x->log.isEmpty() && x->droppedLog == 0))
            continue;
        if (!m_insertLog.bind(1, rowid)
                 .bind(2, x->log.join(QLatin1Char('\n')))
                 .bind(3, x->droppedLog)
                 .run())
            return false;
    }
    return true;
}

bool RunRecorder::updateEventStarted(const StoreRow &r)
{
    const StoreExtra &x = *m_batch->extra(r);
    SqliteStatement &q = m_eventStarted;
    q.bind(1, double(r.time) / 1000.0)
        .bind(2, x.step >= 0 ? std::optional<qint64>(x.step) : std::nullopt);
    if (x.branch.isEmpty())
        q.bindNull(3);
    else
        q.bind(3, x.branch.toString());
    return q.bind(4, m_runId).bind(5, r.event).run();
}

bool RunRecorder::updateEvent(const StoreRow &r, qint64 seq)
{
    const StoreExtra &x = *m_batch->extra(r);
    SqliteStatement &q = m_eventFinished;
    q.bind(1, toText(x.eventStatus))
        .bind(2, x.evaluatedOutcome ? 1 : 0)
        .bind(3, x.counts.succeeded())
        .bind(4, x.counts.failed())
        .bind(5, x.counts.cancelled())
        .bind(6, x.counts.skipped())
        .bind(7, x.eventAttempts)
        .bind(8, double(r.time) / 1000.0)
        .bind(9, seq);
    q.bind(10, x.step >= 0 ? std::optional<qint64>(x.step) : std::nullopt);
    if (x.branch.isEmpty())
        q.bindNull(11);
    else
        q.bind(11, x.branch.toString());
    return q.bind(12, x.evaluation.toString()).bind(13, m_runId).bind(14, r.event).run();
}

bool RunRecorder::updateRun(const StoreBatch &batch, const StoreRow *finished, qint64 seq)
{
    const TaskCounts &totals = batch.totals;
    const int attempts = batch.attempts;
    SqliteStatement &q = m_runProgress;
    q.bind(1, nowText())
        .bind(2, finished ? double(finished->time) / 1000.0 : batch.lastTime)
        .bind(3, totals.succeeded())
        .bind(4, totals.failed())
        .bind(5, totals.cancelled())
        .bind(6, totals.skipped())
        .bind(7, attempts)
        .bind(8, m_firstAttempt)
        .bind(9, m_firstAttempt ? std::optional<qint64>(m_lastAttempt) : std::nullopt)
        .bind(10, m_runId);
    if (!q.run())
        return false;
    if (!finished)
        return true;
    return m_runFinished.bind(1, toText(m_batch->extra(*finished)->runStatus))
        .bind(2, nowText())
        .bind(3, seq)
        .bind(4, m_runId)
        .run();
}

std::optional<qint64> RunRecorder::nameId(Name name)
{
    const QString *key = &name.toString();
    if (auto it = m_internedNames.constFind(key); it != m_internedNames.constEnd())
        return *it;
    const std::optional<qint64> id = nameId(name.toString());
    if (id)
        m_internedNames.insert(key, *id);
    return id;
}

// Interned per run: a text repeated within a run is stored once (no index on the text, which
// would cost as much again as the text itself).
std::optional<qint64> RunRecorder::nameId(const QString &text)
{
    if (auto it = m_names.constFind(text); it != m_names.constEnd())
        return *it;
    if (!m_insertName.bind(1, text).run())
        return std::nullopt;
    const qint64 id = m_db.lastInsertId();
    m_names.insert(text, id);
    return id;
}

} // namespace volnux
