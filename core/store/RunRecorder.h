// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns a run's record batches into rows of the run store (docs/run-store.md), one transaction
// per batch: attempts (with the task's end folded into its last attempt when both arrive in the
// same batch; a batch's plain successes as groups, AttemptGroup), task ends that could not be
// folded, event and run rows, interned names and logs. Every record that a trace carries gets a
// sequence number, so the store can give back the trace record for record. Counts come with the
// batch, from the consumer's RunState. Used on one thread (RunStoreWriter's).

#include "core/store/SqliteDatabase.h"
#include "core/store/StoreBatch.h"

#include <QHash>

#include <vector>

namespace volnux {

class RunRecorder
{
public:
    RunRecorder(QString path, qint64 runId) : m_path(std::move(path)), m_runId(runId) {}

    bool open();
    bool record(const StoreBatch &batch); // false: nothing of the batch was kept, see error()
    const QString &error() const { return m_error; }

private:
    struct AttemptRow
    {
        const StoreRow *record = nullptr;
        qint64 seq = 0;
        qint64 startUs = 0;
        qint64 durationUs = 0;
        std::optional<qint64> retryUs;
        int taskStatus = -1;
        qint64 taskSeq = 0;
        bool followed = false; // its retry or its task's end has been attached
    };
    static quint64 key(int event, int task)
    {
        return (quint64(quint32(event)) << 32) | quint32(task);
    }
    bool prepare();
    bool fail(const QString &message);
    bool collect(const StoreRow &r);
    AttemptRow *pending(int event, int task);
    bool onTaskFinished(const StoreRow &r);
    bool onRetryScheduled(const StoreRow &r);
    static constexpr int kAttemptColumns = 20;
    static constexpr int kRowsPerInsert = 32;
    static constexpr int kMembersPerGroup = 4096;
    static bool plain(const AttemptRow &row);
    bool insertAttempts();
    bool insertGroups();
    void bindAttempt(SqliteStatement &q, int base, const AttemptRow &row);
    bool afterInsert(size_t first, int count);
    bool updateEvent(const StoreRow &r, qint64 seq);
    bool updateEventStarted(const StoreRow &r);
    bool updateRun(const StoreBatch &batch, const StoreRow *finished, qint64 seq);
    std::optional<qint64> nameId(const QString &text);
    std::optional<qint64> nameId(Name name); // interned text: looked up by identity

    QString m_path;
    qint64 m_runId;
    QString m_error;
    SqliteDatabase m_db;
    qint64 m_seq = 0;
    const StoreBatch *m_batch = nullptr; // the batch being recorded
    std::optional<qint64> m_firstAttempt;
    qint64 m_lastAttempt = 0;
    std::vector<AttemptRow> m_pending;    // this batch's attempts, in order
    std::vector<size_t> m_rows;           // those of m_pending that get a row of their own
    size_t m_cursor = 0;                  // where the next follow-up is looked for in m_pending
    QHash<quint64, size_t> m_lastInBatch; // (event, task) -> its latest row in m_pending
    struct Awaiting
    {
        qint64 rowid = 0;
        qint64 endUs = 0;
    };
    QHash<quint64, Awaiting> m_awaitingRetry; // (event, task) -> an attempt whose retry is due
    QHash<QString, qint64> m_names;
    QHash<const QString *, qint64> m_internedNames;
    SqliteStatement m_insertAttempt;  // one row
    SqliteStatement m_insertAttempts; // kRowsPerInsert rows
    SqliteStatement m_insertGroup;
    SqliteStatement m_insertLog;
    SqliteStatement m_insertTask;
    SqliteStatement m_insertName;
    SqliteStatement m_setRetry;
    SqliteStatement m_eventStarted;
    SqliteStatement m_eventFinished;
    SqliteStatement m_runProgress;
    SqliteStatement m_runFinished;
};

} // namespace volnux
