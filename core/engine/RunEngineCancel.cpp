// SPDX-License-Identifier: GPL-3.0-or-later
// RunEngine's cancel paths: a whole run (Cancel, a stop rule), one task (Cancel task), and
// Retry now. The rest of the engine is in RunEngine.cpp.
#include "RunEngine.h"

#include <QMetaObject>

namespace volnux {

void RunEngine::cancelEventTasks(int e)
{
    EventState &event = m_events[e];
    // Tasks not submitted yet are, and end as cancelled queued attempts do, through the executor.
    if (event.executor)
        submitChunks(e, now(), true);
    for (int t = 0; t < event.taskCount; ++t)
        cancelOneTask(event.firstTask + t);
    if (event.executor)
        event.executor->cancelQueued();
}

// A running or queued attempt sees the flag and ends as cancelled; a waiting retry is dropped.
void RunEngine::cancelOneTask(int taskId)
{
    TaskState &task = m_tasks[taskId];
    if (isFinal(task.status))
        return;
    // A task of a running event not submitted yet: the flag ends it when its chunk is.
    const bool waitsForItsChunk =
        !task.armed && m_events[task.event].status == EventStatus::Running;
    if (!task.armed && !waitsForItsChunk)
        return;
    m_cancelFlags[size_t(taskId)].store(true);
    if (task.status == TaskStatus::WaitingToRetry) {
        ++task.retryToken;
        finishTask(taskId, TaskStatus::Cancelled, now());
    }
}

void RunEngine::cancel()
{
    if (!m_started || m_finished || m_cancelling)
        return;
    m_cancelling = true;
    cancelRunningEvents();
}

void RunEngine::cancelRunningEvents()
{
    for (int e = 0; e < int(m_events.size()); ++e) {
        if (m_events[e].status == EventStatus::Running)
            cancelEventTasks(e);
    }
    if (m_runningEvents == 0 && !m_finished)
        finishRun();
    flush();
}

// Run::cancel sets the run-wide flag before its call to cancel() reaches this thread. An attempt
// that saw the flag may end first, and with it its event and the run: they end cancelled too.
void RunEngine::noticeRunCancel()
{
    if (m_cancelling || m_finished || !m_runCancelled || !m_runCancelled->load())
        return;
    m_cancelling = true;
    // Deferred, as in stopRun: we are in the middle of finishing a task.
    QMetaObject::invokeMethod(this, &RunEngine::cancelRunningEvents, Qt::QueuedConnection);
}

void RunEngine::stopRun()
{
    if (m_stopping || m_cancelling)
        return;
    m_stopping = true;
    // Deferred: stopRun is called while a task is being finished, and cancelling may finish
    // other tasks of the same event.
    QMetaObject::invokeMethod(this, &RunEngine::cancelRunningEvents, Qt::QueuedConnection);
}

int RunEngine::taskIdOf(int e, int index) const
{
    if (e < 0 || e >= int(m_events.size()))
        return -1;
    const EventState &event = m_events[e];
    const int position = event.positionOf.isEmpty() ? index : event.positionOf.value(index, -1);
    return position >= 0 && position < event.taskCount ? event.firstTask + position : -1;
}

void RunEngine::cancelTask(int e, int t)
{
    const int taskId = taskIdOf(e, t);
    if (taskId < 0)
        return;
    cancelOneTask(taskId);
    flush();
}

void RunEngine::retryNow(int e, int t)
{
    const int taskId = taskIdOf(e, t);
    if (taskId < 0)
        return;
    TaskState &task = m_tasks[taskId];
    if (task.status != TaskStatus::WaitingToRetry)
        return;
    ++task.retryToken;
    submitAttempt(taskId);
    flush();
}

} // namespace volnux
