// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The process-wide side of ProcessPoolExecutor. Workers are this very program re-executed in
// worker mode (as Python's "spawn" start method does), so every event the host registers also
// exists in its workers. A program that may use process pools must, at the top of main():
//
//     int main(int argc, char **argv)
//     {
//         registerMyEvents();                            // 1. register events (and error types)
//         volnux::ProcessPool::enableWorkerMode(argc, argv); // 2. never returns in a worker
//         QCoreApplication app(argc, argv);              // 3. the host carries on as usual
//         ...
//
// Registration must happen before the call: in a worker the call runs the worker loop and exits.
// Thread-safe.

#include <QString>

namespace volnux {

class ProcessPool
{
public:
    // When argv says this process is a worker (`--volnux-worker <slot> <host pid>`), runs the
    // worker loop and exits the process; otherwise returns at once and does nothing.
    static void enableWorkerMode(int argc, char **argv);

    // The program workers run; empty (the default) means this executable. For embedding a pool
    // in a program whose main() cannot call enableWorkerMode: point it at one that does.
    static void setWorkerProgram(const QString &path);
    static QString workerProgram();

    static constexpr const char *kWorkerFlag = "--volnux-worker";
};

} // namespace volnux
