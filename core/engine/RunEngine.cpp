// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunEngine.h"

#include "core/engine/RecordBuffer.h"
#include "core/errors/ErrorTypes.h"
#include "core/events/VariantText.h"

#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace volnux {

namespace {

// A number in [0, 1) that depends only on its arguments, well mixed (SplitMix64's finalizer).
double jitterUnit(quint64 seed, int event, int task, int attempt)
{
    quint64 x = seed;
    for (const quint64 part : {quint64(quint32(event)), quint64(quint32(task)), quint64(attempt)}) {
        x ^= part + 0x9e3779b97f4a7c15ULL + (x << 6) + (x >> 2);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        x ^= x >> 31;
    }
    return double(x >> 11) * 0x1.0p-53;
}

} // namespace

RunEngine::RunEngine(RunSpec spec, std::shared_ptr<Clock> clock,
                     std::shared_ptr<RecordBuffer> records,
                     std::shared_ptr<const std::atomic_bool> runCancelled,
                     std::function<void(RunStatus)> onFinished)
    : m_spec(std::move(spec)),
      m_jitterSeed(m_spec.jitterSeed ? *m_spec.jitterSeed : QRandomGenerator::global()->generate()),
      m_clock(std::move(clock)),
      m_retries(
          m_clock, this, [this](int taskId, quint64 token) { onRetryDue(taskId, token); },
          [this] { flush(); }),
      m_deadlines(
          m_clock, this, [this](int taskId, quint64 attempt) { onDeadline(taskId, attempt); },
          [this] { flush(); }),
      m_records(std::move(records)), m_runCancelled(std::move(runCancelled)),
      m_onFinished(std::move(onFinished)),
      m_inbox(m_records,
              [this] {
                  // From a worker thread, or from an attempt on this one (DefaultExecutor).
                  if (QThread::currentThread() == thread())
                      m_deferred.post([this] { drainReports(); });
                  else
                      QMetaObject::invokeMethod(this, &RunEngine::drainReports,
                                                Qt::QueuedConnection);
              }),
      m_poll(new QTimer(this))
{
    // An event left at the default options takes those its type was registered with, as a
    // volnux event's decorator options apply wherever it is used.
    for (EventSpec &event : m_spec.events) {
        if (event.options != EventOptions{})
            continue;
        if (const auto registered = EventRegistry::instance().find(event.eventType))
            event.options = registered->defaults;
    }
    m_poll->setTimerType(Qt::PreciseTimer);
    m_poll->setInterval(1);
    connect(m_poll, &QTimer::timeout, this, &RunEngine::drainReports);
    m_graph =
        m_spec.pipeline ? *m_spec.pipeline : PipelineGraph::sequential(int(m_spec.events.size()));
    m_nodes.resize(m_graph.nodes.size());
    m_events.resize(m_spec.events.size());
    int taskCount = 0;
    for (int e = 0; e < m_spec.events.size(); ++e) {
        m_events[e].firstTask = taskCount;
        m_events[e].taskCount = int(m_spec.events[e].inputs.size());
        taskCount += m_events[e].taskCount;
    }
    m_tasks.resize(taskCount);
    m_cancelFlags.reset(new std::atomic_bool[size_t(taskCount)]{});
    for (int e = 0; e < m_spec.events.size(); ++e) {
        QList<int> &indices = m_spec.events[e].taskIndices;
        if (!indices.isEmpty() && indices.size() != m_events[e].taskCount) {
            qWarning("volnux: event %s: %lld task indices for %d inputs; using 0, 1, 2, ...",
                     qPrintable(m_spec.events[e].name), qlonglong(indices.size()),
                     m_events[e].taskCount);
            indices.clear();
        }
        for (int t = 0; t < m_events[e].taskCount; ++t) {
            TaskState &task = m_tasks[m_events[e].firstTask + t];
            task.event = e;
            task.index = indices.isEmpty() ? t : indices[t];
            if (!indices.isEmpty())
                m_events[e].positionOf.insert(task.index, t);
        }
    }
}

RunEngine::~RunEngine()
{
    for (EventState &event : m_events) {
        if (event.executor)
            event.executor->shutdown();
    }
}

double RunEngine::now() const
{
    return rel(m_clock->nowMs());
}

RunRecord &RunEngine::record(RecordType type, double time, int event, int task)
{
    if (m_outbox.size() >= kBatchRecords && !m_holdFlush)
        flush();
    RunRecord &r = m_outbox.emplace_back(); // made in place: records are many, and not small
    r.type = type;
    r.time = time;
    r.event = event;
    r.task = task;
    if (event >= 0) {
        r.eventName = m_events[event].name;
        r.maxAttempts = m_events[event].maxAttempts;
        r.step = m_events[event].node;
        if (r.step >= 0 && !m_nodes[r.step].enteredVia.isNull())
            r.branch = m_nodes[r.step].enteredVia;
    }
    return r;
}

void RunEngine::flush()
{
    if (m_outbox.empty())
        return;
    const size_t size = m_outbox.size();
    m_records->append(std::move(m_outbox));
    if (m_outbox.capacity() > 0)
        return; // its records joined a waiting batch: the storage serves the next batch
    // The next batch is likely of the same size: no growing (and re-faulting) from zero.
    m_outbox = m_records->spare();
    m_outbox.reserve(std::min(size, kBatchRecords));
}

void RunEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_t0 = m_clock->nowMs();
    RunRecord &r = record(RecordType::RunStarted, 0);
    r.total = int(m_spec.events.size());
    r.runStatus = RunStatus::Running;
    if (m_graph.entry < 0 || m_cancelling)
        finishRun();
    else
        startNode(m_graph.entry, {});
    flush();
}

void RunEngine::startNode(int node, const QVariantList &previous)
{
    const PipelineNode &spec = m_graph.nodes[node];
    m_nodes[node].pendingEvents = int(spec.events.size());
    for (int event : spec.events)
        startEvent(event, node, previous);
}

void RunEngine::startEvent(int e, int node, const QVariantList &previous)
{
    EventState &event = m_events[e];
    const EventSpec &spec = m_spec.events[e];
    event.status = EventStatus::Running;
    event.node = node;
    event.name = spec.name;
    event.policy = spec.options.retry_policy;
    if (const auto attempts = m_graph.nodes[node].attempts) {
        event.policy = event.policy.value_or(RetryPolicy{});
        event.policy->max_attempts = *attempts;
    }
    event.maxAttempts = event.policy ? event.policy->max_attempts : 1;
    event.scope = std::make_unique<AttemptScope>();
    AttemptScope &scope = *event.scope;
    scope.eventType = spec.eventType;
    if (const auto registered = EventRegistry::instance().find(spec.eventType)) {
        scope.factory = registered->factory;
        scope.function = registered->function;
    }
    scope.params = spec.params;
    scope.previousResults = previous;
    scope.maxAttempts = event.maxAttempts;
    scope.timeoutMs = spec.options.timeout_ms;
    scope.keepsValue = m_spec.keepValues || m_graph.nodes[node].pipeResults;
    scope.stopOnException = spec.options.stop_on_exception;
    scope.policy = event.policy;
    scope.runCancelled = m_runCancelled;
    scope.event = e;
    scope.name = event.name;
    scope.step = node;
    scope.branch = m_nodes[node].enteredVia;
    scope.t0 = m_t0;
    scope.taskIndices = &spec.taskIndices;
    ++m_runningEvents;

    const double time = now();
    RunRecord &started = record(RecordType::EventStarted, time, e);
    started.total = event.taskCount;
    started.evaluation = spec.options.evaluation.toString();

    QString error;
    QString executor = spec.options.executor;
    ExecutorInitializerConfig config = spec.options.executor_config;
    if (m_graph.nodes[node].events.size() > 1 &&
        (executor.isEmpty() || executor == ExecutorNames::DefaultExecutor)) {
        // In a parallel step, events on the DefaultExecutor must still run at the same time as
        // their siblings: each gets one thread of its own, its tasks one after another.
        executor = ExecutorNames::ThreadPoolExecutor;
        config = ExecutorInitializerConfig{1, EMPTY, spec.name + QLatin1Char('-')};
    }
    // Options given as structs in C++ meet the same checks as a file's: max_workers 0 would
    // otherwise wait forever for a worker.
    if (const QStringList problems = spec.options.validate(); !problems.isEmpty())
        error = QStringLiteral("invalid options of event \"%1\": %2")
                    .arg(spec.name, problems.join(QStringLiteral("; ")));
    else
        event.executor = createExecutor(executor, config, environment(), &error);
    if (!event.executor) {
        queueTasks(e, 0, event.taskCount, time);
        for (int t = 0; t < event.taskCount; ++t) {
            RunRecord &failed =
                record(RecordType::AttemptFinished, time, e, m_tasks[event.firstTask + t].index);
            failed.attempt = 1;
            failed.outcome = AttemptOutcome::Error;
            failed.errorType = ErrorNames::ValueError;
            failed.message = error;
            m_tasks[event.firstTask + t].lastOutcome = AttemptOutcome::Error;
            finishTask(event.firstTask + t, TaskStatus::Failed, time);
        }
        if (event.taskCount == 0)
            finishEvent(e);
        return;
    }
    event.engineTimesOut = scope.timeoutMs && !event.executor->endsTimedOutAttempts();
    submitChunks(e, time);
    if (event.taskCount == 0)
        finishEvent(e);
}

// In chunks, a few ahead of the workers: the next when one's worth of first attempts has ended.
// A million-task event then holds a few thousand queued tasks (and their TaskQueued records),
// not a million at once; workers start on the first chunk while the engine queues the next.
void RunEngine::submitChunks(int e, double time, bool all)
{
    EventState &event = m_events[e];
    const EventSpec &spec = m_spec.events[e];
    while (event.submitted < event.taskCount &&
           (all || (event.submitted - event.firstAttemptsEnded < kTasksAhead &&
                    !m_records->isBacklogged()))) {
        const int first = event.submitted;
        const int end = std::min(event.taskCount, first + kChunk);
        queueTasks(e, first, end, time);
        const int firstId = event.firstTask + first;
        expectAttempts(end - first);
        event.submitted = end;
        event.executor->submitRange({event.scope.get(), quint64(firstId), first, end - first,
                                     &spec.inputs, &m_cancelFlags[size_t(firstId)]});
    }
    // Held back by the consumer's backlog: the poll comes back for the rest once it has drained,
    // also when nothing is in flight to report.
    if (event.submitted < event.taskCount && !all && m_records->isBacklogged()) {
        m_heldBack = true;
        if (!m_poll->isActive())
            m_poll->start();
    }
}

void RunEngine::resumeHeldBack()
{
    m_heldBack = false;
    for (int e = 0; e < int(m_events.size()); ++e) {
        const EventState &event = m_events[e];
        if (event.status == EventStatus::Running && event.executor &&
            event.submitted < event.taskCount)
            submitChunks(e, now());
    }
}

void RunEngine::queueTasks(int e, int first, int end, double time)
{
    for (int t = first; t < end; ++t) {
        TaskState &task = m_tasks[m_events[e].firstTask + t];
        task.armed = true;
        task.attempt = 1; // what the first job says: submitted as a range, not through job()
        RunRecord &queued = record(RecordType::TaskQueued, time, e, task.index);
        queued.value = m_spec.events[e].inputs.at(t);
    }
}

ExecutorEnvironment RunEngine::environment()
{
    return ExecutorEnvironment{
        m_clock,
        [this](AttemptReport &&r, int lane) { m_inbox.deliver(std::move(r), lane); },
        this,
        [this] { drainReports(); },
        [this] { m_inbox.wake(); },
        m_spec.cluster ? std::make_shared<const ClusterConfig>(*m_spec.cluster) : nullptr,
        [this](std::function<void()> call) { m_deferred.post(std::move(call)); },
        m_spec.nice};
}

AttemptJob RunEngine::job(int taskId)
{
    TaskState &task = m_tasks[taskId];
    task.status = TaskStatus::Queued;
    ++task.attempt;
    AttemptJob job;
    job.id = quint64(taskId);
    job.scope = m_events[task.event].scope.get();
    job.input = inputOf(taskId);
    job.task = task.index;
    job.attempt = task.attempt;
    job.cancelled = &m_cancelFlags[size_t(taskId)];
    return job;
}

QVariant RunEngine::inputOf(int taskId) const
{
    const int e = m_tasks[taskId].event;
    return m_spec.events[e].inputs.at(taskId - m_events[e].firstTask);
}

// Attempts about to be submitted: their reports are collected on the poll until they all end.
void RunEngine::expectAttempts(int count)
{
    m_inFlight += count;
    if (!m_poll->isActive())
        m_poll->start();
}

void RunEngine::submitAttempt(int taskId)
{
    AttemptJob next = job(taskId);
    expectAttempts(1);
    m_events[m_tasks[taskId].event].executor->submit(std::move(next));
}

void RunEngine::drainReports()
{
    flush(); // what the engine said before these attempts reported goes first
    m_holdFlush = true;
    m_inbox.collect([this](RunRecord &r) { return applyAttemptRecord(r); },
                    [this](RunRecords &&chunk) {
                        // The attempts' records, then what the engine made of them.
                        m_records->append(std::move(chunk));
                        flush();
                    });
    m_holdFlush = false;
    if (m_heldBack && !m_records->isBacklogged())
        resumeHeldBack();
    if (m_inFlight == 0 && !m_heldBack)
        m_poll->stop();
    flush();
}

double RunEngine::retryDelayMs(const RetryPolicy &policy, int event, int task, int attempt) const
{
    // The random part is a function of the seed and the attempt, not the next number of a
    // stream: a seed gives each task the same waits however its attempts interleave with others.
    const double unit =
        policy.jitter == BackoffJitter::None ? 1.0 : jitterUnit(m_jitterSeed, event, task, attempt);
    return policy.jitteredBackoff(attempt, unit) * 1000.0;
}

// An attempt record made by the executor: the task's state follows it, and the engine adds the
// retry decision. Returns false for a record that no longer applies (its task already ended).
bool RunEngine::applyAttemptRecord(RunRecord &r)
{
    const int taskId = taskIdOf(r.event, r.task);
    TaskState &task = m_tasks[taskId];
    if (r.type == RecordType::AttemptStarted) {
        if (isFinal(task.status))
            return false;
        task.status = TaskStatus::Running;
        armDeadline(r, taskId);
        return true;
    }
    // Already ended at its deadline (and counted then): a late result never counts.
    if (r.attempt <= task.timedOutAttempt)
        return false;
    return applyFinishedAttempt(r, taskId);
}

bool RunEngine::applyFinishedAttempt(RunRecord &r, int taskId)
{
    TaskState &task = m_tasks[taskId];
    --m_inFlight;
    if (r.attempt == 1) {
        EventState &owner = m_events[task.event];
        ++owner.firstAttemptsEnded;
        if (owner.submitted < owner.taskCount && owner.executor)
            submitChunks(task.event, now());
    }
    if (!m_timedAttempts.isEmpty())
        m_timedAttempts.remove(taskId);
    if (isFinal(task.status))
        return false;
    noticeRunCancel();
    EventState &event = m_events[task.event];
    const bool cancelRequested = m_cancelFlags[size_t(taskId)].load();
    const bool retry = r.outcome == AttemptOutcome::Error && event.policy && !cancelRequested &&
                       !m_cancelling && !m_stopping &&
                       event.policy->shouldRetry(r.errorType, task.attempt);
    r.nextDelay = retry ? retryDelayMs(*event.policy, r.event, r.task, task.attempt) : -1;

    task.lastOutcome = r.outcome;
    if (r.value.isValid() || task.value.isValid())
        task.value = r.value;
    task.descriptor = r.descriptor >= 0 ? std::optional<int>(r.descriptor) : std::nullopt;
    if (retry) {
        scheduleRetry(taskId, r.nextDelay);
        return true;
    }
    switch (r.outcome) {
    case AttemptOutcome::Success:
        finishTask(taskId, TaskStatus::Succeeded, r.end);
        break;
    case AttemptOutcome::Failure:
        finishTask(taskId, TaskStatus::Failed, r.end);
        break;
    case AttemptOutcome::Cancelled:
        finishTask(taskId, TaskStatus::Cancelled, r.end);
        break;
    case AttemptOutcome::Error:
        finishTask(taskId, cancelRequested ? TaskStatus::Cancelled : TaskStatus::Failed, r.end);
        break;
    }
    return true;
}

void RunEngine::armDeadline(const RunRecord &started, int taskId)
{
    const EventState &event = m_events[m_tasks[taskId].event];
    if (!event.engineTimesOut)
        return;
    m_timedAttempts.insert(taskId, {started.start, started.thread, started.pid});
    m_deadlines.push(m_t0 + started.start + *event.scope->timeoutMs, taskId,
                     quint64(started.attempt));
}

// The attempt is still running at its deadline: it ends now, as a TimeoutError. Its thread
// cannot be stopped from here; a cooperative kind sees its context cancelled and returns soon.
void RunEngine::onDeadline(int taskId, quint64 attempt)
{
    TaskState &task = m_tasks[taskId];
    if (task.status != TaskStatus::Running || quint64(task.attempt) != attempt)
        return;
    const TimedAttempt started = m_timedAttempts.value(taskId);
    const AttemptScope &scope = *m_events[task.event].scope;
    RunRecord &r = record(RecordType::AttemptFinished, now(), task.event, task.index);
    r.attempt = task.attempt;
    r.thread = started.thread;
    r.pid = started.pid;
    r.start = started.start;
    r.end = r.time;
    r.outcome = AttemptOutcome::Error;
    r.errorType = ErrorNames::TimeoutError;
    r.message = attemptTimeoutMessage(*scope.timeoutMs);
    if (scope.stopsEvent(r.errorType, r.attempt))
        scope.stopped.store(true, std::memory_order_relaxed);
    task.timedOutAttempt = task.attempt;
    applyFinishedAttempt(r, taskId);
}

void RunEngine::scheduleRetry(int taskId, double delayMs)
{
    TaskState &task = m_tasks[taskId];
    task.status = TaskStatus::WaitingToRetry;
    const quint64 token = ++task.retryToken;
    RunRecord &r = record(RecordType::RetryScheduled, now(), task.event, task.index);
    r.attempt = task.attempt + 1;
    r.nextDelay = delayMs;
    r.due = r.time + delayMs;
    m_retries.push(m_clock->nowMs() + delayMs, taskId, token);
}

// A retry taken back (Retry now, a cancelled task) leaves its entry behind: the token tells.
void RunEngine::onRetryDue(int taskId, quint64 token)
{
    TaskState &task = m_tasks[taskId];
    if (task.status != TaskStatus::WaitingToRetry || task.retryToken != token)
        return;
    submitAttempt(taskId);
}

void RunEngine::finishTask(int taskId, TaskStatus status, double time)
{
    TaskState &task = m_tasks[taskId];
    task.status = status;
    EventState &event = m_events[task.event];
    RunRecord &r = record(RecordType::TaskFinished, time, task.event, task.index);
    r.taskStatus = status;
    r.attempt = task.attempt;
    if (task.value.isValid())
        r.value = task.value;

    event.counts.add(status);

    const bool endedWithException =
        status == TaskStatus::Failed && task.lastOutcome == AttemptOutcome::Error;
    if (endedWithException && m_spec.events[task.event].options.stop_on_exception)
        stopRun();
    if (event.counts.done() == event.taskCount)
        finishEvent(task.event);
}

void RunEngine::finishEvent(int e)
{
    EventState &event = m_events[e];
    if (event.executor)
        event.executor->shutdown();
    event.executor.reset();
    const Evaluation &evaluation = m_spec.events[e].options.evaluation;
    event.outcome = evaluation.evaluate(event.counts.succeeded(), event.counts.failed());
    if (event.counts.cancelled() > 0 && (m_cancelling || m_stopping))
        event.status = EventStatus::Cancelled;
    else
        event.status = event.outcome ? EventStatus::Succeeded : EventStatus::Failed;

    RunRecord &r = record(RecordType::EventFinished, now(), e);
    r.eventStatus = event.status;
    r.counts = event.counts;
    r.total = event.taskCount;
    r.evaluatedOutcome = event.outcome;
    r.evaluation = evaluation.toString();
    --m_runningEvents;
    nodeFinished(event.node);
}

void RunEngine::nodeFinished(int node)
{
    if (--m_nodes[node].pendingEvents > 0)
        return;
    // Continue after this call chain, not from inside it: a long chain of events that finish at
    // once (no tasks) must not grow the stack.
    m_deferred.post([this, node] {
        advance(node);
        flush();
    });
}

void RunEngine::advance(int nodeIndex)
{
    if (m_cancelling || m_stopping) {
        if (m_runningEvents == 0)
            finishRun();
        return;
    }
    const PipelineNode &node = m_graph.nodes[nodeIndex];
    int succeeded = 0;
    int failed = 0;
    std::optional<int> chosen;
    QVariantList results;
    for (int e : node.events) {
        succeeded += m_events[e].counts.succeeded();
        failed += m_events[e].counts.failed();
        for (int t = 0; t < m_events[e].taskCount; ++t) {
            const TaskState &task = m_tasks[m_events[e].firstTask + t];
            if (!chosen && task.descriptor)
                chosen = task.descriptor;
            if (node.pipeResults)
                results.append(task.value);
        }
    }
    int next = node.next;
    QString via;
    if (!node.branches.isEmpty()) {
        const Evaluation &evaluation = m_spec.events[node.events.last()].options.evaluation;
        const int descriptor = chosen.value_or(evaluation.evaluate(succeeded, failed) ? 1 : 0);
        next = node.branches.value(descriptor, node.next);
        via = QString::number(descriptor);
        // A failure that took a branch was handled there; one that had none to take was not.
        for (int e : node.events)
            m_events[e].branchHandled = node.branches.contains(descriptor);
    }
    if (next < 0) {
        finishRun();
        return;
    }
    m_nodes[next].enteredVia = via;
    startNode(next, results);
}

RunStatus RunEngine::finalStatus() const
{
    if (m_cancelling)
        return RunStatus::Cancelled;
    if (m_stopping)
        return RunStatus::Stopped;
    for (const EventState &event : m_events) {
        if (event.status == EventStatus::Failed && !event.branchHandled)
            return RunStatus::Failed;
    }
    return RunStatus::Succeeded;
}

void RunEngine::finishRun()
{
    if (m_finished)
        return;
    const double time = now();
    for (int e = 0; e < int(m_events.size()); ++e) {
        EventState &event = m_events[e];
        if (event.status != EventStatus::Pending)
            continue;
        event.name = m_spec.events[e].name;
        event.status = EventStatus::Skipped;
        for (int t = 0; t < event.taskCount; ++t) {
            TaskState &task = m_tasks[event.firstTask + t];
            task.status = TaskStatus::Skipped;
            RunRecord &r = record(RecordType::TaskFinished, time, e, task.index);
            r.taskStatus = TaskStatus::Skipped;
            r.message = variantToText(m_spec.events[e].inputs.at(t));
        }
        RunRecord &r = record(RecordType::EventFinished, time, e);
        r.eventStatus = EventStatus::Skipped;
        r.counts.add(TaskStatus::Skipped, event.taskCount);
        r.total = event.taskCount;
        r.evaluation = m_spec.events[e].options.evaluation.toString();
    }
    m_finished = true;
    const RunStatus status = finalStatus();
    RunRecord &r = record(RecordType::RunFinished, time);
    r.runStatus = status;
    r.end = r.time;
    flush();
    m_onFinished(status);
}

} // namespace volnux
