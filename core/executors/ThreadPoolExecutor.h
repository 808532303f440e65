// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs an event's tasks on worker threads built on QThreadPool, honouring the whole
// ExecutorInitializerConfig: at most `max_workers` threads, each retired and replaced by a fresh
// thread after `max_tasks_per_child` tasks, named `<thread_name_prefix><index>` (index counts the
// workers this executor started, so a replacement gets a new name).
// Workers are started lazily and pull jobs from one shared queue. Without `max_tasks_per_child`
// they run on threads shared by the whole process: a thread an earlier event's worker left serves
// the next. submit/cancelQueued/shutdown are called on the engine thread; reports are delivered
// from the workers.

#include "core/executors/Executor.h"

namespace volnux {

class ThreadPoolExecutor final : public Executor
{
public:
    ThreadPoolExecutor(const ExecutorInitializerConfig &config, ExecutorEnvironment env);
    ~ThreadPoolExecutor() override;
    void submit(AttemptJob job) override;
    void submitRange(const AttemptRange &range) override;
    void cancelQueued() override;
    void shutdown() override;
    int workerCount() const override;

    struct State;

private:
    std::shared_ptr<State> m_state;
};

} // namespace volnux
