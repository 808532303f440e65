#include "ThreadPoolExecutor.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace volnux {

// Shared between the executor (engine thread) and its workers. Each worker runs in a QThreadPool
// of its own with one thread: deleting that pool joins the thread, so a replacement worker is
// guaranteed to be a fresh thread (one shared pool would silently reuse the retired one).
struct ThreadPoolExecutor::State : std::enable_shared_from_this<ThreadPoolExecutor::State>
{
    ExecutorInitializerConfig config;
    ExecutorEnvironment env;
    int maxWorkers = 1;

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<AttemptJob> jobs;
    int live = 0; // workers started and not yet retired
    int idle = 0; // workers waiting for a job
    bool stopping = false;
    int nextIndex = 0;
    std::vector<QThreadPool *> retired; // pools of workers that have left their loop

    std::vector<std::unique_ptr<QThreadPool>> pools; // engine thread only

    void startWorker(); // engine thread; caller has counted the worker in `live`
    void workerLoop(int index);
    bool takeJob(AttemptJob &job);
    void retire(QThreadPool *pool);
    void reapRetired();
    std::deque<AttemptJob> takeAll();
};

void ThreadPoolExecutor::State::startWorker()
{
    reapRetired();
    auto pool = std::make_unique<QThreadPool>();
    pool->setMaxThreadCount(1);
    pool->setExpiryTimeout(-1);
    const int index = nextIndex++;
    QThreadPool *raw = pool.get();
    pools.push_back(std::move(pool));
    raw->start([self = shared_from_this(), index, raw] {
        self->workerLoop(index);
        self->retire(raw);
    });
}

bool ThreadPoolExecutor::State::takeJob(AttemptJob &job)
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
    job = std::move(jobs.front());
    jobs.pop_front();
    return true;
}

void ThreadPoolExecutor::State::workerLoop(int index)
{
    QThread *thread = QThread::currentThread();
    const Name name = QString(config.thread_name_prefix.value_or(QStringLiteral("worker-")) +
                              QString::number(index));
    if (config.thread_name_prefix)
        thread->setObjectName(name);
    const qint64 pid = QCoreApplication::applicationPid();
    const int limit = config.max_tasks_per_child.value_or(0);
    AttemptJob job;
    for (int done = 0; (limit == 0 || done < limit) && takeJob(job); ++done) {
        env.deliver(startedReport(job, *env.clock, name, pid), index);

        AttemptReport report = runAttempt(job, *env.clock);
        report.thread = name;
        report.pid = pid;
        job = AttemptJob(); // release the job's data before waiting for the next one
        env.deliver(std::move(report), index);
    }
}

void ThreadPoolExecutor::State::retire(QThreadPool *pool)
{
    bool replace = false;
    {
        std::lock_guard lock(mutex);
        --live;
        retired.push_back(pool);
        if (!stopping && !jobs.empty() && idle == 0) {
            ++live;
            replace = true;
        }
    }
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

std::deque<AttemptJob> ThreadPoolExecutor::State::takeAll()
{
    std::lock_guard lock(mutex);
    std::deque<AttemptJob> taken;
    taken.swap(jobs);
    return taken;
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
        m_state->jobs.push_back(std::move(job));
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

void ThreadPoolExecutor::submitMany(std::vector<AttemptJob> &&jobs)
{
    if (jobs.empty())
        return;
    int spawn = 0;
    {
        std::lock_guard lock(m_state->mutex);
        for (AttemptJob &job : jobs)
            m_state->jobs.push_back(std::move(job));
        const int wanted =
            std::min<int>(int(jobs.size()) - m_state->idle, m_state->maxWorkers - m_state->live);
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
    }
    cancelQueued();
    m_state->wake.notify_all();
    for (auto &pool : m_state->pools)
        pool->waitForDone();
    m_state->pools.clear();
    std::lock_guard lock(m_state->mutex);
    m_state->retired.clear();
}

int ThreadPoolExecutor::workerCount() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->live;
}

} // namespace volnux
