// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The program `volnux-worker`: parses its command line, installs its signal handlers and runs a
// ClusterWorker until SIGTERM or SIGINT (a second one kills the programs its attempts started
// and exits at once). Exit codes: 0 after a clean stop, 1 when Redis cannot be reached at start,
// 2 for a bad command line.

#include <QStringList>

namespace volnux {

class WorkerCommand
{
public:
    static int main(const QStringList &arguments);
};

} // namespace volnux
