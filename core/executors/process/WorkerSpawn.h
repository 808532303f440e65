// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Starts this program (or the one ProcessPool::setWorkerProgram names) in worker mode: `args`
// after ProcessPool::kWorkerFlag and the host's pid, one end of a fresh socket pair on its stdin
// and stdout, in a process group of its own (a terminal's Ctrl-C reaches only the host), with
// signals as a fresh program expects them. `passFd`, when >= 0, is given to it as descriptor
// ReportMirror::kWorkerFd.

#include <QByteArrayList>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace volnux {

struct SpawnedWorker
{
    pid_t pid = 0;
    int fd = -1; // the host's end, close-on-exec, blocking
};

std::optional<SpawnedWorker> spawnWorkerProgram(const QString &program, int socketType,
                                                const QByteArrayList &args, int passFd,
                                                bool bindNow, QString *error);

} // namespace volnux
