// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunStoreSchema.h"

#include "core/store/SqliteDatabase.h"

#include <iterator>

namespace volnux {

namespace {

// Times inside a run are microseconds since the run started (the trace's milliseconds, which it
// rounds to the microsecond); statuses and outcomes of the big tables are small integers, named
// by the views. See docs/run-store.md.
const char *const kSchemaV1 = R"sql(
CREATE TABLE names(
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);
CREATE TABLE projects(
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    bytes BLOB NOT NULL
);
CREATE TABLE runs(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_path TEXT NOT NULL,
    project_name TEXT NOT NULL,
    project INTEGER NOT NULL REFERENCES projects(id),
    started TEXT NOT NULL,
    ended TEXT,
    status TEXT NOT NULL,
    duration_ms REAL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    process TEXT NOT NULL,
    heartbeat TEXT NOT NULL,
    version TEXT NOT NULL,
    parent INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    events INTEGER NOT NULL,
    tasks INTEGER NOT NULL,
    succeeded INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    cancelled INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    first_attempt INTEGER,
    last_attempt INTEGER,
    finish_seq INTEGER
);
CREATE INDEX runs_by_project ON runs(project_path, id);
CREATE TABLE events(
    run INTEGER NOT NULL,
    event INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    tasks INTEGER NOT NULL,
    task_indices BLOB,
    evaluation TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    outcome INTEGER,
    succeeded INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    cancelled INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    started_ms REAL,
    finished_ms REAL,
    step INTEGER,
    branch TEXT,
    seq INTEGER,
    PRIMARY KEY(run, event)
) WITHOUT ROWID;
CREATE TABLE attempts(
    run INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    event INTEGER NOT NULL,
    task INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    start_us INTEGER NOT NULL,
    duration_us INTEGER NOT NULL,
    outcome INTEGER NOT NULL,
    error_type INTEGER,
    error INTEGER,
    worker INTEGER,
    pid INTEGER,
    next_delay_us INTEGER,
    retry_us INTEGER,
    task_status INTEGER,
    task_seq INTEGER,
    descriptor INTEGER,
    value TEXT
);
CREATE TABLE logs(
    attempt INTEGER PRIMARY KEY,
    lines TEXT NOT NULL,
    dropped INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tasks(
    run INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    event INTEGER NOT NULL,
    task INTEGER NOT NULL,
    status INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    time_us INTEGER NOT NULL,
    PRIMARY KEY(run, seq)
) WITHOUT ROWID;
CREATE VIEW attempt_view AS
SELECT a.run, a.event AS event_index, e.name AS event, a.task, a.attempt,
       a.start_us / 1000.0 AS start_ms, (a.start_us + a.duration_us) / 1000.0 AS end_ms,
       CASE a.outcome WHEN 0 THEN 'success' WHEN 1 THEN 'failure' WHEN 2 THEN 'error'
                      ELSE 'cancelled' END AS outcome,
       et.text AS error_type, em.text AS error, w.text AS thread, a.pid,
       a.next_delay_us / 1000.0 AS next_delay_ms, l.lines AS log
FROM attempts a
JOIN events e ON e.run = a.run AND e.event = a.event
LEFT JOIN names et ON et.id = a.error_type
LEFT JOIN names em ON em.id = a.error
LEFT JOIN names w ON w.id = a.worker
LEFT JOIN logs l ON l.attempt = a.rowid;
CREATE VIEW task_view AS
SELECT r.run, e.name AS event, r.task,
       CASE r.status WHEN 3 THEN 'succeeded' WHEN 4 THEN 'failed' WHEN 5 THEN 'cancelled'
                     WHEN 6 THEN 'skipped' ELSE 'unfinished' END AS status,
       r.attempts
FROM (SELECT run, event, task, task_status AS status, attempt AS attempts FROM attempts
      WHERE task_status IS NOT NULL
      UNION ALL SELECT run, event, task, status, attempts FROM tasks) r
JOIN events e ON e.run = r.run AND e.event = r.event;
)sql";

// Version 2: a batch's plain successes (a task's first attempt, which succeeded and left no error,
// value or log) are kept as one row of `attempt_groups`, a JSON array with one small array per
// attempt, instead of one row each: SQLite's cost is per row, and such attempts are most of a
// big run. The views list both kinds alike. Error messages are kept whole, in `message`, rather
// than interned: most are unique (they name a file, a task, an address). `host` names the machine
// of an attempt run elsewhere (RedisExecutor).
const char *const kStepV2 = R"sql(
ALTER TABLE attempts ADD COLUMN message TEXT;
ALTER TABLE attempts ADD COLUMN host INTEGER;
CREATE TABLE attempt_groups(
    run INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    start_us INTEGER NOT NULL,
    members TEXT NOT NULL,
    PRIMARY KEY(run, seq)
) WITHOUT ROWID;
DROP VIEW attempt_view;
DROP VIEW task_view;
CREATE VIEW group_member_view AS
SELECT g.run, g.seq + json_extract(m.value, '$[0]') AS seq, json_extract(m.value, '$[1]') AS event,
       json_extract(m.value, '$[2]') AS task, g.start_us + json_extract(m.value, '$[3]') AS start_us,
       json_extract(m.value, '$[4]') AS duration_us, json_extract(m.value, '$[5]') AS worker,
       json_extract(m.value, '$[6]') AS pid, json_extract(m.value, '$[7]') AS task_seq,
       json_extract(m.value, '$[8]') AS descriptor
FROM attempt_groups g, json_each(g.members) m;
CREATE VIEW attempt_view AS
SELECT a.run, a.event AS event_index, e.name AS event, a.task, a.attempt,
       a.start_us / 1000.0 AS start_ms, (a.start_us + a.duration_us) / 1000.0 AS end_ms,
       CASE a.outcome WHEN 0 THEN 'success' WHEN 1 THEN 'failure' WHEN 2 THEN 'error'
                      ELSE 'cancelled' END AS outcome,
       et.text AS error_type, coalesce(a.message, em.text) AS error, w.text AS thread, a.pid,
       a.next_delay_us / 1000.0 AS next_delay_ms, l.lines AS log, h.text AS host
FROM attempts a
JOIN events e ON e.run = a.run AND e.event = a.event
LEFT JOIN names et ON et.id = a.error_type
LEFT JOIN names em ON em.id = a.error
LEFT JOIN names w ON w.id = a.worker
LEFT JOIN logs l ON l.attempt = a.rowid
LEFT JOIN names h ON h.id = a.host
UNION ALL
SELECT g.run, g.event, e.name, g.task, 1, g.start_us / 1000.0,
       (g.start_us + g.duration_us) / 1000.0, 'success', NULL, NULL, w.text, g.pid, NULL, NULL,
       NULL
FROM group_member_view g
JOIN events e ON e.run = g.run AND e.event = g.event
LEFT JOIN names w ON w.id = g.worker;
CREATE VIEW task_view AS
SELECT r.run, e.name AS event, r.task,
       CASE r.status WHEN 3 THEN 'succeeded' WHEN 4 THEN 'failed' WHEN 5 THEN 'cancelled'
                     WHEN 6 THEN 'skipped' ELSE 'unfinished' END AS status,
       r.attempts
FROM (SELECT run, event, task, task_status AS status, attempt AS attempts FROM attempts
      WHERE task_status IS NOT NULL
      UNION ALL SELECT run, event, task, status, attempts FROM tasks
      UNION ALL SELECT run, event, task, 3, 1 FROM group_member_view) r
JOIN events e ON e.run = r.run AND e.event = r.event;
)sql";

} // namespace

QString RunStoreSchema::check(SqliteDatabase &db)
{
    db.clearError();
    const qint64 objects = db.scalar("SELECT count(*) FROM sqlite_schema");
    const qint64 applicationId = db.scalar("PRAGMA application_id");
    const qint64 version = db.scalar("PRAGMA user_version");
    if (db.errorCode() != 0)
        return db.error();
    if (objects == 0 && applicationId == 0)
        return {}; // a new (or empty) file: ours to create
    if (applicationId != kApplicationId)
        return QStringLiteral("it is a SQLite database, but not a Volnux run store");
    if (version > kVersion)
        return QStringLiteral("it was written by a newer Volnux Studio (schema %1; this program "
                              "reads up to %2)")
            .arg(version)
            .arg(kVersion);
    return {};
}

QString RunStoreSchema::prepare(SqliteDatabase &db)
{
    if (db.scalar("PRAGMA user_version") == kVersion &&
        db.scalar("PRAGMA application_id") == kApplicationId)
        return {};
    if (!db.exec("BEGIN IMMEDIATE"))
        return db.error();
    // Another process may have created or upgraded it while this one waited for the lock.
    const qint64 objects = db.scalar("SELECT count(*) FROM sqlite_schema");
    const qint64 version = db.scalar("PRAGMA user_version");
    bool ok = true;
    if (objects == 0)
        ok = createAt(db, kVersion);
    else if (version < kVersion)
        ok = migrate(db, int(version), kVersion);
    if (!ok) {
        const QString problem = db.error();
        db.exec("ROLLBACK");
        return objects == 0 ? problem
                            : QStringLiteral("upgrading it from schema %1 failed: %2")
                                  .arg(version)
                                  .arg(problem);
    }
    return db.exec("COMMIT") ? QString() : db.error();
}

bool RunStoreSchema::createAt(SqliteDatabase &db, int version)
{
    return migrate(db, 0, version) && db.exec(QStringLiteral("PRAGMA application_id = %1")
                                                  .arg(kApplicationId)
                                                  .toUtf8()
                                                  .constData());
}

// Each step takes the schema from version n to n + 1, in one transaction with the others.
bool RunStoreSchema::migrate(SqliteDatabase &db, int from, int to)
{
    static const char *const kSteps[] = {
        kSchemaV1, // 0 -> 1: a new file, or one with our id whose creation was interrupted
        kStepV2,
    };
    static_assert(std::size(kSteps) == size_t(kVersion));
    for (int v = from; v < to; ++v) {
        if (!db.exec(kSteps[v]))
            return false;
    }
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(to).toUtf8().constData());
}

} // namespace volnux
