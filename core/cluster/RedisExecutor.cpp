// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedisExecutor.h"

#include "core/errors/ErrorTypes.h"
#include "core/executors/process/WorkerProtocol.h"

#include <QUuid>

#include <algorithm>
#include <climits>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace volnux {

namespace {

constexpr double kFlagPollMs = 20;
constexpr double kReconnectEveryMs = 250;
constexpr int kDispatchBatch = 1000;
constexpr int kClaimRounds = 10;
constexpr double kCancelConfirmMs = 2000;  // beyond the heartbeat timeout
constexpr double kReconnectGraceMs = 1000; // after a reconnection, before claiming

void wake(int fd)
{
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(fd, &one, sizeof one);
}

AttemptReport outcomeReport(const AttemptJob &job, AttemptOutcome outcome, const QString &type,
                            const QString &message, double at)
{
    AttemptReport report = reportFor(job);
    report.outcome = outcome;
    report.errorType = type;
    report.errorMessage = message;
    report.start = report.end = at;
    return report;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

RedisExecutor::RedisExecutor(const ExecutorInitializerConfig &config, ClusterConfig cluster,
                             ExecutorEnvironment env)
    : m_config(config), m_cluster(std::move(cluster)), m_env(std::move(env)),
      m_token(QUuid::createUuid().toString(QUuid::Id128).toLatin1()),
      m_resultsKey(ClusterProtocol::resultsKey(m_cluster.queue, m_token)),
      m_threadPrefix(config.thread_name_prefix.value_or(QString())),
      m_url(RedisUrl::parse(m_cluster.redisUrl, &m_urlError))
{
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_thread = std::thread([this] { loop(); });
}

RedisExecutor::~RedisExecutor()
{
    shutdown();
    ::close(m_wakeFd);
}

void RedisExecutor::publish(AttemptReport &&report) const
{
    const bool finished = report.phase == AttemptReport::Phase::Finished;
    m_env.deliver(std::move(report), 0);
    if (finished && m_env.idle)
        m_env.idle();
}

void RedisExecutor::submit(AttemptJob job)
{
    {
        std::unique_lock lock(m_mutex);
        if (!m_stopRequested) {
            m_incoming.push_back(std::move(job));
            lock.unlock();
            wake(m_wakeFd);
            return;
        }
    }
    publish(outcomeReport(job, AttemptOutcome::Cancelled, ErrorNames::CancelledError,
                          QStringLiteral("the executor was shut down"), m_env.clock->nowMs()));
}

void RedisExecutor::cancelQueued()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelQueuedRequested = true;
    }
    wake(m_wakeFd);
}

void RedisExecutor::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_stopRequested = true;
    }
    wake(m_wakeFd);
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    m_stopped = true;
}

int RedisExecutor::workerCount() const
{
    return m_workersSeen.load();
}

// ---- I/O thread -------------------------------------------------------------------------------

void RedisExecutor::loop()
{
    for (;;) {
        takeControl();
        const double now = WorkerProtocol::monotonicMs();
        if (ensureConnected(now)) {
            checkCancellations(now);
            dispatch();
            if (now >= m_nextClaim)
                claimSilent(now);
        } else if (m_shuttingDown) {
            failEverything(AttemptOutcome::Cancelled, ErrorNames::CancelledError,
                           QStringLiteral("the executor was shut down while Redis was "
                                          "unreachable"));
        }
        if (finished())
            break;
        waitForResults();
    }
    cleanUp();
}

bool RedisExecutor::finished() const
{
    return m_shuttingDown && m_queue.empty() && m_flights.empty();
}

void RedisExecutor::takeControl()
{
    std::vector<AttemptJob> incoming;
    bool cancelQueued = false;
    bool stop = false;
    {
        std::lock_guard lock(m_mutex);
        incoming.swap(m_incoming);
        cancelQueued = std::exchange(m_cancelQueuedRequested, false);
        stop = m_stopRequested;
    }
    for (AttemptJob &job : incoming)
        m_queue.push_back(std::move(job));
    if (stop && !m_shuttingDown) {
        m_shuttingDown = true;
        cancelQueued = true;
    }
    if (!cancelQueued)
        return;
    const double at = m_env.clock->nowMs();
    const QString why = m_shuttingDown ? QStringLiteral("the executor was shut down")
                                       : QStringLiteral("cancelled before it started");
    for (const AttemptJob &job : std::exchange(m_queue, {}))
        publish(outcomeReport(job, AttemptOutcome::Cancelled, ErrorNames::CancelledError, why, at));
}

bool RedisExecutor::ensureConnected(double now)
{
    if (!m_url) {
        failEverything(AttemptOutcome::Error, ErrorNames::ValueError, m_urlError);
        return false;
    }
    if (m_writer && !m_writer->isBroken() && m_reader && !m_reader->isBroken())
        return true;
    if (m_disconnectedSince < 0)
        m_disconnectedSince = now;
    QString error = QStringLiteral("the connection was lost");
    if (now >= m_nextConnectTry) {
        m_nextConnectTry = now + kReconnectEveryMs;
        m_readPending = false;
        m_writer = RedisClient::connect(*m_url, &error, 2000);
        m_reader = m_writer ? RedisClient::connect(*m_url, &error, 2000) : nullptr;
        if (m_reader && ClusterProtocol::isGroupReady(
                            m_writer->command(ClusterProtocol::createGroup(m_cluster.queue)))) {
            // Workers were cut off too and could not heartbeat: their entries look idle. Give
            // them a heartbeat timeout (and time to reconnect) before judging them.
            if (std::exchange(m_everConnected, true))
                m_nextClaim = now + m_cluster.heartbeatTimeoutMs + kReconnectGraceMs;
            m_disconnectedSince = -1;
            return true;
        }
    }
    if (now - m_disconnectedSince >= m_cluster.reconnectTimeoutMs)
        failEverything(AttemptOutcome::Error, ErrorNames::ConnectionError,
                       QStringLiteral("Redis at %1 unreachable for %2 s: %3")
                           .arg(m_url->redacted(), seconds(m_cluster.reconnectTimeoutMs), error));
    return false;
}

void RedisExecutor::failEverything(AttemptOutcome outcome, const QString &type, const QString &why)
{
    const double at = m_env.clock->nowMs();
    for (const AttemptJob &job : std::exchange(m_queue, {}))
        publish(outcomeReport(job, outcome, type, why, at));
    for (auto &[id, flight] : std::exchange(m_flights, {}))
        failFlight(flight, outcome, type, why);
}

void RedisExecutor::failFlight(Flight &flight, AttemptOutcome outcome, const QString &type,
                               const QString &message)
{
    AttemptReport report = reportFor(flight.job);
    report.outcome = outcome;
    report.errorType = type;
    report.errorMessage = message;
    report.pid = flight.pid;
    report.thread = flight.thread;
    report.host = flight.host;
    report.start = flight.startedAt >= 0 ? flight.startedAt : flight.sentAt;
    report.end = std::max(report.start, m_env.clock->nowMs());
    publish(std::move(report));
}

void RedisExecutor::checkCancellations(double now)
{
    if (now - m_lastFlagScan < kFlagPollMs)
        return;
    m_lastFlagScan = now;
    const double at = m_env.clock->nowMs();
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (!it->isCancelled()) {
            ++it;
            continue;
        }
        publish(cancelledBeforeStart(*it, *m_env.clock));
        it = m_queue.erase(it);
    }
    const double confirmMs = m_cluster.heartbeatTimeoutMs + kCancelConfirmMs;
    int commands = 0;
    for (auto it = m_flights.begin(); it != m_flights.end();) {
        Flight &f = it->second;
        if (f.cancelSent && now - f.cancelSentAt > confirmMs) {
            failFlight(f, AttemptOutcome::Cancelled, ErrorNames::CancelledError,
                       QStringLiteral("cancelled; worker pid %1 did not confirm within %2 s")
                           .arg(f.pid)
                           .arg(seconds(int(confirmMs))));
            it = m_flights.erase(it);
            continue;
        }
        if (f.cancelSent || !(m_shuttingDown || f.job.isCancelled())) {
            ++it;
            continue;
        }
        m_writer->append(
            ClusterProtocol::addCancel(m_cluster.queue, {m_token, f.job.id, f.job.attempt}));
        ++commands;
        if (f.startedAt >= 0) {
            f.cancelSent = true;
            f.cancelSentAt = now;
            ++it;
            continue;
        }
        // Not started anywhere yet: taken out of the stream and reported now; a worker that
        // already read it sees the cancellation, and its report is ignored.
        m_writer->append({"XDEL", ClusterProtocol::tasksKey(m_cluster.queue), f.entryId});
        ++commands;
        publish(outcomeReport(f.job, AttemptOutcome::Cancelled, ErrorNames::CancelledError,
                              QStringLiteral("cancelled before it started"), at));
        it = m_flights.erase(it);
    }
    for (int i = 0; i < commands; ++i)
        m_writer->reply();
}

void RedisExecutor::dispatch()
{
    const size_t limit = m_config.max_workers ? size_t(*m_config.max_workers) : SIZE_MAX;
    std::vector<AttemptJob> sent;
    const QByteArray tasks = ClusterProtocol::tasksKey(m_cluster.queue);
    while (!m_shuttingDown && !m_queue.empty() && m_flights.size() + sent.size() < limit &&
           sent.size() < size_t(kDispatchBatch)) {
        AttemptJob job = std::move(m_queue.front());
        m_queue.pop_front();
        m_writer->append(ClusterProtocol::addTask(m_cluster.queue, m_resultsKey, m_token, job,
                                                  m_threadPrefix,
                                                  m_config.max_tasks_per_child.value_or(0)));
        sent.push_back(std::move(job));
    }
    int extra = 0;
    if (!m_finishedEntries.empty()) {
        RedisArgs del{"XDEL", tasks};
        del.insert(del.end(), m_finishedEntries.begin(), m_finishedEntries.end());
        m_writer->append(del);
        m_writer->append({"XTRIM", m_resultsKey, "MINID", m_lastResultId});
        m_finishedEntries.clear();
        extra = 2;
    }
    const double at = m_env.clock->nowMs();
    for (size_t i = 0; i < sent.size(); ++i) {
        const RedisReply reply = m_writer->reply();
        if (reply.isError()) {
            // Lost on the way (or not: then a worker may run it twice; one result counts).
            for (size_t j = sent.size(); j-- > i;)
                m_queue.push_front(std::move(sent[j]));
            return;
        }
        Flight flight;
        flight.job = std::move(sent[i]);
        flight.entryId = reply.str;
        flight.sentAt = at;
        const quint64 id = flight.job.id;
        m_flights.insert_or_assign(id, std::move(flight));
    }
    for (int i = 0; i < extra; ++i)
        m_writer->reply();
}

// Attempts idle in the pending lists past the heartbeat timeout belong to a worker that stopped
// heartbeating. Whoever claims one answers for it on its result stream, so a host also fails
// the attempts of other runs sharing the queue; its own it handles directly.
void RedisExecutor::claimSilent(double now)
{
    m_nextClaim = now + std::max(kFlagPollMs, m_cluster.heartbeatTimeoutMs / 4.0);
    const QByteArray tasks = ClusterProtocol::tasksKey(m_cluster.queue);
    QByteArray cursor = "0-0";
    for (int round = 0; round < kClaimRounds; ++round) {
        const RedisReply reply = m_writer->command(
            {"XAUTOCLAIM", tasks, ClusterProtocol::kGroup, "volnux-host-" + m_token,
             QByteArray::number(m_cluster.heartbeatTimeoutMs), cursor, "COUNT", "100"});
        if (reply.isError() || reply.elements.empty())
            return;
        const std::vector<StreamEntry> claimed = ClusterProtocol::entries(reply);
        if (!claimed.empty()) {
            RedisArgs ack{"XACK", tasks, ClusterProtocol::kGroup};
            for (const StreamEntry &e : claimed)
                ack.push_back(e.id);
            m_writer->command(ack);
        }
        for (const StreamEntry &entry : claimed)
            answerClaimed(entry);
        cursor = reply.elements[0].str;
        if (cursor == "0-0")
            return;
    }
}

void RedisExecutor::answerClaimed(const StreamEntry &entry)
{
    const auto field = [&](const char *name) {
        const auto it = entry.fields.find(QByteArray(name));
        return it == entry.fields.end() ? QByteArray() : it->second;
    };
    WorkerMessage message;
    if (!WorkerProtocol::decode(field("p"), &message) || message.type != WorkerMessageType::Run)
        return;
    ResultItem item;
    item.report = reportFor(message.job);
    item.report.outcome = AttemptOutcome::Error;
    item.report.errorType = ErrorNames::WorkerCrashedError;
    item.report.errorMessage =
        QStringLiteral("the worker running this attempt stopped heartbeating for more than %1 s")
            .arg(seconds(m_cluster.heartbeatTimeoutMs));
    item.report.start = item.report.end = WorkerProtocol::monotonicMs();
    item.attempt = message.job.attempt;
    item.claimed = true;
    item.entryId = entry.id;
    if (field("t") == m_token) {
        ResultBatch batch;
        onItem(batch, item, 0);
        return;
    }
    m_writer->command(ClusterProtocol::addResults(field("r"), QString(), QString(), {item}));
}

void RedisExecutor::waitForResults()
{
    pollfd fds[2] = {{m_wakeFd, POLLIN, 0}, {-1, POLLIN, 0}};
    const bool reading = m_reader && !m_reader->isBroken();
    if (reading && !m_readPending) {
        m_reader->append(
            {"XREAD", "COUNT", "1000", "BLOCK", "50", "STREAMS", m_resultsKey, m_lastResultId});
        m_readPending = m_reader->flush();
    }
    if (reading)
        fds[1].fd = m_reader->fd();
    const int timeout = reading ? int(kFlagPollMs) : int(kReconnectEveryMs);
    if (::poll(fds, 2, timeout) <= 0)
        return;
    if (fds[0].revents) {
        quint64 value;
        [[maybe_unused]] const auto n = ::read(m_wakeFd, &value, sizeof value);
    }
    if (!fds[1].revents || !m_reader->readAvailable())
        return;
    while (const auto reply = m_reader->nextReply()) {
        m_readPending = false;
        for (const ResultBatch &batch : ClusterProtocol::results(*reply))
            onBatch(batch);
    }
}

void RedisExecutor::onBatch(const ResultBatch &batch)
{
    m_lastResultId = batch.entryId;
    if (!batch.worker.isEmpty() && !m_workers.contains(batch.worker)) {
        m_workers.insert(batch.worker);
        m_workersSeen.store(int(m_workers.size()));
    }
    // The sender's monotonic clock placed on the run's clock, as of now (transit ignored).
    const double offset = m_env.clock->nowMs() - batch.senderNow;
    for (ResultItem item : batch.items)
        onItem(batch, item, offset);
}

void RedisExecutor::onItem(const ResultBatch &batch, ResultItem &item, double offset)
{
    const auto it = m_flights.find(item.report.id);
    if (it == m_flights.end())
        return; // finished already: a duplicate, or late after a claim
    Flight &f = it->second;
    if (f.job.attempt != item.attempt || (!item.entryId.isEmpty() && item.entryId != f.entryId))
        return;
    AttemptReport &r = item.report;
    r.scope = f.job.scope;
    r.task = f.job.task;
    r.attempt = f.job.attempt;
    if (item.claimed || item.handedBack) {
        if (f.startedAt < 0 && !m_shuttingDown && !f.job.isCancelled())
            m_queue.push_front(std::move(f.job)); // never started: send it again
        else if (f.startedAt < 0)
            publish(cancelledBeforeStart(f.job, *m_env.clock));
        else
            failFlight(f, AttemptOutcome::Error, ErrorNames::WorkerCrashedError,
                       QStringLiteral("worker pid %1 on %2: %3")
                           .arg(f.pid)
                           .arg(f.host.toString(), r.errorMessage));
        m_flights.erase(it);
        return;
    }
    const double now = std::max(f.sentAt, m_env.clock->nowMs());
    const double start =
        f.startedAt >= 0 ? f.startedAt : std::clamp(r.start + offset, f.sentAt, now);
    r.host = batch.host;
    r.start = start;
    if (r.phase == AttemptReport::Phase::Started) {
        if (f.startedAt >= 0)
            return;
        f.startedAt = start;
        f.thread = r.thread;
        f.pid = r.pid;
        f.host = r.host;
        publish(std::move(r));
        return;
    }
    r.end = std::clamp(r.end + offset, start, now);
    m_finishedEntries.push_back(f.entryId);
    m_flights.erase(it);
    publish(std::move(r));
}

void RedisExecutor::cleanUp()
{
    if (!m_writer || m_writer->isBroken())
        return;
    m_writer->append({"DEL", m_resultsKey});
    m_writer->append({"XGROUP", "DELCONSUMER", ClusterProtocol::tasksKey(m_cluster.queue),
                      ClusterProtocol::kGroup, "volnux-host-" + m_token});
    if (!m_finishedEntries.empty()) {
        RedisArgs del{"XDEL", ClusterProtocol::tasksKey(m_cluster.queue)};
        del.insert(del.end(), m_finishedEntries.begin(), m_finishedEntries.end());
        m_writer->append(del);
    }
    m_writer->flush();
    m_writer->reply();
    m_writer->reply();
    if (!m_finishedEntries.empty())
        m_writer->reply();
}

std::unique_ptr<Executor> makeRedisExecutor(const ExecutorInitializerConfig &config,
                                            ExecutorEnvironment env, QString *error)
{
    if (!env.cluster || !env.cluster->isSet()) {
        if (error)
            *error = QStringLiteral("RedisExecutor needs a Redis server: set the project's "
                                    "cluster.redis_url, volnux-run --redis URL or "
                                    "VOLNUX_REDIS_URL");
        return nullptr;
    }
    if (!env.clock)
        env.clock = Clock::system();
    const ClusterConfig cluster = *env.cluster;
    return std::make_unique<RedisExecutor>(config, cluster, std::move(env));
}

} // namespace volnux
