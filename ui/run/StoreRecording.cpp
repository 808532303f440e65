// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/StoreRecording.h"

#include "core/engine/RunSpec.h"
#include "core/observe/RunState.h"
#include "core/store/RunStoreWriter.h"
#include "ui/monitor/RunMonitor.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace volnux {

struct StoreRecording::Session
{
    QString storePath;
    std::shared_ptr<RunStoreWriter> writer; // once the run's row exists
    RunRecords waiting;                     // applied before that
    const RunState *state = nullptr;        // the monitor's, as of the last batch
};

StoreRecording::StoreRecording(RunMonitor *monitor, QObject *parent)
    : QObject(parent), m_monitor(monitor)
{
}

StoreRecording::~StoreRecording()
{
    end();
}

void StoreRecording::begin(const QString &storePath, const RunStore::NewRun &run,
                           const RunSpec &spec)
{
    end();
    auto session = std::make_shared<Session>();
    session->storePath = storePath;
    m_session = session;
    m_monitor->setRecordSink([this, session](RecordSpan records, const RunState &state) {
        apply(*session, records, state);
    });
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, session] {
        onBegun(session, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([storePath, run, spec] {
        const auto store = RunStore::open(storePath);
        return store ? (*store)->beginRun(run, spec) : Result<qint64>::failure(store.errors());
    }));
}

void StoreRecording::apply(Session &session, RecordSpan records, const RunState &state)
{
    session.state = &state;
    if (!session.writer) {
        session.waiting.insert(session.waiting.end(), records.begin(), records.end());
        return;
    }
    session.writer->write(records, state);
    if (state.isFinished()) {
        const qint64 runId = session.writer->runId();
        end();
        emit recorded(runId);
    }
}

void StoreRecording::onBegun(const std::shared_ptr<Session> &session, const Result<qint64> &id)
{
    if (session != m_session)
        return; // ended, or another run began, while the row was being made
    if (!id) {
        m_monitor->setRecordSink(nullptr);
        m_session.reset();
        emit failed(id.errorString());
        return;
    }
    session->writer = std::make_shared<RunStoreWriter>(session->storePath, *id);
    emit began(*id);
    if (session->state) {
        const RunRecords waiting = std::exchange(session->waiting, {});
        apply(*session, waiting, *session->state);
    }
}

void StoreRecording::end()
{
    if (!m_session)
        return;
    m_monitor->setRecordSink(nullptr);
    const std::shared_ptr<RunStoreWriter> writer = std::exchange(m_session, {})->writer;
    if (!writer)
        return;
    // finish() waits for the last commits: a pool thread waits, not the window.
    (void)QtConcurrent::run([writer] {
        QString error;
        if (!writer->finish(&error))
            qWarning("volnux: run %lld not fully recorded: %s", qlonglong(writer->runId()),
                     qPrintable(error));
    });
}

} // namespace volnux
