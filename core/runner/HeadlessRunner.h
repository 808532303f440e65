// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `volnux-run`: runs a project without a GUI. Parses the command line, loads and validates the
// project (nothing runs when it is invalid), runs it while showing progress, writes traces and
// the summary, and turns the outcome into the exit code (docs/volnux-run.md):
// 0 succeeded, 1 failed or stopped, 2 invalid usage or project, 130 interrupted, 129 hung up
// (SIGHUP), 141 output closed (SIGPIPE).
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
        HungUp = 129,       // 128 + SIGHUP
        Interrupted = 130,  // 128 + SIGINT
        OutputClosed = 141, // 128 + SIGPIPE
    };

    // The whole program: call from main() after QCoreApplication exists.
    static int main(const QStringList &arguments);

    explicit HeadlessRunner(RunnerOptions options, QObject *parent = nullptr);
    ~HeadlessRunner() override;
    // Loads the project and prepares the run; returns an exit code when there is nothing to run
    // (or it cannot be run), std::nullopt when start() may be called.
    std::optional<int> prepare();
    // Starts the prepared run; `done` will be emitted. Whatever must handle a signal from the
    // moment a program of the run exists (InterruptWatcher) is set up between the two.
    void start();
    void interrupt(int count);
    // SIGHUP (the terminal went away) or SIGPIPE (a reader of our output did): like a first Ctrl-C,
    // but the exit code says which (HungUp, OutputClosed), and repeats never quit at once: every
    // write to the closed output raises SIGPIPE again.
    void hangUp(int signal);

signals:
    void done(int exitCode);

private:
    struct Loaded;
    std::optional<int> load(Loaded &loaded);
    std::optional<int> loadRerun(Loaded &loaded);
    std::optional<int> openStore(const Loaded &loaded, const RunSpec &spec);
    // Takes and handles one bounded batch of records; returns how many there were.
    size_t drain();
    // Adds a line to the output the next flushOutput writes.
    void log(const QString &line);
    void flushOutput();
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
    static constexpr int kDrainIntervalMs = 100; // records are drained ten times a second
    QTimer *m_drainTimer = nullptr;
    QString m_pendingOutput; // log lines and the progress line, written once per drain
    QElapsedTimer m_elapsed;
    bool m_interrupted = false;
    int m_exitCodeOnInterrupt = Interrupted; // of the first interruption
    bool m_progressShown = false;
};

} // namespace volnux
