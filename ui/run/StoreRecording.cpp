// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/StoreRecording.h"

#include "core/observe/RunState.h"
#include "core/store/RunStoreWriter.h"
#include "ui/monitor/RunMonitor.h"

#include <QtConcurrent/QtConcurrentRun>

namespace volnux {

StoreRecording::StoreRecording(RunMonitor *monitor, QObject *parent)
    : QObject(parent), m_monitor(monitor)
{
}

StoreRecording::~StoreRecording()
{
    end();
}

Result<qint64> StoreRecording::begin(const QString &storePath, const RunStore::NewRun &run,
                                     const RunSpec &spec)
{
    end();
    const auto store = RunStore::open(storePath);
    const Result<qint64> id =
        store ? (*store)->beginRun(run, spec) : Result<qint64>::failure(store.errors());
    if (!id)
        return id;
    m_writer = std::make_shared<RunStoreWriter>(storePath, *id);
    m_monitor->setRecordSink([this](const RunRecords &records, const RunState &state) {
        m_writer->write(records, state);
        if (state.isFinished()) {
            const qint64 runId = m_writer->runId();
            end();
            emit recorded(runId);
        }
    });
    return id;
}

void StoreRecording::end()
{
    if (!m_writer)
        return;
    m_monitor->setRecordSink(nullptr);
    // finish() waits for the last commits: a pool thread waits, not the window.
    (void)QtConcurrent::run([writer = std::exchange(m_writer, {})] {
        QString error;
        if (!writer->finish(&error))
            qWarning("volnux: run %lld not fully recorded: %s", qlonglong(writer->runId()),
                     qPrintable(error));
    });
}

} // namespace volnux
