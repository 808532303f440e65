// SPDX-License-Identifier: GPL-3.0-or-later
#include "Run.h"

#include "core/engine/Clock.h"
#include "core/engine/OpenFileLimit.h"
#include "core/engine/RecordBuffer.h"
#include "core/engine/RunEngine.h"
#include "core/executors/RunPriority.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QThread>

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <pthread.h>

namespace volnux {

struct Run::Shared
{
    std::shared_ptr<RecordBuffer> records = std::make_shared<RecordBuffer>();
    std::shared_ptr<std::atomic_bool> cancelRequested = std::make_shared<std::atomic_bool>(false);
    std::mutex mutex;
    std::condition_variable finishedCondition;
    RunStatus status = RunStatus::NotStarted;
    bool finished = false;
    // The engine's thread. A std::thread, not a QThread: Qt starts its threads detached, and
    // QThread::wait() returns before the thread has freed Qt's per-thread data, so a process that
    // exits right after a run could leave that data behind. join() waits for all of it.
    std::thread thread;
    QEventLoop *loop = nullptr; // lives on `thread`, set before the constructor returns
};

namespace {
// Runs the engine's event loop until it is told to quit, then deletes the engine on the thread it
// lives on, with whatever it left to delete later.
void engineThreadMain(RunEngine *engine, QEventLoop **loopSlot, std::promise<QThread *> &adopted,
                      int nice)
{
    pthread_setname_np(pthread_self(), "volnux-engine");
    RunPriority::atLeastForThisThread(nice);
    QThread::currentThread()->setObjectName(QStringLiteral("volnux-engine"));
    QEventLoop loop; // gives this adopted thread its event dispatcher
    *loopSlot = &loop;
    adopted.set_value(QThread::currentThread());
    loop.exec();
    delete engine;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
} // namespace

Run::Run(RunSpec spec, std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_clock(clock ? std::move(clock) : Clock::system()),
      m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<volnux::RunStatus>();
    m_shared->records->setNotifier(
        [this] { QMetaObject::invokeMethod(this, &Run::recordsAvailable, Qt::QueuedConnection); });
    std::shared_ptr<Shared> shared = m_shared;
    m_engine = new RunEngine(m_spec, m_clock, m_shared->records, m_shared->cancelRequested,
                             [this, shared](RunStatus status) {
                                 {
                                     std::lock_guard lock(shared->mutex);
                                     shared->status = status;
                                     shared->finished = true;
                                 }
                                 shared->finishedCondition.notify_all();
                                 QMetaObject::invokeMethod(
                                     this, [this, status] { emit finished(status); },
                                     Qt::QueuedConnection);
                             });
    std::promise<QThread *> adopted;
    std::future<QThread *> engineThread = adopted.get_future();
    m_shared->thread =
        std::thread(engineThreadMain, m_engine, &m_shared->loop, std::ref(adopted), m_spec.nice);
    m_engine->moveToThread(engineThread.get());
}

Run::~Run()
{
    cancel();
    waitForFinished();
    // The engine is deleted on its own thread, once its loop has stopped.
    QMetaObject::invokeMethod(
        m_engine, [loop = m_shared->loop] { loop->quit(); }, Qt::QueuedConnection);
    m_shared->thread.join();
}

void Run::start()
{
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->status != RunStatus::NotStarted)
            return;
        m_shared->status = RunStatus::Running;
    }
    OpenFileLimit::raiseToHardLimit(); // threads and programs to come each hold open files
    QMetaObject::invokeMethod(m_engine, &RunEngine::start, Qt::QueuedConnection);
}

void Run::cancel()
{
    // Seen at once by running attempts, even one that keeps the engine thread busy.
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->status == RunStatus::Running)
            m_shared->cancelRequested->store(true);
    }
    QMetaObject::invokeMethod(m_engine, &RunEngine::cancel, Qt::QueuedConnection);
}

void Run::cancelTask(int event, int task)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, event, task] { engine->cancelTask(event, task); },
        Qt::QueuedConnection);
}

void Run::retryNow(int event, int task)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, event, task] { engine->retryNow(event, task); },
        Qt::QueuedConnection);
}

bool Run::isRunning() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->status == RunStatus::Running && !m_shared->finished;
}

bool Run::isFinished() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->finished;
}

RunStatus Run::status() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->status;
}

bool Run::waitForFinished(int timeoutMs)
{
    std::unique_lock lock(m_shared->mutex);
    if (m_shared->status == RunStatus::NotStarted)
        return true;
    auto done = [this] { return m_shared->finished; };
    if (timeoutMs < 0) {
        m_shared->finishedCondition.wait(lock, done);
        return true;
    }
    return m_shared->finishedCondition.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

RunRecords Run::takeRecords(size_t max)
{
    return m_shared->records->take(max);
}

void Run::takeRecords(RunRecords &into, size_t max)
{
    m_shared->records->take(into, max);
}

void Run::takeRecordBatches(std::vector<RunRecords> &into, size_t max)
{
    m_shared->records->takeBatches(into, max);
}

void Run::recycleRecordBatches(std::vector<RunRecords> &batches)
{
    m_shared->records->recycle(batches);
}

void Run::readRecords(const std::function<void(const RunRecord &)> &read, size_t max)
{
    m_shared->records->read(read, max);
}

size_t Run::pendingRecords() const
{
    return m_shared->records->size();
}

void Run::setBacklogLimit(size_t records)
{
    m_shared->records->setBacklogLimit(records);
}

RunRecords runToCompletion(const RunSpec &spec, std::shared_ptr<Clock> clock)
{
    Run run(spec, std::move(clock));
    run.start();
    run.waitForFinished();
    return run.takeRecords();
}

} // namespace volnux
