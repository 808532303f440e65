// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunStore.h"

#include "core/engine/RunSpec.h"
#include "core/store/ProcessIdentity.h"
#include "core/store/RunStoreSchema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace volnux {

namespace {

// A run on another machine (a store on a shared disk) whose heartbeat is older than this is
// taken for interrupted.
constexpr qint64 kForeignHeartbeatTimeoutMs = 10 * 60 * 1000;

const char *const kRunColumns =
    "id, project_path, project_name, started, ended, status, duration_ms, host, pid, version, "
    "parent, events, tasks, succeeded, failed, cancelled, skipped, attempts";

StoredRun readRun(const SqliteStatement &q)
{
    StoredRun run;
    run.id = q.int64(0);
    run.projectPath = q.text(1);
    run.projectName = q.text(2);
    run.started = q.text(3);
    run.ended = q.text(4);
    run.status = runStatusFromText(q.text(5)).value_or(RunStatus::Interrupted);
    run.durationMs = q.real(6);
    run.host = q.text(7);
    run.pid = q.int64(8);
    run.version = q.text(9);
    if (!q.isNull(10))
        run.parent = q.int64(10);
    run.events = q.integer(11);
    run.tasks = q.integer(12);
    run.counts.add(TaskStatus::Succeeded, q.integer(13));
    run.counts.add(TaskStatus::Failed, q.integer(14));
    run.counts.add(TaskStatus::Cancelled, q.integer(15));
    run.counts.add(TaskStatus::Skipped, q.integer(16));
    run.attempts = q.integer(17);
    return run;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString RunStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/volnux-studio/runs.sqlite");
}

int RunStore::busyTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("VOLNUX_STORE_BUSY_TIMEOUT_MS", &ok);
    return ok && ms >= 0 ? ms : 5000;
}

QString RunStore::error(const QString &message) const
{
    return QStringLiteral("run store %1: %2").arg(m_path, message);
}

Result<std::shared_ptr<RunStore>> RunStore::open(const QString &path)
{
    using R = Result<std::shared_ptr<RunStore>>;
    std::shared_ptr<RunStore> store(new RunStore(path));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return R::failure(store->error(QStringLiteral("it is not a regular file")));
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(
            store->error(QStringLiteral("cannot create the folder %1").arg(info.absolutePath())));
    // The store keeps each project's text, `env` values (which may be secrets) included, and
    // what the tasks wrote: a new store is its owner's alone. SQLite gives its -wal and -shm
    // files the database's mode. An existing store keeps the mode it has.
    if (!info.exists()) {
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
        else if (errno != EEXIST) // another program creating it at once is fine
            return R::failure(store->error(QStringLiteral("cannot create it: %1")
                                               .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    }
    // Two programs creating the store at once meet locks that SQLite's busy handler does not
    // wait for (switching to WAL, creating the schema): the setup is tried again until the busy
    // timeout has passed.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const QString problem = store->setUp();
        if (problem.isEmpty())
            break;
        if (!store->m_db.isBusyError() || waited.elapsed() >= busyTimeoutMs())
            return R::failure(store->error(problem));
        QThread::msleep(20);
    }
    store->markInterrupted();
    return store;
}

QString RunStore::setUp()
{
    SqliteDatabase &db = m_db;
    if (!db.open(m_path, SqliteDatabase::Mode::ReadWriteCreate, busyTimeoutMs()))
        return db.error();
    if (const QString problem = RunStoreSchema::check(db); !problem.isEmpty())
        return problem;
    // Only now that the file is known to be ours (or empty) is anything written to it.
    db.clearError();
    db.exec("PRAGMA page_size = 16384"); // for a new file: fewer, fuller pages of attempts
    db.scalar("PRAGMA journal_mode = WAL");
    if (db.errorCode() != 0)
        return db.error();
    db.exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON");
    return RunStoreSchema::prepare(db);
}

Result<qint64> RunStore::beginRun(const NewRun &run, const RunSpec &spec)
{
    if (!m_db.exec("BEGIN IMMEDIATE"))
        return Result<qint64>::failure(error(m_db.error()));
    int tasks = 0;
    for (const EventSpec &event : spec.events)
        tasks += int(event.inputs.size());
    // Projects are kept once however many runs ran them: by their SHA-256.
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(run.project, QCryptographicHash::Sha256).toHex());
    SqliteStatement keep =
        m_db.prepare("INSERT OR IGNORE INTO projects(sha256, bytes) VALUES(?, ?)");
    SqliteStatement find = m_db.prepare("SELECT id FROM projects WHERE sha256 = ?");
    bool ok = keep.bind(1, sha).bind(2, run.project).run();
    find.bind(1, sha);
    const qint64 projectId = ok && find.step() == SQLITE_ROW ? find.int64(0) : 0;
    find.reset();
    SqliteStatement insert = m_db.prepare(
        "INSERT INTO runs(project_path, project_name, project, started, status, host, pid, "
        "process, heartbeat, version, parent, events, tasks) "
        "VALUES(?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString now = nowText();
    insert.bind(1, run.projectPath)
        .bind(2, run.projectName)
        .bind(3, projectId)
        .bind(4, now)
        .bind(5, QSysInfo::machineHostName())
        .bind(6, qint64(::getpid()))
        .bind(7, ProcessIdentity::ofThisProcess())
        .bind(8, now)
        .bind(9, run.version)
        .bind(10, run.parent)
        .bind(11, int(spec.events.size()))
        .bind(12, tasks);
    for (const SqliteStatement *q : {&keep, &find, &insert}) {
        if (!q->isValid()) {
            m_db.exec("ROLLBACK");
            return Result<qint64>::failure(error(q->error()));
        }
    }
    ok = ok && projectId > 0 && insert.run();
    const qint64 id = m_db.lastInsertId();
    SqliteStatement event =
        m_db.prepare("INSERT INTO events(run, event, name, type, tasks, task_indices, evaluation) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)");
    for (int e = 0; ok && e < spec.events.size(); ++e) {
        const EventSpec &spec_e = spec.events[e];
        event.bind(1, id)
            .bind(2, e)
            .bind(3, spec_e.name)
            .bind(4, spec_e.eventType)
            .bind(5, int(spec_e.inputs.size()));
        if (spec_e.taskIndices.isEmpty())
            event.bindNull(6);
        else
            event.bind(6, packTaskIndices(spec_e.taskIndices));
        event.bind(7, spec_e.options.evaluation.toString());
        ok = event.run();
    }
    if (!ok || !m_db.exec("COMMIT")) {
        m_db.takeError();
        const QString message = m_db.error();
        m_db.exec("ROLLBACK");
        return Result<qint64>::failure(error(message));
    }
    return id;
}

Result<std::vector<StoredRun>> RunStore::list(const Filter &filter)
{
    const QByteArray sql = QByteArray("SELECT ") + kRunColumns + " FROM runs" +
                           (filter.projectPath.isEmpty() ? "" : " WHERE project_path = ?") +
                           " ORDER BY id DESC LIMIT ?";
    SqliteStatement q = m_db.prepare(sql.constData());
    int index = 1;
    if (!filter.projectPath.isEmpty())
        q.bind(index++, filter.projectPath);
    q.bind(index, qint64(filter.limit > 0 ? filter.limit : -1));
    std::vector<StoredRun> runs;
    int rc = 0;
    while ((rc = q.step()) == SQLITE_ROW)
        runs.push_back(readRun(q));
    if (rc != SQLITE_DONE)
        return Result<std::vector<StoredRun>>::failure(error(q.error()));
    return runs;
}

Result<StoredRun> RunStore::run(qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + kRunColumns + " FROM runs WHERE id = ?";
    SqliteStatement q = m_db.prepare(sql.constData());
    q.bind(1, id);
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return readRun(q);
    return Result<StoredRun>::failure(
        error(rc == SQLITE_DONE ? QStringLiteral("no run %1").arg(id) : q.error()));
}

Result<std::vector<StoredEvent>> RunStore::events(qint64 id)
{
    SqliteStatement q = m_db.prepare(
        "SELECT event, name, type, tasks, task_indices, evaluation, status, outcome, succeeded, "
        "failed, cancelled, skipped, attempts, started_ms, finished_ms, step, branch, seq "
        "FROM events WHERE run = ? ORDER BY event");
    q.bind(1, id);
    std::vector<StoredEvent> events;
    int rc = 0;
    while ((rc = q.step()) == SQLITE_ROW) {
        StoredEvent e;
        e.index = q.integer(0);
        e.name = q.text(1);
        e.type = q.text(2);
        e.tasks = q.integer(3);
        e.taskIndices = unpackTaskIndices(q.blob(4));
        e.evaluation = q.text(5);
        e.status = eventStatusFromText(q.text(6)).value_or(EventStatus::Pending);
        e.outcome = q.integer(7) != 0;
        e.counts.add(TaskStatus::Succeeded, q.integer(8));
        e.counts.add(TaskStatus::Failed, q.integer(9));
        e.counts.add(TaskStatus::Cancelled, q.integer(10));
        e.counts.add(TaskStatus::Skipped, q.integer(11));
        e.attempts = q.integer(12);
        e.startedMs = q.isNull(13) ? -1 : q.real(13);
        e.finishedMs = q.isNull(14) ? -1 : q.real(14);
        e.step = q.isNull(15) ? -1 : q.integer(15);
        e.branch = q.isNull(16) ? QString() : q.text(16);
        if (!q.isNull(17))
            e.seq = q.int64(17);
        events.push_back(e);
    }
    if (rc != SQLITE_DONE)
        return Result<std::vector<StoredEvent>>::failure(error(q.error()));
    return events;
}

Result<QByteArray> RunStore::project(qint64 id)
{
    SqliteStatement q = m_db.prepare(
        "SELECT p.bytes FROM runs r JOIN projects p ON p.id = r.project WHERE r.id = ?");
    q.bind(1, id);
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return q.blob(0);
    return Result<QByteArray>::failure(
        error(rc == SQLITE_DONE ? QStringLiteral("no run %1").arg(id) : q.error()));
}

Result<int> RunStore::remove(const QList<qint64> &ids)
{
    markInterrupted();
    for (qint64 id : ids) {
        const Result<StoredRun> run = this->run(id);
        if (!run)
            return Result<int>::failure(run.errors());
        if (run->status == RunStatus::Running)
            return Result<int>::failure(error(
                QStringLiteral("run %1 is still running (pid %2 on %3); it can be deleted when "
                               "it has ended")
                    .arg(id)
                    .arg(run->pid)
                    .arg(run->host)));
    }
    if (!m_db.exec("BEGIN IMMEDIATE"))
        return Result<int>::failure(error(m_db.error()));
    int removed = 0;
    for (qint64 id : ids) {
        SqliteStatement range =
            m_db.prepare("SELECT first_attempt, last_attempt FROM runs WHERE id = ?");
        range.bind(1, id);
        if (range.step() != SQLITE_ROW)
            continue;
        const qint64 first = range.isNull(0) ? 1 : range.int64(0);
        const qint64 last = range.isNull(1) ? 0 : range.int64(1);
        range.reset();
        SqliteStatement logs =
            m_db.prepare("DELETE FROM logs WHERE attempt IN (SELECT rowid FROM attempts WHERE "
                         "rowid BETWEEN ? AND ? AND run = ?)");
        SqliteStatement attempts =
            m_db.prepare("DELETE FROM attempts WHERE rowid BETWEEN ? AND ? AND run = ?");
        bool ok = logs.bind(1, first).bind(2, last).bind(3, id).run() &&
                  attempts.bind(1, first).bind(2, last).bind(3, id).run();
        for (const char *sql :
             {"DELETE FROM attempt_groups WHERE run = ?", "DELETE FROM tasks WHERE run = ?",
              "DELETE FROM events WHERE run = ?", "DELETE FROM runs WHERE id = ?"}) {
            SqliteStatement q = m_db.prepare(sql);
            ok = ok && q.bind(1, id).run();
        }
        if (!ok) {
            m_db.takeError();
            const QString message = m_db.error();
            m_db.exec("ROLLBACK");
            return Result<int>::failure(error(message));
        }
        ++removed;
    }
    // A project no run refers to any more goes with its last run.
    if (!m_db.exec("DELETE FROM projects WHERE id NOT IN (SELECT project FROM runs)") ||
        !m_db.exec("COMMIT")) {
        const QString message = m_db.error();
        m_db.exec("ROLLBACK");
        return Result<int>::failure(error(message));
    }
    return removed;
}

Result<int> RunStore::prune(int keep, const QString &projectPath)
{
    markInterrupted();
    const QByteArray sql = QByteArray("SELECT id FROM runs WHERE status != 'running'") +
                           (projectPath.isEmpty() ? "" : " AND project_path = ?") +
                           " ORDER BY id DESC LIMIT -1 OFFSET ?";
    SqliteStatement q = m_db.prepare(sql.constData());
    int index = 1;
    if (!projectPath.isEmpty())
        q.bind(index++, projectPath);
    q.bind(index, qint64(std::max(keep, 0)));
    QList<qint64> ids;
    int rc = 0;
    while ((rc = q.step()) == SQLITE_ROW)
        ids << q.int64(0);
    if (rc != SQLITE_DONE)
        return Result<int>::failure(error(q.error()));
    q.reset();
    return ids.isEmpty() ? Result<int>(0) : remove(ids);
}

int RunStore::markInterrupted()
{
    SqliteStatement q =
        m_db.prepare("SELECT id, host, process, heartbeat FROM runs WHERE status = 'running'");
    const QString host = QSysInfo::machineHostName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> gone;
    while (q.step() == SQLITE_ROW) {
        const QDateTime heartbeat = QDateTime::fromString(q.text(3), Qt::ISODateWithMs);
        const bool dead = q.text(1) == host ? !ProcessIdentity::isAlive(q.text(2))
                                            : heartbeat.msecsTo(now) > kForeignHeartbeatTimeoutMs;
        if (dead)
            gone << q.int64(0);
    }
    q.reset();
    int marked = 0;
    for (qint64 id : gone) {
        SqliteStatement update =
            m_db.prepare("UPDATE runs SET status = 'interrupted', ended = heartbeat "
                         "WHERE id = ? AND status = 'running'");
        if (update.bind(1, id).run())
            marked += m_db.changes();
    }
    return marked;
}

} // namespace volnux
