// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include "core/engine/OpenFileLimit.h"
#include "core/errors/ErrorTypes.h"
#include "core/executors/process/SpawnSignals.h"
#include "core/executors/process/SpawnedGroups.h"
#include "core/kinds/ExecWrapper.h"
#include "core/kinds/LeftoverProcesses.h"
#include "core/kinds/OutputTail.h"

#include <QFile>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace volnux {

namespace {
// What one read takes from a pipe; the tails keep only their bound of it anyway.
constexpr qsizetype kReadChunk = 64 * 1024;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// Owns the pipe ends and the spawn attributes until the child has them.
struct SpawnSetup
{
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    std::array<int, 2> out{-1, -1};
    std::array<int, 2> err{-1, -1};
    // ExecWrapper's channel: our go-ahead to it, its report of a failed exec to us.
    std::array<int, 2> status{-1, -1};

    SpawnSetup()
    {
        posix_spawn_file_actions_init(&actions);
        posix_spawnattr_init(&attributes);
    }
    ~SpawnSetup()
    {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        for (int *fd : {&out[0], &out[1], &err[0], &err[1], &status[0], &status[1]})
            closeFd(*fd);
    }
    SpawnSetup(const SpawnSetup &) = delete;
    SpawnSetup &operator=(const SpawnSetup &) = delete;

    // Close-on-exec: only the dup2'ed copies reach the program, so a second command started at the
    // same time on another worker does not hold this one's pipes open.
    bool makePipes(bool wrapped)
    {
        return ::pipe2(out.data(), O_CLOEXEC) == 0 && ::pipe2(err.data(), O_CLOEXEC) == 0 &&
               (!wrapped ||
                ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, status.data()) == 0);
    }

    void configure(const QByteArray &workingDirectory)
    {
        if (status[1] >= 0)
            posix_spawn_file_actions_adddup2(&actions, status[1], ExecWrapper::kStatusFd);
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
        if (!workingDirectory.isEmpty())
            posix_spawn_file_actions_addchdir_np(&actions, workingDirectory.constData());
        // Its own session and process group, so killing -pid reaches every descendant.
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
        resetSignalsForExec(&attributes);
    }
};

// NUL-terminated copies and the pointer array exec wants; the copies outlive the pointers.
struct CStrings
{
    QList<QByteArray> bytes;
    std::vector<char *> pointers;

    explicit CStrings(QList<QByteArray> strings) : bytes(std::move(strings))
    {
        for (QByteArray &b : bytes)
            pointers.push_back(b.data());
        pointers.push_back(nullptr);
    }
};

QList<QByteArray> encoded(const QStringList &strings)
{
    QList<QByteArray> out;
    out.reserve(strings.size());
    for (const QString &s : strings)
        out.append(s.toLocal8Bit());
    return out;
}

// Lets ExecWrapper exec the program (see ChildProcess::start); false when it is gone already.
bool sendGoAhead(int fd)
{
    const char go = 'g';
    ssize_t n = 0;
    while ((n = ::send(fd, &go, 1, MSG_NOSIGNAL)) < 0 && errno == EINTR) {
    }
    return n == 1;
}

// What ExecWrapper reports: 0 once the program runs (the descriptor closed by its exec), or the
// errno of a failed exec.
int execError(int &fd)
{
    int error = 0;
    ssize_t n = 0;
    while ((n = ::read(fd, &error, sizeof error)) < 0 && errno == EINTR) {
    }
    closeFd(fd);
    return n == ssize_t(sizeof error) ? error : 0;
}

[[noreturn]] void throwStartError(const QString &program, int error)
{
    const QString type = error == ENOENT || error == ENOTDIR ? ErrorNames::FileNotFoundError
                         : error == EACCES || error == EPERM ? ErrorNames::PermissionError
                                                             : ErrorNames::OSError;
    throw Error(type, QStringLiteral("could not start %1: %2")
                          .arg(program, QString::fromLocal8Bit(std::strerror(error))));
}
} // namespace

ChildProcess::ChildProcess(const QString &program, const QStringList &arguments,
                           const QString &workingDirectory, const QStringList &environment,
                           bool keepBackground)
{
    // exec and chdir read each string up to its first NUL: a NUL would silently cut an argument
    // (or fail with a confusing message). The loader refuses them; this is the last defence.
    auto refuseNul = [](const QString &what, const QString &text) {
        if (text.contains(QChar(0)))
            throw Error(ErrorNames::ValueError,
                        what + QStringLiteral(" contains a NUL character; the operating system "
                                              "would cut it there"));
    };
    refuseNul(QStringLiteral("the program"), program);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        refuseNul(QStringLiteral("argument %1").arg(i + 1), arguments.at(i));
    refuseNul(QStringLiteral("the working directory"), workingDirectory);
    for (const QString &entry : environment)
        refuseNul(QStringLiteral("the environment variable %1").arg(entry.section(u'=', 0, 0)),
                  entry);
    // Through the wrapper, when there is one, for the death signal posix_spawn cannot set.
    const QByteArray &wrapper = ExecWrapper::path();
    SpawnSetup setup;
    if (!setup.makePipes(!wrapper.isEmpty()))
        throwStartError(program, errno);
    setup.configure(QFile::encodeName(workingDirectory));
    const QByteArray path = QFile::encodeName(program);
    const QList<QByteArray> wrapperArgs =
        wrapper.isEmpty() ? QList<QByteArray>()
                          : QList<QByteArray>{wrapper, QByteArray::number(qint64(::getpid())),
                                              QByteArray::number(ExecWrapper::kStatusFd)};
    CStrings argv(wrapperArgs + QList<QByteArray>{path} + encoded(arguments));
    // The mark replaces one the host inherited (a volnux-run started by a command).
    QList<QByteArray> variables;
    const QByteArray markPrefix = QByteArray(LeftoverProcesses::kMarkName).append('=');
    for (QByteArray &v : encoded(environment)) {
        if (!v.startsWith(markPrefix))
            variables.append(std::move(v));
    }
    LeftoverProcesses::adoptOrphans();
    m_mark = LeftoverProcesses::newMark();
    m_keepBackground = keepBackground;
    variables.append(QByteArray(markPrefix).append(m_mark));
    CStrings envp(std::move(variables));
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, wrapper.isEmpty() ? path.constData() : wrapper.constData(),
                                 &setup.actions, &setup.attributes, argv.pointers.data(),
                                 envp.pointers.data());
    if (rc != 0)
        throwStartError(program, rc);
    // Listed before the program runs: the wrapper waits for the go-ahead, so a second Ctrl-C
    // (SpawnedGroups::killAll in a signal handler) cannot come between the program starting what
    // it leaves in the background and its group being listed.
    SpawnedGroups::remember(pid);
    closeFd(setup.status[1]);
    const bool wrapped = setup.status[0] >= 0;
    if (wrapped) // the wrapper waits for the go-ahead: the program starts with the user's limit
        OpenFileLimit::restoreFor(pid);
    if (const int error =
            wrapped ? (sendGoAhead(setup.status[0]) ? execError(setup.status[0]) : ECHILD) : 0) {
        while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        SpawnedGroups::forget(pid);
        throwStartError(program, error);
    }
    m_pid = pid;
    std::swap(m_out, setup.out[0]);
    std::swap(m_err, setup.err[0]);
    for (int fd : {m_out, m_err})
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

ChildProcess::~ChildProcess()
{
    if (!m_ended)
        killGroup();
    closePipes();
}

bool ChildProcess::waitForOutput(int timeoutMs, OutputTail &out, OutputTail &err)
{
    if (!m_ended) {
        std::array<pollfd, 2> fds{};
        nfds_t count = 0;
        for (int fd : {m_out, m_err}) {
            if (fd >= 0)
                fds[count++] = {fd, POLLIN, 0};
        }
        // With both streams closed (by the program, or by descendants it left), only its end is
        // left to wait for, and nothing here signals it: look again every few milliseconds.
        if (::poll(fds.data(), count, count > 0 ? timeoutMs : std::min(timeoutMs, 5)) > 0) {
            readAvailable(m_out, out);
            readAvailable(m_err, err);
        }
        if (!reap(WNOHANG))
            return false;
    }
    // What it wrote before it ended (or was killed) is still in the pipes. Descendants that outlive
    // it may hold them open, so this reads what is there rather than up to the end of the streams.
    readAvailable(m_out, out);
    readAvailable(m_err, err);
    closePipes();
    return true;
}

void ChildProcess::killGroup()
{
    if (m_ended)
        return;
    // The group is the process's own (posix_spawn returns after its setsid and exec).
    if (::kill(-pid_t(m_pid), SIGKILL) != 0)
        ::kill(pid_t(m_pid), SIGKILL);
    reap(0);
}

bool ChildProcess::crashed() const
{
    return m_ended && WIFSIGNALED(m_status);
}

int ChildProcess::exitCode() const
{
    if (!m_ended)
        return 0;
    return WIFSIGNALED(m_status) ? WTERMSIG(m_status) : WEXITSTATUS(m_status);
}

bool ChildProcess::reap(int flags)
{
    // Its end is seen before it is reaped: while it is a zombie its pid, which is also its group's
    // id, cannot go to another process, so killing what it left cannot hit a stranger.
    siginfo_t info{};
    int seen = 0;
    while ((seen = ::waitid(P_PID, id_t(m_pid), &info, WEXITED | WNOWAIT | flags)) < 0 &&
           errno == EINTR) {
    }
    if (seen == 0 && info.si_pid == 0)
        return false; // WNOHANG, still running
    if (seen == 0 && !m_keepBackground)
        LeftoverProcesses::kill(pid_t(m_pid), pid_t(m_pid), m_mark);
    for (;;) {
        const pid_t rc = ::waitpid(pid_t(m_pid), &m_status, flags);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc == 0)
            return false;
        // ECHILD: someone set SIGCHLD to SIG_IGN and the kernel reaped it; no status to tell.
        if (rc < 0)
            m_status = 0;
        m_ended = true;
        // Off the list once reaped: its pid (and group id) may be given to an unrelated process.
        SpawnedGroups::forget(pid_t(m_pid));
        return true;
    }
}

void ChildProcess::readAvailable(int &fd, OutputTail &tail)
{
    while (fd >= 0) {
        QByteArray chunk(kReadChunk, Qt::Uninitialized);
        const ssize_t n = ::read(fd, chunk.data(), size_t(chunk.size()));
        if (n > 0) {
            chunk.truncate(n);
            tail.append(chunk);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        } else {
            closeFd(fd); // end of stream (or an error that ends it just the same)
        }
    }
}

void ChildProcess::closePipes()
{
    closeFd(m_out);
    closeFd(m_err);
}

} // namespace volnux
