// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-exec: how the command kind starts a program (core/kinds/ExecWrapper.h). Run as
//
//     volnux-exec HOST_PID STATUS_FD PROGRAM [ARGUMENT...]
//
// it asks the kernel for SIGKILL when the thread that started it ends (PR_SET_PDEATHSIG, which
// exec keeps), so a program dies with a host killed outright, then becomes PROGRAM. The host
// starts programs with posix_spawn, which cannot set a death signal, because it stays safe in a
// ThreadSanitizer-built host; this program sets it instead. STATUS_FD is a socket to the host: it
// execs PROGRAM only once the host has sent a byte (the host lists the program's process group
// first, see SpawnedGroups), and when PROGRAM cannot be executed, its errno goes back through it;
// a successful exec closes it. No Qt: it starts in a moment.

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    constexpr int kCannotRun = 127;
    if (argc < 4)
        return kCannotRun;
    const long host = std::strtol(argv[1], nullptr, 10);
    const int status = int(std::strtol(argv[2], nullptr, 10));
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    // The host died before the death signal was set: nothing would ever kill the program.
    if (::getppid() != pid_t(host))
        return kCannotRun;
    char go = 0;
    ssize_t n = 0;
    while ((n = ::read(status, &go, 1)) < 0 && errno == EINTR) {
    }
    if (n != 1)
        return kCannotRun; // the host went away
    ::fcntl(status, F_SETFD, FD_CLOEXEC);
    ::execv(argv[3], argv + 3);
    const int error = errno;
    [[maybe_unused]] const ssize_t written = ::write(status, &error, sizeof error);
    return kCannotRun;
}
