// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records a run the studio starts into the run store, the same file `volnux-run` records into.
// The run's row is made on a pool thread (opening the store may wait up to 5 s on another
// program's lock: never on the GUI thread); what the monitor applies meanwhile waits in memory
// and follows once the row exists. Each batch is then handed to a RunStoreWriter, which commits
// on a thread of its own. Once the monitor has read the run's end, the writer is finished on a
// pool thread, never waited for on the GUI thread.
// GUI thread only.

#include "core/Result.h"
#include "core/engine/RunRecord.h"
#include "core/store/RunStore.h"

#include <QObject>

#include <memory>

namespace volnux {

class RunMonitor;
class RunState;
class RunStoreWriter;

class StoreRecording : public QObject
{
    Q_OBJECT
public:
    explicit StoreRecording(RunMonitor *monitor, QObject *parent = nullptr);
    ~StoreRecording() override;

    // Starts making the run's row and records what the monitor applies from now on: `began`
    // or `failed` follows.
    void begin(const QString &storePath, const RunStore::NewRun &run, const RunSpec &spec);
    // Stops recording (what was handed over is still committed).
    void end();
    bool isRecording() const { return bool(m_session); }

signals:
    void began(qint64 runId);
    void failed(const QString &error);
    // The run's end has been read and handed over: `runId` is complete in the store once the
    // writer commits, moments later.
    void recorded(qint64 runId);

private:
    struct Session;
    void onBegun(const std::shared_ptr<Session> &session, const Result<qint64> &id);
    void apply(Session &session, RecordSpan records, const RunState &state);

    RunMonitor *m_monitor;
    std::shared_ptr<Session> m_session;
};

} // namespace volnux
