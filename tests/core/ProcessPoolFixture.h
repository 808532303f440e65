// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the process pool's tests share: the events their workers run (registered before
// ProcessPool::enableWorkerMode, in the test and its workers alike), a collector of an
// executor's reports, jobs whose scopes and cancel flags the test keeps alive, and the test's
// child processes (none may be left after a test).

#include "core/engine/Clock.h"
#include "core/errors/ErrorTypes.h"
#include "core/events/EventRegistry.h"
#include "core/executors/ProcessPool.h"
#include "core/executors/ProcessPoolExecutor.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <deque>
#include <iostream>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace volnux::test {

// ---- events the workers run (registered before enableWorkerMode, in host and workers alike) ----

inline TaskResult echo(TaskContext &c)
{
    c.log(QStringLiteral("first line"));
    c.log(QStringLiteral("input is ") + c.input().toString());
    return TaskResult::ok(c.input());
}

// Runs a while (so that attempts overlap) and returns its pid.
inline TaskResult pidAfterNap(TaskContext &c)
{
    QThread::msleep(c.params().value(QStringLiteral("ms")).toUInt());
    return TaskResult::ok(qint64(::getpid()));
}

inline TaskResult sleepUntilCancelled(TaskContext &c)
{
    QElapsedTimer timer;
    timer.start();
    while (!c.isCancelled() && timer.elapsed() < 20000)
        QThread::msleep(2);
    if (c.isCancelled())
        throw Error(ErrorNames::CancelledError, QStringLiteral("stopped on request"));
    return TaskResult::ok();
}

inline TaskResult sleepIgnoringCancel(TaskContext &)
{
    std::this_thread::sleep_for(std::chrono::seconds(20));
    return TaskResult::ok();
}

inline void registerTestEvents()
{
    auto &r = EventRegistry::instance();
    r.registerFunction(QStringLiteral("echo"), echo);
    r.registerFunction(QStringLiteral("fail"),
                       [](TaskContext &) { return TaskResult::fail(QStringLiteral("nope")); });
    r.registerFunction(QStringLiteral("throwVolnux"), [](TaskContext &) -> TaskResult {
        throw Error(ErrorNames::ConnectionRefusedError, QStringLiteral("port 9 refused"));
    });
    r.registerFunction(QStringLiteral("throwStd"), [](TaskContext &) -> TaskResult {
        throw std::runtime_error("disk on fire");
    });
    r.registerFunction(QStringLiteral("pid"), pidAfterNap);
    r.registerFunction(QStringLiteral("threadName"), [](TaskContext &) {
        return TaskResult::ok(QThread::currentThread()->objectName());
    });
    r.registerFunction(QStringLiteral("abort"), [](TaskContext &) -> TaskResult { ::abort(); });
    r.registerFunction(QStringLiteral("sigkill"), [](TaskContext &) -> TaskResult {
        ::raise(SIGKILL);
        return TaskResult::ok();
    });
    r.registerFunction(QStringLiteral("abortFirstAttempt"), [](TaskContext &c) {
        if (c.attempt() == 1)
            ::abort();
        return TaskResult::ok(c.attempt());
    });
    r.registerFunction(QStringLiteral("echoOrDie"), [](TaskContext &c) {
        if (c.input().toInt() < 0)
            ::raise(SIGKILL);
        return TaskResult::ok(c.input());
    });
    r.registerFunction(QStringLiteral("cooperativeSleep"), sleepUntilCancelled);
    r.registerFunction(QStringLiteral("ownNice"), [](TaskContext &) {
        return TaskResult::ok(::getpriority(PRIO_PROCESS, id_t(::gettid())));
    });
    r.registerFunction(QStringLiteral("stubbornSleep"), sleepIgnoringCancel);
    r.registerFunction(QStringLiteral("printer"), [](TaskContext &c) {
        for (int i = 0; i < 2000; ++i)
            std::printf("\x01\x02 garbage on stdout %d\n", i);
        std::cout << "more garbage" << std::endl;
        std::fflush(stdout);
        return TaskResult::ok(c.input());
    });
}

// ---- helpers ----

// Collects reports delivered from the executor's I/O thread.
class Collector
{
public:
    ExecutorEnvironment env(std::shared_ptr<Clock> clock = Clock::system())
    {
        return {std::move(clock),
                [this](AttemptReport &&r, int) { add(std::move(r)); },
                nullptr,
                {},
                {}};
    }
    void add(AttemptReport &&r)
    {
        std::lock_guard lock(m_mutex);
        (r.phase == AttemptReport::Phase::Started ? m_started : m_finished).push_back(std::move(r));
        m_changed.notify_all();
    }
    bool waitFinished(int count, int timeoutMs = 10000)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                  [&] { return int(m_finished.size()) >= count; });
    }
    bool waitStarted(int count, int timeoutMs = 10000)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                  [&] { return int(m_started.size()) >= count; });
    }
    std::vector<AttemptReport> finished()
    {
        std::lock_guard lock(m_mutex);
        return m_finished;
    }
    std::vector<AttemptReport> started()
    {
        std::lock_guard lock(m_mutex);
        return m_started;
    }
    AttemptReport finishedById(quint64 id)
    {
        for (const AttemptReport &r : finished()) {
            if (r.id == id)
                return r;
        }
        return {};
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<AttemptReport> m_started;
    std::vector<AttemptReport> m_finished;
};

// Jobs point at a scope and a cancellation flag their owner keeps alive (the engine, in a run);
// here the test process keeps them.
struct JobStore
{
    std::deque<AttemptScope> scopes;
    std::deque<std::atomic_bool> flags;
};

inline JobStore &jobStore()
{
    static JobStore store;
    return store;
}

inline AttemptJob job(quint64 id, const QString &type, QVariant input = {}, QVariantMap params = {})
{
    JobStore &store = jobStore();
    AttemptScope &scope = store.scopes.emplace_back();
    scope.eventType = type;
    scope.name = QString(type + QStringLiteral("-event"));
    scope.params = std::move(params);
    AttemptJob j;
    j.id = id;
    j.scope = &scope;
    j.input = std::move(input);
    j.task = int(id);
    j.cancelled = &store.flags.emplace_back(false);
    return j;
}

// `count` jobs of one scope (as an event's are), ids and inputs 0, 1, 2, ...; input `dies` is -1.
inline std::vector<AttemptJob> jobsOfOneEvent(const QString &type, int count, int dies = -1,
                                              bool keepsValue = true)
{
    JobStore &store = jobStore();
    AttemptScope &scope = store.scopes.emplace_back();
    scope.eventType = type;
    scope.name = type;
    scope.keepsValue = keepsValue;
    std::vector<AttemptJob> jobs(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        AttemptJob &j = jobs[size_t(i)];
        j.id = quint64(i);
        j.scope = &scope;
        j.input = i == dies ? -1 : i;
        j.task = i;
        j.cancelled = &store.flags.emplace_back(false);
    }
    return jobs;
}

inline std::atomic_bool *cancelFlag(const AttemptJob &j)
{
    return const_cast<std::atomic_bool *>(j.cancelled); // the store above owns it
}

inline ExecutorInitializerConfig config(int workers, std::optional<int> tasksPerChild = EMPTY,
                                        std::optional<QString> prefix = EMPTY)
{
    ExecutorInitializerConfig c;
    c.max_workers = workers;
    c.max_tasks_per_child = tasksPerChild;
    c.thread_name_prefix = prefix;
    return c;
}

struct Child
{
    qint64 pid;
    char state;
};

// Every process whose parent is this test, zombies included (state 'Z').
inline QList<Child> childProcesses()
{
    QList<Child> found;
    const QString self = QString::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid ...: comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1] == self.toLatin1())
            found.append({entry.toLongLong(), fields[0].at(0)});
    }
    return found;
}

inline QString describe(const QList<Child> &list)
{
    QStringList out;
    for (const Child &c : list)
        out << QStringLiteral("%1(%2)").arg(c.pid).arg(QLatin1Char(c.state));
    return out.join(QLatin1Char(' '));
}

} // namespace volnux::test
