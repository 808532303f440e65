// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerProcess.h"

#include "core/executors/ProcessPool.h"
#include "core/executors/process/ReportMirror.h"
#include "core/executors/process/SpawnSignals.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace volnux {

namespace {

struct SpawnAttributes
{
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;

    SpawnAttributes(int childFd, int mirrorFd)
    {
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, childFd, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, childFd, STDOUT_FILENO);
        if (mirrorFd >= 0)
            posix_spawn_file_actions_adddup2(&actions, mirrorFd, ReportMirror::kWorkerFd);
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

QString signalName(int signo)
{
    const char *abbrev = sigabbrev_np(signo);
    return abbrev ? QStringLiteral("SIG") + QString::fromLatin1(abbrev) : QString::number(signo);
}

} // namespace

WorkerProcess::WorkerProcess(qint64 pid, int fd, int slot, std::unique_ptr<ReportMirror> mirror)
    : m_pid(pid), m_fd(fd), m_slot(slot), m_mirror(std::move(mirror))
{
}

std::unique_ptr<WorkerProcess> WorkerProcess::spawn(const QString &program, int slot,
                                                    QString *error)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        *error = QStringLiteral("cannot create a socket for a worker process: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    // Exec /proc/self/exe rather than our path: it still works after the binary was rebuilt.
    const QByteArray path =
        program.isEmpty() ? QByteArrayLiteral("/proc/self/exe") : QFile::encodeName(program);
    const QByteArray slotArg = QByteArray::number(slot);
    const QByteArray hostArg = QByteArray::number(qint64(::getpid()));
    // Without shared memory the worker still works; it only cannot leave its last reports.
    std::unique_ptr<ReportMirror> mirror = ReportMirror::create();
    const QByteArray mirrorArg = QByteArray::number(ReportMirror::kWorkerFd);
    char *argv[] = {const_cast<char *>(path.constData()),
                    const_cast<char *>(ProcessPool::kWorkerFlag),
                    const_cast<char *>(slotArg.constData()),
                    const_cast<char *>(hostArg.constData()),
                    mirror ? const_cast<char *>(mirrorArg.constData()) : nullptr,
                    nullptr};
    pid_t pid = 0;
    int rc = 0;
    {
        SpawnAttributes spawn(fds[1], mirror ? mirror->fd() : -1);
        rc =
            ::posix_spawn(&pid, path.constData(), &spawn.actions, &spawn.attributes, argv, environ);
    }
    ::close(fds[1]);
    if (mirror)
        mirror->closeFd(); // the worker has its own; the mapping stays
    if (rc != 0) {
        ::close(fds[0]);
        *error = QStringLiteral("cannot start worker process '%1': %2")
                     .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(rc)));
        return nullptr;
    }
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    return std::unique_ptr<WorkerProcess>(new WorkerProcess(pid, fds[0], slot, std::move(mirror)));
}

WorkerProcess::~WorkerProcess()
{
    if (!m_reaped) {
        ::kill(pid_t(m_pid), SIGKILL);
        while (::waitpid(pid_t(m_pid), &m_status, 0) < 0 && errno == EINTR) {
        }
    }
    ::close(m_fd);
}

void WorkerProcess::send(const QByteArray &frame)
{
    if (!m_closeRequested)
        m_out.append(frame);
}

bool WorkerProcess::flush()
{
    while (m_outOffset < m_out.size()) {
        const ssize_t n = ::send(m_fd, m_out.constData() + m_outOffset,
                                 size_t(m_out.size() - m_outOffset), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (n <= 0) {
            m_out.clear(); // the worker is gone; its end of stream will be read next
            m_outOffset = 0;
            return false;
        }
        m_outOffset += n;
    }
    m_out.clear();
    m_outOffset = 0;
    if (m_closeRequested && !m_inputShut) {
        ::shutdown(m_fd, SHUT_WR);
        m_inputShut = true;
    }
    return true;
}

void WorkerProcess::closeInput()
{
    m_closeRequested = true;
}

bool WorkerProcess::readAvailable()
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            m_reader.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        return false;
    }
}

void WorkerProcess::signal(int signo)
{
    if (!m_reaped)
        ::kill(pid_t(m_pid), signo);
}

bool WorkerProcess::tryReap()
{
    if (m_reaped)
        return true;
    const pid_t rc = ::waitpid(pid_t(m_pid), &m_status, WNOHANG);
    // ECHILD: someone set SIGCHLD to SIG_IGN and the kernel reaped it for us.
    if (rc == pid_t(m_pid) || (rc < 0 && errno == ECHILD))
        m_reaped = true;
    return m_reaped;
}

bool WorkerProcess::wasSignalled() const
{
    return m_reaped && WIFSIGNALED(m_status);
}

QString WorkerProcess::exitDescription() const
{
    if (WIFSIGNALED(m_status))
        return QStringLiteral("was killed by signal %1 (%2)")
            .arg(WTERMSIG(m_status))
            .arg(signalName(WTERMSIG(m_status)));
    if (WIFEXITED(m_status))
        return QStringLiteral("exited with code %1").arg(WEXITSTATUS(m_status));
    return QStringLiteral("ended");
}

} // namespace volnux
