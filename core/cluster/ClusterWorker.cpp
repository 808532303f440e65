// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterWorker.h"

#include "core/cluster/WorkerPresence.h"
#include "core/errors/ErrorTypes.h"
#include "core/events/EventRegistry.h"
#include "core/executors/process/SpawnedGroups.h"
#include "core/executors/process/WorkerProtocol.h"
#include "core/kinds/PluginEvent.h"

#include <QSysInfo>
#include <QThread>

#include <unistd.h>

namespace volnux {

namespace {

std::atomic_bool g_stop{false};

constexpr double kPipelineBelowMs = 2.0; // shorter attempts are taken several at a time
constexpr int kPipelineDepth = 32;
constexpr int kReconnectMs = 100;

class MonotonicClock : public Clock
{
public:
    double nowMs() const override { return WorkerProtocol::monotonicMs(); }
    void schedule(QObject *, double, std::function<void()>) override {}
};

const MonotonicClock &monotonic()
{
    static const MonotonicClock clock;
    return clock;
}

std::unique_ptr<RedisClient> connectRetrying(const RedisUrl &url)
{
    while (!ClusterWorker::stopRequested()) {
        QString error;
        if (auto redis = RedisClient::connect(url, &error))
            return redis;
        std::fprintf(stderr, "volnux-worker: %s; retrying\n", qPrintable(error));
        std::this_thread::sleep_for(std::chrono::milliseconds(kReconnectMs));
    }
    return nullptr;
}

AttemptReport errorReport(const QString &type, const QString &message, double at)
{
    AttemptReport report;
    report.outcome = AttemptOutcome::Error;
    report.errorType = type;
    report.errorMessage = message;
    report.start = report.end = at;
    return report;
}

} // namespace

struct ClusterWorker::Held
{
    ClusterTask task;
    std::shared_ptr<AttemptScope> scope;
    AttemptJob job;
    QString threadPrefix;
    std::shared_ptr<std::atomic_bool> flag = std::make_shared<std::atomic_bool>(false);
    bool started = false;
};

ClusterWorker::ClusterWorker(ClusterWorkerOptions options)
    : m_options(std::move(options)), m_host(QSysInfo::machineHostName()), m_pid(::getpid())
{
    if (m_options.name.isEmpty())
        m_options.name = QStringLiteral("%1-%2").arg(m_host).arg(m_pid);
    m_options.concurrency = std::max(1, m_options.concurrency);
}

ClusterWorker::~ClusterWorker() = default;

void ClusterWorker::requestStop()
{
    g_stop.store(true);
}

bool ClusterWorker::stopRequested()
{
    return g_stop.load();
}

int ClusterWorker::exec(QString *error)
{
    auto redis = RedisClient::connect(m_options.url, error);
    if (!redis)
        return 1;
    if (const RedisReply r = redis->command(ClusterProtocol::createGroup(m_options.queue));
        !ClusterProtocol::isGroupReady(r)) {
        *error = QString::fromUtf8(r.str);
        return 1;
    }
    // Cancellations made from now on concern us; older ones concerned attempts we never held.
    const RedisReply last = redis->command(
        {"XREVRANGE", ClusterProtocol::cancelKey(m_options.queue), "+", "-", "COUNT", "1"});
    if (!last.elements.empty() && !last.elements[0].elements.empty())
        m_lastCancelId = last.elements[0].elements[0].str;

    std::vector<std::thread> threads;
    for (int i = 0; i < m_options.concurrency; ++i)
        threads.emplace_back([this, i] { taskLoop(i); });
    std::thread sender([this] { sendLoop(); });
    readLoop(*redis);
    stopHeldWork();
    {
        std::lock_guard lock(m_mutex);
        m_tasksDone = true;
    }
    m_taskWake.notify_all();
    for (std::thread &t : threads)
        t.join();
    SpawnedGroups::killAll(); // programs a cancelled attempt's command left behind
    {
        std::lock_guard lock(m_mutex);
        m_senderDone = true;
    }
    m_sendWake.notify_all();
    sender.join();
    return m_recycle.load() && !stopRequested() ? kRecycle : 0;
}

// ---- reader thread ----------------------------------------------------------------------------

void ClusterWorker::readLoop(RedisClient &first)
{
    std::unique_ptr<RedisClient> replacement;
    RedisClient *redis = &first;
    while (!stopRequested() && !m_recycle.load()) {
        if (redis->isBroken()) {
            replacement = connectRetrying(m_options.url);
            if (!replacement)
                return;
            redis = replacement.get();
            redis->command(ClusterProtocol::createGroup(m_options.queue));
        }
        readCancels(*redis);
        const int free = room();
        if (free > 0) {
            readTasks(*redis, free);
            continue;
        }
        std::unique_lock lock(m_mutex);
        m_roomWake.wait_for(lock, std::chrono::milliseconds(m_options.blockMs));
    }
}

void ClusterWorker::readCancels(RedisClient &redis)
{
    const RedisReply reply =
        redis.command({"XREAD", "COUNT", "1000", "STREAMS",
                       ClusterProtocol::cancelKey(m_options.queue), m_lastCancelId});
    const auto entries = ClusterProtocol::entries(reply);
    if (entries.empty())
        return;
    m_lastCancelId = entries.back().id;
    for (const CancelNotice &notice : ClusterProtocol::cancels(reply))
        applyCancel(notice);
}

int ClusterWorker::room() const
{
    std::lock_guard lock(m_mutex);
    const int depth = (m_avgTaskMs >= 0 && m_avgTaskMs < kPipelineBelowMs) ? kPipelineDepth : 1;
    return m_options.concurrency * depth - int(m_held.size());
}

void ClusterWorker::readTasks(RedisClient &redis, int free)
{
    const RedisReply reply = redis.command(
        {"XREADGROUP", "GROUP", ClusterProtocol::kGroup, m_options.name.toUtf8(), "COUNT",
         QByteArray::number(free), "BLOCK", QByteArray::number(m_options.blockMs), "STREAMS",
         ClusterProtocol::tasksKey(m_options.queue), ">"});
    if (reply.isError() && !redis.isBroken()) {
        // The stream or the group was removed (FLUSHALL, a restart without persistence).
        redis.command(ClusterProtocol::createGroup(m_options.queue));
        return;
    }
    std::vector<std::shared_ptr<Held>> fresh;
    for (ClusterTask &task : ClusterProtocol::tasks(reply)) {
        WorkerMessage message;
        auto held = std::make_shared<Held>();
        held->task = std::move(task);
        if (!WorkerProtocol::decode(held->task.payload, &message) ||
            message.type != WorkerMessageType::Run) {
            std::lock_guard lock(m_mutex);
            m_acks.push_back(held->task.entryId); // not ours to understand: drop it
            continue;
        }
        held->scope = std::move(message.scope);
        held->job = std::move(message.job);
        held->job.scope = held->scope.get();
        held->job.cancelled = held->flag.get();
        held->threadPrefix = std::move(message.threadName);
        fresh.push_back(std::move(held));
    }
    if (fresh.empty())
        return;
    std::lock_guard lock(m_mutex);
    for (auto &held : fresh) {
        if (m_cancelledTokens.count(held->task.token))
            held->flag->store(true);
        m_held[held->task.entryId] = held;
        m_queue.push_back(std::move(held));
    }
    m_taskWake.notify_all();
}

void ClusterWorker::applyCancel(const CancelNotice &notice)
{
    std::lock_guard lock(m_mutex);
    if (!notice.id) {
        if (m_cancelledTokens.size() > 10000)
            m_cancelledTokens.clear();
        m_cancelledTokens.insert(notice.token);
    }
    for (auto &[id, held] : m_held) {
        if (held->task.token == notice.token &&
            (!notice.id || (*notice.id == held->job.id && notice.attempt == held->job.attempt)))
            held->flag->store(true);
    }
}

// Stopping: attempts not started go back to their hosts; running ones may finish within the
// grace period, then are cancelled.
void ClusterWorker::stopHeldWork()
{
    {
        std::lock_guard lock(m_mutex);
        for (const auto &held : std::exchange(m_queue, {})) {
            ResultItem item;
            item.report = reportFor(held->job);
            item.report.outcome = AttemptOutcome::Cancelled;
            item.report.errorType = ErrorNames::CancelledError;
            item.report.errorMessage = QStringLiteral("handed back by a stopping worker");
            item.report.start = item.report.end = monotonic().nowMs();
            item.attempt = held->job.attempt;
            item.handedBack = true;
            item.entryId = held->task.entryId;
            m_outbox[held->task.resultStream].push_back(std::move(item));
            m_acks.push_back(held->task.entryId);
            m_held.erase(held->task.entryId);
        }
    }
    m_sendWake.notify_all();
    std::unique_lock lock(m_mutex);
    const auto drained = [this] { return m_running == 0; };
    if (!m_taskWake.wait_for(lock, std::chrono::milliseconds(m_options.stopGraceMs), drained)) {
        for (auto &[id, held] : m_held)
            held->flag->store(true);
        m_taskWake.wait_for(lock, std::chrono::seconds(2), drained);
    }
}

// ---- task threads -----------------------------------------------------------------------------

void ClusterWorker::taskLoop(int index)
{
    for (;;) {
        std::shared_ptr<Held> held;
        {
            std::unique_lock lock(m_mutex);
            m_taskWake.wait(
                lock, [this] { return (!m_queue.empty() && !m_recycle.load()) || m_tasksDone; });
            if (m_queue.empty() || m_recycle.load())
                return;
            held = std::move(m_queue.front());
            m_queue.pop_front();
            held->started = true;
            ++m_running;
            countStart(*held);
        }
        runHeld(*held, index);
        {
            std::lock_guard lock(m_mutex);
            --m_running;
            m_held.erase(held->task.entryId);
        }
        m_taskWake.notify_all(); // stopHeldWork waits for m_running to drop
        m_roomWake.notify_one();
    }
}

// With m_mutex held. The attempt that reaches its event's max_tasks_per_child is the last this
// process starts: the rest are handed back, and exec returns kRecycle.
void ClusterWorker::countStart(const Held &held)
{
    const int limit = held.task.maxTasksPerChild;
    if (limit <= 0 || ++m_startedByToken[held.task.token] < limit)
        return;
    m_recycledAfter = limit;
    m_recycle.store(true);
    m_roomWake.notify_one();
}

void ClusterWorker::runHeld(Held &held, int index)
{
    const QString thread =
        (held.threadPrefix.isEmpty() ? QStringLiteral("worker-") : held.threadPrefix) +
        QString::number(m_options.threadIndexBase + index);
    QThread *self = QThread::currentThread();
    if (self->objectName() != thread)
        self->setObjectName(thread);
    const double start = monotonic().nowMs();
    if (!held.job.isCancelled()) {
        AttemptReport started = startedReport(held.job, start, thread, m_pid);
        post(held, std::move(started), false);
    }
    AttemptReport report = execute(held, start);
    report.thread = thread;
    report.pid = m_pid;
    if (report.outcome != AttemptOutcome::Cancelled) {
        std::lock_guard lock(m_mutex);
        const double ms = report.end - report.start;
        m_avgTaskMs = m_avgTaskMs < 0 ? ms : 0.8 * m_avgTaskMs + 0.2 * ms;
    }
    post(held, std::move(report), true);
}

AttemptReport ClusterWorker::execute(Held &held, double start)
{
    AttemptScope &scope = *held.scope;
    AttemptReport report;
    if (held.job.isCancelled()) {
        report = cancelledBeforeStart(held.job, monotonic());
    } else if (scope.eventType == PluginEvent::kindName() &&
               scope.params.value(QStringLiteral("library"))
                   .toString()
                   .contains(QLatin1Char('/'))) {
        report = errorReport(ErrorNames::PermissionError,
                             QStringLiteral("this worker loads plugins only from its own plugin "
                                            "directories (--plugin-dir); the host sent a path"),
                             start);
    } else if (const auto registered = EventRegistry::instance().find(scope.eventType)) {
        scope.factory = registered->factory;
        scope.function = registered->function;
        report = runAttempt(held.job, monotonic(), start);
    } else {
        report = errorReport(ErrorNames::ValueError,
                             QStringLiteral("event type '%1' is not known to worker %2")
                                 .arg(scope.eventType, m_options.name),
                             start);
    }
    report.id = held.job.id;
    return report;
}

void ClusterWorker::post(const Held &held, AttemptReport &&report, bool finished)
{
    ResultItem item;
    item.report = std::move(report);
    item.attempt = held.job.attempt;
    item.entryId = held.task.entryId;
    {
        std::lock_guard lock(m_mutex);
        m_outbox[held.task.resultStream].push_back(std::move(item));
        if (finished)
            m_acks.push_back(held.task.entryId);
    }
    m_sendWake.notify_one();
}

// ---- sender thread ----------------------------------------------------------------------------

void ClusterWorker::sendLoop()
{
    std::unique_ptr<RedisClient> redis;
    auto nextBeat = std::chrono::steady_clock::now();
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_sendWake.wait_until(lock, nextBeat, [this] {
                return !m_outbox.empty() || !m_acks.empty() || m_senderDone;
            });
            if (m_senderDone && m_outbox.empty() && m_acks.empty())
                break;
        }
        if (!redis || redis->isBroken()) {
            QString error;
            redis = RedisClient::connect(m_options.url, &error);
            if (!redis) {
                std::this_thread::sleep_for(std::chrono::milliseconds(kReconnectMs));
                continue;
            }
        }
        const bool beat = std::chrono::steady_clock::now() >= nextBeat;
        if (beat)
            nextBeat =
                std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.heartbeatMs);
        sendOnce(*redis, beat);
    }
    if (redis && !redis->isBroken())
        redis->command({"DEL", ClusterProtocol::workerKey(m_options.queue, m_options.name)});
}

// Writes what is waiting (one XADD per result stream, one XACK) and, when `beat`, the heartbeat.
// What a broken connection did not take is kept for the next try: a result may then arrive twice,
// which hosts ignore.
bool ClusterWorker::sendOnce(RedisClient &redis, bool beat)
{
    std::map<QByteArray, std::vector<ResultItem>> outbox;
    std::vector<QByteArray> acks;
    std::vector<QByteArray> heldIds;
    {
        std::lock_guard lock(m_mutex);
        outbox.swap(m_outbox);
        acks.swap(m_acks);
        if (beat) {
            for (const auto &[id, held] : m_held)
                heldIds.push_back(id);
        }
    }
    int replies = 0;
    for (const auto &[stream, items] : outbox) {
        redis.append(ClusterProtocol::addResults(stream, m_options.name, m_host, items));
        ++replies;
    }
    if (!acks.empty()) {
        RedisArgs args{"XACK", ClusterProtocol::tasksKey(m_options.queue), ClusterProtocol::kGroup};
        args.insert(args.end(), acks.begin(), acks.end());
        redis.append(args);
        ++replies;
    }
    bool ok = true;
    for (int i = 0; i < replies; ++i)
        ok = !redis.reply().isError() && ok;
    if (!ok && redis.isBroken()) {
        std::lock_guard lock(m_mutex);
        for (auto &[stream, items] : outbox) {
            auto &pending = m_outbox[stream];
            pending.insert(pending.begin(), items.begin(), items.end());
        }
        m_acks.insert(m_acks.end(), acks.begin(), acks.end());
        return false;
    }
    if (beat)
        heartbeat(redis, heldIds);
    return ok;
}

void ClusterWorker::heartbeat(RedisClient &redis, const std::vector<QByteArray> &ids)
{
    const QByteArray presence =
        WorkerPresence::encode(m_host, m_pid, m_options.concurrency, m_options.heartbeatMs);
    redis.append({"SET", ClusterProtocol::workerKey(m_options.queue, m_options.name), presence,
                  "PX",
                  QByteArray::number(WorkerPresence::kLifetimeHeartbeats * m_options.heartbeatMs)});
    if (ids.empty()) {
        redis.reply();
        return;
    }
    RedisArgs claim{"XCLAIM", ClusterProtocol::tasksKey(m_options.queue), ClusterProtocol::kGroup,
                    m_options.name.toUtf8(), "0"};
    claim.insert(claim.end(), ids.begin(), ids.end());
    claim.push_back("JUSTID");
    redis.append(claim);
    redis.reply();
    const RedisReply claimed = redis.reply();
    if (claimed.type != RedisReply::Type::Array)
        return;
    std::set<QByteArray> still;
    for (const RedisReply &id : claimed.elements)
        still.insert(id.str);
    // Gone from our pending list: another host claimed it (we were silent too long) or the
    // host cancelled it. Its result would be ignored; stop it.
    std::lock_guard lock(m_mutex);
    for (const QByteArray &id : ids) {
        const auto it = m_held.find(id);
        if (!still.count(id) && it != m_held.end())
            it->second->flag->store(true);
    }
}

} // namespace volnux
