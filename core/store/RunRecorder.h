#pragma once

// Turns a run's record batches into rows of the run store (docs/run-store.md), one transaction
// per batch: attempts (with the task's end folded into its last attempt when both arrive in the
// same batch), task ends that could not be folded, event and run rows, interned names and logs.
// Every record that a trace carries gets a sequence number, so the store can give back the
// trace record for record. Used on one thread (RunStoreWriter's).

#include "core/engine/RunRecord.h"
#include "core/observe/RunState.h"
#include "core/store/SqliteDatabase.h"

#include <QHash>

#include <vector>

namespace volnux {

class RunRecorder
{
public:
    RunRecorder(QString path, qint64 runId) : m_path(std::move(path)), m_runId(runId) {}

    bool open();
    bool record(const RunRecords &batch); // false: nothing of the batch was kept, see error()
    const QString &error() const { return m_error; }

private:
    struct AttemptRow
    {
        const RunRecord *record = nullptr;
        qint64 seq = 0;
        qint64 startUs = 0;
        qint64 durationUs = 0;
        std::optional<qint64> retryUs;
        int taskStatus = -1;
        qint64 taskSeq = 0;
    };
    static quint64 key(int event, int task)
    {
        return (quint64(quint32(event)) << 32) | quint32(task);
    }
    bool prepare();
    bool fail(const QString &message);
    bool collect(const RunRecord &r);
    bool onTaskFinished(const RunRecord &r);
    bool onRetryScheduled(const RunRecord &r);
    bool insertAttempts();
    bool insertAttempt(const AttemptRow &row);
    bool updateEvent(const RunRecord &r, qint64 seq);
    bool updateEventStarted(const RunRecord &r);
    bool updateRun(const RunRecord *finished, qint64 seq);
    std::optional<qint64> nameId(const QString &text);

    QString m_path;
    qint64 m_runId;
    QString m_error;
    SqliteDatabase m_db;
    RunState m_state{RunState::Detail::Counts};
    qint64 m_seq = 0;
    std::optional<qint64> m_firstAttempt;
    qint64 m_lastAttempt = 0;
    std::vector<AttemptRow> m_pending;      // this batch's attempts, in order
    QHash<quint64, size_t> m_lastInBatch;   // (event, task) -> its latest row in m_pending
    QHash<quint64, qint64> m_awaitingRetry; // (event, task) -> rowid of an attempt with a retry
    QHash<QString, qint64> m_names;
    SqliteStatement m_insertAttempt;
    SqliteStatement m_insertLog;
    SqliteStatement m_insertTask;
    SqliteStatement m_insertName;
    SqliteStatement m_findName;
    SqliteStatement m_setRetry;
    SqliteStatement m_eventStarted;
    SqliteStatement m_eventFinished;
    SqliteStatement m_runProgress;
    SqliteStatement m_runFinished;
};

} // namespace volnux
