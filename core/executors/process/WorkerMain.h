// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The loop of a worker process: reads Run/Cancel/DropQueued frames from the host connection on
// the main thread and runs attempts one after another on a dedicated task thread (named as the
// host asks, so `process` sees its thread_name_prefix). Reports are written from either thread
// under a lock. Returns when the host closes its end (or dies), after the queued attempts ran.

#include "core/executors/Executor.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace volnux {

class WorkerMain
{
public:
    WorkerMain(int fd, int slot);
    int exec();

private:
    void readLoop();
    void handleFrame(const QByteArray &payload);
    void taskLoop();
    struct Queued;
    void runOne(Queued &queued);
    void cancel(quint64 id);
    void dropQueued();
    void reportCancelled(const AttemptJob &job);
    // Frames are buffered and written together: a finished report waits for the next started
    // one (or for the task thread going idle), so a busy worker makes one write per attempt.
    void send(const QByteArray &frame, bool flushNow = true);
    void flush();

    struct Queued
    {
        AttemptJob job;
        QString threadName;
        std::shared_ptr<AttemptScope> scope;          // what job.scope points at
        std::shared_ptr<std::atomic_bool> cancelFlag; // what job.cancelled points at
    };

    const int m_fd;
    const int m_slot;
    // std:: primitives rather than QMutex/QWaitCondition: Qt's are implemented in a library built
    // without ThreadSanitizer (QWaitCondition releases and retakes the mutex out of its sight), so
    // a TSan build could not check this locking at all.
    std::mutex m_mutex; // guards the queue, the running job and m_closing
    std::condition_variable m_wake;
    std::deque<Queued> m_queue;
    quint64 m_runningId = 0;
    std::shared_ptr<std::atomic_bool> m_runningFlag;
    bool m_closing = false;
    std::mutex m_writeMutex; // guards m_out
    QByteArray m_out;
};

} // namespace volnux
