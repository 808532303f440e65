// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a recorded run out of the run store on a pool thread (QtConcurrent::run with a QPromise
// for progress and cancel) and hands its records to the GUI through a bounded, lock-guarded
// buffer that the run monitor drains on its timer: the GUI thread never waits on the database,
// and a run of millions of records never sits in memory twice. The reader pauses while the
// buffer is full. Created and used on the GUI thread.

#include "core/engine/RunRecord.h"
#include "core/store/StoredRun.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

template <typename T> class QPromise;

namespace volnux {

// A run's row and the project file it ran, read before its records.
struct RecordedRun
{
    StoredRun run;
    QByteArray project;
};

class PastRunLoader : public QObject
{
    Q_OBJECT
public:
    explicit PastRunLoader(QObject *parent = nullptr);
    ~PastRunLoader() override; // cancels a load still going

    // Starts reading run `runId` of the store at `storePath`; a load still going is cancelled.
    void load(const QString &storePath, qint64 runId);
    void cancel();
    bool isLoading() const;
    // The records read since the last call (at most `limit`): the monitor's drain function.
    RunRecords take(size_t limit);
    // Most records kept waiting for the GUI before the reader pauses.
    static constexpr size_t kBufferedRecords = 100000;

signals:
    void runFound(const volnux::RecordedRun &run);
    // Attempts read so far, of `total`.
    void progress(int done, int total);
    // The whole run was read (`error` empty), it could not be (`error` says why), or it was
    // cancelled (`cancelled`).
    void finished(bool cancelled, const QString &error);

private:
    struct Buffer;
    static void read(QPromise<RecordedRun> &promise, const QString &storePath, qint64 runId,
                     const std::shared_ptr<Buffer> &buffer);
    void onFinished();

    std::shared_ptr<Buffer> m_buffer;
    QFutureWatcher<RecordedRun> m_watcher;
};

} // namespace volnux
