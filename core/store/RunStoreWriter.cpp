// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunStoreWriter.h"

#include "core/observe/RunState.h"
#include "core/store/RunRecorder.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace volnux {

// Rows are committed at least 16,384 or 100 ms at a time: a fast run drained a few thousand
// records at a time would otherwise cost a transaction per drain (and most of a task's records,
// its attempts, retries and end, would fall into different transactions, each then a row or an
// update of its own instead of one row).
constexpr size_t kRowsPerCommit = 16384;
constexpr auto kCommitInterval = std::chrono::milliseconds(100);

struct RunStoreWriter::Shared
{
    explicit Shared(const QString &path, qint64 id) : recorder(path, id), runId(id) {}

    void loop();
    bool isDue() const; // with mutex held

    RunRecorder recorder; // used on the writer's thread only
    qint64 runId;
    std::mutex mutex; // everything below
    std::condition_variable wake;
    StoreBatch building; // rows written and not committed yet
    bool runFinished = false;
    std::chrono::steady_clock::time_point lastCommit = std::chrono::steady_clock::now();
    std::vector<StoreBatch> spares; // emptied batches, capacity kept
    bool stopping = false;
    QString error;
    std::thread thread;
};

// Whether the rows written so far are due: many, old enough, the run's last, or the end.
bool RunStoreWriter::Shared::isDue() const
{
    if (building.rows.empty())
        return false;
    return stopping || runFinished || building.rows.size() >= kRowsPerCommit ||
           std::chrono::steady_clock::now() - lastCommit >= kCommitInterval;
}

// The writer decides when to commit, on its own clock: rows written during a quiet spell (a
// long attempt, nothing else happening) are committed within 100 ms whether or not the
// consumer writes again.
void RunStoreWriter::Shared::loop()
{
    pthread_setname_np(pthread_self(), "volnux-store");
    bool usable = recorder.open();
    std::unique_lock lock(mutex);
    if (!usable)
        error = recorder.error();
    for (;;) {
        wake.wait_until(lock, lastCommit + kCommitInterval, [this] { return isDue(); });
        if (!isDue()) {
            if (stopping)
                break;
            if (building.rows.empty())
                lastCommit = std::chrono::steady_clock::now(); // nothing waited: start over
            continue;
        }
        StoreBatch batch = std::move(building);
        building = StoreBatch();
        if (!spares.empty()) {
            building = std::move(spares.back());
            spares.pop_back();
        }
        runFinished = false;
        lastCommit = std::chrono::steady_clock::now();
        lock.unlock();
        if (usable && !recorder.record(batch))
            usable = false;
        batch.clear(); // the rows go here, on this thread, not on the consumer's
        lock.lock();
        if (!usable && error.isEmpty())
            error = recorder.error();
        if (spares.size() < 2)
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

void RunStoreWriter::write(RecordSpan records, const RunState &state)
{
    std::unique_lock lock(m_shared->mutex);
    StoreBatch &batch = m_shared->building;
    const size_t before = batch.rows.size();
    for (const RunRecord &r : records) {
        if (!StoreRow::wanted(r))
            continue;
        const bool eventEnd = r.type == RecordType::EventFinished && r.event >= 0 &&
                              r.event < int(state.events().size());
        m_shared->runFinished = m_shared->runFinished || r.type == RecordType::RunFinished;
        batch.add(r, eventEnd ? state.events()[size_t(r.event)].attempts : 0);
    }
    if (batch.rows.size() == before)
        return;
    batch.totals = state.totals();
    batch.attempts = 0;
    for (const EventState &e : state.events())
        batch.attempts += e.attempts;
    batch.lastTime = state.lastTime();
    const bool due = m_shared->runFinished || batch.rows.size() >= kRowsPerCommit;
    lock.unlock();
    if (due)
        m_shared->wake.notify_one();
}

bool RunStoreWriter::finish(QString *error)
{
    if (m_shared->thread.joinable()) {
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
