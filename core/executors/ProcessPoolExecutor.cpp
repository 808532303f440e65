// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessPoolExecutor.h"

#include "core/errors/ErrorTypes.h"
#include "core/executors/ProcessPool.h"
#include "core/executors/RunPriority.h"
#include "core/executors/process/ForkServer.h"
#include "core/executors/process/ReportMirror.h"
#include "core/executors/process/WorkerProcess.h"
#include "core/executors/process/WorkerProtocol.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace volnux {

namespace {

// Short attempts are pipelined (several in flight per worker) so that the round trip does not
// dominate; long ones are sent one at a time so that an idle worker is never left waiting while
// work queues behind a busy one.
constexpr double kPipelineBelowMs = 2.0;
// How often running attempts' cancellation flags are looked at.
constexpr int kFlagPollMs = 20;
constexpr int kBusyPollMs = 2;

AttemptReport cancelledReport(const AttemptJob &job, const QString &message, double at)
{
    AttemptReport report = reportFor(job);
    report.outcome = AttemptOutcome::Cancelled;
    report.errorType = ErrorNames::CancelledError;
    report.errorMessage = message;
    report.start = report.end = at;
    return report;
}

bool isCancelled(const AttemptJob &job)
{
    return job.cancelled && job.cancelled->load(std::memory_order_relaxed);
}

} // namespace

ProcessPoolExecutor::ProcessPoolExecutor(const ExecutorInitializerConfig &config,
                                         ExecutorEnvironment env)
    : m_config(config), m_env(std::move(env)), m_program(ProcessPool::workerProgram()),
      m_maxWorkers(std::max(1, config.resolvedMaxWorkers()))
{
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_workers.resize(size_t(m_maxWorkers));
    m_thread = std::thread([this] { loop(); });
}

ProcessPoolExecutor::~ProcessPoolExecutor()
{
    shutdown();
    ::close(m_wakeFd);
}

static void wake(int fd)
{
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(fd, &one, sizeof one);
}

// Every report leaves from the pool's own thread, on one lane; a finished one is worth a wake-up
// (pool attempts are far slower than the engine's poll).
void ProcessPoolExecutor::publish(AttemptReport &&report, bool wake) const
{
    const bool finished = report.phase == AttemptReport::Phase::Finished;
    m_env.deliver(std::move(report), 0);
    if (wake && finished && m_env.idle)
        m_env.idle();
}

void ProcessPoolExecutor::submit(AttemptJob job)
{
    {
        std::unique_lock lock(m_mutex);
        if (!m_stopRequested) {
            // The I/O thread takes every job handed over at once: one wake-up for them all.
            const bool first = m_incoming.empty();
            m_incoming.push_back(std::move(job));
            lock.unlock();
            if (first)
                wake(m_wakeFd);
            return;
        }
    }
    publish(
        cancelledReport(job, QStringLiteral("the executor was shut down"), m_env.clock->nowMs()));
}

void ProcessPoolExecutor::cancelQueued()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelQueuedRequested = true;
    }
    wake(m_wakeFd);
}

void ProcessPoolExecutor::shutdown()
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

int ProcessPoolExecutor::workerCount() const
{
    return m_liveWorkers.load();
}

QString ProcessPoolExecutor::threadName(int slot) const
{
    return m_config.thread_name_prefix ? *m_config.thread_name_prefix + QString::number(slot)
                                       : QString();
}

Name ProcessPoolExecutor::reportedThread(int slot) const
{
    const QString name = threadName(slot);
    return name.isEmpty() ? QStringLiteral("worker-%1").arg(slot) : name;
}

// ---- the I/O thread -------------------------------------------------------------------------

void ProcessPoolExecutor::loop()
{
    for (;;) {
        takeControl();
        if (finished()) {
            m_forkServer.reset(); // every worker is reaped
            return;
        }
        // Timers (grace periods, polling) run on real time even when the run's clock is virtual;
        // the run's clock only stamps what is reported.
        const double now = WorkerProtocol::monotonicMs();
        checkCancellations(now);
        for (auto &worker : m_workers) {
            if (!worker)
                continue;
            checkTimeouts(*worker, now);
            escalate(*worker, now);
        }
        dispatch(now);
        waitForIo();
        reapWorkers();
    }
}

bool ProcessPoolExecutor::finished() const
{
    return m_shuttingDown && m_queue.empty() &&
           std::none_of(m_workers.begin(), m_workers.end(),
                        [](const auto &w) { return w != nullptr; });
}

void ProcessPoolExecutor::takeControl()
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
    cancelHostQueue(m_shuttingDown ? QStringLiteral("the executor was shut down")
                                   : QStringLiteral("cancelled before it started"));
    // Attempts already sent to a worker but not started there are dropped by the worker.
    for (auto &worker : m_workers) {
        if (worker && worker->inFlight.size() > 1)
            worker->send(WorkerProtocol::dropQueued());
    }
}

void ProcessPoolExecutor::cancelHostQueue(const QString &why)
{
    const double now = m_env.clock->nowMs();
    for (const AttemptJob &job : std::exchange(m_queue, {}))
        publish(cancelledReport(job, why, now));
}

void ProcessPoolExecutor::checkCancellations(double now)
{
    // The queue and the attempts in flight can be long: look at their flags only every few
    // milliseconds (and at every pass while shutting down), and reorder the queue only when
    // something in it was cancelled.
    const bool scan = now - m_lastQueueScan >= kFlagPollMs;
    if (scan)
        m_lastQueueScan = now;
    if (scan && std::any_of(m_queue.begin(), m_queue.end(), isCancelled)) {
        const auto cancelled = std::stable_partition(m_queue.begin(), m_queue.end(),
                                                     [](const auto &j) { return !isCancelled(j); });
        for (auto it = cancelled; it != m_queue.end(); ++it)
            publish(cancelledReport(*it, QStringLiteral("cancelled before it started"),
                                    m_env.clock->nowMs()));
        m_queue.erase(cancelled, m_queue.end());
    }
    for (auto &worker : m_workers) {
        if (!worker || !(scan || m_shuttingDown))
            continue;
        for (InFlightAttempt &attempt : worker->inFlight) {
            if (attempt.cancelSent || !(m_shuttingDown || isCancelled(attempt.job)))
                continue;
            worker->send(WorkerProtocol::cancel(attempt.job.id));
            attempt.cancelSent = true;
            attempt.cancelSentAt = now;
        }
        // Shutting down: an idle worker is asked to exit.
        if (m_shuttingDown && worker->inFlight.empty() && !worker->isInputClosed()) {
            worker->closeInput();
            worker->endedAt = now;
        }
    }
}

// A worker can only be killed, not interrupted: SIGKILL ends it even when it is stopped.
void ProcessPoolExecutor::checkTimeouts(WorkerProcess &worker, double now)
{
    if (worker.inFlight.empty() || !worker.ready || worker.termSent >= 2)
        return;
    InFlightAttempt &front = worker.inFlight.front();
    const std::optional<int> limit = front.job.scope->timeoutMs;
    if (!limit || front.cancelSent || now - worker.frontSince < *limit + kTimeoutGraceMs)
        return;
    front.timedOut = true;
    worker.signal(SIGKILL);
    worker.termSent = 2;
    worker.termSentAt = now;
}

void ProcessPoolExecutor::escalate(WorkerProcess &worker, double now)
{
    if (worker.termSent == 0 && !worker.inFlight.empty() && worker.inFlight.front().cancelSent) {
        const auto &front = worker.inFlight.front();
        if (now - std::max(front.cancelSentAt, worker.frontSince) >= kCancelGraceMs) {
            worker.signal(SIGTERM);
            worker.termSent = 1;
            worker.termSentAt = now;
        }
    }
    bool kill = worker.termSent == 1 && now - worker.termSentAt >= kKillGraceMs;
    const bool idleAndClosing = worker.inFlight.empty() && worker.isInputClosed();
    if ((idleAndClosing || worker.streamEnded) && worker.endedAt > 0 &&
        now - worker.endedAt >= kExitGraceMs)
        kill = true;
    if (!worker.ready && now - worker.spawnedAt >= kStartTimeoutMs) {
        worker.fault =
            QStringLiteral("did not become ready within %1 s").arg(kStartTimeoutMs / 1000);
        kill = true;
    }
    if (kill && worker.termSent < 2) {
        worker.signal(SIGKILL);
        worker.termSent = 2;
        worker.termSentAt = now;
    }
}

void ProcessPoolExecutor::dispatch(double now)
{
    while (!m_queue.empty() && !m_shuttingDown) {
        WorkerProcess *worker = pickWorker(now);
        if (!worker && std::exchange(m_startFailed, false))
            continue; // that attempt failed; try the next one
        if (!worker)
            return;
        sendBatch(*worker, now);
    }
}

// How many attempts a worker may have been sent and not finished.
int ProcessPoolExecutor::pipelineDepth() const
{
    if (m_avgTaskMs < 0 || m_avgTaskMs >= kPipelineBelowMs)
        return 1;
    return std::clamp(int(kQueuedWorkMs / std::max(m_avgTaskMs, 1e-3)), 2, kMaxPipelineDepth);
}

// The least busy worker that still accepts attempts; a new worker rather than a second attempt
// for a busy one while a slot is free; nullptr when every worker is full.
WorkerProcess *ProcessPoolExecutor::pickWorker(double now)
{
    WorkerProcess *best = nullptr;
    for (auto &worker : m_workers) {
        if (!worker || worker->isInputClosed() || worker->streamEnded || worker->termSent)
            continue;
        if (!best || worker->inFlight.size() < best->inFlight.size())
            best = worker.get();
    }
    if (best && best->inFlight.empty())
        return best;
    const bool freeSlot =
        std::any_of(m_workers.begin(), m_workers.end(), [](const auto &w) { return !w; });
    if (freeSlot)
        return startWorker(now);
    if (best && int(best->inFlight.size()) < pipelineDepth())
        return best;
    return nullptr;
}

WorkerProcess *ProcessPoolExecutor::startWorker(double now)
{
    const auto slot = std::find(m_workers.begin(), m_workers.end(), nullptr);
    QString error;
    auto worker = newWorker(int(slot - m_workers.begin()), &error);
    if (!worker) {
        // Nothing to run the attempt on: fail it now rather than retrying forever.
        const AttemptJob job = std::move(m_queue.front());
        m_queue.pop_front();
        const double at = m_env.clock->nowMs();
        failAttempt({job, at}, AttemptOutcome::Error, ErrorNames::OSError, error, 0, at, at);
        m_startFailed = true;
        return nullptr;
    }
    worker->spawnedAt = now;
    worker->thread = reportedThread(worker->slot());
    *slot = std::move(worker);
    ++m_liveWorkers;
    return slot->get();
}

// A new worker, at the run's priority. Set in the worker from outside, it would miss the threads
// the worker had started by then: a process inherits the priority of the thread that starts it
// (as forks of the fork server inherit the server's, started here too).
std::unique_ptr<WorkerProcess> ProcessPoolExecutor::newWorker(int slot, QString *error)
{
    RunPriority::atLeastForThisThread(m_env.nice);
    return spawnOrFork(slot, error);
}

// A fork of the fork server when workers are recycled (a server that cannot start, or is gone,
// leaves the pool to start programs as without).
std::unique_ptr<WorkerProcess> ProcessPoolExecutor::spawnOrFork(int slot, QString *error)
{
    if (m_config.max_tasks_per_child && !m_forkServerFailed) {
        if (!m_forkServer || m_forkServer->isGone())
            m_forkServer = ForkServer::start(m_program, error);
        if (m_forkServer) {
            if (auto worker = WorkerProcess::fork(m_forkServer, slot, error))
                return worker;
        }
        m_forkServerFailed = true;
    }
    return WorkerProcess::spawn(m_program, slot, error);
}

// Sends the worker as many of the queue's first attempts as it has room for, as long as they
// share the first one's scope, and that scope first if the worker does not have it yet.
void ProcessPoolExecutor::sendBatch(WorkerProcess &worker, double now)
{
    const AttemptScope *scope = m_queue.front().scope;
    int room = std::max(1, pipelineDepth() - int(worker.inFlight.size()));
    if (m_config.max_tasks_per_child)
        room = std::min(room, *m_config.max_tasks_per_child - worker.dispatched);
    const int key = scopeKey(worker, *scope);
    m_batch.clear();
    while (!m_queue.empty() && int(m_batch.size()) < room && m_queue.front().scope == scope) {
        m_batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    worker.send(WorkerProtocol::batch(key, m_batch));
    if (worker.inFlight.empty())
        worker.frontSince = now;
    const double sentAt = m_env.clock->nowMs();
    for (AttemptJob &job : m_batch)
        worker.inFlight.push_back({std::move(job), sentAt});
    worker.dispatched += int(m_batch.size());
    // Its last attempt is on its way: half-close, so it exits once done and a fresh worker can
    // take the slot.
    if (m_config.max_tasks_per_child && worker.dispatched >= *m_config.max_tasks_per_child)
        worker.closeInput();
}

int ProcessPoolExecutor::scopeKey(WorkerProcess &worker, const AttemptScope &scope)
{
    const auto [it, added] = m_scopeKeys.try_emplace(&scope, int(m_scopeKeys.size()) + 1);
    if (worker.scopesSent.insert(it->second).second)
        worker.send(WorkerProtocol::scope(it->second, scope, threadName(worker.slot())));
    return it->second;
}

int ProcessPoolExecutor::pollTimeout() const
{
    int timeout = -1;
    for (const auto &worker : m_workers) {
        if (!worker)
            continue;
        if (worker->streamEnded || worker->termSent || worker->isInputClosed())
            return kBusyPollMs;
        if (!worker->inFlight.empty() || !worker->ready)
            timeout = kFlagPollMs;
    }
    return timeout;
}

void ProcessPoolExecutor::waitForIo()
{
    std::vector<pollfd> fds;
    fds.push_back({m_wakeFd, POLLIN, 0});
    // The fork server's news: which forked workers ended.
    fds.push_back({m_forkServer && !m_forkServer->isGone() ? m_forkServer->fd() : -1, POLLIN, 0});
    for (auto &worker : m_workers) {
        if (!worker)
            continue;
        if (worker->hasPendingOutput())
            worker->flush(); // a failed write drops the output; the read side sees the end
        const short events = short(worker->streamEnded ? 0 : POLLIN) |
                             short(worker->hasPendingOutput() ? POLLOUT : 0);
        fds.push_back({worker->fd(), events, 0});
    }
    const int timeout = pollTimeout();
    if (::poll(fds.data(), nfds_t(fds.size()), timeout) <= 0)
        return;
    if (fds[0].revents) {
        quint64 value;
        [[maybe_unused]] const auto n = ::read(m_wakeFd, &value, sizeof value);
    }
    if (fds[1].revents)
        m_forkServer->readNews();
    size_t i = 2;
    const double now = WorkerProtocol::monotonicMs();
    for (auto &worker : m_workers) {
        if (!worker)
            continue;
        const short revents = fds[i++].revents;
        if (revents & POLLOUT)
            worker->flush();
        if (revents & (POLLIN | POLLHUP | POLLERR))
            readWorker(*worker, now);
    }
}

void ProcessPoolExecutor::readWorker(WorkerProcess &worker, double now)
{
    if (!worker.readAvailable() && !worker.streamEnded) {
        worker.streamEnded = true;
        worker.endedAt = now;
    }
    while (const auto payload = worker.reader().next()) {
        WorkerMessage message;
        if (!WorkerProtocol::decode(*payload, &message)) {
            worker.fault = QStringLiteral("sent a malformed message");
            break;
        }
        if (message.type == WorkerMessageType::Hello) {
            worker.ready = true;
            // An attempt sent before the worker was ready starts its time now.
            worker.frontSince = std::max(worker.frontSince, now);
        } else if (message.type == WorkerMessageType::Reports) {
            onReports(worker, message, now);
        }
    }
    if (worker.reader().isCorrupt() && !worker.fault)
        worker.fault = QStringLiteral("sent a malformed frame");
    if (worker.fault && worker.termSent < 2) {
        worker.signal(SIGKILL);
        worker.termSent = 2;
        worker.termSentAt = now;
    }
}

bool ProcessPoolExecutor::onReport(WorkerProcess &worker, AttemptReport report, bool startUnsent,
                                   double now)
{
    auto &inFlight = worker.inFlight;
    // A worker runs its attempts in order: the report is nearly always about the first.
    auto it = inFlight.begin();
    if (it == inFlight.end() || it->job.id != report.id)
        it = std::find_if(inFlight.begin(), inFlight.end(),
                          [&](const auto &a) { return a.job.id == report.id; });
    if (it == inFlight.end())
        return false;
    report.scope = it->job.scope;
    report.task = it->job.task;
    report.attempt = it->job.attempt;
    report.pid = worker.pid();
    // An attempt cancelled before it started ran on no thread.
    const bool ran = report.phase == AttemptReport::Phase::Started || startUnsent ||
                     it->startedAt >= 0 || report.outcome != AttemptOutcome::Cancelled;
    if (ran)
        report.thread = worker.thread;
    mapTimes(report, *it);
    if (report.phase == AttemptReport::Phase::Started) {
        if (it->startedAt >= 0)
            return false; // said twice: sent, and left in the mirror of a worker that died
        it->startedAt = report.start;
        if (it == inFlight.begin())
            worker.frontSince = now;
        publish(std::move(report), false);
        return false;
    }
    if (startUnsent)
        publish(startedReport(it->job, report.start, report.thread, report.pid), false);
    const bool wasFront = it == inFlight.begin();
    inFlight.erase(it);
    if (report.outcome != AttemptOutcome::Cancelled) {
        const double ms = report.end - report.start;
        m_avgTaskMs = m_avgTaskMs < 0 ? ms : 0.8 * m_avgTaskMs + 0.2 * ms;
    }
    if (wasFront)
        worker.frontSince = now; // the next attempt starts about now
    if (inFlight.empty() && worker.isInputClosed() && worker.endedAt <= 0)
        worker.endedAt = now;
    publish(std::move(report), false);
    return true;
}

// Worker times are CLOCK_MONOTONIC; the host clock is placed on that timeline at this instant,
// then clamped so that an attempt never starts before it was sent nor ends in the future, and
// its finished report repeats exactly the start its started report gave.
void ProcessPoolExecutor::mapTimes(AttemptReport &report, const InFlightAttempt &attempt) const
{
    const double now = std::max(attempt.sentAt, m_env.clock->nowMs());
    const double offset = now - WorkerProtocol::monotonicMs();
    const double start = attempt.startedAt >= 0
                             ? attempt.startedAt
                             : std::clamp(report.start + offset, attempt.sentAt, now);
    if (report.phase == AttemptReport::Phase::Finished)
        report.end = std::clamp(report.end + offset, start, now);
    report.start = start;
}

void ProcessPoolExecutor::reapWorkers()
{
    for (auto &worker : m_workers) {
        if (!worker || !(worker->streamEnded || worker->termSent))
            continue;
        if (!worker->tryReap())
            continue;
        recoverReports(*worker);
        onWorkerGone(*worker);
        worker.reset();
        --m_liveWorkers;
    }
}

// What a worker that is gone had said: its last frames still in the socket, then the reports it
// had not sent, from its mirror. Those sent as well are about attempts no longer in flight, and
// are ignored.
void ProcessPoolExecutor::recoverReports(WorkerProcess &worker)
{
    const double now = WorkerProtocol::monotonicMs();
    if (!worker.streamEnded)
        readWorker(worker, now);
    WorkerMessage message;
    if (worker.inFlight.empty() || !worker.mirror() ||
        !WorkerProtocol::decode(worker.mirror()->reportsPayload(), &message))
        return;
    onReports(worker, message, now);
}

// One wake-up of the engine for a frame's worth of finished attempts.
void ProcessPoolExecutor::onReports(WorkerProcess &worker, WorkerMessage &message, double now)
{
    bool finishedAny = false;
    for (WorkerMessage::Entry &entry : message.reports)
        finishedAny |= onReport(worker, std::move(entry.report), entry.startUnsent, now);
    if (finishedAny && m_env.idle)
        m_env.idle();
}

void ProcessPoolExecutor::onWorkerGone(WorkerProcess &worker)
{
    const double now = m_env.clock->nowMs();
    const QString how = QStringLiteral("worker process %1 %2")
                            .arg(worker.pid())
                            .arg(worker.fault.value_or(worker.exitDescription()));
    std::deque<InFlightAttempt> inFlight = std::exchange(worker.inFlight, {});
    if (!inFlight.empty()) {
        const InFlightAttempt front = std::move(inFlight.front());
        inFlight.pop_front();
        const double start = front.startedAt >= 0 ? front.startedAt : front.sentAt;
        if (!worker.ready)
            failAttempt(front, AttemptOutcome::Error, ErrorNames::OSError,
                        how + (worker.fault ? QString() : QStringLiteral(" before it was ready")) +
                            QStringLiteral(" (does the program call "
                                           "ProcessPool::enableWorkerMode at the top of main?)"),
                        worker.pid(), start, now);
        else if (front.timedOut)
            failAttempt(
                front, AttemptOutcome::Error, ErrorNames::TimeoutError,
                attemptTimeoutMessage(*front.job.scope->timeoutMs) +
                    QStringLiteral("; worker process %1 was killed and replaced").arg(worker.pid()),
                worker.pid(), start, now);
        else if (front.cancelSent)
            failAttempt(front, AttemptOutcome::Cancelled, ErrorNames::CancelledError,
                        QStringLiteral("cancelled: ") + how, worker.pid(), start, now);
        else
            failAttempt(front, AttemptOutcome::Error, ErrorNames::WorkerCrashedError,
                        how + QStringLiteral(" while running this attempt"), worker.pid(), start,
                        now);
    }
    // The rest never started: back to the head of the queue, in order, unless cancelled.
    for (auto it = inFlight.rbegin(); it != inFlight.rend(); ++it) {
        if (it->cancelSent || isCancelled(it->job) || m_shuttingDown)
            publish(cancelledReport(it->job, QStringLiteral("cancelled before it started"), now));
        else
            m_queue.push_front(std::move(it->job));
    }
}

void ProcessPoolExecutor::failAttempt(const InFlightAttempt &attempt, AttemptOutcome outcome,
                                      const QString &type, const QString &message, qint64 pid,
                                      double start, double end)
{
    AttemptReport report = reportFor(attempt.job);
    report.outcome = outcome;
    report.errorType = type;
    report.errorMessage = message;
    report.pid = pid;
    report.start = start;
    report.end = std::max(start, end);
    publish(std::move(report));
}

std::unique_ptr<Executor> makeProcessPoolExecutor(const ExecutorInitializerConfig &config,
                                                  ExecutorEnvironment env)
{
    if (!env.clock)
        env.clock = Clock::system();
    return std::make_unique<ProcessPoolExecutor>(config, std::move(env));
}

} // namespace volnux
