#include "core/store/RunRecorder.h"

#include "core/events/VariantText.h"
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
    m_db.exec("PRAGMA synchronous = NORMAL");
    return prepare();
}

bool RunRecorder::prepare()
{
    m_insertAttempt = m_db.prepare(
        "INSERT INTO attempts(run, seq, event, task, attempt, start_us, duration_us, outcome, "
        "error_type, error, worker, pid, next_delay_us, retry_us, task_status, task_seq, "
        "descriptor, value) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insertLog = m_db.prepare("INSERT INTO logs(attempt, lines, dropped) VALUES(?, ?, ?)");
    m_insertTask = m_db.prepare("INSERT INTO tasks(run, seq, event, task, status, attempts, "
                                "time_us) VALUES(?, ?, ?, ?, ?, ?, ?)");
    m_insertName = m_db.prepare("INSERT OR IGNORE INTO names(text) VALUES(?)");
    m_findName = m_db.prepare("SELECT id FROM names WHERE text = ?");
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
         {&m_insertAttempt, &m_insertLog, &m_insertTask, &m_insertName, &m_findName, &m_setRetry,
          &m_eventStarted, &m_eventFinished, &m_runProgress, &m_runFinished}) {
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

bool RunRecorder::record(const RunRecords &batch)
{
    if (!m_error.isEmpty())
        return false;
    m_state.apply(batch);
    if (!m_db.exec("BEGIN IMMEDIATE"))
        return fail(m_db.error());
    m_pending.clear();
    m_lastInBatch.clear();
    const RunRecord *finished = nullptr;
    qint64 finishSeq = 0;
    bool ok = true;
    for (const RunRecord &r : batch) {
        if (r.type == RecordType::RunFinished) {
            finished = &r;
            finishSeq = m_seq++;
        } else {
            ok = collect(r);
        }
        if (!ok)
            break;
    }
    ok = ok && insertAttempts() && updateRun(finished, finishSeq) && m_db.exec("COMMIT");
    if (!ok) {
        m_db.takeError();
        const QString message = m_db.error();
        m_db.exec("ROLLBACK");
        return fail(message);
    }
    return true;
}

bool RunRecorder::collect(const RunRecord &r)
{
    switch (r.type) {
    case RecordType::EventStarted:
        return updateEventStarted(r);
    case RecordType::AttemptFinished: {
        AttemptRow row;
        row.record = &r;
        row.seq = m_seq++;
        row.startUs = toMicros(r.start);
        row.durationUs = toMicros(r.end) - row.startUs;
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

// Kept as the wait's start relative to the attempt's end, on the attempt's row.
bool RunRecorder::onRetryScheduled(const RunRecord &r)
{
    const quint64 k = key(r.event, r.task);
    if (auto it = m_lastInBatch.constFind(k); it != m_lastInBatch.constEnd()) {
        AttemptRow &row = m_pending[*it];
        if (row.record->nextDelay >= 0 && !row.retryUs) {
            row.retryUs = toMicros(r.time) - (row.startUs + row.durationUs);
            return true;
        }
    }
    const auto waiting = m_awaitingRetry.constFind(k);
    if (waiting == m_awaitingRetry.constEnd())
        return true; // a retry of an attempt this store never saw: nothing to attach it to
    const qint64 rowid = *waiting;
    m_awaitingRetry.erase(waiting);
    SqliteStatement q = m_db.prepare("SELECT start_us + duration_us FROM attempts WHERE rowid = ?");
    q.bind(1, rowid);
    if (q.step() != SQLITE_ROW)
        return true;
    const qint64 endUs = q.int64(0);
    q.reset();
    return m_setRetry.bind(1, toMicros(r.time) - endUs).bind(2, rowid).run();
}

bool RunRecorder::onTaskFinished(const RunRecord &r)
{
    // A skipped event's tasks are not stored one by one: the event's row says it was skipped,
    // and a reader lists its tasks from the event's task count (docs/run-store.md).
    if (r.taskStatus == TaskStatus::Skipped && r.attempt == 0)
        return true;
    const qint64 seq = m_seq++;
    if (auto it = m_lastInBatch.constFind(key(r.event, r.task)); it != m_lastInBatch.constEnd()) {
        AttemptRow &row = m_pending[*it];
        if (row.record->attempt == r.attempt && row.record->nextDelay < 0 && row.taskStatus < 0) {
            row.taskStatus = int(r.taskStatus);
            row.taskSeq = seq - row.seq;
            return true;
        }
    }
    return m_insertTask.bind(1, m_runId)
        .bind(2, seq)
        .bind(3, r.event)
        .bind(4, r.task)
        .bind(5, int(r.taskStatus))
        .bind(6, r.attempt)
        .bind(7, toMicros(r.time))
        .run();
}

bool RunRecorder::insertAttempts()
{
    for (const AttemptRow &row : m_pending) {
        if (!insertAttempt(row))
            return false;
    }
    return true;
}

bool RunRecorder::insertAttempt(const AttemptRow &row)
{
    const RunRecord &r = *row.record;
    SqliteStatement &q = m_insertAttempt;
    q.bind(1, m_runId)
        .bind(2, row.seq)
        .bind(3, r.event)
        .bind(4, r.task)
        .bind(5, r.attempt)
        .bind(6, row.startUs)
        .bind(7, row.durationUs)
        .bind(8, int(r.outcome));
    q.bind(9, r.errorType.isEmpty() ? std::nullopt : nameId(r.errorType));
    q.bind(10, r.errorType.isEmpty() && r.message.isEmpty() ? std::nullopt : nameId(r.message));
    q.bind(11, r.thread.isEmpty() ? std::nullopt : nameId(r.thread));
    q.bind(12, r.pid);
    q.bind(13, r.nextDelay >= 0 ? std::optional<qint64>(toMicros(r.nextDelay)) : std::nullopt);
    q.bind(14, row.retryUs);
    q.bind(15, row.taskStatus >= 0 ? std::optional<qint64>(row.taskStatus) : std::nullopt);
    q.bind(16, row.taskStatus >= 0 ? std::optional<qint64>(row.taskSeq) : std::nullopt);
    q.bind(17, r.descriptor >= 0 ? std::optional<qint64>(r.descriptor) : std::nullopt);
    if (r.outcome == AttemptOutcome::Failure && r.value.isValid() && !r.value.isNull())
        q.bind(18, variantToText(r.value));
    else
        q.bindNull(18);
    if (!q.run())
        return false;
    const qint64 rowid = m_db.lastInsertId();
    if (!m_firstAttempt)
        m_firstAttempt = rowid;
    m_lastAttempt = rowid;
    if (r.nextDelay >= 0 && !row.retryUs)
        m_awaitingRetry.insert(key(r.event, r.task), rowid);
    if (r.log.isEmpty() && r.droppedLog == 0)
        return true;
    return m_insertLog.bind(1, rowid)
        .bind(2, r.log.join(QLatin1Char('\n')))
        .bind(3, r.droppedLog)
        .run();
}

bool RunRecorder::updateEventStarted(const RunRecord &r)
{
    SqliteStatement &q = m_eventStarted;
    q.bind(1, r.time).bind(2, r.step >= 0 ? std::optional<qint64>(r.step) : std::nullopt);
    if (r.branch.isEmpty())
        q.bindNull(3);
    else
        q.bind(3, r.branch.toString());
    return q.bind(4, m_runId).bind(5, r.event).run();
}

bool RunRecorder::updateEvent(const RunRecord &r, qint64 seq)
{
    const auto &events = m_state.events();
    const int attempts =
        r.event >= 0 && r.event < int(events.size()) ? events[size_t(r.event)].attempts : 0;
    SqliteStatement &q = m_eventFinished;
    q.bind(1, toText(r.eventStatus))
        .bind(2, r.evaluatedOutcome ? 1 : 0)
        .bind(3, r.counts.succeeded())
        .bind(4, r.counts.failed())
        .bind(5, r.counts.cancelled())
        .bind(6, r.counts.skipped())
        .bind(7, attempts)
        .bind(8, r.time)
        .bind(9, seq);
    q.bind(10, r.step >= 0 ? std::optional<qint64>(r.step) : std::nullopt);
    if (r.branch.isEmpty())
        q.bindNull(11);
    else
        q.bind(11, r.branch.toString());
    return q.bind(12, r.evaluation.toString()).bind(13, m_runId).bind(14, r.event).run();
}

bool RunRecorder::updateRun(const RunRecord *finished, qint64 seq)
{
    const TaskCounts &totals = m_state.totals();
    int attempts = 0;
    for (const EventState &e : m_state.events())
        attempts += e.attempts;
    SqliteStatement &q = m_runProgress;
    q.bind(1, nowText())
        .bind(2, finished ? finished->time : m_state.lastTime())
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
    return m_runFinished.bind(1, toText(finished->runStatus))
        .bind(2, nowText())
        .bind(3, seq)
        .bind(4, m_runId)
        .run();
}

std::optional<qint64> RunRecorder::nameId(const QString &text)
{
    if (auto it = m_names.constFind(text); it != m_names.constEnd())
        return *it;
    if (!m_insertName.bind(1, text).run())
        return std::nullopt;
    m_findName.bind(1, text);
    std::optional<qint64> id;
    if (m_findName.step() == SQLITE_ROW)
        id = m_findName.int64(0);
    m_findName.reset();
    if (id)
        m_names.insert(text, *id);
    return id;
}

} // namespace volnux
