// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadPoolExecutor.h"

#include "core/executors/JobQueue.h"
#include "core/executors/RunPriority.h"
#include "core/executors/SharedThreads.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace volnux {

namespace {
// A worker whose last attempt was this quick takes several jobs per visit to the shared queue
// (when the queue is long): two workers running no-op tasks would otherwise spend their time
// contending for its lock. Slow attempts gain nothing from it, so they take one at a time.
constexpr double kQuickAttemptMs = 0.05;
constexpr int kMaxTakenAtOnce = 16;
} // namespace

// Shared between the executor (engine thread) and its workers. With `max_tasks_per_child`, each
// worker runs in a QThreadPool of its own with one thread: deleting that pool joins the thread, so
// a replacement worker is guaranteed to be a fresh thread (a shared pool would reuse the retired
// one). Other workers borrow threads from SharedThreads.
struct ThreadPoolExecutor::State : std::enable_shared_from_this<ThreadPoolExecutor::State>
{
    ExecutorInitializerConfig config;
    ExecutorEnvironment env;
    int maxWorkers = 1;

    std::mutex mutex;
    std::condition_variable wake;
    JobQueue jobs;
    int live = 0;                 // workers started and not yet retired
    int running = 0;              // workers whose loop has not returned (shutdown waits for none)
    std::condition_variable left; // a worker's loop returned
    int idle = 0;                 // workers waiting for a job
    bool stopping = false;
    std::atomic_bool stopRequested{false}; // `stopping`, readable without the lock
    int nextIndex = 0;
    std::vector<QThreadPool *> retired; // pools of workers that have left their loop

    std::vector<std::unique_ptr<QThreadPool>> pools; // engine thread only

    void startWorker(); // engine thread; caller has counted the worker in `live`
    void workerLoop(int index);
    bool takeJobs(std::vector<AttemptJob> &taken, int atMost);
    // Returns the attempt's end time (clock ms), or -1 when it never started.
    double runJob(AttemptJob &job, Name name, qint64 pid, int lane, std::optional<double> startAt);
    void retire(QThreadPool *pool);
    void reapRetired();
    std::vector<AttemptJob> takeAll();
};

void ThreadPoolExecutor::State::startWorker()
{
    const int index = nextIndex++;
    {
        std::lock_guard lock(mutex);
        ++running;
    }
    if (!config.max_tasks_per_child) {
        SharedThreads::instance().start([self = shared_from_this(), index] {
            QThread *thread = QThread::currentThread();
            const QString threadName = thread->objectName();
            self->workerLoop(index);
            thread->setObjectName(threadName); // the next borrower is not this worker
            self->retire(nullptr);
        });
        return;
    }
    reapRetired();
    auto pool = std::make_unique<QThreadPool>();
    pool->setMaxThreadCount(1);
    pool->setExpiryTimeout(-1);
    QThreadPool *raw = pool.get();
    pools.push_back(std::move(pool));
    raw->start([self = shared_from_this(), index, raw] {
        self->workerLoop(index);
        self->retire(raw);
    });
}

bool ThreadPoolExecutor::State::takeJobs(std::vector<AttemptJob> &taken, int atMost)
{
    std::unique_lock lock(mutex);
    if (jobs.empty() && !stopping) {
        // About to wait: the engine must not wait for its poll to see what this worker reported.
        lock.unlock();
        env.idle();
        lock.lock();
    }
    ++idle;
    wake.wait(lock, [this] { return stopping || !jobs.empty(); });
    --idle;
    if (jobs.empty())
        return false;
    // Leave most of a short queue to the other workers.
    const int share = int(jobs.size() / size_t(4 * maxWorkers));
    for (int n = std::clamp(share, 1, atMost); n > 0 && !jobs.empty(); --n)
        taken.push_back(jobs.pop());
    return true;
}

double ThreadPoolExecutor::State::runJob(AttemptJob &job, Name name, qint64 pid, int lane,
                                         std::optional<double> startAt)
{
    if (job.isCancelled() || stopRequested.load(std::memory_order_relaxed)) {
        env.deliver(cancelledBeforeStart(job, *env.clock), lane); // never started: no "started"
        return -1;
    }
    const double startedAt = startAt ? *startAt : env.clock->nowMs(); // value_or would read it
    env.deliver(startedReport(job, startedAt, name, pid), lane);

    AttemptReport report = runAttempt(job, *env.clock, startedAt);
    report.thread = name;
    report.pid = pid;
    const double end = report.end;
    env.deliver(std::move(report), lane);
    return end;
}

void ThreadPoolExecutor::State::workerLoop(int index)
{
    RunPriority::atLeastForThisThread(env.nice);
    QThread *thread = QThread::currentThread();
    const Name name = QString(config.thread_name_prefix.value_or(QStringLiteral("worker-")) +
                              QString::number(index));
    if (config.thread_name_prefix)
        thread->setObjectName(name);
    const qint64 pid = QCoreApplication::applicationPid();
    const int limit = config.max_tasks_per_child.value_or(0);
    std::vector<AttemptJob> taken; // never more than this worker may still run
    taken.reserve(kMaxTakenAtOnce);
    size_t next = 0;
    bool quick = false;
    double lastEnd = -1;
    for (int done = 0; limit == 0 || done < limit; ++done) {
        if (next == taken.size()) {
            taken.clear();
            next = 0;
            const int room = limit == 0 ? kMaxTakenAtOnce : std::min(kMaxTakenAtOnce, limit - done);
            if (!takeJobs(taken, quick ? room : 1))
                break;
        }
        // A job already in hand starts the moment the previous one ended (a report later): one
        // clock read per attempt instead of two, which is most of a no-op attempt's cost.
        const bool backToBack = next > 0 && lastEnd >= 0;
        AttemptJob &job = taken[next++];
        const double start = backToBack ? lastEnd : env.clock->nowMs();
        const double end = runJob(job, name, pid, index, start);
        quick = end >= 0 && end - start < kQuickAttemptMs;
        lastEnd = end;
    }
}

// `pool` is the worker's own pool, or null for a thread borrowed from SharedThreads.
void ThreadPoolExecutor::State::retire(QThreadPool *pool)
{
    bool replace = false;
    {
        std::lock_guard lock(mutex);
        --live;
        --running;
        if (pool)
            retired.push_back(pool);
        if (!stopping && !jobs.empty() && idle == 0) {
            ++live;
            replace = true;
        }
    }
    left.notify_all();
    if (!replace)
        return;
    // Pools are created and destroyed on the engine thread only.
    std::weak_ptr<State> weak = weak_from_this();
    QMetaObject::invokeMethod(
        env.engineContext,
        [weak] {
            if (auto self = weak.lock())
                self->startWorker();
        },
        Qt::QueuedConnection);
}

void ThreadPoolExecutor::State::reapRetired()
{
    std::vector<QThreadPool *> done;
    {
        std::lock_guard lock(mutex);
        done.swap(retired);
    }
    for (QThreadPool *pool : done) {
        auto it = std::find_if(pools.begin(), pools.end(),
                               [pool](const auto &owned) { return owned.get() == pool; });
        if (it != pools.end())
            pools.erase(it); // ~QThreadPool joins the (finished) thread
    }
}

std::vector<AttemptJob> ThreadPoolExecutor::State::takeAll()
{
    std::lock_guard lock(mutex);
    return jobs.takeAll();
}

ThreadPoolExecutor::ThreadPoolExecutor(const ExecutorInitializerConfig &config,
                                       ExecutorEnvironment env)
    : m_state(std::make_shared<State>())
{
    m_state->config = config;
    m_state->env = std::move(env);
    m_state->maxWorkers = config.resolvedMaxWorkers();
}

ThreadPoolExecutor::~ThreadPoolExecutor()
{
    shutdown();
}

void ThreadPoolExecutor::submit(AttemptJob job)
{
    bool spawn = false;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->jobs.push(std::move(job));
        if (m_state->idle == 0 && m_state->live < m_state->maxWorkers) {
            ++m_state->live;
            spawn = true;
        }
    }
    if (spawn)
        m_state->startWorker();
    else
        m_state->wake.notify_one();
}

void ThreadPoolExecutor::submitRange(const AttemptRange &range)
{
    if (range.count <= 0)
        return;
    int spawn = 0;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->jobs.push(range);
        const int wanted =
            std::min(range.count - m_state->idle, m_state->maxWorkers - m_state->live);
        spawn = std::max(0, wanted);
        m_state->live += spawn;
    }
    for (int i = 0; i < spawn; ++i)
        m_state->startWorker();
    m_state->wake.notify_all();
}

void ThreadPoolExecutor::cancelQueued()
{
    for (const AttemptJob &job : m_state->takeAll())
        m_state->env.deliver(cancelledBeforeStart(job, *m_state->env.clock), 0);
}

void ThreadPoolExecutor::shutdown()
{
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->stopping && m_state->pools.empty())
            return;
        m_state->stopping = true;
        m_state->stopRequested = true;
    }
    cancelQueued();
    m_state->wake.notify_all();
    for (auto &pool : m_state->pools)
        pool->waitForDone();
    m_state->pools.clear();
    // A worker waiting for a job leaves without touching anything but the shared state, which it
    // keeps alive: only workers still running an attempt are waited for, not a thread's wake-up.
    std::unique_lock lock(m_state->mutex);
    m_state->left.wait(lock, [this] { return m_state->running == m_state->idle; });
    m_state->retired.clear();
}

int ThreadPoolExecutor::workerCount() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->live;
}

} // namespace volnux
