// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/PastRunLoader.h"

#include "core/engine/RunSpec.h"
#include "core/project/ProjectFile.h"
#include "core/store/RunReplay.h"
#include "core/store/RunStore.h"

#include <QHash>

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace volnux {

struct PastRunLoader::Buffer
{
    std::mutex mutex;
    std::condition_variable drained;
    std::deque<RunRecord> records;
    QString error;
    bool cancelled = false;

    // Waits (off the GUI thread) until there is room or the load is cancelled.
    bool push(RunRecords batch, const QPromise<RecordedRun> &promise)
    {
        std::unique_lock lock(mutex);
        // Woken by each drain; the timeout notices a cancel through the promise alone.
        while (records.size() >= kBufferedRecords && !cancelled && !promise.isCanceled())
            drained.wait_for(lock, std::chrono::milliseconds(50));
        if (cancelled || promise.isCanceled())
            return false;
        records.insert(records.end(), std::make_move_iterator(batch.begin()),
                       std::make_move_iterator(batch.end()));
        return true;
    }
};

namespace {

// The store keeps no attempt limit per event; the project that ran says it. Without it a task
// that took 3 of 3 attempts would read "3 / 1". Event name -> most attempts.
QHash<QString, int> attemptLimits(const QByteArray &project, const QString &path)
{
    QHash<QString, int> limits;
    const Result<Project> parsed = ProjectFile::parse(project, path);
    const Result<RunSpec> spec =
        parsed ? ProjectFile::toRunSpec(*parsed, path) : Result<RunSpec>::failure(parsed.errors());
    if (spec) {
        for (const EventSpec &event : spec->events)
            limits.insert(event.name, event.options.maxAttempts());
    }
    return limits;
}

// Sets the attempt limit on records that lack it, by event index (learnt from EventStarted).
void applyLimits(RunRecords &batch, const QHash<QString, int> &limits, std::vector<int> &byEvent)
{
    for (RunRecord &record : batch) {
        if (record.event < 0)
            continue;
        if (size_t(record.event) >= byEvent.size())
            byEvent.resize(size_t(record.event) + 1, 0);
        if (record.type == RecordType::EventStarted)
            byEvent[size_t(record.event)] = limits.value(record.eventName.toString(), 0);
        if (record.maxAttempts <= 0)
            record.maxAttempts = byEvent[size_t(record.event)];
    }
}

} // namespace

void PastRunLoader::read(QPromise<RecordedRun> &promise, const QString &storePath, qint64 runId,
                         const std::shared_ptr<Buffer> &buffer)
{
    const auto store = RunStore::open(storePath);
    const Result<StoredRun> run =
        store ? (*store)->run(runId) : Result<StoredRun>::failure(store.errors());
    const Result<QByteArray> project =
        run ? (*store)->project(runId) : Result<QByteArray>::failure(run.errors());
    if (!project) {
        std::lock_guard lock(buffer->mutex);
        buffer->error = project.errorString();
        return;
    }
    promise.addResult(RecordedRun{*run, *project});
    promise.setProgressRange(0, std::max(1, run->attempts));
    const QHash<QString, int> limits = attemptLimits(*project, run->projectPath);
    std::vector<int> limitByEvent;
    int attempts = 0;
    const Result<bool> replayed = RunReplay::replay(**store, runId, [&](const RunRecords &batch) {
        RunRecords copy = batch;
        applyLimits(copy, limits, limitByEvent);
        for (const RunRecord &record : copy)
            attempts += record.type == RecordType::AttemptFinished ? 1 : 0;
        if (!buffer->push(std::move(copy), promise))
            return false;
        promise.setProgressValue(std::min(attempts, run->attempts));
        return true;
    });
    if (!replayed) {
        std::lock_guard lock(buffer->mutex);
        buffer->error = replayed.errorString();
    }
}

PastRunLoader::PastRunLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<RecordedRun>::resultReadyAt, this,
            [this](int index) { emit runFound(m_watcher.resultAt(index)); });
    connect(&m_watcher, &QFutureWatcher<RecordedRun>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<RecordedRun>::finished, this, &PastRunLoader::onFinished);
}

PastRunLoader::~PastRunLoader()
{
    cancel();
}

void PastRunLoader::load(const QString &storePath, qint64 runId)
{
    cancel();
    m_buffer = std::make_shared<Buffer>();
    m_watcher.setFuture(
        QtConcurrent::run([storePath, runId, buffer = m_buffer](QPromise<RecordedRun> &promise) {
            read(promise, storePath, runId, buffer);
        }));
}

void PastRunLoader::cancel()
{
    if (!m_buffer)
        return;
    {
        std::lock_guard lock(m_buffer->mutex);
        m_buffer->cancelled = true;
    }
    m_buffer->drained.notify_all();
    m_watcher.cancel();
}

bool PastRunLoader::isLoading() const
{
    return m_buffer && m_watcher.isRunning();
}

RunRecords PastRunLoader::take(size_t limit)
{
    RunRecords out;
    if (!m_buffer)
        return out;
    {
        std::lock_guard lock(m_buffer->mutex);
        const size_t n = std::min(limit, m_buffer->records.size());
        out.assign(std::make_move_iterator(m_buffer->records.begin()),
                   std::make_move_iterator(m_buffer->records.begin() + qsizetype(n)));
        m_buffer->records.erase(m_buffer->records.begin(),
                                m_buffer->records.begin() + qsizetype(n));
    }
    m_buffer->drained.notify_all();
    return out;
}

void PastRunLoader::onFinished()
{
    QString error;
    bool cancelled = false;
    if (m_buffer) {
        std::lock_guard lock(m_buffer->mutex);
        error = m_buffer->error;
        cancelled = m_buffer->cancelled;
    }
    emit finished(cancelled || m_watcher.isCanceled(), error);
}

} // namespace volnux
