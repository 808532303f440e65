// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The run store: one SQLite file (WAL mode) that keeps every recorded run — the exact project
// that ran, its events, tasks and attempts — for `volnux-run history` and the studio. Shared by
// processes: each opens its own RunStore; one process's writes wait for another's (busy
// timeout). Opening it marks the runs whose process died mid-run as interrupted. A file that is
// not a run store, is damaged, is locked or comes from a newer program is refused with the
// reason and never written to. One RunStore is used on one thread; a run's records are written
// by a RunStoreWriter on a thread of its own. Schema and queries: docs/run-store.md.

#include "core/Result.h"
#include "core/store/SqliteDatabase.h"
#include "core/store/StoredRun.h"

#include <memory>
#include <vector>

namespace volnux {

struct RunSpec;

class RunStore
{
public:
    struct NewRun
    {
        QString projectPath; // absolute
        QString projectName;
        QByteArray project; // the project file's bytes, as they ran
        std::optional<qint64> parent;
        QString version;
    };
    struct Filter
    {
        QString projectPath; // empty: every project
        int limit = 0;       // 0: no limit
    };

    // $XDG_DATA_HOME/volnux-studio/runs.sqlite (~/.local/share/... by default).
    static QString defaultPath();
    // How long a write waits for another process's (VOLNUX_STORE_BUSY_TIMEOUT_MS, default 5000).
    static int busyTimeoutMs();

    // Opens (creating it and its folder if need be) the store at `path`. Errors name the file.
    static Result<std::shared_ptr<RunStore>> open(const QString &path);
    const QString &path() const { return m_path; }

    // A new run of `spec`, status "running", owned by this process until it ends.
    Result<qint64> beginRun(const NewRun &run, const RunSpec &spec);
    Result<std::vector<StoredRun>> list(const Filter &filter);
    Result<StoredRun> run(qint64 id);
    Result<std::vector<StoredEvent>> events(qint64 id);
    Result<QByteArray> project(qint64 id);
    // Deletes runs (their events, tasks, attempts and logs); returns how many existed.
    Result<int> remove(const QList<qint64> &ids);
    // Deletes all but the newest `keep` runs (of one project, when given).
    Result<int> prune(int keep, const QString &projectPath = {});
    // Runs whose process is gone while they say "running" become "interrupted"; returns how many.
    int markInterrupted();

    SqliteDatabase &database() { return m_db; }
    // An error that names the store: "run store FILE: message".
    QString error(const QString &message) const;

private:
    explicit RunStore(QString path) : m_path(std::move(path)) {}
    QString setUp(); // opens, checks, creates or migrates; the reason when it could not

    QString m_path;
    SqliteDatabase m_db;
};

} // namespace volnux
