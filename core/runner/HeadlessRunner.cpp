#include "HeadlessRunner.h"

#include "core/UserText.h"
#include "core/engine/Run.h"
#include "core/events/VariantText.h"
#include "core/executors/process/SpawnedGroups.h"
#include "core/pipeline/PipelineGraph.h"
#include "core/project/ProjectFile.h"
#include "core/runner/InterruptWatcher.h"
#include "core/runner/RunSummary.h"
#include "core/trace/ChromeTraceWriter.h"
#include "core/trace/JsonLine.h"
#include "core/trace/TraceWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace volnux {

namespace {
bool print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return std::fflush(stream) == 0 && written;
}

// What scripts read (the summary, --json, --graph, --validate): a full disk or a closed pipe
// must not pass for success. Returns `code`, or Failed when the output could not be written.
int printOutput(const QString &text, int code)
{
    errno = 0;
    if (print(stdout, text))
        return code;
    print(stderr, QStringLiteral("volnux-run: cannot write the output: %1\n")
                      .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO))));
    return HeadlessRunner::Failed;
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
} // namespace

int HeadlessRunner::main(const QStringList &arguments)
{
    const Result<RunnerOptions> options = RunnerOptions::parse(arguments);
    if (!options) {
        print(stderr, QStringLiteral("volnux-run: %1\nTry 'volnux-run --help'.\n")
                          .arg(options.errorString()));
        return InvalidInput;
    }
    if (!options->printAndExit.isEmpty()) {
        print(stdout, options->printAndExit);
        return Succeeded;
    }
    HeadlessRunner runner(*options);
    if (const std::optional<int> code = runner.start())
        return *code;
    InterruptWatcher watcher;
    connect(&watcher, &InterruptWatcher::interrupted, &runner, &HeadlessRunner::interrupt);
    connect(&runner, &HeadlessRunner::done, qApp, &QCoreApplication::exit, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

HeadlessRunner::HeadlessRunner(RunnerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

HeadlessRunner::~HeadlessRunner() = default;

std::optional<int> HeadlessRunner::start()
{
    const Result<Project> project = ProjectFile::load(m_options.project);
    if (!project) {
        print(stderr, project.errorString() + QLatin1Char('\n'));
        return InvalidInput;
    }
    if (!m_options.quiet) {
        for (const QString &warning : ProjectFile::warnings(*project))
            print(stderr, UserText::escaped(m_options.project) + QStringLiteral(": warning: ") +
                              warning + QLatin1Char('\n'));
    }
    Result<RunSpec> spec = ProjectFile::toRunSpec(*project, m_options.project);
    if (!spec) {
        print(stderr, spec.errorString() + QLatin1Char('\n'));
        return InvalidInput;
    }
    spec.value().jitterSeed = m_options.seed;
    int tasks = 0;
    for (const EventSpec &event : spec->events) {
        m_eventNames << event.name;
        m_maxAttempts << event.options.maxAttempts();
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
            print(stderr, QStringLiteral("volnux-run: cannot write the Chrome trace %1: %2\n")
                              .arg(UserText::escaped(m_options.chromeTrace),
                                   target.isDir() ? QStringLiteral("it is a directory")
                                   : dir.isDir()  ? QStringLiteral("directory not writable")
                                                  : QStringLiteral("no such directory")));
            return InvalidInput;
        }
        m_chrome = std::make_unique<ChromeTraceWriter>();
        if (!m_chrome->prepare(m_options.chromeTrace, &error)) {
            print(stderr, QStringLiteral("volnux-run: %1\n").arg(error));
            return InvalidInput;
        }
    }
    // Opened (emptied) last: a run refused for another reason leaves an existing trace alone.
    if (!m_options.trace.isEmpty()) {
        m_trace = std::make_unique<TraceWriter>();
        if (!m_trace->open(m_options.trace, &error)) {
            print(stderr, QStringLiteral("volnux-run: %1\n").arg(error));
            return InvalidInput;
        }
    }

    m_summary = std::make_unique<RunSummary>(m_eventNames, tasks);
    m_run = std::make_unique<Run>(std::move(spec.value()));
    connect(m_run.get(), &Run::finished, this, &HeadlessRunner::finish);
    // Records are drained in batches ten times a second, never one by one.
    m_drainTimer = new QTimer(this);
    m_drainTimer->setInterval(100);
    connect(m_drainTimer, &QTimer::timeout, this, &HeadlessRunner::drain);
    m_drainTimer->start();
    m_elapsed.start();
    if (!m_options.quiet && !m_options.json)
        log(QStringLiteral("running %1: %2 events, %3 tasks")
                .arg(UserText::escaped(project->name.isEmpty() ? m_options.project : project->name,
                                       UserText::kMaxQuoted))
                .arg(m_eventNames.size())
                .arg(tasks));
    m_run->start();
    return std::nullopt;
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
    m_interrupted = true;
    log(QStringLiteral("interrupted: cancelling running work (Ctrl-C again to quit at once)"));
    m_run->cancel();
}

void HeadlessRunner::log(const QString &line)
{
    if (m_options.quiet)
        return;
    // A log line replaces the progress line, which is redrawn below it.
    print(stderr,
          (m_progressShown ? QStringLiteral("\r\033[K") : QString()) + line + QLatin1Char('\n'));
    m_progressShown = false;
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
                         .arg(r.succeeded)
                         .arg(r.failed)
                         .arg(r.cancelled)
                         .arg(r.skipped));
            break;
        default:
            break;
        }
    }
}

void HeadlessRunner::drain()
{
    m_run->takeRecords(m_records);
    const RunRecords &records = m_records;
    m_summary->apply(records);
    if (m_trace)
        m_trace->write(records);
    if (m_chrome)
        m_chrome->add(records);
    logRecords(records);
    drawProgress();
}

void HeadlessRunner::drawProgress()
{
    if (!m_options.progress || m_options.json)
        return;
    print(stderr,
          QStringLiteral("\r\033[K") + m_summary->progressLine(double(m_elapsed.elapsed())));
    m_progressShown = true;
}

void HeadlessRunner::finish()
{
    m_drainTimer->stop();
    drain();
    if (m_progressShown)
        print(stderr, QStringLiteral("\n"));
    m_progressShown = false;
    QString error;
    bool written = true;
    if (m_trace && !m_trace->close(&error)) {
        print(stderr, QStringLiteral("volnux-run: %1\n").arg(error));
        written = false;
    }
    if (m_chrome && !m_chrome->save(m_options.chromeTrace, &error)) {
        print(stderr, QStringLiteral("volnux-run: %1\n").arg(error));
        written = false;
    }
    int code = m_summary->status() == RunStatus::Succeeded && written ? Succeeded : Failed;
    code = printOutput((m_options.json ? QString::fromUtf8(m_summary->json()) : m_summary->text()) +
                           QLatin1Char('\n'),
                       code);
    if (m_interrupted)
        code = Interrupted;
    emit done(code);
}

} // namespace volnux
