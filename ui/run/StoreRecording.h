// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records a run the studio starts into the run store, the same file `volnux-run` records into:
// the run's row is made when it starts, and each batch the run monitor applies is handed to a
// RunStoreWriter (which commits on a thread of its own). Once the monitor has read the run's
// end, the writer is finished on a pool thread, never waited for on the GUI thread.
// GUI thread only.

#include "core/Result.h"
#include "core/store/RunStore.h"

#include <QObject>

#include <memory>

namespace volnux {

class RunMonitor;
class RunStoreWriter;

class StoreRecording : public QObject
{
    Q_OBJECT
public:
    explicit StoreRecording(RunMonitor *monitor, QObject *parent = nullptr);
    ~StoreRecording() override;

    // Makes the run's row and records what the monitor applies from now on; the run's id.
    Result<qint64> begin(const QString &storePath, const RunStore::NewRun &run,
                         const RunSpec &spec);
    // Stops recording (what was handed over is still committed).
    void end();
    bool isRecording() const { return bool(m_writer); }

signals:
    // The run's end has been read and handed over: `runId` is complete in the store once the
    // writer commits, moments later.
    void recorded(qint64 runId);

private:
    RunMonitor *m_monitor;
    std::shared_ptr<RunStoreWriter> m_writer;
};

} // namespace volnux
