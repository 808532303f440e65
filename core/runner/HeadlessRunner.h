#pragma once

// `volnux-run`: runs a project without a GUI. Parses the command line, loads and validates the
// project (nothing runs when it is invalid), runs it while showing progress, writes traces and
// the summary, and turns the outcome into the exit code (docs/volnux-run.md):
// 0 succeeded, 1 failed or stopped, 2 invalid usage or project, 130 interrupted.
// Lives on the main thread of a QCoreApplication.

#include "core/engine/RunRecord.h"
#include "core/runner/RunnerOptions.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QTimer;

namespace volnux {

class ChromeTraceWriter;
class Run;
class RunStoreWriter;
class RunSummary;
class TraceWriter;
struct Project;
struct RunSpec;

class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode
    {
        Succeeded = 0,
        Failed = 1,
        InvalidInput = 2,
        Interrupted = 130
    };

    // The whole program: call from main() after QCoreApplication exists.
    static int main(const QStringList &arguments);

    explicit HeadlessRunner(RunnerOptions options, QObject *parent = nullptr);
    ~HeadlessRunner() override;
    // Loads the project and starts the run; returns an exit code when there is nothing to run
    // (or it cannot be run), std::nullopt when the run started and `done` will be emitted.
    std::optional<int> start();
    void interrupt(int count);

signals:
    void done(int exitCode);

private:
    struct Loaded;
    std::optional<int> load(Loaded &loaded);
    std::optional<int> loadRerun(Loaded &loaded);
    std::optional<int> openStore(const Loaded &loaded, const RunSpec &spec);
    void drain();
    void log(const QString &line);
    void logRecords(const RunRecords &records);
    void finish();
    void drawProgress();

    RunnerOptions m_options;
    std::unique_ptr<Run> m_run;
    RunRecords m_records; // each drain's records; its storage is reused from drain to drain
    std::unique_ptr<RunSummary> m_summary;
    std::unique_ptr<TraceWriter> m_trace;
    std::unique_ptr<ChromeTraceWriter> m_chrome;
    std::unique_ptr<RunStoreWriter> m_store;
    QStringList m_eventNames;
    QTimer *m_drainTimer = nullptr;
    QElapsedTimer m_elapsed;
    bool m_interrupted = false;
    bool m_progressShown = false;
    qint64 m_lastProgress = -1000;
};

} // namespace volnux
