// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerMain.h"

#include "core/errors/ErrorTypes.h"
#include "core/executors/process/FrameReader.h"
#include "core/executors/process/WorkerProtocol.h"

#include <QThread>

#include <cerrno>
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

WorkerMain::WorkerMain(int fd, int slot) : m_fd(fd), m_slot(slot) {}

int WorkerMain::exec()
{
    // A std::thread, not a QThread: the task loop needs no event loop, and QThread::wait joins
    // through Qt's own (futex) wait that ThreadSanitizer cannot see, so a TSan build took the
    // queue's destruction below for a race with the task thread's last pop. pthread_join it sees.
    std::thread thread([this] { taskLoop(); });
    send(WorkerProtocol::hello(::getpid()));
    readLoop();
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_all();
    thread.join();
    return 0;
}

void WorkerMain::readLoop()
{
    FrameReader reader;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
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

void WorkerMain::handleFrame(const QByteArray &payload)
{
    WorkerMessage message;
    if (!WorkerProtocol::decode(payload, &message))
        return;
    switch (message.type) {
    case WorkerMessageType::Run: {
        auto flag = std::make_shared<std::atomic_bool>(false);
        message.job.cancelled = flag.get();
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back({std::move(message.job), std::move(message.threadName),
                               std::move(message.scope), std::move(flag)});
        }
        m_wake.notify_one();
        break;
    }
    case WorkerMessageType::Cancel:
        cancel(message.id);
        break;
    case WorkerMessageType::DropQueued:
        dropQueued();
        break;
    case WorkerMessageType::Hello:
    case WorkerMessageType::Report:
        break;
    }
}

void WorkerMain::taskLoop()
{
    for (;;) {
        Queued next;
        {
            std::unique_lock lock(m_mutex);
            if (m_queue.empty()) {
                lock.unlock();
                flush(); // about to wait: nothing may stay buffered
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
    const QString &threadName = queued.threadName;
    QThread *self = QThread::currentThread();
    if (self->objectName() != threadName)
        self->setObjectName(threadName);
    static const MonotonicClock clock;
    AttemptReport report;
    if (job.cancelled->load()) {
        reportCancelled(job);
        return;
    }
    const AttemptReport started = startedReport(
        job, clock.nowMs(),
        threadName.isEmpty() ? QStringLiteral("worker-%1").arg(m_slot) : threadName, ::getpid());
    send(WorkerProtocol::report(started));
    if (const auto registered = EventRegistry::instance().find(queued.scope->eventType)) {
        queued.scope->factory = registered->factory;
        queued.scope->function = registered->function;
        report = runAttempt(job, clock);
    } else {
        report.outcome = AttemptOutcome::Error;
        report.errorType = ErrorNames::ValueError;
        report.errorMessage =
            QStringLiteral("event type '%1' is not registered in the worker process (register "
                           "events before calling ProcessPool::enableWorkerMode)")
                .arg(queued.scope->eventType);
        report.start = report.end = clock.nowMs();
    }
    report.id = job.id;
    report.pid = started.pid;
    report.thread = started.thread;
    send(WorkerProtocol::report(report), false);
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
}

void WorkerMain::reportCancelled(const AttemptJob &job)
{
    AttemptReport report;
    report.id = job.id;
    report.outcome = AttemptOutcome::Cancelled;
    report.errorType = ErrorNames::CancelledError;
    report.errorMessage = QStringLiteral("cancelled before it started");
    report.pid = ::getpid();
    report.start = report.end = WorkerProtocol::monotonicMs();
    send(WorkerProtocol::report(report));
}

void WorkerMain::send(const QByteArray &frame, bool flushNow)
{
    {
        std::lock_guard lock(m_writeMutex);
        m_out.append(frame);
    }
    if (flushNow)
        flush();
}

void WorkerMain::flush()
{
    std::lock_guard lock(m_writeMutex);
    const char *data = m_out.constData();
    qsizetype left = m_out.size();
    while (left > 0) {
        const ssize_t n = ::send(m_fd, data, size_t(left), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(0); // the host is gone: nobody is left to read our results
        data += n;
        left -= n;
    }
    m_out.clear();
}

} // namespace volnux
