// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerMain.h"

#include "core/errors/ErrorTypes.h"
#include "core/executors/process/FrameReader.h"
#include "core/executors/process/ReportMirror.h"
#include "core/executors/process/WorkerProtocol.h"

#include <QThread>

#include <cerrno>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace volnux {

namespace {

// Attempt times in the worker are CLOCK_MONOTONIC; the host maps them onto its own clock.
class MonotonicClock : public Clock
{
public:
    double nowMs() const override { return WorkerProtocol::monotonicMs(); }
    void schedule(QObject *, double, std::function<void()>) override {}
};

} // namespace

WorkerMain::WorkerMain(int fd, int slot, std::unique_ptr<ReportMirror> mirror)
    : m_fd(fd), m_slot(slot), m_mirror(std::move(mirror))
{
    WorkerProtocol::beginReports(m_pending);
}

WorkerMain::~WorkerMain() = default;

int WorkerMain::exec()
{
    // std::threads, not QThreads: the task loop needs no event loop, and QThread::wait joins
    // through Qt's own (futex) wait that ThreadSanitizer cannot see, so a TSan build took the
    // queue's destruction below for a race with the task thread's last pop. pthread_join it sees.
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    std::thread tasks([this] {
        taskLoop();
        std::lock_guard lock(m_writeMutex);
        m_tasksDone = true;
        wakeReader();
    });
    sendAll(WorkerProtocol::hello(::getpid()));
    readLoop();
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_all();
    // Reports of what is still queued still leave on time.
    while (waitForWork(false)) {
    }
    tasks.join();
    flush();
    ::close(m_wakeFd);
    return 0;
}

// Reads frames until the host closes its end (or breaks the stream), sending what is pending
// on time in between.
void WorkerMain::readLoop()
{
    FrameReader reader;
    char buffer[64 * 1024];
    while (waitForWork(true)) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            return; // the host closed its end: finish what is queued, then exit
        reader.append(buffer, n);
        while (const auto payload = reader.next())
            handleFrame(*payload);
        if (reader.isCorrupt())
            return;
    }
}

// Waits for the host's input (when `input`) or for the task thread to end, and sends the
// pending frame once it is kFlushDelay old. True when there is input to read; false when the
// task thread ended.
bool WorkerMain::waitForWork(bool input)
{
    for (;;) {
        int timeout = -1; // until woken: nothing pending
        {
            std::lock_guard lock(m_writeMutex);
            if (m_tasksDone && !input)
                return false;
            if (m_pendingCount > 0) {
                const auto left = m_pendingSince + kFlushDelay - std::chrono::steady_clock::now();
                timeout = int(std::max<qint64>(
                    0, std::chrono::ceil<std::chrono::milliseconds>(left).count()));
            }
        }
        if (timeout == 0) {
            flush(); // due, even while input keeps coming
            continue;
        }
        pollfd fds[2] = {{m_wakeFd, POLLIN, 0}, {input ? m_fd : -1, POLLIN, 0}};
        const int rc = ::poll(fds, 2, timeout);
        if (rc < 0 && errno != EINTR)
            return input; // let the read report what is wrong
        if (fds[0].revents) {
            quint64 value;
            [[maybe_unused]] const auto n = ::read(m_wakeFd, &value, sizeof value);
        }
        if (fds[1].revents)
            return true;
    }
}

void WorkerMain::wakeReader()
{
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
}

void WorkerMain::handleFrame(const QByteArray &payload)
{
    WorkerMessage message;
    if (!WorkerProtocol::decode(payload, &message))
        return;
    switch (message.type) {
    case WorkerMessageType::Scope:
        addScope(message.scopeKey, std::move(message.scope), std::move(message.threadName));
        break;
    case WorkerMessageType::Batch:
        enqueue(message.scopeKey, message.jobs);
        break;
    case WorkerMessageType::Cancel:
        cancel(message.id);
        break;
    case WorkerMessageType::DropQueued:
        dropQueued();
        break;
    default:
        break;
    }
}

void WorkerMain::addScope(int key, std::shared_ptr<AttemptScope> scope, QString threadName)
{
    if (m_scopes.contains(key))
        return; // queued jobs may point at the one we have
    if (const auto registered = EventRegistry::instance().find(scope->eventType)) {
        scope->factory = registered->factory;
        scope->function = registered->function;
    }
    // The name the host gives the thread in reports when the event sets no thread_name_prefix.
    if (threadName.isEmpty())
        threadName = QStringLiteral("worker-%1").arg(m_slot);
    m_scopes.emplace(key, KnownScope{std::move(scope), std::move(threadName)});
}

void WorkerMain::enqueue(int scopeKey, std::vector<AttemptJob> &jobs)
{
    const auto known = m_scopes.find(scopeKey);
    if (known == m_scopes.end())
        return; // a host that names no scope it sent is broken; its attempts never end
    {
        std::lock_guard lock(m_mutex);
        for (AttemptJob &job : jobs) {
            auto flag = std::make_shared<std::atomic_bool>(false);
            job.cancelled = flag.get();
            job.scope = known->second.scope.get();
            m_queue.push_back({std::move(job), &known->second, std::move(flag)});
        }
    }
    m_wake.notify_one();
}

void WorkerMain::taskLoop()
{
    for (;;) {
        Queued next;
        {
            std::unique_lock lock(m_mutex);
            if (m_queue.empty()) {
                lock.unlock();
                flush(); // about to wait: nothing may stay pending
                lock.lock();
            }
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            next = std::move(m_queue.front());
            m_queue.pop_front();
            m_runningId = next.job.id;
            m_runningFlag = next.cancelFlag;
        }
        runOne(next);
        std::lock_guard lock(m_mutex);
        m_runningId = 0;
        m_runningFlag.reset();
    }
}

void WorkerMain::runOne(Queued &queued)
{
    const AttemptJob &job = queued.job;
    const QString &threadName = queued.known->threadName;
    QThread *self = QThread::currentThread();
    if (self->objectName() != threadName)
        self->setObjectName(threadName);
    static const MonotonicClock clock;
    if (job.cancelled->load()) {
        reportCancelled(job);
        return;
    }
    const double start = clock.nowMs();
    append(startedReport(job, start, {}, 0));
    AttemptReport report;
    if (job.scope->factory || job.scope->function) {
        report = runAttempt(job, clock, start);
    } else {
        report = reportFor(job);
        report.outcome = AttemptOutcome::Error;
        report.errorType = ErrorNames::ValueError;
        report.errorMessage =
            QStringLiteral("event type '%1' is not registered in the worker process (register "
                           "events before calling ProcessPool::enableWorkerMode)")
                .arg(job.scope->eventType);
        report.start = report.end = clock.nowMs();
    }
    if (report.outcome == AttemptOutcome::Success && !job.scope->keepsValue)
        report.value = QVariant();
    append(report);
}

void WorkerMain::cancel(quint64 id)
{
    std::unique_lock lock(m_mutex);
    if (id == m_runningId && m_runningFlag) {
        m_runningFlag->store(true);
        return;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->job.id == id) {
            const AttemptJob job = std::move(it->job);
            m_queue.erase(it);
            lock.unlock();
            reportCancelled(job);
            flush();
            return;
        }
    }
}

void WorkerMain::dropQueued()
{
    std::deque<Queued> dropped;
    {
        std::lock_guard lock(m_mutex);
        dropped.swap(m_queue);
    }
    for (const Queued &q : dropped)
        reportCancelled(q.job);
    flush();
}

void WorkerMain::reportCancelled(const AttemptJob &job)
{
    AttemptReport report = reportFor(job);
    report.outcome = AttemptOutcome::Cancelled;
    report.errorType = ErrorNames::CancelledError;
    report.errorMessage = QStringLiteral("cancelled before it started");
    report.start = report.end = WorkerProtocol::monotonicMs();
    append(report);
}

void WorkerMain::append(const AttemptReport &report)
{
    bool wasEmpty = false;
    bool full = false;
    {
        std::lock_guard lock(m_writeMutex);
        const bool started = report.phase == AttemptReport::Phase::Started;
        const bool startUnsent = !started && m_startedMark >= 0 && m_startedId == report.id;
        if (startUnsent) {
            m_pending.truncate(m_startedMark); // the finished report implies it
            --m_pendingCount;
        }
        const qsizetype entryStart = m_pending.size();
        m_startedMark = started ? entryStart : -1;
        m_startedId = report.id;
        WorkerProtocol::appendReport(m_pending, report, startUnsent);
        const bool mirrored = mirrorLast(entryStart);
        wasEmpty = m_pendingCount++ == 0;
        if (wasEmpty)
            m_pendingSince = std::chrono::steady_clock::now();
        full = m_pending.size() >= kFlushBytes || !mirrored;
    }
    if (full)
        flush();
    else if (wasEmpty)
        wakeReader(); // to time the flush
}

// Copies the report just appended (from `entryStart` of the pending frame) into the mirror;
// false when it does not fit there (the mirror then ends before it, and the caller sends it now).
bool WorkerMain::mirrorLast(qsizetype entryStart)
{
    if (!m_mirror)
        return true;
    const qsizetype at = m_mirrorBase + entryStart - WorkerProtocol::emptyReportsSize();
    if (m_mirror->write(at, m_pending.constData() + entryStart, m_pending.size() - entryStart))
        return true;
    m_mirror->setEnd(at);
    return false;
}

void WorkerMain::flush()
{
    std::lock_guard sending(m_sendMutex);
    QByteArray frame;
    {
        std::lock_guard lock(m_writeMutex);
        if (m_pendingCount == 0)
            return;
        WorkerProtocol::finishReports(m_pending);
        frame.swap(m_pending);
        WorkerProtocol::beginReports(m_pending);
        m_pendingCount = 0;
        m_startedMark = -1;
        if (m_mirror)
            m_mirrorBase = m_mirror->end(); // what comes next follows what is being sent
    }
    sendAll(frame);
    if (!m_mirror)
        return;
    // Sent: the mirror keeps only what came since.
    std::lock_guard lock(m_writeMutex);
    m_mirror->dropFront(m_mirrorBase);
    m_mirrorBase = 0;
}

// Callers hold m_sendMutex, or send before any other thread can.
void WorkerMain::sendAll(const QByteArray &frame)
{
    const char *data = frame.constData();
    qsizetype left = frame.size();
    while (left > 0) {
        const ssize_t n = ::send(m_fd, data, size_t(left), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(0); // the host is gone: nobody is left to read our results
        data += n;
        left -= n;
    }
}

} // namespace volnux
