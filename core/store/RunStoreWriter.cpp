// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunStoreWriter.h"

#include "core/observe/RunState.h"
#include "core/store/RunRecorder.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace volnux {

struct RunStoreWriter::Shared
{
    explicit Shared(const QString &path, qint64 id) : recorder(path, id), runId(id) {}

    void loop();

    RunRecorder recorder; // used on the writer's thread only
    qint64 runId;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<StoreBatch> queue;
    StoreBatch building; // the consumer's rows not yet handed over
    std::chrono::steady_clock::time_point lastHandover = std::chrono::steady_clock::now();
    std::vector<StoreBatch> spares; // emptied batches, capacity kept
    bool stopping = false;
    QString error;
    std::thread thread;
};

void RunStoreWriter::Shared::loop()
{
    pthread_setname_np(pthread_self(), "volnux-store");
    bool usable = recorder.open();
    std::unique_lock lock(mutex);
    if (!usable)
        error = recorder.error();
    for (;;) {
        wake.wait(lock, [this] { return stopping || !queue.empty(); });
        if (queue.empty())
            break;
        StoreBatch batch = std::move(queue.front());
        queue.pop_front();
        lock.unlock();
        if (usable && !recorder.record(batch))
            usable = false;
        batch.clear(); // the rows go here, on this thread, not on the consumer's
        lock.lock();
        if (!usable && error.isEmpty())
            error = recorder.error();
        if (spares.size() < 4)
            spares.push_back(std::move(batch));
    }
}

RunStoreWriter::RunStoreWriter(const QString &path, qint64 runId)
    : m_shared(std::make_unique<Shared>(path, runId))
{
    m_shared->thread = std::thread([shared = m_shared.get()] { shared->loop(); });
}

RunStoreWriter::~RunStoreWriter()
{
    QString ignored;
    finish(&ignored);
}

qint64 RunStoreWriter::runId() const
{
    return m_shared->runId;
}

// Batches handed over are at least this big, or 100 ms apart: a fast run drained a few thousand
// records at a time would otherwise cost a transaction per drain (and most of a task's records,
// its attempts, retries and end, would fall into different transactions, each then a row or an
// update of its own instead of one row).
constexpr size_t kRowsPerHandover = 16384;
constexpr auto kHandoverInterval = std::chrono::milliseconds(100);

void RunStoreWriter::write(const RunRecords &records, const RunState &state)
{
    StoreBatch &batch = m_shared->building; // the consumer's: no lock
    if (batch.rows.empty()) {
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->spares.empty()) {
            batch = std::move(m_shared->spares.back());
            m_shared->spares.pop_back();
        }
    }
    bool runFinished = false;
    for (const RunRecord &r : records) {
        if (!StoreRow::wanted(r))
            continue;
        const bool eventEnd = r.type == RecordType::EventFinished && r.event >= 0 &&
                              r.event < int(state.events().size());
        runFinished = runFinished || r.type == RecordType::RunFinished;
        batch.add(r, eventEnd ? state.events()[size_t(r.event)].attempts : 0);
    }
    if (batch.rows.empty())
        return;
    batch.totals = state.totals();
    batch.attempts = 0;
    for (const EventState &e : state.events())
        batch.attempts += e.attempts;
    batch.lastTime = state.lastTime();
    const auto now = std::chrono::steady_clock::now();
    if (runFinished || batch.rows.size() >= kRowsPerHandover ||
        now - m_shared->lastHandover >= kHandoverInterval)
        handOver();
}

void RunStoreWriter::handOver()
{
    if (m_shared->building.rows.empty())
        return;
    m_shared->lastHandover = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->queue.push_back(std::move(m_shared->building));
    }
    m_shared->building = StoreBatch();
    m_shared->wake.notify_one();
}

bool RunStoreWriter::finish(QString *error)
{
    if (m_shared->thread.joinable()) {
        handOver();
        {
            std::lock_guard lock(m_shared->mutex);
            m_shared->stopping = true;
        }
        m_shared->wake.notify_one();
        m_shared->thread.join();
    }
    *error = m_shared->error;
    return error->isEmpty();
}

} // namespace volnux
