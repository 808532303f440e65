#include "core/store/RunStoreWriter.h"

#include "core/store/RunRecorder.h"

#include <condition_variable>
#include <deque>
#include <mutex>
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
    std::deque<RunRecords> queue;
    std::vector<RunRecords> spares;
    bool stopping = false;
    QString error;
    std::thread thread;
};

void RunStoreWriter::Shared::loop()
{
    bool usable = recorder.open();
    std::unique_lock lock(mutex);
    if (!usable)
        error = recorder.error();
    for (;;) {
        wake.wait(lock, [this] { return stopping || !queue.empty(); });
        if (queue.empty())
            break;
        RunRecords batch = std::move(queue.front());
        queue.pop_front();
        lock.unlock();
        if (usable && !recorder.record(batch))
            usable = false;
        batch.clear(); // the records go here, on this thread, not on the consumer's
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

void RunStoreWriter::write(RunRecords &&batch)
{
    if (batch.empty())
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->queue.push_back(std::move(batch));
    }
    m_shared->wake.notify_one();
}

RunRecords RunStoreWriter::takeSpare()
{
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->spares.empty())
        return {};
    RunRecords spare = std::move(m_shared->spares.back());
    m_shared->spares.pop_back();
    return spare;
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
