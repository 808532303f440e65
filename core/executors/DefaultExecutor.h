// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs an event's tasks one after another on the run's engine thread, each as a call deferred
// after the engine's current one, so cancellation and timers are served between tasks at least
// every couple of milliseconds. Engine thread only. The
// ExecutorInitializerConfig does not apply: there is exactly one worker, the engine thread.

#include "core/executors/Executor.h"

#include <deque>

namespace volnux {

class DefaultExecutor final : public Executor
{
public:
    explicit DefaultExecutor(ExecutorEnvironment env);
    ~DefaultExecutor() override;
    void submit(AttemptJob job) override;
    void cancelQueued() override;
    void shutdown() override;
    int workerCount() const override { return 1; }

private:
    void scheduleNext();
    void runNext();

    ExecutorEnvironment m_env;
    std::deque<AttemptJob> m_queue;
    bool m_scheduled = false;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace volnux
