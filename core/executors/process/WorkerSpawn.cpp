// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerSpawn.h"

#include "core/executors/ProcessPool.h"
#include "core/executors/process/ReportMirror.h"
#include "core/executors/process/SpawnSignals.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <spawn.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace volnux {

namespace {

struct SpawnAttributes
{
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;

    SpawnAttributes(int childFd, int passFd)
    {
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, childFd, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, childFd, STDOUT_FILENO);
        if (passFd >= 0)
            posix_spawn_file_actions_adddup2(&actions, passFd, ReportMirror::kWorkerFd);
        posix_spawnattr_init(&attributes);
        // Own process group: Ctrl-C in a terminal goes to the host only, which then shuts the
        // pool down in order (and reports the attempts as cancelled, not crashed).
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
        resetSignalsForExec(&attributes);
    }
    ~SpawnAttributes()
    {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

std::optional<SpawnedWorker> spawnWorkerProgram(const QString &program, int socketType,
                                                const QByteArrayList &args, int passFd,
                                                bool bindNow, QString *error)
{
    int fds[2];
    if (::socketpair(AF_UNIX, socketType | SOCK_CLOEXEC, 0, fds) != 0) {
        *error = QStringLiteral("cannot create a socket for a worker process: %1")
                     .arg(systemError(errno));
        return std::nullopt;
    }
    // Exec /proc/self/exe rather than our path: it still works after the binary was rebuilt.
    const QByteArray path =
        program.isEmpty() ? QByteArrayLiteral("/proc/self/exe") : QFile::encodeName(program);
    QByteArrayList all{path, ProcessPool::kWorkerFlag};
    all += args;
    all.insert(3, QByteArray::number(qint64(::getpid()))); // after the slot: "<slot> <host>"
    std::vector<char *> argv;
    for (QByteArray &arg : all)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    QByteArray bindNowVar("LD_BIND_NOW=1");
    for (char **e = environ; *e; ++e)
        envp.push_back(*e);
    if (bindNow)
        envp.push_back(bindNowVar.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    int rc = 0;
    {
        SpawnAttributes spawn(fds[1], passFd);
        rc = ::posix_spawn(&pid, path.constData(), &spawn.actions, &spawn.attributes, argv.data(),
                           envp.data());
    }
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        *error = QStringLiteral("cannot start worker process '%1': %2")
                     .arg(QFile::decodeName(path), systemError(rc));
        return std::nullopt;
    }
    return SpawnedWorker{pid, fds[0]};
}

} // namespace volnux
