// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessRunner.h"

#include "core/UserText.h"
#include "core/engine/RerunSpec.h"
#include "core/engine/Run.h"
#include "core/events/VariantText.h"
#include "core/executors/process/SpawnedGroups.h"
#include "core/pipeline/PipelineGraph.h"
#include "core/project/ProjectFile.h"
#include "core/runner/ConsoleOutput.h"
#include "core/runner/HistoryCommand.h"
#include "core/runner/InterruptWatcher.h"
#include "core/runner/RunSummary.h"
#include "core/store/RunReplay.h"
#include "core/store/RunStore.h"
#include "core/store/RunStoreWriter.h"
#include "core/trace/ChromeTraceWriter.h"
#include "core/trace/JsonLine.h"
#include "core/trace/TraceWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace volnux {

namespace {
bool print(FILE *stream, const QString &text)
{
    return ConsoleOutput::print(stream, text);
}

int printOutput(const QString &text, int code)
{
    return ConsoleOutput::output(text, code);
}

// "1 task", "2 tasks".
QString count(qsizetype n, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun),
                                                n == 1 ? QString() : QStringLiteral("s"));
}

QString seconds(double ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', ms < 10000 ? 3 : 1);
}

// What one drain takes: a run that makes records faster than they are logged and stored comes
// back to the event loop (and so to Ctrl-C) between batches of this size, not after its backlog.
constexpr size_t kRecordsPerDrain = 4096;
constexpr size_t kBacklogLimit = 64 * 1024; // records: 16 MB
} // namespace

int HeadlessRunner::main(const QStringList &arguments)
{
    // A reader that went away (`volnux-run ... | head`) must not kill us silently: writes then
    // fail with EPIPE and count as output lost. During a run InterruptWatcher also cancels it.
    ::signal(SIGPIPE, SIG_IGN);
    // "volnux-run history ...": a project file named history runs as ./history.
    if (arguments.size() > 1 && arguments[1] == QLatin1String("history"))
        return HistoryCommand::main(arguments);
    const Result<RunnerOptions> options = RunnerOptions::parse(arguments);
    if (!options) {
        // One line, which may quote a whole command-line argument (Qt's "Unknown option"): cut.
        ConsoleOutput::error(QStringLiteral("volnux-run: %1\nTry 'volnux-run --help'.\n")
                                 .arg(UserText::escaped(options.errorString())));
        return InvalidInput;
    }
    if (!options->printAndExit.isEmpty()) {
        print(stdout, options->printAndExit);
        return Succeeded;
    }
    HeadlessRunner runner(*options);
    if (const std::optional<int> code = runner.prepare())
        return *code;
    // Before the run starts: a Ctrl-C or SIGHUP that comes as soon as its first program runs
    // must cancel the run, not kill us with the default action and leave the program running.
    InterruptWatcher watcher;
    watcher.quitAtOnceOnRepeat(
        (options->progress ? QByteArrayLiteral("\r\033[K") : QByteArray()) +
            QByteArrayLiteral("volnux-run: interrupted again; quitting at once\n"),
        Interrupted);
    connect(&watcher, &InterruptWatcher::interrupted, &runner, &HeadlessRunner::interrupt);
    connect(&watcher, &InterruptWatcher::hungUp, &runner, &HeadlessRunner::hangUp);
    connect(&runner, &HeadlessRunner::done, qApp, &QCoreApplication::exit, Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}

HeadlessRunner::HeadlessRunner(RunnerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

HeadlessRunner::~HeadlessRunner() = default;

// What runs: the project (its bytes, as the run store keeps them) and its spec.
struct HeadlessRunner::Loaded
{
    QByteArray bytes;
    Project project;
    RunSpec spec;
    std::optional<qint64> parent;
};

std::optional<int> HeadlessRunner::load(Loaded &loaded)
{
    const Result<QByteArray> bytes = ProjectFile::read(m_options.project);
    const Result<Project> project = bytes ? ProjectFile::parse(*bytes, m_options.project)
                                          : Result<Project>::failure(bytes.errors());
    if (!project) {
        ConsoleOutput::error(project.errorString() + QLatin1Char('\n'));
        return InvalidInput;
    }
    if (!m_options.quiet) {
        for (const QString &warning : ProjectFile::warnings(*project))
            print(stderr, UserText::escaped(m_options.project) + QStringLiteral(": warning: ") +
                              warning + QLatin1Char('\n'));
    }
    Result<RunSpec> spec = ProjectFile::toRunSpec(*project, m_options.project);
    if (!spec) {
        ConsoleOutput::error(spec.errorString() + QLatin1Char('\n'));
        return InvalidInput;
    }
    loaded.bytes = *bytes;
    loaded.project = *project;
    loaded.spec = std::move(spec.value());
    return std::nullopt;
}

// The project recorded with the parent run, and its failed and cancelled tasks, each keeping its
// event, task index and input.
std::optional<int> HeadlessRunner::loadRerun(Loaded &loaded)
{
    const qint64 parent = *m_options.rerunFailed;
    const auto store = RunStore::open(m_options.store);
    const Result<StoredRun> run =
        store ? (*store)->run(parent) : Result<StoredRun>::failure(store.errors());
    const Result<QByteArray> bytes =
        run ? (*store)->project(parent) : Result<QByteArray>::failure(run.errors());
    if (!bytes) {
        ConsoleOutput::error(QStringLiteral("volnux-run: %1\n").arg(bytes.errorString()));
        return InvalidInput;
    }
    m_options.project = run->projectPath;
    const Result<Project> project = ProjectFile::parse(*bytes, run->projectPath);
    Result<RunSpec> spec =
        project ? ProjectFile::toRunSpec(*project) : Result<RunSpec>::failure(project.errors());
    if (!spec) {
        ConsoleOutput::error(
            QStringLiteral("volnux-run: the project recorded with run %1 cannot run: "
                           "%2\n")
                .arg(parent)
                .arg(spec.errorString()));
        return InvalidInput;
    }
    RunState state(RunState::Detail::Counts);
    const Result<bool> replayed = RunReplay::readInto(**store, parent, state);
    if (!replayed) {
        ConsoleOutput::error(QStringLiteral("volnux-run: %1\n").arg(replayed.errorString()));
        return InvalidInput;
    }
    QList<TaskName> again;
    state.forEachTask([&](int event, int task, const TaskCell &cell) {
        if (cell.status == TaskStatus::Failed || cell.status == TaskStatus::Cancelled)
            again.append({state.events()[size_t(event)].name, task});
    });
    loaded.spec = rerunSpec(*spec, again);
    if (loaded.spec.events.isEmpty()) {
        print(stdout, QStringLiteral("run %1 has no failed or cancelled tasks; nothing to rerun\n")
                          .arg(parent));
        return Succeeded;
    }
    loaded.bytes = *bytes;
    loaded.project = *project;
    loaded.parent = parent;
    return std::nullopt;
}

std::optional<int> HeadlessRunner::openStore(const Loaded &loaded, const RunSpec &spec)
{
    if (m_options.noStore)
        return std::nullopt;
    const auto store = RunStore::open(m_options.store);
    RunStore::NewRun run;
    run.projectPath = QFileInfo(m_options.project).absoluteFilePath();
    run.projectName = loaded.project.name.isEmpty()
                          ? QFileInfo(m_options.project).completeBaseName()
                          : loaded.project.name;
    run.project = loaded.bytes;
    run.parent = loaded.parent;
    run.version = QCoreApplication::applicationVersion();
    const Result<qint64> id =
        store ? (*store)->beginRun(run, spec) : Result<qint64>::failure(store.errors());
    if (!id) {
        ConsoleOutput::error(QStringLiteral("volnux-run: %1\n(--no-store runs without recording)\n")
                                 .arg(id.errorString()));
        return InvalidInput;
    }
    m_store = std::make_unique<RunStoreWriter>(m_options.store, *id);
    return std::nullopt;
}

std::optional<int> HeadlessRunner::prepare()
{
    Loaded loaded;
    if (const std::optional<int> code = m_options.rerunFailed ? loadRerun(loaded) : load(loaded))
        return code;
    const Project *project = &loaded.project;
    Result<RunSpec> spec(std::move(loaded.spec));
    spec.value().jitterSeed = m_options.seed;
    // The log, the trace and the store read only returned failures' values.
    spec.value().keepValues = false;
    if (const ClusterConfig cluster =
            spec->cluster.value_or(ClusterConfig()).withOverrides(m_options.redisUrl);
        cluster.isSet())
        spec.value().cluster = cluster;
    int tasks = 0;
    QList<int> taskCounts;
    for (const EventSpec &event : spec->events) {
        m_eventNames << event.name;
        taskCounts << int(event.inputs.size());
        tasks += int(event.inputs.size());
    }
    if (m_options.validate) {
        if (m_options.json)
            return printOutput(QString::fromUtf8(JsonLine()
                                                     .add("project", m_options.project)
                                                     .add("valid", true)
                                                     .add("events", int(m_eventNames.size()))
                                                     .add("tasks", tasks)
                                                     .toJson()) +
                                   QLatin1Char('\n'),
                               Succeeded);
        return printOutput(QStringLiteral("%1: valid (%2, %3)\n")
                               .arg(UserText::escaped(m_options.project),
                                    count(m_eventNames.size(), "event"), count(tasks, "task")),
                           Succeeded);
    }
    if (m_options.graph) {
        const PipelineGraph graph =
            spec->pipeline ? *spec->pipeline : PipelineGraph::sequential(m_eventNames.size());
        return printOutput(graph.toDot(m_eventNames, project->name), Succeeded);
    }
    QString error;
    if (!m_options.chromeTrace.isEmpty()) {
        // Written at the end: find out now, not after the run, that it cannot be.
        const QFileInfo target(m_options.chromeTrace);
        const QFileInfo dir(target.absolutePath());
        if (!dir.isDir() || !dir.isWritable() || target.isDir()) {
            ConsoleOutput::error(
                QStringLiteral("volnux-run: cannot write the Chrome trace %1: %2\n")
                    .arg(UserText::escaped(m_options.chromeTrace),
                         target.isDir() ? QStringLiteral("it is a directory")
                         : dir.isDir()  ? QStringLiteral("directory not writable")
                                        : QStringLiteral("no such directory")));
            return InvalidInput;
        }
        m_chrome = std::make_unique<ChromeTraceWriter>();
        if (!m_chrome->prepare(m_options.chromeTrace, &error)) {
            ConsoleOutput::error(QStringLiteral("volnux-run: %1\n").arg(error));
            return InvalidInput;
        }
    }
    if (const std::optional<int> code = openStore(loaded, *spec))
        return code;
    // Opened (emptied) last: a run refused for another reason leaves an existing trace alone.
    if (!m_options.trace.isEmpty()) {
        m_trace = std::make_unique<TraceWriter>();
        if (!m_trace->open(m_options.trace, &error)) {
            ConsoleOutput::error(QStringLiteral("volnux-run: %1\n").arg(error));
            return InvalidInput;
        }
    }

    m_summary = std::make_unique<RunSummary>(m_eventNames, taskCounts);
    m_run = std::make_unique<Run>(std::move(spec.value()));
    // A run that makes records faster than they are written waits for them, bounded to
    // about 16 MB of records, instead of holding a million tasks' worth.
    m_run->setBacklogLimit(kBacklogLimit);
    connect(m_run.get(), &Run::finished, this, &HeadlessRunner::finish);
    // Records are drained in batches ten times a second, never one by one.
    m_drainTimer = new QTimer(this);
    m_drainTimer->setInterval(kDrainIntervalMs);
    connect(m_drainTimer, &QTimer::timeout, this, &HeadlessRunner::drain);
    m_drainTimer->start();
    m_elapsed.start();
    if (!m_options.quiet && !m_options.json)
        log(QStringLiteral("running %1: %2 events, %3 tasks")
                .arg(UserText::escaped(project->name.isEmpty() ? m_options.project : project->name,
                                       UserText::kMaxQuoted))
                .arg(m_eventNames.size())
                .arg(tasks));
    flushOutput();
    return std::nullopt;
}

void HeadlessRunner::start()
{
    m_run->start();
}

void HeadlessRunner::interrupt(int count)
{
    if (count > 1) {
        print(stderr, (m_progressShown ? QStringLiteral("\n") : QString()) +
                          QStringLiteral("volnux-run: interrupted again; quitting at once\n"));
        // Programs of the command kind run in sessions of their own: no Ctrl-C reaches them.
        SpawnedGroups::killAll();
        std::_Exit(Interrupted);
    }
    if (!m_interrupted)
        m_exitCodeOnInterrupt = Interrupted;
    m_interrupted = true;
    m_run->cancel();
    log(QStringLiteral("interrupted: cancelling running work (Ctrl-C again to quit at once)"));
    flushOutput();
}

void HeadlessRunner::hangUp(int signal)
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    m_exitCodeOnInterrupt = signal == SIGHUP ? HungUp : OutputClosed;
    m_run->cancel();
    log(signal == SIGHUP ? QStringLiteral("hung up (SIGHUP): cancelling running work")
                         : QStringLiteral("output closed (SIGPIPE): cancelling running work"));
    flushOutput();
}

void HeadlessRunner::log(const QString &line)
{
    if (m_options.quiet)
        return;
    // A log line replaces the progress line, which is redrawn below it.
    if (m_progressShown)
        m_pendingOutput += QStringLiteral("\r\033[K");
    m_pendingOutput += line + QLatin1Char('\n');
    m_progressShown = false;
}

// Log lines are written together, one write (and flush) per drain rather than one per record.
void HeadlessRunner::flushOutput()
{
    if (m_pendingOutput.isEmpty())
        return;
    print(stderr, m_pendingOutput);
    m_pendingOutput.clear();
}

void HeadlessRunner::logRecords(const RunRecords &records)
{
    if (m_options.quiet || m_options.json)
        return;
    for (const RunRecord &r : records) {
        const QString at = QStringLiteral("[%1] ").arg(seconds(r.time), 9);
        const QString task = QStringLiteral("%1[%2]").arg(r.eventName).arg(r.task);
        switch (r.type) {
        case RecordType::EventStarted:
            log(at + QStringLiteral("%1: started, %2").arg(r.eventName, count(r.total, "task")));
            break;
        case RecordType::AttemptFinished:
            if (r.outcome == AttemptOutcome::Failure) {
                log(at +
                    QStringLiteral("%1 attempt %2/%3 returned a failure%4; a returned failure "
                                   "is never retried")
                        .arg(task)
                        .arg(r.attempt)
                        .arg(r.maxAttempts)
                        .arg(r.value.isValid() && !r.value.isNull()
                                 ? QStringLiteral(": ") + UserText::escaped(variantToText(r.value))
                                 : QString()));
                break;
            }
            if (r.outcome != AttemptOutcome::Error)
                break;
            log(at + QStringLiteral("%1 attempt %2/%3 failed: %4: %5%6")
                         .arg(task)
                         .arg(r.attempt)
                         .arg(r.maxAttempts)
                         .arg(UserText::escaped(r.errorType, UserText::kMaxQuoted),
                              UserText::escaped(r.message.section(QLatin1Char('\n'), 0, 0)))
                         .arg(r.nextDelay >= 0
                                  ? QStringLiteral("; retry in %1").arg(seconds(r.nextDelay))
                              : r.attempt < r.maxAttempts
                                  ? QStringLiteral("; not retried (not in retry_on_exceptions)")
                                  : QString()));
            break;
        case RecordType::TaskFinished:
            if (r.taskStatus == TaskStatus::Failed)
                log(at +
                    QStringLiteral("%1 failed after %2").arg(task, count(r.attempt, "attempt")));
            break;
        case RecordType::EventFinished:
            log(at + QStringLiteral("%1: %2 (%3 succeeded, %4 failed, %5 cancelled, %6 skipped)")
                         .arg(r.eventName, toText(r.eventStatus))
                         .arg(r.counts.succeeded())
                         .arg(r.counts.failed())
                         .arg(r.counts.cancelled())
                         .arg(r.counts.skipped()));
            break;
        default:
            break;
        }
    }
}

size_t HeadlessRunner::drain()
{
    m_run->takeRecords(m_records, kRecordsPerDrain);
    const RunRecords &records = m_records;
    m_summary->apply(records);
    if (m_trace)
        m_trace->write(records);
    if (m_chrome)
        m_chrome->add(records);
    logRecords(records);
    drawProgress();
    flushOutput();
    if (m_store)
        m_store->write(records, m_summary->state());
    // A drain's worth waiting: back at once, after the event loop had its turn. (Whether this
    // drain was full says nothing: it takes whole batches, so it often stops short of the
    // maximum with thousands waiting, and a backlog then grew by the engine's pace per tick.)
    if (m_drainTimer->isActive())
        m_drainTimer->start(m_run->pendingRecords() >= kRecordsPerDrain / 4 ? 0 : kDrainIntervalMs);
    return records.size();
}

void HeadlessRunner::drawProgress()
{
    if (!m_options.progress || m_options.json)
        return;
    m_pendingOutput +=
        QStringLiteral("\r\033[K") + m_summary->progressLine(double(m_elapsed.elapsed()));
    m_progressShown = true;
}

void HeadlessRunner::finish()
{
    m_drainTimer->stop();
    while (drain() > 0) {
    }
    if (m_progressShown)
        print(stderr, QStringLiteral("\n"));
    m_progressShown = false;
    QString error;
    bool written = true;
    if (m_trace && !m_trace->close(&error)) {
        ConsoleOutput::error(QStringLiteral("volnux-run: %1\n").arg(error));
        written = false;
    }
    if (m_chrome && !m_chrome->save(m_options.chromeTrace, &error)) {
        ConsoleOutput::error(QStringLiteral("volnux-run: %1\n").arg(error));
        written = false;
    }
    std::optional<qint64> runId;
    if (m_store) {
        if (m_store->finish(&error))
            runId = m_store->runId();
        else
            ConsoleOutput::error(
                QStringLiteral("volnux-run: the run was not fully recorded: %1\n").arg(error));
        written = written && runId;
    }
    int code = m_summary->status() == RunStatus::Succeeded && written ? Succeeded : Failed;
    const QString summary =
        m_options.json ? QString::fromUtf8(m_summary->json(runId))
                       : m_summary->text() + (runId ? QStringLiteral("\nrecorded as run %1 in %2")
                                                          .arg(*runId)
                                                          .arg(m_options.store)
                                                    : QString());
    code = printOutput(summary + QLatin1Char('\n'), code);
    if (m_interrupted)
        code = m_exitCodeOnInterrupt;
    emit done(code);
}

} // namespace volnux
