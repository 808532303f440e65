// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessPool.h"

#include "core/executors/process/ForkServer.h"
#include "core/executors/process/ReportMirror.h"
#include "core/executors/process/SpawnedGroups.h"
#include "core/executors/process/WorkerMain.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/prctl.h>
#include <unistd.h>

namespace volnux {

namespace {

// std::mutex rather than QMutex so that ThreadSanitizer builds can check it (Qt is not built
// with TSan).
std::mutex s_programMutex;
QString s_program;

// Protocol on a private descriptor; fd 0 reads nothing and fd 1 goes to stderr, so a `process`
// that prints to stdout cannot corrupt the frames.
int takeProtocolDescriptor()
{
    const int fd = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd < 0 || devNull < 0)
        return -1;
    ::dup2(devNull, STDIN_FILENO);
    ::close(devNull);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    return fd;
}

// SIGTERM (the host died, or it is ending a worker that ignored a cancel): the programs this
// worker started run in sessions of their own and would outlive it, so kill them first, then
// die of SIGTERM as before. Async-signal-safe.
void endWithPrograms(int)
{
    SpawnedGroups::killAll();
    ::signal(SIGTERM, SIG_DFL);
    ::raise(SIGTERM);
}

// Die with the parent (the host, or the fork server) even when it is killed abruptly, killing
// our programs first; false when it is already gone.
bool dieWithParent(pid_t parent)
{
    struct sigaction action
    {
    };
    action.sa_handler = endWithPrograms;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    return ::getppid() == parent;
}

int serveHost(int fd, int slot, int mirrorFd)
{
    std::unique_ptr<ReportMirror> mirror = mirrorFd >= 0 ? ReportMirror::attach(mirrorFd) : nullptr;
    return WorkerMain(fd, slot, std::move(mirror)).exec();
}

[[noreturn]] void endWorker(int code)
{
    std::fflush(nullptr);
    // No static destructors: they belong to the host program's lifetime, not to ours.
    ::_exit(code);
}

[[noreturn]] void runWorker(int argc, char **argv, int slot, pid_t host, int mirrorFd)
{
    if (!dieWithParent(host))
        ::_exit(1);
    const int fd = takeProtocolDescriptor();
    if (fd < 0)
        ::_exit(1);
    int code = 0;
    {
        static int s_argc = argc;
        std::unique_ptr<QCoreApplication> app;
        if (!QCoreApplication::instance())
            app = std::make_unique<QCoreApplication>(s_argc, argv);
        code = serveHost(fd, slot, mirrorFd);
    }
    endWorker(code);
}

// A fork server: workers are forks of this process, made warm (see ForkServer).
[[noreturn]] void runForkServer(int argc, char **argv, pid_t host)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != host)
        ::_exit(1);
    const int fd = takeProtocolDescriptor();
    if (fd < 0)
        ::_exit(1);
    static int s_argc = argc;
    if (!QCoreApplication::instance())
        new QCoreApplication(s_argc, argv); // every fork uses it; it lives as long as we do
    const pid_t server = ::getpid();
    ForkServer::serve(fd, [server](int workerFd, int slot, int mirrorFd) {
        if (!dieWithParent(server))
            return 1;
        endWorker(serveHost(workerFd, slot, mirrorFd));
    });
}

} // namespace

void ProcessPool::enableWorkerMode(int argc, char **argv)
{
    if (argc < 4 || std::strcmp(argv[1], kWorkerFlag) != 0)
        return;
    if (std::strcmp(argv[2], ForkServer::kServerArg) == 0)
        runForkServer(argc, argv, pid_t(std::atoll(argv[3])));
    // A fifth argument: the descriptor of the host's ReportMirror.
    runWorker(argc, argv, std::atoi(argv[2]), pid_t(std::atoll(argv[3])),
              argc > 4 ? std::atoi(argv[4]) : -1);
}

void ProcessPool::setWorkerProgram(const QString &path)
{
    std::lock_guard lock(s_programMutex);
    s_program = path;
}

QString ProcessPool::workerProgram()
{
    std::lock_guard lock(s_programMutex);
    return s_program;
}

} // namespace volnux
