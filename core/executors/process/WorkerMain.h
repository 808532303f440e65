// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The loop of a worker process: reads Scope/Batch/Cancel/DropQueued frames from the host
// connection on the main thread and runs attempts one after another on a dedicated task thread
// (named as the host asks, so `process` sees its thread_name_prefix).
//
// Reports go back several to a frame. The task thread appends them to one pending frame, which is
// sent when the task thread runs out of work, when it grows past kFlushBytes, or at the latest
// kFlushDelay after its first report (by the reading thread, which polls with that timeout), so a
// long attempt's "started" is never held back for long. An attempt that ends before its "started"
// was sent sends only its finished report: the host knows it started. Until a report has been sent,
// a copy of it is kept in the ReportMirror the host shares, so a worker killed between two frames
// loses none. Returns when the host closes its end (or dies), after the queued attempts ran.

#include "core/executors/Executor.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace volnux {

class ReportMirror;

class WorkerMain
{
public:
    static constexpr std::chrono::milliseconds kFlushDelay{2};
    static constexpr qsizetype kFlushBytes = 64 * 1024;

    // `mirror` may be null (a host that shares none): reports pending at a sudden death are lost.
    WorkerMain(int fd, int slot, std::unique_ptr<ReportMirror> mirror);
    ~WorkerMain();
    int exec();

private:
    struct Queued;
    struct KnownScope
    {
        std::shared_ptr<AttemptScope> scope;
        QString threadName;
    };

    void readLoop();
    void handleFrame(const QByteArray &payload);
    void addScope(int key, std::shared_ptr<AttemptScope> scope, QString threadName);
    void enqueue(int scopeKey, std::vector<AttemptJob> &jobs);
    void taskLoop();
    void runOne(Queued &queued);
    void cancel(quint64 id);
    void dropQueued();
    void reportCancelled(const AttemptJob &job);
    // Appends `report` to the pending frame. A finished report replaces its own "started" when
    // that was the last report appended and has not been sent.
    void append(const AttemptReport &report);
    void flush();
    void sendAll(const QByteArray &frame);
    bool waitForWork(bool input);
    void wakeReader();
    bool mirrorLast(qsizetype entryStart);

    struct Queued
    {
        AttemptJob job;
        const KnownScope *known = nullptr;            // what job.scope points at, and its thread
        std::shared_ptr<std::atomic_bool> cancelFlag; // what job.cancelled points at
    };

    const int m_fd;
    const int m_slot;
    // Read thread only. Entries are never removed, so queued jobs may point at them.
    std::unordered_map<int, KnownScope> m_scopes;
    // std:: primitives rather than QMutex/QWaitCondition: Qt's are implemented in a library built
    // without ThreadSanitizer (QWaitCondition releases and retakes the mutex out of its sight), so
    // a TSan build could not check this locking at all.
    std::mutex m_mutex; // guards the queue, the running job and m_closing
    std::condition_variable m_wake;
    std::deque<Queued> m_queue;
    quint64 m_runningId = 0;
    std::shared_ptr<std::atomic_bool> m_runningFlag;
    bool m_closing = false;

    std::mutex m_sendMutex;  // held while a frame is written: frames leave in the order taken
    std::mutex m_writeMutex; // guards the pending frame and m_tasksDone
    int m_wakeFd = -1;       // the reading thread's wake-up: a frame to time, or the tasks' end
    QByteArray m_pending;    // a begun Reports frame
    int m_pendingCount = 0;  // reports in it
    qsizetype m_startedMark = -1; // where the last report, a "started", begins in it
    quint64 m_startedId = 0;      // whose "started" that is
    std::chrono::steady_clock::time_point m_pendingSince; // when the pending frame got its first
    bool m_tasksDone = false;
    std::unique_ptr<ReportMirror> m_mirror; // holds exactly the reports not yet sent
    qsizetype m_mirrorBase = 0;             // where the pending frame's reports begin in it
};

} // namespace volnux
