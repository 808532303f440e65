#include "ChildProcess.h"

#include "core/errors/ErrorTypes.h"
#include "core/executors/process/SpawnedGroups.h"
#include "core/kinds/LeftoverProcesses.h"
#include "core/kinds/OutputTail.h"

#include <QFile>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
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

// Owns the pipe ends until the child has them.
struct Pipes
{
    std::array<int, 2> out{-1, -1};
    std::array<int, 2> err{-1, -1};

    Pipes() = default;
    ~Pipes()
    {
        for (int *fd : {&out[0], &out[1], &err[0], &err[1]})
            closeFd(*fd);
    }
    Pipes(const Pipes &) = delete;
    Pipes &operator=(const Pipes &) = delete;

    // Close-on-exec: only the dup'ed copies reach the program, so a second command started at the
    // same time on another worker does not hold this one's pipes open.
    bool make()
    {
        return ::pipe2(out.data(), O_CLOEXEC) == 0 && ::pipe2(err.data(), O_CLOEXEC) == 0;
    }
};

// What the child needs between clone and exec; it writes `error` when it cannot exec.
struct SpawnRequest
{
    const char *path = nullptr;
    char *const *argv = nullptr;
    char *const *envp = nullptr;
    const char *workingDirectory = nullptr; // nullptr: the host's
    int out = -1;                           // write ends of the pipes
    int err = -1;
    pid_t parent = 0;
    int error = 0;
};

// The kernel's struct sigaction; only the handler (first on every architecture) is read, and an
// all-zero one means SIG_DFL.
struct KernelSigaction
{
    unsigned long handler;
    unsigned long flags;
    unsigned long restorer;
    unsigned long mask;
};
constexpr unsigned long kSigIgn = 1;
constexpr size_t kSigsetBytes = 8;

// Runs in the child, on the parent's memory (CLONE_VM) while the parent's thread is suspended
// (CLONE_VFORK): raw system calls only, no libc state, nothing a sanitizer intercepts.
__attribute__((no_sanitize("address", "thread", "undefined"))) int spawnedChild(void *arg)
{
    auto *request = static_cast<SpawnRequest *>(arg);
    auto fail = [request]() -> int {
        request->error = errno;
        ::syscall(SYS_exit, 127);
        return 127;
    };
    // The parent's handlers must not run here, in its memory; and as resetSignalsForExec does for
    // posix_spawn: the usual signals at their default action even when ignored, none blocked.
    for (int s = 1; s < 65; ++s) {
        if (s == SIGKILL || s == SIGSTOP)
            continue;
        KernelSigaction old{};
        if (::syscall(SYS_rt_sigaction, s, nullptr, &old, kSigsetBytes) != 0 || old.handler == 0)
            continue;
        const bool usual = s == SIGPIPE || s == SIGINT || s == SIGTERM || s == SIGHUP ||
                           s == SIGQUIT || s == SIGCHLD;
        if (old.handler != kSigIgn || usual) {
            const KernelSigaction defaults{};
            ::syscall(SYS_rt_sigaction, s, &defaults, nullptr, kSigsetBytes);
        }
    }
    const unsigned long none = 0;
    ::syscall(SYS_rt_sigprocmask, SIG_SETMASK, &none, nullptr, kSigsetBytes);
    // Dies with the thread that started it; if the host died already, do not start at all.
    ::syscall(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (::syscall(SYS_getppid) != request->parent)
        ::syscall(SYS_exit, 127);
    // Its own session and process group, so killing -pid reaches every descendant.
    if (::syscall(SYS_setsid) < 0)
        return fail();
    const long devNull = ::syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY, 0);
    if (devNull < 0)
        return fail();
    const std::array<std::array<long, 2>, 3> moves{
        {{devNull, STDIN_FILENO}, {request->out, STDOUT_FILENO}, {request->err, STDERR_FILENO}}};
    for (const auto &[from, to] : moves) {
        // dup3 refuses equal descriptors; one already in place only loses close-on-exec.
        const long rc =
            from == to ? ::syscall(SYS_fcntl, to, F_SETFD, 0) : ::syscall(SYS_dup3, from, to, 0);
        if (rc < 0)
            return fail();
    }
    if (devNull != STDIN_FILENO)
        ::syscall(SYS_close, devNull);
    if (request->workingDirectory && ::syscall(SYS_chdir, request->workingDirectory) != 0)
        return fail();
    ::syscall(SYS_execve, request->path, request->argv, request->envp);
    return fail();
}

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

[[noreturn]] void throwStartError(const QString &program, int error)
{
    const QString type = error == ENOENT || error == ENOTDIR ? ErrorNames::FileNotFoundError
                         : error == EACCES || error == EPERM ? ErrorNames::PermissionError
                                                             : ErrorNames::OSError;
    throw Error(type, QStringLiteral("could not start %1: %2")
                          .arg(program, QString::fromLocal8Bit(std::strerror(error))));
}
// Starts spawnedChild; returns its pid, or -errno. Every signal is blocked meanwhile, so no handler
// of ours runs in the child before it has reset them.
pid_t spawn(SpawnRequest &request)
{
    constexpr size_t kStackBytes = 64 * 1024;
    void *stack = ::mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED)
        return -errno;
    const unsigned long all = ~0UL;
    unsigned long previous = 0;
    ::syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, &previous, kSigsetBytes);
    const pid_t pid = ::clone(spawnedChild, static_cast<char *>(stack) + kStackBytes,
                              CLONE_VM | CLONE_VFORK | SIGCHLD, &request);
    const int error = errno;
    ::syscall(SYS_rt_sigprocmask, SIG_SETMASK, &previous, nullptr, kSigsetBytes);
    ::munmap(stack, kStackBytes);
    return pid < 0 ? -error : pid;
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
    Pipes pipes;
    if (!pipes.make())
        throwStartError(program, errno);
    const QByteArray directory = QFile::encodeName(workingDirectory);
    const QByteArray path = QFile::encodeName(program);
    CStrings argv(QList<QByteArray>{path} + encoded(arguments));
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
    SpawnRequest request;
    request.path = path.constData();
    request.argv = argv.pointers.data();
    request.envp = envp.pointers.data();
    request.workingDirectory = directory.isEmpty() ? nullptr : directory.constData();
    request.out = pipes.out[1];
    request.err = pipes.err[1];
    request.parent = ::getpid();
    const pid_t pid = spawn(request);
    if (pid < 0)
        throwStartError(program, -pid);
    if (request.error != 0) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        throwStartError(program, request.error);
    }
    m_pid = pid;
    SpawnedGroups::remember(pid);
    std::swap(m_out, pipes.out[0]);
    std::swap(m_err, pipes.err[0]);
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
    // The group is the process's own (the spawn returns after its setsid and exec).
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
