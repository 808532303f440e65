// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line of volnux-run, parsed. `parse` never exits the process: help and version
// come back as text to print, errors as messages (exit code 2).

#include "core/Result.h"

#include <QStringList>

#include <optional>

namespace volnux {

struct RunnerOptions
{
    QString project;
    QString trace;               // --trace FILE: JSON Lines
    QString chromeTrace;         // --chrome-trace FILE
    bool json = false;           // --json: the final summary as one JSON object on stdout
    bool validate = false;       // --validate: check only
    bool graph = false;          // --graph: print the pipeline as Graphviz DOT
    bool quiet = false;          // --quiet: no log lines, summary only
    bool progress = false;       // a live progress line (stderr is a terminal)
    std::optional<quint32> seed; // --seed N: the jittered backoffs' random draws (RunSpec)
    QString store;               // --store FILE: the run store (default RunStore::defaultPath())
    bool noStore = false;        // --no-store: record nothing
    std::optional<qint64> rerunFailed; // --rerun-failed RUN: that run's failed and cancelled tasks
    QString printAndExit;              // --help / --version text: print it and exit 0
    QString redisUrl; // --redis URL: RedisExecutor events use it (over the project's cluster)

    static Result<RunnerOptions> parse(const QStringList &arguments);
};

} // namespace volnux
